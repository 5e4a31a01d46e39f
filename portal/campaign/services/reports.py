"""Aggregate reports (/quan-ly/so-lieu/bao-cao/): communes and organisations enter the people
trained and reached each month; the district, or the province, approves them.

Who may do what:
- a manager whose area contains a commune (with no limit to some target groups) reports for it,
  and for the organisations placed in it; an organisation's manager reports for it;
- a manager whose area contains the commune and is rooted above it (a district or a province;
  after 1 July 2025 only provinces remain) reviews: approves, or returns with a reason, a
  submitted report, and reopens an approved one. Nobody approves their own submission.
Reports out of the person's area are "not found", so ids cannot be probed. Every change is
written to the audit log with its values before and after.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.accounts import audit, permissions
from portal.accounts.models import AuditEntry, Organisation, User
from portal.campaign import selectors
from portal.campaign.domain import reports as rules
from portal.campaign.domain.reports import Action, Figure, Finding, Period, Problem, Status
from portal.campaign.domain.targets import CAMPAIGN_START
from portal.campaign.models import (
    AdministrativeUnit,
    AggregateReport,
    AggregateReportLine,
    Denominator,
    TargetGroup,
    UnitLevel,
)
from portal.core.exceptions import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDeniedError,
)

REVIEWING_LEVELS = (UnitLevel.DISTRICT, UnitLevel.PROVINCE)
NOT_IN_SCOPE = gettext_lazy("This unit is not in the area you manage.")
MESSAGES: dict[Problem, Promise] = {
    Problem.MONTH_INVALID: gettext_lazy("Choose a month, for example 05/2025."),
    Problem.MONTH_IN_FUTURE: gettext_lazy(
        "%(month)s has not begun yet: report a month that has already started."
    ),
    Problem.MONTH_BEFORE_CAMPAIGN: gettext_lazy(
        "The campaign began in %(first)s: report that month or a later one."
    ),
    Problem.COUNT_NEGATIVE: gettext_lazy("The number of people cannot be negative."),
    Problem.COUNT_TOO_LARGE: gettext_lazy("%(value)s is too large: at most %(limit)s people."),
    Problem.ABOVE_GROUP_SIZE: gettext_lazy(
        "%(value)s is more than the %(size)s people of this group in the commune in %(year)s "
        "(%(source)s)."
    ),
    Problem.BELOW_EARLIER: gettext_lazy(
        "The figure is cumulative and cannot go down: the approved report of %(month)s "
        "already counts %(earlier)s people."
    ),
    Problem.ABOVE_LATER: gettext_lazy(
        "The figure is cumulative: it cannot be more than the %(later)s people of the approved "
        "report of %(month)s, a later month."
    ),
}
COUNT_MISSING = gettext_lazy("Enter a number of people (0 if none).")


class ReportRejectedError(DomainError):
    """A report's values were refused; nothing was saved. errors maps each form field
    ("month", "adults-reached", "reason"; "" for the whole report) to its messages."""

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(message for found in errors.values() for message in found))


class ReportExistsError(ConflictError):
    """The body already has a report for the month: edit that one (report_id)."""

    def __init__(self, report_id: int, message: str) -> None:
        self.report_id = report_id
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class LineFigures:
    """One target group's figures as entered."""

    trained: int
    reached: int


@dataclass(frozen=True, slots=True)
class Body:
    """Who reports: a commune, or an organisation in its commune."""

    unit: AdministrativeUnit
    organisation: Organisation | None = None

    @property
    def key(self) -> str:
        """How a form names the body: "c12" for a commune, "o7" for an organisation."""
        if self.organisation is not None:
            return f"o{self.organisation.pk}"
        return f"c{self.unit.pk}"

    @property
    def label(self) -> str:
        """The body as people name it."""
        if self.organisation is not None:
            return f"{self.organisation.name} ({self.unit.name})"
        return f"{self.unit.name} ({self.unit.code})"


@dataclass(frozen=True, slots=True)
class LineHint:
    """What the form shows beside a group's cells: its size and the last approved figure."""

    group: TargetGroup
    group_size: int | None
    size_source: str
    previous: Figure | None


def _period(report: AggregateReport) -> Period:
    return Period(report.period_start, report.period_end)


def _body_of(report: AggregateReport) -> Body:
    return Body(report.unit, report.organisation)


def _today() -> date:
    return timezone.localdate()


