"""Exports of the progress dashboard (/quan-ly/so-lieu/tien-do/...): the view as XLSX or CSV,
and the periodic report as a PDF, inline for a small unit and through a background task for a
large one (a status page polls until it is ready). Every file handed out is audited."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from portal.accounts.decorators import manager_required
from portal.accounts.models import User
from portal.campaign import dashboard as dashboard_service
from portal.campaign import exports, tasks
from portal.campaign.models import ReportExport
from portal.campaign.views_dashboard import read_filters

CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def _download(content: bytes, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@manager_required
def progress_export(request: HttpRequest, file_format: str) -> HttpResponse:
    """The dashboard's tables for the same filters, as XLSX or CSV."""
    if file_format not in CONTENT_TYPES:
        raise Http404
    filters = read_filters(request)
    if filters.errors:
        return HttpResponseBadRequest(" ".join(filters.errors), content_type="text/plain")
    board = dashboard_service.build_dashboard(
        actor=request.user,
        unit=filters.unit,
        day=filters.day,
        indicator=filters.indicator,
        confirmed_only=filters.confirmed_only,
    )
    if board.notice:
        return HttpResponseBadRequest(board.notice, content_type="text/plain")
    tables = exports.dashboard_tables(board)
    exports.record_export(
        actor=request.user,
        kind=file_format,
        unit=board.unit,
        day=board.day,
        request=request,
        detail={"indicators": board.indicators, "rows": len(board.children)},
    )
    content = exports.xlsx_bytes(tables) if file_format == "xlsx" else exports.csv_bytes(tables)
    code = board.unit.code if board.unit else "khu-vuc"
    return _download(
        content,
        content_type=CONTENT_TYPES[file_format],
        filename=f"tien-do-{code}-{board.day.isoformat()}.{file_format}",
    )


@require_POST
@manager_required
def report_create(request: HttpRequest) -> HttpResponse:
    """The periodic report of the unit and date posted: the PDF itself for a small unit, else a
    background job and its status page."""
    filters = read_filters(request, request.POST)
    board = dashboard_service.build_dashboard(
        actor=request.user, unit=filters.unit, day=filters.day, with_trends=False
    )
    if filters.errors or board.unit is None or board.notice:
        message = " ".join(filters.errors) or board.notice or _("Choose one unit for the report.")
        return HttpResponseBadRequest(message, content_type="text/plain")
    user: User = request.user  # type: ignore[assignment]
    if exports.is_large(board):
        job = exports.request_report(actor=user, unit=board.unit, day=board.day)
        tasks.enqueue_report(job.pk)
        return redirect("campaign:report-detail", export_id=job.pk)
    content = exports.report_pdf(actor=user, unit=board.unit, day=board.day)
    exports.record_export(actor=user, kind="pdf", unit=board.unit, day=board.day, request=request)
    return _download(
        content,
        content_type="application/pdf",
        filename=exports.report_filename(board.unit, board.day),
    )


@require_GET
@manager_required
def report_detail(request: HttpRequest, export_id: int) -> HttpResponse:
    """Whether a requested report is ready; htmx asks again every 2 seconds until it is."""
    job = exports.report_export_for(actor=request.user, export_id=export_id)
    is_waiting = job.status in (ReportExport.Status.PENDING, ReportExport.Status.RUNNING)
    template = (
        "campaign/export_status_panel.html"
        if request.headers.get("HX-Request")
        else "campaign/export_status.html"
    )
    return render(request, template, {"job": job, "is_waiting": is_waiting})


@require_GET
@manager_required
def report_download(request: HttpRequest, export_id: int) -> HttpResponse:
    """A written report, for the manager who asked for it (while they may still see the unit)."""
    job = exports.report_export_for(actor=request.user, export_id=export_id)
    if job.status != ReportExport.Status.DONE:
        raise Http404
    exports.record_export(
        actor=request.user,
        kind="pdf",
        unit=job.unit,
        day=job.day,
        request=request,
        detail={"export_id": job.pk},
    )
    return _download(bytes(job.content), content_type="application/pdf", filename=job.filename)
