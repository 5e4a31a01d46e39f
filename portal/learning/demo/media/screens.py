"""Phone screenshots for the demo lessons' how-to steps, drawn with Pillow.

A Screen (portal.learning.demo.content.types) names a kind of app screen, its app bar title,
the labels it shows and the one to circle. Each kind belongs to a family of drawings (home
screen, settings list, form, chat, SMS inbox, browser, payment, QR scan, video meeting,
spreadsheet, signed document); a specific kind such as "vneid-login" is mapped to its family by
its words. The canvas, fonts and the bars every screen shares are in phone.py. The same screen
always gives byte-identical WebP output.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from PIL import Image, ImageDraw

from portal.learning.demo.content.types import Screen
from portal.learning.demo.media.phone import (
    HEIGHT,
    ICON_COLORS,
    INK,
    LINE,
    MUTED,
    PAPER,
    RED,
    SCALE,
    STATUS_H,
    TOP,
    WHITE,
    WIDTH,
    Box,
    Canvas,
    Color,
    button,
    chrome,
    hex_color,
    icon_color,
    input_bar,
    mix,
    stable_number,
    status_icons,
)

FAMILIES: tuple[str, ...] = (
    "home",
    "list",
    "form",
    "chat",
    "sms",
    "browser",
    "payment",
    "qr",
    "meeting",
    "sheet",
    "document",
)

# Other words of screen kinds that tell the family.
_FAMILY_WORDS: dict[str, str] = {
    **{family: family for family in FAMILIES},
    **dict.fromkeys(("launcher", "apps", "homescreen", "desktop"), "home"),
    **dict.fromkeys(("settings", "menu", "store", "notifications", "permissions"), "list"),
    **dict.fromkeys(
        ("login", "signin", "register", "signup", "password", "otp", "input", "account"), "form"
    ),
    **dict.fromkeys(("zalo", "messenger", "chatbot", "group"), "chat"),
    **dict.fromkeys(("scam", "inbox", "messages", "message"), "sms"),
    **dict.fromkeys(("web", "search", "google", "chrome", "url", "website"), "browser"),
    **dict.fromkeys(("pay", "transfer", "bank", "wallet", "bill", "banking"), "payment"),
    **dict.fromkeys(("scan", "vietqr", "camera"), "qr"),
    **dict.fromkeys(("video", "call", "zoom", "meet", "teams", "classroom"), "meeting"),
    **dict.fromkeys(("excel", "spreadsheet", "table", "sheets"), "sheet"),
    **dict.fromkeys(("doc", "docs", "pdf", "sign", "signature", "word", "contract"), "document"),
}

# App colours people recognise; other screens take their family's colour.
_BRAND_COLORS: dict[str, str] = {
    "vneid": "#b3261e",
    "zalo": "#0068ff",
    "facebook": "#1877f2",
    "momo": "#a50064",
    "dvc": "#1d4f91",
    "vssid": "#1565c0",
    "bank": "#00796b",
    "agribank": "#ae1c3f",
    "chrome": "#1a73e8",
    "excel": "#1d6f42",
    "sheets": "#188038",
    "zoom": "#2d8cff",
    "meet": "#00897b",
}
_FAMILY_COLORS: dict[str, str] = {
    "home": "#37474f",
    "list": "#455a64",
    "form": "#b3261e",
    "chat": "#0068ff",
    "sms": "#2e7d32",
    "browser": "#1a73e8",
    "payment": "#00796b",
    "qr": "#263238",
    "meeting": "#1f2a44",
    "sheet": "#1d6f42",
    "document": "#1d4f91",
}
_PHONE_WORDS = frozenset({"home", "android", "phone", "ios", "iphone", "launcher", "homescreen"})
_SPREADSHEET_WORDS = frozenset({"sheets", "excel", "spreadsheet", "calc", "table"})
_SIGNATURE = re.compile(r"\bký\b|chữ ký|sign", re.IGNORECASE)
_SECRET = re.compile(r"^[•*·●]+$")
_AMOUNT = re.compile(r"\d\s*(?:đ|₫|VND|đồng)", re.IGNORECASE)


def family_of(kind: str) -> str:
    """The drawing family of a screen kind such as "zalo-chat" or "vneid-login".

    A word naming a family wins ("store-document" is a document); else the last word known
    to belong to one ("settings-password" is a form); else a list.
    """
    words = kind.strip().lower().replace("_", "-").split("-")
    for word in reversed(words):
        if word in FAMILIES:
            return word
    for word in reversed(words):
        if word in _FAMILY_WORDS:
            return _FAMILY_WORDS[word]
    return "list"


def _primary(kind: str, family: str) -> Color:
    for word in kind.strip().lower().split("-"):
        if word in _BRAND_COLORS:
            return hex_color(_BRAND_COLORS[word])
    return hex_color(_FAMILY_COLORS[family])


def _home(canvas: Canvas, screen: Screen) -> None:
    """The phone's home screen ("android-home"), or an app's start screen ("bank-home")."""
    is_phone = screen.kind.lower().split("-")[0] in _PHONE_WORDS
    if is_phone:
        top, bottom = mix(canvas.primary, (90, 140, 200), 0.5), (255, 214, 170)
        for band in range(16):
            y0 = STATUS_H + band * (HEIGHT - STATUS_H) / 16
            colour = mix(top, bottom, band / 15)
            canvas.rect((0, y0, WIDTH, y0 + (HEIGHT - STATUS_H) / 16 + 1), colour)
        status_icons(canvas)
        canvas.text((WIDTH / 2, 44), "9:41", 44, WHITE, anchor="ma")
        canvas.paragraph((24, 104), screen.title, 13, WIDTH - 48, WHITE, max_lines=1, center=True)
        label_colour, grid_top = WHITE, 146.0
    else:
        chrome(canvas, screen.title, back=False)
        canvas.rect((0, TOP, WIDTH, TOP + 70), canvas.primary)
        canvas.rect((14, TOP + 10, WIDTH - 14, TOP + 100), WHITE, radius=14)
        canvas.ellipse((28, TOP + 30, 78, TOP + 80), mix(canvas.primary, WHITE, 0.7))
        canvas.rect((92, TOP + 38, 230, TOP + 48), LINE, radius=5)
        canvas.rect((92, TOP + 58, 190, TOP + 66), LINE, radius=4)
        label_colour, grid_top = INK, TOP + 124.0
    cell_w, cell_h = (WIDTH - 24) / 4, 92
    for index, name in enumerate(screen.lines):
        row, column = divmod(index, 4)
        x, y = 12 + column * cell_w, grid_top + row * cell_h
        if y + cell_h > HEIGHT - (90 if is_phone else 10):
            break
        icon = icon_color(name)
        cx = x + cell_w / 2
        canvas.rect((cx - 26, y, cx + 26, y + 52), icon, radius=14 if is_phone else 26)
        initial = (name.strip()[:1] or "?").upper()
        canvas.text((cx, y + 26), initial, 24, WHITE, bold=True, anchor="mm")
        lines = canvas.wrap(name, 10.5, cell_w - 6, max_lines=2)
        for number, line in enumerate(lines):
            canvas.text((cx, y + 58 + number * 13), line, 10.5, label_colour, anchor="ma")
        canvas.boxes[index] = (x + 4, y - 4, x + cell_w - 4, y + 60 + len(lines) * 13)
    if is_phone:
        canvas.rect((20, HEIGHT - 76, WIDTH - 20, HEIGHT - 20), (255, 255, 255), radius=24)
        for slot in range(4):
            cx = 62 + slot * (WIDTH - 124) / 3
            colour = hex_color(ICON_COLORS[(slot * 3 + 1) % len(ICON_COLORS)])
            canvas.rect((cx - 18, HEIGHT - 66, cx + 18, HEIGHT - 30), colour, radius=10)


def _list(canvas: Canvas, screen: Screen) -> None:
    chrome(canvas, screen.title)
    y = TOP + 12
    canvas.rect((0, y, WIDTH, HEIGHT), WHITE)
    for index, label in enumerate(screen.lines):
        lines = canvas.wrap(label, 14, WIDTH - 110, max_lines=2)
        height = 36 + 18 * len(lines)
        if y + height > HEIGHT:
            break
        icon = icon_color(label)
        middle = y + height / 2
        canvas.ellipse((16, middle - 16, 48, middle + 16), mix(icon, WHITE, 0.75))
        canvas.ellipse((26, middle - 6, 38, middle + 6), icon)
        for number, line in enumerate(lines):
            offset = (number - (len(lines) - 1) / 2) * 18
            canvas.text((64, middle + offset), line, 14, anchor="lm")
        canvas.line(
            [(WIDTH - 28, middle - 6), (WIDTH - 22, middle), (WIDTH - 28, middle + 6)], MUTED, 1.5
        )
        canvas.line([(64, y + height), (WIDTH, y + height)], LINE, 1)
        canvas.boxes[index] = (6, y + 3, WIDTH - 6, y + height - 3)
        y += height


def _form(canvas: Canvas, screen: Screen) -> None:
    """Fields top to bottom, the last line a button. "Label: value" fills the field; a line of
    dots is a password already typed."""
    chrome(canvas, screen.title)
    y: float = TOP + 24
    *fields, last = screen.lines or ("",)
    for index, line in enumerate(fields):
        label, value = _field(line)
        label_h = (
            canvas.paragraph((24, y), label, 13, WIDTH - 48, MUTED, max_lines=2) if label else 0
        )
        box = (24, y + label_h + 4, WIDTH - 24, y + label_h + 48)
        if box[3] > HEIGHT - 80:
            break
        canvas.rect(box, WHITE, radius=8, outline=LINE, width=1.5)
        if value:
            [text] = canvas.wrap(value, 15, box[2] - box[0] - 28, max_lines=1)
            canvas.text((38, (box[1] + box[3]) / 2), text, 15, anchor="lm")
        else:
            caret = mix(canvas.primary, WHITE, 0.4)
            canvas.line([(36, box[1] + 12), (36, box[3] - 12)], caret, 1)
        canvas.boxes[index] = (16, y - 6, WIDTH - 16, box[3] + 6)
        y = box[3] + 18
    button_box = (24, y + 10, WIDTH - 24, y + 58)
    button(canvas, button_box, last, canvas.primary)
    canvas.boxes[len(screen.lines) - 1] = (16, button_box[1] - 6, WIDTH - 16, button_box[3] + 6)


def _field(line: str) -> tuple[str, str]:
    """A form line as (label, value typed in the field)."""
    if _SECRET.match(line.strip()):
        return "", "•" * 8
    label, separator, value = line.partition(": ")
    return (label, value.strip()) if separator else (line, "")


def _chat(canvas: Canvas, screen: Screen) -> None:
    chrome(canvas, screen.title)
    canvas.rect((0, TOP, WIDTH, HEIGHT), (230, 236, 245))
    y = TOP + 16
    for index, message in enumerate(screen.lines):
        mine = index % 2 == 1
        lines = canvas.wrap(message, 14, WIDTH * 0.62, max_lines=4)
        width = max(canvas.width_of(line, 14) for line in lines) + 28
        height = len(lines) * 19 + 18
        if y + height > HEIGHT - 72:
            break
        x0 = WIDTH - 14 - width if mine else 52
        if not mine:
            canvas.ellipse((12, y + height - 32, 44, y + height), mix(canvas.primary, WHITE, 0.5))
        fill = mix(canvas.primary, WHITE, 0.8) if mine else WHITE
        canvas.rect((x0, y, x0 + width, y + height), fill, radius=14)
        for number, line in enumerate(lines):
            canvas.text((x0 + 14, y + 9 + number * 19), line, 14)
        canvas.boxes[index] = (x0 - 6, y - 6, x0 + width + 6, y + height + 6)
        y += height + 12
    input_bar(canvas, "Nhập tin nhắn…")


def _sms(canvas: Canvas, screen: Screen) -> None:
    chrome(canvas, screen.title, back=False)
    canvas.rect((0, TOP, WIDTH, HEIGHT), WHITE)
    y = TOP
    for index, message in enumerate(screen.lines):
        sender, _colon, preview = message.partition(":")
        if not preview:
            sender, preview = "", message
        lines = canvas.wrap(preview.strip(), 13, WIDTH - 92, max_lines=3)
        height = 30 + len(lines) * 17 + (20 if sender else 0)
        if y + height > HEIGHT:
            break
        is_flagged = index == screen.highlight
        if is_flagged:
            canvas.rect((0, y, WIDTH, y + height), (253, 236, 236))
        avatar = icon_color(sender or message)
        canvas.ellipse((14, y + 14, 56, y + 56), avatar)
        initial = ((sender or message).strip()[:1] or "?").upper()
        canvas.text((35, y + 35), initial, 18, WHITE, bold=True, anchor="mm")
        text_y = y + 14
        if sender:
            [name] = canvas.wrap(sender.strip(), 14, WIDTH - 140, bold=True, max_lines=1)
            canvas.text((70, text_y), name, 14, bold=True)
            canvas.text(
                (WIDTH - 16, text_y + 2),
                f"{9 - index % 9}:{15 + index * 7 % 45:02d}",
                11,
                MUTED,
                anchor="ra",
            )
            text_y += 20
        for number, line in enumerate(lines):
            canvas.text((70, text_y + number * 17), line, 13, INK if is_flagged else MUTED)
        canvas.line([(70, y + height), (WIDTH, y + height)], LINE, 1)
        canvas.boxes[index] = (4, y + 3, WIDTH - 4, y + height - 3)
        y += height


def _browser(canvas: Canvas, screen: Screen) -> None:
    chrome(canvas, screen.title, back=False)
    address, *results = screen.lines or ("",)
    canvas.rect((0, TOP, WIDTH, TOP + 56), WHITE)
    bar = (12, TOP + 10, WIDTH - 12, TOP + 46)
    canvas.rect(bar, PAPER, radius=18)
    canvas.rect((26, TOP + 24, 36, TOP + 34), MUTED, radius=2)
    canvas.ellipse((27, TOP + 17, 35, TOP + 29), None, outline=MUTED)
    [url] = canvas.wrap(address, 13, WIDTH - 80, max_lines=1)
    canvas.text((46, TOP + 28), url, 13, anchor="lm")
    canvas.boxes[0] = (bar[0] - 4, bar[1] - 4, bar[2] + 4, bar[3] + 4)
    canvas.line([(0, TOP + 56), (WIDTH, TOP + 56)], LINE, 1)
    y = TOP + 70
    link = hex_color("#1a0dab")
    for number, result in enumerate(results, start=1):
        lines = canvas.wrap(result, 15, WIDTH - 40, max_lines=2)
        height = len(lines) * 20 + 34
        if y + height > HEIGHT:
            break
        canvas.rect((12, y, WIDTH - 12, y + height), WHITE, radius=10, outline=LINE)
        host = url.split("/")[0] if "." in url else "dichvucong.gov.vn"
        canvas.text((24, y + 10), host, 11, MUTED)
        for index, line in enumerate(lines):
            canvas.text((24, y + 26 + index * 20), line, 15, link)
        canvas.boxes[number] = (6, y - 4, WIDTH - 6, y + height + 4)
        y += height + 10


def _payment(canvas: Canvas, screen: Screen) -> None:
    chrome(canvas, screen.title)
    *rows, last = screen.lines or ("",)
    y: float = TOP + 20
    card_top = y
    canvas.rect((14, card_top, WIDTH - 14, card_top + 12), WHITE, radius=12)
    for index, row in enumerate(rows):
        label, _colon, value = row.partition(":")
        is_amount = _AMOUNT.search(value) is not None
        if value.strip():
            [head] = canvas.wrap(label.strip(), 12, WIDTH - 60, max_lines=1)
            size = 22 if is_amount else 15
            lines = canvas.wrap(value.strip(), size, WIDTH - 60, bold=True, max_lines=2)
            height = 28 + len(lines) * size * 1.3
        else:
            head, size = "", 15
            lines = canvas.wrap(row, size, WIDTH - 60, max_lines=2)
            height = 16 + len(lines) * size * 1.3
        if y + height > HEIGHT - 100:
            break
        canvas.rect((14, y, WIDTH - 14, y + height + 8), WHITE)
        if head:
            canvas.text((30, y + 10), head, 12, MUTED)
        fill = canvas.primary if is_amount else INK
        for number, line in enumerate(lines):
            offset = 28 if head else 10
            canvas.text((30, y + offset + number * size * 1.3), line, size, fill, bold=bool(head))
        canvas.line([(30, y + height + 8), (WIDTH - 30, y + height + 8)], LINE, 1)
        canvas.boxes[index] = (10, y + 2, WIDTH - 10, y + height + 6)
        y += height + 8
    canvas.rect((14, y, WIDTH - 14, y + 16), WHITE, radius=12)
    button_box = (24, y + 40, WIDTH - 24, y + 88)
    button(canvas, button_box, last, canvas.primary)
    canvas.boxes[len(screen.lines) - 1] = (16, button_box[1] - 6, WIDTH - 16, button_box[3] + 6)
    canvas.text((WIDTH / 2, button_box[3] + 18), "Giao dịch được bảo mật", 11, MUTED, anchor="ma")


def _qr(canvas: Canvas, screen: Screen) -> None:
    canvas.rect((0, 0, WIDTH, HEIGHT), (28, 32, 38))
    chrome(canvas, screen.title, dark=True)
    size, left, top = 220, (WIDTH - 220) / 2, TOP + 60
    canvas.rect((left + 30, top + 30, left + size - 30, top + size - 30), WHITE)
    cells, cell = 21, (size - 76) / 21
    bits = stable_number(screen.title + "".join(screen.lines))
    for row in range(cells):
        for column in range(cells):
            is_dark = _qr_module(row, column, cells, bits)
            if is_dark:
                x, y = left + 38 + column * cell, top + 38 + row * cell
                canvas.rect((x, y, x + cell + 0.5, y + cell + 0.5), (20, 20, 20))
    corner = 34
    for x, y, dx, dy in (
        (left, top, 1, 1),
        (left + size, top, -1, 1),
        (left, top + size, 1, -1),
        (left + size, top + size, -1, -1),
    ):
        canvas.line([(x, y + dy * corner), (x, y), (x + dx * corner, y)], WHITE, 4)
    canvas.line([(left + 12, top + size * 0.55), (left + size - 12, top + size * 0.55)], RED, 2)
    y = top + size + 30
    for index, line in enumerate(screen.lines):
        height = canvas.paragraph((30, y), line, 14, WIDTH - 60, WHITE, max_lines=2, center=True)
        if y + height > HEIGHT - 20:
            break
        canvas.boxes[index] = (22, y - 6, WIDTH - 22, y + height + 4)
        y += height + 14


def _qr_module(row: int, column: int, cells: int, bits: int) -> bool:
    """Whether a module of a QR-like pattern is dark: three finder squares, seeded noise."""
    for top, left in ((0, 0), (0, cells - 7), (cells - 7, 0)):
        if top <= row < top + 7 and left <= column < left + 7:
            r, c = row - top, column - left
            return min(r, c, 6 - r, 6 - c) != 1
    mixed = (row * 31 + column * 17 + bits) * 2654435761 % 2**32
    return (mixed >> 13) & 1 == 1


def _meeting(canvas: Canvas, screen: Screen) -> None:
    canvas.rect((0, 0, WIDTH, HEIGHT), (32, 33, 36))
    chrome(canvas, screen.title, dark=True)
    names = screen.lines[:6] or ("",)
    columns = 1 if len(names) == 1 else 2
    rows = -(-len(names) // columns)
    area_top, area_bottom = TOP + 10, HEIGHT - 90
    tile_w = (WIDTH - 12 - 8 * (columns - 1)) / columns
    tile_h = min(200, (area_bottom - area_top - 8 * (rows - 1)) / rows)
    for index, name in enumerate(names):
        row, column = divmod(index, columns)
        x, y = 6 + column * (tile_w + 8), area_top + row * (tile_h + 8)
        colour = mix(icon_color(name), (32, 33, 36), 0.55)
        canvas.rect((x, y, x + tile_w, y + tile_h), colour, radius=10)
        radius = min(tile_w, tile_h) * 0.2
        cx, cy = x + tile_w / 2, y + tile_h / 2 - 10
        canvas.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius), mix(colour, WHITE, 0.45)
        )
        initial = (name.strip()[:1] or "?").upper()
        canvas.text((cx, cy), initial, radius * 0.9, WHITE, bold=True, anchor="mm")
        [label] = canvas.wrap(name, 12, tile_w - 20, max_lines=1)
        canvas.rect(
            (x + 6, y + tile_h - 26, x + 14 + canvas.width_of(label, 12), y + tile_h - 6),
            (0, 0, 0),
            radius=4,
        )
        canvas.text((x + 10, y + tile_h - 16), label, 12, WHITE, anchor="lm")
        canvas.boxes[index] = (x - 3, y - 3, x + tile_w + 3, y + tile_h + 3)
    for slot, colour in enumerate(((60, 64, 67), (60, 64, 67), (60, 64, 67), (217, 48, 37))):
        cx = WIDTH / 2 + (slot - 1.5) * 70
        canvas.ellipse((cx - 24, HEIGHT - 70, cx + 24, HEIGHT - 22), colour)
    mic_x = WIDTH / 2 - 105
    canvas.rect((mic_x - 5, HEIGHT - 56, mic_x + 5, HEIGHT - 40), WHITE, radius=5)
    cam_x = WIDTH / 2 - 35
    canvas.rect((cam_x - 10, HEIGHT - 52, cam_x + 5, HEIGHT - 40), WHITE, radius=2)
    hang_x = WIDTH / 2 + 105
    canvas.rect((hang_x - 12, HEIGHT - 49, hang_x + 12, HEIGHT - 43), WHITE, radius=3)


def _sheet(canvas: Canvas, screen: Screen) -> None:
    """A spreadsheet (cells separated by "|"), or else a phone's action sheet."""
    words = set(screen.kind.lower().split("-"))
    grid = [_cells(line) for line in screen.lines]
    if words & _SPREADSHEET_WORDS or any(len(cells) > 1 for cells in grid):
        _spreadsheet(canvas, screen.title, grid)
    else:
        _action_sheet(canvas, screen)


