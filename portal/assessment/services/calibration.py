"""Calibrating the item bank from recorded responses: new parameters, misfit and promotion.

Scored items are calibrated domain by domain, one θ per attempt and domain, because the engine
gives every domain its own θ (correlated 0.6 in its prior): a pretest item must land on its own
domain's scale, which the domain's operational items fix as anchors. Self-report statements are
calibrated once, all domains together, on a scale of their own (an attempt rates at most one
statement per domain, too few for a scale per domain); they never touch the tested θ.

The domain module works on the normal metric (logit D·a·(θ - b)); items are stored on the
engine's logistic metric (logit a·(θ - b)). Anchors go in as a / D, estimates come out as a·D.
"""

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.assessment.domain import calibration as calibration_domain
from portal.assessment.domain.calibration import (
    CalibrationResult,
    ItemEstimate,
    ItemFit,
    ItemSpec,
)
from portal.assessment.domain.items import B_RANGE
from portal.assessment.models import Attempt, Item, Response
from portal.assessment.services.bank import forget_bank
from portal.core.exceptions import DomainError

# Abandoned attempts count: their answers were scored like any other, and leaving them out
# would keep only the people who persevered, a selection that depends on ability.
DEFAULT_ATTEMPT_STATUSES = (Attempt.Status.FINISHED, Attempt.Status.ABANDONED)
DEFAULT_MIN_RESPONSES = 300
# The promotion rule's SE limit on b (the θ scale is the same on both metrics).
MAX_SE_B = 0.3
# The domain's default 0.4 is on the normal metric; estimates are judged on the stored metric.
MIN_SLOPE = 0.4 * calibration_domain.D
# Estimates stay where the item file accepts them, so an export imports again. A run tests the
# fit of some 200 items: at the domain's 0.01 two sound items would be flagged every time, and
# with the 3-4 items per person and domain of a real test the statistic is a little liberal
# (simulated: 9 of 132 sound items flagged at 0.01, 2 of 198 at 0.001).
_SETTINGS = calibration_domain.CalibrationSettings(threshold_bounds=B_RANGE, fit_alpha=0.001)
# Well inside any standard error, and keeps the exported CSV readable.
_DECIMALS = 3
SELF_REPORT_GROUP = "self-report"
# Anchors freed at most per group, one per round; each round costs a calibration.
_PURIFICATION_ROUNDS = 5


class CalibrationError(DomainError):
    """Calibration cannot run as asked: bad options, or responses that do not fit their items."""


class Role(enum.StrEnum):
    """What an item is in its calibration."""

    ANCHOR = "anchor"
    PRETEST = "pretest"
    SELF_REPORT = "self_report"


class Decision(enum.StrEnum):
    """What the calibration did (or, in a dry run, would do) with an item."""

    FITS = "fits"
    MISFIT = "misfit"
    PROMOTED = "promoted"
    UPDATED = "updated"
    KEPT_BACK = "kept_back"


@dataclass(frozen=True, slots=True)
class GroupReport:
    """One calibration run: a domain's scored items, or the self-report statements."""

    key: str
    label: str
    domain: int | None
    n_attempts: int
    n_responses: int
    n_items: int
    population_mean: float | None
    population_sd: float | None
    iterations: int
    is_converged: bool
    skipped_reason: str

    @property
    def has_run(self) -> bool:
        """Whether the group was calibrated (not skipped)."""
        return not self.skipped_reason


@dataclass(frozen=True, slots=True)
class ItemLine:
    """One item's old and new parameters (stored metric), precision, fit and decision."""

    code: str
    group: str
    role: Role
    status: str
    n_responses: int
    old_a: float
    new_a: float | None
    old_b: float | None
    new_b: float | None
    old_thresholds: tuple[float, ...]
    new_thresholds: tuple[float, ...]
    se_a: float | None
    se_b: float | None
    se_thresholds: tuple[float, ...]
    fit_statistic: float | None
    fit_df: int | None
    fit_p_value: float | None
    fit_rmsd: float | None
    is_misfit: bool
    decision: Decision
    reasons: tuple[str, ...]

    @property
    def is_written(self) -> bool:
        """Whether the item's stored parameters change."""
        return self.decision in (Decision.PROMOTED, Decision.UPDATED)


