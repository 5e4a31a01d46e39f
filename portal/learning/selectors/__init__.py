"""Reads for learning, one module per concern: a course and its lessons (courses), the
catalogue (catalog), quizzes and attempts (quizzes), a learner's own learning and what to learn
next (learners), certificates (certificates) and learning records (xapi).

The public names of the first four are re-exported here, so views write `selectors.course_of`.
"""

from portal.learning.selectors.catalog import (
    CATALOG_PAGE_SIZE,
    LEVELS,
    CatalogFilters,
    CourseCard,
    catalog_context,
    catalog_page,
)
from portal.learning.selectors.courses import (
    LESSON_MODELS,
    LessonRow,
    ModuleRow,
    course_context,
    course_of,
    course_outline,
    enrolment_of,
    has_passed,
    lesson_content_types,
    lesson_context,
    lesson_ids_of,
    lesson_kinds,
    lesson_states,
    lessons_of,
    next_lesson_in,
)
from portal.learning.selectors.learners import (
    CourseUptake,
    Recommendation,
    assignable_courses,
    completed_course_ids,
    courses_for_competences,
    my_learning,
    organisation_uptake,
    paths_for_group,
    recommendations_for,
)
from portal.learning.selectors.quizzes import (
    OptionView,
    QuestionView,
    ReviewRow,
    attempt_questions,
    attempt_review,
    quiz_context,
    quiz_questions,
)

__all__ = [
    "CATALOG_PAGE_SIZE",
    "LESSON_MODELS",
    "LEVELS",
    "CatalogFilters",
    "CourseCard",
    "CourseUptake",
    "LessonRow",
    "ModuleRow",
    "OptionView",
    "QuestionView",
    "Recommendation",
    "ReviewRow",
    "assignable_courses",
    "attempt_questions",
    "attempt_review",
    "catalog_context",
    "catalog_page",
    "completed_course_ids",
    "course_context",
    "course_of",
    "course_outline",
    "courses_for_competences",
    "enrolment_of",
    "has_passed",
    "lesson_content_types",
    "lesson_context",
    "lesson_ids_of",
    "lesson_kinds",
    "lesson_states",
    "lessons_of",
    "my_learning",
    "next_lesson_in",
    "organisation_uptake",
    "paths_for_group",
    "quiz_context",
    "quiz_questions",
    "recommendations_for",
]