def _writable_unit_ids(actor: User | AnonymousUser) -> frozenset[int] | None:
    """Units whose reports the actor may write; None means every unit."""
    scope = permissions.scope_of(actor)
    if scope.is_everything:
        return None
    return frozenset().union(
        *(
            grant.unit_ids
            for grant in scope.grants
            if grant.organisation_id is None and not grant.target_group_ids
        )
    )


def _reviewed_unit_ids(actor: User | AnonymousUser) -> frozenset[int] | None:
    """Units whose reports the actor may review; None means every unit."""
    scope = permissions.scope_of(actor)
    if scope.is_everything:
        return None
    graph = selectors.unit_graph()
    reviewed: set[int] = set()
    for grant in scope.grants:
        if grant.organisation_id is not None or grant.target_group_ids:
            continue
        if any(
            graph.units[unit_id].level in REVIEWING_LEVELS
            for unit_id in grant.unit_ids
            if unit_id in graph.units
        ):
            reviewed |= grant.unit_ids
    return frozenset(reviewed)


def _within(unit_id: int, allowed: frozenset[int] | None) -> bool:
    return allowed is None or unit_id in allowed


def can_write(*, actor: User | AnonymousUser, body: Body) -> bool:
    """Whether the actor may create and edit the body's reports."""
    if _within(body.unit.pk, _writable_unit_ids(actor)):
        return True
    return (
        body.organisation is not None
        and body.organisation.pk in permissions.scope_of(actor).organisation_ids
    )


def can_review(*, actor: User | AnonymousUser, report: AggregateReport) -> bool:
    """Whether the actor reviews the report's commune (approving is refused on their own
    submission even so)."""
    return _within(report.unit_id, _reviewed_unit_ids(actor))


def reporting_bodies(*, actor: User | AnonymousUser) -> list[Body]:
    """The communes and organisations the actor may report for: current communes first, by
    name, each followed by its organisations."""
    writable = _writable_unit_ids(actor)
    communes = AdministrativeUnit.objects.filter(level=UnitLevel.COMMUNE)
    organisations = Organisation.objects.select_related("unit")
    scope = permissions.scope_of(actor)
    if writable is not None:
        communes = communes.filter(pk__in=sorted(writable))
        organisations = organisations.filter(
            Q(unit_id__in=sorted(writable)) | Q(pk__in=sorted(scope.organisation_ids))
        )
    by_unit: dict[int, list[Organisation]] = {}
    for organisation in organisations.order_by("name_folded", "pk"):
        by_unit.setdefault(organisation.unit_id, []).append(organisation)
    bodies: list[Body] = []
    listed: set[int] = set()
    for unit in sorted(
        communes, key=lambda unit: (unit.valid_to is not None, unit.name_folded, unit.code)
    ):
        listed.add(unit.pk)
        bodies.append(Body(unit))
        bodies.extend(Body(unit, organisation) for organisation in by_unit.get(unit.pk, []))
    for unit_id, held in sorted(by_unit.items()):
        if unit_id not in listed:
            bodies.extend(Body(organisation.unit, organisation) for organisation in held)
    return bodies


def can_report(*, actor: User | AnonymousUser) -> bool:
    """Whether the actor may report for some commune or organisation (to offer the form)."""
    writable = _writable_unit_ids(actor)
    if writable is None or permissions.scope_of(actor).organisation_ids:
        return True
    return AdministrativeUnit.objects.filter(
        pk__in=sorted(writable), level=UnitLevel.COMMUNE
    ).exists()


def report_units(*, actor: User | AnonymousUser) -> QuerySet[AdministrativeUnit]:
    """The communes of the reports the actor may see, by name (for the list's filter)."""
    return AdministrativeUnit.objects.filter(
        pk__in=reports_visible_to(actor=actor).values("unit_id")
    ).order_by("name_folded", "code")


def body_for(*, actor: User | AnonymousUser, key: str) -> Body:
    """The body a form names ("c12", "o7"), or NotFoundError when the actor may not report
    for it (or it does not exist)."""
    kind, number = key[:1], key[1:]
    if kind not in {"c", "o"} or not number.isdigit() or len(number) > 9:
        raise NotFoundError(str(NOT_IN_SCOPE))
    if kind == "o":
        organisation = Organisation.objects.select_related("unit").filter(pk=int(number)).first()
        body = None if organisation is None else Body(organisation.unit, organisation)
    else:
        unit = AdministrativeUnit.objects.filter(pk=int(number), level=UnitLevel.COMMUNE).first()
        body = None if unit is None else Body(unit)
    if body is None or not can_write(actor=actor, body=body):
        raise NotFoundError(str(NOT_IN_SCOPE))
    return body