def _action_sheet(canvas: Canvas, screen: Screen) -> None:
    """A panel rising from the bottom over a dimmed app: a question or title, then choices."""
    chrome(canvas, screen.title)
    canvas.rect((0, TOP, WIDTH, HEIGHT), WHITE)
    for row in range(6):
        y = TOP + 20 + row * 56
        canvas.ellipse((16, y, 52, y + 36), LINE)
        canvas.rect((64, y + 6, WIDTH - 60 - row * 12, y + 16), LINE, radius=5)
        canvas.rect((64, y + 24, WIDTH - 140, y + 31), PAPER, radius=4)
    dim = Image.new("RGB", canvas.image.size, (0, 0, 0))
    canvas.image.paste(Image.blend(canvas.image, dim, 0.45))
    canvas.draw = ImageDraw.Draw(canvas.image)
    lines = list(screen.lines)
    question = lines[0] if lines and lines[0].rstrip().endswith("?") else ""
    choices = lines[1:] if question else lines
    heights = [len(canvas.wrap(text, 15, WIDTH - 64, max_lines=2)) * 20 + 28 for text in choices]
    question_h = len(canvas.wrap(question, 15, WIDTH - 64, True, 3)) * 20 + 30 if question else 0
    top = max(TOP + 40, HEIGHT - 24 - question_h - sum(heights))
    canvas.rect((0, top - 16, WIDTH, HEIGHT + 20), WHITE, radius=18)
    canvas.rect((WIDTH / 2 - 20, top - 8, WIDTH / 2 + 20, top - 4), LINE, radius=2)
    y = top + 8
    if question:
        canvas.paragraph((32, y), question, 15, WIDTH - 64, bold=True, max_lines=3, center=True)
        canvas.boxes[0] = (16, y - 6, WIDTH - 16, y + question_h - 18)
        y += question_h
    offset = 1 if question else 0
    for number, (text, height) in enumerate(zip(choices, heights, strict=True)):
        canvas.line([(20, y), (WIDTH - 20, y)], LINE, 1)
        colour = canvas.primary if number == 0 and question else INK
        canvas.paragraph((32, y + 14), text, 15, WIDTH - 64, colour, max_lines=2, center=True)
        canvas.boxes[number + offset] = (16, y + 4, WIDTH - 16, y + height - 4)
        y += height


