"""From estimated abilities to what a person is told: levels, strengths, gaps and progress.

The eight levels of Circular 02/2025/TT-BGDĐT are bands on the tested ability scale θ. A level
begins where a person answers most items written for it correctly: on the demo bank (level-L
items have b ≈ -1.5, -0.5, 0.5, 1.25 for L = 1..4, a ≈ 1.5) two answers in three right
(response probability 2/3, the bookmark convention of Mitzel et al. 2001) falls near
θ = b + ln 2 / a, which gives the starts below; levels 5-8 are extrapolated at shrinking steps
because the bank has no items there yet. Administrators may move them (ProficiencyLevel).
"""

import bisect
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

DEFAULT_LEVEL_STARTS: Mapping[int, float] = {
    1: -1.0,
    2: 0.0,
    3: 1.0,
    4: 1.7,
    5: 2.2,
    6: 2.6,
    7: 3.0,
    8: 3.4,
}
# A domain that does not count for a group gets a cut no one falls under.
NOT_REQUIRED_CUT = -10.0
# A domain is a clear strength or gap once P(θ ≥ cut) is this far from one half.
CLEAR_CALL = 0.9

Standing = Literal["strength", "reached", "borderline", "gap", "not_required"]


def check_level_starts(starts: Mapping[int, float]) -> None:
    """Levels must be numbered 1.. without gaps and begin at increasing θ."""
    numbers = sorted(starts)
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError("levels must be numbered 1, 2, 3... without gaps")
    values = [starts[number] for number in numbers]
    if any(later <= earlier for earlier, later in itertools.pairwise(values)):
        raise ValueError("levels must begin at increasing abilities")


def level_reached(theta: float, starts: Mapping[int, float]) -> int:
    """The highest level whose start is at or below θ; 0 when θ is below level 1."""
    ordered = [starts[number] for number in sorted(starts)]
    return bisect.bisect_right(ordered, theta)


def cut_for_level(level: int, starts: Mapping[int, float]) -> float:
    """The θ a domain must reach for a required level (its start)."""
    if level not in starts:
        raise ValueError(f"no level {level}")
    return float(starts[level])


@dataclass(frozen=True, slots=True)
class DomainResult:
    """What the result page says about one domain."""

    number: int
    theta: float
    sd: float
    probability_above: float
    n_items: int
    level: int
    # The level range the estimate is plausibly in (θ ± one posterior SD).
    level_low: int
    level_high: int
    required_level: int
    is_required: bool
    standing: Standing


def domain_result(
    *,
    number: int,
    theta: float,
    sd: float,
    probability_above: float,
    n_items: int,
    required_level: int,
    is_required: bool,
    starts: Mapping[int, float],
) -> DomainResult:
    """Level, plausible range and standing (strength, reached, borderline, gap) of a domain."""
    level = level_reached(theta, starts)
    if not is_required:
        standing: Standing = "not_required"
    elif probability_above >= CLEAR_CALL:
        standing = "strength" if level > required_level else "reached"
    elif probability_above <= 1.0 - CLEAR_CALL:
        standing = "gap"
    else:
        standing = "borderline"
    return DomainResult(
        number=number,
        theta=theta,
        sd=sd,
        probability_above=probability_above,
        n_items=n_items,
        level=level,
        level_low=level_reached(theta - sd, starts),
        level_high=level_reached(theta + sd, starts),
        required_level=required_level,
        is_required=is_required,
        standing=standing,
    )


def gaps_first(results: Sequence[DomainResult]) -> list[DomainResult]:
    """Required domains, weakest relative to its cut first: where to start learning."""
    required = [result for result in results if result.is_required]
    return sorted(required, key=lambda result: (result.probability_above, result.theta))


def self_rating(categories: Sequence[int], n_categories: int = 4) -> float | None:
    """Mean self-reported category (1-based) of a domain's "I can…" answers, or None."""
    if not categories:
        return None
    if any(not 0 <= category < n_categories for category in categories):
        raise ValueError("self-report categories lie in 0..n_categories-1")
    return 1.0 + sum(categories) / len(categories)


def estimated_progress(answered: int, expected_length: int, maximum_length: int) -> float:
    """Share of the test probably done, never 1 before the end (length is adaptive).

    The remaining length is unknown, so the estimate assumes the test runs to its expected
    length and, once past it, approaches the cap: it never moves backwards.
    """
    if answered <= 0:
        return 0.0
    expected = max(1, min(expected_length, maximum_length))
    if answered < expected:
        return 0.9 * answered / expected
    beyond = (answered - expected) / max(1, maximum_length - expected)
    return min(0.9 + 0.09 * (1.0 - math.exp(-3.0 * beyond)), 0.99)
