"""A4 PDF laid out like a Vietnamese administrative document."""

from __future__ import annotations

import io
import math
import unicodedata
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(__file__).resolve().parents[3] / "core" / "fonts"

_DPI = 150
_PAGE_W = 1240  # A4 width at 150 dpi
_PAGE_H = 1754  # A4 height at 150 dpi
_MM = _DPI / 25.4
_MARGIN_LEFT = round(30 * _MM)
_MARGIN_RIGHT = round(15 * _MM)
_MARGIN_TOP = round(20 * _MM)
_MARGIN_BOTTOM = round(25 * _MM)
_INK = 20
_GREY = 130


def _px(points: float) -> int:
    """Convert a font size in points to pixels at the PDF resolution."""
    return round(points * _DPI / 72)


@lru_cache(maxsize=32)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Load a vendored DejaVu Sans font (basic layout, so output does not depend on raqm)."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size, layout_engine=ImageFont.Layout.BASIC)


def _nfc(text: str) -> str:
    """Normalise to NFC so Vietnamese letters use precomposed glyphs."""
    return unicodedata.normalize("NFC", text)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float, indent: float = 0) -> list[str]:
    """Greedy word wrap measured with the real font; the first line may be indented."""
    lines: list[str] = []
    current = ""
    for word in _nfc(text).split():
        limit = width - (indent if not lines else 0)
        candidate = f"{current} {word}" if current else word
        if not current or font.getlength(candidate) <= limit:
            current = candidate
            continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    # hard-break words that are longer than a full line
    out: list[str] = []
    for line in lines:
        rest = line
        while len(rest) > 1 and font.getlength(rest) > width - (indent if not out else 0):
            limit = width - (indent if not out else 0)
            cut = len(rest)
            while cut > 1 and font.getlength(rest[:cut]) > limit:
                cut -= 1
            out.append(rest[:cut])
            rest = rest[cut:]
        out.append(rest)
    return out


