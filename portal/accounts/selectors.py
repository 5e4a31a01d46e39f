"""Reads about people: registration figures per unit and group, across the 2025 merger."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from portal.accounts.models import AuditEntry, ConsentRecord, Organisation, RoleAssignment, User
from portal.accounts.permissions import Scope
from portal.campaign import selectors as campaign_selectors
from portal.campaign.domain.succession import ancestors_on
from portal.campaign.models import AdministrativeUnit, TargetGroup


@dataclass(slots=True)
class UnitFigure:
    """People registered in one unit on a day, in total and per target group code."""

    unit: AdministrativeUnit
    total: int = 0
    by_group: dict[str, int] = field(default_factory=dict)


def end_of(day: date) -> datetime:
    """The last instant of day in the portal's time zone."""
    return timezone.make_aware(datetime.combine(day, time.max))


def registered_people_by_unit(
    *, scope: Scope, day: date, parent: AdministrativeUnit | None = None
) -> list[UnitFigure]:
    """People registered by the end of day, rolled up into the units that existed on day.

    Each person counts in the unit they are recorded against, or, after a merger, in the unit it
    became part of; then in every ancestor of that unit on day. Returned are the children of
    parent valid on day, or, without parent, the highest units of the scope on day (provinces
    for an administrator). Only units and people inside scope are counted.
    """
    graph = campaign_selectors.unit_graph()
    counts = (
        User.objects.filter(scope.people_filter(), erased_at__isnull=True)
        .filter(date_joined__lte=end_of(day), unit__isnull=False)
        .values("unit_id", "target_group__code")
        .annotate(people=Count("id"))
    )
    totals: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in counts:
        chain = ancestors_on(row["unit_id"], day, units=graph.units, successors=graph.successors)
        group = row["target_group__code"] or ""
        for unit_id in chain:
            totals[unit_id][group] += row["people"]
    if parent is not None:
        shown = [
            unit
            for unit in graph.units.values()
            if unit.parent_id == parent.pk and unit.is_valid_on(day)
        ]
        if not scope.is_everything:
            shown = [unit for unit in shown if unit.id in scope.unit_ids]
    elif scope.is_everything:
        shown = [u for u in graph.units.values() if u.parent_id is None and u.is_valid_on(day)]
    else:
        # The highest units of the scope that exist on day: a district before the merger, the
        # new communes wholly formed from it afterwards.
        shown = [
            unit
            for unit in graph.units.values()
            if unit.id in scope.unit_ids
            and unit.is_valid_on(day)
            and unit.parent_id not in scope.unit_ids
        ]
    units = AdministrativeUnit.objects.in_bulk([unit.id for unit in shown])
    figures = [
        UnitFigure(
            unit=units[unit.id],
            total=sum(totals[unit.id].values()),
            by_group={code: count for code, count in totals[unit.id].items() if code},
        )
        for unit in shown
    ]
    return sorted(figures, key=lambda figure: figure.unit.name_folded)


def people_matching(
    people: QuerySet[User],
    *,
    query: str = "",
    target_group: TargetGroup | None = None,
    unit_ids: set[int] | None = None,
) -> QuerySet[User]:
    """Filter a scoped list of people by name, phone, e-mail, group and units."""
    # PostgreSQL refuses NUL in a string literal; no name, phone or e-mail contains one.
    text = query.replace("\x00", "").strip()
    if text:
        people = people.filter(
            Q(full_name__icontains=text) | Q(phone__contains=text) | Q(email__icontains=text)
        )
    if target_group is not None:
        people = people.filter(target_group=target_group)
    if unit_ids is not None:
        people = people.filter(unit_id__in=sorted(unit_ids))
    return people.select_related("unit", "target_group", "organisation").order_by("full_name", "pk")


def latest_consent(user: User) -> ConsentRecord | None:
    """The person's most recent consent, if any."""
    return ConsentRecord.objects.filter(user=user).order_by("-accepted_at").first()


def audit_entries() -> QuerySet[AuditEntry]:
    """The audit log, newest first."""
    return AuditEntry.objects.select_related("actor").order_by("-at")


def organisations_in_units(unit_ids: set[int]) -> QuerySet[Organisation]:
    """Organisations placed in the given units."""
    return Organisation.objects.filter(unit_id__in=sorted(unit_ids)).select_related("unit")


def role_assignments_of(person: User) -> list[RoleAssignment]:
    """A person's roles with their unit, organisation and target-group limits loaded."""
    return list(
        RoleAssignment.objects.filter(user=person)
        .select_related("unit", "organisation")
        .prefetch_related("target_groups")
    )
