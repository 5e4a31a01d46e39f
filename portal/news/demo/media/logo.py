"""The portal logo: a hand-written SVG and a PNG app icon drawn to match it."""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw

from portal.news.demo.media.painting import Point, _cubic, _star_points

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
