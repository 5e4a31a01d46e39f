"""Theme scenes set in community places: classroom, meeting hall, one-stop office,
village, market and school."""

from __future__ import annotations

import math
import random

from portal.news.demo.media.landscape import _room
from portal.news.demo.media.painting import (
    _WHITE,
    Color,
    _alpha,
    _dark,
    _hex,
    _leaf_points,
    _light,
    _mix,
    _Painter,
    _star_points,
)
from portal.news.demo.media.palette import _Palette
from portal.news.demo.media.people import _Look, _people_looks, _person
from portal.news.demo.media.props import (
    _badge,
    _banana,
    _bush,
    _flowers,
    _glyph,
    _laptop_back,
    _qr,
    _seven_segment,
    _shadow,
    _stilt_house,
    _tree,
)


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