@dataclass(frozen=True, slots=True)
class CalibrationReport:
    """What calibrate_bank found and changed (nothing, in a dry run)."""

    is_dry_run: bool
    is_promoting: bool
    min_responses: int
    attempt_statuses: tuple[str, ...]
    n_attempts: int
    n_responses: int
    n_promoted: int
    n_updated: int
    n_kept_back: int
    n_misfit: int
    groups: tuple[GroupReport, ...]
    items: tuple[ItemLine, ...]

    def group(self, key: str) -> GroupReport:
        """One group's report by key ('domain-1', ..., 'self-report')."""
        for group in self.groups:
            if group.key == key:
                return group
        raise KeyError(key)

    def item(self, code: str) -> ItemLine:
        """One item's line by code."""
        for line in self.items:
            if line.code == code:
                return line
        raise KeyError(code)


@dataclass(frozen=True, slots=True)
class _StoredItem:
    """An item as read for calibration, with the values the final write checks again."""

    pk: int
    code: str
    domain: int
    is_self_report: bool
    status: str
    a: float
    b: float | None
    thresholds: tuple[float, ...]

    @property
    def role(self) -> Role:
        if self.is_self_report:
            return Role.SELF_REPORT
        return Role.ANCHOR if self.status == Item.Status.OPERATIONAL else Role.PRETEST

    @property
    def locations(self) -> tuple[float, ...]:
        """b as a one-element tuple for a 2PL item, the thresholds for a graded one."""
        if self.is_self_report:
            return self.thresholds
        return (float(self.b if self.b is not None else 0.0),)

    @property
    def n_categories(self) -> int:
        return len(self.locations) + 1

    def spec(self) -> ItemSpec:
        anchor = None
        if self.role is Role.ANCHOR:
            anchor = calibration_domain.anchor_from_logistic(self.a, self.locations)
        return ItemSpec(self.code, self.n_categories, anchor)


@dataclass(frozen=True, slots=True)
class _Responses:
    """Response triples as arrays: attempt id, item id, score."""

    attempt: np.ndarray
    item: np.ndarray
    score: np.ndarray

    def of_items(self, pks: Sequence[int]) -> "_Responses":
        chosen = np.isin(self.item, np.asarray(pks, dtype=np.int64))
        return _Responses(self.attempt[chosen], self.item[chosen], self.score[chosen])


def _stored_items() -> list[_StoredItem]:
    """Operational and pretest scored items, and operational self-reports, by primary key."""
    # Pretest self-reports are never served (the bank asks operational statements only).
    rows = (
        Item.objects.filter(status__in=[Item.Status.OPERATIONAL, Item.Status.PRETEST])
        .exclude(kind=Item.Kind.SELF_REPORT, status=Item.Status.PRETEST)
        .order_by("pk")
        .values_list("pk", "code", "competence__area__number", "kind", "status", "a", "b")
    )
    thresholds = dict(
        Item.objects.filter(kind=Item.Kind.SELF_REPORT).values_list("pk", "thresholds")
    )
    return [
        _StoredItem(
            pk=pk,
            code=code,
            domain=domain,
            is_self_report=kind == Item.Kind.SELF_REPORT,
            status=status,
            a=a,
            b=b,
            thresholds=tuple(float(value) for value in thresholds.get(pk, [])),
        )
        for pk, code, domain, kind, status, a, b in rows
    ]


def _load_responses(
    statuses: Sequence[str], phases: Sequence[str], items: Sequence[_StoredItem]
) -> _Responses:
    """Responses of attempts with the given statuses, in the given phases, to the given items."""
    rows = Response.objects.filter(
        attempt__status__in=list(statuses),
        phase__in=list(phases),
        item_id__in=[item.pk for item in items],
    ).values_list("attempt_id", "item_id", "score")
    triples = np.array(list(rows), dtype=np.int64).reshape(-1, 3)
    return _Responses(triples[:, 0], triples[:, 1], triples[:, 2])


def _check_scores(items: Sequence[_StoredItem], responses: _Responses) -> None:
    """CalibrationError naming the first item with a score beyond its categories."""
    for item in items:
        scores = responses.score[responses.item == item.pk]
        if scores.size and int(scores.max()) >= item.n_categories:
            raise CalibrationError(
                _("Item %(code)s has a response scored %(score)d, but only %(count)d categories.")
                % {"code": item.code, "score": int(scores.max()), "count": item.n_categories}
            )


