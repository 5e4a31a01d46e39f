"""What each self-assessment page shows, built from attempts for the templates (reads only)."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from portal.accounts.models import User
from portal.assessment import selectors
from portal.assessment.domain.items import Kind
from portal.assessment.forms import StartForm
from portal.assessment.models import AssessmentSettings, Attempt, Competence, Response
from portal.assessment.services import attempts as attempts_service

# What a level means in plain words (after DigComp 2.2's proficiency descriptions).
LEVEL_MEANINGS = {
    0: gettext_lazy("You are just starting here: begin with the simplest tasks."),
    1: gettext_lazy("With someone to guide you, you can do simple tasks."),
    2: gettext_lazy("On your own, with help when needed, you can do simple tasks."),
    3: gettext_lazy("On your own, you can do routine tasks and solve simple problems."),
    4: gettext_lazy("You can handle everyday tasks and unfamiliar problems independently."),
    5: gettext_lazy("You can guide others and choose the right way for different tasks."),
    6: gettext_lazy("You can adapt to other people's needs and handle complex situations."),
    7: gettext_lazy("You can bring these skills into your work and solve complex problems."),
    8: gettext_lazy("You can propose new solutions to complex problems with many factors."),
}
DOMAIN_SUMMARIES = {
    1: gettext_lazy(
        "Finding information online, telling reliable sources from false ones, keeping files "
        "in order."
    ),
    2: gettext_lazy(
        "Messages and calls, sharing content, public services online, good manners online and "
        "your digital identity."
    ),
    3: gettext_lazy(
        "Making and editing text, photos and video, respecting copyright, simple instructions "
        "for computers."
    ),
    4: gettext_lazy(
        "Protecting your phone and accounts, your personal data and privacy, your health and "
        "the environment."
    ),
    5: gettext_lazy(
        "Solving everyday technical problems, choosing the right digital tool, knowing what to "
        "learn next."
    ),
    6: gettext_lazy(
        "What artificial intelligence is, using AI tools safely and checking their answers."
    ),
}
STANDINGS = {
    "strength": gettext_lazy("A strength: clearly above what your group needs."),
    "reached": gettext_lazy("Reached: you have the level your group needs."),
    "borderline": gettext_lazy("Close to the line: not yet clear either way."),
    "gap": gettext_lazy("To learn: below the level your group needs."),
    "not_required": gettext_lazy("Not counted for your group."),
}
SELF_RATINGS = {
    1: gettext_lazy("I cannot do it yet"),
    2: gettext_lazy("I can do it with someone guiding me"),
    3: gettext_lazy("I can do it on my own"),
    4: gettext_lazy("I do it well and can show others"),
}
# About 20 s per question: 6 statements, then about 40 (standard) or 21 (short) questions on
# average (simulate_assessment, docs/benchmarks.md).
MINUTES = {"standard": (12, 18), "short": (7, 10)}


def _localised(vietnamese: str, english: str) -> str:
    return english if (get_language() or "vi").startswith("en") and english else vietnamese


def _domain_names() -> dict[int, str]:
    return {area.number: _localised(area.name_vi, area.name_en) for area in selectors.domains()}


def start_context(person: User | None, form: StartForm | None) -> dict[str, Any]:
    """The landing page: what the test is, and for a signed-in person how to start or resume."""
    names = _domain_names()
    context: dict[str, Any] = {
        "form": form,
        "domains": [
            {"number": number, "name": name, "summary": DOMAIN_SUMMARIES.get(number, "")}
            for number, name in names.items()
        ],
        "minutes": MINUTES,
        "is_ready": selectors.live_bank().engine is not None,
    }
    if person is None:
        return context
    current = selectors.attempt_in_progress(person)
    last = selectors.last_finished_attempt(person)
    policy = AssessmentSettings.load()
    available_at: datetime | None = None
    if last is not None and last.finished_at is not None and policy.retake_cooldown_hours:
        moment = last.finished_at + timedelta(hours=policy.retake_cooldown_hours)
        available_at = moment if moment > timezone.now() else None
    context.update(
        {
            "current": current,
            "last": last,
            "available_at": available_at,
            "needs_profile": person.unit_id is None or person.target_group_id is None,
        }
    )
    return context


@dataclass(frozen=True, slots=True)
class Position:
    """A choice of an ordering task's select: the number and its words."""

    value: int
    label: str


def question_context(attempt: Attempt, *, error: str = "") -> dict[str, Any]:
    """The question page or fragment: the question, its number and the progress so far."""
    screen = attempts_service.screen(attempt)
    bank = selectors.live_bank()
    row = bank.rows.get(screen.item_id) if screen.item_id is not None else None
    names = _domain_names()
    question = screen.question
    positions = []
    if question is not None and question.kind is Kind.TASK_ORDER:
        positions = [
            Position(number, _("Step %(number)s") % {"number": number})
            for number in range(1, len(question.parts) + 1)
        ]
    return {
        "attempt": attempt,
        "screen": screen,
        "question": question,
        "kinds": {kind.name: kind.value for kind in Kind},
        "domain_name": names.get(row.domain, "") if row is not None else "",
        "percent": round(screen.progress * 100),
        "positions": positions,
        "error": error,
        "is_self_report": screen.phase == "self_report",
        "statements": len(attempt.plan.get("self_report", [])),
    }


def _level_name(level: int, tiers: dict[int, tuple[str, str]]) -> str:
    if level <= 0:
        return _("Below level 1")
    tier = tiers.get(level)
    tier_name = _localised(*tier) if tier else ""
    return _("Level %(level)s · %(tier)s") % {"level": level, "tier": tier_name}


def _short_level(level: int) -> str:
    return _("below level 1") if level <= 0 else _("level %(level)s") % {"level": level}


