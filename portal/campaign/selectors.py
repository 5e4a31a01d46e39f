"""Reads for the campaign: units, target groups and headline progress."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Q, QuerySet

from portal.campaign.models import AdministrativeUnit, TargetGroup


def units_valid_on(day: date) -> QuerySet[AdministrativeUnit]:
    """Units that existed on day."""
    return AdministrativeUnit.objects.filter(valid_from__lte=day).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=day)
    )


def unit_by_id(unit_id: int) -> AdministrativeUnit | None:
    """One unit, or None."""
    return AdministrativeUnit.objects.filter(pk=unit_id).first()


def target_groups() -> QuerySet[TargetGroup]:
    """The campaign's target groups in display order."""
    return TargetGroup.objects.all()


@dataclass(frozen=True, slots=True)
class ProgressSummary:
    """The headline share of people with basic digital skills, once monitoring feeds it."""

    reached_percent: float
    measured_on: date


def progress_summary() -> ProgressSummary | None:
    """The province-wide headline figure; None until monitoring (issue #6) records one."""
    return None
