"""Reads of the self-assessment: the live item bank, cuts per group, attempts and sessions."""

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

import numpy as np
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.crypto import get_random_string

from portal.accounts import permissions
from portal.accounts.models import User
from portal.assessment.domain import items as items_domain
from portal.assessment.domain import levels as levels_domain
from portal.assessment.domain.engine import Bank, ItemParams
from portal.assessment.domain.irt import FloatArray
from portal.assessment.models import (
    Attempt,
    BasicRequirement,
    CompetenceArea,
    Item,
    ProctoredSession,
    ProficiencyLevel,
    Response,
)
from portal.campaign.models import AdministrativeUnit, TargetGroup, UnitLevel
from portal.core.exceptions import NotFoundError

BANK_VERSION_KEY = "assessment:bank-version"
EXPOSURE_KEY = "assessment:exposure"
EXPOSURE_SECONDS = 60
# Exposure rates mean little before this many attempts have started.
EXPOSURE_WARMUP_ATTEMPTS = 20


@dataclass(frozen=True, slots=True)
class LiveBank:
    """Every usable item as domain rows, and the engine's bank of operational scored items."""

    version: str
    rows: Mapping[int, items_domain.ItemRow]
    engine: Bank | None
    # Area numbers in the engine's domain order (index 0 is domain 1).
    domain_numbers: tuple[int, ...]
    self_reports: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    pretests: tuple[int, ...] = ()


def item_row(item: Item) -> items_domain.ItemRow:
    """The domain's view of a stored item (competence and area loaded)."""
    kind = items_domain.Kind(item.kind)
    task = None
    if item.task is not None and kind in items_domain.TASK_KINDS:
        task = items_domain.parse_task_json(kind, json.dumps(item.task, ensure_ascii=False))
    return items_domain.ItemRow(
        line=0,
        code=item.code,
        domain=item.competence.area.number,
        competence=item.competence.code,
        level=item.level,
        kind=kind,
        stem_vi=item.stem_vi,
        options_vi=tuple(item.options_vi),
        key=tuple(int(number) for number in item.key),
        model=items_domain.Model(item.response_model),
        a=item.a,
        b=item.b,
        c=item.c,
        thresholds=tuple(float(value) for value in item.thresholds),
        stem_en=item.stem_en,
        options_en=tuple(item.options_en),
        explanation_vi=item.explanation_vi,
        status=items_domain.Status(item.status),
        task=task,
    )


_bank_lock = threading.Lock()
_bank: LiveBank | None = None


def bank_version() -> str:
    """The item bank's current version token, shared by every process through the cache."""
    version = cache.get(BANK_VERSION_KEY)
    if version is None:
        version = get_random_string(12)
        cache.add(BANK_VERSION_KEY, version, timeout=None)
        version = cache.get(BANK_VERSION_KEY, version)
    return str(version)


def live_bank() -> LiveBank:
    """The bank as the engine needs it, rebuilt in this process only when items changed."""
    global _bank
    version = bank_version()
    current = _bank
    if current is not None and current.version == version:
        return current
    with _bank_lock:
        if _bank is None or _bank.version != version:
            _bank = _build_bank(version)
        return _bank


def _build_bank(version: str) -> LiveBank:
    usable = [Item.Status.OPERATIONAL, Item.Status.PRETEST]
    stored = Item.objects.filter(status__in=usable).select_related("competence__area")
    rows = {item.pk: item_row(item) for item in stored.order_by("code")}
    domain_numbers = tuple(
        CompetenceArea.objects.order_by("number").values_list("number", flat=True)
    )
    index_of = {number: index for index, number in enumerate(domain_numbers)}
    scored = [
        ItemParams(
            id=pk,
            domain=index_of[row.domain],
            competence=row.competence,
            a=row.a,
            b=float(row.b if row.b is not None else 0.0),
        )
        for pk, row in rows.items()
        if row.status is items_domain.Status.OPERATIONAL
        and row.is_scored
        and row.domain in index_of
    ]
    self_reports: dict[int, list[int]] = {}
    for pk, row in rows.items():
        if row.kind is items_domain.Kind.SELF_REPORT and (
            row.status is items_domain.Status.OPERATIONAL
        ):
            self_reports.setdefault(row.domain, []).append(pk)
    pretests = tuple(
        pk
        for pk, row in rows.items()
        if row.status is items_domain.Status.PRETEST and row.is_scored
    )
    engine = Bank.from_items(scored, n_domains=len(domain_numbers)) if scored else None
    return LiveBank(
        version=version,
        rows=rows,
        engine=engine,
        domain_numbers=domain_numbers,
        self_reports={number: tuple(ids) for number, ids in self_reports.items()},
        pretests=pretests,
    )


