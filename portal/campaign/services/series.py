"""Indicator figures over time for one unit: people who had reached an indicator by each
month's end (and by the chosen day), for the dashboard's charts and the projection's pace.

Month counts (with the day counts of the pace window's first month) are read per recorded
unit and kept between requests until a late result changes a past month; the current month's
day counts are read each time. They are summed into the unit as it stood on the chosen day
(records of merged communes count in their new commune for the whole series, so a new
commune's line starts in March 2025, not on 1 July 2025).
"""

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q, Sum

from portal.campaign import selectors
from portal.campaign.domain.charts import month_end, month_ends
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
from portal.campaign.services import indicators as indicators_service


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


@dataclass(frozen=True, slots=True)
class PlaceCounts:
    """Individual people of one indicator per place in the unit (a unit as it stood on the
    day): cumulative by each of the series' month ends, and how many arrived after the pace
    window's start."""

    by_end: dict[int, list[int]]
    recent: dict[int, int]


def _inside(unit: AdministrativeUnit, day: date) -> Callable[[int], bool]:
    """Whether a place counts in the unit: selectors.roll_up's rule (every unit of the
    place's chain on day), remembered per place."""
    graph = selectors.unit_graph()
    known: dict[int, bool] = {}

    def counts_in_unit(place: int) -> bool:
        if place not in known:
            known[place] = unit.pk in ancestors_on(
                place, day, units=graph.units, successors=graph.successors
            )
        return known[place]

    return counts_in_unit


_past_in_process: dict[
    tuple[int, tuple[str, ...], date, date], tuple[str, object, dict[str, PlaceCounts]]
] = {}


def _past_by_place(
    indicators: Sequence[str],
    unit: AdministrativeUnit,
    day: date,
    window_start: date,
    counts_in_unit: Callable[[int], bool],
) -> dict[str, PlaceCounts]:
    """People per place from the whole months before day's month (month counts; the days of
    window_start's month from the day counts), kept in the process while neither they
    (indicators.past_months_stamp) nor the units (the unit graph) change: a province reads
    tens of thousands of rows once, then only the current month's days."""
    stamp = indicators_service.past_months_stamp()
    graph = selectors.unit_graph()
    key = (unit.pk, tuple(indicators), day, window_start)
    kept = _past_in_process.get(key)
    if kept is not None and stamp is not None and kept[0] == stamp and kept[1] is graph:
        return kept[2]
    this_month = day.replace(day=1)
    where = _recorded_in(unit)
    window_month = window_start.replace(day=1)
    in_window_month: dict[tuple[str, int], int] = {}
    if window_month < this_month:
        in_window_month = {
            (row["indicator"], row["unit_id"]): row["people"] or 0
            for row in IndicatorDayCount.objects.filter(where, indicator__in=list(indicators))
            .filter(day__gt=window_start, day__lte=month_end(window_start))
            .values("indicator", "unit_id")
            .annotate(people=Sum("count"))
        }
    rows = list(
        IndicatorMonthCount.objects.filter(
            where, indicator__in=list(indicators), month__lt=this_month
        ).values_list("indicator", "unit_id", "month", "count")
    )
    places = selectors.places_on({unit_id for _, unit_id, _, _ in rows}, day)
    monthly: dict[str, dict[int, dict[date, int]]] = {
        code: defaultdict(lambda: defaultdict(int)) for code in indicators
    }
    recent: dict[str, dict[int, int]] = {code: defaultdict(int) for code in indicators}
    for indicator, unit_id, month, people in rows:
        place = places[unit_id]
        if place is None or not counts_in_unit(place):
            continue
        monthly[indicator][place][month] += people
        if month > window_month:
            recent[indicator][place] += people
        elif month == window_month:
            recent[indicator][place] += in_window_month.get((indicator, unit_id), 0)
    ends = month_ends(CAMPAIGN_START, day)
    counts = {
        code: PlaceCounts(
            by_end={place: _cumulative(months, ends) for place, months in monthly[code].items()},
            recent=dict(recent[code]),
        )
        for code in indicators
    }
    if stamp is not None:
        if len(_past_in_process) >= 256:
            _past_in_process.clear()
        _past_in_process[key] = (stamp, graph, counts)
    return counts