def _spreadsheet(canvas: Canvas, title: str, grid: list[list[str]]) -> None:
    chrome(canvas, title)
    canvas.rect((0, TOP, WIDTH, HEIGHT), WHITE)
    canvas.rect((0, TOP, WIDTH, TOP + 34), PAPER)
    canvas.text((12, TOP + 17), "fx", 13, MUTED, bold=True, anchor="lm")
    canvas.line([(36, TOP + 6), (36, TOP + 28)], LINE, 1)
    formula = next((cell for cells in grid for cell in cells if cell.startswith("=")), "")
    canvas.text((46, TOP + 17), formula, 12.5, anchor="lm")
    row_h, head_w, top = 34, 28, TOP + 34
    is_table = any(len(cells) > 1 for cells in grid)
    columns = max(3, min(max((len(cells) for cells in grid), default=1), 5))
    # Column A holds names, so it is wider than the others.
    unit = (WIDTH - head_w) / (columns + 0.8)
    lefts = [head_w + (0 if column == 0 else unit * (column + 0.8)) for column in range(columns)]
    widths = [unit * 1.8, *([unit] * (columns - 1))]
    canvas.rect((0, top, WIDTH, top + 24), (232, 236, 240))
    for column in range(columns):
        x = lefts[column]
        label = chr(ord("A") + column)
        canvas.text((x + widths[column] / 2, top + 12), label, 12, MUTED, anchor="mm")
        canvas.line([(x, top), (x, HEIGHT)], LINE, 1)
    y = top + 24
    for index, cells in enumerate(grid):
        if y + row_h > HEIGHT:
            break
        canvas.rect((0, y, head_w, y + row_h), (232, 236, 240))
        canvas.text((head_w / 2, y + row_h / 2), str(index + 1), 12, MUTED, anchor="mm")
        for column, value in enumerate(cells[:columns]):
            # A lone text in a list with no table spreads over the row, like a typed note.
            width = WIDTH - lefts[0] if not is_table else widths[column]
            bold = index == 0 and is_table
            [text] = canvas.wrap(value, 12.5, width - 10, bold=bold, max_lines=1)
            canvas.text((lefts[column] + 5, y + row_h / 2), text, 12.5, bold=bold, anchor="lm")
        canvas.line([(0, y + row_h), (WIDTH, y + row_h)], LINE, 1)
        canvas.boxes[index] = (head_w - 2, y + 1, WIDTH - 2, y + row_h - 1)
        y += row_h
    for row in range(len(grid), 40):
        line_y = y + (row - len(grid) + 1) * row_h
        if line_y > HEIGHT:
            break
        canvas.text((head_w / 2, line_y - row_h / 2), str(row + 1), 12, MUTED, anchor="mm")
        canvas.line([(0, line_y), (WIDTH, line_y)], LINE, 1)


