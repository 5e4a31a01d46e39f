"""Theme scenes built around a device: phone, online safety, farm shop, video call
and the generic fallback."""

from __future__ import annotations

import math
import random

from portal.news.demo.media.painting import (
    _WHITE,
    Point,
    _alpha,
    _cubic,
    _dark,
    _hex,
    _leaf_points,
    _light,
    _mix,
    _Painter,
    _star_points,
)
from portal.news.demo.media.palette import _Palette
from portal.news.demo.media.people import _Look, _person
from portal.news.demo.media.props import (
    _badge,
    _bush,
    _flowers,
    _glyph,
    _laptop_front,
    _phone,
    _shadow,
    _tree,
)


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