def _round(values: Sequence[float]) -> tuple[float, ...]:
    return tuple(round(float(value), _DECIMALS) for value in values)


def _finite(value: float) -> float | None:
    return float(value) if np.isfinite(value) else None


def _line(
    item: _StoredItem,
    group: str,
    estimate: ItemEstimate | None,
    decision: Decision,
    reasons: Sequence[str],
    *,
    n_responses: int = 0,
    fit: ItemFit | None = None,
) -> ItemLine:
    """An item's report line: estimate on the stored metric (None: not estimated), and fit."""
    # An item nobody answered keeps the start values, which are no estimate.
    is_estimated = estimate is not None and not estimate.is_anchor and estimate.n_responses > 0
    free = estimate if is_estimated else None
    new = _round(free.thresholds) if free is not None else ()
    errors = free.se_thresholds if free is not None else ()
    fit = fit or (estimate.fit if estimate is not None else None)
    judged = fit if fit is not None and fit.df > 0 else None
    return ItemLine(
        code=item.code,
        group=group,
        role=item.role,
        status=item.status,
        n_responses=estimate.n_responses if estimate is not None else n_responses,
        old_a=item.a,
        new_a=round(free.a, _DECIMALS) if free is not None else None,
        old_b=None if item.is_self_report else item.locations[0],
        new_b=new[0] if new and not item.is_self_report else None,
        old_thresholds=item.thresholds,
        new_thresholds=new if item.is_self_report else (),
        se_a=_finite(free.se_a) if free is not None else None,
        se_b=_finite(errors[0]) if errors and not item.is_self_report else None,
        se_thresholds=tuple(float(e) for e in errors) if item.is_self_report else (),
        fit_statistic=judged.statistic if judged is not None else None,
        fit_df=judged.df if judged is not None else None,
        fit_p_value=judged.p_value if judged is not None else None,
        fit_rmsd=judged.rmsd if judged is not None else None,
        is_misfit=fit is not None and fit.is_misfit,
        decision=decision,
        reasons=tuple(reasons),
    )


def _skipped(
    key: str,
    label: str,
    domain: int | None,
    items: Sequence[_StoredItem],
    responses: _Responses,
    reason: str,
) -> tuple[GroupReport, list[ItemLine]]:
    """A group too thin to calibrate: its free items are kept back with the reason."""
    report = GroupReport(
        key=key,
        label=label,
        domain=domain,
        n_attempts=int(np.unique(responses.attempt).size),
        n_responses=int(responses.score.size),
        n_items=len(items),
        population_mean=None,
        population_sd=None,
        iterations=0,
        is_converged=False,
        skipped_reason=reason,
    )
    counts = dict(zip(*np.unique(responses.item, return_counts=True), strict=True))
    lines = [
        _line(
            item, key, None, Decision.KEPT_BACK, [reason], n_responses=int(counts.get(item.pk, 0))
        )
        for item in items
        if item.role is not Role.ANCHOR
    ]
    return report, lines


def _calibrate_purified(
    responses: _Responses, item_index: np.ndarray, specs: list[ItemSpec]
) -> tuple[CalibrationResult, dict[str, ItemFit]]:
    """Calibrate; while an anchor misfits, free the worst one and calibrate again.

    An anchor that drifted pulls every θ, and with them the pretest items and the other anchors'
    fit, off the scale; so it is freed (estimated, never stored) and the rest recalibrated, one
    at a time because the worst item makes sound ones look bad too, as common items that
    drifted are dropped in equating (Kolen & Brennan 2014). Freeing stops at half the anchors:
    past that the stored scale itself is in doubt, which only a person should decide.
    """
    n_anchors = sum(spec.is_anchor for spec in specs)
    drifted: dict[str, ItemFit] = {}
    result = calibration_domain.calibrate_items(
        responses.attempt, item_index, responses.score, specs, settings=_SETTINGS
    )
    for _round in range(_PURIFICATION_ROUNDS):
        misfits = [i for i, e in enumerate(result.items) if e.is_anchor and e.fit.is_misfit]
        if not misfits or 2 * (len(drifted) + 1) > n_anchors:
            break
        worst = max(misfits, key=lambda i: result.items[i].fit.rmsd)
        drifted[specs[worst].item_id] = result.items[worst].fit
        specs[worst] = replace(specs[worst], anchor=None)
        result = calibration_domain.calibrate_items(
            responses.attempt, item_index, responses.score, specs, settings=_SETTINGS
        )
    return result, drifted