def reports_visible_to(*, actor: User | AnonymousUser) -> QuerySet[AggregateReport]:
    """Reports of the communes in the actor's area and of the organisations they manage."""
    reports = AggregateReport.objects.select_related("unit", "organisation")
    scope = permissions.scope_of(actor)
    if scope.is_everything:
        return reports
    if scope.is_empty:
        return reports.none()
    return reports.filter(
        Q(unit_id__in=sorted(scope.unit_ids))
        | Q(organisation_id__in=sorted(scope.organisation_ids))
    )


def report_for(*, actor: User | AnonymousUser, report_id: int) -> AggregateReport:
    """One report the actor may see, with its lines, or NotFoundError."""
    report = (
        reports_visible_to(actor=actor)
        .select_related("created_by", "submitted_by", "reviewed_by")
        .prefetch_related("lines__target_group")
        .filter(pk=report_id)
        .first()
    )
    if report is None:
        raise NotFoundError("no such report")
    return report


def awaiting_review(*, actor: User | AnonymousUser) -> QuerySet[AggregateReport]:
    """Submitted reports the actor may approve: in their review area, not their own."""
    reviewed = _reviewed_unit_ids(actor)
    reports = reports_visible_to(actor=actor).filter(status=Status.SUBMITTED)
    if reviewed is not None:
        reports = reports.filter(unit_id__in=sorted(reviewed))
    if isinstance(actor, User):
        reports = reports.exclude(submitted_by=actor)
    return reports.order_by("submitted_at", "pk")


def _approved_figures(body: Body, *, excluding: int | None = None) -> dict[str, list[Figure]]:
    """The body's approved cumulative figures per target group code, every month."""
    lines = AggregateReportLine.objects.filter(
        report__status=Status.APPROVED, report__unit=body.unit
    )
    if body.organisation is None:
        lines = lines.filter(report__organisation__isnull=True)
    else:
        lines = lines.filter(report__organisation=body.organisation)
    if excluding is not None:
        lines = lines.exclude(report_id=excluding)
    figures: dict[str, list[Figure]] = {}
    for code, start, end, reached in lines.values_list(
        "target_group__code", "report__period_start", "report__period_end", "reached"
    ):
        figures.setdefault(code, []).append(Figure(Period(start, end), reached))
    return figures


def _group_sizes(body: Body, period: Period) -> dict[str, Denominator]:
    """A commune's group sizes for the period's year (none for an organisation's report)."""
    if body.organisation is not None:
        return {}
    return {
        denominator.target_group.code: denominator
        for denominator in Denominator.objects.filter(
            unit=body.unit, year=period.start.year
        ).select_related("target_group")
    }


def line_hints(*, body: Body, period: Period, report_id: int | None = None) -> list[LineHint]:
    """For each target group: its size in the commune that year and the body's latest approved
    figure before the month."""
    sizes = _group_sizes(body, period)
    approved = _approved_figures(body, excluding=report_id)
    hints = []
    for group in selectors.target_groups():
        size = sizes.get(group.code)
        earlier, _later = rules.neighbours(period, approved.get(group.code, []))
        hints.append(
            LineHint(
                group=group,
                group_size=size.count if size else None,
                size_source=_size_source(size) if size else "",
                previous=earlier,
            )
        )
    return hints


def _size_source(size: Denominator) -> str:
    label = str(Denominator.Source(size.source).label)
    return f"{label}: {size.source_note}" if size.source_note else label


def _message(finding: Finding, **extra: object) -> str:
    return str(MESSAGES[finding.problem]) % {**finding.data, **extra}


def _checked_lines(
    *,
    body: Body,
    period: Period,
    lines: Mapping[str, LineFigures],
    groups: Iterable[TargetGroup],
    report_id: int | None,
) -> dict[str, list[str]]:
    """Every problem with the figures, by form field."""
    errors: dict[str, list[str]] = {}
    sizes = _group_sizes(body, period)
    approved = _approved_figures(body, excluding=report_id)
    for group in groups:
        figures = lines.get(group.code)
        if figures is None:
            for column in ("trained", "reached"):
                errors[f"{group.code}-{column}"] = [str(COUNT_MISSING)]
            continue
        for column, value in (("trained", figures.trained), ("reached", figures.reached)):
            finding = rules.check_count(value)
            if finding is not None:
                errors.setdefault(f"{group.code}-{column}", []).append(_message(finding))
        if f"{group.code}-reached" in errors:
            continue
        size = sizes.get(group.code)
        earlier, later = rules.neighbours(period, approved.get(group.code, []))
        for finding in rules.check_reached(
            figures.reached,
            group_size=size.count if size else None,
            earlier=earlier,
            later=later,
        ):
            extra = (
                {"year": period.start.year, "source": _size_source(size)}
                if size is not None
                else {}
            )
            errors.setdefault(f"{group.code}-reached", []).append(_message(finding, **extra))
    return errors


