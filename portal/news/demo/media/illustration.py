"""News article illustrations: a seeded landscape with a theme scene in front."""

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Callable

from PIL import Image

from portal.news.demo.media.landscape import _landscape
from portal.news.demo.media.painting import _Painter
from portal.news.demo.media.palette import _Palette, _palette
from portal.news.demo.media.scenes_community import (
    _scene_classroom,
    _scene_market,
    _scene_meeting,
    _scene_office,
    _scene_school,
    _scene_village,
)
from portal.news.demo.media.scenes_devices import (
    _scene_elderly,
    _scene_farm,
    _scene_generic,
    _scene_phone,
    _scene_security,
)

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

# Canvases up to this many pixels (after 2x supersampling) are drawn at twice the size.
_MAX_SUPERSAMPLED_PIXELS = 16_000_000


def _rng(*parts: object) -> random.Random:
    """Return a random generator seeded from a stable hash of ``parts``."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).digest()
    # not used for security: only to make demo artwork reproducible
    return random.Random(int.from_bytes(digest[:16], "big"))  # noqa: S311


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
