"""Which unit a record belongs to on a given day, across mergers of administrative units.

A record (a person, an attainment, a reported count) stays attached to the unit it was recorded
against. On a later day, after that unit merged into another, it counts in the successor and the
successor's ancestors; on an earlier day it counts in the old unit and the old ancestors (the
abolished districts). This mirrors how DHIS2 keeps historical organisation units.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class UnitPeriod:
    """A unit reduced to what roll-ups need."""

    id: int
    parent_id: int | None
    level: str
    valid_from: date
    valid_to: date | None

    def is_valid_on(self, day: date) -> bool:
        """Whether the unit existed on day."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class MergeRow:
    """One valid row of a merge table: old unit code -> new unit code."""

    line: int
    old_code: str
    new_code: str
    old_province_code: str
    merge_type: str


MERGE_COLUMNS = ("new_code", "old_code", "old_province_code", "merge_type")
MERGE_TYPES = ("full", "partial")


def parse_merge_rows(
    rows: Iterable[Mapping[str, str | None]],
) -> tuple[list[MergeRow], list[tuple[int, str]]]:
    """Check the shape of merge rows; return valid rows and (line, message) errors."""
    valid: list[MergeRow] = []
    errors: list[tuple[int, str]] = []
    seen: dict[tuple[str, str], int] = {}
    for line, raw in enumerate(rows, start=2):
        old_code = (raw.get("old_code") or "").strip()
        new_code = (raw.get("new_code") or "").strip()
        province = (raw.get("old_province_code") or "").strip()
        merge_type = (raw.get("merge_type") or "full").strip().lower()
        if not old_code.isdigit() or not new_code.isdigit():
            errors.append((line, f"codes must be digits (old {old_code!r}, new {new_code!r})"))
            continue
        if merge_type not in MERGE_TYPES:
            errors.append((line, f"bad merge_type {merge_type!r}; use full or partial"))
            continue
        key = (old_code, new_code)
        if key in seen:
            errors.append((line, f"duplicate pair {old_code} → {new_code} (line {seen[key]})"))
            continue
        seen[key] = line
        valid.append(MergeRow(line, old_code, new_code, province, merge_type))
    return valid, errors


def day_before(day: date) -> date:
    """The last day the old units existed."""
    return day - timedelta(days=1)


def unit_on(
    unit_id: int,
    day: date,
    *,
    units: Mapping[int, UnitPeriod],
    successors: Mapping[int, tuple[int, ...]],
) -> int | None:
    """The unit a record made against unit_id counts in on day, or None if it has no place.

    Follows mergers forward while the unit has ended before day and has exactly one successor
    (a split leaves the record where it was: its new place is unknown). A record is never moved
    backwards to a predecessor; if the unit did not exist yet on day, it counts nowhere.
    """
    current = unit_id
    for _ in range(len(units) + 1):
        unit = units[current]
        if unit.is_valid_on(day):
            return current
        if day < unit.valid_from:
            return None
        following = successors.get(current, ())
        if len(following) != 1:
            return None
        current = following[0]
    return None


def ancestors_on(
    unit_id: int,
    day: date,
    *,
    units: Mapping[int, UnitPeriod],
    successors: Mapping[int, tuple[int, ...]],
) -> list[int]:
    """The units a record counts in on day: its unit then each parent up to the province."""
    chain: list[int] = []
    current = unit_on(unit_id, day, units=units, successors=successors)
    while current is not None and current not in chain:
        chain.append(current)
        current = units[current].parent_id
    return chain


def scope_across_mergers(
    unit_ids: set[int],
    *,
    successors: Mapping[int, tuple[int, ...]],
    predecessors: Mapping[int, tuple[int, ...]],
) -> set[int]:
    """Extend a set of units with the units on the other side of a merger wholly inside it.

    A new commune whose every former commune lies in the set joins it (a manager of an old
    district keeps their communes after the merger), and so does an old commune whose every
    successor lies in the set (a manager of a new commune sees its history). A new commune
    formed partly from outside stays out: nobody sees people beyond their own area.
    """
    scope = set(unit_ids)
    for unit_id in list(scope):
        for new_id in successors.get(unit_id, ()):
            formers = predecessors.get(new_id, ())
            if formers and all(former in scope for former in formers):
                scope.add(new_id)
    for unit_id in list(scope):
        for old_id in predecessors.get(unit_id, ()):
            following = successors.get(old_id, ())
            if following and all(new_id in scope for new_id in following):
                scope.add(old_id)
    return scope
