"""Indicator figures over time for one unit: people who had reached an indicator by each
month's end (and by the chosen day), for the dashboard's charts and the projection's pace.

Month counts (and the day counts of the last months) are read per recorded unit; they are then
summed into the unit as it stood on the chosen day (records of merged communes count in
their new commune for the whole series, so a new commune's line starts in March 2025, not on
1 July 2025).
"""

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q, Sum

from portal.campaign import selectors
from portal.campaign.domain.charts import month_ends
from portal.campaign.domain.combined import ReportedFigure, combined, reported_on_day
from portal.campaign.domain.indicators import BY_CODE
from portal.campaign.domain.succession import ancestors_on
from portal.campaign.domain.targets import CAMPAIGN_START, DEFAULT_WINDOW_DAYS
from portal.campaign.models import (
    AdministrativeUnit,
    AggregateReport,
    AggregateReportLine,
    IndicatorDayCount,
    IndicatorMonthCount,
    UnitSuccession,
)

# (indicator, recorded unit, first day of the month) -> (people, of whom after the window start)
MonthlyCounts = dict[tuple[str, int, date], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Series:
    """Cumulative people of an indicator in a unit: one point per month's end up to the day
    (the last point is the day itself), and the count on the first day of the pace window."""

    indicator: str
    points: list[tuple[date, int]]
    window_start: tuple[date, int]

    @property
    def for_projection(self) -> list[tuple[date, int]]:
        """The points with the window's start added, ascending, as domain.targets.projection
        wants them: its pace is then exact, not the pace since the previous month's end."""
        return sorted({*self.points, self.window_start})


def _recorded_in(unit: AdministrativeUnit) -> Q:
    """Rows recorded in the unit's subtree or in a former unit merged into it (the 2025 reform
    merged once; attained_over_time still checks each unit's chain). A province reads every
    row: filtering would not make it fewer."""
    if unit.parent_id is None:
        return Q()
    merged_in = UnitSuccession.objects.filter(successor__path__startswith=unit.path)
    return Q(unit__path__startswith=unit.path) | Q(unit_id__in=merged_in.values("predecessor_id"))


def individual_by_month(
    *, indicators: Sequence[str], unit: AdministrativeUnit, day: date, window_start: date
) -> MonthlyCounts:
    """People first reaching each indicator per recorded unit and month up to day, with the
    part of them after window_start, for the rows that may count in unit.

    Two queries: whole months before day's month from the month counts, then the days of
    day's month and of the pace window from the day counts (at most a few months of days)."""
    this_month = day.replace(day=1)
    where = _recorded_in(unit)
    counts: MonthlyCounts = {
        (indicator, unit_id, month): (people, 0)
        for indicator, unit_id, month, people in IndicatorMonthCount.objects.filter(
            where, indicator__in=list(indicators), month__lt=this_month
        ).values_list("indicator", "unit_id", "month", "count")
        if people
    }
    recent_rows = (
        IndicatorDayCount.objects.filter(where, indicator__in=list(indicators))
        .filter(day__lte=day, day__gt=min(window_start, this_month - timedelta(days=1)))
        .values("indicator", "unit_id")
        .annotate(
            people=Sum("count", filter=Q(day__gte=this_month)),
            recent=Sum("count", filter=Q(day__gt=window_start)),
        )
    )
    for row in recent_rows:
        key = (row["indicator"], row["unit_id"], this_month)
        counts[key] = (row["people"] or 0, row["recent"] or 0)
    return counts


def attained_over_time(
    *,
    indicators: Sequence[str],
    unit: AdministrativeUnit,
    day: date,
    start: date = CAMPAIGN_START,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> dict[str, Series]:
    """For each indicator, the cumulative people of the unit (as on day) at every month's end
    from start's month to day, and on day minus window_days.

    People count as progress() counts them: per commune (as it stood on day) the larger of the
    individual results and the approved aggregate reports by then, summed over the communes in
    the unit, so the last point is the figure on the dashboard's card."""
    window_start = day - timedelta(days=window_days)
    counts = individual_by_month(
        indicators=indicators, unit=unit, day=day, window_start=window_start
    )
    graph = selectors.unit_graph()
    places = selectors.places_on({recorded for _, recorded, _ in counts}, day)
    # Per indicator and place: people per month, and of them after the window's start.
    monthly: dict[str, dict[int, dict[date, int]]] = {
        code: defaultdict(lambda: defaultdict(int)) for code in indicators
    }
    recent: dict[str, dict[int, int]] = {code: defaultdict(int) for code in indicators}
    for (indicator, recorded_unit, month), (people, after_window) in counts.items():
        place = places[recorded_unit]
        if place is not None:
            monthly[indicator][place][month] += people
            recent[indicator][place] += after_window
    reports = _approved_reports(indicators, day)
    report_places = selectors.places_on(
        {figure.unit_id for figures in reports.values() for figure in figures}, day
    )
    inside: dict[int, bool] = {}

    def counts_in_unit(place: int) -> bool:
        # selectors.roll_up's rule: a figure counts in every unit of its place's chain on day.
        if place not in inside:
            inside[place] = unit.pk in ancestors_on(
                place, day, units=graph.units, successors=graph.successors
            )
        return inside[place]

    ends = month_ends(start, day)
    series: dict[str, Series] = {}
    for indicator in indicators:
        per_place = {
            place: _cumulative(months, ends)
            for place, months in monthly[indicator].items()
            if counts_in_unit(place)
        }
        figures = reports.get(indicator, [])
        points: list[tuple[date, int]] = []
        for position, end in enumerate(ends):
            individual = {place: values[position] for place, values in per_place.items()}
            points.append((end, _people(individual, figures, report_places, end, counts_in_unit)))
        last = {place: values[-1] if values else 0 for place, values in per_place.items()}
        at_window = {place: people - recent[indicator][place] for place, people in last.items()}
        series[indicator] = Series(
            indicator=indicator,
            points=points,
            window_start=(
                window_start,
                _people(at_window, figures, report_places, window_start, counts_in_unit),
            ),
        )
    return series


def _cumulative(months: dict[date, int], ends: Sequence[date]) -> list[int]:
    """People by each of the month ends, from people per month."""
    ordered = sorted(months.items())
    values: list[int] = []
    total, position = 0, 0
    for end in ends:
        while position < len(ordered) and ordered[position][0] <= end:
            total += ordered[position][1]
            position += 1
        values.append(total)
    return values


def _people(
    individual: Mapping[int, int],
    reports: Sequence[ReportedFigure],
    report_places: Mapping[int, int | None],
    on: date,
    counts_in_unit: Callable[[int], bool],
) -> int:
    """People of the unit on a day of its series: per place the larger figure, summed."""
    reported = reported_on_day(
        (figure for figure in reports if figure.period_end <= on), place=report_places
    )
    people = combined(individual, reported)
    return sum(value for place, value in people.items() if counts_in_unit(place))


def _approved_reports(indicators: Sequence[str], day: date) -> dict[str, list[ReportedFigure]]:
    """Approved report lines up to day, per indicator taking reports (one query)."""
    by_group: dict[str, list[str]] = defaultdict(list)
    for code in indicators:
        if not BY_CODE[code].confirmed_only:
            by_group[BY_CODE[code].group_code].append(code)
    if not by_group:
        return {}
    rows = AggregateReportLine.objects.filter(
        report__status=AggregateReport.Status.APPROVED,
        report__period_end__lte=day,
        target_group__code__in=list(by_group),
    ).values_list(
        "target_group__code",
        "report__unit_id",
        "report__organisation_id",
        "report__period_end",
        "reached",
    )
    reports: dict[str, list[ReportedFigure]] = defaultdict(list)
    for group, unit_id, organisation_id, period_end, reached in rows:
        for code in by_group[group]:
            reports[code].append(ReportedFigure(unit_id, organisation_id, period_end, reached))
    return reports
