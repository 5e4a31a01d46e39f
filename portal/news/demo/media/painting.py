"""Painting primitives: colours, geometry and the design-space painter."""

from __future__ import annotations

import colorsys
import itertools
import math
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PIL import Image, ImageDraw

Color = tuple[int, int, int]
Ink = tuple[int, ...]
Point = tuple[float, float]

_WHITE: Color = (255, 255, 255)
_BLACK: Color = (0, 0, 0)

# Foreground scenes are drawn in a fixed 1600x900 design space that is scaled (and
# bottom-centred) onto the real canvas; the landscape itself always fills the canvas.
_DESIGN_W = 1600.0
_DESIGN_H = 900.0
_GROUND = 720.0


# ---------------------------------------------------------------------------
# Small helpers: colours, geometry
# ---------------------------------------------------------------------------


def _hex(value: str) -> Color:
    """Parse ``#rrggbb`` into an RGB tuple."""
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def _mix(a: Color, b: Color, t: float) -> Color:
    """Linearly interpolate between two colours."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _light(color: Color, t: float) -> Color:
    """Blend a colour towards white."""
    return _mix(color, _WHITE, t)


def _dark(color: Color, t: float) -> Color:
    """Blend a colour towards black."""
    return _mix(color, _BLACK, t)


def _alpha(color: Color, alpha: int) -> Ink:
    """Add an alpha channel to a colour."""
    return (color[0], color[1], color[2], alpha)


def _vary(color: Color, rng: random.Random, hue: float = 0.025, sat: float = 0.08) -> Color:
    """Nudge hue and saturation a little so repeated themes do not look identical."""
    h, s, v = colorsys.rgb_to_hsv(color[0] / 255, color[1] / 255, color[2] / 255)
    h = (h + rng.uniform(-hue, hue)) % 1.0
    s = min(1.0, max(0.0, s + rng.uniform(-sat, sat)))
    r, g, b = colorsys.hsv_to_rgb(h, s, v)
    return (round(r * 255), round(g * 255), round(b * 255))


def _chaikin(points: list[Point], iterations: int) -> list[Point]:
    """Round the corners of an open polyline (Chaikin's corner cutting)."""
    for _ in range(iterations):
        out: list[Point] = [points[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            out.append((0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1))
            out.append((0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1))
        out.append(points[-1])
        points = out
    return points


def _star_points(cx: float, cy: float, outer: float, inner_ratio: float = 0.382) -> list[Point]:
    """Return the ten vertices of a five-pointed star pointing up."""
    points: list[Point] = []
    for i in range(10):
        radius = outer if i % 2 == 0 else outer * inner_ratio
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def _cubic(p0: Point, p1: Point, p2: Point, p3: Point, steps: int = 24) -> list[Point]:
    """Sample a cubic Bezier curve (end point included, start point excluded)."""
    out: list[Point] = []
    for i in range(1, steps + 1):
        t = i / steps
        u = 1 - t
        out.append(
            (
                u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
            )
        )
    return out


def _leaf_points(base: Point, tip: Point, width: float, steps: int = 10) -> list[Point]:
    """Return a lens-shaped leaf outline from ``base`` to ``tip``."""
    dx, dy = tip[0] - base[0], tip[1] - base[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    side_a: list[Point] = []
    side_b: list[Point] = []
    for i in range(steps + 1):
        t = i / steps
        bulge = width / 2 * math.sin(math.pi * t) ** 0.8
        px, py = base[0] + dx * t, base[1] + dy * t
        side_a.append((px + nx * bulge, py + ny * bulge))
        side_b.append((px - nx * bulge, py - ny * bulge))
    return side_a + side_b[::-1]


# ---------------------------------------------------------------------------
# Painter: design-space drawing on a (supersampled) canvas
# ---------------------------------------------------------------------------


class _Painter:
    """Draws flat shapes in the 1600x900 design space mapped onto the working canvas.

    With ``flip`` the scene is mirrored left-right; pictograms and screen contents are drawn
    inside :meth:`upright` so that check marks and UI layouts never appear reversed.
    """

    def __init__(self, image: Image.Image, flip: bool = False) -> None:
        self.image = image
        self.draw = ImageDraw.Draw(image, "RGBA")
        self.width, self.height = image.size
        self.s = min(self.width / _DESIGN_W, self.height / _DESIGN_H)
        self.ox = (self.width - _DESIGN_W * self.s) / 2
        self.oy = self.height - _DESIGN_H * self.s
        self.flip = flip

    @contextmanager
    def upright(self, cx: float) -> Iterator[None]:
        """Draw un-mirrored content around design x ``cx`` even in a mirrored scene."""
        if not self.flip:
            yield
            return
        saved = self.ox
        self.flip = False
        self.ox = saved + (_DESIGN_W - 2 * cx) * self.s
        try:
            yield
        finally:
            self.flip = True
            self.ox = saved

    def x(self, value: float) -> float:
        """Map a design x coordinate to canvas pixels."""
        return self.ox + ((_DESIGN_W - value) if self.flip else value) * self.s

    def y(self, value: float) -> float:
        """Map a design y coordinate to canvas pixels."""
        return self.oy + value * self.s

    def pts(self, points: Sequence[Point]) -> list[Point]:
        """Map design points to canvas pixels."""
        return [(self.x(px), self.y(py)) for px, py in points]

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """Map a design bounding box to a normalised canvas box."""
        ax, bx = sorted((self.x(x0), self.x(x1)))
        ay, by = sorted((self.y(y0), self.y(y1)))
        return (ax, ay, bx, by)

    def angles(self, start: float, end: float) -> tuple[float, float]:
        """Mirror arc angles when the scene is flipped."""
        return (180 - end, 180 - start) if self.flip else (start, end)

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, fill: Ink, radius: float = 0.0
    ) -> None:
        """Fill an (optionally rounded) rectangle."""
        ax, ay, bx, by = self.box(x0, y0, x1, y1)
        r = min(radius * self.s, (bx - ax) / 2, (by - ay) / 2)
        if r >= 1:
            self.draw.rounded_rectangle((ax, ay, bx, by), radius=r, fill=fill)
        else:
            self.draw.rectangle((ax, ay, bx, by), fill=fill)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: Ink) -> None:
        """Fill an ellipse given its centre and radii."""
        self.draw.ellipse(self.box(cx - rx, cy - ry, cx + rx, cy + ry), fill=fill)

    def circle(self, cx: float, cy: float, r: float, fill: Ink) -> None:
        """Fill a circle."""
        self.ellipse(cx, cy, r, r, fill)

    def poly(self, points: Sequence[Point], fill: Ink) -> None:
        """Fill a polygon."""
        self.draw.polygon(self.pts(points), fill=fill)

    def line(self, points: Sequence[Point], fill: Ink, width: float, caps: bool = True) -> None:
        """Stroke a polyline with rounded joints and (optionally) rounded caps."""
        w = max(1, round(width * self.s))
        self.draw.line(self.pts(points), fill=fill, width=w, joint="curve")
        if caps:
            for px, py in (points[0], points[-1]):
                self.circle(px, py, width / 2, fill)

    def arc(
        self,
        cx: float,
        cy: float,
        r: float,
        start: float,
        end: float,
        fill: Ink,
        width: float,
        caps: bool = True,
    ) -> None:
        """Stroke a circular arc centred on its radius (angles clockwise from 3 o'clock)."""
        outer = r + width / 2
        a0, a1 = self.angles(start, end)
        self.draw.arc(
            self.box(cx - outer, cy - outer, cx + outer, cy + outer),
            a0,
            a1,
            fill=fill,
            width=max(1, round(width * self.s)),
        )
        if caps:
            for angle in (start, end):
                rad = math.radians(angle)
                self.circle(cx + r * math.cos(rad), cy + r * math.sin(rad), width / 2, fill)

    def chord(
        self, cx: float, cy: float, rx: float, ry: float, start: float, end: float, fill: Ink
    ) -> None:
        """Fill an elliptical chord."""
        a0, a1 = self.angles(start, end)
        self.draw.chord(self.box(cx - rx, cy - ry, cx + rx, cy + ry), a0, a1, fill=fill)

    def pie(self, cx: float, cy: float, r: float, start: float, end: float, fill: Ink) -> None:
        """Fill a circular pie slice."""
        a0, a1 = self.angles(start, end)
        self.draw.pieslice(self.box(cx - r, cy - r, cx + r, cy + r), a0, a1, fill=fill)
