"""Reusable props: shadows, pictograms, devices, plants and buildings."""

from __future__ import annotations

import random
from collections.abc import Sequence

from portal.news.demo.media.painting import (
    _WHITE,
    Color,
    Ink,
    _alpha,
    _dark,
    _leaf_points,
    _light,
    _Painter,
    _star_points,
)
from portal.news.demo.media.palette import _Palette


def _shadow(p: _Painter, cx: float, y: float, rx: float) -> None:
    """Soft contact shadow on the ground."""
    p.ellipse(cx, y, rx, rx * 0.11, (20, 40, 30, 38))


def _glyph(
    p: _Painter, kind: str, cx: float, cy: float, s: float, color: Ink, bg: Ink = _WHITE
) -> None:
    """Draw a small pictogram of half-size ``s`` (no text), never mirrored."""
    with p.upright(cx):
        _glyph_shape(p, kind, cx, cy, s, color, bg)


def _glyph_shape(
    p: _Painter, kind: str, cx: float, cy: float, s: float, color: Ink, bg: Ink
) -> None:
    """Draw the pictogram itself in design coordinates."""
    if kind == "wifi":
        base_y = cy + 0.55 * s
        p.circle(cx, base_y, 0.16 * s, color)
        p.arc(cx, base_y, 0.55 * s, 225, 315, color, 0.2 * s)
        p.arc(cx, base_y, 0.98 * s, 225, 315, color, 0.2 * s)
    elif kind == "check":
        p.line(
            [
                (cx - 0.5 * s, cy + 0.02 * s),
                (cx - 0.12 * s, cy + 0.4 * s),
                (cx + 0.55 * s, cy - 0.38 * s),
            ],
            color,
            0.22 * s,
        )
    elif kind == "play":
        p.poly(
            [(cx - 0.3 * s, cy - 0.45 * s), (cx - 0.3 * s, cy + 0.45 * s), (cx + 0.5 * s, cy)],
            color,
        )
    elif kind == "bars":
        for i, frac in enumerate((0.45, 0.75, 1.05)):
            bx = cx - 0.55 * s + i * 0.42 * s
            p.rect(bx, cy + 0.5 * s - frac * s, bx + 0.26 * s, cy + 0.5 * s, color, radius=0.06 * s)
    elif kind == "chat":
        p.rect(cx - 0.65 * s, cy - 0.5 * s, cx + 0.65 * s, cy + 0.35 * s, color, radius=0.25 * s)
        p.poly(
            [
                (cx - 0.35 * s, cy + 0.3 * s),
                (cx - 0.45 * s, cy + 0.7 * s),
                (cx - 0.05 * s, cy + 0.3 * s),
            ],
            color,
        )
        for i in (-1, 0, 1):
            p.circle(cx + i * 0.3 * s, cy - 0.08 * s, 0.09 * s, bg)
    elif kind == "mail":
        p.rect(cx - 0.65 * s, cy - 0.45 * s, cx + 0.65 * s, cy + 0.45 * s, color, radius=0.1 * s)
        p.line(
            [(cx - 0.5 * s, cy - 0.3 * s), (cx, cy + 0.08 * s), (cx + 0.5 * s, cy - 0.3 * s)],
            bg,
            0.1 * s,
        )
    elif kind == "pin":
        p.circle(cx, cy - 0.2 * s, 0.48 * s, color)
        p.poly([(cx - 0.4 * s, cy), (cx + 0.4 * s, cy), (cx, cy + 0.7 * s)], color)
        p.circle(cx, cy - 0.2 * s, 0.18 * s, bg)
    elif kind == "star":
        p.poly(_star_points(cx, cy + 0.05 * s, 0.7 * s, 0.45), color)
    elif kind == "heart":
        p.circle(cx - 0.27 * s, cy - 0.15 * s, 0.3 * s, color)
        p.circle(cx + 0.27 * s, cy - 0.15 * s, 0.3 * s, color)
        p.poly(
            [(cx - 0.55 * s, cy - 0.05 * s), (cx + 0.55 * s, cy - 0.05 * s), (cx, cy + 0.6 * s)],
            color,
        )
    elif kind == "person":
        p.circle(cx, cy - 0.25 * s, 0.3 * s, color)
        p.chord(cx, cy + 0.65 * s, 0.6 * s, 0.55 * s, 180, 360, color)
    elif kind == "book":
        p.poly(
            [
                (cx - 0.05 * s, cy - 0.35 * s),
                (cx - 0.7 * s, cy - 0.45 * s),
                (cx - 0.7 * s, cy + 0.4 * s),
                (cx - 0.05 * s, cy + 0.5 * s),
            ],
            color,
        )
        p.poly(
            [
                (cx + 0.05 * s, cy - 0.35 * s),
                (cx + 0.7 * s, cy - 0.45 * s),
                (cx + 0.7 * s, cy + 0.4 * s),
                (cx + 0.05 * s, cy + 0.5 * s),
            ],
            color,
        )
    elif kind == "lock":
        p.arc(cx, cy - 0.15 * s, 0.32 * s, 180, 360, color, 0.14 * s, caps=False)
        p.rect(cx - 0.46 * s, cy - 0.15 * s, cx - 0.32 * s, cy, color)
        p.rect(cx + 0.32 * s, cy - 0.15 * s, cx + 0.46 * s, cy, color)
        p.rect(cx - 0.55 * s, cy - 0.05 * s, cx + 0.55 * s, cy + 0.6 * s, color, radius=0.12 * s)
        p.circle(cx, cy + 0.22 * s, 0.1 * s, bg)
    elif kind == "video":
        p.rect(cx - 0.65 * s, cy - 0.4 * s, cx + 0.25 * s, cy + 0.4 * s, color, radius=0.12 * s)
        p.poly(
            [(cx + 0.3 * s, cy), (cx + 0.7 * s, cy - 0.35 * s), (cx + 0.7 * s, cy + 0.35 * s)],
            color,
        )
    elif kind == "cart":
        p.poly(
            [
                (cx - 0.6 * s, cy - 0.35 * s),
                (cx + 0.6 * s, cy - 0.35 * s),
                (cx + 0.42 * s, cy + 0.2 * s),
                (cx - 0.42 * s, cy + 0.2 * s),
            ],
            color,
        )
        p.circle(cx - 0.3 * s, cy + 0.45 * s, 0.13 * s, color)
        p.circle(cx + 0.3 * s, cy + 0.45 * s, 0.13 * s, color)
    elif kind == "leaf":
        p.poly(
            _leaf_points((cx - 0.55 * s, cy + 0.5 * s), (cx + 0.55 * s, cy - 0.55 * s), 0.75 * s),
            color,
        )
        p.line([(cx - 0.45 * s, cy + 0.4 * s), (cx + 0.3 * s, cy - 0.3 * s)], bg, 0.07 * s)
    elif kind == "home":
        p.poly(
            [(cx, cy - 0.65 * s), (cx - 0.7 * s, cy - 0.05 * s), (cx + 0.7 * s, cy - 0.05 * s)],
            color,
        )
        p.rect(cx - 0.48 * s, cy - 0.1 * s, cx + 0.48 * s, cy + 0.55 * s, color)
        p.rect(cx - 0.14 * s, cy + 0.15 * s, cx + 0.14 * s, cy + 0.55 * s, bg)
    else:  # "grid"
        for gx in (-1, 1):
            for gy in (-1, 1):
                p.rect(
                    cx + gx * 0.33 * s - 0.25 * s,
                    cy + gy * 0.33 * s - 0.25 * s,
                    cx + gx * 0.33 * s + 0.25 * s,
                    cy + gy * 0.33 * s + 0.25 * s,
                    color,
                    radius=0.08 * s,
                )


