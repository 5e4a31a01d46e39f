"""Taking the self-assessment: start (or resume), serve, answer, finish, share.

An attempt runs in three phases fixed in its plan when it starts: a few "I can…" statements
(rated on their own scale, never part of the tested result), then the adaptive scored items
chosen by the engine, with pretest items slipped in at planned places and left uncounted.
The item on screen is stored on the attempt, so only an answer to that item is accepted; an
answer repeated after a lost connection or a double tap changes nothing.
"""

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.accounts.models import User
from portal.assessment import selectors
from portal.assessment.domain import levels as levels_domain
from portal.assessment.domain.engine import (
    EngineConfig,
    SessionState,
    choose_next_item,
    config_for_mode,
    snapshot,
    verdict,
)
from portal.assessment.domain.items import Kind, score_response
from portal.assessment.domain.presentation import (
    Problem,
    Question,
    answer_problem,
    question_for,
)
from portal.assessment.models import AssessmentSettings, Attempt, Item, Response
from portal.campaign import services as campaign_services
from portal.campaign.models import TargetGroup
from portal.core.exceptions import ConflictError, DomainError, NotFoundError

# Typical lengths from the simulation (docs/benchmarks.md), for the progress bar only.
EXPECTED_SCORED_ITEMS = {"standard": 40, "short": 21}
# A result still counts as confirmed when finished this long after the session closed.
CONFIRMATION_GRACE = timedelta(minutes=30)
# The answer of a person who says they do not know: scored wrong rather than guessed.
DONT_KNOW = "dont_know"
# Pretest items go somewhere among these scored positions (1-based: after the k-th answer).
PRETEST_POSITIONS = range(2, 11)


class AttemptError(DomainError):
    """An attempt cannot be started or continued as asked."""


class CooldownError(AttemptError):
    """A new attempt is asked for too soon after the last one."""

    def __init__(self, available_at: datetime) -> None:
        self.available_at = available_at
        local = timezone.localtime(available_at)
        super().__init__(
            _("You can take the test again from %(time)s.")
            % {"time": local.strftime("%H:%M %d/%m/%Y")}
        )


class IncompleteAnswerError(AttemptError):
    """The answer cannot be scored yet: something is missing from it."""

    MESSAGES = {
        Problem.CHOOSE_ONE: gettext_lazy("Please choose one answer."),
        Problem.CHOOSE_SOME: gettext_lazy("Please choose at least one answer."),
        Problem.ORDER_ALL: gettext_lazy(
            "Please give every step a different number, from 1 to the last."
        ),
        Problem.FILL_ALL: gettext_lazy("Please fill in every field of the form."),
        Problem.WRONG_SHAPE: gettext_lazy("This answer does not fit the question."),
    }

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(self.MESSAGES[problem]))


@dataclass(frozen=True, slots=True)
class Screen:
    """What the person sees now: the question on screen and how far the test has come."""

    attempt: Attempt
    question: Question | None
    item_id: int | None
    phase: str
    number: int
    progress: float


def _settings() -> AssessmentSettings:
    return AssessmentSettings.load()


def _now() -> datetime:
    return timezone.now()


def start_attempt(
    *, person: User, target_group: TargetGroup, mode: str = "standard", session_code: str = ""
) -> Attempt:
    """Start a new attempt, or return the one already under way (so a double tap is harmless)."""
    if mode not in Attempt.Mode.values:
        raise AttemptError(_("Unknown test mode."))
    policy = _settings()
    with transaction.atomic():
        current = (
            Attempt.objects.select_for_update(of=("self",))
            .filter(person=person, status=Attempt.Status.IN_PROGRESS)
            .select_related("proctored_session")
            .first()
        )
        code = selectors.normalised_code(session_code)
        if current is not None:
            stale_before = _now() - timedelta(days=policy.abandon_after_days)
            in_that_room = not code or (
                current.proctored_session is not None and current.proctored_session.code == code
            )
            if current.last_activity_at >= stale_before and in_that_room:
                return current
            # Stale, or the person now sits in a training room: the new sitting replaces it.
            current.status = Attempt.Status.ABANDONED
            current.current_item = None
            current.save(update_fields=["status", "current_item", "last_activity_at"])
        session = None
        if code:
            session = selectors.open_session_by_code(code)
            if session is None:
                raise AttemptError(
                    _("This session code is not valid, or the session is not open now.")
                )
        else:
            _check_cooldown(person, policy)
        bank = selectors.live_bank()
        if bank.engine is None:
            raise AttemptError(_("The self-assessment is not available yet: no items are ready."))
        seed = secrets.randbits(62)
        attempt = Attempt.objects.create(
            person=person,
            target_group=target_group,
            unit_id=person.unit_id,
            organisation_id=person.organisation_id,
            mode=mode,
            proctored_session=session,
            seed=seed,
            plan=plan_for(bank, target_group, seed, policy),
        )
        _serve_next(attempt, bank, [])
    return attempt


