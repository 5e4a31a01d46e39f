"""The demo item bank loaded into a test database, and answers to its items."""

from typing import Any

from portal.assessment import selectors
from portal.assessment.domain.items import (
    FormTask,
    HotspotTask,
    ItemRow,
    Kind,
    OrderTask,
)
from portal.assessment.models import Attempt, Item
from portal.assessment.services import attempts, bank, framework
from portal.campaign import services as campaign_services

DEMO_ITEMS = framework.DATA / "demo_items.csv"


def load_bank() -> None:
    """Framework, target groups and the demo bank of 195 items."""
    campaign_services.ensure_default_target_groups()
    framework.import_framework()
    bank.import_items(text=DEMO_ITEMS.read_text(encoding="utf-8"))


def right_answer(row: ItemRow) -> Any:
    """An answer the scorer marks right (self-reports: the top of the scale)."""
    task = row.task
    if row.kind is Kind.SELF_REPORT:
        return 4
    if row.kind in (Kind.SINGLE, Kind.TRUE_FALSE):
        return row.key[0]
    if row.kind is Kind.MULTIPLE:
        return list(row.key)
    if isinstance(task, HotspotTask):
        return sorted(task.correct)
    if isinstance(task, OrderTask):
        return list(task.correct_order)
    if isinstance(task, FormTask):
        return {
            field.id: field.value or (field.values[0] if field.values else "")
            for field in task.fields
        }
    raise AssertionError(row.kind)


def wrong_answer(row: ItemRow) -> Any:
    """An answer of the right shape that the scorer marks wrong."""
    if row.kind is Kind.SELF_REPORT:
        return 1
    if row.kind in (Kind.SINGLE, Kind.TRUE_FALSE, Kind.MULTIPLE):
        other = next(
            number for number in range(1, len(row.options_vi) + 1) if number not in row.key
        )
        return other if row.kind is not Kind.MULTIPLE else [other]
    return attempts.DONT_KNOW


def current_row(attempt: Attempt) -> ItemRow:
    """The domain row of the item on screen."""
    attempt.refresh_from_db()
    assert attempt.current_item_id is not None
    return selectors.live_bank().rows[attempt.current_item_id]


def run_to_the_end(attempt: Attempt, *, right: bool = True, limit: int = 200) -> Attempt:
    """Answer every question served (all right or all wrong) until the result is in."""
    for _step in range(limit):
        attempt.refresh_from_db()
        if attempt.status != Attempt.Status.IN_PROGRESS:
            return attempt
        row = current_row(attempt)
        answer = right_answer(row) if right else wrong_answer(row)
        assert attempt.current_item_id is not None
        attempts.record_answer(
            person=attempt.person,
            public_id=attempt.public_id,
            item_id=attempt.current_item_id,
            answer=answer,
        )
    raise AssertionError("the test did not end")


def item_by_code(code: str) -> Item:
    """A stored item by its code."""
    return Item.objects.get(code=code)
