"""Learning progress of the demo learner and of some synthetic residents.

The demo learner (`learner`, an adult of Xã Trạm Tấu) has finished the first course of the
adults' path — so "Khoá học của tôi" shows a certificate anyone can check — and is half-way
through the second. About one resident in twelve follows their group's learning path: a quarter
of them finished it with its final quiz (an attainment record from learning, as monitoring
counts it), a third finished the first course, the rest read a few lessons. Everything goes
through the learning services, as a learner's clicks would, so records, statements and
certificates are the real ones; it runs once.
"""

from dataclasses import dataclass

import numpy as np

from portal.accounts.models import User
from portal.demo.residents import USERNAME_PREFIX
from portal.learning import selectors
from portal.learning.domain import quiz as quiz_domain
from portal.learning.models import CoursePage, Enrolment, LearningPath, LessonPage, QuizPage
from portal.learning.services import progress, quizzes

SEED = 2026
LEARNER = "learner"
RESIDENT_SHARE = 1 / 12
MAX_RESIDENTS = 120


@dataclass(frozen=True, slots=True)
class LearningReport:
    learners: int
    courses_completed: int
    paths_completed: int


def ensure_demo_learning() -> LearningReport:
    """Enrol the demo learner and some residents and move them along; once only."""
    if Enrolment.objects.filter(person__username=LEARNER).exists():
        return LearningReport(0, 0, 0)
    paths = {
        path.target_group_id: path
        for path in LearningPath.objects.filter(is_active=True).prefetch_related(
            "path_courses__course"
        )
    }
    if not paths:
        return LearningReport(0, 0, 0)
    rng = np.random.default_rng(SEED)
    learners = completed = paths_done = 0
    learner = User.objects.filter(username=LEARNER).first()
    if learner is not None and learner.target_group_id in paths:
        courses = _courses(paths[learner.target_group_id])
        completed += _follow(learner, courses, finished_courses=1, extra_lessons=2)
        learners += 1
    residents = list(
        User.objects.filter(username__startswith=USERNAME_PREFIX, target_group_id__in=list(paths))
        .order_by("username")
        .only("pk", "target_group_id")
    )
    chosen = [person for person in residents if rng.random() < RESIDENT_SHARE][:MAX_RESIDENTS]
    for person in chosen:
        courses = _courses(paths[person.target_group_id])
        roll = rng.random()
        if roll < 0.25:
            finished, extra = len(courses), 0
            paths_done += 1
        elif roll < 0.6:
            finished, extra = 1, int(rng.integers(0, 3))
        else:
            finished, extra = 0, int(rng.integers(1, 4))
        completed += _follow(person, courses, finished_courses=finished, extra_lessons=extra)
        learners += 1
    return LearningReport(learners, completed, paths_done)


def _courses(path: LearningPath) -> list[CoursePage]:
    return [link.course for link in path.path_courses.all() if link.course.live]


def _follow(
    person: User, courses: list[CoursePage], *, finished_courses: int, extra_lessons: int
) -> int:
    """Finish the first courses (lessons read, quizzes passed) and read a few lessons of the
    next one; returns how many courses were finished."""
    for number, course in enumerate(courses):
        if number > finished_courses:
            break
        progress.enrol(person=person, course=course)
        lessons = selectors.lessons_of(course)
        if number == finished_courses:
            lessons = [lesson for lesson in lessons if isinstance(lesson, LessonPage)]
            lessons = lessons[:extra_lessons]
        for lesson in lessons:
            if isinstance(lesson, QuizPage):
                _pass(person, lesson)
            elif isinstance(lesson, LessonPage):
                progress.complete_lesson(person=person, lesson=lesson)
    return min(finished_courses, len(courses))


def _pass(person: User, quiz: QuizPage) -> None:
    """Hand in a quiz with every answer right, as a learner who studied would."""
    attempt = quizzes.start_attempt(person=person, quiz=quiz)
    answers = {
        question.id: quiz_domain.right_answer(question)
        for question in selectors.quiz_questions(quiz)
    }
    quizzes.save_answers(person=person, attempt_id=attempt.pk, answers=answers)
    quizzes.submit_attempt(person=person, attempt_id=attempt.pk)
