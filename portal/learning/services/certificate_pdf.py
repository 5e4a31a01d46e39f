"""The printable certificate: an A4 landscape PDF in Vietnamese, with DejaVu Sans embedded (every
Vietnamese letter, no system fonts needed) and a QR code leading to the verification page."""

import logging
from dataclasses import dataclass
from datetime import date, datetime

import qrcode
import qrcode.constants
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos
from PIL import Image

from portal.core.pdf import FONT, vietnamese_date, vietnamese_pdf

QR_BOX_PIXELS = 10
QR_BORDER_MODULES = 2
PAGE_WIDTH = 297.0
PAGE_HEIGHT = 210.0
MARGIN = 22.0
INK = (30, 41, 59)
ACCENT = (178, 34, 34)
# fontTools logs every glyph of every subset at INFO level: noise for each certificate.
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)


@dataclass(frozen=True, slots=True)
class CertificateText:
    """What the paper says, exactly as the verification page shows it."""

    code: str
    holder_name: str
    course_title: str
    issuer_name: str
    issued_on: date
    verify_url: str
    programme: str = "Bình dân học vụ số"


def qr_image(url: str) -> Image.Image:
    """The QR code of a URL as a black-and-white image (medium error correction, which survives
    a fold or a smudge on paper)."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=QR_BOX_PIXELS,
        border=QR_BORDER_MODULES,
    )
    code.add_data(url)
    code.make(fit=True)
    image = code.make_image().get_image()
    return image.convert("L")


def _fitting_size(pdf: FPDF, text: str, *, style: str, largest: float, width: float) -> float:
    """The largest font size (down to 60% of largest) at which text fits on one line."""
    size = largest
    while size > largest * 0.6:
        pdf.set_font(FONT, style, size)
        if pdf.get_string_width(text) <= width:
            break
        size -= 1
    return size


def _centred(pdf: FPDF, text: str, *, size: float, style: str = "", height: float = 8) -> None:
    pdf.set_font(FONT, style, size)
    pdf.set_x(MARGIN)
    pdf.multi_cell(
        PAGE_WIDTH - 2 * MARGIN,
        height,
        text,
        align=Align.C,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def _frame(pdf: FPDF) -> None:
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, PAGE_WIDTH - 16, PAGE_HEIGHT - 16)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, PAGE_WIDTH - 22, PAGE_HEIGHT - 22)


def _heading(pdf: FPDF, text: CertificateText) -> None:
    column = (PAGE_WIDTH - 2 * MARGIN) / 2
    pdf.set_xy(MARGIN, 18)
    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(column - 10, 5, text.issuer_name.upper(), align=Align.C)
    pdf.set_xy(MARGIN + column + 10, 18)
    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(column - 10, 5, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", align=Align.C)
    pdf.set_x(MARGIN + column + 10)
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(column - 10, 5, "Độc lập - Tự do - Hạnh phúc", align=Align.C)


def _body(pdf: FPDF, text: CertificateText) -> None:
    width = PAGE_WIDTH - 2 * MARGIN
    pdf.set_y(48)
    pdf.set_text_color(*ACCENT)
    _centred(pdf, "GIẤY CHỨNG NHẬN", size=34, style="B", height=16)
    pdf.set_text_color(*INK)
    pdf.ln(2)
    _centred(pdf, "Chứng nhận", size=14)
    size = _fitting_size(pdf, text.holder_name, style="B", largest=26, width=width)
    _centred(pdf, text.holder_name, size=size, style="B", height=13)
    pdf.ln(1)
    _centred(pdf, "đã hoàn thành khoá học", size=14)
    size = _fitting_size(pdf, text.course_title, style="B", largest=20, width=width)
    _centred(pdf, text.course_title, size=size, style="B", height=10)
    _centred(pdf, f"thuộc chương trình «{text.programme}»", size=12)
    pdf.ln(2)
    _centred(pdf, vietnamese_date(text.issued_on).capitalize(), size=12)


def _footer(pdf: FPDF, text: CertificateText) -> None:
    qr_size = 34.0
    top = PAGE_HEIGHT - MARGIN - qr_size + 4
    pdf.image(qr_image(text.verify_url), x=MARGIN, y=top, w=qr_size, h=qr_size)
    left = MARGIN + qr_size + 4
    pdf.set_xy(left, top + 8)
    pdf.set_font(FONT, "", 10)
    pdf.cell(0, 6, "Mã chứng chỉ: ", new_x=XPos.END)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, text.code, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(left)
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(110, 5, f"Kiểm tra tại {text.verify_url}", align=Align.L, new_x=XPos.LMARGIN)
    pdf.set_x(left)
    pdf.set_font(FONT, "", 8)
    pdf.multi_cell(
        110,
        4,
        "hoặc quét mã QR. Chứng chỉ điện tử được ký số; trang kiểm tra cho biết hiệu lực.",
        align=Align.L,
    )
    signer_width = 95.0
    pdf.set_xy(PAGE_WIDTH - MARGIN - signer_width, top + 6)
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(signer_width, 6, text.issuer_name, align=Align.C)


def render_certificate(text: CertificateText, *, created: datetime | None = None) -> bytes:
    """The certificate as PDF bytes."""
    pdf = vietnamese_pdf(
        margin=MARGIN,
        title=f"Giấy chứng nhận {text.code}",
        author=text.issuer_name,
        creator=text.programme,
    )
    pdf.set_auto_page_break(auto=False)
    pdf.set_subject(text.course_title)
    if created is not None:
        pdf.set_creation_date(created)
    pdf.add_page()
    pdf.set_text_color(*INK)
    _frame(pdf)
    _heading(pdf, text)
    _body(pdf, text)
    _footer(pdf, text)
    return bytes(pdf.output())
