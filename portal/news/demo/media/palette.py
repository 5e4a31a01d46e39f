"""Seed-dependent colour palettes for the news illustrations."""

from __future__ import annotations

import random
from dataclasses import dataclass

from portal.news.demo.media.painting import Color, _hex, _light, _mix, _vary


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
