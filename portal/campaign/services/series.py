"""Indicator figures over time for one unit: people who had reached an indicator by each
month's end (and by the chosen day), for the dashboard's charts and the projection's pace.

One query reads the day counts grouped by indicator, recorded unit and month; the months are
then summed into the unit as it stood on the chosen day (records of merged communes count in
their new commune for the whole series, so a new commune's line starts in March 2025, not on
1 July 2025).
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q, Sum
from django.db.models.functions import TruncMonth

from portal.campaign import selectors
from portal.campaign.domain.charts import month_ends
from portal.campaign.domain.succession import ancestors_on
from portal.campaign.domain.targets import CAMPAIGN_START, DEFAULT_WINDOW_DAYS
from portal.campaign.models import AdministrativeUnit, IndicatorDayCount, UnitSuccession

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
    part of them after window_start, for the rows that may count in unit (one query)."""
    rows = (
        IndicatorDayCount.objects.filter(_recorded_in(unit), indicator__in=list(indicators))
        .filter(day__lte=day)
        .annotate(month=TruncMonth("day"))
        .values("indicator", "unit_id", "month")
        .annotate(people=Sum("count"), recent=Sum("count", filter=Q(day__gt=window_start)))
    )
    return {
        (row["indicator"], row["unit_id"], row["month"]): (row["people"] or 0, row["recent"] or 0)
        for row in rows
    }


def combined_counts(individual: MonthlyCounts) -> MonthlyCounts:
    """The counts the series uses. People counted from approved aggregate reports of offline
    training (issue #6) join here, per commune and month, without counting anyone twice, once
    progress() combines them the same way."""
    return individual


def attained_over_time(
    *,
    indicators: Sequence[str],
    unit: AdministrativeUnit,
    day: date,
    start: date = CAMPAIGN_START,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> dict[str, Series]:
    """For each indicator, the cumulative people of the unit (as on day) at every month's end
    from start's month to day, and on day minus window_days."""
    window_start = day - timedelta(days=window_days)
    unit_id = unit.pk
    counts = combined_counts(
        individual_by_month(indicators=indicators, unit=unit, day=day, window_start=window_start)
    )
    graph = selectors.unit_graph()
    inside: dict[int, bool] = {}
    by_month: dict[str, dict[date, int]] = {code: defaultdict(int) for code in indicators}
    recent: dict[str, int] = defaultdict(int)
    for (indicator, recorded_unit, month), (people, after_window) in counts.items():
        if recorded_unit not in inside:
            # selectors.roll_up's rule: a record counts in every unit of its chain on day.
            inside[recorded_unit] = unit_id in ancestors_on(
                recorded_unit, day, units=graph.units, successors=graph.successors
            )
        if inside[recorded_unit]:
            by_month[indicator][month] += people
            recent[indicator] += after_window
    ends = month_ends(start, day)
    series: dict[str, Series] = {}
    for indicator in indicators:
        months = sorted(by_month[indicator].items())
        points: list[tuple[date, int]] = []
        total, position = 0, 0
        for end in ends:
            while position < len(months) and months[position][0] <= end:
                total += months[position][1]
                position += 1
            points.append((end, total))
        last = points[-1][1] if points else total
        series[indicator] = Series(
            indicator=indicator,
            points=points,
            window_start=(window_start, last - recent[indicator]),
        )
    return series