def _check_cooldown(person: User, policy: AssessmentSettings) -> None:
    last = selectors.last_finished_attempt(person)
    if last is None or last.finished_at is None or not policy.retake_cooldown_hours:
        return
    available_at = last.finished_at + timedelta(hours=policy.retake_cooldown_hours)
    if available_at > _now():
        raise CooldownError(available_at)


def plan_for(
    bank: selectors.LiveBank, group: TargetGroup, seed: int, policy: AssessmentSettings
) -> dict[str, Any]:
    """The rules the attempt runs under, fixed at its start: cuts, statements, pretest slots."""
    rng = np.random.default_rng([seed, 0])
    requirements = selectors.requirements_for(group, bank.domain_numbers)
    statements: list[int] = []
    numbers = [number for number in bank.domain_numbers if bank.self_reports.get(number)]
    for number in numbers[: policy.self_report_items]:
        choices = bank.self_reports[number]
        statements.append(int(choices[int(rng.integers(len(choices)))]))
    pretest: list[list[int]] = []
    count = min(policy.pretest_items, len(bank.pretests), len(PRETEST_POSITIONS))
    if count:
        picked = rng.choice(len(bank.pretests), size=count, replace=False)
        places = sorted(rng.choice(list(PRETEST_POSITIONS), size=count, replace=False))
        pretest = [
            [int(place), int(bank.pretests[int(i)])]
            for place, i in zip(places, picked, strict=True)
        ]
    return {
        "domains": [
            {
                "number": requirement.number,
                "level": requirement.level,
                "is_required": requirement.is_required,
                "cut": requirement.cut,
            }
            for requirement in requirements
        ],
        "self_report": statements,
        "pretest": pretest,
    }


def config_for_plan(plan: dict[str, Any], mode: str) -> EngineConfig:
    """The engine settings an attempt runs under: its mode and the cuts fixed in its plan."""
    cuts = [float(domain["cut"]) for domain in plan["domains"]]
    return config_for_mode(mode, cuts)  # type: ignore[arg-type]


def _config(attempt: Attempt) -> EngineConfig:
    return config_for_plan(attempt.plan, attempt.mode)


def _state(bank: selectors.LiveBank, responses: Sequence[Response]) -> SessionState:
    """The engine's view: scored answers to items still in the engine's bank, in order."""
    engine = bank.engine
    known = engine.index_of if engine is not None else {}
    pairs = [
        (response.item_id, response.score)
        for response in responses
        if response.phase == Response.Phase.SCORED and response.item_id in known
    ]
    return SessionState(tuple(p[0] for p in pairs), tuple(int(p[1]) for p in pairs))


def _serve_next(attempt: Attempt, bank: selectors.LiveBank, responses: Sequence[Response]) -> None:
    """Put the next item on screen, or finish when the engine says the call is made."""
    done = {response.item_id for response in responses}
    for item_id in attempt.plan.get("self_report", []):
        if item_id not in done and item_id in bank.rows:
            _serve(attempt, item_id)
            return
    state = _state(bank, responses)
    for after, item_id in attempt.plan.get("pretest", []):
        if item_id not in done and item_id in bank.rows and len(state.item_ids) >= after:
            _serve(attempt, item_id)
            return
    if bank.engine is None:
        _finish(attempt, bank, responses, early=False)
        return
    rng = np.random.default_rng([attempt.seed, attempt.answered_count + 1])
    next_id = choose_next_item(
        bank.engine, state, _config(attempt), rng, exposure_rates=selectors.exposure_rates(bank)
    )
    if next_id is None:
        _finish(attempt, bank, responses, early=False)
    else:
        _serve(attempt, next_id)


