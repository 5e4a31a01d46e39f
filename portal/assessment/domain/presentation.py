"""What a test-taker is shown of an item (never its key), and whether an answer is complete.

A complete answer is one the scorer can judge: one option for a single choice, at least one for
a multiple choice, every step placed once in an ordering task, every field filled in a form.
An incomplete answer is sent back to the person instead of being scored wrong.
"""

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from portal.assessment.domain.items import (
    SELF_REPORT_SCALE_VI,
    TRUE_FALSE_OPTIONS_VI,
    FormTask,
    HotspotTask,
    ItemRow,
    Kind,
    OrderTask,
)


@dataclass(frozen=True, slots=True)
class Choice:
    """An option as shown: its 1-based number and its text."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Part:
    """A region of a hotspot task or a step of an ordering task: an id and its text."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Field:
    """A field of a simulated form, with its hint and (for one-of fields) its choices."""

    id: str
    label: str
    hint: str
    choices: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Question:
    """An item as the browser or the app receives it: no key, no correct order, no values."""

    code: str
    kind: Kind
    stem: str
    choices: tuple[Choice, ...] = ()
    context: str = ""
    parts: tuple[Part, ...] = ()
    fields: tuple[Field, ...] = ()

    @property
    def allows_several(self) -> bool:
        """Whether more than one choice or region may be picked."""
        return self.kind in (Kind.MULTIPLE, Kind.TASK_HOTSPOT)


class Problem(enum.StrEnum):
    """Why an answer cannot be scored yet."""

    CHOOSE_ONE = "choose_one"
    CHOOSE_SOME = "choose_some"
    ORDER_ALL = "order_all"
    FILL_ALL = "fill_all"
    WRONG_SHAPE = "wrong_shape"


def question_for(row: ItemRow) -> Question:
    """The public face of an item (its options, task context, regions, steps or fields)."""
    if row.kind is Kind.SELF_REPORT:
        scale = row.options_vi or SELF_REPORT_SCALE_VI
        return Question(row.code, row.kind, row.stem_vi, _numbered(scale))
    if row.kind is Kind.TRUE_FALSE:
        return Question(
            row.code, row.kind, row.stem_vi, _numbered(row.options_vi or TRUE_FALSE_OPTIONS_VI)
        )
    if row.kind in (Kind.SINGLE, Kind.MULTIPLE):
        return Question(row.code, row.kind, row.stem_vi, _numbered(row.options_vi))
    task = row.task
    if isinstance(task, HotspotTask):
        parts = tuple(Part(region.id, region.text_vi) for region in task.regions)
        return Question(row.code, row.kind, row.stem_vi, context=task.context_vi, parts=parts)
    if isinstance(task, OrderTask):
        steps = tuple(Part(step.id, step.text_vi) for step in task.steps)
        return Question(row.code, row.kind, row.stem_vi, context=task.context_vi, parts=steps)
    if isinstance(task, FormTask):
        fields = tuple(
            Field(field.id, field.label_vi, field.hint_vi, field.choices_vi)
            for field in task.fields
        )
        return Question(row.code, row.kind, row.stem_vi, context=task.context_vi, fields=fields)
    raise ValueError(f"item {row.code} of kind {row.kind} has no task to show")


def _numbered(texts: Sequence[str]) -> tuple[Choice, ...]:
    return tuple(Choice(number, text) for number, text in enumerate(texts, start=1))


def answer_problem(question: Question, answer: object) -> Problem | None:
    """None when the answer can be scored; otherwise what is missing from it.

    Shapes (as score_response takes them): single, true_false and self_report an option number;
    multiple a list of option numbers; task_hotspot a list of region ids; task_order every step
    id once, in the chosen order; task_form a mapping of field id to text.
    """
    numbers = {choice.number for choice in question.choices}
    part_ids = [part.id for part in question.parts]
    if question.kind in (Kind.SINGLE, Kind.TRUE_FALSE, Kind.SELF_REPORT):
        if isinstance(answer, bool) or not isinstance(answer, int):
            return Problem.CHOOSE_ONE
        return None if answer in numbers else Problem.CHOOSE_ONE
    if question.kind in (Kind.MULTIPLE, Kind.TASK_HOTSPOT):
        if isinstance(answer, str | bytes | Mapping) or not isinstance(answer, Sequence):
            return Problem.WRONG_SHAPE
        allowed: set[object] = set(numbers) if question.kind is Kind.MULTIPLE else set(part_ids)
        if not answer:
            return Problem.CHOOSE_SOME
        if len(set(answer)) != len(answer) or any(
            isinstance(value, bool) or value not in allowed for value in answer
        ):
            return Problem.WRONG_SHAPE
        return None
    if question.kind is Kind.TASK_ORDER:
        if isinstance(answer, str | bytes | Mapping) or not isinstance(answer, Sequence):
            return Problem.WRONG_SHAPE
        return None if sorted(map(str, answer)) == sorted(part_ids) else Problem.ORDER_ALL
    if question.kind is Kind.TASK_FORM:
        if not isinstance(answer, Mapping):
            return Problem.WRONG_SHAPE
        if set(answer) - {field.id for field in question.fields}:
            return Problem.WRONG_SHAPE
        for field in question.fields:
            value = answer.get(field.id)
            if not isinstance(value, str) or not value.strip():
                return Problem.FILL_ALL
        return None
    return Problem.WRONG_SHAPE


def order_from_positions(question: Question, positions: Mapping[str, str]) -> list[str] | Problem:
    """Step ids sorted by the numbers a person typed or chose for them (1 = first)."""
    numbered: list[tuple[int, str]] = []
    for part in question.parts:
        raw = positions.get(part.id, "").strip()
        if not raw.isdigit():
            return Problem.ORDER_ALL
        numbered.append((int(raw), part.id))
    if sorted(number for number, _ in numbered) != list(range(1, len(question.parts) + 1)):
        return Problem.ORDER_ALL
    return [part_id for _, part_id in sorted(numbered)]
