"""Self-assessment endpoints for the citizen app: start, the question on screen, answer, finish,
result. A person only ever reaches their own attempts (anyone else's id is 404); items come
without their key; an answer repeated after a lost connection is accepted and changes nothing.
"""

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from portal.accounts.models import User
from portal.api.v1.accounts import SIGNED_IN, ErrorOut, person_of
from portal.assessment import selectors
from portal.assessment.domain.presentation import Question
from portal.assessment.models import Attempt
from portal.assessment.services import attempts as attempts_service
from portal.campaign import selectors as campaign_selectors
from portal.core.exceptions import DomainError

router = Router()


class ChoiceOut(Schema):
    number: int
    text: str


class PartOut(Schema):
    id: str
    text: str


class FieldOut(Schema):
    id: str
    label: str
    hint: str
    choices: list[str]


class QuestionOut(Schema):
    item_id: int = Field(description="Send it back with the answer.")
    code: str
    kind: str = Field(
        description="single, multiple, true_false, self_report, task_hotspot, task_order or "
        "task_form"
    )
    phase: str = Field(description="self_report (not scored) or scored")
    number: int = Field(description="1 for the first question of the attempt")
    domain: int = Field(description="Domain number of the framework (1-6)")
    stem: str
    context: str
    choices: list[ChoiceOut]
    parts: list[PartOut] = Field(description="Regions of a hotspot task or steps to order")
    fields: list[FieldOut]
    answer_format: str


class AttemptOut(Schema):
    id: UUID
    status: str
    mode: str
    target_group: str
    is_proctored: bool
    answered: int
    progress: float = Field(description="Estimated share done, 0-1 (the length adapts)")
    started_at: datetime
    finished_at: datetime | None
    question: QuestionOut | None


class DomainResultOut(Schema):
    number: int
    theta: float
    sd: float
    probability_above: float = Field(description="P(ability reaches the group's required level)")
    items: int
    level: int = Field(description="0 (below level 1) to 8")
    level_low: int
    level_high: int
    required_level: int
    is_required: bool
    standing: str = Field(description="strength, reached, borderline, gap or not_required")
    self_rating: float | None = Field(description="Mean self-rating 1-4, on its own scale")


class ResultOut(Schema):
    id: UUID
    verdict: str = Field(description="basic, not_basic or undetermined")
    confidence: float
    probability_basic: float
    is_confirmed: bool
    finished_early: bool
    finished_at: datetime
    target_group: str
    domains: list[DomainResultOut]


class StartIn(Schema):
    target_group: Literal["officials", "students", "adults", "workers"] | None = Field(
        None, description="Default: the group in the person's profile."
    )
    mode: Literal["standard", "short"] = "standard"
    session_code: str = Field("", max_length=20, description="Only in a supervised session.")


class AnswerIn(Schema):
    item_id: int = Field(ge=1, le=2_147_483_647)
    answer: Any = Field(
        description="An option number (single, true_false, self_report 1-4); a list of option "
        "numbers (multiple); a list of region ids (task_hotspot); every step id in order "
        '(task_order); an object field id → text (task_form); or "dont_know" (scored items).'
    )


ANSWER_FORMATS = {
    "single": "option number",
    "true_false": "option number (1 = true, 2 = false)",
    "self_report": "option number 1-4",
    "multiple": "list of option numbers",
    "task_hotspot": "list of region ids",
    "task_order": "list of every step id, first step first",
    "task_form": "object: field id -> text",
}


def _question(attempt: Attempt) -> dict[str, Any] | None:
    screen = attempts_service.screen(attempt)
    question: Question | None = screen.question
    if question is None or screen.item_id is None:
        return None
    row = selectors.live_bank().rows[screen.item_id]
    return {
        "item_id": screen.item_id,
        "code": question.code,
        "kind": str(question.kind),
        "phase": screen.phase,
        "number": screen.number,
        "domain": row.domain,
        "stem": question.stem,
        "context": question.context,
        "choices": [{"number": c.number, "text": c.text} for c in question.choices],
        "parts": [{"id": p.id, "text": p.text} for p in question.parts],
        "fields": [
            {"id": f.id, "label": f.label, "hint": f.hint, "choices": list(f.choices)}
            for f in question.fields
        ],
        "answer_format": ANSWER_FORMATS.get(str(question.kind), ""),
    }