def _calibrate_group(
    key: str,
    label: str,
    domain: int | None,
    items: Sequence[_StoredItem],
    responses: _Responses,
    *,
    min_responses: int,
    promote: bool,
) -> tuple[GroupReport, list[ItemLine]]:
    """Calibrate one group and decide, per item, what to write."""
    answered = set(np.unique(responses.item).tolist())
    # An anchor nobody answered adds nothing; an unanswered pretest item still gets its line.
    members = [item for item in items if item.role is not Role.ANCHOR or item.pk in answered]
    has_anchor = any(item.role is Role.ANCHOR for item in members)
    if responses.score.size < min_responses:
        reason = _("only %(count)d responses in this group (at least %(minimum)d needed)") % {
            "count": responses.score.size,
            "minimum": min_responses,
        }
        return _skipped(key, label, domain, members, responses, reason)
    if domain is not None and not has_anchor:
        reason = _("no operational item of this domain was answered: no scale to anchor to")
        return _skipped(key, label, domain, members, responses, reason)
    # members are in primary-key order and every response is to one of them.
    item_index = np.searchsorted([item.pk for item in members], responses.item)
    specs = [item.spec() for item in members]
    result, drifted = _calibrate_purified(responses, item_index, specs)
    estimates = [calibration_domain.on_logistic_metric(e) for e in result.items]
    decision = calibration_domain.promote_pretest_items(
        [e for item, e in zip(members, estimates, strict=True) if item.role is not Role.ANCHOR],
        min_responses=min_responses,
        max_se_b=MAX_SE_B,
        min_a=MIN_SLOPE,
    )
    not_converged = _("calibration did not converge in %(count)d iterations") % {
        "count": result.iterations
    }
    lines = []
    for item, estimate in zip(members, estimates, strict=True):
        reasons = list(decision.kept_back.get(item.code, ()))
        if item.code in drifted:
            lines.append(
                _line(
                    item,
                    key,
                    estimate,
                    Decision.MISFIT,
                    [_("operational: parameters kept; the estimate shown is not saved")],
                    fit=drifted[item.code],
                )
            )
            continue
        if item.role is Role.ANCHOR:
            verdict = Decision.MISFIT if estimate.fit.is_misfit else Decision.FITS
            if estimate.fit.is_misfit:
                reasons.append(_("operational: parameters kept, review the item"))
        elif not result.is_converged:
            verdict = Decision.KEPT_BACK
            reasons.append(not_converged)
        elif reasons:
            verdict = Decision.KEPT_BACK
        elif item.role is Role.PRETEST and promote:
            verdict = Decision.PROMOTED
        else:
            verdict = Decision.UPDATED
        lines.append(_line(item, key, estimate, verdict, reasons))
    report = GroupReport(
        key=key,
        label=label,
        domain=domain,
        n_attempts=int(np.unique(responses.attempt).size),
        n_responses=int(responses.score.size),
        n_items=len(members),
        population_mean=result.population_mean,
        population_sd=result.population_sd,
        iterations=result.iterations,
        is_converged=result.is_converged,
        skipped_reason="",
    )
    return report, lines


