"""Demo aggregate reports: monthly counts from offline training in the former Yên Bái.

Most communes report every month (the old communes March to June 2025, the new communes from
July 2025 on) and the district or the province approved them; their cumulative figures rise
towards 60-95% of the demo group sizes by the last month, a few communes of Mù Cang Chải and
Trạm Tấu lag far behind. The demo schools, enterprises and cooperatives report their members.
In the last month a few communes of the former Trạm Tấu district wait for the demo district
manager's approval, and one was returned with a reason.

Communes leave out the members of organisations that report themselves (as the form asks), so
a commune's figure plus its organisations' stays within the group's size. Deterministic
(seeded per unit), written in bulk, and only what is missing: a second run changes nothing.
"""

import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from portal.accounts.models import Organisation, User
from portal.campaign import selectors as campaign_selectors
from portal.campaign.domain.reports import Period, period_of
from portal.campaign.models import (
    AdministrativeUnit,
    AggregateReport,
    AggregateReportLine,
    Denominator,
    TargetGroup,
)
from portal.demo.denominators import YEAR_NEW_UNITS, YEAR_OLD_UNITS, _yen_bai_communes
from portal.demo.residents import DEMO_ORGANISATIONS, MERGER_DAY, OLD_UNITS_FROM

SEED = 2025
FIRST_MONTH = (2025, 3)
LAST_POSSIBLE_MONTH = (2026, 12)
REPORTING_SHARE = 0.85
# Highland districts where the demo shows communes falling behind.
LAGGING_DISTRICTS = {"137": 0.4, "139": 0.4}
LAGGING_ELSEWHERE = 0.03
GROUP_ADJUSTMENT = {"students": 0.04, "officials": 0.05, "adults": 0.0, "workers": -0.05}
# How far along its final figure a body is in month t of n: (t + 1) / n, a little front-loaded.
CURVE_EXPONENT = 0.85
# An organisation's members of its groups, at most this share of its commune's group.
ORGANISATION_SHARE_CAP = 0.4
SCHOOL_PUPILS = {
    "primary": (300, 500),
    "lower": (250, 450),
    "upper": (600, 1000),
    "college": (1500, 2500),
}
AWAITING = 3
DISTRICT = ("139", OLD_UNITS_FROM)
DISTRICT_MANAGER = "district.manager"
PROVINCE_MANAGER = "province.manager"
RETURN_REASON = (
    "Số lũy kế nhóm người lớn thấp hơn danh sách các lớp tập huấn ở thôn đã gửi kèm; "
    "đề nghị xã kiểm tra lại và gửi lại."
)


@dataclass(frozen=True, slots=True)
class DemoReports:
    """What ensure_demo_reports wrote."""

    reports: int
    lines: int
    existing: int


@dataclass(slots=True)
class _Plan:
    """One body's reports to have: who, which months, and each group's final figure."""

    unit: AdministrativeUnit
    organisation: Organisation | None
    periods: list[Period]
    month_index: list[int]
    final: dict[str, int]
    reviewer: User | None


def last_month(today: date) -> tuple[int, int]:
    """The last whole month before today, within the campaign."""
    first = today.replace(day=1) - timedelta(days=1)
    return min((first.year, first.month), LAST_POSSIBLE_MONTH)