def _badge(p: _Painter, cx: float, cy: float, r: float, color: Color, kind: str) -> None:
    """A floating white circle with a coloured pictogram."""
    p.circle(cx + r * 0.06, cy + r * 0.12, r, (20, 30, 60, 40))
    p.circle(cx, cy, r, _WHITE)
    p.circle(cx, cy, r * 0.8, _light(color, 0.85))
    _glyph(p, kind, cx, cy, r * 0.55, color, _light(color, 0.85))


def _phone(
    p: _Painter, x0: float, y0: float, x1: float, y1: float, body: Color, screen: Color
) -> tuple[float, float, float, float]:
    """Draw a smartphone and return its screen rectangle."""
    w = x1 - x0
    p.rect(
        x0 + w * 0.03,
        y0 + w * 0.05,
        x1 + w * 0.03,
        y1 + w * 0.05,
        (20, 30, 50, 45),
        radius=w * 0.15,
    )
    p.rect(x0, y0, x1, y1, body, radius=w * 0.15)
    inset = w * 0.05
    box = (x0 + inset, y0 + inset * 1.2, x1 - inset, y1 - inset * 1.2)
    p.rect(*box, screen, radius=w * 0.1)
    p.rect(
        x0 + w * 0.38,
        y0 + inset * 1.2 + w * 0.03,
        x1 - w * 0.38,
        y0 + inset * 1.2 + w * 0.07,
        body,
        radius=w * 0.03,
    )
    return box