def exposure_rates(bank: LiveBank) -> FloatArray | None:
    """Share of started attempts that were served each engine item, or None while warming up.

    Read at most once a minute per process: exposure moves slowly, and the engine only needs
    to know which items are over the target.
    """
    if bank.engine is None:
        return None
    cached = cache.get(EXPOSURE_KEY)
    if cached is None:
        attempts = Attempt.objects.count()
        served = dict(Item.objects.filter(times_served__gt=0).values_list("pk", "times_served"))
        cached = {"attempts": attempts, "served": served}
        cache.set(EXPOSURE_KEY, cached, EXPOSURE_SECONDS)
    if cached["attempts"] < EXPOSURE_WARMUP_ATTEMPTS:
        return None
    served = cached["served"]
    counts = np.array([served.get(int(pk), 0) for pk in bank.engine.ids], dtype=np.float64)
    return counts / cached["attempts"]


@dataclass(frozen=True, slots=True)
class Requirement:
    """What "basic" means for a group in one domain: the level and whether it counts."""

    number: int
    level: int
    is_required: bool
    cut: float


def level_starts() -> dict[int, float]:
    """Where each framework level begins on the θ scale."""
    starts = dict(ProficiencyLevel.objects.values_list("number", "theta_from"))
    return starts or dict(levels_domain.DEFAULT_LEVEL_STARTS)


def requirements_for(group: TargetGroup, domain_numbers: tuple[int, ...]) -> list[Requirement]:
    """Per domain (in the engine's order), the group's required level and its θ cut."""
    starts = level_starts()
    stored = {
        requirement.area.number: requirement
        for requirement in BasicRequirement.objects.filter(target_group=group).select_related(
            "area"
        )
    }
    result = []
    for number in domain_numbers:
        requirement = stored.get(number)
        level = requirement.level if requirement else 2
        is_required = requirement.is_required if requirement else True
        cut = levels_domain.cut_for_level(level, starts) if is_required else None
        result.append(
            Requirement(
                number, level, is_required, levels_domain.NOT_REQUIRED_CUT if cut is None else cut
            )
        )
    return result


def target_groups() -> QuerySet[TargetGroup]:
    """The groups a person may take the test as."""
    return TargetGroup.objects.order_by("sort_order", "code")


def domains() -> QuerySet[CompetenceArea]:
    """The framework's domains with their competences."""
    return CompetenceArea.objects.prefetch_related("competences").order_by("number")


def tier_names() -> dict[int, tuple[str, str]]:
    """Vietnamese and English tier name of each level."""
    return {
        number: (tier_vi, tier_en)
        for number, tier_vi, tier_en in ProficiencyLevel.objects.values_list(
            "number", "tier_vi", "tier_en"
        )
    }


def attempt_in_progress(person: User) -> Attempt | None:
    """The person's unfinished attempt, if any."""
    return (
        Attempt.objects.filter(person=person, status=Attempt.Status.IN_PROGRESS)
        .select_related("target_group", "proctored_session")
        .first()
    )


def last_finished_attempt(person: User) -> Attempt | None:
    """The person's most recent finished attempt."""
    return (
        Attempt.objects.filter(person=person, status=Attempt.Status.FINISHED)
        .order_by("-finished_at")
        .first()
    )


def attempt_of(person: User | AnonymousUser, public_id: UUID | str) -> Attempt:
    """One of the person's own attempts, or NotFoundError (also for anyone else's)."""
    if not person.is_authenticated:
        raise NotFoundError("no such attempt")
    attempt = (
        Attempt.objects.filter(person_id=person.pk, public_id=public_id)
        .select_related("target_group", "proctored_session", "current_item", "unit")
        .first()
    )
    if attempt is None:
        raise NotFoundError("no such attempt")
    return attempt


def attempts_of(person: User) -> QuerySet[Attempt]:
    """The person's attempts, newest first."""
    return (
        Attempt.objects.filter(person=person)
        .exclude(status=Attempt.Status.ABANDONED)
        .select_related("target_group", "proctored_session")
        .order_by("-started_at")
    )


