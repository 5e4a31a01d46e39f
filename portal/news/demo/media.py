"""Deterministic demo media for the "Digital Literacy for All" campaign portal.

Everything is drawn with plain Pillow primitives: flat, friendly PNG illustrations for news
articles, an A4 PDF laid out like a Vietnamese administrative document and the portal logo
(PNG and SVG). The same inputs always produce byte-identical output; any randomness is seeded
with a hash of the inputs.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import itertools
import math
import random
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

__all__ = [
    "FONT_DIR",
    "THEMES",
    "document_pdf",
    "illustration",
    "logo_svg",
    "placeholder_logo",
]

FONT_DIR = Path(__file__).resolve().parents[2] / "core" / "fonts"

THEMES: tuple[str, ...] = (
    "classroom",
    "phone",
    "meeting",
    "village",
    "office",
    "market",
    "security",
    "school",
    "farm",
    "elderly",
)

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
_MAX_SUPERSAMPLED_PIXELS = 16_000_000


# ---------------------------------------------------------------------------
# Small helpers: hashing, colours, geometry
# ---------------------------------------------------------------------------


def _rng(*parts: object) -> random.Random:
    """Return a random generator seeded from a stable hash of ``parts``."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).digest()
    # not used for security: only to make demo artwork reproducible
    return random.Random(int.from_bytes(digest[:16], "big"))  # noqa: S311


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


# ---------------------------------------------------------------------------
# Palettes
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Palette:
    sky_top: Color
    sky_bottom: Color
    sun: Color
    mountains: tuple[Color, Color, Color]
    fields: tuple[Color, Color, Color, Color]
    ground: Color
    primary: Color
    accents: tuple[Color, ...]
    skins: tuple[Color, ...]
    hair: Color
    device: Color
    screen: Color
    wood: Color
    wall: Color
    foliage: Color


_SKIES: tuple[tuple[str, str, str], ...] = (
    ("#6fb1e6", "#e3f3fb", "#fff3cf"),  # clear morning
    ("#8aa4de", "#ffdcc6", "#ffcf8f"),  # dawn
    ("#73abdf", "#ffe9b8", "#ffd36e"),  # golden afternoon
    ("#9dc4d8", "#eef4ee", "#fff8e6"),  # mountain mist
    ("#5db7d6", "#e4f6ec", "#fff0c2"),  # fresh
)
_MOUNTAIN_SETS: tuple[tuple[str, str, str], ...] = (
    ("#7f96bd", "#5d7fa6", "#4a7a72"),
    ("#8f9cc6", "#6b84ad", "#4e7f67"),
    ("#7ca2b2", "#5a8b95", "#3e7a60"),
    ("#9a9dc0", "#727ea8", "#557a66"),
)
_SEASONS: tuple[tuple[str, str, str, str], ...] = (
    ("#5b9a3c", "#83bd4c", "#a6d267", "#dcf0a3"),  # green rice
    ("#c7922b", "#ddb142", "#eccb68", "#fff1bd"),  # golden harvest
    ("#5f9fae", "#93c9d0", "#74ad66", "#ecf8f7"),  # flooded spring terraces
    ("#6aa248", "#95c559", "#c2dc76", "#eef6c4"),  # young rice
)
_ACCENTS: tuple[str, ...] = (
    "#e76f51",
    "#2a9d8f",
    "#e9b949",
    "#f4a261",
    "#457b9d",
    "#d94452",
    "#6a4c93",
    "#3a86ff",
    "#ff9f1c",
    "#06a77d",
    "#ef476f",
    "#118ab2",
)
_THEME_PRIMARY: dict[str, tuple[str, ...]] = {
    "classroom": ("#2a9d8f", "#3a86ff", "#e76f51"),
    "phone": ("#3a86ff", "#6a4c93", "#e76f51", "#2a9d8f"),
    "meeting": ("#b3261e", "#1d6fa3", "#2a9d8f"),
    "village": ("#e76f51", "#3a86ff", "#06a77d"),
    "office": ("#1d6fa3", "#2a9d8f", "#b3261e"),
    "market": ("#e76f51", "#d94452", "#ff9f1c"),
    "security": ("#2f6db5", "#2a9d8f", "#4f5bd5"),
    "school": ("#d94452", "#3a86ff", "#2a9d8f"),
    "farm": ("#06a77d", "#e76f51", "#2a9d8f"),
    "elderly": ("#e76f51", "#2a9d8f", "#6a4c93"),
}
_SKINS: tuple[str, ...] = ("#f2c9a4", "#e3ad80", "#c98d5c", "#dba271", "#efc09d")
_WALLS: tuple[str, ...] = ("#f4ead8", "#e9f0ea", "#f2e3d5", "#e8eef5")


def _palette(theme: str, rng: random.Random) -> _Palette:
    """Build a seed-dependent palette for a theme."""
    sky = rng.choice(_SKIES)
    mountains = rng.choice(_MOUNTAIN_SETS)
    fields = rng.choice(_SEASONS)
    primary = _hex(rng.choice(_THEME_PRIMARY.get(theme, _ACCENTS)))
    accents = [_hex(c) for c in _ACCENTS if _hex(c) != primary]
    rng.shuffle(accents)
    skins = [_hex(c) for c in _SKINS]
    rng.shuffle(skins)
    fields_c = tuple(_vary(_hex(c), rng, 0.015, 0.05) for c in fields)
    return _Palette(
        sky_top=_vary(_hex(sky[0]), rng),
        sky_bottom=_hex(sky[1]),
        sun=_hex(sky[2]),
        mountains=(
            _vary(_hex(mountains[0]), rng),
            _vary(_hex(mountains[1]), rng),
            _vary(_hex(mountains[2]), rng),
        ),
        fields=(fields_c[0], fields_c[1], fields_c[2], fields_c[3]),
        ground=_light(_mix(fields_c[1], _hex("#c9d98f"), 0.5), 0.25),
        primary=primary,
        accents=tuple(accents),
        skins=tuple(skins),
        hair=_hex(rng.choice(("#2b2321", "#3a2a24", "#1f1b1d"))),
        device=_hex(rng.choice(("#263248", "#2d2a3e", "#1f3a4a"))),
        screen=_hex("#f6f8fc"),
        wood=_vary(_hex("#a8703f"), rng, 0.02, 0.06),
        wall=_hex(rng.choice(_WALLS)),
        foliage=_vary(_hex("#3f8f4f"), rng, 0.03, 0.06),
    )


# ---------------------------------------------------------------------------
# Landscape: sky, sun, clouds, mountains, rice terraces, ground
# ---------------------------------------------------------------------------


def _sky(p: _Painter, pal: _Palette) -> None:
    """Paint the vertical sky gradient over the whole canvas."""
    steps = 96
    horizon = max(1.0, p.y(_GROUND) / p.height)
    column = Image.new("RGB", (1, steps))
    column.putdata(
        [
            _mix(pal.sky_top, pal.sky_bottom, min(1.0, (i / (steps - 1)) / horizon) ** 1.1)
            for i in range(steps)
        ]
    )
    p.image.paste(column.resize((p.width, p.height), Image.Resampling.BILINEAR))


