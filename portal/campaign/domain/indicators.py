"""The campaign's indicators on plain values: who counts, once, on which day, and what a rate
means against a target.

A person counts for an indicator once, on the first day they met its rule (a self-assessment
verdict "basic", a completed learning path of their group, or — for the confirmed indicator —
a confirmed result), in the unit and group recorded with that result. Later results change
nothing; an earlier one arriving late (an offline sync, a back-dated import) moves the day.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

BASIC = "basic"
# Public views show no rate for fewer people than this (small-number suppression).
MIN_PUBLIC_COUNT = 10


@dataclass(frozen=True, slots=True)
class Indicator:
    """One of the five figures the provinces report."""

    code: str
    group_code: str
    confirmed_only: bool = False

    def counts(self, *, group_code: str | None, verdict: str, is_confirmed: bool) -> bool:
        """Whether a result with these facts meets this indicator's rule."""
        if group_code != self.group_code or verdict != BASIC:
            return False
        return is_confirmed or not self.confirmed_only


INDICATORS: tuple[Indicator, ...] = (
    Indicator("officials", "officials"),
    Indicator("students", "students"),
    Indicator("adults", "adults"),
    Indicator("adults_confirmed", "adults", confirmed_only=True),
    Indicator("workers", "workers"),
)
BY_CODE = {indicator.code: indicator for indicator in INDICATORS}


def indicators_for(*, group_code: str | None, verdict: str, is_confirmed: bool) -> list[Indicator]:
    """The indicators a result counts for."""
    return [
        indicator
        for indicator in INDICATORS
        if indicator.counts(group_code=group_code, verdict=verdict, is_confirmed=is_confirmed)
    ]


@dataclass(frozen=True, slots=True)
class Result:
    """An attainment record reduced to what counting needs."""

    record_id: int
    person_id: int
    day: date
    unit_id: int | None
    group_code: str | None
    verdict: str
    is_confirmed: bool


@dataclass(frozen=True, slots=True)
class FirstAttainment:
    """Where and when a person first met an indicator's rule, and which record says so."""

    indicator: str
    person_id: int
    day: date
    unit_id: int | None
    record_id: int


def is_earlier(day: date, record_id: int, than: FirstAttainment) -> bool:
    """Whether a result on day (record_id breaking ties) comes before an existing first one."""
    return (day, record_id) < (than.day, than.record_id)


def first_attainments(results: Iterable[Result]) -> dict[tuple[str, int], FirstAttainment]:
    """Every person's first day for every indicator, from all their results (any order)."""
    first: dict[tuple[str, int], FirstAttainment] = {}
    for result in results:
        for indicator in indicators_for(
            group_code=result.group_code, verdict=result.verdict, is_confirmed=result.is_confirmed
        ):
            key = (indicator.code, result.person_id)
            known = first.get(key)
            if known is None or is_earlier(result.day, result.record_id, known):
                first[key] = FirstAttainment(
                    indicator.code, result.person_id, result.day, result.unit_id, result.record_id
                )
    return first


def rate(attained: int, denominator: int | None) -> float | None:
    """The share attained, or None without a denominator (never above 1: rosters lag)."""
    if not denominator or denominator <= 0:
        return None
    return min(1.0, attained / denominator)


def is_suppressed(denominator: int | None) -> bool:
    """Public views show no rate for a group of fewer than MIN_PUBLIC_COUNT people."""
    return denominator is None or denominator < MIN_PUBLIC_COUNT


def also_suppressed(sizes: Sequence[int | None]) -> set[int]:
    """Positions of sibling figures to hide as well, so that a hidden one cannot be recovered by
    subtracting the visible siblings from their parent's total: when exactly one sibling is
    hidden for its small size, the next smallest is hidden with it."""
    hidden = [i for i, size in enumerate(sizes) if is_suppressed(size)]
    shown = [i for i, size in enumerate(sizes) if not is_suppressed(size)]
    if len(hidden) != 1 or not shown:
        return set()
    return {min(shown, key=lambda i: (sizes[i] or 0, i))}
