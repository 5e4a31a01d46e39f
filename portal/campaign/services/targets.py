"""Targets: the campaign's defaults on every province, which target applies to a unit on a day,
and managers setting their own (province managers anywhere in their area, district managers in
their district)."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import NamedTuple

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils.translation import gettext as _

from portal.accounts import audit, permissions
from portal.accounts.models import AuditEntry, User
from portal.campaign import selectors
from portal.campaign.domain.indicators import BY_CODE, INDICATORS
from portal.campaign.domain.succession import ancestors_on
from portal.campaign.domain.targets import (
    CAMPAIGN_START,
    DEFAULT_TARGETS,
    TargetValue,
    choose_target,
)
from portal.campaign.models import AdministrativeUnit, Target, TargetGroup, UnitLevel
from portal.core.exceptions import DomainError, PermissionDeniedError

# Not yet one of AuditEntry.Action's choices (that needs a migration of accounts); the log
# stores and shows the value as it is.
TARGET_SET_ACTION = AuditEntry.Action.TARGET_SET
# Grants rooted at these levels may set targets; commune managers only see them.
SETTING_LEVELS = (UnitLevel.PROVINCE, UnitLevel.DISTRICT)
RATE_STEP = Decimal("0.001")


class TargetRejectedError(DomainError):
    """A target's values were refused; field names the form field at fault."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class AppliedTarget(NamedTuple):
    """The target that applies to a unit: its share, due day, and the unit it was set on."""

    rate: float
    due_on: date
    set_at_unit_id: int


def ensure_default_targets() -> int:
    """Put the campaign's default targets on every province (both Yên Bái and the Lào Cai that
    kept its code 15); keep targets already there, edited or not. Returns how many were added."""
    provinces = list(
        AdministrativeUnit.objects.filter(level=UnitLevel.PROVINCE).values_list("pk", flat=True)
    )
    existing = set(
        Target.objects.filter(unit_id__in=provinces).values_list("indicator", "unit_id", "due_on")
    )
    missing = [
        Target(
            indicator=default.indicator,
            unit_id=unit_id,
            due_on=default.due_on,
            rate=Decimal(repr(default.rate)),
        )
        for unit_id in provinces
        for default in DEFAULT_TARGETS
        if (default.indicator, unit_id, default.due_on) not in existing
    ]
    Target.objects.bulk_create(missing, ignore_conflicts=True)
    return len(missing)


def targets_applying(*, unit_ids: Iterable[int], day: date) -> dict[tuple[str, int], AppliedTarget]:
    """For each unit and indicator, the target that applies on day (absent when none does):
    set on the nearest of the unit's ancestors on day, due soonest on or after day."""
    graph = selectors.unit_graph()
    chains = {
        unit_id: ancestors_on(unit_id, day, units=graph.units, successors=graph.successors)
        for unit_id in unit_ids
        if unit_id in graph.units
    }
    above = sorted(set().union(*chains.values())) if chains else []
    by_indicator: dict[str, list[TargetValue]] = defaultdict(list)
    for code, unit_id, due_on, rate in Target.objects.filter(unit_id__in=above).values_list(
        "indicator", "unit_id", "due_on", "rate"
    ):
        by_indicator[code].append(TargetValue(unit_id=unit_id, due_on=due_on, rate=float(rate)))
    applying: dict[tuple[str, int], AppliedTarget] = {}
    for indicator in INDICATORS:
        for unit_id, chain in chains.items():
            chosen = choose_target(chain, by_indicator[indicator.code], day=day)
            if chosen is not None:
                applying[indicator.code, unit_id] = AppliedTarget(
                    chosen.rate, chosen.due_on, chosen.unit_id
                )
    return applying


def target_for(*, indicator: str, unit_id: int, day: date) -> AppliedTarget | None:
    """The target of an indicator that applies to a unit on day, or None."""
    return targets_applying(unit_ids=[unit_id], day=day).get((indicator, unit_id))