def _sun_and_clouds(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """Add a soft sun and a few flat clouds."""
    sx = rng.choice((rng.uniform(180, 520), rng.uniform(1080, 1420)))
    sy = rng.uniform(120, 210)
    for radius, alpha in ((150, 28), (110, 45), (82, 70)):
        p.circle(sx, sy, radius, _alpha(pal.sun, alpha))
    p.circle(sx, sy, 58, _alpha(_light(pal.sun, 0.3), 255))
    cloud = _alpha(_WHITE, 215)
    for _ in range(rng.randint(2, 4)):
        cx = rng.uniform(80, 1520)
        cy = rng.uniform(70, 250)
        w = rng.uniform(130, 230)
        p.rect(cx - w / 2, cy, cx + w / 2, cy + w * 0.2, cloud, radius=w * 0.1)
        p.circle(cx - w * 0.18, cy + 2, w * 0.17, cloud)
        p.circle(cx + w * 0.1, cy - w * 0.04, w * 0.23, cloud)


def _haze(p: _Painter, top: float, bottom: float, color: Color, strength: int) -> None:
    """Blend a soft horizontal band of ``color`` that peaks two thirds of the way down."""
    height = round(bottom - top)
    if height < 2:
        return
    steps = 32
    profile = Image.new("L", (1, steps))
    profile.putdata(
        [
            round(strength * math.sin(math.pi * min(1.0, i / (steps - 1) * 0.75)) ** 1.5)
            for i in range(steps)
        ]
    )
    mask = profile.resize((p.width, height), Image.Resampling.BILINEAR)
    p.image.paste(color, (0, round(top), p.width, round(top) + height), mask)


def _mountains(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """Layered mountain ridges with atmospheric perspective and valley mist."""
    w, h = p.width, p.height
    ground = p.y(_GROUND)
    layers = ((0.34, 0.30, 0.38), (0.48, 0.24, 0.62), (0.60, 0.17, 0.86))
    for index, (base, amp, strength) in enumerate(layers):
        color = _mix(pal.sky_bottom, pal.mountains[index], strength)
        count = rng.randint(6, 9)
        step = w * 1.2 / count
        points: list[Point] = []
        for k in range(count + 1):
            x = -0.1 * w + k * step + rng.uniform(-0.2, 0.2) * step
            peak = rng.uniform(0.55, 1.0) if k % 2 == 0 else rng.uniform(0.05, 0.4)
            points.append((x, ground * base + ground * amp * (1 - peak) - ground * amp * 0.5))
        ridge = _chaikin(points, 2 if index else 1)
        p.draw.polygon([*ridge, (1.1 * w, h), (-0.1 * w, h)], fill=color)
        # valley mist at the foot of each ridge
        _haze(p, ground * (base + amp * 0.05), ground * (base + amp * 0.75), pal.sky_bottom, 120)


def _terraces(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """Two or three striped hills of rice terraces on the mid-ground."""
    w = p.width
    ground = p.y(_GROUND) + p.s * 10
    dark, mid, light, edge = pal.fields
    hills = [
        (rng.uniform(0.08, 0.22) * w, rng.uniform(0.32, 0.4) * w, rng.uniform(0.52, 0.58)),
        (rng.uniform(0.78, 0.92) * w, rng.uniform(0.3, 0.4) * w, rng.uniform(0.54, 0.6)),
    ]
    if rng.random() < 0.6:
        hills.insert(0, (rng.uniform(0.42, 0.58) * w, 0.28 * w, rng.uniform(0.62, 0.66)))
    for cx, half, top_frac in hills:
        top = min(p.height * top_frac, ground - 20)

        def outline(x: float, cx: float = cx, half: float = half, top: float = top) -> float:
            u = min(1.0, abs(x - cx) / half)
            bump = math.pow(0.5 + 0.5 * math.cos(math.pi * u), 0.75)
            return ground - (ground - top) * bump

        xs = [cx - half + 2 * half * i / 80 for i in range(81)]
        rows = rng.randint(9, 13)
        band = (ground - top) / rows * 1.05
        phase = rng.uniform(0, math.tau)
        colors = (mid, light, mid, dark)
        for k in range(rows + 2):
            offset = k * band
            curve = [
                (
                    x,
                    outline(x)
                    + (offset + band * 0.12 * math.sin(x / w * 7 + phase + k * 0.7))
                    * (0.45 + 0.55 * (ground - outline(x)) / (ground - top)),
                )
                for x in xs
            ]
            fill = colors[k % len(colors)] if k else _mix(dark, mid, 0.5)
            shade = _mix(fill, dark, 0.25 * (k / (rows + 2)))
            p.draw.polygon([*curve, (cx + half, p.height), (cx - half, p.height)], fill=shade)
            if k:
                p.draw.line(curve, fill=_alpha(edge, 200), width=max(1, round(p.s * 4)))


def _ground(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """Foreground ground strip with a gentle curve and a soft light 'stage'."""
    w, h = p.width, p.height
    base = p.y(_GROUND)
    phase = rng.uniform(0, math.tau)
    curve = [(w * i / 40, base + p.s * 10 * math.sin(i / 40 * math.tau + phase)) for i in range(41)]
    p.draw.polygon([*curve, (w, h), (0, h)], fill=pal.ground)
    p.ellipse(800, 850, 720, 110, _alpha(_light(pal.ground, 0.35), 160))


def _landscape(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """Paint the shared landscape background."""
    _sky(p, pal)
    _sun_and_clouds(p, pal, rng)
    _mountains(p, pal, rng)
    _terraces(p, pal, rng)
    _ground(p, pal, rng)


def _room(p: _Painter, pal: _Palette, windows: Sequence[tuple[float, float, float, float]]) -> None:
    """Turn the landscape into a room with windows looking onto it."""
    wall = pal.wall
    frame = _light(pal.wood, 0.15)
    far = -4000.0
    near = 5600.0
    xs = sorted({far, near, *(v for win in windows for v in (win[0], win[2]))})
    # paint the wall everywhere except inside window rectangles, column strip by strip
    for left, right in itertools.pairwise(xs):
        covering = [win for win in windows if win[0] <= left and win[2] >= right]
        top = far
        for win in sorted(covering, key=lambda item: item[1]):
            p.rect(left, top, right, win[1], wall)
            top = win[3]
        p.rect(left, top, right, _GROUND, wall)
    p.rect(far, _GROUND - 18, near, _GROUND, _dark(wall, 0.08))
    p.rect(far, _GROUND, near, 1200, _mix(pal.wood, wall, 0.55))
    for i in range(-12, 30):
        x = i * 110.0
        p.line([(x, _GROUND), (x - 260, 900)], _alpha(_dark(pal.wood, 0.1), 60), 3, caps=False)
    for x0, y0, x1, y1 in windows:
        p.rect(x0 - 16, y0 - 16, x1 + 16, y0, frame)
        p.rect(x0 - 16, y1, x1 + 16, y1 + 22, _dark(frame, 0.05))
        p.rect(x0 - 16, y0, x0, y1, frame)
        p.rect(x1, y0, x1 + 16, y1, frame)
        mid = (x0 + x1) / 2
        p.rect(mid - 6, y0, mid + 6, y1, frame)
        p.rect(x0, (y0 + y1) / 2 - 5, x1, (y0 + y1) / 2 + 5, frame)
        p.rect(x0, y0, x1, y1, _alpha(_WHITE, 28))


# ---------------------------------------------------------------------------
# Reusable props: people, devices, icons, buildings, plants
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Look:
    skin: Color
    hair: Color
    shirt: Color
    pants: Color
    hair_style: str = "short"
    accent: Color | None = None
    scarf: bool = False
    glasses: bool = False


def _person(
    p: _Painter,
    x: float,
    y: float,
    h: float,
    look: _Look,
    *,
    pose: str = "down",
    mode: str = "stand",
    facing: int = 1,
    backpack: Color | None = None,
    ground: float = 800.0,
) -> Point:
    """Draw a simple flat person and return the position of the active hand.

    ``mode`` is ``stand`` (``y`` = feet), ``table`` (``y`` = table top, lower body hidden)
    or ``bench`` (``y`` = seat height, shins down to ``ground``).
    """
    r = 0.115 * h
    hip = y - 0.43 * h if mode == "stand" else y
    shoulder = hip - 0.31 * h
    head_y = shoulder - 0.04 * h - r * 0.95
    half = 0.16 * h
    sleeve = _dark(look.shirt, 0.12)
    shoe = (52, 44, 48)
    if backpack is not None:
        p.rect(
            x - half - 0.07 * h,
            shoulder + 0.03 * h,
            x - half + 0.12 * h,
            hip,
            backpack,
            radius=0.05 * h,
        )
    if look.hair_style == "long":
        p.rect(
            x - 1.1 * r,
            head_y - 0.2 * r,
            x + 1.1 * r,
            shoulder + 0.12 * h,
            look.hair,
            radius=r * 0.6,
        )
    if mode == "stand":
        leg = 0.115 * h
        for side in (-1, 1):
            lx = x + side * 0.075 * h
            p.rect(
                lx - leg / 2,
                hip - 0.03 * h,
                lx + leg / 2,
                y - 0.02 * h,
                look.pants,
                radius=0.04 * h,
            )
            p.ellipse(lx + side * 0.012 * h, y - 0.018 * h, 0.075 * h, 0.03 * h, shoe)
    elif mode == "bench":
        p.rect(
            x - half - 0.01 * h,
            hip - 0.06 * h,
            x + half + 0.01 * h,
            hip + 0.07 * h,
            look.pants,
            radius=0.05 * h,
        )
        for side in (-1, 1):
            lx = x + side * 0.075 * h
            p.rect(
                lx - 0.055 * h,
                hip + 0.02 * h,
                lx + 0.055 * h,
                ground - 0.02 * h,
                _dark(look.pants, 0.08),
                radius=0.04 * h,
            )
            p.ellipse(lx + side * 0.012 * h, ground - 0.018 * h, 0.075 * h, 0.03 * h, shoe)
    torso_bottom = hip + (0.03 * h if mode == "stand" else 0.0)
    p.rect(x - half, shoulder, x + half, torso_bottom, look.shirt, radius=0.07 * h)
    if look.accent is not None and not look.scarf:
        # embroidered trim typical of highland clothing
        p.rect(x - half, torso_bottom - 0.07 * h, x + half, torso_bottom - 0.035 * h, look.accent)
        p.rect(
            x - 0.025 * h,
            shoulder + 0.02 * h,
            x + 0.025 * h,
            torso_bottom - 0.07 * h,
            _alpha(look.accent, 230),
        )
    p.rect(x - 0.04 * h, head_y + r * 0.5, x + 0.04 * h, shoulder + 0.03 * h, _dark(look.skin, 0.1))
    if look.scarf:
        p.poly(
            [
                (x - 0.08 * h, shoulder + 0.005 * h),
                (x + 0.08 * h, shoulder + 0.005 * h),
                (x, shoulder + 0.1 * h),
            ],
            (218, 37, 29),
        )
    _hair_back(p, x, head_y, r, look)
    p.circle(x, head_y, r, look.skin)
    _face(p, x, head_y, r, look)
    _hair(p, x, head_y, r, look)
    # arms
    arm = 0.075 * h
    left = (x - half + arm * 0.5, shoulder + arm * 0.55)
    right = (x + half - arm * 0.5, shoulder + arm * 0.55)
    f = 1 if facing >= 0 else -1
    active = right if f > 0 else left
    passive = left if f > 0 else right

    def reach(dx: float, dy: float, base: Point) -> Point:
        return (base[0] + f * dx, base[1] + dy)

    if pose == "hold":
        elbow_y, hand_y = shoulder + 0.19 * h, shoulder + 0.17 * h
        arms = [
            [left, (x - half - 0.02 * h, elbow_y), (x - 0.07 * h, hand_y)],
            [right, (x + half + 0.02 * h, elbow_y), (x + 0.07 * h, hand_y)],
        ]
    elif pose == "table":
        arms = [
            [left, (x - half - 0.03 * h, hip - 0.1 * h), (x - 0.1 * h, hip - 0.015 * h)],
            [right, (x + half + 0.03 * h, hip - 0.1 * h), (x + 0.1 * h, hip - 0.015 * h)],
        ]
    elif pose == "lap":
        arms = [
            [left, (x - half - 0.03 * h, hip - 0.12 * h), (x - 0.05 * h, hip - 0.02 * h)],
            [right, (x + half + 0.03 * h, hip - 0.12 * h), (x + 0.05 * h, hip - 0.02 * h)],
        ]
    else:
        down_p = [
            passive,
            (passive[0] - f * 0.03 * h, passive[1] + 0.15 * h),
            (passive[0] - f * 0.04 * h, passive[1] + 0.29 * h),
        ]
        if pose == "point":
            act = [active, reach(0.14 * h, -0.02 * h, active), reach(0.3 * h, -0.12 * h, active)]
        elif pose == "wave" or pose == "raise":
            act = [active, reach(0.07 * h, -0.1 * h, active), reach(0.06 * h, -0.26 * h, active)]
        elif pose == "phone":
            act = [active, reach(0.05 * h, 0.18 * h, active), reach(-0.04 * h, 0.1 * h, active)]
        else:
            act = [active, reach(0.03 * h, 0.15 * h, active), reach(0.04 * h, 0.29 * h, active)]
        arms = [down_p, act]
    for chain in arms:
        p.line(chain, sleeve, arm)
        p.circle(chain[-1][0], chain[-1][1], 0.042 * h, look.skin)
    if pose in ("hold", "table", "lap"):
        return (x, arms[0][-1][1])
    return arms[1][-1]


def _hair_back(p: _Painter, x: float, cy: float, r: float, look: _Look) -> None:
    """Hair that sits behind the head (drawn before the face)."""
    if look.hair_style in ("wrap", "hat"):
        return
    if look.hair_style == "bun":
        p.circle(x, cy - 1.02 * r, 0.45 * r, look.hair)
    p.chord(x, cy - 0.06 * r, 1.09 * r, 1.09 * r, 155, 385, look.hair)


def _face(p: _Painter, x: float, cy: float, r: float, look: _Look) -> None:
    """Minimal face: two eyes and, for older people, round glasses."""
    eye = (46, 36, 34)
    for side in (-1, 1):
        p.circle(x + side * 0.36 * r, cy + 0.12 * r, 0.085 * r, eye)
        if look.glasses:
            p.arc(
                x + side * 0.36 * r,
                cy + 0.12 * r,
                0.24 * r,
                0,
                360,
                (70, 60, 60),
                0.07 * r,
                caps=False,
            )
    if look.glasses:
        p.line(
            [(x - 0.12 * r, cy + 0.1 * r), (x + 0.12 * r, cy + 0.1 * r)],
            (70, 60, 60),
            0.06 * r,
            caps=False,
        )
    p.chord(x, cy + 0.42 * r, 0.2 * r, 0.13 * r, 0, 180, _dark(look.skin, 0.3))


def _hair(p: _Painter, x: float, cy: float, r: float, look: _Look) -> None:
    """Draw the fringe or head covering on top of a head of radius ``r``."""
    hair = look.hair
    style = look.hair_style
    if style == "hat":
        p.chord(x, cy, r * 1.02, r * 1.02, 190, 350, hair)
        straw = (233, 208, 150)
        p.poly(
            [(x, cy - 2.05 * r), (x - 2.3 * r, cy - 0.35 * r), (x + 2.3 * r, cy - 0.35 * r)], straw
        )
        p.ellipse(x, cy - 0.36 * r, 2.3 * r, 0.16 * r, _dark(straw, 0.12))
        p.line([(x, cy - 2.0 * r), (x - 1.2 * r, cy - 0.45 * r)], _light(straw, 0.35), r * 0.12)
        return
    if style == "wrap":
        # flat indigo turban with an embroidered band, as worn in the northern highlands
        cloth = (40, 46, 84)
        trim = look.accent or (200, 60, 80)
        p.rect(x - 1.24 * r, cy - 1.02 * r, x + 1.24 * r, cy - 0.2 * r, cloth, radius=0.4 * r)
        p.rect(x - 1.24 * r, cy - 0.52 * r, x + 1.24 * r, cy - 0.36 * r, trim)
        p.rect(x - 1.1 * r, cy - 0.84 * r, x + 1.1 * r, cy - 0.76 * r, _light(trim, 0.45))
        return
    # side-parted fringe
    p.chord(x, cy, r * 1.01, r * 1.01, 188, 335, hair)


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


def _people_looks(pal: _Palette, rng: random.Random, count: int) -> list[_Look]:
    """Varied looks for a small crowd; some wear highland (Hmong/Dao style) clothing."""
    looks: list[_Look] = []
    styles = ["short", "long", "bun", "short", "wrap", "long"]
    rng.shuffle(styles)
    for i in range(count):
        style = styles[i % len(styles)]
        highland = style == "wrap"
        shirt = (46, 54, 96) if highland else pal.accents[(i * 2) % len(pal.accents)]
        looks.append(
            _Look(
                skin=pal.skins[i % len(pal.skins)],
                hair=pal.hair,
                shirt=shirt,
                pants=rng.choice(((52, 62, 90), (70, 70, 80), (40, 48, 70))),
                hair_style=style,
                accent=pal.accents[(i * 2 + 1) % len(pal.accents)] if highland else None,
            )
        )
    return looks


# ---------------------------------------------------------------------------
# Theme scenes
# ---------------------------------------------------------------------------


def _scene_phone(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """A large smartphone with app tiles, held by a hand."""
    _tree(p, 140, 790, 330, pal.foliage, rng.choice(("round", "pine")))
    _bush(p, 1460, 800, 70, _light(pal.foliage, 0.1))
    p.circle(800, 470, 350, _alpha(_light(pal.primary, 0.55), 140))
    p.circle(800, 470, 290, _alpha(_light(pal.primary, 0.7), 120))
    for _ in range(7):
        sx = rng.choice((rng.uniform(300, 600), rng.uniform(1000, 1300)))
        p.circle(sx, rng.uniform(150, 700), rng.uniform(6, 11), _alpha(_WHITE, 200))
    skin = pal.skins[0]
    sleeve = pal.accents[0]
    p.line([(1000, 760), (1180, 960)], sleeve, 190)
    p.ellipse(930, 700, 125, 150, _dark(skin, 0.04))
    with p.upright(800):
        sx0, sy0, sx1, sy1 = _phone(p, 635, 110, 965, 830, pal.device, pal.screen)
        sw = sx1 - sx0
        p.rect(sx0, sy0, sx1, sy0 + 140, pal.primary, radius=30)
        p.rect(sx0, sy0 + 100, sx1, sy0 + 140, pal.primary)
        p.circle(sx0 + 50, sy0 + 80, 28, _light(pal.primary, 0.75))
        _glyph(p, "person", sx0 + 50, sy0 + 82, 20, pal.primary)
        p.rect(sx0 + 95, sy0 + 62, sx0 + 230, sy0 + 76, _alpha(_WHITE, 230), radius=7)
        p.rect(sx0 + 95, sy0 + 88, sx0 + 180, sy0 + 100, _alpha(_WHITE, 150), radius=6)
        kinds = [
            "play",
            "chat",
            "book",
            "mail",
            "pin",
            "bars",
            "video",
            "star",
            "home",
            "cart",
            "leaf",
            "heart",
        ]
        rng.shuffle(kinds)
        tile = 70.0
        gap = (sw - 3 * tile) / 4
        for row in range(3):
            for col in range(3):
                tx = sx0 + gap + col * (tile + gap)
                ty = sy0 + 170 + row * (tile + 34)
                color = pal.accents[(row * 3 + col) % len(pal.accents)]
                p.rect(tx, ty, tx + tile, ty + tile, color, radius=18)
                _glyph(p, kinds[row * 3 + col], tx + tile / 2, ty + tile / 2, 22, _WHITE, color)
                p.rect(
                    tx + 12,
                    ty + tile + 10,
                    tx + tile - 12,
                    ty + tile + 17,
                    (205, 212, 225),
                    radius=3,
                )
        card_y = sy0 + 505
        p.rect(sx0 + 18, card_y, sx1 - 18, card_y + 120, _WHITE, radius=18)
        p.rect(sx0 + 18, card_y, sx1 - 18, card_y + 120, (30, 40, 70, 14), radius=18)
        p.circle(sx0 + 62, card_y + 60, 26, _light(pal.accents[1], 0.6))
        _glyph(p, "check", sx0 + 62, card_y + 60, 18, pal.accents[1])
        p.rect(sx0 + 104, card_y + 36, sx1 - 46, card_y + 50, (200, 206, 220), radius=7)
        p.rect(sx0 + 104, card_y + 70, sx1 - 46, card_y + 84, (225, 230, 238), radius=7)
        p.rect(
            sx0 + 104,
            card_y + 70,
            sx0 + 104 + (sw - 150) * rng.uniform(0.45, 0.85),
            card_y + 84,
            pal.accents[1],
            radius=7,
        )
        p.rect(800 - 50, sy1 - 22, 800 + 50, sy1 - 14, (190, 196, 210), radius=4)
    # thumb and fingers
    p.line([(985, 735), (905, 640)], skin, 56)
    p.ellipse(902, 636, 26, 24, _light(skin, 0.12))
    for fy in (525, 590, 655):
        p.rect(606, fy, 672, fy + 54, _dark(skin, 0.08), radius=27)
        p.rect(606, fy, 662, fy + 46, skin, radius=23)
    _badge(p, 420, 300, 62, pal.accents[2], "chat")
    _badge(p, 1180, 260, 56, pal.accents[1], "check")
    _badge(p, 440, 600, 54, pal.primary, "wifi")
    _badge(p, 1190, 560, 60, pal.accents[3], "heart")


def _scene_classroom(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """A community class: a board, a teacher and learners with laptops."""
    _tree(p, 90, 780, 300, pal.foliage, "pine")
    _shadow(p, 480, 800, 300)
    wood = pal.wood
    p.line([(270, 540), (240, 800)], _dark(wood, 0.15), 18)
    p.line([(690, 540), (720, 800)], _dark(wood, 0.15), 18)
    p.rect(200, 180, 760, 560, wood, radius=14)
    board = rng.choice(((47, 93, 80), (44, 62, 80), (52, 84, 66)))
    p.rect(220, 200, 740, 540, board, radius=6)
    with p.upright(480):
        chalk = (240, 244, 236, 225)
        p.line([(285, 260), (455, 260), (455, 365), (285, 365), (285, 260)], chalk, 7, caps=False)
        p.line([(260, 385), (480, 385)], chalk, 9)
        p.circle(370, 312, 22, _alpha(pal.accents[2], 235))
        _glyph(p, "wifi", 620, 310, 70, chalk)
        for i, width in enumerate((380, 300, 340)):
            p.line([(270, 430 + i * 34), (270 + width, 430 + i * 34)], (240, 244, 236, 150), 8)
    p.rect(260, 540, 700, 552, _dark(wood, 0.1), radius=4)
    looks = _people_looks(pal, rng, 4)
    teacher = _Look(
        skin=pal.skins[0],
        hair=pal.hair,
        shirt=pal.primary,
        pants=(50, 56, 80),
        hair_style=rng.choice(("short", "bun", "long")),
    )
    _shadow(p, 860, 800, 90)
    _person(p, 860, 800, 430, teacher, pose="point", facing=-1)
    # desk with learners
    _shadow(p, 1250, 800, 320)
    for i, x in enumerate((1060, 1250, 1440)):
        _person(p, x, 650, 380, looks[i], pose="table", mode="table")
    p.rect(960, 648, 1540, 672, _light(wood, 0.1), radius=6)
    p.rect(980, 672, 1520, 790, _dark(wood, 0.05))
    p.rect(980, 672, 1520, 690, _dark(wood, 0.2))
    for i, x in enumerate((1060, 1250, 1440)):
        _laptop_back(
            p,
            x,
            648,
            120,
            rng.choice(((190, 198, 210), (120, 130, 150), pal.accents[(i + 4) % len(pal.accents)])),
        )
    _flowers(p, 130, 840, pal.accents[:3], rng)
    _badge(p, 1180, 240, 60, pal.primary, "book")


def _scene_meeting(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """A meeting hall: a long table, participants and a presentation screen."""
    _room(p, pal, [(90, 90, 520, 480), (1080, 90, 1510, 480)])
    with p.upright(800):
        p.rect(585, 105, 1015, 415, (40, 44, 56), radius=12)
        p.rect(600, 120, 1000, 400, pal.screen, radius=6)
        p.rect(600, 120, 1000, 160, pal.primary, radius=6)
        p.rect(600, 145, 1000, 160, pal.primary)
        base = 370.0
        for i, frac in enumerate((0.45, 0.7, 0.55, 0.9)):
            bx = 635 + i * 58
            p.rect(bx, base - frac * 180, bx + 40, base, pal.accents[i % 4], radius=6)
        p.rect(625, base, 865, base + 5, (180, 186, 200))
        start = -90.0
        for i, frac in enumerate((0.45, 0.3, 0.25)):
            p.pie(925, 270, 62, start, start + frac * 360, pal.accents[(i + 1) % 4])
            start += frac * 360
        p.circle(925, 270, 26, pal.screen)
    p.line([(800, 415), (800, 470)], (60, 64, 76), 10)
    # Vietnamese-style meeting table with a cloth and flowers
    looks = _people_looks(pal, rng, 4)
    speaker = rng.randrange(4)
    for i, x in enumerate((330, 540, 1060, 1270)):
        _person(
            p,
            x,
            612,
            400,
            looks[i],
            pose="raise" if i == speaker else "table",
            mode="table",
            facing=1 if x < 800 else -1,
        )
    _shadow(p, 800, 800, 640)
    p.rect(200, 608, 1400, 634, _light(pal.wood, 0.1), radius=6)
    cloth = _mix(pal.primary, (255, 255, 255), 0.1)
    p.rect(215, 634, 1385, 790, cloth)
    p.rect(215, 634, 1385, 656, _light(cloth, 0.35))
    for i in range(8):
        p.rect(240 + i * 145, 662, 250 + i * 145, 790, _alpha(_dark(cloth, 0.15), 90))
    for i, x in enumerate((330, 540, 1060, 1270)):
        if i % 2 == 0:
            _laptop_back(p, x, 608, 110, (150, 158, 172))
        else:
            p.poly([(x - 60, 606), (x + 40, 606), (x + 55, 596), (x - 45, 596)], _WHITE)
            p.rect(x + 70, 540, x + 92, 606, _alpha((150, 200, 230), 220), radius=6)
            p.rect(x + 72, 528, x + 90, 542, pal.primary, radius=3)
    p.rect(770, 545, 830, 608, _dark(pal.accents[4], 0.1), radius=10)
    for fx, fy, c in ((760, 530, 0), (800, 505, 1), (840, 530, 2), (785, 480, 3), (820, 470, 0)):
        p.poly(_leaf_points((800, 550), (fx + (fx - 800) * 0.4, fy + 20), 16), (80, 140, 70))
        p.circle(fx, fy, 20, (218, 37, 29) if c % 2 == 0 else (255, 196, 60))
        p.circle(fx, fy, 8, _light((255, 210, 90), 0.3))


def _scene_office(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """A one-stop public service counter with a queue-number display."""
    _room(p, pal, [(140, 80, 940, 440)])
    # queue number display
    p.rect(1050, 120, 1450, 330, (34, 38, 48), radius=20)
    p.rect(1070, 140, 1430, 310, (22, 24, 30), radius=12)
    number = f"{rng.randint(1, 99):03d}"
    led = rng.choice(((255, 92, 60), (255, 170, 40), (80, 220, 140)))
    off = (50, 40, 40, 255)
    for i, digit in enumerate(number):
        _seven_segment(p, 1095 + i * 78, 170, 58, 110, digit, led, off)
    p.poly([(1340, 200), (1340, 250), (1380, 225)], led)
    p.rect(1395, 190, 1410, 260, _alpha(led, 120), radius=6)
    p.line([(1250, 330), (1250, 370)], (90, 96, 110), 10)
    # counter
    looks = _people_looks(pal, rng, 3)
    clerk = _Look(
        skin=pal.skins[1],
        hair=pal.hair,
        shirt=(236, 240, 246),
        pants=(50, 56, 80),
        hair_style=rng.choice(("bun", "short", "long")),
        accent=pal.primary,
    )
    _person(p, 360, 560, 400, clerk, pose="table", mode="table")
    _shadow(p, 600, 800, 460)
    p.rect(540, 420, 720, 540, (56, 60, 72), radius=12)
    p.rect(620, 540, 640, 560, (56, 60, 72))
    p.rect(160, 556, 1010, 584, _light(pal.wood, 0.2), radius=8)
    p.rect(180, 584, 990, 790, pal.primary)
    p.rect(180, 584, 990, 606, _dark(pal.primary, 0.2))
    p.rect(240, 640, 930, 740, _alpha(_WHITE, 40), radius=14)
    _glyph(p, "person", 330, 690, 34, _alpha(_WHITE, 200))
    _glyph(p, "check", 430, 690, 30, _alpha(_WHITE, 200))
    p.rect(780, 520, 900, 556, _WHITE, radius=6)
    p.rect(800, 532, 880, 540, pal.accents[1], radius=4)
    # citizen with a phone
    citizen = looks[0]
    _shadow(p, 1150, 820, 80)
    hand = _person(p, 1150, 820, 410, citizen, pose="phone", facing=-1)
    p.rect(hand[0] - 30, hand[1] - 60, hand[0] + 10, hand[1] + 10, pal.device, radius=8)
    p.rect(
        hand[0] - 26, hand[1] - 54, hand[0] + 6, hand[1] + 4, _light(pal.accents[2], 0.5), radius=5
    )
    # ticket kiosk
    _shadow(p, 1400, 820, 80)
    p.rect(1340, 470, 1460, 820, (226, 230, 238), radius=18)
    p.rect(1355, 490, 1445, 590, pal.device, radius=8)
    p.rect(1365, 500, 1435, 580, _light(pal.primary, 0.5), radius=5)
    _glyph(p, "grid", 1400, 540, 24, _WHITE)
    p.rect(1370, 620, 1430, 630, (60, 64, 76), radius=4)
    p.rect(1382, 628, 1418, 670, _WHITE, radius=3)
    _bush(p, 1530, 820, 60, pal.foliage)
    p.rect(1495, 790, 1565, 840, _dark(pal.wood, 0.2), radius=10)


def _scene_village(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """Stilt houses in a village, connected to the internet."""
    _tree(p, 1500, 760, 280, pal.foliage, "pine")
    _stilt_house(p, 980, 420, 740, pal, rng)
    _banana(p, 900, 770, 230, _light(pal.foliage, 0.1))
    p.poly([(700, 900), (900, 900), (820, 760), (760, 760)], _alpha(_light(pal.ground, 0.5), 220))
    _stilt_house(p, 140, 540, 800, pal, rng)
    _tree(p, 60, 820, 260, _light(pal.foliage, 0.05), "round")
    p.circle(800, 230, 150, _alpha(_WHITE, 50))
    p.circle(800, 230, 120, _alpha(_WHITE, 70))
    _badge(p, 800, 230, 88, pal.primary, "wifi")
    look = _people_looks(pal, rng, 1)[0]
    look = _Look(
        skin=look.skin,
        hair=look.hair,
        shirt=(46, 54, 96),
        pants=(40, 44, 70),
        hair_style="wrap",
        accent=pal.accents[0],
    )
    _shadow(p, 1330, 830, 70)
    hand = _person(p, 1330, 830, 300, look, pose="phone", facing=-1)
    p.rect(hand[0] - 22, hand[1] - 44, hand[0] + 8, hand[1] + 6, pal.device, radius=6)
    for cx, flip in ((1130, 1), (1200, -1)):
        _shadow(p, cx, 845, 34)
        p.ellipse(cx, 815, 30, 24, (245, 240, 230))
        p.poly(
            [(cx - flip * 26, 808), (cx - flip * 52, 785), (cx - flip * 40, 822)], (200, 120, 60)
        )
        p.circle(cx + flip * 24, 792, 14, (245, 240, 230))
        p.poly([(cx + flip * 20, 778), (cx + flip * 28, 770), (cx + flip * 32, 780)], (218, 37, 29))
        p.poly(
            [(cx + flip * 36, 790), (cx + flip * 48, 795), (cx + flip * 36, 798)], (240, 170, 40)
        )
        p.line([(cx - 6, 838), (cx - 6, 848)], (200, 140, 60), 4)
        p.line([(cx + 6, 838), (cx + 6, 848)], (200, 140, 60), 4)
    _flowers(p, 700, 860, pal.accents[:3], rng)


def _stall(
    p: _Painter,
    x0: float,
    x1: float,
    top: float,
    table: float,
    awning: Color,
    cloth: Color,
    rng: random.Random,
) -> None:
    """A market stall with a striped scalloped awning and produce."""
    pole = (110, 84, 62)
    _shadow(p, (x0 + x1) / 2, 800, (x1 - x0) * 0.6)
    p.rect(x0 + 6, top, x0 + 20, 795, pole)
    p.rect(x1 - 20, top, x1 - 6, 795, pole)
    p.poly(
        [(x0 - 10, top), (x1 + 10, top), (x1 - 30, top - 70), (x0 + 30, top - 70)],
        _dark(awning, 0.15),
    )
    stripes = 8
    sw = (x1 - x0 + 40) / stripes
    for i in range(stripes):
        sx = x0 - 20 + i * sw
        color = awning if i % 2 == 0 else (250, 246, 238)
        p.rect(sx, top, sx + sw, top + 60, color)
        p.chord(sx + sw / 2, top + 60, sw / 2, sw * 0.35, 0, 180, color)
    p.rect(x0 - 10, table, x1 + 10, table + 18, _light(pole, 0.2), radius=4)
    p.rect(x0, table + 18, x1, 790, cloth)
    p.rect(x0, table + 18, x1, table + 36, _dark(cloth, 0.15))
    fruit_sets = (
        ((150, 40, 90), (190, 60, 110)),
        ((245, 150, 40), (250, 180, 60)),
        ((110, 170, 60), (140, 195, 80)),
        ((218, 50, 40), (240, 90, 60)),
    )
    count = max(2, int((x1 - x0) // 150))
    for b in range(count):
        bx = x0 + 30 + b * (x1 - x0 - 60) / count
        bw = (x1 - x0 - 60) / count - 20
        colors = rng.choice(fruit_sets)
        for row in range(3):
            for k in range(4 - row):
                fx = bx + bw * (0.2 + k * 0.2 + row * 0.1)
                fy = table - 14 - row * 22
                p.circle(fx, fy, 17, colors[(k + row) % 2])
        p.poly(
            [
                (bx, table - 20),
                (bx + bw, table - 20),
                (bx + bw - 12, table + 2),
                (bx + 12, table + 2),
            ],
            (170, 120, 70),
        )
        p.rect(bx + 6, table - 14, bx + bw - 6, table - 10, _alpha((120, 80, 50), 200))


def _scene_market(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """A highland market: stalls, produce and cashless payment by QR code."""
    looks = _people_looks(pal, rng, 3)
    _person(p, 1260, 600, 360, looks[1], pose="table", mode="table")
    _stall(p, 1040, 1480, 330, 600, pal.accents[1], _light(pal.accents[4], 0.1), rng)
    _person(p, 420, 590, 380, looks[2], pose="table", mode="table")
    _stall(p, 130, 710, 300, 590, pal.primary, _light(pal.accents[3], 0.05), rng)
    # QR code standee
    _shadow(p, 830, 800, 70)
    p.line([(790, 640), (770, 800)], (90, 70, 60), 10)
    p.line([(870, 640), (890, 800)], (90, 70, 60), 10)
    p.rect(750, 440, 910, 650, pal.primary, radius=16)
    p.rect(762, 452, 898, 638, _WHITE, radius=10)
    _qr(p, 775, 466, 110, rng, (30, 34, 44))
    p.rect(780, 592, 880, 606, pal.primary, radius=7)
    p.rect(795, 614, 865, 624, (200, 206, 218), radius=5)
    # customer scanning with a phone, carrying a woven back basket
    customer = _Look(
        skin=pal.skins[0],
        hair=pal.hair,
        shirt=(46, 54, 96),
        pants=(40, 44, 70),
        hair_style="wrap",
        accent=pal.accents[0],
    )
    _shadow(p, 985, 820, 80)
    basket = (176, 128, 74)
    p.poly([(1010, 460), (1100, 460), (1085, 620), (1025, 620)], basket)
    for i in range(1, 6):
        yy = 460 + i * 27
        p.line([(1012 + i * 2.5, yy), (1098 - i * 2.5, yy)], _dark(basket, 0.2), 5, caps=False)
    hand = _person(p, 985, 820, 400, customer, pose="phone", facing=-1)
    p.rect(hand[0] - 30, hand[1] - 62, hand[0] + 8, hand[1] + 8, pal.device, radius=8)
    p.rect(
        hand[0] - 26, hand[1] - 56, hand[0] + 4, hand[1] + 2, _light(pal.accents[1], 0.4), radius=5
    )
    _badge(p, 960, 330, 50, _hex("#06a77d"), "check")


def _scene_security(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """Online safety: a shield with a padlock, a phishing hook and a phone warning."""
    _tree(p, 120, 790, 300, pal.foliage, rng.choice(("round", "pine")))
    _bush(p, 1500, 800, 70, pal.foliage)
    p.ellipse(800, 430, 430, 150, _alpha(_WHITE, 60))
    p.ellipse(800, 430, 400, 125, _alpha(pal.sky_bottom, 60))
    primary = pal.primary
    _shadow(p, 800, 790, 220)

    def shield(cx: float, top: float, w: float, h: float) -> list[Point]:
        pts: list[Point] = [(cx - w / 2, top + h * 0.08)]
        pts += _cubic(
            (cx - w / 2, top + h * 0.08),
            (cx - w * 0.2, top + h * 0.06),
            (cx - w * 0.1, top),
            (cx, top - h * 0.02),
            10,
        )
        pts += _cubic(
            (cx, top - h * 0.02),
            (cx + w * 0.1, top),
            (cx + w * 0.2, top + h * 0.06),
            (cx + w / 2, top + h * 0.08),
            10,
        )
        pts += _cubic(
            (cx + w / 2, top + h * 0.08),
            (cx + w / 2, top + h * 0.6),
            (cx + w * 0.2, top + h * 0.85),
            (cx, top + h),
            16,
        )
        pts += _cubic(
            (cx, top + h),
            (cx - w * 0.2, top + h * 0.85),
            (cx - w / 2, top + h * 0.6),
            (cx - w / 2, top + h * 0.08),
            16,
        )
        return pts

    p.poly([(x + 14, y + 18) for x, y in shield(800, 170, 380, 500)], (20, 40, 80, 50))
    p.poly(shield(800, 170, 380, 500), _dark(primary, 0.15))
    p.poly(shield(800, 192, 330, 450), primary)
    p.poly([*shield(800, 192, 330, 450)[:22], (800, 640)], _light(primary, 0.12))
    p.arc(800, 380, 56, 180, 360, _WHITE, 26, caps=False)
    p.rect(731, 376, 757, 410, _WHITE)
    p.rect(843, 376, 869, 410, _WHITE)
    p.rect(715, 400, 885, 530, _WHITE, radius=22)
    p.circle(800, 450, 20, primary)
    p.poly([(788, 455), (812, 455), (818, 498), (782, 498)], primary)
    # phone with a warning
    with p.upright(1230):
        sx0, _, sx1, _ = _phone(p, 1120, 300, 1340, 760, pal.device, pal.screen)
        amber = (255, 183, 3)
        p.poly([(1230, 360), (1305, 490), (1155, 490)], amber)
        p.rect(1222, 395, 1238, 450, (40, 40, 50), radius=7)
        p.circle(1230, 470, 9, (40, 40, 50))
        p.rect(sx0 + 20, 520, sx1 - 20, 540, (220, 80, 70), radius=10)
        p.rect(sx0 + 20, 560, sx1 - 40, 574, (200, 206, 220), radius=7)
        p.rect(sx0 + 20, 590, sx1 - 70, 604, (200, 206, 220), radius=7)
        p.rect(sx0 + 30, 640, sx1 - 30, 690, (226, 232, 240), radius=25)
    # phishing e-mail caught on a hook
    p.rect(306, 406, 526, 546, (20, 30, 60, 40), radius=8)
    p.rect(300, 400, 520, 540, _WHITE, radius=8)
    p.poly([(300, 404), (520, 404), (410, 484)], _light(pal.accents[0], 0.75))
    p.line([(304, 404), (410, 484), (516, 404)], _light(pal.accents[0], 0.2), 6)
    hook = (70, 76, 90)
    p.line([(410, 60), (410, 392)], hook, 6, caps=False)
    p.arc(392, 392, 18, 0, 160, hook, 8)
    p.poly([(371, 398), (380, 378), (386, 396)], hook)
    p.circle(515, 405, 32, (220, 60, 60))
    p.line([(503, 393), (527, 417)], _WHITE, 8)
    p.line([(527, 393), (503, 417)], _WHITE, 8)
    _badge(p, 1080, 210, 44, _hex("#06a77d"), "check")
    _badge(p, 560, 680, 46, pal.accents[1], "lock")
    spots = [
        (250, 250),
        (560, 190),
        (1050, 330),
        (1420, 220),
        (1440, 560),
        (230, 620),
        (1010, 620),
        (640, 110),
    ]
    for sx, sy in rng.sample(spots, 5):
        p.poly(_star_points(sx, sy, rng.uniform(9, 15), 0.4), _alpha(_WHITE, 220))


def _scene_school(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """A highland school with the national flag and pupils with tablets."""
    wall = rng.choice(((246, 205, 96), (244, 214, 120), (240, 196, 90)))
    roof = rng.choice(((178, 72, 52), (150, 60, 50), (60, 110, 150)))
    trim = _light(wall, 0.6)
    _tree(p, 130, 780, 340, pal.foliage, "round")
    _shadow(p, 800, 730, 560)
    p.rect(290, 395, 1310, 720, wall)
    p.rect(290, 395, 1310, 425, _dark(wall, 0.12))
    for i in range(8):
        bx = 330 + i * 122
        if 660 < bx < 920:
            continue
        p.rect(bx, 470, bx + 80, 640 if i % 3 == 1 else 570, (70, 130, 150), radius=6)
        p.rect(bx + 38, 470, bx + 42, 640 if i % 3 == 1 else 570, trim)
        p.rect(bx - 6, 440, bx + 86, 455, trim, radius=4)
    for i in range(9):
        px = 300 + i * 125
        p.rect(px, 425, px + 16, 715, _WHITE)
    p.poly([(250, 400), (1350, 400), (1285, 310), (315, 310)], roof)
    p.rect(240, 395, 1360, 412, _dark(roof, 0.2), radius=4)
    p.rect(660, 300, 940, 720, _light(wall, 0.12))
    p.poly([(640, 305), (960, 305), (800, 195)], roof)
    p.poly([(680, 298), (920, 298), (800, 215)], _light(wall, 0.3))
    p.circle(800, 262, 28, (218, 37, 29))
    p.poly(_star_points(800, 264, 18), (255, 205, 0))
    p.rect(740, 520, 860, 720, (70, 130, 150), radius=8)
    p.rect(797, 520, 803, 720, trim)
    _glyph(p, "wifi", 800, 420, 46, _dark(wall, 0.45))
    p.rect(270, 712, 1330, 735, (190, 190, 196))
    # flag pole with the national flag
    p.rect(1408, 150, 1418, 760, (200, 204, 214))
    p.circle(1413, 148, 9, (255, 205, 0))
    wave = [(1418 + i * 8, 165 + 10 * math.sin(i / 3)) for i in range(21)]
    bottom = [(x, y + 110) for x, y in wave]
    p.poly(wave + bottom[::-1], (218, 37, 29))
    p.poly(_star_points(1500, 224, 30), (255, 205, 0))
    _shadow(p, 1413, 760, 40)
    # pupils in uniform with red scarves
    looks = _people_looks(pal, rng, 4)
    for i, x in enumerate((520, 680, 920, 1080)):
        base = 842 - (i % 2) * 18
        h = rng.uniform(235, 265)
        look = _Look(
            skin=looks[i].skin,
            hair=pal.hair,
            shirt=(246, 248, 252),
            pants=(40, 58, 110),
            hair_style=("short", "long", "bun", "short")[i],
            scarf=True,
        )
        _shadow(p, x, base, 55)
        pose = "hold" if i == 2 else ("wave" if i == 0 else "down")
        hand = _person(
            p, x, base, h, look, pose=pose, backpack=pal.accents[i % 4], facing=-1 if i == 0 else 1
        )
        if pose == "hold":
            p.rect(hand[0] - 48, hand[1] - 62, hand[0] + 48, hand[1] + 8, pal.device, radius=8)
            p.rect(
                hand[0] - 42,
                hand[1] - 56,
                hand[0] + 42,
                hand[1] + 2,
                _light(pal.accents[1], 0.5),
                radius=5,
            )
    _flowers(p, 360, 850, pal.accents[:3], rng)
    _flowers(p, 1240, 860, pal.accents[2:5], rng)


def _scene_farm(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """Tea rows, a farmer and a phone showing an online shop."""
    tea = rng.choice(((62, 130, 70), (48, 120, 80), (70, 140, 60)))
    farmer = _Look(
        skin=pal.skins[2],
        hair=pal.hair,
        shirt=rng.choice(((46, 54, 96), pal.accents[0])),
        pants=(44, 50, 70),
        hair_style="hat",
    )

    def tea_row(k: int) -> None:
        base = 592 + k * 76
        thick = 42 + 8 * k
        end_x = 930 + 45 * k
        xs = [-80 + i * 10 for i in range(int((end_x + 80) / 10) + 1)]

        def arch(x: float) -> float:
            return base - 26 * math.sin(math.pi * (x + 80) / (end_x + 80))

        bumps = [(x, arch(x) - 9 * abs(math.sin(math.pi * x / (46 + 6 * k))) ** 0.6) for x in xs]
        bottom = [(x, arch(x) + thick) for x in xs]
        p.poly(bumps + bottom[::-1], _dark(tea, 0.18))
        p.poly(bumps + [(x, y + thick * 0.42) for x, y in bumps[::-1]], tea)
        p.line([(x, y + 5) for x, y in bumps], _light(tea, 0.25), 6, caps=False)
        p.circle(end_x, arch(end_x) + thick * 0.45, thick * 0.55, _dark(tea, 0.1))

    field = [(-100 + i * 25, 600 - 50 * math.sin(math.pi * i / 50)) for i in range(51)]
    p.poly([*field, (1150, 900), (-100, 900)], _mix(pal.ground, tea, 0.3))
    for k in range(2):
        tea_row(k)
    basket = (176, 128, 74)
    p.poly([(470, 410), (545, 410), (535, 550), (480, 550)], basket)
    for i in range(1, 5):
        p.line(
            [(474 + i * 2, 410 + i * 28), (541 - i * 2, 410 + i * 28)],
            _dark(basket, 0.2),
            5,
            caps=False,
        )
    hand = _person(p, 560, 760, 420, farmer, pose="phone", facing=1)
    p.rect(hand[0] - 6, hand[1] - 62, hand[0] + 32, hand[1] + 8, pal.device, radius=8)
    for k in range(2, 4):
        tea_row(k)
    # big phone with a shop page
    with p.upright(1180):
        sx0, sy0, sx1, sy1 = _phone(p, 1020, 140, 1340, 820, pal.device, pal.screen)
        p.rect(sx0, sy0, sx1, sy0 + 70, pal.primary, radius=28)
        p.rect(sx0, sy0 + 40, sx1, sy0 + 70, pal.primary)
        p.rect(sx0 + 24, sy0 + 26, sx0 + 150, sy0 + 42, _alpha(_WHITE, 220), radius=8)
        _glyph(p, "cart", sx1 - 40, sy0 + 36, 18, _WHITE, pal.primary)
        img = (sx0 + 20, sy0 + 90, sx1 - 20, sy0 + 330)
        p.rect(*img, _light(tea, 0.75), radius=16)
        icx = (img[0] + img[2]) / 2
        p.rect(icx - 60, img[1] + 90, icx + 60, img[3] - 30, _light(pal.accents[0], 0.2), radius=10)
        p.rect(icx - 60, img[1] + 90, icx + 60, img[1] + 115, _dark(pal.accents[0], 0.1), radius=10)
        _glyph(p, "leaf", icx, img[1] + 160, 36, _WHITE, _light(pal.accents[0], 0.2))
        p.poly(_leaf_points((icx - 20, img[1] + 85), (icx - 80, img[1] + 30), 40), tea)
        p.poly(_leaf_points((icx + 10, img[1] + 85), (icx + 70, img[1] + 25), 44), _light(tea, 0.2))
        ty = img[3] + 24
        p.rect(sx0 + 20, ty, sx1 - 60, ty + 18, (70, 76, 90), radius=9)
        p.rect(sx0 + 20, ty + 32, sx1 - 110, ty + 46, (200, 206, 220), radius=7)
        for i in range(5):
            p.poly(_star_points(sx0 + 34 + i * 30, ty + 80, 12, 0.45), (255, 183, 3))
        p.rect(sx0 + 20, ty + 112, sx0 + 140, ty + 136, pal.accents[0], radius=12)
        p.rect(sx0 + 20, sy1 - 110, sx1 - 20, sy1 - 50, pal.primary, radius=30)
        _glyph(p, "cart", (sx0 + sx1) / 2, sy1 - 80, 20, _WHITE, pal.primary)
    # parcel ready to ship
    bx, by = 880, 640
    p.poly([(bx, by), (bx + 120, by), (bx + 150, by - 30), (bx + 30, by - 30)], (226, 178, 120))
    p.rect(bx, by, bx + 120, by + 100, (205, 150, 92))
    p.poly(
        [(bx + 120, by), (bx + 150, by - 30), (bx + 150, by + 70), (bx + 120, by + 100)],
        (178, 126, 74),
    )
    p.rect(bx + 50, by, bx + 70, by + 100, (240, 220, 180))
    _badge(p, 930, 300, 52, pal.accents[1], "heart")


def _scene_elderly(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """A young volunteer showing an older villager a video call on a tablet."""
    _tree(p, 230, 790, 520, pal.foliage, "round")
    _bush(p, 1450, 800, 90, _light(pal.foliage, 0.08))
    _flowers(p, 1330, 830, pal.accents[:3], rng)
    seat = 640.0
    ground = 800.0
    wood = pal.wood
    leg = _dark(wood, 0.25)
    _shadow(p, 820, ground, 330)
    for lx in (560, 1080):
        p.rect(lx, 470, lx + 20, ground, leg)
    p.rect(520, 470, 1120, 500, _dark(wood, 0.05), radius=8)
    p.rect(520, 520, 1120, 545, _dark(wood, 0.05), radius=8)
    p.rect(520, seat - 10, 1120, seat + 16, wood, radius=6)
    p.rect(540, seat + 16, 1100, seat + 26, _dark(wood, 0.2))
    elder = _Look(
        skin=pal.skins[3],
        hair=(222, 222, 226),
        shirt=(46, 54, 96),
        pants=(36, 40, 60),
        hair_style=rng.choice(("wrap", "bun")),
        accent=pal.accents[0],
        glasses=True,
    )
    young = _Look(
        skin=pal.skins[0],
        hair=pal.hair,
        shirt=pal.primary,
        pants=(50, 60, 90),
        hair_style=rng.choice(("short", "long")),
    )
    _person(p, 700, seat, 390, elder, pose="lap", mode="bench", ground=ground)
    hand = _person(p, 945, seat, 410, young, pose="hold", mode="bench", ground=ground)
    # cane leaning on the bench
    cane = (120, 84, 56)
    p.line([(585, 478), (612, 795)], cane, 12)
    p.arc(569, 483, 16, 180, 360, cane, 12)
    # tablet with a video call, held towards the elder
    with p.upright(hand[0] - 55):
        tx, ty = hand[0] - 55, hand[1] + 20
        p.rect(tx - 92, ty - 62, tx + 92, ty + 62, pal.device, radius=14)
        p.rect(tx - 82, ty - 52, tx + 82, ty + 52, _light(pal.accents[1], 0.55), radius=8)
        p.circle(tx, ty - 12, 20, pal.skins[4])
        p.chord(tx - 1, ty - 29, 22, 20, 180, 360, pal.hair)
        p.chord(tx, ty + 48, 38, 32, 180, 360, pal.accents[2])
        p.rect(tx + 44, ty - 46, tx + 76, ty - 16, _light(pal.primary, 0.4), radius=5)
        p.circle(tx - 60, ty + 36, 8, (220, 60, 60))
    _badge(p, 820, 300, 60, pal.accents[0], "video")
    _badge(p, 650, 240, 36, (220, 70, 90), "heart")


def _scene_generic(p: _Painter, pal: _Palette, rng: random.Random) -> None:
    """Fallback scene: a laptop, a phone and books under a Wi-Fi badge."""
    _tree(p, 180, 790, 320, pal.foliage, rng.choice(("round", "pine")))
    _bush(p, 1420, 800, 80, pal.foliage)
    _shadow(p, 800, 790, 380)
    p.rect(480, 760, 1120, 790, pal.wood, radius=8)
    box = _laptop_front(p, 760, 740, 420, pal.device, pal.screen)
    p.rect(box[0], box[1], box[2], box[1] + 40, pal.primary)
    for i in range(3):
        p.rect(
            box[0] + 30 + i * 120,
            box[1] + 70,
            box[0] + 130 + i * 120,
            box[1] + 170,
            pal.accents[i],
            radius=12,
        )
    for i, color in enumerate(pal.accents[3:6]):
        p.rect(500 + i * 6, 740 - i * 32, 560 + i * 6, 740 - i * 32 + 30, color, radius=4)
    _phone(p, 1000, 580, 1090, 745, pal.device, _light(pal.primary, 0.6))
    _badge(p, 800, 220, 80, pal.primary, "wifi")


_SCENES: dict[str, Callable[[_Painter, _Palette, random.Random], None]] = {
    "classroom": _scene_classroom,
    "phone": _scene_phone,
    "meeting": _scene_meeting,
    "village": _scene_village,
    "office": _scene_office,
    "market": _scene_market,
    "security": _scene_security,
    "school": _scene_school,
    "farm": _scene_farm,
    "elderly": _scene_elderly,
}


# Scenes whose details would read wrongly when mirrored (the office shows a queue number).
_NO_MIRROR = frozenset({"office"})


def illustration(theme: str, *, seed: str, width: int = 1600, height: int = 900) -> bytes:
    """Render a deterministic flat-style PNG illustration for a news article."""
    if width < 16 or height < 16:
        msg = "illustration size must be at least 16x16 pixels"
        raise ValueError(msg)
    key = theme.strip().lower()
    scene = _SCENES.get(key, _scene_generic)
    rng = _rng("illustration", key, seed)
    pal = _palette(key, rng)
    factor = 2 if width * height * 4 <= _MAX_SUPERSAMPLED_PIXELS else 1
    canvas = Image.new("RGB", (width * factor, height * factor), pal.sky_bottom)
    flip = key not in _NO_MIRROR and _rng("mirror", key, seed).random() < 0.5
    painter = _Painter(canvas, flip=flip)
    _landscape(painter, pal, _rng("landscape", key, seed))
    scene(painter, pal, _rng("scene", key, seed))
    image = canvas.reduce(factor) if factor > 1 else canvas
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=6)
    return buffer.getvalue()


# ---------------------------------------------------------------------------
# Administrative document PDF
# ---------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------
# Logo
# ---------------------------------------------------------------------------

_LOGO_RED = "#b3261e"
_LOGO_YELLOW = "#ffcd00"
_LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" '
    'aria-labelledby="t"><title id="t">Bình dân học vụ số</title>'
    '<rect width="64" height="64" rx="14" fill="#b3261e"/>'
    '<path fill="#fff" d="M31 35C26 31.5 18 31 11 32.5V49C18 47.5 26 48 31 51.5Z'
    'M33 35C38 31.5 46 31 53 32.5V49C46 47.5 38 48 33 51.5Z"/>'
    '<path fill="none" stroke="#fff" stroke-width="3.6" stroke-linecap="round" '
    'd="M22.1 25.1A14 14 0 0 1 41.9 25.1M17.15 20.15A21 21 0 0 1 46.85 20.15"/>'
    '<path fill="#ffcd00" d="M32 24.2 33.17 27.79H36.95L33.89 30.01 35.06 33.61 32 31.39 '
    '28.94 33.61 30.11 30.01 27.05 27.79H30.83Z"/></svg>'
)
# Geometry shared by the PNG renderer; it mirrors the numbers in ``_LOGO_SVG``.
_LOGO_ARC_CENTRE: Point = (32.0, 35.0)
_LOGO_ARC_RADII: tuple[float, float] = (14.0, 21.0)
_LOGO_STROKE = 3.6
_LOGO_STAR: tuple[float, float, float] = (32.0, 29.4, 5.2)


def logo_svg() -> str:
    """Return the compact hand-written SVG version of the portal logo."""
    return _LOGO_SVG


def placeholder_logo(*, size: int = 512) -> bytes:
    """Render the portal app icon as a PNG (transparent corners)."""
    if size < 16:
        msg = "logo size must be at least 16 pixels"
        raise ValueError(msg)
    scale = 4
    k = size * scale / 64
    image = Image.new("RGBA", (size * scale, size * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    def pt(x: float, y: float) -> Point:
        return (x * k, y * k)

    draw.rounded_rectangle(
        (0, 0, size * scale - 1, size * scale - 1), radius=14 * k, fill=_LOGO_RED
    )
    white = (255, 255, 255, 255)
    for sign in (-1, 1):

        def mx(v: float, sign: int = sign) -> float:
            return 32 + sign * (32 - v)

        outline: list[Point] = [(mx(31), 35)]
        outline += _cubic((mx(31), 35), (mx(26), 31.5), (mx(18), 31), (mx(11), 32.5))
        outline.append((mx(11), 49))
        outline += _cubic((mx(11), 49), (mx(18), 47.5), (mx(26), 48), (mx(31), 51.5))
        draw.polygon([pt(x, y) for x, y in outline], fill=white)
    cx, cy = _LOGO_ARC_CENTRE
    half = _LOGO_STROKE / 2
    for radius in _LOGO_ARC_RADII:
        outer = radius + half
        draw.arc(
            (*pt(cx - outer, cy - outer), *pt(cx + outer, cy + outer)),
            225,
            315,
            fill=white,
            width=round(_LOGO_STROKE * k),
        )
        for angle in (225, 315):
            ex = cx + radius * math.cos(math.radians(angle))
            ey = cy + radius * math.sin(math.radians(angle))
            draw.ellipse((*pt(ex - half, ey - half), *pt(ex + half, ey + half)), fill=white)
    draw.polygon([pt(x, y) for x, y in _star_points(*_LOGO_STAR)], fill=_LOGO_YELLOW)
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