def _laptop_back(p: _Painter, cx: float, base: float, w: float, color: Color) -> None:
    """The back of an open laptop seen across a desk."""
    p.rect(cx - w / 2, base - w * 0.66, cx + w / 2, base, color, radius=w * 0.06)
    p.circle(cx, base - w * 0.35, w * 0.07, _light(color, 0.35))
    p.rect(
        cx - w * 0.56,
        base - w * 0.03,
        cx + w * 0.56,
        base + w * 0.02,
        _dark(color, 0.2),
        radius=w * 0.02,
    )


def _laptop_front(
    p: _Painter, cx: float, base: float, w: float, body: Color, screen: Color
) -> tuple[float, float, float, float]:
    """An open laptop facing the viewer; returns the screen rectangle."""
    p.rect(cx - w / 2, base - w * 0.64, cx + w / 2, base - w * 0.02, body, radius=w * 0.04)
    box = (cx - w * 0.45, base - w * 0.59, cx + w * 0.45, base - w * 0.07)
    p.rect(*box, screen, radius=w * 0.02)
    p.poly(
        [
            (cx - w * 0.5, base - w * 0.03),
            (cx + w * 0.5, base - w * 0.03),
            (cx + w * 0.6, base + w * 0.03),
            (cx - w * 0.6, base + w * 0.03),
        ],
        _light(body, 0.2),
    )
    return box


def _qr(p: _Painter, x0: float, y0: float, size: float, rng: random.Random, dark: Color) -> None:
    """A plausible (random) QR code with finder patterns."""
    n = 21
    cell = size / n
    finders = ((0, 0), (n - 7, 0), (0, n - 7))

    def in_finder(i: int, j: int) -> bool:
        return any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finders)

    for j in range(n):
        for i in range(n):
            if in_finder(i, j):
                continue
            on = (i + j) % 2 == 0 if i == 6 or j == 6 else rng.random() < 0.5
            if on:
                p.rect(x0 + i * cell, y0 + j * cell, x0 + (i + 1) * cell, y0 + (j + 1) * cell, dark)
    for fx, fy in finders:
        ax, ay = x0 + fx * cell, y0 + fy * cell
        p.rect(ax, ay, ax + 7 * cell, ay + 7 * cell, dark, radius=cell * 0.8)
        p.rect(ax + cell, ay + cell, ax + 6 * cell, ay + 6 * cell, _WHITE, radius=cell * 0.5)
        p.rect(ax + 2 * cell, ay + 2 * cell, ax + 5 * cell, ay + 5 * cell, dark, radius=cell * 0.4)


_SEGMENTS: dict[str, str] = {
    "0": "abcdef",
    "1": "bc",
    "2": "abged",
    "3": "abgcd",
    "4": "fgbc",
    "5": "afgcd",
    "6": "afgedc",
    "7": "abc",
    "8": "abcdefg",
    "9": "abcdfg",
}


