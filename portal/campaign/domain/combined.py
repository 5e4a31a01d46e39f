"""Counting people once when they are known two ways: individually and in aggregate reports.

A commune (or an organisation in it) reports, each month, how many people of each target group
have reached basic digital skills so far — everyone, including people who also did a
self-assessment or a learning path here. The same people may therefore be in both figures, and
adding them would count them twice. The figure of a commune is the larger of the two: the number
of distinct people is at least each of them, so the larger one never counts anybody twice. Units
above the commune add up their communes' figures (people belong to one commune).

Reports are cumulative, so the latest approved report of each reporting body up to the day is
the body's figure. A commune formed in the 2025 merger inherits the latest reports of its former
communes until it approves its own first report, which then covers everyone in it.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ReportedFigure:
    """One approved report line: who reported, for which period, and people reached so far."""

    unit_id: int
    organisation_id: int | None
    period_end: date
    reached: int


def reported_on_day(
    figures: Iterable[ReportedFigure], *, place: Mapping[int, int | None]
) -> Counter[int]:
    """People reported per unit as it stood on the day (`place` maps a report's unit to it, or
    to None when the unit counts nowhere that day); figures are those approved up to the day."""
    latest: dict[tuple[str, int], ReportedFigure] = {}
    for figure in figures:
        key = (
            ("organisation", figure.organisation_id)
            if figure.organisation_id is not None
            else ("unit", figure.unit_id)
        )
        held = latest.get(key)
        if held is None or figure.period_end > held.period_end:
            latest[key] = figure
    totals: Counter[int] = Counter()
    own: dict[int, int] = {}
    inherited: Counter[int] = Counter()
    for (kind, _), figure in latest.items():
        unit = place.get(figure.unit_id)
        if unit is None:
            continue
        if kind == "organisation":
            totals[unit] += figure.reached
        elif unit == figure.unit_id:
            own[unit] = figure.reached
        else:
            inherited[unit] += figure.reached
    for unit in set(own) | set(inherited):
        totals[unit] += own[unit] if unit in own else inherited[unit]
    return totals


def combined(individual: Mapping[int, int], reported: Mapping[int, int]) -> Counter[int]:
    """Per unit on the day, the larger of the individual and the reported figure."""
    return Counter(
        {
            unit: max(individual.get(unit, 0), reported.get(unit, 0))
            for unit in set(individual) | set(reported)
        }
    )