def settable_unit_ids_by_indicator(*, actor: User | AnonymousUser) -> dict[str, set[int] | None]:
    """Per indicator, the units where the actor may set its target; None means every unit.

    Superusers may set any; a manager whose grant is rooted at a province or a district, any
    unit of that grant (limited to the grant's target groups, when it has some). Commune and
    organisation managers set none.
    """
    scope = permissions.scope_of(actor)
    if scope.is_everything:
        return {indicator.code: None for indicator in INDICATORS}
    graph = selectors.unit_graph()
    rooted = [
        grant
        for grant in scope.grants
        if any(
            graph.units[unit_id].level in SETTING_LEVELS
            for unit_id in grant.unit_ids
            if unit_id in graph.units
        )
    ]
    group_ids = dict(TargetGroup.objects.values_list("code", "pk")) if rooted else {}
    allowed: dict[str, set[int] | None] = {}
    for indicator in INDICATORS:
        group_id = group_ids.get(indicator.group_code)
        allowed[indicator.code] = set().union(
            *(
                grant.unit_ids
                for grant in rooted
                if not grant.target_group_ids or group_id in grant.target_group_ids
            )
        )
    return allowed


def settable_unit_ids(*, actor: User | AnonymousUser, indicator: str) -> set[int] | None:
    """Units where the actor may set the indicator's target; None means every unit."""
    return settable_unit_ids_by_indicator(actor=actor).get(indicator, set())


def can_set_targets(*, actor: User | AnonymousUser) -> bool:
    """Whether the actor may set some target somewhere (to offer the form at all)."""
    return any(
        allowed is None or allowed
        for allowed in settable_unit_ids_by_indicator(actor=actor).values()
    )


def settable_units(*, actor: User | AnonymousUser) -> list[AdministrativeUnit]:
    """Units where the actor may set at least one target: current units first, by level, name."""
    by_indicator = settable_unit_ids_by_indicator(actor=actor)
    if any(allowed is None for allowed in by_indicator.values()):
        units = AdministrativeUnit.objects.all()
    else:
        reach = set().union(*(allowed or set() for allowed in by_indicator.values()))
        units = AdministrativeUnit.objects.filter(pk__in=sorted(reach))
    order = {UnitLevel.PROVINCE: 0, UnitLevel.DISTRICT: 1, UnitLevel.COMMUNE: 2}
    return sorted(
        units.select_related("parent"),
        key=lambda unit: (
            unit.valid_to is not None,
            order.get(unit.level, 3),  # type: ignore[call-overload]
            unit.name_folded,
            unit.code,
        ),
    )


def _checked_rate(rate: Decimal | float | str) -> Decimal:
    try:
        value = Decimal(str(rate)).quantize(RATE_STEP, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError) as error:
        raise TargetRejectedError(
            "percent", _("Enter the share as a number from 0 to 100.")
        ) from error
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(1):
        raise TargetRejectedError("percent", _("The share must be from 0 to 100."))
    return value


