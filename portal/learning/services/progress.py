"""Enrolment and progress: opening and completing lessons, course completion, learning paths.

Every change of state goes through record_activity_result, whatever reports it: the "I have
finished this lesson" button, a quiz, a SCORM activity or an event queued offline.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.accounts.models import User
from portal.campaign import services as campaign_services
from portal.core.exceptions import DomainError, NotFoundError, PermissionDeniedError
from portal.learning import selectors
from portal.learning.domain import progress as progress_domain
from portal.learning.domain import xapi
from portal.learning.models import (
    CoursePage,
    Enrolment,
    LearningPath,
    LessonPage,
    LessonProgress,
)
from portal.learning.services import statements

# How fresh "last active" must be kept while a learner stays on one lesson.
RESUME_GRAIN = timedelta(minutes=5)


class NotEnrolledError(PermissionDeniedError):
    """Progress is only kept for people enrolled in the course."""

    def __init__(self) -> None:
        super().__init__(_("Enrol in the course first, so that your progress is saved."))


def enrol(*, person: User, course: CoursePage, assigned_by: User | None = None) -> Enrolment:
    """Enrol a person (again: nothing changes); a manager's assignment is recorded as such."""
    if not course.live:
        raise NotFoundError(_("This course is not available."))
    enrolment, created = Enrolment.objects.get_or_create(
        person=person,
        course=course,
        defaults={
            "origin": Enrolment.Origin.ASSIGNED if assigned_by else Enrolment.Origin.SELF,
            "assigned_by": assigned_by,
            "lessons_total": len(selectors.lesson_ids_of(course)),
        },
    )
    if created:
        statements.record_statement(person=person, verb="registered", page=course, course=course)
    return enrolment


def record_lesson_opened(*, person: User, lesson: Page) -> None:
    """Remember where an enrolled learner is; opening alone completes nothing."""
    course = selectors.course_of(lesson)
    if course is None:
        return
    enrolment = Enrolment.objects.filter(person=person, course=course).first()
    if enrolment is None:
        return
    now = timezone.now()
    _progress, created = LessonProgress.objects.get_or_create(
        person=person, lesson_id=lesson.pk, defaults={"course": course}
    )
    # Reading on (or reloading) the same lesson within minutes moves nothing worth a write.
    recent = enrolment.last_active_at is not None and now - enrolment.last_active_at < RESUME_GRAIN
    if created or enrolment.last_lesson_id != lesson.pk or not recent:
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_lesson_id=lesson.pk, last_active_at=now
        )
    if created:
        statements.record_statement(person=person, verb="experienced", page=lesson, course=course)


def record_activity_result(
    *,
    person: User,
    lesson: Page,
    is_completed: bool,
    score_percent: float | None = None,
    has_passed: bool | None = None,
    statement_id: uuid.UUID | None = None,
    when: datetime | None = None,
) -> LessonProgress:
    """Record what a lesson reports. Never undoes: a completed lesson stays completed, a
    passed one passed, and the best score is kept. Completing the last lesson completes the
    course (a certificate follows) and, with it, maybe a learning path."""
    course = selectors.course_of(lesson)
    if course is None:
        raise NotFoundError(_("This lesson does not belong to a course."))
    when = when or timezone.now()
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update(of=("self",))
            .filter(person=person, course=course)
            .first()
        )
        if enrolment is None:
            raise NotEnrolledError
        progress, _created = LessonProgress.objects.get_or_create(
            person=person, lesson_id=lesson.pk, defaults={"course": course}
        )
        was_completed = progress.status == LessonProgress.Status.COMPLETED
        was_passed = progress.has_passed is True
        if is_completed and not was_completed:
            progress.status = LessonProgress.Status.COMPLETED
            progress.completed_at = when
        if score_percent is not None:
            progress.score_percent = max(score_percent, progress.score_percent or 0.0)
        if has_passed is not None and not was_passed:
            progress.has_passed = has_passed
        progress.save()
        result = xapi.score_result(
            percent=score_percent, has_passed=has_passed, is_completed=is_completed or None
        )
        if is_completed and not was_completed:
            statements.record_statement(
                person=person,
                verb="completed",
                page=lesson,
                course=course,
                result=result,
                statement_id=statement_id,
                timestamp=when,
            )
        if has_passed is not None and not was_passed:
            statements.record_statement(
                person=person,
                verb="passed" if has_passed else "failed",
                page=lesson,
                course=course,
                result=result,
                timestamp=when,
            )
        enrolment.last_lesson_id = lesson.pk
        enrolment.last_active_at = timezone.now()
        _refresh_enrolment(enrolment, course, when)
    return progress


