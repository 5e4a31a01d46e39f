"""Figures from approved aggregate reports, and their combination with individual records.

See portal/campaign/domain/combined.py for the rule that keeps people known both ways from
being counted twice.
"""

from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date

from portal.campaign import selectors
from portal.campaign.domain.combined import ReportedFigure, combined, reported_on_day
from portal.campaign.models import AggregateReport, AggregateReportLine
from portal.campaign.services import indicators


def reported_by_group(*, day: date) -> dict[str, Counter[int]]:
    """People reported per target group code and unit as it stood on day (approved reports
    whose period ended by day)."""
    rows = AggregateReportLine.objects.filter(
        report__status=AggregateReport.Status.APPROVED, report__period_end__lte=day
    ).values_list(
        "target_group__code",
        "report__unit_id",
        "report__organisation_id",
        "report__period_end",
        "reached",
    )
    by_group: dict[str, list[ReportedFigure]] = defaultdict(list)
    for code, unit_id, organisation_id, period_end, reached in rows:
        by_group[code].append(ReportedFigure(unit_id, organisation_id, period_end, reached))
    places = selectors.places_on(
        {figure.unit_id for figures in by_group.values() for figure in figures}, day
    )
    return {code: reported_on_day(figures, place=places) for code, figures in by_group.items()}


def figures_by_child(
    *,
    indicator: str,
    reported: Counter[int] | None,
    unit_id: int,
    day: date,
    per_unit: Mapping[int, int] | None = None,
) -> tuple[Counter[int], Counter[int], Counter[int]]:
    """(people counted, individually recorded, reported) for the unit and each child on day.

    `reported` is the indicator's group's figures from reported_by_group (None: the indicator
    takes no reports, as for confirmed results); `per_unit` is indicators.attained_per_unit's
    answer when the caller read it already."""
    if per_unit is None:
        per_unit = indicators.attained_per_unit(indicator=indicator, day=day)
    individual = selectors.on_day(per_unit.items(), day=day)
    reported = reported or Counter()
    people = combined(individual, reported)
    return (
        selectors.roll_up(people.items(), unit_id=unit_id, day=day),
        selectors.roll_up(individual.items(), unit_id=unit_id, day=day),
        selectors.roll_up(reported.items(), unit_id=unit_id, day=day),
    )
