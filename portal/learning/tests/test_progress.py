"""Enrolment, lesson completion, course completion and learning paths (services)."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from portal.campaign.models import AttainmentRecord, TargetGroup
from portal.core.exceptions import NotFoundError
from portal.learning import selectors
from portal.learning.domain import quiz as quiz_domain
from portal.learning.models import (
    Enrolment,
    LearningPath,
    LearningStatement,
    LessonProgress,
    PathCourse,
)
from portal.learning.services import progress, quizzes
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(portal_site):
    catalog = build_catalog(portal_site)
    return build_course(catalog)


def right_answers(quiz):
    return {q.id: quiz_domain.right_answer(q) for q in selectors.quiz_questions(quiz)}


def _pass_quiz(person, quiz):
    attempt = quizzes.start_attempt(person=person, quiz=quiz)
    problems = quizzes.save_answers(
        person=person, attempt_id=attempt.pk, answers=right_answers(quiz)
    )
    assert problems == {}
    return quizzes.submit_attempt(person=person, attempt_id=attempt.pk)


def test_enrol_twice_keeps_one_enrolment_and_counts_lessons(tree, learner):
    first = progress.enrol(person=learner, course=tree["course"])
    again = progress.enrol(person=learner, course=tree["course"])
    assert first.pk == again.pk
    assert first.lessons_total == 3  # two lessons and the quiz
    assert LearningStatement.objects.filter(person=learner, verb="registered").count() == 1


def test_progress_needs_enrolment(tree, learner):
    with pytest.raises(progress.NotEnrolledError):
        progress.complete_lesson(person=learner, lesson=tree["lessons"][0])
    assert not LessonProgress.objects.exists()


def test_opening_a_lesson_remembers_where_to_resume_but_completes_nothing(tree, learner):
    progress.enrol(person=learner, course=tree["course"])
    progress.record_lesson_opened(person=learner, lesson=tree["lessons"][1])
    enrolment = Enrolment.objects.get(person=learner)
    assert enrolment.last_lesson_id == tree["lessons"][1].pk
    assert enrolment.lessons_completed == 0
    row = LessonProgress.objects.get(person=learner)
    assert row.status == LessonProgress.Status.IN_PROGRESS


def test_course_completes_only_with_every_lesson_done_and_the_quiz_passed(
    tree, learner, django_capture_on_commit_callbacks
):
    progress.enrol(person=learner, course=tree["course"])
    for lesson in tree["lessons"]:
        progress.complete_lesson(person=learner, lesson=lesson)
    enrolment = Enrolment.objects.get(person=learner)
    assert (enrolment.lessons_completed, enrolment.completed_at) == (2, None)
    # A failed quiz does not complete the course.
    attempt = quizzes.start_attempt(person=learner, quiz=tree["quiz"])
    quizzes.submit_attempt(person=learner, attempt_id=attempt.pk)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    with django_capture_on_commit_callbacks() as callbacks:
        submission = _pass_quiz(learner, tree["quiz"])
    assert submission.grade.has_passed
    enrolment.refresh_from_db()
    assert enrolment.lessons_completed == 3
    assert enrolment.completed_at is not None
    assert enrolment.progress_percent == 100
    assert len(callbacks) == 1  # the certificate task
    verbs = set(LearningStatement.objects.filter(person=learner).values_list("verb", flat=True))
    assert {"registered", "completed", "passed", "failed", "attempted"} <= verbs


def test_completion_is_never_undone_and_the_best_score_stays(tree, learner):
    progress.enrol(person=learner, course=tree["course"])
    quiz = tree["quiz"]
    progress.record_activity_result(
        person=learner, lesson=quiz, is_completed=True, score_percent=90, has_passed=True
    )
    progress.record_activity_result(
        person=learner, lesson=quiz, is_completed=False, score_percent=20, has_passed=False
    )
    row = LessonProgress.objects.get(person=learner, lesson_id=quiz.pk)
    assert (row.status, row.score_percent, row.has_passed) == ("completed", 90, True)


def test_offline_events_apply_once_even_when_replayed(tree, learner):
    progress.enrol(person=learner, course=tree["course"])
    event = {
        "id": str(uuid.uuid4()),
        "type": "completed",
        "lesson": tree["lessons"][0].pk,
        "at": (timezone.now() - timedelta(hours=2)).isoformat(),
    }
    first = progress.sync_offline_events(person=learner, events=[event])
    second = progress.sync_offline_events(person=learner, events=[event, event])
    assert (first.applied, first.duplicates) == (1, 0)
    assert (second.applied, second.duplicates) == (0, 2)
    assert LearningStatement.objects.filter(person=learner, verb="completed").count() == 1
    row = LessonProgress.objects.get(person=learner, lesson_id=tree["lessons"][0].pk)
    # The time the phone recorded, not the time it synced.
    assert row.completed_at is not None
    assert row.completed_at < timezone.now() - timedelta(hours=1)


def test_offline_events_of_unknown_lessons_are_rejected_with_a_reason(tree, learner):
    progress.enrol(person=learner, course=tree["course"])
    report = progress.sync_offline_events(
        person=learner,
        events=[
            {"id": "not-a-uuid", "type": "completed", "lesson": 1},
            {"id": str(uuid.uuid4()), "type": "completed", "lesson": 999999},
        ],
    )
    assert report.applied == 0
    assert len(report.rejected) == 2
    assert all(item["reason"] for item in report.rejected)


def test_completing_the_path_of_ones_group_writes_one_attainment_record(portal_site, learner):
    catalog = build_catalog(portal_site)
    first = build_course(catalog, slug="khoa-1", quiz=False)
    second = build_course(catalog, slug="khoa-2")
    adults = TargetGroup.objects.get(code="adults")
    learner.target_group = adults
    learner.save()
    path = LearningPath.objects.create(
        slug="duong-hoc-nguoi-dan",
        title="Người dân",
        target_group=adults,
        final_quiz=second["quiz"],
    )
    PathCourse.objects.create(path=path, course=first["course"], sort_order=0)
    PathCourse.objects.create(path=path, course=second["course"], sort_order=1)
    for built in (first, second):
        progress.enrol(person=learner, course=built["course"])
        for lesson in built["lessons"]:
            progress.complete_lesson(person=learner, lesson=lesson)
    assert not AttainmentRecord.objects.filter(source="learning").exists()
    _pass_quiz(learner, second["quiz"])
    record = AttainmentRecord.objects.get(source="learning")
    assert (record.person, record.verdict, record.target_group) == (learner, "basic", adults)
    assert record.unit == learner.unit
    # Doing it again writes nothing more.
    progress.complete_learning_paths(person=learner)
    assert AttainmentRecord.objects.filter(source="learning").count() == 1


def test_quiz_attempts_limit(tree, learner):
    quiz = tree["quiz"]
    quiz.max_attempts = 1
    quiz.save_revision().publish()
    progress.enrol(person=learner, course=tree["course"])
    attempt = quizzes.start_attempt(person=learner, quiz=quiz)
    # Starting again while one is open continues it.
    assert quizzes.start_attempt(person=learner, quiz=quiz).pk == attempt.pk
    quizzes.submit_attempt(person=learner, attempt_id=attempt.pk)
    with pytest.raises(quizzes.QuizError):
        quizzes.start_attempt(person=learner, quiz=quiz)


def test_someone_elses_attempt_is_not_found(tree, learner, residents):
    progress.enrol(person=learner, course=tree["course"])
    attempt = quizzes.start_attempt(person=learner, quiz=tree["quiz"])
    stranger = residents["in_commune"]
    with pytest.raises(NotFoundError):
        quizzes.submit_attempt(person=stranger, attempt_id=attempt.pk)
