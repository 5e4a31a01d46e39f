"""Exports of the progress dashboard: the tables of any view as XLSX or CSV, and the periodic
report to the central steering committee as a PDF, written in the background for large scopes.

Every number is the dashboard's own (portal/campaign/dashboard.py): the XLSX holds them as
numbers (people, percentages with one decimal), the PDF as the page writes them (1.234; 62,4%).
Every file handed out is recorded in the audit log.
"""

import csv
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos
from fpdf.fonts import FontFace
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from portal.accounts import audit, permissions
from portal.accounts.models import AuditEntry, User
from portal.campaign.dashboard import Dashboard, Figures, build_dashboard
from portal.campaign.domain.targets import CAMPAIGN_START
from portal.campaign.models import AdministrativeUnit, ReportExport
from portal.core.exceptions import NotFoundError
from portal.core.pdf import FONT, vietnamese_date, vietnamese_pdf

logger = logging.getLogger(__name__)
# A report of more units below than this is written by a background task, not in the request.
INLINE_MAX_CHILDREN = 20
SHEET_NAME_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


@dataclass(frozen=True, slots=True)
class Table:
    """A titled table of plain values (numbers stay numbers)."""

    title: str
    header: list[str]
    rows: list[list[object]]


def _percent(rate: float | None) -> float | None:
    return None if rate is None else round(rate * 100, 1)


def _figure_cells(item: Figures) -> list[object]:
    return [
        item.label,
        item.denominator,
        item.attained,
        _percent(item.rate),
        _percent(item.target),
        item.target_date.strftime("%d/%m/%Y") if item.target_date else "",
        item.gap,
        item.status_label,
    ]


def _figure_header() -> list[str]:
    return [
        _("Indicator"),
        _("People in the group"),
        _("Reached"),
        _("Rate (%)"),
        _("Target (%)"),
        _("Due date"),
        _("Still needed (people)"),
        _("Status"),
    ]


def dashboard_tables(board: Dashboard) -> list[Table]:
    """The view's tables: the cards, the units below (lagging first), the months."""
    day = board.day.strftime("%d/%m/%Y")
    cards = Table(
        title=_("%(unit)s on %(day)s") % {"unit": board.title, "day": day},
        header=[*_figure_header(), _("Projection")],
        rows=[
            [*_figure_cells(card.figures), card.trend.message if card.trend else ""]
            for card in board.cards
        ],
    )
    children = Table(
        title=_("Units below, lagging first"),
        header=[_("Code"), _("Unit"), *_figure_header()],
        rows=[
            [row.unit.code, row.unit.name, *_figure_cells(item)]
            for row in board.children
            for item in row.figures
        ],
    )
    months = Table(
        title=_("Month by month"),
        header=[_("Indicator"), _("Date"), _("Reached"), _("Rate (%)"), _("Expected (%)")],
        rows=[
            [
                card.figures.label,
                row.day.strftime("%d/%m/%Y"),
                row.attained,
                _percent(row.rate),
                _percent(row.expected),
            ]
            for card in board.cards
            if card.trend
            for row in card.trend.rows
        ],
    )
    return [table for table in (cards, children, months) if table.rows or table is cards]


def xlsx_bytes(tables: list[Table]) -> bytes:
    """One sheet per table: its title, a bold header, then the rows (numbers as numbers)."""
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for position, table in enumerate(tables, start=1):
        title = table.title.translate(SHEET_NAME_FORBIDDEN)[:28] or str(position)
        sheet = workbook.create_sheet(f"{position} {title}"[:31])
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append(table.header)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            sheet.append(row)
        for row_cells in sheet.iter_rows(min_row=3):
            for cell in row_cells:
                if isinstance(cell.value, float):
                    cell.number_format = "0.0"
                elif isinstance(cell.value, int):
                    cell.number_format = "#,##0"
        for column, heading in enumerate(table.header, start=1):
            letter = sheet.cell(row=2, column=column).column_letter
            sheet.column_dimensions[letter].width = max(12, min(40, len(heading) + 4))
        sheet.freeze_panes = "A3"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_lines(tables: list[Table]) -> Iterator[list[str]]:
    """The tables one after another, each with its title and header, a blank line between."""
    for position, table in enumerate(tables):
        if position:
            yield []
        yield [table.title]
        yield table.header
        for row in table.rows:
            yield ["" if cell is None else str(cell) for cell in row]


