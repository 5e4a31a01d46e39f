"""Rules for a file of denominators: how many people of a target group a unit has in a year.

Columns: unit_code, group, year, count, and optionally source_note and unit_valid_from. GSO
codes are reused across the 2025 reform (code 15 is old Yên Bái until 30 June 2025 and the new
Lào Cai from 1 July), so a row's code is resolved within its year (see resolve_unit);
unit_valid_from pins the unit when the code alone is ambiguous. Problems come back as codes
with their data; the service words them.
"""

import enum
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

REQUIRED_COLUMNS = ("unit_code", "group", "year", "count")
OPTIONAL_COLUMNS = ("source_note", "unit_valid_from")
FIRST_YEAR = 2020
LAST_YEAR = 2035
# Denominator.count is a PositiveIntegerField (the largest value every database accepts).
MAX_COUNT = 2_147_483_647
MAX_NOTE_LENGTH = 300
# GSO codes have 2 (province), 3 (district) or 5 (commune) digits; spreadsheets drop the zeros.
CODE_WIDTHS = (2, 3, 5)

_WHOLE = re.compile(r"[+-]?\d+")
# "12.345" and "12,345" are thousands in Vietnamese and decimals in English: refuse both.
_WITH_SEPARATORS = re.compile(r"[+-]?\d+(?:[.,]\d+)+")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_HEADER_SPACING = re.compile(r"[\s\-]+")


class Problem(enum.StrEnum):
    """What can be wrong with a file or one of its rows."""

    MISSING_COLUMNS = "missing_columns"
    NO_ROWS = "no_rows"
    UNIT_MISSING = "unit_missing"
    UNIT_UNKNOWN = "unit_unknown"
    UNIT_NOT_IN_YEAR = "unit_not_in_year"
    UNIT_AMBIGUOUS = "unit_ambiguous"
    UNIT_VALID_FROM_INVALID = "unit_valid_from_invalid"
    UNIT_VALID_FROM_UNKNOWN = "unit_valid_from_unknown"
    GROUP_MISSING = "group_missing"
    GROUP_UNKNOWN = "group_unknown"
    YEAR_MISSING = "year_missing"
    YEAR_INVALID = "year_invalid"
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    COUNT_MISSING = "count_missing"
    COUNT_NOT_A_NUMBER = "count_not_a_number"
    COUNT_NEGATIVE = "count_negative"
    COUNT_NOT_WHOLE = "count_not_whole"
    COUNT_TOO_LARGE = "count_too_large"
    NOTE_TOO_LONG = "note_too_long"
    DUPLICATE = "duplicate"


class Notice(enum.StrEnum):
    """Something worth telling about a good row."""

    REUSED_CODE_RESOLVED = "reused_code_resolved"


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem of one row (line 1 is usually the header), with what the message needs."""

    line: int
    problem: Problem | Notice
    data: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UnitSpan:
    """A unit reduced to what resolving a code needs."""

    id: int
    code: str
    name: str
    valid_from: date
    valid_to: date | None

    def is_valid_on(self, day: date) -> bool:
        """Whether the unit existed on day."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def is_valid_in(self, year: int) -> bool:
        """Whether the unit existed on at least one day of year."""
        return self.valid_from <= date(year, 12, 31) and (
            self.valid_to is None or self.valid_to >= date(year, 1, 1)
        )

    def label(self) -> str:
        """The unit's name and first day, to tell units with one code apart."""
        return f"{self.name} ({self.code}, {self.valid_from.isoformat()})"


@dataclass(frozen=True, slots=True)
class DenominatorRow:
    """One valid row: the resolved unit, the group code, the year and the count."""

    line: int
    unit: UnitSpan
    group_code: str
    year: int
    count: int
    source_note: str


def normalise_header(cell: str) -> str:
    """A header cell as a column name ("Unit code " -> "unit_code")."""
    return _HEADER_SPACING.sub("_", cell.strip().lower())


