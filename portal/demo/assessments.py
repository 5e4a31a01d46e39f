"""Self-assessment results of the synthetic residents, and supervised sessions, for the demo.

About four residents in ten took the test some days after they joined. Their answers are drawn
from the same IRT model the engine uses (abilities correlated across domains, higher on average
for pupils and officials than for adults, and varying by commune so that some communes lag),
and the same engine chose their questions and computed their results; only the writing is done
in bulk, because thousands of answers one by one would make `make run` slow. A third took it in
a supervised session in their commune and so count as confirmed. One session is kept open
for trying the confirmed mode; its code is printed with the demo logins.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from portal.accounts.models import User
from portal.assessment import selectors
from portal.assessment.domain.engine import SessionState, choose_next_item
from portal.assessment.models import (
    AssessmentSettings,
    Attempt,
    Item,
    ProctoredSession,
    Response,
)
from portal.assessment.services import attempts as attempts_service
from portal.campaign.models import AttainmentRecord
from portal.demo.residents import USERNAME_PREFIX

SEED = 2026
TAKER_SHARE = 0.4
CONFIRMED_SHARE = 0.33
CORRELATION = 0.6
# Mean ability per group on the bank's scale (the basic cut is 0 in every domain).
GROUP_MEANS = {"students": 1.1, "officials": 1.0, "workers": 0.5, "adults": 0.25}
# How far a commune's mean moves from its group's, at most.
COMMUNE_SPREAD = 0.45
LAST_DAY = datetime(2026, 12, 3, 17, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
OPEN_SESSION_TITLE = "Lớp tập huấn kỹ năng số – Nhà văn hóa xã Trạm Tấu (dữ liệu mẫu)"
PAST_SESSION_TITLE = "Buổi kiểm tra kỹ năng số có giám sát tại {place} (dữ liệu mẫu)"
ORGANISER = "commune.manager"


@dataclass(frozen=True, slots=True)
class AssessmentsReport:
    """What the demo's assessment seeding did."""

    attempts: int
    confirmed: int
    basic: int
    open_session_code: str


def _commune_offset(unit_id: int | None) -> float:
    """A fixed shift of a commune's mean ability, in [-spread, +spread]."""
    digest = hashlib.sha256(f"{SEED}:{unit_id}".encode()).digest()
    return (digest[0] / 255.0 * 2.0 - 1.0) * COMMUNE_SPREAD


def ensure_open_session() -> ProctoredSession | None:
    """One supervised session open now in the commune manager's commune, for trying it out."""
    organiser = User.objects.filter(username=ORGANISER).first()
    assignment = organiser.role_assignments.select_related("unit").first() if organiser else None
    if organiser is None or assignment is None or assignment.unit is None:
        return None
    now = timezone.now()
    current = ProctoredSession.objects.filter(
        title=OPEN_SESSION_TITLE,
        closed_at__isnull=True,
        opens_at__lte=now,
        closes_at__gt=now + timedelta(hours=2),
    ).first()
    if current is not None:
        return current
    return ProctoredSession.objects.create(
        code=_session_code(f"open:{now:%Y%m%d%H}"),
        title=OPEN_SESSION_TITLE,
        place="Nhà văn hóa xã",
        unit=assignment.unit,
        opened_by=organiser,
        opens_at=now - timedelta(minutes=30),
        closes_at=now + timedelta(hours=12),
    )


def _session_code(key: str) -> str:
    digest = hashlib.sha256(f"{SEED}:{key}".encode()).digest()
    alphabet = "ACDEFGHJKMNPQRTUVWXY34679"
    return "".join(alphabet[byte % len(alphabet)] for byte in digest[:6])


def _simulate(
    bank: selectors.LiveBank,
    plan: dict[str, object],
    theta: np.ndarray,
    rng: np.random.Generator,
) -> list[Response]:
    """The answers a person of true ability theta gives, the engine choosing the items."""
    engine = bank.engine
    assert engine is not None  # noqa: S101 - the caller checked the bank is ready
    config = attempts_service.config_for_plan(plan, "standard")  # type: ignore[arg-type]
    responses: list[Response] = []
    domain_index = {number: index for index, number in enumerate(bank.domain_numbers)}
    for item_id in plan["self_report"]:  # type: ignore[attr-defined]
        row = bank.rows[item_id]
        level = theta[domain_index[row.domain]] + rng.normal(0.3, 0.7)
        category = int(np.clip(np.round(level + 1.5), 0, 3))
        responses.append(_response(item_id, len(responses), "self_report", category + 1, category))
    state = SessionState()
    while True:
        item_id = choose_next_item(engine, state, config, rng)
        if item_id is None:
            return responses
        index = engine.index_of[item_id]
        logit = engine.a[index] * (theta[engine.domains[index]] - engine.b[index])
        score = int(rng.random() < 1.0 / (1.0 + np.exp(-logit)))
        state = state.with_answer(item_id, score)
        responses.append(_response(item_id, len(responses), "scored", "demo", score))


def _response(item_id: int, index: int, phase: str, answer: object, score: int) -> Response:
    return Response(item_id=item_id, position=index + 1, phase=phase, answer=answer, score=score)


