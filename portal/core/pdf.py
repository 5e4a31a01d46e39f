"""PDF documents in Vietnamese (certificates, periodic reports): an fpdf2 page with DejaVu Sans
embedded, which has every Vietnamese letter, and dates written the Vietnamese way."""

from datetime import date
from pathlib import Path

from fpdf import FPDF

FONTS = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVu"


def vietnamese_pdf(*, margin: float, title: str, author: str, creator: str) -> FPDF:
    """An A4 landscape document with the fonts added, margins set and its metadata filled."""
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_margins(margin, margin, margin)
    pdf.add_font(FONT, "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_lang("vi")
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator(creator)
    return pdf


def vietnamese_date(day: date) -> str:
    """ "ngày 04 tháng 12 năm 2026", as dates are written on Vietnamese documents."""
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