def _cells(line: str) -> list[str]:
    for separator in ("|", "\t", ";"):
        if separator in line:
            return [cell.strip() for cell in line.split(separator)]
    return [line]


def _document(canvas: Canvas, screen: Screen) -> None:
    chrome(canvas, screen.title)
    canvas.rect((0, TOP, WIDTH, HEIGHT), (218, 222, 228))
    page = (18, TOP + 16, WIDTH - 18, HEIGHT - 16)
    canvas.rect(page, WHITE, radius=4)
    lines = list(screen.lines)
    signature = lines.pop() if lines and _SIGNATURE.search(lines[-1]) else "Ký số"
    has_box = signature != "Ký số" or any(
        _SIGNATURE.search(text) for text in (screen.kind, screen.title, *lines)
    )
    bottom_room = 150 if has_box else 20
    y: float = page[1] + 22
    for index, line in enumerate(lines):
        is_heading = index == 0
        size = 14 if is_heading else 12.5
        height = canvas.paragraph(
            (page[0] + 20, y),
            line,
            size,
            page[2] - page[0] - 40,
            bold=is_heading,
            max_lines=3,
            center=is_heading,
        )
        if y + height > page[3] - bottom_room:
            break
        canvas.boxes[index] = (page[0] + 10, y - 6, page[2] - 10, y + height + 2)
        y += height + 10
        if is_heading:
            for bar in range(3):
                width = (page[2] - page[0] - 40) * (0.95 - 0.2 * (bar == 2))
                canvas.rect(
                    (page[0] + 20, y + bar * 12, page[0] + 20 + width, y + bar * 12 + 5),
                    LINE,
                    radius=2,
                )
            y += 44
    if has_box:
        _signature_box(
            canvas, (WIDTH / 2 - 6, page[3] - 130, page[2] - 20, page[3] - 24), signature
        )
        if screen.lines and signature == screen.lines[-1]:
            box = (WIDTH / 2 - 6, page[3] - 130, page[2] - 20, page[3] - 24)
            canvas.boxes[len(screen.lines) - 1] = (box[0] - 6, box[1] - 6, box[2] + 6, box[3] + 6)