def ensure_demo_assessments() -> AssessmentsReport:
    """Give about 40% of the demo residents one finished attempt; once only."""
    session = ensure_open_session()
    code = session.code if session is not None else ""
    if Attempt.objects.filter(person__username__startswith=USERNAME_PREFIX).exists():
        return AssessmentsReport(0, 0, 0, code)
    bank = selectors.live_bank()
    if bank.engine is None:
        return AssessmentsReport(0, 0, 0, code)
    policy = AssessmentSettings.load()
    starts = selectors.level_starts()
    organiser = (
        User.objects.filter(username=ORGANISER).first()
        or User.objects.filter(is_superuser=True).first()
    )
    residents = list(
        User.objects.filter(username__startswith=USERNAME_PREFIX, target_group__isnull=False)
        .select_related("target_group", "unit")
        .order_by("username")
    )
    rng = np.random.default_rng(SEED)
    n_domains = len(bank.domain_numbers)
    covariance = np.full((n_domains, n_domains), CORRELATION) + (1 - CORRELATION) * np.eye(
        n_domains
    )
    last = LAST_DAY
    sessions: dict[tuple[int, str], ProctoredSession] = {}
    planned: list[tuple[Attempt, list[Response], attempts_service.Outcome]] = []
    for person in residents:
        if rng.random() >= TAKER_SHARE or person.target_group is None:
            continue
        group = person.target_group
        mean = GROUP_MEANS.get(group.code, 0.3) + _commune_offset(person.unit_id)
        theta = rng.multivariate_normal(np.full(n_domains, mean), covariance)
        seed = int(rng.integers(2**62))
        plan = attempts_service.plan_for(bank, group, seed, policy)
        plan["pretest"] = []
        responses = _simulate(bank, plan, theta, rng)
        outcome = attempts_service.outcome_of(
            plan=plan, mode="standard", bank=bank, responses=responses, starts=starts, early=False
        )
        span = max((last - person.date_joined).total_seconds(), 3600.0)
        finished = person.date_joined + timedelta(seconds=float(rng.uniform(0.05, 1.0)) * span)
        started = finished - timedelta(minutes=int(rng.integers(6, 20)))
        proctored = None
        if organiser is not None and person.unit_id and rng.random() < CONFIRMED_SHARE:
            month = timezone.localtime(started).strftime("%Y-%m")
            key = (person.unit_id, month)
            if key not in sessions:
                opens = timezone.localtime(started).replace(hour=7, minute=30, second=0)
                sessions[key] = ProctoredSession(
                    code=_session_code(f"{key[0]}:{key[1]}"),
                    title=PAST_SESSION_TITLE.format(place=person.unit.name if person.unit else ""),
                    place="Nhà văn hóa",
                    unit_id=person.unit_id,
                    opened_by=organiser,
                    opens_at=opens,
                    closes_at=opens + timedelta(hours=12),
                    closed_at=opens + timedelta(hours=12),
                )
            proctored = sessions[key]
            opens = proctored.opens_at
            started = opens + timedelta(minutes=int(rng.integers(10, 600)))
            finished = started + timedelta(minutes=int(rng.integers(6, 20)))
        attempt = Attempt(
            person=person,
            target_group=group,
            unit_id=person.unit_id,
            organisation_id=person.organisation_id,
            mode="standard",
            status=Attempt.Status.FINISHED,
            seed=seed,
            plan=plan,
            answered_count=len(responses),
            finished_at=finished,
            started_at=started,
            last_activity_at=finished,
            verdict=outcome.verdict,
            confidence=outcome.confidence,
            probability_basic=outcome.probability_basic,
            results=outcome.results,
            is_confirmed=proctored is not None,
        )
        attempt.proctored_session = proctored
        planned.append((attempt, responses, outcome))
    _write(planned, list(sessions.values()))
    return AssessmentsReport(
        attempts=len(planned),
        confirmed=sum(1 for attempt, _r, _o in planned if attempt.is_confirmed),
        basic=sum(1 for _a, _r, outcome in planned if outcome.verdict == "basic"),
        open_session_code=code,
    )


@transaction.atomic
def _write(
    planned: list[tuple[Attempt, list[Response], attempts_service.Outcome]],
    sessions: list[ProctoredSession],
) -> None:
    """Bulk-write sessions, attempts, responses, attainment records and exposure counts."""
    ProctoredSession.objects.bulk_create(sessions, batch_size=500)
    for attempt, _responses, _outcome in planned:
        if attempt.proctored_session is not None:
            attempt.proctored_session_id = attempt.proctored_session.pk
    attempts = [attempt for attempt, _r, _o in planned]
    Attempt.objects.bulk_create(attempts, batch_size=500)
    # started_at and last_activity_at are automatic on insert; put the real moments back.
    Attempt.objects.bulk_update(attempts, ["started_at", "last_activity_at"], batch_size=500)
    responses: list[Response] = []
    records: list[AttainmentRecord] = []
    served: Counter[int] = Counter()
    for attempt, answers, outcome in planned:
        for response in answers:
            response.attempt = attempt
            response.served_at = attempt.started_at
            served[response.item_id] += 1
        responses.extend(answers)
        records.append(
            AttainmentRecord(
                person_id=attempt.person_id,
                achieved_on=timezone.localdate(attempt.finished_at),
                unit_id=attempt.unit_id,
                target_group_id=attempt.target_group_id,
                organisation_id=attempt.organisation_id,
                source=AttainmentRecord.Source.ASSESSMENT,
                reference=f"attempt:{attempt.public_id}",
                verdict=outcome.verdict,
                is_confirmed=attempt.is_confirmed,
                levels=attempts_service.levels_of(outcome),
            )
        )
    Response.objects.bulk_create(responses, batch_size=2000)
    AttainmentRecord.objects.bulk_create(records, batch_size=1000)
    for item_id, count in served.items():
        Item.objects.filter(pk=item_id).update(times_served=F("times_served") + count)
