"""Loading the competence framework and the basic-skills requirements."""

import csv
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from portal.assessment.domain import framework
from portal.assessment.domain import levels as levels_domain
from portal.assessment.models import (
    BasicRequirement,
    Competence,
    CompetenceArea,
    ProficiencyLevel,
)
from portal.campaign.models import TargetGroup
from portal.core.exceptions import DomainError

DATA = Path(__file__).resolve().parent.parent / "data"
FRAMEWORK_FILE = DATA / "competence_framework_tt02_2025.csv"
LEVELS_FILE = DATA / "competence_levels_tt02_2025.csv"
# "Basic digital skills" means the end of the Cơ bản tier in every domain unless changed.
DEFAULT_BASIC_LEVEL = 2


class FrameworkRejectedError(DomainError):
    """A framework file had bad rows; nothing was written."""

    def __init__(self, errors: list[tuple[str, int, str]]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} bad row(s); nothing was imported")


@dataclass(frozen=True, slots=True)
class FrameworkReport:
    """What a framework import wrote."""

    areas: int
    competences: int
    levels: int


def _read(path: Path, required: tuple[str, ...]) -> tuple[list[dict[str, str | None]], list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader), framework.missing(reader.fieldnames or [], required)


def import_framework(
    *, framework_path: Path = FRAMEWORK_FILE, levels_path: Path = LEVELS_FILE
) -> FrameworkReport:
    """Create or update domains, competences and levels from the two CSVs; all or nothing.

    Administrators' later edits to names are overwritten only by a new file, never by seeding
    the same file again with different content elsewhere: the import is idempotent.
    """
    competence_rows, missing = _read(framework_path, framework.FRAMEWORK_COLUMNS)
    level_rows, missing_levels = _read(levels_path, framework.LEVEL_COLUMNS)
    errors: list[tuple[str, int, str]] = []
    if missing:
        errors.append((framework_path.name, 1, f"missing column(s): {', '.join(missing)}"))
    if missing_levels:
        errors.append((levels_path.name, 1, f"missing column(s): {', '.join(missing_levels)}"))
    if errors:
        raise FrameworkRejectedError(errors)
    competences, competence_errors = framework.parse_competences(competence_rows)
    levels, level_errors = framework.parse_levels(level_rows)
    errors = [(framework_path.name, line, message) for line, message in competence_errors] + [
        (levels_path.name, line, message) for line, message in level_errors
    ]
    if errors:
        raise FrameworkRejectedError(errors)
    with transaction.atomic():
        areas: dict[int, CompetenceArea] = {}
        for row in competences:
            if row.area_number not in areas:
                areas[row.area_number], _created = CompetenceArea.objects.update_or_create(
                    number=row.area_number,
                    defaults={"name_vi": row.area_vi, "name_en": row.area_en},
                )
            Competence.objects.update_or_create(
                code=row.code,
                defaults={
                    "area": areas[row.area_number],
                    "name_vi": row.name_vi,
                    "name_en": row.name_en,
                    "digcomp_equivalent": row.digcomp,
                    "name_variants": row.variants,
                },
            )
        for level in levels:
            ProficiencyLevel.objects.update_or_create(
                number=level.number,
                defaults={"tier_vi": level.tier_vi, "tier_en": level.tier_en, "code": level.code},
                # Where a level begins is the administrators' to move; a new file keeps it.
                create_defaults={
                    "tier_vi": level.tier_vi,
                    "tier_en": level.tier_en,
                    "code": level.code,
                    "theta_from": levels_domain.DEFAULT_LEVEL_STARTS.get(level.number, 0.0),
                },
            )
        ensure_basic_requirements()
    return FrameworkReport(len(areas), len(competences), len(levels))


def ensure_basic_requirements() -> int:
    """Give every target group a requirement for every domain (level 2) where none exists."""
    created = 0
    for group in TargetGroup.objects.all():
        for area in CompetenceArea.objects.all():
            _requirement, is_new = BasicRequirement.objects.get_or_create(
                target_group=group, area=area, defaults={"level": DEFAULT_BASIC_LEVEL}
            )
            created += is_new
    return created