def csv_bytes(tables: list[Table]) -> bytes:
    """The same as one UTF-8 CSV with a byte order mark, which Excel opens as Unicode."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(csv_lines(tables))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def record_export(
    *,
    actor: User | AnonymousUser,
    kind: str,
    unit: AdministrativeUnit | None,
    day: date,
    request: HttpRequest | None = None,
    detail: dict[str, object] | None = None,
) -> None:
    """Write one export to the audit log."""
    audit.record(
        actor=actor,
        action=AuditEntry.Action.FIGURES_EXPORTED,
        target=f"progress {kind} unit {unit.code} {unit.name}" if unit else f"progress {kind} area",
        request=request,
        detail={"format": kind, "date": day.isoformat(), **(detail or {})},
    )


# The periodic report. Its wording is the form of an administrative report (Decree 30/2020 on
# administrative documents), written in Vietnamese whatever language the interface uses.
ISSUER = "BAN CHỈ ĐẠO PHONG TRÀO\n“BÌNH DÂN HỌC VỤ SỐ”"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
REPORT_TITLE = "BÁO CÁO"
REPORT_SUBJECT = "Kết quả triển khai phong trào Bình dân học vụ số"
ADDRESSEE = "Kính gửi: Ban Chỉ đạo Trung ương phong trào “Bình dân học vụ số”"
REPORT_COLUMNS = (
    ("STT", 10.0, Align.C),
    ("Đơn vị", 66.0, Align.L),
    ("Số người của nhóm", 28.0, Align.R),
    ("Đã đạt", 24.0, Align.R),
    ("Tỷ lệ", 20.0, Align.R),
    ("Mục tiêu", 20.0, Align.R),
    ("Hạn mục tiêu", 24.0, Align.C),
    ("Còn thiếu", 24.0, Align.R),
    ("Đánh giá", 41.0, Align.L),
)
PAGE_MARGIN = 15.0
INK = (20, 20, 20)


@dataclass(frozen=True, slots=True)
class ReportSection:
    """One indicator's table: the unit itself, then each unit below it."""

    title: str
    rows: list[list[str]]


@dataclass(frozen=True, slots=True)
class OfficialReport:
    """What the periodic report says."""

    unit_name: str
    period_start: date
    day: date
    issued_on: date
    sections: list[ReportSection]


def _report_row(number: str, name: str, item: Figures) -> list[str]:
    return [
        number,
        name,
        item.denominator_text,
        item.attained_text,
        item.rate_text,
        item.target_text,
        item.target_date.strftime("%d/%m/%Y") if item.target_date else "–",
        item.gap_text,
        item.status_label,
    ]


def official_report(board: Dashboard, *, issued_on: date) -> OfficialReport:
    """The report of a unit's dashboard: cumulative from the campaign's start to its day."""
    if board.unit is None:
        raise NotFoundError("a report is about one unit")
    children = sorted(board.children, key=lambda row: (row.unit.name_folded, row.unit.code))
    sections = [
        ReportSection(
            title=f"{position}. {card.figures.label}",
            rows=[
                _report_row("", f"{board.unit.name} (toàn đơn vị)", card.figures),
                *(
                    _report_row(str(number), row.unit.name, row.figures[position - 1])
                    for number, row in enumerate(children, start=1)
                ),
            ],
        )
        for position, card in enumerate(board.cards, start=1)
    ]
    return OfficialReport(
        unit_name=board.unit.name,
        period_start=CAMPAIGN_START,
        day=board.day,
        issued_on=issued_on,
        sections=sections,
    )