def _signature_box(canvas: Canvas, box: Box, signature: str) -> None:
    """A dashed box with the signer's line and a scribble."""
    for x in range(int(box[0]), int(box[2]), 10):
        canvas.line([(x, box[1]), (min(x + 5, box[2]), box[1])], canvas.primary, 1.5)
        canvas.line([(x, box[3]), (min(x + 5, box[2]), box[3])], canvas.primary, 1.5)
    for y_dash in range(int(box[1]), int(box[3]), 10):
        canvas.line([(box[0], y_dash), (box[0], min(y_dash + 5, box[3]))], canvas.primary, 1.5)
        canvas.line([(box[2], y_dash), (box[2], min(y_dash + 5, box[3]))], canvas.primary, 1.5)
    canvas.paragraph(
        (box[0] + 8, box[1] + 12),
        signature,
        12,
        box[2] - box[0] - 16,
        canvas.primary,
        True,
        2,
        True,
    )
    canvas.line(
        [
            (box[0] + 26, box[3] - 34),
            (box[0] + 50, box[3] - 50),
            (box[0] + 70, box[3] - 36),
            (box[0] + 96, box[3] - 54),
        ],
        mix(canvas.primary, INK, 0.3),
        2,
    )


_DRAWINGS: dict[str, Callable[[Canvas, Screen], None]] = {
    "home": _home,
    "list": _list,
    "form": _form,
    "chat": _chat,
    "sms": _sms,
    "browser": _browser,
    "payment": _payment,
    "qr": _qr,
    "meeting": _meeting,
    "sheet": _sheet,
    "document": _document,
}


def _highlight(canvas: Canvas, box: Box) -> None:
    """A red ring around the thing the step asks the reader to tap."""
    x0, y0, x1, y1 = box
    x0, y0, x1, y1 = max(3, x0), max(3, y0), min(WIDTH - 3, x1), min(HEIGHT - 3, y1)
    canvas.rect((x0, y0, x1, y1), None, radius=min(14, (y1 - y0) / 2), outline=RED, width=3)


def screenshot(screen: Screen) -> bytes:
    """Draw a phone screenshot (720 x 1280 WebP) of a lesson step's screen."""
    family = family_of(screen.kind)
    canvas = Canvas(
        Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), PAPER), _primary(screen.kind, family)
    )
    _DRAWINGS[family](canvas, screen)
    if screen.highlight is not None and screen.highlight in canvas.boxes:
        _highlight(canvas, canvas.boxes[screen.highlight])
    buffer = io.BytesIO()
    canvas.image.save(buffer, "WEBP", quality=80, method=2)
    return buffer.getvalue()