def shared_attempt(token: str) -> Attempt:
    """A finished attempt its owner chose to share, by its link's token."""
    attempt = (
        Attempt.objects.filter(share_token=token, status=Attempt.Status.FINISHED)
        .select_related("person", "target_group", "proctored_session")
        .first()
    )
    if not token or attempt is None or attempt.person.erased_at is not None:
        raise NotFoundError("no such summary")
    return attempt


def responses_of(attempt: Attempt) -> QuerySet[Response]:
    """An attempt's responses in the order they were given."""
    return Response.objects.filter(attempt=attempt).order_by("position")


def normalised_code(code: str) -> str:
    """A session code as stored: capitals, without the spaces or hyphens people type."""
    return code.strip().upper().replace(" ", "").replace("-", "")


def open_session_by_code(code: str, *, at: datetime | None = None) -> ProctoredSession | None:
    """The proctored session a code names, if it is open now."""
    moment = at or timezone.now()
    normalised = normalised_code(code)
    if not normalised:
        return None
    return (
        ProctoredSession.objects.filter(
            code=normalised, opens_at__lte=moment, closes_at__gt=moment, closed_at__isnull=True
        )
        .select_related("unit", "organisation")
        .first()
    )


def sessions_visible_to(user: User | AnonymousUser) -> QuerySet[ProctoredSession]:
    """Proctored sessions in the viewer's scope: in their units or their organisations."""
    scope = permissions.scope_of(user)
    sessions = ProctoredSession.objects.select_related("unit", "organisation", "opened_by")
    if scope.is_everything:
        return sessions.annotate(attempt_count=Count("attempts"))
    if scope.is_empty:
        return sessions.none()
    visible = Q(unit_id__in=sorted(scope.unit_ids)) | Q(
        organisation_id__in=sorted(scope.organisation_ids)
    )
    return sessions.filter(visible).annotate(attempt_count=Count("attempts"))


def session_for(user: User | AnonymousUser, session_id: int) -> ProctoredSession:
    """One proctored session the user may see, or NotFoundError."""
    session = sessions_visible_to(user).filter(pk=session_id).first()
    if session is None:
        raise NotFoundError("no such session")
    return session


def session_attempts(session: ProctoredSession) -> QuerySet[Attempt]:
    """The attempts started in a proctored session, with their people."""
    return (
        Attempt.objects.filter(proctored_session=session)
        .exclude(status=Attempt.Status.ABANDONED)
        .select_related("person", "target_group")
        .order_by("started_at")
    )


def personal_data_of(person: User) -> list[dict[str, object]]:
    """The person's attempts with their answers, for their own-data download."""
    attempts = (
        Attempt.objects.filter(person=person)
        .select_related("target_group", "proctored_session")
        .prefetch_related("responses__item")
        .order_by("started_at")
    )
    return [
        {
            "started_at": attempt.started_at.isoformat(),
            "finished_at": attempt.finished_at.isoformat() if attempt.finished_at else None,
            "status": attempt.status,
            "mode": attempt.mode,
            "target_group": attempt.target_group.code,
            "proctored_session": (
                attempt.proctored_session.title if attempt.proctored_session else None
            ),
            "is_confirmed": attempt.is_confirmed,
            "verdict": attempt.verdict or None,
            "confidence": attempt.confidence,
            "domains": attempt.results.get("domains", []),
            "shared_link_active": bool(attempt.share_token),
            "answers": [
                {
                    "item": response.item.code,
                    "answer": response.answer,
                    "score": response.score,
                    "answered_at": response.answered_at.isoformat(),
                }
                for response in sorted(attempt.responses.all(), key=lambda r: r.position)
            ],
        }
        for attempt in attempts
    ]


def session_communes_for(user: User | AnonymousUser) -> QuerySet[AdministrativeUnit]:
    """Communes a manager may hold a session in: today's communes of their area, or, for a
    manager of a commune the 2025 reform merged away, the communes their grant names."""
    today = timezone.localdate()
    communes = AdministrativeUnit.objects.filter(level=UnitLevel.COMMUNE)
    visible = permissions.unit_ids_visible_to(user)
    current = Q(valid_from__lte=today) & (Q(valid_to__isnull=True) | Q(valid_to__gte=today))
    if visible is None:
        return communes.filter(current).order_by("name_folded", "code")
    mine = communes.filter(pk__in=sorted(visible))
    if mine.filter(current).exists():
        mine = mine.filter(current)
    return mine.order_by("name_folded", "code")