def _wrong_competences(attempt: Attempt) -> dict[int, list[Competence]]:
    """Per domain, the competences of scored items answered wrong (what to learn first)."""
    codes = (
        Response.objects.filter(attempt=attempt, phase=Response.Phase.SCORED, score=0)
        .values_list("item__competence_id", flat=True)
        .distinct()
    )
    competences = Competence.objects.filter(pk__in=list(codes)).select_related("area")
    result: dict[int, list[Competence]] = {}
    for competence in competences.order_by("code"):
        result.setdefault(competence.area.number, []).append(competence)
    return result


def _courses_to_take(gaps: list[dict[str, Any]], *, request: HttpRequest) -> list[Any]:
    """Courses for the weakest competences: those answered wrong in the weakest area first,
    then the rest of each weak area's competences."""
    from portal.learning import selectors as learning_selectors

    codes: list[str] = []
    for domain in gaps:
        codes.extend(competence.code for competence in domain["to_learn"])
        codes.extend(
            Competence.objects.filter(area__number=domain["number"])
            .order_by("code")
            .values_list("code", flat=True)
        )
    weakest_first = list(dict.fromkeys(codes))
    return learning_selectors.recommendations_for(weakest_first, user=request.user)


def _review(attempt: Attempt) -> list[dict[str, str]]:
    """Questions answered wrong, with the explanation (shown only once the test is over)."""
    bank = selectors.live_bank()
    wrong = Response.objects.filter(attempt=attempt, phase=Response.Phase.SCORED, score=0)
    rows = []
    for response in wrong.order_by("position"):
        row = bank.rows.get(response.item_id)
        if row is not None and row.explanation_vi:
            rows.append({"stem": row.stem_vi, "explanation": row.explanation_vi})
    return rows


def result_context(
    attempt: Attempt, *, request: HttpRequest, shared: bool = False
) -> dict[str, Any]:
    """The result page (or the shared summary, without the review and the person's details)."""
    names = _domain_names()
    tiers = selectors.tier_names()
    wrong = {} if shared else _wrong_competences(attempt)
    domains = []
    for domain in attempt.results.get("domains", []):
        number = int(domain["number"])
        level = int(domain["level"])
        low, high = int(domain["level_low"]), int(domain["level_high"])
        rating = domain.get("self_rating")
        domains.append(
            {
                "number": number,
                "name": names.get(number, str(number)),
                "level": level,
                "level_name": _level_name(level, tiers),
                "meaning": LEVEL_MEANINGS.get(max(0, min(level, 8)), ""),
                "range": (
                    _("probably between %(low)s and %(high)s")
                    % {"low": _short_level(low), "high": _short_level(high)}
                    if low != high
                    else ""
                ),
                "required_level": int(domain["required_level"]),
                "is_required": bool(domain["is_required"]),
                "standing": domain["standing"],
                "standing_text": STANDINGS.get(domain["standing"], ""),
                "items": int(domain["items"]),
                "self_rating": SELF_RATINGS.get(round(rating)) if rating is not None else None,
                "to_learn": wrong.get(number, []),
            }
        )
    gaps = [d for d in domains if d["standing"] in ("gap", "borderline")]
    strengths = [d for d in domains if d["standing"] == "strength"]
    verdict_title, verdict_text = _verdict_words(attempt, domains)
    ordered_gaps = sorted(gaps, key=lambda d: (d["standing"] != "gap", d["level"]))
    share_url = (
        request.build_absolute_uri(
            reverse("assessment:summary-shared", kwargs={"token": attempt.share_token})
        )
        if attempt.share_token
        else ""
    )
    return {
        "attempt": attempt,
        "domains": domains,
        "gaps": ordered_gaps,
        "courses": [] if shared else _courses_to_take(ordered_gaps, request=request),
        "strengths": strengths,
        "verdict_title": verdict_title,
        "verdict_text": verdict_text,
        # Never "100% sure": the posterior only approaches certainty.
        "confidence_percent": min(99, round((attempt.confidence or 0.0) * 100)),
        "review": [] if shared else _review(attempt),
        "share_url": share_url,
        "first_name": _first_name(attempt.person) if shared else "",
        "shared": shared,
    }


def _first_name(person: User) -> str:
    # Vietnamese names end with the given name: "Lò Thị Mai" is greeted as "Mai".
    parts = person.full_name.split()
    return parts[-1] if parts else _("A learner")


def _verdict_words(attempt: Attempt, domains: list[dict[str, Any]]) -> tuple[str, str]:
    """The verdict's headline and why, in plain words."""
    required = [d for d in domains if d["is_required"]]
    below = [d["name"] for d in required if d["standing"] == "gap"]
    unclear = [d["name"] for d in required if d["standing"] == "borderline"]
    if attempt.verdict == Attempt.Verdict.BASIC:
        return (
            _("You have basic digital skills"),
            _("In every area your group needs, your answers show at least the required level."),
        )
    if attempt.verdict == Attempt.Verdict.NOT_BASIC:
        names = below or unclear
        title = ngettext(
            "Not yet: %(count)s area is still below basic",
            "Not yet: %(count)s areas are still below basic",
            len(names),
        ) % {"count": len(names)}
        return title, _("To learn first: %(names)s.") % {"names": ", ".join(names)}
    if attempt.results.get("finished_early"):
        reason = _(
            "You stopped before your answers were clear enough to decide. "
            "Next time, go on to the end."
        )
    elif unclear:
        reason = _(
            "Your answers sit right at the line in %(names)s; a few more questions next time "
            "will settle it."
        ) % {"names": ", ".join(unclear)}
    else:
        reason = _("Your answers were not clear enough to decide either way.")
    return _("Not enough to decide yet"), reason
