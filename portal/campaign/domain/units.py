"""Validation of administrative-unit rows read from the GSO CSV files."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

LEVELS = ("province", "district", "commune")
REQUIRED_COLUMNS = ("code", "name", "level", "parent_code", "type")
# Which levels a unit of each level may sit under.
ALLOWED_PARENTS: dict[str, tuple[str, ...]] = {
    "province": (),
    "district": ("province",),
    "commune": ("district", "province"),
}


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One valid unit row."""

    line: int
    code: str
    name: str
    level: str
    parent_code: str
    unit_type: str


@dataclass(frozen=True, slots=True)
class RowError:
    """Why one row of an import was rejected (line 1 is the header)."""

    line: int
    message: str


def missing_columns(header: Iterable[str]) -> list[str]:
    """Return the required columns that the header lacks."""
    present = {column.strip() for column in header}
    return [column for column in REQUIRED_COLUMNS if column not in present]


def validate_unit_rows(
    rows: Iterable[Mapping[str, str | None]], *, known_levels: Mapping[str, str]
) -> tuple[list[UnitRow], list[RowError]]:
    """Check unit rows; known_levels maps codes already stored (valid on the date) to levels.

    Parents may appear anywhere in the file; a row is valid only if its parent is in the file
    or already stored, with a level allowed above its own.
    """
    parsed: list[UnitRow] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for line, raw in enumerate(rows, start=2):
        code = (raw.get("code") or "").strip()
        name = (raw.get("name") or "").strip()
        level = (raw.get("level") or "").strip().lower()
        parent_code = (raw.get("parent_code") or "").strip()
        unit_type = (raw.get("type") or "").strip()
        if not code or not code.isdigit():
            errors.append(RowError(line, f"code {code!r} must be digits (leading zeros kept)"))
            continue
        if code in seen:
            errors.append(RowError(line, f"duplicate code {code} (first on line {seen[code]})"))
            continue
        seen[code] = line
        if not name:
            errors.append(RowError(line, f"unit {code} has no name"))
            continue
        if level not in LEVELS:
            errors.append(RowError(line, f"bad level {level!r}; use one of {', '.join(LEVELS)}"))
            continue
        if level == "province" and parent_code:
            errors.append(RowError(line, f"province {code} cannot have a parent"))
            continue
        if level != "province" and not parent_code:
            errors.append(RowError(line, f"{level} {code} needs a parent_code"))
            continue
        parsed.append(UnitRow(line, code, name, level, parent_code, unit_type))

    levels_by_code = {**known_levels, **{row.code: row.level for row in parsed}}
    valid: list[UnitRow] = []
    for row in parsed:
        if not row.parent_code:
            valid.append(row)
            continue
        parent_level = levels_by_code.get(row.parent_code)
        if parent_level is None:
            errors.append(RowError(row.line, f"unknown parent {row.parent_code} for {row.code}"))
        elif parent_level not in ALLOWED_PARENTS[row.level]:
            errors.append(
                RowError(
                    row.line,
                    f"a {row.level} cannot sit under a {parent_level} ({row.parent_code})",
                )
            )
        else:
            valid.append(row)
    errors.sort(key=lambda error: error.line)
    return valid, errors


def parents_first(rows: list[UnitRow]) -> list[UnitRow]:
    """Order rows so that every unit comes after its parent (provinces, districts, communes)."""
    return sorted(rows, key=lambda row: (LEVELS.index(row.level), row.code))
