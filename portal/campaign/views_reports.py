"""Aggregate reports for managers (/quan-ly/so-lieu/bao-cao/): the list, the DHIS2-style form,
and the reviewer's approve and return buttons.

A report outside the viewer's area is "not found" (404); a unit outside it, chosen in the form,
is a form error.
"""

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from portal.accounts.decorators import manager_required
from portal.accounts.models import User
from portal.campaign.domain import reports as rules
from portal.campaign.domain.reports import Status
from portal.campaign.forms_reports import ReportLinesForm, ReportStartForm, ReturnForm
from portal.campaign.models import AggregateReport
from portal.campaign.services import reports as service
from portal.core.exceptions import ConflictError, NotFoundError, PermissionDeniedError

PAGE_SIZE = 50


def _detail_url(report_id: int) -> str:
    return reverse("campaign:aggregate-report-detail", args=[report_id])


@require_http_methods(["GET"])
@manager_required
def report_list(request: HttpRequest) -> HttpResponse:
    """Reports in the viewer's area (filtered by ?status=, ?month=, ?unit=), and those
    waiting for the viewer's approval."""
    period = rules.parse_month(request.GET.get("month", ""))
    unit = request.GET.get("unit", "")
    reports = service.reports_for_list(
        actor=request.user,
        status=request.GET.get("status", ""),
        period=period,
        unit_id=int(unit) if unit.isdigit() and len(unit) <= 9 else None,
    )
    context = {
        "page": Paginator(reports, PAGE_SIZE).get_page(request.GET.get("page")),
        "awaiting": list(service.awaiting_review(actor=request.user)[:PAGE_SIZE]),
        "statuses": AggregateReport.Status.choices,
        "filters": {
            "status": request.GET.get("status", ""),
            "month": period.month_value if period else "",
            "unit": unit,
        },
        "units": service.report_units(actor=request.user),
        "can_report": service.can_report(actor=request.user),
    }
    return render(request, "campaign/reports_list.html", context)


@require_http_methods(["GET", "POST"])
@manager_required
def report_create(request: HttpRequest) -> HttpResponse:
    """Step 1: choose the commune or organisation and the month; step 2: fill in the grid."""
    bodies = service.reporting_bodies(actor=request.user)
    if not bodies:
        raise Http404
    data = request.POST if request.method == "POST" else request.GET
    start = ReportStartForm(data if "body" in data or "month" in data else None, bodies=bodies)
    context: dict[str, Any] = {"start": start, "grid": None, "existing_id": None}
    if not start.is_bound or not start.is_valid():
        return render(request, "campaign/reports_create.html", context)
    key, month = start.cleaned_data["body"], start.cleaned_data["month"]
    try:
        body, period = service.check_new_report(actor=request.user, key=key, month=month)
    except NotFoundError:
        start.add_error("body", str(service.NOT_IN_SCOPE))
    except service.ReportExistsError as error:
        start.add_error(None, str(error))
        context["existing_id"] = error.report_id
    except service.ReportRejectedError as error:
        start.add_service_errors(error.errors)
    else:
        grid = ReportLinesForm(
            request.POST if request.method == "POST" else None,
            hints=service.line_hints(body=body, period=period),
        )
        context.update(grid=grid, body=body, period=period)
        if request.method == "POST" and grid.is_valid():
            return _create(request, grid, context, key=key, month=month)
    return render(request, "campaign/reports_create.html", context)


def _create(
    request: HttpRequest, grid: ReportLinesForm, context: dict[str, Any], *, key: str, month: str
) -> HttpResponse:
    try:
        report = service.create_report(
            actor=request.user,  # type: ignore[arg-type]
            key=key,
            month=month,
            lines=grid.figures(),
            note=grid.cleaned_data["note"],
            submit="submit" in request.POST,
            request=request,
        )
    except service.ReportExistsError as error:
        grid.add_error(None, str(error))
        context["existing_id"] = error.report_id
    except service.ReportRejectedError as error:
        grid.add_service_errors(error.errors)
    else:
        messages.success(request, _saved_message(report))
        return redirect(_detail_url(report.pk))
    return render(request, "campaign/reports_create.html", context)