def _checked_body_in_period(body: Body, period: Period) -> list[str]:
    """A commune reports while it exists. An organisation reports from the day its commune
    came into being on: it outlives a merger, and its figures follow its commune into the
    commune that took it over."""
    unit = body.unit
    ended = unit.valid_to is not None and unit.valid_to < period.start
    if unit.valid_from <= period.end and (not ended or body.organisation is not None):
        return []
    if ended and unit.valid_to is not None:
        message = _(
            "%(unit)s existed only until %(day)s: report later months for the commune it became "
            "part of."
        ) % {"unit": unit.name, "day": unit.valid_to.strftime("%d/%m/%Y")}
    else:
        message = _("%(unit)s came into being on %(day)s: report a month from then on.") % {
            "unit": unit.name,
            "day": unit.valid_from.strftime("%d/%m/%Y"),
        }
    return [message]


def parse_period(*, month: str, today: date | None = None) -> Period:
    """The month a report covers, from 2025-05 or 05/2025, or ReportRejectedError."""
    period = rules.parse_month(month)
    if period is None:
        raise ReportRejectedError({"month": [str(MESSAGES[Problem.MONTH_INVALID])]})
    finding = rules.check_period(period, today=today or _today(), campaign_start=CAMPAIGN_START)
    if finding is not None:
        raise ReportRejectedError({"month": [_message(finding)]})
    return period


def _existing(body: Body, period: Period) -> AggregateReport | None:
    reports = AggregateReport.objects.filter(unit=body.unit, period_start=period.start)
    if body.organisation is None:
        return reports.filter(organisation__isnull=True).first()
    return AggregateReport.objects.filter(
        organisation=body.organisation, period_start=period.start
    ).first()


def _exists_error(report: AggregateReport, period: Period, body: Body) -> ReportExistsError:
    return ReportExistsError(
        report.pk,
        _("%(body)s already has a report for %(month)s: open it to change it.")
        % {"body": body.label, "month": period.month_text},
    )


def check_new_report(*, actor: User | AnonymousUser, key: str, month: str) -> tuple[Body, Period]:
    """The body and month of a report to start, or NotFoundError (out of the actor's area),
    ReportRejectedError (the month, or the commune did not exist then) or ReportExistsError."""
    body = body_for(actor=actor, key=key)
    period = parse_period(month=month)
    problems = _checked_body_in_period(body, period)
    if problems:
        raise ReportRejectedError({"body": problems})
    existing = _existing(body, period)
    if existing is not None:
        raise _exists_error(existing, period, body)
    return body, period


def _snapshot(report: AggregateReport) -> dict[str, object]:
    """The report's values as the audit log compares them."""
    values: dict[str, object] = {"status": report.status, "note": report.note}
    for line in report.lines.select_related("target_group"):
        values[f"{line.target_group.code}.trained"] = line.trained
        values[f"{line.target_group.code}.reached"] = line.reached
    return values


def _audit(
    *,
    actor: User,
    action: str,
    report: AggregateReport,
    before: Mapping[str, object],
    after: Mapping[str, object],
    request: HttpRequest | None,
    **extra: object,
) -> None:
    body = _body_of(report)
    period = _period(report)
    audit.record(
        actor=actor,
        action=action,
        target=f"report {report.pk}: {body.label}, {period.month_text}",
        request=request,
        detail={
            "report_id": report.pk,
            "unit_id": report.unit_id,
            "organisation_id": report.organisation_id,
            "month": period.month_value,
            "changes": rules.changes(before, after),
            **extra,
        },
    )