def _serve(attempt: Attempt, item_id: int) -> None:
    attempt.current_item_id = item_id
    attempt.current_served_at = _now()
    attempt.save(update_fields=["current_item", "current_served_at", "last_activity_at"])
    Item.objects.filter(pk=item_id).update(times_served=F("times_served") + 1)


def _locked_attempt(person: User, public_id: Any) -> Attempt:
    attempt = (
        Attempt.objects.select_for_update(of=("self",))
        .filter(person_id=person.pk, public_id=public_id)
        .select_related("proctored_session", "target_group")
        .first()
    )
    if attempt is None:
        raise NotFoundError(_("No such attempt."))
    return attempt


def normalised_answer(question: Question, answer: object) -> object:
    """The answer in the one shape it is stored in (choices and regions sorted)."""
    if question.kind in (Kind.MULTIPLE, Kind.TASK_HOTSPOT) and isinstance(answer, list | tuple):
        return sorted(answer, key=str)
    if question.kind is Kind.TASK_ORDER and isinstance(answer, list | tuple):
        return [str(step) for step in answer]
    if question.kind is Kind.TASK_FORM and isinstance(answer, dict):
        return {str(name): value for name, value in sorted(answer.items())}
    return answer


def record_answer(*, person: User, public_id: Any, item_id: int, answer: object) -> Attempt:
    """Score and keep the answer to the item on screen, then serve the next item or finish.

    The same answer sent again is accepted and changes nothing; a different answer to an item
    already answered, or an answer to an item that is not on screen, is refused. DONT_KNOW
    answers any scored item (and is scored 0).
    """
    with transaction.atomic():
        attempt = _locked_attempt(person, public_id)
        bank = selectors.live_bank()
        row = bank.rows.get(item_id)
        previous = Response.objects.filter(attempt=attempt, item_id=item_id).first()
        if previous is not None:
            shown = question_for(row) if row is not None else None
            again = normalised_answer(shown, answer) if shown is not None else answer
            if previous.answer == again:
                return attempt
            raise ConflictError(_("This question was already answered; answers cannot be changed."))
        if attempt.status != Attempt.Status.IN_PROGRESS:
            raise ConflictError(_("This attempt is over; its result is ready."))
        if attempt.current_item_id != item_id:
            raise ConflictError(
                _("This is not the question on your screen now. Open the test again to go on.")
            )
        responses = list(selectors.responses_of(attempt))
        if row is None:
            # The item was withdrawn while on screen: skip it rather than score it.
            _serve_next(attempt, bank, responses)
            return attempt
        question = question_for(row)
        dont_know = answer == DONT_KNOW and row.kind is not Kind.SELF_REPORT
        problem = None if dont_know else answer_problem(question, answer)
        if problem is not None:
            raise IncompleteAnswerError(problem)
        stored = answer if dont_know else normalised_answer(question, answer)
        if row.kind is Kind.SELF_REPORT:
            phase, score = Response.Phase.SELF_REPORT, int(stored) - 1  # type: ignore[call-overload]
        else:
            is_pretest = row.status.value == Item.Status.PRETEST
            phase = Response.Phase.PRETEST if is_pretest else Response.Phase.SCORED
            score = 0 if dont_know else score_response(row, stored)
        response = Response.objects.create(
            attempt=attempt,
            item_id=item_id,
            position=attempt.answered_count + 1,
            phase=phase,
            answer=stored,
            score=score,
            served_at=attempt.current_served_at or _now(),
        )
        attempt.answered_count += 1
        attempt.current_item = None
        attempt.save(update_fields=["answered_count", "current_item", "last_activity_at"])
        _serve_next(attempt, bank, [*responses, response])
    return attempt