def _months(first: tuple[int, int], last: tuple[int, int]) -> list[Period]:
    periods = []
    year, month = first
    while (year, month) <= last:
        periods.append(period_of(year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


def _rng(*parts: object) -> random.Random:
    return random.Random(":".join(str(part) for part in (SEED, *parts)))  # noqa: S311


def _final_rate(rng: random.Random, district_code: str | None) -> float:
    """A commune's share reached by the last month: 60-95% (mostly near the top), or 25-45%
    for the few that lag."""
    lagging_share = LAGGING_DISTRICTS.get(district_code or "", LAGGING_ELSEWHERE)
    if rng.random() < lagging_share:
        return rng.uniform(0.25, 0.45)
    return 0.60 + 0.35 * rng.random() ** 0.5


def _sizes() -> dict[tuple[int, str, int], int]:
    return {
        (unit_id, code, year): count
        for unit_id, code, year, count in Denominator.objects.filter(
            year__in=(YEAR_OLD_UNITS, YEAR_NEW_UNITS)
        ).values_list("unit_id", "target_group__code", "year", "count")
    }


def _organisation_members(
    organisations: Iterable[Organisation],
    *,
    commune_size: dict[tuple[int, str], int],
) -> dict[int, dict[str, int]]:
    """Made-up member counts per organisation and group, capped by its commune's group."""
    levels = {
        (spec.unit_code, spec.valid_from, spec.name): spec.levels for spec in DEMO_ORGANISATIONS
    }
    members: dict[int, dict[str, int]] = {}
    for organisation in organisations:
        rng = _rng("members", organisation.unit.code, organisation.name)
        wanted: dict[str, int] = {}
        if organisation.kind == Organisation.Kind.SCHOOL:
            key = (organisation.unit.code, organisation.unit.valid_from, organisation.name)
            wanted["students"] = sum(
                rng.randint(*SCHOOL_PUPILS[level]) for level in levels.get(key, ("lower",))
            )
            wanted["officials"] = rng.randint(25, 70)
        elif organisation.kind == Organisation.Kind.ENTERPRISE:
            wanted["workers"] = rng.randint(60, 250)
        else:
            wanted["workers"] = rng.randint(20, 90)
        members[organisation.pk] = {
            code: min(
                count,
                int(commune_size.get((organisation.unit_id, code), 0) * ORGANISATION_SHARE_CAP),
            )
            for code, count in wanted.items()
        }
    return members


def _value(final: int, index: int, count: int) -> int:
    return int(final * ((index + 1) / count) ** CURVE_EXPONENT)


@transaction.atomic
def ensure_demo_reports(*, today: date | None = None) -> DemoReports:
    """Write the demo's approved monthly reports (and the few awaiting review) that are not
    there yet; reports already there, changed or not, are kept."""
    old_communes, successor = _yen_bai_communes()
    groups = list(TargetGroup.objects.filter(code__in=GROUP_ADJUSTMENT))
    if not old_communes or not groups:
        return DemoReports(0, 0, 0)
    today = today or timezone.localdate()
    timeline = _months(FIRST_MONTH, last_month(today))
    if len(timeline) <= len(_months(FIRST_MONTH, (2025, 6))):
        return DemoReports(0, 0, 0)
    index_of = {period.start: index for index, period in enumerate(timeline)}
    old_periods = [period for period in timeline if period.end < MERGER_DAY]
    new_periods = [period for period in timeline if period.start >= MERGER_DAY]
    reviewers = {
        user.username: user
        for user in User.objects.filter(username__in=(DISTRICT_MANAGER, PROVINCE_MANAGER))
    }
    district = AdministrativeUnit.objects.filter(code=DISTRICT[0], valid_from=DISTRICT[1]).first()
    in_district = campaign_selectors.managed_unit_ids(district) if district else set()

    def reviewer_of(unit_id: int) -> User | None:
        if unit_id in in_district and DISTRICT_MANAGER in reviewers:
            return reviewers[DISTRICT_MANAGER]
        return reviewers.get(PROVINCE_MANAGER)

    sizes = _sizes()
    commune_size = {
        (unit.pk, group.code): sizes.get((unit.pk, group.code, YEAR_OLD_UNITS), 0)
        for unit in old_communes
        for group in groups
    }
    new_communes = sorted(
        {unit.pk: unit for unit in successor.values()}.values(), key=lambda u: u.code
    )
    for unit in new_communes:
        for group in groups:
            commune_size[(unit.pk, group.code)] = sizes.get(
                (unit.pk, group.code, YEAR_NEW_UNITS), 0
            )
    demo_names = {spec.name for spec in DEMO_ORGANISATIONS}
    organisations = list(
        Organisation.objects.filter(
            unit__in=[*old_communes, *new_communes], name__in=sorted(demo_names)
        )
        .exclude(kind=Organisation.Kind.AGENCY)
        .select_related("unit")
        .order_by("unit__code", "name")
    )
    members = _organisation_members(organisations, commune_size=commune_size)
    # Organisation members per commune as it stood before and after the merger.
    held_by_unit: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for organisation in organisations:
        for code, count in members[organisation.pk].items():
            held_by_unit[organisation.unit_id][code] += count
            new_unit = successor.get(organisation.unit_id)
            if new_unit is not None:
                held_by_unit[new_unit.pk][code] += count

    district_codes = dict(
        AdministrativeUnit.objects.filter(
            pk__in={old.parent_id for old in old_communes if old.parent_id}
        ).values_list("pk", "code")
    )
    districts_of: dict[int, set[str]] = defaultdict(set)
    for old in old_communes:
        new_unit = successor.get(old.pk)
        if new_unit is not None and old.parent_id in district_codes:
            districts_of[new_unit.pk].add(district_codes[old.parent_id])
    rates = {
        unit.pk: _final_rate(
            _rng("rate", unit.code, unit.valid_from), min(districts_of[unit.pk], default=None)
        )
        for unit in new_communes
    }

    plans: list[_Plan] = []
    for unit, periods in [
        *((unit, old_periods) for unit in old_communes),
        *((unit, new_periods) for unit in new_communes),
    ]:
        rng = _rng("commune", unit.code, unit.valid_from)
        if rng.random() >= REPORTING_SHARE:
            continue
        if unit.pk in rates:
            rate = rates[unit.pk]
        else:
            # An old commune heads where the commune it merged into ends up.
            successor_unit = successor.get(unit.pk)
            rate = rates.get(successor_unit.pk, 0.7) if successor_unit else 0.7
            rate += rng.uniform(-0.03, 0.03)
        final = {
            group.code: int(
                max(0, commune_size[(unit.pk, group.code)] - held_by_unit[unit.pk][group.code])
                * min(0.98, max(0.0, rate + GROUP_ADJUSTMENT[group.code]))
            )
            for group in groups
        }
        plans.append(
            _Plan(
                unit,
                None,
                periods,
                [index_of[p.start] for p in periods],
                final,
                reviewer_of(unit.pk),
            )
        )
    for organisation in organisations:
        rng = _rng("organisation", organisation.unit.code, organisation.name)
        rate = rng.uniform(0.70, 0.95)
        periods = [period for period in timeline if period.end >= organisation.unit.valid_from]
        final = {code: int(count * rate) for code, count in members[organisation.pk].items()}
        plans.append(
            _Plan(
                organisation.unit,
                organisation,
                periods,
                [index_of[p.start] for p in periods],
                final,
                reviewer_of(organisation.unit_id),
            )
        )
    return _write(
        plans, groups=groups, timeline=timeline, in_district=in_district, reviewers=reviewers
    )


def _at(day: date, days: int) -> datetime:
    return timezone.make_aware(datetime.combine(day + timedelta(days=days), time(9)))


def _write(
    plans: list[_Plan],
    *,
    groups: list[TargetGroup],
    timeline: list[Period],
    in_district: set[int],
    reviewers: dict[str, User],
) -> DemoReports:
    existing = set(
        AggregateReport.objects.values_list("unit_id", "organisation_id", "period_start")
    )
    last = timeline[-1]
    # In the last month, the first commune of the former Trạm Tấu district (by code) was
    # returned with a reason and the next few wait for the district manager.
    waiting = sorted(
        (
            plan
            for plan in plans
            if plan.organisation is None
            and plan.unit.pk in in_district
            and plan.periods
            and plan.periods[-1] == last
        ),
        key=lambda plan: plan.unit.code,
    )
    statuses = {
        plan.unit.pk: AggregateReport.Status.SUBMITTED for plan in waiting[1 : 1 + AWAITING]
    }
    statuses.update({plan.unit.pk: AggregateReport.Status.RETURNED for plan in waiting[:1]})
    new_reports: list[AggregateReport] = []
    new_lines: list[tuple[AggregateReport, dict[str, tuple[int, int]]]] = []
    kept = 0
    count = len(timeline)
    for plan in plans:
        previous: dict[str, int] = dict.fromkeys(plan.final, 0)
        for period, index in zip(plan.periods, plan.month_index, strict=True):
            rng = _rng(
                "month",
                plan.unit.code,
                plan.organisation.pk if plan.organisation else "",
                period.start,
            )
            figures: dict[str, tuple[int, int]] = {}
            for group in groups:
                final = plan.final.get(group.code, 0)
                reached = max(previous.get(group.code, 0), _value(final, index, count))
                gained = reached - previous.get(group.code, 0)
                trained = gained + rng.randint(0, max(1, gained // 5)) if final else 0
                figures[group.code] = (trained, reached)
                previous[group.code] = reached
            key = (plan.unit.pk, plan.organisation.pk if plan.organisation else None, period.start)
            if key in existing:
                kept += 1
                continue
            status = AggregateReport.Status.APPROVED
            if plan.organisation is None and period == last:
                status = statuses.get(plan.unit.pk, status)
            report = AggregateReport(
                unit=plan.unit,
                organisation=plan.organisation,
                period_start=period.start,
                period_end=period.end,
                status=status,
                note="Tổng hợp từ danh sách các lớp tập huấn tại thôn, bản."
                if plan.organisation is None
                else "",
                submitted_at=_at(period.end, rng.randint(2, 6)),
            )
            if status == AggregateReport.Status.APPROVED:
                report.reviewed_by = plan.reviewer
                report.reviewed_at = _at(period.end, rng.randint(7, 12))
            elif status == AggregateReport.Status.RETURNED:
                report.reviewed_by = reviewers.get(DISTRICT_MANAGER)
                report.reviewed_at = _at(period.end, 8)
                report.review_note = RETURN_REASON
            new_reports.append(report)
            new_lines.append((report, figures))
    AggregateReport.objects.bulk_create(new_reports, batch_size=500)
    lines = [
        AggregateReportLine(
            report=report,
            target_group=group,
            trained=figures[group.code][0],
            reached=figures[group.code][1],
        )
        for report, figures in new_lines
        for group in groups
    ]
    AggregateReportLine.objects.bulk_create(lines, batch_size=1000)
    return DemoReports(reports=len(new_reports), lines=len(lines), existing=kept)