def _saved_message(report: AggregateReport) -> str:
    if report.status == Status.SUBMITTED:
        return _("The report is submitted for approval.")
    if report.status == Status.RETURNED:
        return _("The corrections are saved. Submit the report again when they are complete.")
    return _("The report is saved as a draft. Submit it when the figures are complete.")


@require_http_methods(["GET", "POST"])
@manager_required
def report_detail(request: HttpRequest, report_id: int) -> HttpResponse:
    """A report: its figures (editable while a draft or returned) and what the viewer can do."""
    user: User = request.user  # type: ignore[assignment]
    report = service.report_for(actor=user, report_id=report_id)
    body = service.Body(report.unit, report.organisation)
    period = rules.Period(report.period_start, report.period_end)
    can_edit = rules.is_editable(Status(report.status)) and service.can_write(actor=user, body=body)
    hints = service.line_hints(body=body, period=period, report_id=report.pk)
    grid = None
    if can_edit:
        grid = ReportLinesForm(
            request.POST if request.method == "POST" else None, hints=hints, report=report
        )
    elif request.method == "POST":
        raise Http404
    if request.method == "POST" and grid is not None and grid.is_valid():
        try:
            report = service.update_report(
                actor=user,
                report_id=report.pk,
                lines=grid.figures(),
                note=grid.cleaned_data["note"],
                submit="submit" in request.POST,
                request=request,
            )
        except service.ReportRejectedError as error:
            grid.add_service_errors(error.errors)
        except (ConflictError, PermissionDeniedError) as error:
            messages.error(request, str(error))
            return redirect(_detail_url(report.pk))
        else:
            messages.success(request, _saved_message(report))
            return redirect(_detail_url(report.pk))
    is_reviewer = service.can_review(actor=user, report=report)
    context = {
        "report": report,
        "body": body,
        "period": period,
        "grid": grid,
        "lines": _lines(report, hints),
        "can_submit": can_edit,
        "can_approve": is_reviewer
        and report.status == Status.SUBMITTED
        and report.submitted_by_id != user.pk,
        "is_own_submission": report.submitted_by_id == user.pk,
        "can_return": is_reviewer and report.status in (Status.SUBMITTED, Status.APPROVED),
        "return_form": ReturnForm(),
    }
    return render(request, "campaign/reports_detail.html", context)


def _lines(report: AggregateReport, hints: list[service.LineHint]) -> list[dict[str, Any]]:
    by_group = {line.target_group_id: line for line in report.lines.all()}
    return [{"hint": hint, "line": by_group.get(hint.group.pk)} for hint in hints]


def _transition(request: HttpRequest, report_id: int, success: str, **kwargs: Any) -> HttpResponse:
    """Run a workflow step; refusals (not the reviewer, already done) come back as messages."""
    step = kwargs.pop("step")
    try:
        step(actor=request.user, report_id=report_id, request=request, **kwargs)
    except (service.ReportRejectedError, ConflictError, PermissionDeniedError) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)
    return redirect(_detail_url(report_id))


@require_POST
@manager_required
def report_submit(request: HttpRequest, report_id: int) -> HttpResponse:
    """Send a draft or returned report for approval."""
    return _transition(
        request,
        report_id,
        _("The report is submitted for approval."),
        step=service.submit_report,
    )


@require_POST
@manager_required
def report_approve(request: HttpRequest, report_id: int) -> HttpResponse:
    """Approve a submitted report: from now on it counts in the figures."""
    return _transition(
        request,
        report_id,
        _("The report is approved and now counts in the figures."),
        step=service.approve_report,
    )


@require_POST
@manager_required
def report_return(request: HttpRequest, report_id: int) -> HttpResponse:
    """Return a submitted report for correction, or reopen an approved one, with a reason."""
    return _transition(
        request,
        report_id,
        _("The report is returned to the reporter with your reason."),
        step=service.return_report,
        reason=request.POST.get("reason", ""),
    )