def finish_attempt(*, person: User, public_id: Any) -> Attempt:
    """Stop now and give the result so far; a call the evidence cannot carry is 'undetermined'."""
    with transaction.atomic():
        attempt = _locked_attempt(person, public_id)
        if attempt.status == Attempt.Status.FINISHED:
            return attempt
        if attempt.status != Attempt.Status.IN_PROGRESS:
            raise ConflictError(_("This attempt was abandoned."))
        responses = list(selectors.responses_of(attempt))
        _finish(attempt, selectors.live_bank(), responses, early=True)
    return attempt


@dataclass(frozen=True, slots=True)
class Outcome:
    """An attempt's result: the verdict, its confidence and what each domain shows."""

    verdict: str
    confidence: float
    probability_basic: float
    results: dict[str, Any]


def outcome_of(
    *,
    plan: dict[str, Any],
    mode: str,
    bank: selectors.LiveBank,
    responses: Sequence[Response],
    starts: dict[int, float],
    early: bool,
) -> Outcome:
    """Verdict and per-domain levels from the answers (nothing is written)."""
    config = config_for_plan(plan, mode)
    state = _state(bank, responses)
    plan_domains = plan["domains"]
    if bank.engine is not None:
        call = verdict(bank.engine, state, config)
        view = snapshot(bank.engine, state, config)
        label, confidence, probability = call.label, call.confidence, call.probability_basic
        if early and confidence < config.boundary(len(state.item_ids)):
            label = "undetermined"
        estimates = [
            (
                float(view.posterior.mean[d]),
                float(view.posterior.sd[d]),
                float(view.posterior.probability_above[d]),
                int(view.items_per_domain[d]),
            )
            for d in range(len(plan_domains))
        ]
    else:
        label, confidence, probability = "undetermined", 0.0, 0.0
        estimates = [(0.0, 1.0, 0.5, 0) for _domain in plan_domains]
    ratings = _self_ratings(bank, responses)
    domains: list[dict[str, Any]] = []
    for domain, (theta, sd, above, count) in zip(plan_domains, estimates, strict=True):
        result = levels_domain.domain_result(
            number=int(domain["number"]),
            theta=theta,
            sd=sd,
            probability_above=above,
            n_items=count,
            required_level=int(domain["level"]),
            is_required=bool(domain["is_required"]),
            starts=starts,
        )
        domains.append(
            {
                "number": result.number,
                "theta": round(result.theta, 3),
                "sd": round(result.sd, 3),
                "probability_above": round(result.probability_above, 4),
                "items": result.n_items,
                "level": result.level,
                "level_low": result.level_low,
                "level_high": result.level_high,
                "required_level": result.required_level,
                "is_required": result.is_required,
                "standing": result.standing,
                "self_rating": ratings.get(result.number),
            }
        )
    results = {
        "domains": domains,
        "finished_early": early,
        "scored_items": len(state.item_ids),
        "rules_version": bank.version,
    }
    return Outcome(label, round(float(confidence), 4), round(float(probability), 4), results)


def levels_of(outcome: Outcome) -> dict[str, int]:
    """Level per domain number, as the attainment record keeps it."""
    return {str(domain["number"]): int(domain["level"]) for domain in outcome.results["domains"]}


def _finish(
    attempt: Attempt, bank: selectors.LiveBank, responses: Sequence[Response], *, early: bool
) -> None:
    """Compute the result, mark confirmation, and write the attainment record."""
    now = _now()
    outcome = outcome_of(
        plan=attempt.plan,
        mode=attempt.mode,
        bank=bank,
        responses=responses,
        starts=selectors.level_starts(),
        early=early,
    )
    attempt.status = Attempt.Status.FINISHED
    attempt.finished_at = now
    attempt.current_item = None
    attempt.verdict = outcome.verdict
    attempt.confidence = outcome.confidence
    attempt.probability_basic = outcome.probability_basic
    attempt.is_confirmed = _is_confirmed(attempt, now)
    attempt.results = outcome.results
    attempt.save()
    campaign_services.record_attainment(
        person_id=attempt.person_id,
        achieved_on=timezone.localdate(now),
        unit_id=attempt.unit_id,
        target_group_id=attempt.target_group_id,
        organisation_id=attempt.organisation_id,
        source="assessment",
        reference=f"attempt:{attempt.public_id}",
        verdict=outcome.verdict,
        is_confirmed=attempt.is_confirmed,
        levels=levels_of(outcome),
    )