def _attempt(attempt: Attempt) -> dict[str, Any]:
    screen = attempts_service.screen(attempt)
    return {
        "id": attempt.public_id,
        "status": attempt.status,
        "mode": attempt.mode,
        "target_group": attempt.target_group.code,
        "is_proctored": attempt.proctored_session_id is not None,
        "answered": attempt.answered_count,
        "progress": round(screen.progress, 3),
        "started_at": attempt.started_at,
        "finished_at": attempt.finished_at,
        "question": _question(attempt),
    }


def _own(request: HttpRequest, public_id: UUID) -> Attempt:
    return selectors.attempt_of(person_of(request), public_id)


@router.post(
    "/attempts",
    auth=SIGNED_IN,
    response={200: AttemptOut, 201: AttemptOut, 400: ErrorOut, 401: ErrorOut},
    summary="Start an attempt (or get the one under way)",
)
def start_attempt(request: HttpRequest, payload: StartIn) -> Any:
    """Starts a new attempt (201), or returns the unfinished one (200): resuming is the same
    call on any device. 400 with the reason during the cooldown or for a bad session code."""
    person: User = person_of(request)
    code = payload.target_group
    group = (
        campaign_selectors.target_group_by_code(code) if code is not None else person.target_group
    )
    if group is None:
        raise DomainError("choose a target_group: the profile has none")
    before = selectors.attempt_in_progress(person)
    attempt = attempts_service.start_attempt(
        person=person, target_group=group, mode=payload.mode, session_code=payload.session_code
    )
    status = 200 if before is not None and before.pk == attempt.pk else 201
    return Status(status, _attempt(selectors.attempt_of(person, attempt.public_id)))


@router.get("/attempts", auth=SIGNED_IN, response={200: list[AttemptOut], 401: ErrorOut})
def list_attempts(request: HttpRequest) -> Any:
    """The person's own attempts, newest first (at most 50)."""
    return [_attempt(attempt) for attempt in selectors.attempts_of(person_of(request))[:50]]


@router.get(
    "/attempts/{public_id}",
    auth=SIGNED_IN,
    response={200: AttemptOut, 401: ErrorOut, 404: ErrorOut},
    summary="An attempt and the question on screen",
)
def get_attempt(request: HttpRequest, public_id: UUID) -> Any:
    """The attempt's state and, while it runs, the question to answer (never its key)."""
    return _attempt(_own(request, public_id))


@router.post(
    "/attempts/{public_id}/answers",
    auth=SIGNED_IN,
    response={200: AttemptOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    summary="Answer the question on screen",
)
def answer(request: HttpRequest, public_id: UUID, payload: AnswerIn) -> Any:
    """Scores the answer and returns the next question, or the finished attempt. The same
    answer sent again is 200 and changes nothing; 409 for an item not on screen or already
    answered differently; 422 for an answer the question cannot take."""
    person = person_of(request)
    attempt = attempts_service.record_answer(
        person=person, public_id=public_id, item_id=payload.item_id, answer=payload.answer
    )
    return _attempt(selectors.attempt_of(person, attempt.public_id))


@router.post(
    "/attempts/{public_id}/finish",
    auth=SIGNED_IN,
    response={200: AttemptOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    summary="Stop now and get the result so far",
)
def finish(request: HttpRequest, public_id: UUID) -> Any:
    """Ends the attempt; a call the answers cannot carry yet comes out 'undetermined'."""
    person = person_of(request)
    attempt = attempts_service.finish_attempt(person=person, public_id=public_id)
    return _attempt(selectors.attempt_of(person, attempt.public_id))


@router.get(
    "/attempts/{public_id}/result",
    auth=SIGNED_IN,
    response={200: ResultOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    summary="The result of a finished attempt",
)
def result(request: HttpRequest, public_id: UUID) -> Any:
    """Level per domain, the basic-skills verdict and its confidence; 409 while unfinished."""
    attempt = _own(request, public_id)
    if attempt.status != Attempt.Status.FINISHED or attempt.finished_at is None:
        return Status(409, {"detail": "the attempt is not finished"})
    return {
        "id": attempt.public_id,
        "verdict": attempt.verdict,
        "confidence": attempt.confidence or 0.0,
        "probability_basic": attempt.probability_basic or 0.0,
        "is_confirmed": attempt.is_confirmed,
        "finished_early": bool(attempt.results.get("finished_early")),
        "finished_at": attempt.finished_at,
        "target_group": attempt.target_group.code,
        "domains": attempt.results.get("domains", []),
    }
