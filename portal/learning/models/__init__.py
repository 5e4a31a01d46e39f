"""The learning app's data: course pages (pages.py), enrolments, progress, quiz attempts and
learning records (progress.py), SCORM packages and their runtime data (scorm.py), certificates
(certificates.py)."""

from portal.learning.models.certificates import Certificate
from portal.learning.models.pages import (
    CatalogPage,
    CoursePage,
    LearningPath,
    LessonPage,
    ModulePage,
    PathCourse,
    QuizPage,
)
from portal.learning.models.progress import (
    Enrolment,
    LearningStatement,
    LessonProgress,
    QuizAttempt,
)
from portal.learning.models.scorm import ScormLessonPage, ScormPackage, ScormRuntimeState

__all__ = [
    "CatalogPage",
    "Certificate",
    "CoursePage",
    "Enrolment",
    "LearningPath",
    "LearningStatement",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "PathCourse",
    "QuizAttempt",
    "QuizPage",
    "ScormLessonPage",
    "ScormPackage",
    "ScormRuntimeState",
]
