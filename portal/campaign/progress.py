"""The campaign's progress for a unit on a day, per target group and for each child unit:
people who reached basic digital skills (and, for adults, had it confirmed), the group's size,
the rate, the target that applies and whether the unit is on track.

Reads only. Attained figures come from the incremental indicator counts and the approved
aggregate reports (counted once: see domain/combined.py), denominators from the imported group
sizes; all roll up to the unit through the 2025 merger (a record or a group
size of an old commune counts in its new commune from 1 July 2025).
"""

from dataclasses import dataclass, field, replace
from datetime import date

from django.db.models import Sum

from portal.campaign import selectors
from portal.campaign.domain import indicators as rules
from portal.campaign.domain import targets as target_rules
from portal.campaign.models import AdministrativeUnit, Denominator, TargetGroup
from portal.campaign.services import indicators, reported, targets

GROUP_CODES = ("officials", "students", "adults", "workers")
# The indicator of each group, and the one of its confirmed results where the campaign has one.
CONFIRMED = {"adults": "adults_confirmed"}


@dataclass(frozen=True, slots=True)
class GroupFigures:
    group: str
    denominator: int | None
    # People who reached basic skills: per commune the larger of `individual` and `reported`.
    attained: int | None
    # People with an individual result here, and people in approved aggregate reports.
    individual: int | None
    reported: int | None
    confirmed: int | None
    rate: float | None
    target: float | None
    target_date: date | None
    status: str | None
    is_suppressed: bool


@dataclass(frozen=True, slots=True)
class UnitFigures:
    unit: AdministrativeUnit
    groups: list[GroupFigures]


@dataclass(frozen=True, slots=True)
class Progress:
    unit: AdministrativeUnit
    day: date
    groups: list[GroupFigures]
    children: list[UnitFigures]
    # The target of every indicator (confirmed results too) applying to the unit and each
    # child, by (indicator, unit id): pages showing more than the groups' figures reuse it.
    applying: dict[tuple[str, int], targets.AppliedTarget] = field(default_factory=dict)


def unit_for_code(code: str, day: date) -> AdministrativeUnit | None:
    """The unit with this GSO code that existed on day (codes are reused across reforms)."""
    return (
        AdministrativeUnit.objects.filter(code=code, valid_from__lte=day)
        .exclude(valid_to__lt=day)
        .first()
    )


def _denominators(day: date) -> dict[int, dict[int, int]]:
    """Group sizes for day's year per target group id and unit (as recorded), in one query."""
    sizes: dict[int, dict[int, int]] = {}
    rows = (
        Denominator.objects.filter(year=day.year)
        .values_list("target_group_id", "unit_id")
        .annotate(people=Sum("count"))
        .values_list("target_group_id", "unit_id", "people")
    )
    for group_id, unit_id, people in rows:
        sizes.setdefault(group_id, {})[unit_id] = people
    return sizes


def progress(
    *, unit: AdministrativeUnit, day: date, public: bool, with_children: bool = True
) -> Progress:
    """Figures for the unit and its children on day; `public` applies small-number suppression."""
    groups = {group.code: group for group in TargetGroup.objects.filter(code__in=GROUP_CODES)}
    children = (
        list(selectors.unit_children(unit).filter(valid_from__lte=day).exclude(valid_to__lt=day))
        if with_children
        else []
    )
    # Every target that applies, for the unit and its children at once.
    applying = targets.targets_applying(unit_ids=[unit.pk, *(c.pk for c in children)], day=day)
    per_unit: dict[int, list[GroupFigures]] = {child.pk: [] for child in children}
    own: list[GroupFigures] = []
    reported_by_group = reported.reported_by_group(day=day)
    # One query each for every indicator's people and every group's size.
    people = indicators.attained_per_unit_of(
        indicators=[*GROUP_CODES, *CONFIRMED.values()], day=day
    )
    sizes_by_group = _denominators(day)
    for code in GROUP_CODES:
        group = groups.get(code)
        if group is None:
            continue
        attained, individual, in_reports = reported.figures_by_child(
            indicator=code,
            reported=reported_by_group.get(code),
            unit_id=unit.pk,
            day=day,
            per_unit=people[code],
        )
        confirmed = (
            indicators.attained_by_child(
                indicator=CONFIRMED[code],
                unit_id=unit.pk,
                day=day,
                per_unit=people[CONFIRMED[code]],
            )
            if code in CONFIRMED
            else None
        )
        sizes = selectors.roll_up(
            sizes_by_group.get(group.pk, {}).items(), unit_id=unit.pk, day=day
        )
        for target_unit, bucket in (
            (unit, own),
            *((child, per_unit[child.pk]) for child in children),
        ):
            bucket.append(
                _figures(
                    code,
                    applies=applying.get((code, target_unit.pk)),
                    day=day,
                    attained=attained.get(target_unit.pk, 0),
                    individual=individual.get(target_unit.pk, 0),
                    reported=in_reports.get(target_unit.pk, 0),
                    confirmed=confirmed.get(target_unit.pk, 0) if confirmed is not None else None,
                    denominator=sizes.get(target_unit.pk) or None,
                    public=public,
                )
            )
    if public:
        _suppress_complements(children, per_unit)
    return Progress(
        unit=unit,
        day=day,
        groups=own,
        children=[UnitFigures(child, per_unit[child.pk]) for child in children],
        applying=applying,
    )


def _suppress_complements(
    children: list[AdministrativeUnit], per_unit: dict[int, list[GroupFigures]]
) -> None:
    """Hide a second child's figures where hiding one alone could be undone by subtraction."""
    if not children:
        return
    for position in range(len(per_unit[children[0].pk])):
        column = [per_unit[child.pk][position] for child in children]
        for index in rules.also_suppressed([figures.denominator for figures in column]):
            per_unit[children[index].pk][position] = replace(
                column[index],
                attained=None,
                individual=None,
                reported=None,
                confirmed=None,
                rate=None,
                status=None,
                is_suppressed=True,
            )


def _figures(
    code: str,
    *,
    applies: targets.AppliedTarget | None,
    day: date,
    attained: int,
    individual: int,
    reported: int,
    confirmed: int | None,
    denominator: int | None,
    public: bool,
) -> GroupFigures:
    target = float(applies[0]) if applies else None
    due_on = applies[1] if applies else None
    rate = rules.rate(attained, denominator)
    status = (
        target_rules.status(
            rate=rate,
            target_rate=target,
            day=day,
            start_day=target_rules.CAMPAIGN_START,
            due_on=due_on,
        ).value
        if rate is not None and target is not None and due_on is not None
        else None
    )
    suppressed = public and rules.is_suppressed(denominator)
    return GroupFigures(
        group=code,
        denominator=denominator,
        attained=None if suppressed else attained,
        individual=None if suppressed else individual,
        reported=None if suppressed else reported,
        confirmed=None if suppressed else confirmed,
        rate=None if suppressed else rate,
        target=target,
        target_date=due_on,
        status=None if suppressed else status,
        is_suppressed=suppressed,
    )