@transaction.atomic
def set_target(
    *,
    actor: User,
    indicator: str,
    unit_id: int,
    due_on: date,
    rate: Decimal | float | str,
    request: HttpRequest | None = None,
) -> Target:
    """Set (or change) the share of an indicator's group to reach in a unit by due_on; audited.

    Refused with PermissionDeniedError outside the actor's reach (see settable_unit_ids), and
    with TargetRejectedError for an unknown indicator, a share outside 0 to 1 or a due day
    before the campaign began.
    """
    if indicator not in BY_CODE:
        raise TargetRejectedError("indicator", _("Choose one of the campaign's indicators."))
    allowed = settable_unit_ids(actor=actor, indicator=indicator)
    unit = selectors.unit_by_id(unit_id)
    if unit is None or (allowed is not None and unit_id not in allowed):
        raise PermissionDeniedError(_("You cannot set targets for this unit."))
    value = _checked_rate(rate)
    if due_on < CAMPAIGN_START:
        raise TargetRejectedError(
            "due_on",
            _("The due date must be on or after %(day)s, when the campaign began.")
            % {"day": CAMPAIGN_START.strftime("%d/%m/%Y")},
        )
    previous = (
        Target.objects.filter(indicator=indicator, unit=unit, due_on=due_on)
        .values_list("rate", flat=True)
        .first()
    )
    target, _created = Target.objects.update_or_create(
        indicator=indicator,
        unit=unit,
        due_on=due_on,
        defaults={"rate": value, "updated_by": actor},
    )
    audit.record(
        actor=actor,
        action=TARGET_SET_ACTION,
        target=f"unit {unit.code} {unit.name}, {indicator}, {due_on.isoformat()}",
        request=request,
        detail={
            "unit_id": unit.pk,
            "indicator": indicator,
            "due_on": due_on.isoformat(),
            "rate": str(value),
            "previous_rate": None if previous is None else str(previous),
        },
    )
    return target


@dataclass(frozen=True, slots=True)
class TargetRow:
    """One unit's line of an indicator's table: the target applying to it, if any."""

    unit: AdministrativeUnit
    applied: AppliedTarget | None
    set_at: AdministrativeUnit | None
    can_drill_down: bool

    @property
    def is_own(self) -> bool:
        """Whether the target was set on this very unit."""
        return self.set_at is not None and self.set_at.pk == self.unit.pk

    @property
    def percent(self) -> float | None:
        """The share as a percentage, for display."""
        return None if self.applied is None else round(self.applied.rate * 100, 1)


def _valid_on(day: date) -> Q:
    return Q(valid_from__lte=day) & (Q(valid_to__isnull=True) | Q(valid_to__gte=day))


def units_shown(
    *, actor: User | AnonymousUser, day: date, parent: AdministrativeUnit | None
) -> list[AdministrativeUnit]:
    """The parent and its children on day, or the actor's highest units on day and theirs;
    only units the actor may see."""
    visible = permissions.unit_ids_visible_to(actor)
    units = AdministrativeUnit.objects.filter(_valid_on(day)).select_related("parent")
    if visible is not None:
        units = units.filter(pk__in=sorted(visible))
    if parent is not None:
        tops = [parent]
    elif visible is None:
        tops = list(units.filter(parent__isnull=True).order_by("code"))
    else:
        tops = [
            unit
            for unit in units.order_by("code")
            if unit.parent_id is None or unit.parent_id not in visible
        ]
    shown: list[AdministrativeUnit] = []
    for top in tops:
        shown.append(top)
        shown.extend(units.filter(parent=top).order_by("name_folded", "code"))
    return shown


def target_tables(
    *, actor: User | AnonymousUser, day: date, parent: AdministrativeUnit | None
) -> dict[str, list[TargetRow]]:
    """Per indicator, the target applying on day to each unit shown (see units_shown)."""
    shown = units_shown(actor=actor, day=day, parent=parent)
    applying = targets_applying(unit_ids=[unit.pk for unit in shown], day=day)
    set_at_ids = {applied.set_at_unit_id for applied in applying.values()}
    set_at = AdministrativeUnit.objects.in_bulk(sorted(set_at_ids))
    shown_ids = {unit.pk for unit in shown}
    tables: dict[str, list[TargetRow]] = {}
    for indicator in INDICATORS:
        rows = []
        for unit in shown:
            applied = applying.get((indicator.code, unit.pk))
            rows.append(
                TargetRow(
                    unit=unit,
                    applied=applied,
                    set_at=set_at.get(applied.set_at_unit_id) if applied else None,
                    can_drill_down=unit.parent_id in shown_ids
                    and unit.level != UnitLevel.COMMUNE
                    and permissions.can_view_unit(actor, unit.pk),
                )
            )
        tables[indicator.code] = rows
    return tables