def _current_by_place(
    indicators: Sequence[str],
    unit: AdministrativeUnit,
    day: date,
    window_start: date,
    counts_in_unit: Callable[[int], bool],
) -> dict[str, dict[int, tuple[int, int]]]:
    """People per indicator and place from the days of day's month up to day, with those
    after window_start (one query over at most a month of day counts)."""
    rows = list(
        IndicatorDayCount.objects.filter(_recorded_in(unit), indicator__in=list(indicators))
        .filter(day__gte=day.replace(day=1), day__lte=day)
        .values("indicator", "unit_id")
        .annotate(people=Sum("count"), recent=Sum("count", filter=Q(day__gt=window_start)))
        .values_list("indicator", "unit_id", "people", "recent")
    )
    places = selectors.places_on({unit_id for _, unit_id, _, _ in rows}, day)
    current: dict[str, dict[int, tuple[int, int]]] = {code: {} for code in indicators}
    for indicator, unit_id, people, after_window in rows:
        place = places[unit_id]
        if place is None or not counts_in_unit(place):
            continue
        held = current[indicator].get(place, (0, 0))
        current[indicator][place] = (held[0] + (people or 0), held[1] + (after_window or 0))
    return current


def attained_over_time(
    *,
    indicators: Sequence[str],
    unit: AdministrativeUnit,
    day: date,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> dict[str, Series]:
    """For each indicator, the cumulative people of the unit (as on day) at every month's end
    from the campaign's start to day (the last point is day itself), and on day minus
    window_days.

    People count as progress() counts them: per commune (as it stood on day) the larger of the
    individual results and the approved aggregate reports by then, summed over the communes in
    the unit, so the last point is the figure on the dashboard's card."""
    window_start = day - timedelta(days=window_days)
    counts_in_unit = _inside(unit, day)
    past = _past_by_place(indicators, unit, day, window_start, counts_in_unit)
    current = _current_by_place(indicators, unit, day, window_start, counts_in_unit)
    reports = _approved_reports(indicators, day)
    report_places = selectors.places_on(
        {figure.unit_id for figures in reports.values() for figure in figures}, day
    )
    ends = month_ends(CAMPAIGN_START, day)
    last = len(ends) - 1
    series: dict[str, Series] = {}
    for indicator in indicators:
        by_end, now = past[indicator].by_end, current[indicator]
        figures = reports.get(indicator, [])
        # Individual people summed over the places by each month's end; then, where a place's
        # reports by then say more, the difference (the larger figure per place counts).
        columns = zip(*by_end.values(), strict=True) if by_end else ([] for _ in ends)
        points: list[tuple[date, int]] = []
        for position, (end, column) in enumerate(zip(ends, columns, strict=True)):
            at_last = position == last
            total = sum(column) + (sum(people for people, _ in now.values()) if at_last else 0)
            for place, value in _reported_by(figures, report_places, end).items():
                mine = _individual(by_end, now, place, position, at_last=at_last)
                if value > mine and counts_in_unit(place):
                    total += value - mine
            points.append((end, total))
        # On the window's first day: people by day less those after it, then the reports.
        at_window = {
            place: _individual(by_end, now, place, last, at_last=True)
            - past[indicator].recent.get(place, 0)
            - now.get(place, (0, 0))[1]
            for place in {*by_end, *now}
        }
        people = combined(at_window, _reported_by(figures, report_places, window_start))
        series[indicator] = Series(
            indicator=indicator,
            points=points,
            window_start=(
                window_start,
                sum(value for place, value in people.items() if counts_in_unit(place)),
            ),
        )
    return series


def _individual(
    by_end: Mapping[int, list[int]],
    now: Mapping[int, tuple[int, int]],
    place: int,
    position: int,
    *,
    at_last: bool,
) -> int:
    """Individual people of a place by a month's end (the last one adds the current month)."""
    values = by_end.get(place)
    people = values[position] if values else 0
    return people + now[place][0] if at_last and place in now else people


def _reported_by(
    figures: Sequence[ReportedFigure], places: Mapping[int, int | None], on: date
) -> Mapping[int, int]:
    """People reported per place by a day (none without figures)."""
    if not figures:
        return {}
    return reported_on_day((figure for figure in figures if figure.period_end <= on), place=places)


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