def _self_ratings(bank: selectors.LiveBank, responses: Sequence[Response]) -> dict[int, float]:
    per_domain: dict[int, list[int]] = {}
    for response in responses:
        row = bank.rows.get(response.item_id)
        if response.phase == Response.Phase.SELF_REPORT and row is not None:
            per_domain.setdefault(row.domain, []).append(int(response.score))
    ratings = {}
    for number, categories in per_domain.items():
        rating = levels_domain.self_rating(categories)
        if rating is not None:
            ratings[number] = round(rating, 2)
    return ratings


def _is_confirmed(attempt: Attempt, finished_at: datetime) -> bool:
    """Taken in an open proctored session and finished before it closed (with a short grace)."""
    session = attempt.proctored_session
    if session is None:
        return False
    closed = session.closed_at or session.closes_at
    return finished_at <= closed + CONFIRMATION_GRACE


def screen(attempt: Attempt) -> Screen:
    """The question now on screen for an attempt, with its number and estimated progress."""
    bank = selectors.live_bank()
    statements = len(attempt.plan.get("self_report", []))
    pretests = len(attempt.plan.get("pretest", []))
    expected = statements + pretests + EXPECTED_SCORED_ITEMS.get(attempt.mode, 40)
    maximum = statements + pretests + _config(attempt).max_items_total
    progress = levels_domain.estimated_progress(attempt.answered_count, expected, maximum)
    if attempt.status != Attempt.Status.IN_PROGRESS or attempt.current_item_id is None:
        return Screen(attempt, None, None, "", attempt.answered_count, 1.0)
    row = bank.rows.get(attempt.current_item_id)
    if row is None:
        return Screen(attempt, None, attempt.current_item_id, "", attempt.answered_count, progress)
    phase = "self_report" if row.kind is Kind.SELF_REPORT else "scored"
    return Screen(
        attempt=attempt,
        question=question_for(row),
        item_id=attempt.current_item_id,
        phase=phase,
        number=attempt.answered_count + 1,
        progress=progress,
    )


def share_attempt(*, person: User, public_id: Any) -> Attempt:
    """Make a link to the attempt's summary that anyone holding it can open."""
    with transaction.atomic():
        attempt = _locked_attempt(person, public_id)
        if attempt.status != Attempt.Status.FINISHED:
            raise ConflictError(_("Only a finished attempt can be shared."))
        if not attempt.share_token:
            attempt.share_token = secrets.token_urlsafe(16)
            attempt.save(update_fields=["share_token", "last_activity_at"])
    return attempt


def stop_sharing(*, person: User, public_id: Any) -> Attempt:
    """The summary's link stops working."""
    with transaction.atomic():
        attempt = _locked_attempt(person, public_id)
        attempt.share_token = None
        attempt.save(update_fields=["share_token", "last_activity_at"])
    return attempt


def abandon_stale_attempts(*, now: datetime | None = None) -> int:
    """Mark attempts left unfinished for longer than the settings allow as abandoned."""
    policy = _settings()
    before = (now or _now()) - timedelta(days=policy.abandon_after_days)
    return Attempt.objects.filter(
        status=Attempt.Status.IN_PROGRESS, last_activity_at__lt=before
    ).update(status=Attempt.Status.ABANDONED, current_item=None)


def forget_person(person: User) -> None:
    """On erasure: shared links stop working and an unfinished attempt is abandoned; results
    stay, tied to the emptied account, so campaign figures do not change."""
    Attempt.objects.filter(person=person).update(share_token=None)
    Attempt.objects.filter(person=person, status=Attempt.Status.IN_PROGRESS).update(
        status=Attempt.Status.ABANDONED, current_item=None
    )