def _balanced_wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Wrap centred text into the fewest lines, with line lengths as even as possible."""
    lines = _wrap(text, font, width)
    if len(lines) < 2:
        return lines
    low, high = width * 0.4, width
    for _ in range(12):
        middle = (low + high) / 2
        if len(_wrap(text, font, middle)) > len(lines):
            low = middle
        else:
            high = middle
    return _wrap(text, font, high)


class _Document:
    """Flows text onto A4 page images, adding pages as needed."""

    def __init__(self) -> None:
        self.pages: list[Image.Image] = []
        self.y = 0.0
        self.left = float(_MARGIN_LEFT)
        self.right = float(_PAGE_W - _MARGIN_RIGHT)
        self.bottom = float(_PAGE_H - _MARGIN_BOTTOM)
        self.new_page()

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        """Drawing context of the current page."""
        return ImageDraw.Draw(self.pages[-1])

    def new_page(self) -> None:
        """Start a fresh page."""
        self.pages.append(Image.new("L", (_PAGE_W, _PAGE_H), 255))
        self.y = float(_MARGIN_TOP)

    def ensure(self, height: float) -> None:
        """Break the page if ``height`` pixels do not fit any more."""
        if self.y + height > self.bottom and self.y > _MARGIN_TOP:
            self.new_page()

    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: ImageFont.FreeTypeFont,
        fill: int = _INK,
        italic: bool = False,
    ) -> None:
        """Draw text with its top-left ascender line at ``(x, y)``; optionally slanted."""
        text = _nfc(text)
        if not italic:
            self.draw.text((x, y), text, font=font, fill=fill)
            return
        ascent, descent = font.getmetrics()
        width = math.ceil(font.getlength(text))
        height = ascent + descent
        slant = 0.2
        extra = math.ceil(slant * height)
        mask = Image.new("L", (width + extra, height), 0)
        ImageDraw.Draw(mask).text((extra, 0), text, font=font, fill=255)
        mask = mask.transform(
            mask.size,
            Image.Transform.AFFINE,
            (1, slant, -slant * height, 0, 1, 0),
            resample=Image.Resampling.BICUBIC,
        )
        self.pages[-1].paste(fill, (round(x - extra / 2), round(y)), mask)

    def centered(
        self,
        cx: float,
        y: float,
        text: str,
        font: ImageFont.FreeTypeFont,
        fill: int = _INK,
        italic: bool = False,
    ) -> float:
        """Draw text centred on ``cx``; returns its width."""
        width = font.getlength(_nfc(text))
        self.text(cx - width / 2, y, text, font, fill, italic)
        return width

    def paragraph(
        self, text: str, font: ImageFont.FreeTypeFont, indent: float, leading: float
    ) -> None:
        """Flow a justified paragraph (last line left-aligned) with a first-line indent."""
        width = self.right - self.left
        lines = _wrap(text, font, width, indent)
        space = font.getlength(" ")
        for number, line in enumerate(lines):
            self.ensure(leading)
            x = self.left + (indent if number == 0 else 0)
            words = line.split(" ")
            available = width - (indent if number == 0 else 0)
            natural = sum(font.getlength(word) for word in words)
            gaps = len(words) - 1
            is_last = number == len(lines) - 1
            stretch = (available - natural) / gaps if gaps else space
            if is_last or stretch > space * 3:
                stretch = space
            for word in words:
                self.text(x, self.y, word, font)
                x += font.getlength(word) + stretch
            self.y += leading


def _place_and_date(issued_on: str) -> str:
    """Return the place/date line; a bare "ngày ..." date is placed in Lào Cai."""
    text = _nfc(" ".join(issued_on.split()))
    if text.lower().startswith("ngày"):
        return f"Lào Cai, {text}"
    return text


def _header(doc: _Document, issuing_body: str, document_number: str, issued_on: str) -> None:
    """Issuing body and number on the left, national motto and date on the right."""
    # the header may reach a little into the (wide) left and right margins
    split = doc.left + (doc.right - doc.left) * 0.42
    left_x0, left_x1 = doc.left - 50, split - 15
    right_x0, right_x1 = split + 5, doc.right + 25
    left_cx = (left_x0 + left_x1) / 2
    right_w = right_x1 - right_x0
    right_cx = (right_x0 + right_x1) / 2
    y0 = doc.y
    draw = doc.draw

    # left block: issuing body (parent bodies regular, the body itself bold)
    lines = [
        _nfc(" ".join(line.split())).upper() for line in issuing_body.splitlines() if line.strip()
    ]
    if not lines:
        lines = [""]
    y = y0
    last_width = 0.0
    column = left_x1 - left_x0
    size = 12.0
    while size > 9.5 and any(
        _font(_px(size), bold=index == len(lines) - 1).getlength(raw) > column
        for index, raw in enumerate(lines)
    ):
        size -= 0.5
    for index, raw in enumerate(lines):
        bold = index == len(lines) - 1
        font = _font(_px(size), bold=bold)
        for piece in _balanced_wrap(raw, font, column):
            last_width = doc.centered(left_cx, y, piece, font)
            y += _px(size) * 1.35
    rule = max(60.0, last_width * 0.4)
    draw.line((left_cx - rule / 2, y + 2, left_cx + rule / 2, y + 2), fill=_INK, width=2)
    left_bottom = y + 14

    # right block: national motto
    motto = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    size = 12.0
    while size > 8 and _font(_px(size), bold=True).getlength(motto) > right_w:
        size -= 0.5
    font = _font(_px(size), bold=True)
    doc.centered(right_cx, y0, motto, font)
    y = y0 + _px(size) * 1.35
    slogan = "Độc lập - Tự do - Hạnh phúc"
    font = _font(_px(min(13.0, size + 1)), bold=True)
    width = doc.centered(right_cx, y, slogan, font)
    y += _px(size + 1) * 1.35
    draw.line((right_cx - width / 2, y + 4, right_cx + width / 2, y + 4), fill=_INK, width=2)
    right_bottom = y + 14

    row = max(left_bottom, right_bottom) + _px(6)
    font = _font(_px(12))
    number = _nfc(document_number.strip())
    number_text = number if number.lower().startswith("số") else f"Số: {number}"
    doc.centered(left_cx, row, number_text, font)
    date_font = _font(_px(12))
    for piece in _wrap(_place_and_date(issued_on), date_font, right_w):
        doc.centered(right_cx, row, piece, date_font, italic=True)
        row += _px(12) * 1.4
    doc.y = max(row, left_bottom + _px(12) * 1.4) + _px(22)


def _signature(doc: _Document, issuing_body: str) -> None:
    """Recipients list on the left and the signature block on the right."""
    regular = _font(_px(12))
    small = _font(_px(10.5))
    small_bold = _font(_px(11), bold=True)
    lines = [line for line in issuing_body.splitlines() if line.strip()] or [issuing_body]
    body = _nfc(" ".join(lines[-1].split())).upper()
    right_w = (doc.right - doc.left) * 0.55
    right_cx = doc.right - right_w / 2
    size = 12.0
    while size > 10 and _font(_px(size), bold=True).getlength(f"TM. {body}") > right_w:
        size -= 0.5
    bold = _font(_px(size), bold=True)
    signer = _balanced_wrap(f"TM. {body}", bold, right_w)
    height = len(signer) * _px(12) * 1.4 + _px(12) * 6
    doc.y += _px(12)
    doc.ensure(height)
    top = doc.y
    y = top
    for piece in signer:
        doc.centered(right_cx, y, piece, bold)
        y += _px(12) * 1.4
    doc.centered(right_cx, y + _px(12) * 0.6, "(Đã ký)", regular, italic=True)
    y = top + _px(12) * 0.2
    doc.text(doc.left, y, "Nơi nhận:", small_bold, italic=True)
    y += _px(11) * 1.5
    for item in ("- Như trên;", "- Lưu: VT."):
        doc.text(doc.left, y, item, small)
        y += _px(10.5) * 1.45
    doc.y = top + height


def _footers(pages: list[Image.Image]) -> None:
    """Grey demo notice and page numbers at the bottom of every page."""
    font = _font(_px(8.5))
    total = len(pages)
    y = _PAGE_H - round(14 * _MM)
    for number, page in enumerate(pages, start=1):
        draw = ImageDraw.Draw(page)
        draw.line((_MARGIN_LEFT, y - 14, _PAGE_W - _MARGIN_RIGHT, y - 14), fill=200, width=1)
        draw.text((_MARGIN_LEFT, y), _nfc("Tài liệu minh hoạ cho bản demo"), font=font, fill=_GREY)
        label = f"Trang {number}/{total}"
        draw.text(
            (_PAGE_W - _MARGIN_RIGHT - font.getlength(label), y), label, font=font, fill=_GREY
        )


def document_pdf(
    *,
    title: str,
    document_number: str,
    issuing_body: str,
    issued_on: str,
    paragraphs: list[str],
) -> bytes:
    """Render an A4 PDF laid out like a Vietnamese administrative document."""
    doc = _Document()
    _header(doc, issuing_body, document_number, issued_on)
    title_font = _font(_px(14), bold=True)
    cx = (doc.left + doc.right) / 2
    for line in title.splitlines() or [title]:
        for piece in _balanced_wrap(line, title_font, doc.right - doc.left - 60):
            doc.ensure(_px(14) * 1.5)
            doc.centered(cx, doc.y, piece, title_font)
            doc.y += _px(14) * 1.45
    doc.y += _px(14)
    body = _font(_px(12.5))
    leading = _px(12.5) * 1.5
    heading = _font(_px(12.5), bold=True)
    for text in paragraphs:
        if not text.strip():
            continue
        # short all-caps lines such as "I. MỤC ĐÍCH, YÊU CẦU" are section headings
        is_heading = text.isupper() and len(text) <= 90
        if is_heading:
            doc.ensure(leading * 2.5)  # keep a heading with the first line that follows
        doc.paragraph(text, heading if is_heading else body, indent=10 * _MM, leading=leading)
        doc.y += _px(4)
    _signature(doc, issuing_body)
    _footers(doc.pages)
    buffer = io.BytesIO()
    doc.pages[0].save(
        buffer,
        "PDF",
        save_all=True,
        append_images=doc.pages[1:],
        resolution=float(_DPI),
        quality=75,
        optimize=True,
        progressive=True,
        title=_nfc(" ".join(title.split())),
        author=_nfc(" ".join(issuing_body.split())),
        creationDate=None,
        modDate=None,
    )
    return buffer.getvalue()
