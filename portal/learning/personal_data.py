"""A learner's part of their own-data download and of erasure (Decree 13/2023/NĐ-CP).

Registered in apps.ready through portal.core.personal_data. Erasure keeps the facts campaign
figures are made of (enrolments, completions, learning records with their pseudonymous actor)
but removes what names or describes the person: SCORM data is emptied, certificates lose the
printed name, their PDF and signed credential, and are revoked, so the public verification page
no longer shows who held them.
"""

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from portal.learning.models import (
    Certificate,
    Enrolment,
    LearningStatement,
    LessonProgress,
    QuizAttempt,
    ScormRuntimeState,
)


def _when(value: Any) -> str | None:
    return value.isoformat() if value else None


def export_of(person: Any) -> dict[str, Any]:
    """Everything learning holds about the person, as plain JSON."""
    return {
        "enrolments": [
            {
                "course": enrolment.course.title,
                "origin": enrolment.origin,
                "enrolled_at": _when(enrolment.enrolled_at),
                "last_active_at": _when(enrolment.last_active_at),
                "lessons_completed": enrolment.lessons_completed,
                "lessons_total": enrolment.lessons_total,
                "completed_at": _when(enrolment.completed_at),
            }
            for enrolment in Enrolment.objects.filter(person=person)
            .select_related("course")
            .order_by("enrolled_at")
        ],
        "lessons": [
            {
                "lesson": row.lesson.title,
                "status": row.status,
                "score_percent": row.score_percent,
                "passed": row.has_passed,
                "first_opened_at": _when(row.first_opened_at),
                "completed_at": _when(row.completed_at),
            }
            for row in LessonProgress.objects.filter(person=person)
            .select_related("lesson")
            .order_by("first_opened_at")
        ],
        "quiz_attempts": [
            {
                "quiz": attempt.quiz.title,
                "number": attempt.number,
                "started_at": _when(attempt.started_at),
                "submitted_at": _when(attempt.submitted_at),
                "answers": attempt.answers,
                "score": attempt.score,
                "max_score": attempt.max_score,
                "passed": attempt.has_passed,
            }
            for attempt in QuizAttempt.objects.filter(person=person)
            .select_related("quiz")
            .order_by("started_at")
        ],
        "scorm": [
            {
                "lesson": state.lesson.title,
                "completion_status": state.completion_status,
                "success_status": state.success_status,
                "score_scaled": state.score_scaled,
                "total_time_seconds": state.total_time_seconds,
                "data": state.cmi,
                "updated_at": _when(state.updated_at),
            }
            for state in ScormRuntimeState.objects.filter(person=person)
            .select_related("lesson")
            .order_by("updated_at")
        ],
        "certificates": [
            {
                "code": certificate.code,
                "holder_name": certificate.holder_name,
                "course": certificate.course_title,
                "issued_on": _when(certificate.issued_on),
                "status": certificate.status,
                "revoked_at": _when(certificate.revoked_at),
            }
            for certificate in Certificate.objects.filter(person=person).order_by("issued_at")
        ],
        "learning_records": [
            statement.statement
            for statement in LearningStatement.objects.filter(person=person).order_by("stored_at")
        ],
    }


def erase(person: Any) -> None:
    """Inside the caller's transaction: forget what names the person, keep the counts."""
    ScormRuntimeState.objects.filter(person=person).update(cmi={})
    for certificate in Certificate.objects.filter(person=person):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.holder_name = ""
        certificate.credential = None
        if certificate.status != Certificate.Status.REVOKED:
            certificate.status = Certificate.Status.REVOKED
            certificate.revoked_at = timezone.now()
            certificate.revocation_reason = _("The holder erased their account.")
        certificate.save()