def _seven_segment(
    p: _Painter, x0: float, y0: float, w: float, h: float, digit: str, on: Color, off: Ink
) -> None:
    """Draw one seven-segment digit (drawn as shapes, not text)."""
    t = w * 0.2
    half = h / 2
    boxes = {
        "a": (x0 + t * 0.6, y0, x0 + w - t * 0.6, y0 + t),
        "g": (x0 + t * 0.6, y0 + half - t / 2, x0 + w - t * 0.6, y0 + half + t / 2),
        "d": (x0 + t * 0.6, y0 + h - t, x0 + w - t * 0.6, y0 + h),
        "f": (x0, y0 + t * 0.6, x0 + t, y0 + half - t * 0.3),
        "b": (x0 + w - t, y0 + t * 0.6, x0 + w, y0 + half - t * 0.3),
        "e": (x0, y0 + half + t * 0.3, x0 + t, y0 + h - t * 0.6),
        "c": (x0 + w - t, y0 + half + t * 0.3, x0 + w, y0 + h - t * 0.6),
    }
    lit = _SEGMENTS.get(digit, "")
    for name, box in boxes.items():
        p.rect(*box, on if name in lit else off, radius=t * 0.45)


def _tree(p: _Painter, x: float, base: float, h: float, color: Color, kind: str = "round") -> None:
    """A flat tree: ``round`` canopy or ``pine``."""
    trunk = (112, 78, 55)
    _shadow(p, x, base, h * 0.28)
    if kind == "pine":
        p.rect(x - h * 0.035, base - h * 0.3, x + h * 0.035, base, trunk)
        for i, frac in enumerate((0.0, 0.24, 0.46)):
            top = base - h + frac * h
            width = h * (0.2 + 0.09 * i)
            p.poly(
                [(x, top), (x - width, top + h * 0.4), (x + width, top + h * 0.4)],
                _dark(color, 0.06 * i) if i else _light(color, 0.06),
            )
        return
    p.rect(x - h * 0.045, base - h * 0.45, x + h * 0.045, base, trunk, radius=h * 0.02)
    p.circle(x - h * 0.16, base - h * 0.52, h * 0.22, _dark(color, 0.08))
    p.circle(x + h * 0.17, base - h * 0.55, h * 0.21, _dark(color, 0.12))
    p.circle(x, base - h * 0.72, h * 0.27, color)
    p.circle(x - h * 0.08, base - h * 0.8, h * 0.1, _light(color, 0.15))


def _bush(p: _Painter, x: float, base: float, r: float, color: Color) -> None:
    """A low rounded bush."""
    p.circle(x - r * 0.7, base - r * 0.45, r * 0.6, _dark(color, 0.08))
    p.circle(x + r * 0.7, base - r * 0.45, r * 0.6, _dark(color, 0.12))
    p.circle(x, base - r * 0.65, r * 0.8, color)
    p.rect(x - r * 1.2, base - r * 0.4, x + r * 1.2, base, _dark(color, 0.1), radius=r * 0.3)


def _banana(p: _Painter, x: float, base: float, h: float, color: Color) -> None:
    """A banana plant with broad leaves."""
    p.rect(x - h * 0.04, base - h * 0.55, x + h * 0.04, base, _dark(color, 0.2), radius=h * 0.03)
    top = (x, base - h * 0.55)
    for dx, dy, shade in (
        (-0.55, -0.2, 0.1),
        (0.55, -0.25, 0.15),
        (-0.35, -0.5, 0.0),
        (0.3, -0.55, 0.05),
        (0.0, -0.45, -0.1),
    ):
        tip = (x + dx * h, base - h * 0.55 + dy * h)
        c = _dark(color, shade) if shade >= 0 else _light(color, -shade)
        p.poly(_leaf_points(top, tip, h * 0.2), c)


