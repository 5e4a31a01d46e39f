"""Flat people: looks, poses, faces, hair and head coverings."""

from __future__ import annotations

import random
from dataclasses import dataclass

from portal.news.demo.media.painting import Color, Point, _alpha, _dark, _light, _Painter
from portal.news.demo.media.palette import _Palette


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