def missing_columns(header: Iterable[str]) -> list[str]:
    """The required columns a header lacks."""
    present = {normalise_header(cell) for cell in header}
    return [column for column in REQUIRED_COLUMNS if column not in present]


def resolve_unit(
    candidates: Sequence[UnitSpan], *, year: int, valid_from: date | None = None
) -> UnitSpan | Problem:
    """The unit a code names in a year, or why there is none.

    With valid_from, the unit with that first day (which must exist in the year). Otherwise
    the unit valid on 1 July, the mid-year reference day of population statistics; if none was,
    the only unit valid at some point in the year. Two units both valid on 1 July, or, with
    none on 1 July, two valid in the year, are ambiguous: the row must give unit_valid_from.
    """
    if valid_from is not None:
        pinned = [unit for unit in candidates if unit.valid_from == valid_from]
        if not pinned:
            return Problem.UNIT_VALID_FROM_UNKNOWN
        return pinned[0] if pinned[0].is_valid_in(year) else Problem.UNIT_NOT_IN_YEAR
    mid_year = date(year, 7, 1)
    on_mid_year = [unit for unit in candidates if unit.is_valid_on(mid_year)]
    if len(on_mid_year) == 1:
        return on_mid_year[0]
    if on_mid_year:
        return Problem.UNIT_AMBIGUOUS
    in_year = [unit for unit in candidates if unit.is_valid_in(year)]
    if len(in_year) == 1:
        return in_year[0]
    return Problem.UNIT_AMBIGUOUS if in_year else Problem.UNIT_NOT_IN_YEAR


def code_candidates(raw: str, *, known: Mapping[str, Sequence[UnitSpan]]) -> str | None:
    """The stored code a cell names: as written, or with the leading zeros a spreadsheet
    dropped when exactly one width matches ("4606" -> "04606"); None when none does."""
    if raw in known:
        return raw
    if not raw.isdigit():
        return None
    padded = {raw.zfill(width) for width in CODE_WIDTHS if width > len(raw)}
    matches = sorted(code for code in padded if code in known)
    return matches[0] if len(matches) == 1 else None


def parse_count(raw: str) -> int | Problem:
    """A count cell as a whole number of people: digits only, spaces between groups allowed."""
    text = _SPACES.sub("", raw)
    if not text:
        return Problem.COUNT_MISSING
    if _WHOLE.fullmatch(text):
        value = int(text)
        if value < 0:
            return Problem.COUNT_NEGATIVE
        return value if value <= MAX_COUNT else Problem.COUNT_TOO_LARGE
    if _WITH_SEPARATORS.fullmatch(text):
        return Problem.COUNT_NEGATIVE if text.startswith("-") else Problem.COUNT_NOT_WHOLE
    return Problem.COUNT_NOT_A_NUMBER


def parse_year(raw: str) -> int | Problem:
    """A year cell between FIRST_YEAR and LAST_YEAR."""
    text = raw.strip()
    if not text:
        return Problem.YEAR_MISSING
    if not text.isdigit():
        return Problem.YEAR_INVALID
    year = int(text)
    return year if FIRST_YEAR <= year <= LAST_YEAR else Problem.YEAR_OUT_OF_RANGE


def parse_valid_from(raw: str) -> date | Problem | None:
    """An optional unit_valid_from cell (YYYY-MM-DD; a spreadsheet date may add a time)."""
    text = raw.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return Problem.UNIT_VALID_FROM_INVALID


