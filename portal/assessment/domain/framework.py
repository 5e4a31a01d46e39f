"""Validation of the competence framework files (Circular 02/2025/TT-BGDĐT)."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

FRAMEWORK_COLUMNS = (
    "domain_no",
    "domain_vi",
    "domain_en",
    "code",
    "competence_vi",
    "competence_en",
)
LEVEL_COLUMNS = ("level_no", "tier_vi", "tier_en")


@dataclass(frozen=True, slots=True)
class CompetenceRow:
    """One valid competence row, with its domain."""

    line: int
    area_number: int
    area_vi: str
    area_en: str
    code: str
    name_vi: str
    name_en: str
    digcomp: str
    variants: str


@dataclass(frozen=True, slots=True)
class LevelRow:
    """One valid level row."""

    line: int
    number: int
    tier_vi: str
    tier_en: str
    code: str


def _text(raw: Mapping[str, str | None], column: str) -> str:
    return (raw.get(column) or "").strip()


def missing(header: Iterable[str], required: Iterable[str]) -> list[str]:
    """The required columns a header lacks."""
    present = {column.strip() for column in header}
    return [column for column in required if column not in present]


def parse_competences(
    rows: Iterable[Mapping[str, str | None]],
) -> tuple[list[CompetenceRow], list[tuple[int, str]]]:
    """Check competence rows: numeric domain, code "<domain>.<n>", names, no duplicates."""
    valid: list[CompetenceRow] = []
    errors: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    area_names: dict[int, tuple[str, str]] = {}
    for line, raw in enumerate(rows, start=2):
        number_text, code = _text(raw, "domain_no"), _text(raw, "code")
        if not number_text.isdigit():
            errors.append((line, f"domain_no {number_text!r} must be a number"))
            continue
        number = int(number_text)
        if not code.startswith(f"{number}.") or not code.split(".", 1)[1].isdigit():
            errors.append((line, f"code {code!r} must look like {number}.1 for domain {number}"))
            continue
        if code in seen:
            errors.append((line, f"duplicate code {code} (first on line {seen[code]})"))
            continue
        names = (_text(raw, "domain_vi"), _text(raw, "domain_en"))
        if number in area_names and area_names[number] != names:
            errors.append((line, f"domain {number} is named differently than on an earlier line"))
            continue
        competence = (_text(raw, "competence_vi"), _text(raw, "competence_en"))
        if not all(names) or not all(competence):
            errors.append((line, f"{code}: Vietnamese and English names are required"))
            continue
        seen[code] = line
        area_names[number] = names
        valid.append(
            CompetenceRow(
                line,
                number,
                *names,
                code,
                *competence,
                _text(raw, "digcomp22_equivalent"),
                _text(raw, "name_variants_seen"),
            )
        )
    return valid, errors


def parse_levels(
    rows: Iterable[Mapping[str, str | None]],
) -> tuple[list[LevelRow], list[tuple[int, str]]]:
    """Check level rows: numbers 1 to 8, each once, with tier names."""
    valid: list[LevelRow] = []
    errors: list[tuple[int, str]] = []
    seen: set[int] = set()
    for line, raw in enumerate(rows, start=2):
        number_text = _text(raw, "level_no")
        if not number_text.isdigit() or not 1 <= int(number_text) <= 8:
            errors.append((line, f"level_no {number_text!r} must be a number from 1 to 8"))
            continue
        number = int(number_text)
        if number in seen:
            errors.append((line, f"duplicate level {number}"))
            continue
        tier_vi, tier_en = _text(raw, "tier_vi"), _text(raw, "tier_en")
        if not tier_vi or not tier_en:
            errors.append((line, f"level {number}: Vietnamese and English tier names are required"))
            continue
        seen.add(number)
        valid.append(LevelRow(line, number, tier_vi, tier_en, _text(raw, "cv3456_code")))
    return valid, errors