def _flowers(
    p: _Painter, x: float, base: float, colors: Sequence[Color], rng: random.Random
) -> None:
    """A tuft of grass with small flowers."""
    for i in range(5):
        dx = (i - 2) * 12
        p.poly(
            _leaf_points((x + dx, base), (x + dx * 1.6, base - rng.uniform(40, 70)), 12),
            (90, 150, 80),
        )
    for i in range(3):
        fx = x + (i - 1) * 22
        fy = base - rng.uniform(45, 75)
        p.circle(fx, fy, 10, colors[i % len(colors)])
        p.circle(fx, fy, 4, (255, 236, 150))


def _stilt_house(
    p: _Painter, x0: float, width: float, ground: float, pal: _Palette, rng: random.Random
) -> None:
    """A traditional stilt house (nhà sàn) with a thatched hip roof and a ladder."""
    w = width
    floor = ground - w * 0.2
    post = _dark(pal.wood, 0.3)
    wall = pal.wood
    roof = rng.choice(((176, 138, 86), (120, 96, 78), (150, 112, 72)))
    _shadow(p, x0 + w / 2, ground, w * 0.6)
    for i in range(6):
        px = x0 + w * 0.06 + i * w * 0.176
        p.rect(px - w * 0.014, floor, px + w * 0.014, ground, post)
    p.rect(x0 - w * 0.02, floor - w * 0.03, x0 + w * 1.02, floor + w * 0.01, _dark(wall, 0.2))
    wall_top = floor - w * 0.24
    p.rect(x0 + w * 0.03, wall_top, x0 + w * 0.97, floor - w * 0.03, wall)
    for i in range(1, 12):
        px = x0 + w * 0.03 + i * w * 0.94 / 12
        p.rect(px - 1.5, wall_top, px + 1.5, floor - w * 0.03, _alpha(_dark(wall, 0.25), 120))
    for wx in (0.2, 0.62):
        p.rect(
            x0 + w * wx,
            wall_top + w * 0.06,
            x0 + w * (wx + 0.16),
            wall_top + w * 0.15,
            (64, 46, 38),
        )
        p.rect(
            x0 + w * (wx + 0.07),
            wall_top + w * 0.06,
            x0 + w * (wx + 0.09),
            wall_top + w * 0.15,
            wall,
        )
    # door on the right end with a ladder going down
    p.rect(x0 + w * 0.84, wall_top + w * 0.05, x0 + w * 0.94, floor - w * 0.03, (64, 46, 38))
    ladder = _dark(pal.wood, 0.15)
    p.line([(x0 + w * 0.86, floor), (x0 + w * 1.08, ground)], ladder, w * 0.018)
    p.line([(x0 + w * 0.95, floor), (x0 + w * 1.17, ground)], ladder, w * 0.018)
    for i in range(1, 5):
        t = i / 5
        p.line(
            [
                (x0 + w * (0.86 + 0.22 * t), floor + (ground - floor) * t),
                (x0 + w * (0.95 + 0.22 * t), floor + (ground - floor) * t),
            ],
            ladder,
            w * 0.012,
        )
    # hip roof with a gable triangle at the top
    eave = wall_top + w * 0.03
    ridge = wall_top - w * 0.3
    p.poly(
        [
            (x0 - w * 0.1, eave),
            (x0 + w * 1.1, eave),
            (x0 + w * 0.82, ridge),
            (x0 + w * 0.18, ridge),
        ],
        roof,
    )
    p.poly(
        [
            (x0 + w * 0.18, ridge),
            (x0 + w * 0.3, ridge + w * 0.12),
            (x0 + w * 0.7, ridge + w * 0.12),
            (x0 + w * 0.82, ridge),
        ],
        _light(roof, 0.12),
    )
    for i in range(1, 5):
        yy = ridge + (eave - ridge) * i / 5
        t = i / 5
        p.rect(
            x0 + w * (0.18 - 0.28 * t),
            yy - 2,
            x0 + w * (0.82 + 0.28 * t),
            yy + 2,
            _alpha(_dark(roof, 0.25), 140),
        )
    p.rect(
        x0 + w * 0.14,
        ridge - w * 0.015,
        x0 + w * 0.86,
        ridge + w * 0.01,
        _dark(roof, 0.3),
        radius=w * 0.01,
    )