def validate_rows(
    rows: Iterable[tuple[int, Mapping[str, str]]],
    *,
    units_by_code: Mapping[str, Sequence[UnitSpan]],
    group_codes: Iterable[str],
) -> tuple[list[DenominatorRow], list[RowProblem], list[RowProblem]]:
    """Check (line, cells by column) rows; return valid rows, problems and notices.

    Every problem of a row is reported, not only the first; a (unit, group, year) given twice
    is a problem on the later line.
    """
    groups = sorted(set(group_codes))
    valid: list[DenominatorRow] = []
    problems: list[RowProblem] = []
    notices: list[RowProblem] = []
    seen: dict[tuple[int, str, int], int] = {}
    for line, cells in rows:
        issues = _RowProblems(line)
        report = issues.add
        raw_code = _SPACES.sub("", cells.get("unit_code", ""))
        raw_group = cells.get("group", "").strip()
        raw_year = cells.get("year", "").strip()
        raw_note = cells.get("source_note", "").strip()
        year = parse_year(raw_year)
        if isinstance(year, Problem):
            report(year, value=raw_year, first=str(FIRST_YEAR), last=str(LAST_YEAR))
        group = raw_group.lower()
        if not group:
            report(Problem.GROUP_MISSING)
        elif group not in groups:
            report(Problem.GROUP_UNKNOWN, value=raw_group, known=", ".join(groups))
        count = parse_count(cells.get("count", ""))
        if isinstance(count, Problem):
            report(count, value=cells.get("count", "").strip(), limit=str(MAX_COUNT))
        if len(raw_note) > MAX_NOTE_LENGTH:
            report(Problem.NOTE_TOO_LONG, limit=str(MAX_NOTE_LENGTH))
        unit = _row_unit(
            raw_code,
            cells.get("unit_valid_from", ""),
            year=year,
            units_by_code=units_by_code,
            report=report,
        )
        if issues.found or unit is None or isinstance(year, Problem) or isinstance(count, Problem):
            problems.extend(issues.found)
            continue
        key = (unit.id, group, year)
        if key in seen:
            problems.append(
                RowProblem(
                    line,
                    Problem.DUPLICATE,
                    {"first_line": str(seen[key]), "unit": unit.label(), "year": str(year)},
                )
            )
            continue
        seen[key] = line
        others = [
            other
            for other in units_by_code[unit.code]
            if other.id != unit.id and other.is_valid_in(year)
        ]
        if others and not cells.get("unit_valid_from", "").strip():
            notices.append(
                RowProblem(
                    line,
                    Notice.REUSED_CODE_RESOLVED,
                    {
                        "code": unit.code,
                        "year": str(year),
                        "unit": unit.label(),
                        "others": "; ".join(other.label() for other in others),
                    },
                )
            )
        valid.append(DenominatorRow(line, unit, group, year, count, raw_note))
    problems.sort(key=lambda problem: problem.line)
    return valid, problems, notices


@dataclass(slots=True)
class _RowProblems:
    """The problems found so far on one line."""

    line: int
    found: list[RowProblem] = field(default_factory=list)

    def add(self, problem: Problem, **data: str) -> None:
        """Note a problem of this line with the data its message needs."""
        self.found.append(RowProblem(self.line, problem, data))


def _row_unit(
    raw_code: str,
    raw_valid_from: str,
    *,
    year: int | Problem,
    units_by_code: Mapping[str, Sequence[UnitSpan]],
    report: Callable[..., None],
) -> UnitSpan | None:
    """The unit a row names, reporting why there is none."""
    if not raw_code:
        report(Problem.UNIT_MISSING)
        return None
    code = code_candidates(raw_code, known=units_by_code)
    if code is None:
        report(Problem.UNIT_UNKNOWN, value=raw_code)
        return None
    valid_from = parse_valid_from(raw_valid_from)
    if isinstance(valid_from, Problem):
        report(valid_from, value=raw_valid_from.strip())
        return None
    if isinstance(year, Problem):
        return None
    found = resolve_unit(units_by_code[code], year=year, valid_from=valid_from)
    if isinstance(found, UnitSpan):
        return found
    report(
        found,
        code=code,
        year=str(year),
        valid_from=valid_from.isoformat() if valid_from else "",
        units="; ".join(unit.label() for unit in units_by_code[code]),
    )
    return None
