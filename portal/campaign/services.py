"""Writes for the campaign: loading administrative units and target groups."""

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction

from portal.campaign.domain.units import (
    RowError,
    missing_columns,
    parents_first,
    validate_unit_rows,
)
from portal.campaign.models import AdministrativeUnit, TargetGroup
from portal.core.domain.text import fold
from portal.core.exceptions import DomainError


class ImportRejectedError(DomainError):
    """An import had bad rows; nothing was written."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} bad row(s); nothing was imported")


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did."""

    created: int
    updated: int
    unchanged: int


def import_units_csv(*, path: Path, valid_from: date) -> ImportReport:
    """Load a GSO unit CSV (code,name,level,parent_code,type) atomically; see import_units."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = missing_columns(reader.fieldnames or [])
        if missing:
            raise ImportRejectedError([RowError(1, f"missing column(s): {', '.join(missing)}")])
        return import_units(rows=list(reader), valid_from=valid_from)


def import_units(*, rows: Iterable[dict[str, str | None]], valid_from: date) -> ImportReport:
    """Create or update the units valid from valid_from; all rows or none (idempotent)."""
    existing = {
        unit.code: unit
        for unit in AdministrativeUnit.objects.filter(valid_from__lte=valid_from).exclude(
            valid_to__lt=valid_from
        )
    }
    valid, errors = validate_unit_rows(
        rows, known_levels={code: unit.level for code, unit in existing.items()}
    )
    if errors:
        raise ImportRejectedError(errors)
    created = updated = unchanged = 0
    with transaction.atomic():
        by_code: dict[str, AdministrativeUnit] = {
            code: unit for code, unit in existing.items() if unit.valid_from != valid_from
        }
        stored = {
            unit.code: unit for unit in AdministrativeUnit.objects.filter(valid_from=valid_from)
        }
        for row in parents_first(valid):
            parent = by_code[row.parent_code] if row.parent_code else None
            values = {
                "name": row.name,
                "unit_type": row.unit_type,
                "level": row.level,
                "parent": parent,
                "name_folded": fold(row.name),
            }
            unit = stored.get(row.code)
            if unit is None:
                unit = AdministrativeUnit.objects.create(
                    code=row.code, valid_from=valid_from, **values
                )
                created += 1
            elif any(getattr(unit, field) != value for field, value in values.items()):
                for field, value in values.items():
                    setattr(unit, field, value)
                unit.save()
                updated += 1
            else:
                unchanged += 1
            by_code[row.code] = unit
    return ImportReport(created=created, updated=updated, unchanged=unchanged)


DEFAULT_TARGET_GROUPS = (
    (
        "officials",
        "Cán bộ, công chức, viên chức, người lao động khu vực công",
        "Officials, public employees and public-sector workers",
        80,
        100,
    ),
    ("students", "Học sinh, sinh viên", "School and university students", 100, 100),
    ("adults", "Người dân trong độ tuổi trưởng thành", "Adults (citizens)", 80, 100),
    (
        "workers",
        "Người lao động trong doanh nghiệp, hợp tác xã",
        "Workers in enterprises and cooperatives",
        80,
        100,
    ),
)


def ensure_default_target_groups() -> list[TargetGroup]:
    """Create the campaign's four target groups if missing; keep any edits administrators made."""
    groups = []
    for order, (code, name_vi, name_en, target_2025, target_2026) in enumerate(
        DEFAULT_TARGET_GROUPS
    ):
        group, _created = TargetGroup.objects.get_or_create(
            code=code,
            defaults={
                "name_vi": name_vi,
                "name_en": name_en,
                "target_2025_percent": target_2025,
                "target_2026_percent": target_2026,
                "sort_order": order,
            },
        )
        groups.append(group)
    return groups