def complete_lesson(
    *,
    person: User,
    lesson: LessonPage,
    statement_id: uuid.UUID | None = None,
    when: datetime | None = None,
) -> LessonProgress:
    """The learner says they have finished a reading lesson (online, or queued offline)."""
    return record_activity_result(
        person=person, lesson=lesson, is_completed=True, statement_id=statement_id, when=when
    )


@dataclass(frozen=True, slots=True)
class SyncReport:
    applied: int
    duplicates: int
    rejected: list[dict[str, str]]


def sync_offline_events(*, person: User, events: list[dict[str, object]]) -> SyncReport:
    """Apply events queued on a phone while offline. Each carries its own id: an event
    replayed after a lost reply is recognised and not applied twice."""
    applied = duplicates = 0
    rejected: list[dict[str, str]] = []
    for event in events[:500]:
        try:
            event_id = uuid.UUID(str(event.get("id")))
        except ValueError:
            rejected.append({"id": str(event.get("id")), "reason": str(_("Bad event id."))})
            continue
        if statements.statement_exists(event_id):
            duplicates += 1
            continue
        try:
            _apply_event(person, event_id, event)
        except DomainError as error:
            rejected.append({"id": str(event_id), "reason": str(error)})
            continue
        applied += 1
    return SyncReport(applied=applied, duplicates=duplicates, rejected=rejected)


def _apply_event(person: User, event_id: uuid.UUID, event: dict[str, object]) -> None:
    if event.get("type") != "completed":
        raise DomainError(_("Unknown event type."))
    lesson = LessonPage.objects.live().filter(pk=_int(event.get("lesson"))).first()
    if lesson is None:
        raise NotFoundError(_("This lesson does not exist any more."))
    when = _when(event.get("at"))
    complete_lesson(person=person, lesson=lesson, statement_id=event_id, when=when)


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def _when(value: object) -> datetime:
    """The time the event happened on the phone, if believable; else now."""
    now = timezone.now()
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return now
    if timezone.is_naive(when):
        when = timezone.make_aware(when)
    # A phone's clock may be wrong: never in the future, never more than 60 days back.
    if when > now or (now - when).days > 60:
        return now
    return when


def _refresh_enrolment(enrolment: Enrolment, course: CoursePage, when: datetime) -> None:
    lesson_ids = selectors.lesson_ids_of(course)
    kinds = selectors.lesson_kinds(lesson_ids)
    states = selectors.lesson_states(person_id=enrolment.person_id, course=course)
    result = progress_domain.course_progress(lesson_ids, kinds, states)
    enrolment.lessons_completed = result.done
    enrolment.lessons_total = result.total
    newly_complete = result.is_complete and enrolment.completed_at is None
    if newly_complete:
        enrolment.completed_at = when
    enrolment.save()
    if newly_complete:
        statements.record_statement(
            person=enrolment.person, verb="completed", page=course, course=course, timestamp=when
        )
        if course.issues_certificate:
            from portal.learning import tasks

            enrolment_id = enrolment.pk
            transaction.on_commit(lambda: tasks.issue_certificate_task.enqueue(enrolment_id))
    if result.is_complete or newly_complete:
        complete_learning_paths(person=enrolment.person, when=when)


def complete_learning_paths(*, person: User, when: datetime | None = None) -> list[LearningPath]:
    """Write an attainment record for each path of the person's target group now complete.

    The reference names the person and the path, so the record is written once."""
    when = when or timezone.now()
    completed = []
    for path in selectors.paths_for_group(person.target_group_id):
        course_ids = [link.course_id for link in path.path_courses.all()]
        completed_ids = selectors.completed_course_ids(person_id=person.pk, course_ids=course_ids)
        final_passed = path.final_quiz_id is None or selectors.has_passed(
            person_id=person.pk, lesson_id=path.final_quiz_id
        )
        if not progress_domain.is_path_complete(course_ids, completed_ids, final_passed):
            continue
        campaign_services.record_attainment(
            person_id=person.pk,
            achieved_on=timezone.localdate(when),
            unit_id=person.unit_id,
            target_group_id=person.target_group_id or path.target_group_id,
            organisation_id=person.organisation_id,
            source="learning",
            reference=f"path:{path.pk}:person:{person.pk}",
            verdict="basic",
            is_confirmed=False,
            levels={},
        )
        completed.append(path)
    return completed
