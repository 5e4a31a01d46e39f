"""The item bank: importing and exporting the documented CSV format, and bank versioning."""

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.utils.crypto import get_random_string

from portal.assessment import selectors
from portal.assessment.domain import items as items_domain
from portal.assessment.models import Competence, Item
from portal.core.exceptions import RowsRejectedError


class ItemsRejectedError(RowsRejectedError):
    """An item file had bad rows; nothing was written."""


@dataclass(frozen=True, slots=True)
class ItemImportReport:
    """What an item import wrote."""

    created: int
    updated: int
    unchanged: int


def forget_bank() -> None:
    """Make every process rebuild its cached bank (after items or levels change)."""
    cache.set(selectors.BANK_VERSION_KEY, get_random_string(12), timeout=None)


def task_object(task: items_domain.Task | None) -> dict[str, Any] | None:
    """A parsed task back in the task_json shape it is stored in."""
    if task is None:
        return None
    data = dataclasses.asdict(task)
    if isinstance(task, items_domain.HotspotTask):
        data["correct"] = sorted(task.correct)
    if isinstance(task, items_domain.FormTask):
        data["fields"] = [_field_object(field) for field in task.fields]
    # Tuples become lists, as the JSON column gives them back.
    result: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False))
    return result


def _field_object(field: items_domain.FormField) -> dict[str, Any]:
    """A form field without the keys left at their defaults."""
    data: dict[str, Any] = {"id": field.id, "label_vi": field.label_vi, "rule": str(field.rule)}
    for name in ("value", "pattern", "hint_vi"):
        if getattr(field, name):
            data[name] = getattr(field, name)
    for name in ("values", "choices_vi"):
        if getattr(field, name):
            data[name] = list(getattr(field, name))
    return data


def _fields_of(row: items_domain.ItemRow, competence: Competence) -> dict[str, Any]:
    return {
        "competence": competence,
        "level": row.level,
        "kind": str(row.kind),
        "stem_vi": row.stem_vi,
        "stem_en": row.stem_en,
        "options_vi": list(row.options_vi),
        "options_en": list(row.options_en),
        "key": list(row.key),
        "task": task_object(row.task),
        "explanation_vi": row.explanation_vi,
        "response_model": str(row.model),
        "a": row.a,
        "b": row.b,
        "c": row.c,
        "thresholds": list(row.thresholds),
        "status": str(row.status),
    }


def import_items(*, text: str) -> ItemImportReport:
    """Create or update items by code from the item CSV; all rows or none (per-row errors)."""
    competences = {competence.code: competence for competence in Competence.objects.all()}
    rows, errors = items_domain.read_item_csv(text, competences.keys())
    if errors:
        raise ItemsRejectedError(errors)
    if not rows:
        raise ItemsRejectedError([items_domain.ItemError(1, "the file has no items")])
    created = updated = unchanged = 0
    with transaction.atomic():
        existing = {
            item.code: item for item in Item.objects.filter(code__in=[r.code for r in rows])
        }
        for row in rows:
            values = _fields_of(row, competences[row.competence])
            item = existing.get(row.code)
            if item is None:
                Item.objects.create(code=row.code, **values)
                created += 1
                continue
            changed = [name for name, value in values.items() if getattr(item, name) != value]
            if not changed:
                unchanged += 1
                continue
            for name in changed:
                setattr(item, name, values[name])
            item.save()
            updated += 1
        transaction.on_commit(forget_bank)
    return ItemImportReport(created=created, updated=updated, unchanged=unchanged)


def item_rows_for_export(*, statuses: list[str] | None = None) -> list[items_domain.ItemRow]:
    """Every stored item (or those with the given statuses) as domain rows, by code."""
    items = Item.objects.select_related("competence__area").order_by("code")
    if statuses:
        items = items.filter(status__in=statuses)
    return [selectors.item_row(item) for item in items]