def _heading(pdf: FPDF, report: OfficialReport) -> None:
    half = (pdf.w - 2 * PAGE_MARGIN) / 2
    top = pdf.get_y()
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(half, 5, ISSUER, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(half, 5, report.unit_name.upper(), align=Align.C, new_x=XPos.LMARGIN)
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(half, 6, "Số: ....../BC-BCĐ", align=Align.C, new_x=XPos.LMARGIN)
    left_bottom = pdf.get_y()
    pdf.set_xy(PAGE_MARGIN + half, top)
    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(half, 5, NATION, align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.multi_cell(half, 5, MOTTO, align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 10)
    pdf.ln(1)
    pdf.set_x(PAGE_MARGIN + half)
    pdf.multi_cell(
        half,
        6,
        f"{report.unit_name}, {vietnamese_date(report.issued_on)}",
        align=Align.C,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(max(left_bottom, pdf.get_y()) + 6)
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 7, REPORT_TITLE, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 12)
    pdf.cell(0, 7, REPORT_SUBJECT, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 10)
    period = (
        f"Kỳ báo cáo: lũy kế từ ngày {report.period_start.strftime('%d/%m/%Y')} "
        f"(bắt đầu phong trào) đến ngày {report.day.strftime('%d/%m/%Y')}"
    )
    pdf.cell(0, 6, period, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.cell(0, 6, ADDRESSEE, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)


def _section(pdf: FPDF, section: ReportSection) -> None:
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(0, 6, section.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font(FONT, "", 8.5)
    widths = tuple(width for _name, width, _align in REPORT_COLUMNS)
    with pdf.table(
        col_widths=widths,
        line_height=4.5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
        padding=1,
    ) as table:
        heading = table.row()
        for name, _width, _align in REPORT_COLUMNS:
            heading.cell(name, align=Align.C)
        for position, values in enumerate(section.rows):
            row = table.row()
            style = FontFace(emphasis="BOLD") if position == 0 else None
            for value, (_name, _width, align) in zip(values, REPORT_COLUMNS, strict=True):
                row.cell(value, align=align, style=style)
    pdf.ln(4)


def _signatures(pdf: FPDF) -> None:
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.ln(4)
    half = (pdf.w - 2 * PAGE_MARGIN) / 2
    top = pdf.get_y()
    for column, (title, hint) in enumerate(
        (("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)"))
    ):
        pdf.set_xy(PAGE_MARGIN + column * half, top)
        pdf.set_font(FONT, "B", 10)
        pdf.cell(half, 6, title, align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font(FONT, "", 9)
        pdf.cell(half, 5, hint, align=Align.C)


def render_report_pdf(report: OfficialReport) -> bytes:
    """The report as an A4 landscape PDF (nine columns), DejaVu Sans embedded (every
    Vietnamese letter)."""
    pdf = vietnamese_pdf(
        margin=PAGE_MARGIN,
        title=f"{REPORT_TITLE} {REPORT_SUBJECT} - {report.unit_name}",
        author=report.unit_name,
        creator="Bình dân học vụ số",
    )
    pdf.set_auto_page_break(auto=True, margin=PAGE_MARGIN)
    pdf.add_page()
    pdf.set_text_color(*INK)
    _heading(pdf, report)
    for section in report.sections:
        _section(pdf, section)
    pdf.set_font(FONT, "", 8.5)
    pdf.multi_cell(
        0,
        4.5,
        "Ghi chú: Tỷ lệ = số người đạt kỹ năng số cơ bản / số người của nhóm năm "
        f"{report.day.year}. Đánh giá so với lộ trình đều từ ngày "
        f"{report.period_start.strftime('%d/%m/%Y')} đến hạn của mục tiêu: chậm dưới 10 điểm "
        "phần trăm là có nguy cơ chậm, chậm hơn nữa là chậm tiến độ.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    _signatures(pdf)
    return bytes(pdf.output())


def report_filename(unit: AdministrativeUnit, day: date) -> str:
    """bao-cao-<code>-<date>.pdf"""
    return f"bao-cao-{unit.code}-{day.isoformat()}.pdf"


def report_pdf(*, actor: User | AnonymousUser, unit: AdministrativeUnit, day: date) -> bytes:
    """The periodic report of a unit the actor may see, as of day, in Vietnamese."""
    if not permissions.can_view_unit(actor, unit.pk):
        raise NotFoundError("no such unit")
    with translation.override("vi"):
        board = build_dashboard(actor=actor, unit=unit, day=day, with_trends=False)
        if board.notice:
            raise NotFoundError(board.notice)
        return render_report_pdf(official_report(board, issued_on=timezone.localdate()))


def is_large(board: Dashboard) -> bool:
    """Whether a report of this view is written in the background."""
    return len(board.children) > INLINE_MAX_CHILDREN


def request_report(*, actor: User, unit: AdministrativeUnit, day: date) -> ReportExport:
    """Ask for a unit's report to be written in the background; the caller enqueues it."""
    if not permissions.can_view_unit(actor, unit.pk):
        raise NotFoundError("no such unit")
    return ReportExport.objects.create(
        requested_by=actor,
        unit=unit,
        day=day,
        parameters={"date": day.isoformat(), "unit": unit.pk},
        filename=report_filename(unit, day),
    )


def write_report(*, export_id: int) -> ReportExport | None:
    """Write a requested report (idempotent: a written one is left as it is)."""
    job = ReportExport.objects.select_related("unit", "requested_by").filter(pk=export_id).first()
    if job is None or job.status == ReportExport.Status.DONE:
        return job
    job.status = ReportExport.Status.RUNNING
    job.save(update_fields=["status"])
    try:
        content = report_pdf(actor=job.requested_by, unit=job.unit, day=job.day)
    except Exception as error:
        logger.exception("report export %s failed", export_id)
        job.status = ReportExport.Status.FAILED
        job.error = str(error)[:2000]
    else:
        job.content = content
        job.status = ReportExport.Status.DONE
        job.error = ""
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "content", "error", "finished_at"])
    return job


def report_export_for(*, actor: User | AnonymousUser, export_id: int) -> ReportExport:
    """A report the actor asked for and may still see, or NotFoundError."""
    job = ReportExport.objects.select_related("unit").filter(pk=export_id).first()
    if (
        job is None
        or job.requested_by_id != getattr(actor, "pk", None)
        or not permissions.can_view_unit(actor, job.unit_id)
    ):
        raise NotFoundError("no such report")
    return job
