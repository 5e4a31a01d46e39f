"""Managers assign a course to the members of an organisation they may see."""

from dataclasses import dataclass

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from portal.accounts import audit, permissions
from portal.accounts.models import AuditEntry, User
from portal.core.exceptions import NotFoundError
from portal.learning.models import CoursePage, Enrolment
from portal.learning.services import progress


@dataclass(frozen=True, slots=True)
class AssignmentReport:
    """How many members were newly enrolled, and how many already were."""

    enrolled: int
    already: int


def assign_course(
    *, actor: User, organisation_id: int, course_id: int, request: HttpRequest | None = None
) -> AssignmentReport:
    """Enrol every active member of the organisation the actor may see; audited.

    People already enrolled keep their enrolment (and their progress) as it is.
    """
    organisation = permissions.organisation_for(actor, organisation_id)
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None:
        raise NotFoundError(_("This course is not available."))
    members = list(
        permissions.people_visible_to(actor)
        .filter(organisation=organisation, is_active=True)
        .order_by("pk")
    )
    with transaction.atomic():
        enrolled_before = set(
            Enrolment.objects.filter(course=course, person__in=members).values_list(
                "person_id", flat=True
            )
        )
        for person in members:
            progress.enrol(person=person, course=course, assigned_by=actor)
        report = AssignmentReport(
            enrolled=len(members) - len(enrolled_before), already=len(enrolled_before)
        )
        audit.record(
            actor=actor,
            action=AuditEntry.Action.COURSE_ASSIGNED,
            target=f"organisation {organisation.pk}, course {course.pk}",
            request=request,
            detail={"enrolled": report.enrolled, "already": report.already},
        )
    return report
