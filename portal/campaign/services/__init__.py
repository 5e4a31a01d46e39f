"""Writes for the campaign: loading administrative units and target groups."""

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.core.cache import cache
from django.db import models, transaction

from portal.campaign.domain.succession import MERGE_COLUMNS, day_before, parse_merge_rows
from portal.campaign.domain.units import (
    RowError,
    missing_columns,
    parents_first,
    validate_unit_rows,
)
from portal.campaign.models import (
    AdministrativeUnit,
    AttainmentRecord,
    TargetGroup,
    UnitSuccession,
)
from portal.campaign.selectors import UNIT_GRAPH_CACHE_KEY
from portal.core.domain.text import fold
from portal.core.exceptions import RowsRejectedError

# The reference data copied from shared/data (units, merge table).
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class ImportRejectedError(RowsRejectedError):
    """A unit or merge file had bad rows; nothing was written."""


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
        refresh_unit_paths()
        transaction.on_commit(forget_unit_graph)
    return ImportReport(created=created, updated=updated, unchanged=unchanged)


def forget_unit_graph() -> None:
    """Drop the cached unit graph (campaign.selectors.unit_graph) after units change."""
    cache.delete(UNIT_GRAPH_CACHE_KEY)


def refresh_unit_paths() -> int:
    """Recompute every unit's materialised path ("/1/7/42/"); return how many changed."""
    units = list(AdministrativeUnit.objects.only("id", "parent_id", "path"))
    by_id = {unit.pk: unit for unit in units}
    paths: dict[int, str] = {}

    def path_of(unit: AdministrativeUnit) -> str:
        if unit.pk not in paths:
            parent = by_id.get(unit.parent_id) if unit.parent_id else None
            paths[unit.pk] = (path_of(parent) if parent else "/") + f"{unit.pk}/"
        return paths[unit.pk]

    changed = [unit for unit in units if unit.path != path_of(unit)]
    for unit in changed:
        unit.path = paths[unit.pk]
    AdministrativeUnit.objects.bulk_update(changed, ["path"], batch_size=500)
    return len(changed)


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge-table import did."""

    recorded: int
    unchanged: int
    skipped_unknown_province: int
    closed_units: int


def import_unit_merges_csv(*, path: Path, effective_on: date) -> MergeReport:
    """Load a merge table (new_code, old_code, old_province_code, merge_type) atomically."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        present = {column.strip() for column in reader.fieldnames or []}
        missing = [column for column in MERGE_COLUMNS if column not in present]
        if missing:
            raise ImportRejectedError([RowError(1, f"missing column(s): {', '.join(missing)}")])
        return import_unit_merges(rows=list(reader), effective_on=effective_on)


def import_unit_merges(*, rows: Iterable[dict[str, str | None]], effective_on: date) -> MergeReport:
    """Record which old units became which new unit on effective_on; all rows or none.

    Old units end the day before. Rows for a former province that was never loaded are
    skipped (the national table covers provinces this portal does not serve); an unknown old
    unit of a loaded province, or an unknown new unit, rejects the whole file. Parents whose
    every child has ended (abolished districts, the old province) end too. Idempotent.
    """
    last_old_day = day_before(effective_on)
    old_units = {unit.code: unit for unit in _units_valid_on(last_old_day)}
    # Codes are reused (the new Lào Cai keeps 15): the most recent unit with a code wins.
    new_units = {unit.code: unit for unit in _units_valid_on(effective_on).order_by("valid_from")}
    loaded_provinces = {code for code, unit in old_units.items() if unit.level == "province"}
    parsed, shape_errors = parse_merge_rows(rows)
    errors = [RowError(line, message) for line, message in shape_errors]
    pairs: list[tuple[AdministrativeUnit, AdministrativeUnit, str]] = []
    skipped = 0
    for row in parsed:
        old = old_units.get(row.old_code)
        new = new_units.get(row.new_code)
        if new is None or new.pk == getattr(old, "pk", None):
            errors.append(RowError(row.line, f"unknown new unit {row.new_code} on {effective_on}"))
        elif old is None and row.old_province_code not in loaded_provinces:
            skipped += 1
        elif old is None:
            errors.append(RowError(row.line, f"unknown old unit {row.old_code} on {last_old_day}"))
        else:
            pairs.append((old, new, row.merge_type))
    if errors:
        raise ImportRejectedError(sorted(errors, key=lambda error: error.line))
    recorded = unchanged = 0
    with transaction.atomic():
        for old, new, merge_type in pairs:
            _succession, created = UnitSuccession.objects.update_or_create(
                predecessor=old,
                successor=new,
                defaults={"effective_on": effective_on, "merge_type": merge_type},
            )
            recorded += created
            unchanged += not created
        closed = _close_units({old.pk for old, _new, _type in pairs}, last_day=last_old_day)
        transaction.on_commit(forget_unit_graph)
    return MergeReport(recorded, unchanged, skipped, closed)


def _units_valid_on(day: date) -> "models.QuerySet[AdministrativeUnit]":
    return AdministrativeUnit.objects.filter(valid_from__lte=day).exclude(valid_to__lt=day)


def _close_units(unit_ids: set[int], *, last_day: date) -> int:
    """End the given units on last_day, then every ancestor left with no open child."""
    closed = AdministrativeUnit.objects.filter(pk__in=unit_ids).exclude(valid_to=last_day)
    count = closed.update(valid_to=last_day)
    parent_ids = set(
        AdministrativeUnit.objects.filter(pk__in=unit_ids)
        .exclude(parent=None)
        .values_list("parent_id", flat=True)
    )
    while parent_ids:
        still_open = set(
            AdministrativeUnit.objects.filter(parent_id__in=parent_ids)
            .filter(models.Q(valid_to__isnull=True) | models.Q(valid_to__gt=last_day))
            .values_list("parent_id", flat=True)
        )
        ending = parent_ids - still_open
        count += (
            AdministrativeUnit.objects.filter(pk__in=ending)
            .exclude(valid_to=last_day)
            .update(valid_to=last_day)
        )
        parent_ids = set(
            AdministrativeUnit.objects.filter(pk__in=ending)
            .exclude(parent=None)
            .values_list("parent_id", flat=True)
        )
    return count


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
                # Adults are counted from 15, the age of the labour force in GSO statistics.
                "min_age_years": 15 if code == "adults" else None,
            },
        )
        groups.append(group)
    return groups


def record_attainment(
    *,
    person_id: int,
    achieved_on: date,
    unit_id: int | None,
    target_group_id: int | None,
    organisation_id: int | None,
    source: str,
    reference: str,
    verdict: str,
    is_confirmed: bool,
    levels: dict[str, int],
) -> AttainmentRecord:
    """Write the fact monitoring counts, once per source and reference (a retry changes nothing).

    Callers run it inside the transaction that finishes the attempt or the learning path, so
    the record exists exactly when the result does; the indicator figures are updated in the
    same transaction.
    """
    if source not in AttainmentRecord.Source.values:
        raise ValueError(f"unknown attainment source {source!r}")
    if verdict not in AttainmentRecord.Verdict.values:
        raise ValueError(f"unknown verdict {verdict!r}")
    record, created = AttainmentRecord.objects.get_or_create(
        source=source,
        reference=reference,
        defaults={
            "person_id": person_id,
            "achieved_on": achieved_on,
            "unit_id": unit_id,
            "target_group_id": target_group_id,
            "organisation_id": organisation_id,
            "verdict": verdict,
            "is_confirmed": is_confirmed,
            "levels": levels,
        },
    )
    if created:
        from portal.campaign.services import indicators

        indicators.count_record(record)
    return record
