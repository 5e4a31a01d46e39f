"""Shared backgrounds: sky, sun, clouds, mountains, rice terraces, ground and rooms."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Sequence

from PIL import Image

from portal.news.demo.media.painting import (
    _GROUND,
    _WHITE,
    Color,
    Point,
    _alpha,
    _chaikin,
    _dark,
    _light,
    _mix,
    _Painter,
)
from portal.news.demo.media.palette import _Palette


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