def _write(lines: Sequence[ItemLine], items: Sequence[_StoredItem]) -> list[ItemLine]:
    """Store new parameters and statuses in one transaction; items edited meanwhile are skipped.

    Only the rows written are locked, and only for the write: locking the bank for the whole
    calibration would hold up every live test, which counts exposures on these rows.
    """
    read = {item.code: item for item in items}
    wanted = {line.code: line for line in lines if line.is_written}
    if not wanted:
        return list(lines)
    now = timezone.now()
    changed: list[Item] = []
    with transaction.atomic():
        for stored in Item.objects.select_for_update().filter(code__in=list(wanted)):
            line, before = wanted[stored.code], read[stored.code]
            current = (stored.status, stored.a, stored.b, tuple(stored.thresholds))
            if line.new_a is None or current != (
                before.status,
                before.a,
                before.b,
                before.thresholds,
            ):
                continue
            stored.a = line.new_a
            stored.b = line.new_b
            stored.thresholds = list(line.new_thresholds)
            if line.decision is Decision.PROMOTED:
                stored.status = Item.Status.OPERATIONAL
            # bulk_update skips auto_now, so the change time is set here.
            stored.updated_at = now
            changed.append(stored)
        Item.objects.bulk_update(changed, ["a", "b", "thresholds", "status", "updated_at"])
        if changed:
            transaction.on_commit(forget_bank)
    skipped = set(wanted) - {item.code for item in changed}
    edited = _("the item was edited while calibration ran; run it again")
    return [
        replace(line, decision=Decision.KEPT_BACK, reasons=(*line.reasons, edited))
        if line.code in skipped
        else line
        for line in lines
    ]


def _check_options(min_responses: int, statuses: Sequence[str]) -> tuple[str, ...]:
    """The attempt statuses as given, or CalibrationError for bad options."""
    if min_responses < 1:
        raise CalibrationError(_("The minimum number of responses must be at least 1."))
    chosen = tuple(dict.fromkeys(str(status) for status in statuses))
    unknown = [status for status in chosen if status not in Attempt.Status.values]
    if not chosen or unknown:
        raise CalibrationError(
            _("Unknown attempt status: %(statuses)s (choose from %(choices)s).")
            % {
                "statuses": ", ".join(unknown) or "-",
                "choices": ", ".join(Attempt.Status.values),
            }
        )
    return chosen


def calibrate_bank(
    *,
    min_responses: int = DEFAULT_MIN_RESPONSES,
    promote: bool = True,
    dry_run: bool = False,
    statuses: Sequence[str] = DEFAULT_ATTEMPT_STATUSES,
) -> CalibrationReport:
    """Calibrate pretest and self-report items on the responses of attempts with these statuses.

    Operational scored items are anchors: their fit is checked and reported, their parameters
    never change here. A pretest or self-report item's parameters are written only when its
    estimate passes the promotion rule (responses, SE of b, fit, slope); passing pretest items
    become operational unless promote is False. A dry run computes everything, writes nothing.
    """
    chosen = _check_options(min_responses, statuses)
    items = _stored_items()
    scored_items = [item for item in items if not item.is_self_report]
    self_reports = [item for item in items if item.is_self_report]
    scored = _load_responses(chosen, [Response.Phase.SCORED, Response.Phase.PRETEST], scored_items)
    rated = _load_responses(chosen, [Response.Phase.SELF_REPORT], self_reports)
    _check_scores(scored_items, scored)
    _check_scores(self_reports, rated)
    groups: list[GroupReport] = []
    lines: list[ItemLine] = []
    for domain in sorted({item.domain for item in scored_items}):
        members = [item for item in scored_items if item.domain == domain]
        report, domain_lines = _calibrate_group(
            f"domain-{domain}",
            _("Domain %(number)d") % {"number": domain},
            domain,
            members,
            scored.of_items([item.pk for item in members]),
            min_responses=min_responses,
            promote=promote,
        )
        groups.append(report)
        lines.extend(domain_lines)
    if self_reports:
        report, self_lines = _calibrate_group(
            SELF_REPORT_GROUP,
            _("Self-reports"),
            None,
            self_reports,
            rated,
            min_responses=min_responses,
            promote=promote,
        )
        groups.append(report)
        lines.extend(self_lines)
    if not dry_run:
        lines = _write(lines, items)
    decisions = [line.decision for line in lines]
    return CalibrationReport(
        is_dry_run=dry_run,
        is_promoting=promote,
        min_responses=min_responses,
        attempt_statuses=chosen,
        n_attempts=int(np.unique(np.r_[scored.attempt, rated.attempt]).size),
        n_responses=int(scored.score.size + rated.score.size),
        n_promoted=decisions.count(Decision.PROMOTED),
        n_updated=decisions.count(Decision.UPDATED),
        n_kept_back=decisions.count(Decision.KEPT_BACK),
        n_misfit=decisions.count(Decision.MISFIT),
        groups=tuple(groups),
        items=tuple(lines),
    )