def _write_lines(
    report: AggregateReport, lines: Mapping[str, LineFigures], groups: list[TargetGroup]
) -> None:
    existing = {line.target_group_id: line for line in report.lines.all()}
    new, changed = [], []
    for group in groups:
        figures = lines[group.code]
        line = existing.get(group.pk)
        if line is None:
            new.append(
                AggregateReportLine(
                    report=report,
                    target_group=group,
                    trained=figures.trained,
                    reached=figures.reached,
                )
            )
        elif (line.trained, line.reached) != (figures.trained, figures.reached):
            line.trained, line.reached = figures.trained, figures.reached
            changed.append(line)
    AggregateReportLine.objects.bulk_create(new)
    AggregateReportLine.objects.bulk_update(changed, ["trained", "reached"])


def _submit(report: AggregateReport, *, actor: User, request: HttpRequest | None) -> None:
    after = rules.next_status(Action.SUBMIT, Status(report.status))
    if after is None:
        raise ConflictError(_status_refusal(report))
    before = _snapshot(report)
    report.status = after
    report.submitted_by = actor
    report.submitted_at = timezone.now()
    report.save(update_fields=["status", "submitted_by", "submitted_at", "updated_at"])
    _audit(
        actor=actor,
        action=AuditEntry.Action.REPORT_SUBMITTED,
        report=report,
        before=before,
        after=_snapshot(report),
        request=request,
    )


def _status_refusal(report: AggregateReport) -> str:
    if report.status == Status.SUBMITTED:
        return _("This report is awaiting approval and can no longer be changed.")
    if report.status == Status.APPROVED:
        return _(
            "This report is approved and can no longer be changed; a reviewer can reopen it "
            "with a reason."
        )
    return _("This report has not been submitted for approval.")


@transaction.atomic
def create_report(
    *,
    actor: User,
    key: str,
    month: str,
    lines: Mapping[str, LineFigures],
    note: str = "",
    submit: bool = False,
    request: HttpRequest | None = None,
) -> AggregateReport:
    """Start a body's report for a month with its figures (a draft, or submitted at once).

    NotFoundError outside the actor's area; ReportExistsError when the body has one for the
    month; ReportRejectedError listing every bad value. Nothing is saved on any error.
    """
    body, period = check_new_report(actor=actor, key=key, month=month)
    groups = list(selectors.target_groups())
    errors = _checked_lines(body=body, period=period, lines=lines, groups=groups, report_id=None)
    if errors:
        raise ReportRejectedError(errors)
    report = AggregateReport(
        unit=body.unit,
        organisation=body.organisation,
        period_start=period.start,
        period_end=period.end,
        note=note.strip(),
        created_by=actor,
    )
    try:
        with transaction.atomic():
            report.save()
    except IntegrityError as error:
        # Someone saved the same body and month a moment ago, in another window.
        existing = _existing(body, period)
        if existing is None:
            raise
        raise _exists_error(existing, period, body) from error
    _write_lines(report, lines, groups)
    _audit(
        actor=actor,
        action=AuditEntry.Action.REPORT_SAVED,
        report=report,
        before={},
        after=_snapshot(report),
        request=request,
    )
    if submit:
        _submit(report, actor=actor, request=request)
    return report


def _locked(*, actor: User, report_id: int) -> AggregateReport:
    """The report, locked for this transaction (two clicks, two windows: one wins)."""
    visible = report_for(actor=actor, report_id=report_id)
    return (
        # Only the report's row is locked: PostgreSQL locks no row of the nullable side of the
        # outer join to the organisation.
        AggregateReport.objects.select_for_update(of=("self",))
        .select_related("unit", "organisation")
        .get(pk=visible.pk)
    )


@transaction.atomic
def update_report(
    *,
    actor: User,
    report_id: int,
    lines: Mapping[str, LineFigures],
    note: str = "",
    submit: bool = False,
    request: HttpRequest | None = None,
) -> AggregateReport:
    """Change a draft or returned report's figures (and submit it when asked); audited with
    every value before and after. Same errors as create_report, plus ConflictError once the
    report is submitted or approved."""
    report = _locked(actor=actor, report_id=report_id)
    body = _body_of(report)
    if not can_write(actor=actor, body=body):
        raise PermissionDeniedError(_("You cannot change this report."))
    if not rules.is_editable(Status(report.status)):
        raise ConflictError(_status_refusal(report))
    groups = list(selectors.target_groups())
    errors = _checked_lines(
        body=body, period=_period(report), lines=lines, groups=groups, report_id=report.pk
    )
    if errors:
        raise ReportRejectedError(errors)
    before = _snapshot(report)
    report.note = note.strip()
    report.save(update_fields=["note", "updated_at"])
    _write_lines(report, lines, groups)
    after = _snapshot(report)
    if before != after:
        _audit(
            actor=actor,
            action=AuditEntry.Action.REPORT_SAVED,
            report=report,
            before=before,
            after=after,
            request=request,
        )
    if submit:
        _submit(report, actor=actor, request=request)
    return report


