"""A phone screen to draw on: design-space coordinates (360 x 640) on a canvas twice as large,
Vietnamese text in the vendored DejaVu fonts, and the status bar, app bar and buttons every
screen shares (portal.learning.demo.media.screens draws the screens themselves)."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from portal.news.demo.media import FONT_DIR

WIDTH = 360
HEIGHT = 640
SCALE = 2  # drawn at twice the design size, for sharp text on phones with dense screens

Color = tuple[int, int, int]
Box = tuple[float, float, float, float]

ICON_COLORS: tuple[str, ...] = (
    "#e53935",
    "#1e88e5",
    "#43a047",
    "#fb8c00",
    "#8e24aa",
    "#00897b",
    "#3949ab",
    "#f4511e",
    "#6d4c41",
    "#00acc1",
)

WHITE: Color = (255, 255, 255)
INK: Color = (33, 37, 41)
MUTED: Color = (110, 117, 125)
LINE: Color = (222, 226, 230)
PAPER: Color = (245, 247, 250)
RED: Color = (229, 40, 40)
STATUS_H = 24
BAR_H = 52
TOP = STATUS_H + BAR_H


def hex_color(value: str) -> Color:
    return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))


def mix(a: Color, b: Color, share: float) -> Color:
    """Blend share of b into a."""
    return (
        round(a[0] + (b[0] - a[0]) * share),
        round(a[1] + (b[1] - a[1]) * share),
        round(a[2] + (b[2] - a[2]) * share),
    )


def stable_number(text: str) -> int:
    """A stable number from a text (Python's hash() changes between runs)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")


def icon_color(text: str) -> Color:
    """A stable colour for an icon or avatar named by text."""
    return hex_color(ICON_COLORS[stable_number(text) % len(ICON_COLORS)])


@lru_cache(maxsize=32)
def font(size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    """A vendored DejaVu Sans font at a design size (basic layout, so output does not depend on
    raqm)."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(
        str(FONT_DIR / name), round(size * SCALE), layout_engine=ImageFont.Layout.BASIC
    )


@dataclass
class Canvas:
    """Design-space drawing (360 x 640) on a canvas SCALE times larger; boxes record each line's
    place for the highlight."""

    image: Image.Image
    primary: Color
    boxes: dict[int, Box] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.draw = ImageDraw.Draw(self.image)

    def rect(
        self,
        box: Box,
        fill: Color | None,
        radius: float = 0,
        outline: Color | None = None,
        width: float = 1,
    ) -> None:
        x0, y0, x1, y1 = (value * SCALE for value in box)
        self.draw.rounded_rectangle(
            (x0, y0, x1, y1),
            radius=radius * SCALE,
            fill=fill,
            outline=outline,
            width=max(1, round(width * SCALE)) if outline else 0,
        )

    def ellipse(self, box: Box, fill: Color | None, outline: Color | None = None) -> None:
        self.draw.ellipse(
            tuple(value * SCALE for value in box), fill=fill, outline=outline, width=SCALE
        )

    def line(self, points: list[tuple[float, float]], fill: Color, width: float = 1) -> None:
        self.draw.line(
            [(x * SCALE, y * SCALE) for x, y in points], fill=fill, width=round(width * SCALE)
        )

    def text(
        self,
        xy: tuple[float, float],
        text: str,
        size: float,
        fill: Color = INK,
        bold: bool = False,
        anchor: str = "la",
    ) -> None:
        self.draw.text(
            (xy[0] * SCALE, xy[1] * SCALE),
            nfc(text),
            font=font(size, bold),
            fill=fill,
            anchor=anchor,
        )

    def width_of(self, text: str, size: float, bold: bool = False) -> float:
        return font(size, bold).getlength(nfc(text)) / SCALE

    def wrap(
        self, text: str, size: float, width: float, bold: bool = False, max_lines: int = 3
    ) -> list[str]:
        """Greedy word wrap measured with the font; an ellipsis ends text that does not fit."""
        lines: list[str] = []
        current = ""
        for word in nfc(text).split():
            candidate = f"{current} {word}".strip()
            if not current or self.width_of(candidate, size, bold) <= width:
                current = candidate
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
        if len(lines) > max_lines:
            lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
        return [self._fit(line, size, width, bold) for line in lines] or [""]

    def _fit(self, text: str, size: float, width: float, bold: bool) -> str:
        if self.width_of(text, size, bold) <= width:
            return text
        while text and self.width_of(text + "…", size, bold) > width:
            text = text[:-1]
        return text.rstrip() + "…"

    def paragraph(
        self,
        xy: tuple[float, float],
        text: str,
        size: float,
        width: float,
        fill: Color = INK,
        bold: bool = False,
        max_lines: int = 3,
        center: bool = False,
    ) -> float:
        """Draw wrapped text; return the height it took."""
        leading = size * 1.35
        lines = self.wrap(text, size, width, bold, max_lines)
        for index, line in enumerate(lines):
            y = xy[1] + index * leading
            if center:
                self.text((xy[0] + width / 2, y), line, size, fill, bold, anchor="ma")
            else:
                self.text((xy[0], y), line, size, fill, bold)
        return len(lines) * leading


def nfc(text: str) -> str:
    """Normalise to NFC so Vietnamese letters use precomposed glyphs."""
    return unicodedata.normalize("NFC", text)


def chrome(canvas: Canvas, title: str, *, dark: bool = False, back: bool = True) -> None:
    """Status bar and app bar."""
    bar = canvas.primary
    canvas.rect((0, 0, WIDTH, STATUS_H), mix(bar, (0, 0, 0), 0.25))
    canvas.text((14, 6), "9:41", 11, WHITE, bold=True)
    for index in range(4):
        height = 4 + index * 2.5
        x = WIDTH - 62 + index * 5
        canvas.rect((x, 17 - height, x + 3, 17), WHITE)
    canvas.rect((WIDTH - 36, 7, WIDTH - 14, 17), None, radius=2, outline=WHITE, width=1)
    canvas.rect((WIDTH - 34, 9, WIDTH - 20, 15), WHITE, radius=1)
    canvas.rect((WIDTH - 13, 10, WIDTH - 11, 14), WHITE)
    canvas.rect((0, STATUS_H, WIDTH, TOP), mix(bar, (0, 0, 0), 0.35) if dark else bar)
    left = 16
    if back:
        canvas.line([(30, STATUS_H + 18), (22, STATUS_H + 26), (30, STATUS_H + 34)], WHITE, 2)
        canvas.line([(22, STATUS_H + 26), (38, STATUS_H + 26)], WHITE, 2)
        left = 52
    [heading] = canvas.wrap(title, 17, WIDTH - left - 16, bold=True, max_lines=1)
    canvas.text((left, STATUS_H + 26), heading, 17, WHITE, bold=True, anchor="lm")


def button(canvas: Canvas, box: Box, label: str, fill: Color) -> None:
    canvas.rect(box, fill, radius=(box[3] - box[1]) / 2)
    [text] = canvas.wrap(label, 15, box[2] - box[0] - 24, bold=True, max_lines=1)
    canvas.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), text, 15, WHITE, True, "mm")


def status_icons(canvas: Canvas) -> None:
    canvas.text((14, 6), "9:41", 11, WHITE, bold=True)
    canvas.rect((WIDTH - 36, 7, WIDTH - 14, 17), None, radius=2, outline=WHITE, width=1)
    canvas.rect((WIDTH - 34, 9, WIDTH - 20, 15), WHITE, radius=1)


def input_bar(canvas: Canvas, placeholder: str) -> None:
    canvas.rect((0, HEIGHT - 60, WIDTH, HEIGHT), WHITE)
    canvas.rect((14, HEIGHT - 48, WIDTH - 64, HEIGHT - 12), PAPER, radius=18)
    canvas.text((30, HEIGHT - 30), placeholder, 13, MUTED, anchor="lm")
    canvas.ellipse((WIDTH - 52, HEIGHT - 48, WIDTH - 16, HEIGHT - 12), canvas.primary)
    canvas.draw.polygon(
        [
            ((WIDTH - 41) * SCALE, (HEIGHT - 38) * SCALE),
            ((WIDTH - 25) * SCALE, (HEIGHT - 30) * SCALE),
            ((WIDTH - 41) * SCALE, (HEIGHT - 22) * SCALE),
        ],
        fill=WHITE,
    )
