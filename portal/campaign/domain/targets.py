"""Targets on plain values: the campaign's defaults, which target applies, whether a unit is on
track, when it would reach its target at its current pace, and how many people it still needs.

The defaults are those of Plan 01-KH/BCĐTW (21/03/2025) of the central steering committee for
"Bình dân học vụ số": 80% of each group by the end of 2025 (every student), everyone by the end
of 2026.
"""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from portal.campaign.domain.indicators import INDICATORS

# Plan 01-KH/BCĐTW of 21/03/2025: the day progress lines start from.
CAMPAIGN_START = date(2025, 3, 21)
END_2025 = date(2025, 12, 31)
END_2026 = date(2026, 12, 31)
# A unit less than 10 percentage points below its expected line is "at risk", not "behind".
AT_RISK_MARGIN = 0.10
# Rates are floats from a division: compare them with this slack so 0.8 reaches 80%.
TOLERANCE = 1e-9
DEFAULT_WINDOW_DAYS = 90


class Status(StrEnum):
    """Where a unit stands against its target on a day."""

    REACHED = "reached"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    BEHIND = "behind"


@dataclass(frozen=True, slots=True)
class DefaultTarget:
    """One of the campaign's targets, set on every province."""

    indicator: str
    due_on: date
    rate: float


DEFAULT_TARGETS: tuple[DefaultTarget, ...] = tuple(
    DefaultTarget(indicator.code, END_2025, 1.0 if indicator.code == "students" else 0.8)
    for indicator in INDICATORS
) + tuple(DefaultTarget(indicator.code, END_2026, 1.0) for indicator in INDICATORS)


@dataclass(frozen=True, slots=True)
class TargetValue:
    """A target as set on a unit."""

    unit_id: int
    due_on: date
    rate: float


def choose_target(
    chain: Sequence[int], targets: Iterable[TargetValue], *, day: date
) -> TargetValue | None:
    """The target that applies on day to the first unit of chain (the unit, then its ancestors).

    The nearest unit of the chain with any target wins, so a district's own targets replace the
    province's in its subtree. Of that unit's targets, the one due soonest on or after day
    applies; once all are past, the last one does.
    """
    by_unit: dict[int, list[TargetValue]] = {}
    for target in targets:
        by_unit.setdefault(target.unit_id, []).append(target)
    for unit_id in chain:
        own = sorted(by_unit.get(unit_id, ()), key=lambda target: target.due_on)
        if own:
            upcoming = [target for target in own if target.due_on >= day]
            return upcoming[0] if upcoming else own[-1]
    return None


def expected_rate(
    *, day: date, start_day: date, due_on: date, target_rate: float, start_rate: float = 0.0
) -> float:
    """The rate on day of the straight line from (start_day, start_rate) to (due_on,
    target_rate), held flat before the start and after the due day."""
    if due_on < start_day:
        raise ValueError(f"due day {due_on} is before the start {start_day}")
    if day <= start_day:
        return start_rate
    if day >= due_on:
        return target_rate
    elapsed = (day - start_day).days / (due_on - start_day).days
    return start_rate + (target_rate - start_rate) * elapsed


def status(
    *,
    rate: float,
    target_rate: float,
    day: date,
    start_day: date,
    due_on: date,
    start_rate: float = 0.0,
) -> Status:
    """Reached at or above the target; after the due day, otherwise behind; before it, on
    track at or above the straight line from the start to the target, at risk up to
    AT_RISK_MARGIN below that line, behind further down."""
    if rate >= target_rate - TOLERANCE:
        return Status.REACHED
    if day > due_on:
        return Status.BEHIND
    expected = expected_rate(
        day=day,
        start_day=start_day,
        due_on=due_on,
        target_rate=target_rate,
        start_rate=start_rate,
    )
    if rate >= expected - TOLERANCE:
        return Status.ON_TRACK
    if rate >= expected - AT_RISK_MARGIN - TOLERANCE:
        return Status.AT_RISK
    return Status.BEHIND


def people_needed(denominator: int, target_rate: float | Decimal) -> int:
    """How many people make target_rate of denominator (rounded up, exact for decimal rates:
    70% of 100 is 70, not 71 from 0.7 * 100 = 70.00000000000001)."""
    if denominator <= 0:
        return 0
    share = target_rate if isinstance(target_rate, Decimal) else Decimal(repr(target_rate))
    return math.ceil(share * denominator)


def gap_people(attained: int, denominator: int, target_rate: float | Decimal) -> int:
    """People still needed to reach target_rate of denominator (0 once reached)."""
    return max(0, people_needed(denominator, target_rate) - attained)


def _window_start(points: Sequence[tuple[date, int]], day: date) -> tuple[date, int]:
    """The count held on day (from the last point at or before it), or the first point when
    the series starts after day."""
    if points[0][0] > day:
        return points[0]
    count = points[0][1]
    for point_day, point_count in points:
        if point_day > day:
            break
        count = point_count
    return day, count


def projection(
    points: Sequence[tuple[date, int]],
    *,
    denominator: int | None,
    target_rate: float | Decimal,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> date | None:
    """The day the target would be reached at the pace of the last window_days.

    points are (day, people attained by that day), ascending; the count holds between points.
    The pace is the difference between the count on the last day and on the window's first
    day, divided by the days between them ("people added in the last 90 days ÷ 90"). Counts are
    cumulative, so this is the average daily gain over the window; unlike a least-squares
    slope it does not depend on where in the window a bulk import fell, and a commune official
    can redo it by hand. A series shorter than the window uses its first point.

    Returns the last day if the target is already reached, and None without a denominator,
    with no gain over the window, or when the day would lie beyond the calendar.
    """
    if not denominator or denominator <= 0 or not points:
        return None
    last_day, last_count = points[-1]
    remaining = gap_people(last_count, denominator, target_rate)
    if remaining == 0:
        return last_day
    first_day, first_count = _window_start(points, last_day - timedelta(days=window_days))
    span = (last_day - first_day).days
    gained = last_count - first_count
    if span <= 0 or gained <= 0:
        return None
    days = -(-remaining * span // gained)  # ceiling, in integers
    try:
        return last_day + timedelta(days=days)
    except OverflowError:
        return None