@transaction.atomic
def submit_report(
    *, actor: User, report_id: int, request: HttpRequest | None = None
) -> AggregateReport:
    """Send a draft or returned report for approval; its figures are locked from then on."""
    report = _locked(actor=actor, report_id=report_id)
    if not can_write(actor=actor, body=_body_of(report)):
        raise PermissionDeniedError(_("You cannot submit this report."))
    _submit(report, actor=actor, request=request)
    return report


def _review_refusal(*, actor: User, report: AggregateReport) -> None:
    if not can_review(actor=actor, report=report):
        raise PermissionDeniedError(
            _("Only a manager of the district or the province can review this report.")
        )


@transaction.atomic
def approve_report(
    *, actor: User, report_id: int, request: HttpRequest | None = None
) -> AggregateReport:
    """Approve a submitted report, so that it counts; never one's own submission, and only
    while its cumulative figures still fit the body's other approved months."""
    report = _locked(actor=actor, report_id=report_id)
    _review_refusal(actor=actor, report=report)
    after_status = rules.next_status(Action.APPROVE, Status(report.status))
    if after_status is None:
        if report.status == Status.APPROVED:
            raise ConflictError(_("This report is already approved."))
        raise ConflictError(_status_refusal(report))
    if report.submitted_by_id == actor.pk:
        raise PermissionDeniedError(
            _("You submitted this report: another reviewer has to approve it.")
        )
    lines = {
        line.target_group.code: LineFigures(line.trained, line.reached)
        for line in report.lines.select_related("target_group")
    }
    groups = [group for group in selectors.target_groups() if group.code in lines]
    errors = _checked_lines(
        body=_body_of(report),
        period=_period(report),
        lines=lines,
        groups=groups,
        report_id=report.pk,
    )
    if errors:
        raise ConflictError(
            _("This report no longer fits the approved reports: return it for correction. %(why)s")
            % {"why": " ".join(message for found in errors.values() for message in found)}
        )
    before = _snapshot(report)
    report.status = after_status
    report.reviewed_by = actor
    report.reviewed_at = timezone.now()
    report.review_note = ""
    report.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note", "updated_at"])
    _audit(
        actor=actor,
        action=AuditEntry.Action.REPORT_APPROVED,
        report=report,
        before=before,
        after=_snapshot(report),
        request=request,
    )
    return report


@transaction.atomic
def return_report(
    *, actor: User, report_id: int, reason: str, request: HttpRequest | None = None
) -> AggregateReport:
    """Return a submitted report for correction, or reopen an approved one (it stops counting
    until approved again); the reason is required and shown to the reporter."""
    report = _locked(actor=actor, report_id=report_id)
    _review_refusal(actor=actor, report=report)
    reason = reason.strip()
    if not reason:
        raise ReportRejectedError(
            {"reason": [_("Say what has to be corrected: the reporter sees your reason.")]}
        )
    after_status = rules.next_status(Action.RETURN, Status(report.status))
    if after_status is None:
        raise ConflictError(_("Only a submitted or approved report can be returned."))
    before = {**_snapshot(report), "review_note": report.review_note}
    was_approved = report.status == Status.APPROVED
    report.status = after_status
    report.review_note = reason
    report.reviewed_by = actor
    report.reviewed_at = timezone.now()
    report.save(update_fields=["status", "review_note", "reviewed_by", "reviewed_at", "updated_at"])
    _audit(
        actor=actor,
        action=AuditEntry.Action.REPORT_RETURNED,
        report=report,
        before=before,
        after={**_snapshot(report), "review_note": report.review_note},
        request=request,
        reopened=was_approved,
    )
    return report


def reports_for_list(
    *,
    actor: User | AnonymousUser,
    status: str = "",
    period: Period | None = None,
    unit_id: int | None = None,
) -> QuerySet[AggregateReport]:
    """The reports the actor may see, filtered by status, month and commune, latest first."""
    reports = reports_visible_to(actor=actor)
    if status in {choice.value for choice in Status}:
        reports = reports.filter(status=status)
    if period is not None:
        reports = reports.filter(period_start=period.start)
    if unit_id is not None:
        reports = reports.filter(unit_id=unit_id)
    return reports.order_by("-period_start", "unit__name_folded", "organisation__name_folded", "pk")
