"""Quiz questions on plain values: reading them from the stored stream, laying out an attempt,
checking the shape of an answer, scoring and feedback.

Kinds follow the self-assessment's items (portal.assessment.domain.items): "single",
"multiple" (all and only the correct options), "true_false" and "order" (the steps in the
right order). Options are named by their index in the stored question, so a shuffled layout
never changes what an answer means.
"""

import enum
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


class Kind(enum.StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    ORDER = "order"


@dataclass(frozen=True, slots=True)
class Option:
    text: str
    is_correct: bool
    feedback: str


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    kind: Kind
    prompt: str
    options: tuple[Option, ...]
    answer: bool | None
    explanation: str


@dataclass(frozen=True, slots=True)
class Layout:
    """The order one attempt shows: question ids, and per question the option indexes."""

    questions: tuple[str, ...]
    options: Mapping[str, tuple[int, ...]]

    def as_json(self) -> dict[str, object]:
        return {
            "questions": list(self.questions),
            "options": {key: list(value) for key, value in self.options.items()},
        }


@dataclass(frozen=True, slots=True)
class Grade:
    score: int
    max_score: int
    percent: int
    has_passed: bool


class Problem(enum.StrEnum):
    """Why an answer cannot be saved."""

    UNKNOWN_QUESTION = "unknown_question"
    NO_CHOICE = "no_choice"
    ONE_CHOICE = "one_choice"
    UNKNOWN_OPTION = "unknown_option"
    INCOMPLETE_ORDER = "incomplete_order"


def questions_from_stream(raw: Iterable[Mapping[str, object]]) -> list[Question]:
    """Questions from a QuizPage's stored stream (its raw_data)."""
    questions = []
    for block in raw:
        value = block.get("value")
        if block.get("type") != "question" or not isinstance(value, Mapping):
            continue
        questions.append(question_from_value(str(block.get("id", "")), value))
    return questions


def question_from_value(question_id: str, value: Mapping[str, object]) -> Question:
    """A question from one stored block value (also used for in-lesson knowledge checks)."""
    options = []
    for raw_option in value.get("options") or []:  # type: ignore[attr-defined]
        # ListBlock values are stored as {"type": "item", "value": {...}, "id": ...}.
        option = raw_option.get("value", raw_option) if isinstance(raw_option, Mapping) else {}
        options.append(
            Option(
                text=str(option.get("text", "")),
                is_correct=bool(option.get("is_correct")),
                feedback=str(option.get("feedback") or ""),
            )
        )
    return Question(
        id=question_id,
        kind=Kind(str(value.get("kind", "single"))),
        prompt=str(value.get("prompt", "")),
        options=tuple(options),
        answer=bool(value.get("answer")) if value.get("kind") == Kind.TRUE_FALSE else None,
        explanation=str(value.get("explanation") or ""),
    )


def layout_for(
    questions: Sequence[Question],
    *,
    seed: int,
    shuffle_questions: bool,
    shuffle_options: bool,
) -> Layout:
    """The order of one attempt. Ordering questions are always shuffled (else they answer
    themselves), away from the right order when there is any other."""
    rng = random.Random(seed)  # noqa: S311 - an order of questions, not a secret
    order = [question.id for question in questions]
    if shuffle_questions:
        rng.shuffle(order)
    options: dict[str, tuple[int, ...]] = {}
    for question in questions:
        indexes = list(range(len(question.options)))
        if question.kind is Kind.ORDER:
            if len(indexes) > 1:
                while indexes == sorted(indexes):
                    rng.shuffle(indexes)
        elif shuffle_options:
            rng.shuffle(indexes)
        options[question.id] = tuple(indexes)
    return Layout(questions=tuple(order), options=options)


def layout_from_json(data: Mapping[str, object]) -> Layout:
    raw_options = data.get("options") or {}
    return Layout(
        questions=tuple(str(item) for item in data.get("questions") or []),  # type: ignore[attr-defined]
        options={
            str(key): tuple(int(index) for index in value)
            for key, value in raw_options.items()  # type: ignore[attr-defined]
        },
    )


def answer_problem(question: Question, answer: object) -> Problem | None:
    """None when the answer has a shape the question accepts; else why not."""
    count = len(question.options)
    if question.kind is Kind.TRUE_FALSE:
        return None if isinstance(answer, bool) else Problem.NO_CHOICE
    if question.kind is Kind.SINGLE:
        if isinstance(answer, bool) or not isinstance(answer, int):
            return Problem.NO_CHOICE
        return None if 0 <= answer < count else Problem.UNKNOWN_OPTION
    if not isinstance(answer, list | tuple) or not answer:
        return Problem.NO_CHOICE
    if not all(isinstance(index, int) and not isinstance(index, bool) for index in answer):
        return Problem.UNKNOWN_OPTION
    if any(not 0 <= index < count for index in answer):
        return Problem.UNKNOWN_OPTION
    if question.kind is Kind.ORDER and sorted(answer) != list(range(count)):
        return Problem.INCOMPLETE_ORDER
    if question.kind is Kind.MULTIPLE and len(set(answer)) != len(answer):
        return Problem.UNKNOWN_OPTION
    return None


def is_correct(question: Question, answer: object) -> bool:
    """Whether a (well-shaped) answer is right; a missing or malformed answer is wrong."""
    if answer is None or answer_problem(question, answer) is not None:
        return False
    if question.kind is Kind.TRUE_FALSE:
        return answer is question.answer
    if question.kind is Kind.SINGLE:
        return isinstance(answer, int) and question.options[answer].is_correct
    if not isinstance(answer, list | tuple):
        return False
    chosen = [index for index in answer if isinstance(index, int)]
    if question.kind is Kind.MULTIPLE:
        correct = {i for i, option in enumerate(question.options) if option.is_correct}
        return set(chosen) == correct
    return chosen == list(range(len(question.options)))


def right_answer(question: Question) -> object:
    """The answer that is right, in the shape answers take (for demos, tests and previews)."""
    if question.kind is Kind.TRUE_FALSE:
        return question.answer
    right = [index for index, option in enumerate(question.options) if option.is_correct]
    if question.kind is Kind.SINGLE:
        return right[0]
    if question.kind is Kind.MULTIPLE:
        return right
    return list(range(len(question.options)))


def grade(
    questions: Sequence[Question], answers: Mapping[str, object], *, pass_mark_percent: int
) -> Grade:
    """One point per right answer; passed when the percentage reaches the pass mark."""
    score = sum(1 for question in questions if is_correct(question, answers.get(question.id)))
    total = len(questions)
    percent = round(100 * score / total) if total else 0
    return Grade(
        score=score,
        max_score=total,
        percent=percent,
        has_passed=total > 0 and percent >= pass_mark_percent,
    )


def feedback_for(question: Question, answer: object) -> tuple[str, ...]:
    """The feedback of the options the learner chose (single and multiple choice)."""
    if question.kind is Kind.SINGLE and isinstance(answer, int) and not isinstance(answer, bool):
        chosen: list[int] = [answer]
    elif question.kind is Kind.MULTIPLE and isinstance(answer, list | tuple):
        chosen = [index for index in answer if isinstance(index, int)]
    else:
        return ()
    return tuple(
        question.options[index].feedback
        for index in chosen
        if 0 <= index < len(question.options) and question.options[index].feedback
    )
