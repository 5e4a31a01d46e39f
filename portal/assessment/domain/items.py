"""The item bank's CSV format: parse and validate its rows, and score a response to an item.

One item per row, UTF-8, header on line 1. Required columns, in this order:

    code,domain,competence,level,kind,stem_vi,options_vi,key,model,a,b,c,thresholds

Optional columns: stem_en, options_en, explanation_vi, status, task_json.

- code: unique, starts with the competence and a hyphen ("1.1-01", "4.2-T1").
- domain, competence: a competence code of Circular 02/2025/TT-BGDĐT ("2.3") and its domain
  (the number before the dot). The valid codes are passed in, so this module reads no file.
- level: the proficiency level the item targets, 1 to 8 (1-2 "Cơ bản", 3-4 "Trung cấp"...).
- kind: single (one correct option), multiple (two or more correct options, never all),
  true_false (a statement; options "Đúng | Sai" or empty), self_report (a "Tôi có thể…"
  statement on a 4-point scale; options empty for the standard scale, or exactly 4),
  task_hotspot, task_order, task_form (performance tasks, defined in task_json).
- options_vi / options_en: options separated by " | "; empty for tasks.
- key: 1-based option numbers separated by "," ("2", "1,3"); for true_false "1" = Đúng,
  "2" = Sai; empty for self_report and for tasks, whose answer lives in task_json.
- model: "2pl" for scored kinds (a > 0, b from -4 to 4, c empty or 0, thresholds empty);
  "grm" for self_report (a > 0, b and c empty, 3 strictly increasing thresholds).
- status: draft, pretest, operational or retired; empty means operational.
- task_json: a JSON object, for tasks only:
  task_hotspot: {"context_vi": "what the picture shows",
                 "regions": [{"id": "link", "text_vi": "bit.ly/…"}, …],
                 "correct": ["link", …]}  (the learner picks all and only the correct regions)
  task_order: {"context_vi": "…", "steps": [{"id": "login", "text_vi": "…"}, …],
               "correct_order": ["login", …]}  (steps are shown in the order listed)
  task_form: {"context_vi": "the data to enter",
              "fields": [{"id": "phone", "label_vi": "…", "rule": "phone",
                          "value": "0912345678"}, …]}
    rules: equals (text, case and spacing ignored, diacritics kept), one_of ("values", with
    optional "choices_vi" to show), digits (digits, spaces/dots/hyphens ignored), phone
    (a Vietnamese mobile number, +84 accepted), date (ISO "value"; dd/mm/yyyy accepted),
    regex ("pattern", matched in full). Every field may carry a "hint_vi".
"""

import csv
import enum
import io
import itertools
import json
import math
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

REQUIRED_COLUMNS = (
    "code",
    "domain",
    "competence",
    "level",
    "kind",
    "stem_vi",
    "options_vi",
    "key",
    "model",
    "a",
    "b",
    "c",
    "thresholds",
)
OPTIONAL_COLUMNS = ("stem_en", "options_en", "explanation_vi", "status", "task_json")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
OPTION_SEPARATOR = " | "
# Where csv.DictReader(restkey=EXTRA_CELLS) puts the cells of a row beyond the header.
EXTRA_CELLS = "__extra_cells__"
LEVELS = range(1, 9)
B_RANGE = (-4.0, 4.0)
TRUE_FALSE_OPTIONS_VI = ("Đúng", "Sai")
# The standard 4-point scale of a "Tôi có thể…" statement, from 1 to 4.
SELF_REPORT_SCALE_VI = (
    "Tôi chưa làm được",
    "Tôi làm được khi có người hướng dẫn",
    "Tôi tự làm được",
    "Tôi làm thành thạo và có thể hướng dẫn người khác",
)
MIN_OPTIONS = {"single": 2, "multiple": 3}

_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]*$")
_KEY_PART = re.compile(r"^\d+$")
_SPACES = re.compile(r"\s+")
_DIGIT_SEPARATORS = re.compile(r"[\s.\-]")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
_MOBILE = re.compile(r"^0[35789]\d{8}$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


class Kind(enum.StrEnum):
    """What an item asks the learner to do."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    SELF_REPORT = "self_report"
    TASK_HOTSPOT = "task_hotspot"
    TASK_ORDER = "task_order"
    TASK_FORM = "task_form"


CHOICE_KINDS = frozenset({Kind.SINGLE, Kind.MULTIPLE, Kind.TRUE_FALSE})
TASK_KINDS = frozenset({Kind.TASK_HOTSPOT, Kind.TASK_ORDER, Kind.TASK_FORM})
SCORED_KINDS = CHOICE_KINDS | TASK_KINDS


class Model(enum.StrEnum):
    """The item response model: 2PL for items scored 0/1, graded response for self-reports."""

    TWO_PL = "2pl"
    GRM = "grm"


class Status(enum.StrEnum):
    """Where an item is in its life: only operational items count towards a result."""

    DRAFT = "draft"
    PRETEST = "pretest"
    OPERATIONAL = "operational"
    RETIRED = "retired"


class FieldRule(enum.StrEnum):
    """How a form field's answer is checked."""

    EQUALS = "equals"
    ONE_OF = "one_of"
    DIGITS = "digits"
    PHONE = "phone"
    DATE = "date"
    REGEX = "regex"


@dataclass(frozen=True, slots=True)
class Region:
    """A clickable part of a hotspot task's picture, described in words."""

    id: str
    text_vi: str


@dataclass(frozen=True, slots=True)
class HotspotTask:
    """Pick every region that shows the danger sign, and none other."""

    context_vi: str
    regions: tuple[Region, ...]
    correct: frozenset[str]


@dataclass(frozen=True, slots=True)
class Step:
    """One step of an ordering task."""

    id: str
    text_vi: str


@dataclass(frozen=True, slots=True)
class OrderTask:
    """Put the steps, shown in the listed order, into the correct order."""

    context_vi: str
    steps: tuple[Step, ...]
    correct_order: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of a simulated form and the rule its answer must meet."""

    id: str
    label_vi: str
    rule: FieldRule
    value: str = ""
    values: tuple[str, ...] = ()
    pattern: str = ""
    choices_vi: tuple[str, ...] = ()
    hint_vi: str = ""


@dataclass(frozen=True, slots=True)
class FormTask:
    """Fill a simulated online form; right only when every field is valid."""

    context_vi: str
    fields: tuple[FormField, ...]


Task = HotspotTask | OrderTask | FormTask


@dataclass(frozen=True, slots=True)
class ItemRow:
    """A valid item of the bank, with its provisional IRT parameters."""

    line: int
    code: str
    domain: int
    competence: str
    level: int
    kind: Kind
    stem_vi: str
    options_vi: tuple[str, ...]
    key: tuple[int, ...]
    model: Model
    a: float
    b: float | None
    c: float
    thresholds: tuple[float, ...]
    stem_en: str = ""
    options_en: tuple[str, ...] = ()
    explanation_vi: str = ""
    status: Status = Status.OPERATIONAL
    task: Task | None = None

    @property
    def is_scored(self) -> bool:
        """Whether a response to the item is scored right or wrong (all but self-reports)."""
        return self.kind in SCORED_KINDS


class ItemError(NamedTuple):
    """A problem in the item file: the line it is on and what is wrong, in English."""

    line: int
    message: str


class ItemFormatError(ValueError):
    """A value that breaks a rule of the format; its message is the precise English problem."""


def split_options(raw: str) -> tuple[str, ...]:
    """Options of a cell separated by " | ", trimmed; () for an empty cell."""
    if not raw.strip():
        return ()
    return tuple(part.strip() for part in raw.split(OPTION_SEPARATOR.strip()))


def read_item_csv(text: str, competences: Collection[str]) -> tuple[list[ItemRow], list[ItemError]]:
    """Parse a whole item file (its text, header first) and validate every row."""
    reader = csv.reader(text.lstrip("\ufeff").splitlines(keepends=True))
    header = [name.strip() for name in next(reader, [])]
    if not any(header):
        return [], [ItemError(1, "the file is empty")]
    errors = _header_errors(header)
    if errors:
        return [], errors

    def numbered() -> Iterator[tuple[int, Mapping[str, object]]]:
        """Rows with the line each one starts on (a quoted cell may span lines)."""
        start = reader.line_num + 1
        for cells in reader:
            row: dict[str, object] = dict(zip(header, cells, strict=False))
            if len(cells) > len(header):
                row[EXTRA_CELLS] = cells[len(header) :]
            yield start, row
            start = reader.line_num + 1

    return _parse_numbered(numbered(), competences)


def parse_item_rows(
    rows: Iterable[Mapping[str, object]],
    competences: Collection[str],
    *,
    first_line: int = 2,
) -> tuple[list[ItemRow], list[ItemError]]:
    """Validate rows (column name -> cell text) numbered from first_line; items and errors.

    Rows may come from csv.DictReader(..., restkey=EXTRA_CELLS) so that a row with more cells
    than the header is reported.
    """
    return _parse_numbered(enumerate(rows, start=first_line), competences)


def _header_errors(header: Sequence[str]) -> list[ItemError]:
    """Missing, unknown or repeated columns of the header, as line-1 errors."""
    errors: list[ItemError] = []
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        errors.append(ItemError(1, f"missing columns: {', '.join(missing)}"))
    errors.extend(
        ItemError(1, f"unknown column '{column}'") for column in header if column not in COLUMNS
    )
    seen: set[str] = set()
    for column in header:
        if column in seen:
            errors.append(ItemError(1, f"column '{column}' appears twice"))
        seen.add(column)
    return errors


def _parse_numbered(
    numbered: Iterable[tuple[int, Mapping[str, object]]],
    competences: Collection[str],
) -> tuple[list[ItemRow], list[ItemError]]:
    """Validate numbered rows, skipping blank ones and reporting repeated codes."""
    items: list[ItemRow] = []
    errors: list[ItemError] = []
    first_seen: dict[str, int] = {}
    for line, row in numbered:
        cells = {
            name: value.strip() if isinstance(value, str) else ""
            for name, value in row.items()
            if isinstance(name, str) and name != EXTRA_CELLS
        }
        if EXTRA_CELLS in row or any(not isinstance(name, str) for name in row):
            errors.append(ItemError(line, "the row has more cells than the header"))
            continue
        if not any(cells.values()):
            continue
        code = cells.get("code", "")
        if code in first_seen:
            errors.append(
                ItemError(line, f"duplicate code '{code}' (first used on line {first_seen[code]})")
            )
            continue
        if code:
            first_seen[code] = line
        item, problems = _parse_row(line, cells, competences)
        errors.extend(ItemError(line, message) for message in problems)
        if item is not None:
            items.append(item)
    return items, errors


def _parse_row(
    line: int, cells: Mapping[str, str], competences: Collection[str]
) -> tuple[ItemRow | None, list[str]]:
    """One row's item, or None with every problem found in it."""
    problems: list[str] = []
    code = cells.get("code", "")
    competence = cells.get("competence", "")
    kind_raw = cells.get("kind", "")
    if not code:
        problems.append("code is missing")
    elif not _CODE.match(code):
        problems.append(f"code '{code}' may only hold letters, digits, '.', '-' and '_'")
    if not competence:
        problems.append("competence is missing")
    elif competence not in competences:
        problems.append(f"competence '{competence}' is not in the competence framework")
    elif code and _CODE.match(code) and not code.startswith(f"{competence}-"):
        problems.append(f"code '{code}' must start with its competence '{competence}-'")
    domain = _whole(cells.get("domain", ""))
    if domain is None:
        problems.append(f"domain must be a whole number, got '{cells.get('domain', '')}'")
    elif competence in competences and str(domain) != competence.split(".")[0]:
        problems.append(
            f"domain {domain} does not match competence {competence}, "
            f"which belongs to domain {competence.split('.')[0]}"
        )
    level = _whole(cells.get("level", ""))
    if level is None or level not in LEVELS:
        problems.append(f"level must be a whole number from 1 to 8, got '{cells.get('level', '')}'")
    if not cells.get("stem_vi", ""):
        problems.append("stem_vi is missing")
    status_raw = cells.get("status", "") or Status.OPERATIONAL.value
    if status_raw not in Status.__members__.values():
        problems.append(f"unknown status '{status_raw}' (expected one of: {', '.join(Status)})")
    if kind_raw not in Kind.__members__.values():
        problems.append(f"unknown kind '{kind_raw}' (expected one of: {', '.join(Kind)})")
        return None, problems
    kind = Kind(kind_raw)
    options = _parse_options(kind, cells, problems)
    key = _parse_key(kind, cells.get("key", ""), options, problems)
    params = _parse_parameters(kind, cells, problems)
    task = _parse_task_cell(kind, cells.get("task_json", ""), problems)
    if problems or domain is None or level is None or params is None:
        return None, problems
    model, a, b, c, thresholds = params
    return (
        ItemRow(
            line=line,
            code=code,
            domain=domain,
            competence=competence,
            level=level,
            kind=kind,
            stem_vi=cells["stem_vi"],
            options_vi=options,
            key=key,
            model=model,
            a=a,
            b=b,
            c=c,
            thresholds=thresholds,
            stem_en=cells.get("stem_en", ""),
            options_en=split_options(cells.get("options_en", "")),
            explanation_vi=cells.get("explanation_vi", ""),
            status=Status(status_raw),
            task=task,
        ),
        [],
    )


def format_item_csv(rows: Iterable[ItemRow]) -> str:
    """The item file (header first, every column) that read_item_csv parses back to rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(_cells(row))
    return buffer.getvalue()


def _cells(row: ItemRow) -> list[str]:
    """One row's cells in COLUMNS order."""
    cells = {
        "code": row.code,
        "domain": str(row.domain),
        "competence": row.competence,
        "level": str(row.level),
        "kind": row.kind.value,
        "stem_vi": row.stem_vi,
        "options_vi": OPTION_SEPARATOR.join(row.options_vi),
        "key": ",".join(str(number) for number in row.key),
        "model": row.model.value,
        "a": _format_number(row.a),
        "b": "" if row.b is None else _format_number(row.b),
        "c": "" if row.c == 0.0 else _format_number(row.c),
        "thresholds": ",".join(_format_number(value) for value in row.thresholds),
        "stem_en": row.stem_en,
        "options_en": OPTION_SEPARATOR.join(row.options_en),
        "explanation_vi": row.explanation_vi,
        "status": row.status.value,
        "task_json": "" if row.task is None else _task_json(row.task),
    }
    return [cells[column] for column in COLUMNS]


def _format_number(value: float) -> str:
    """Shortest text that reads back as the same float (repr), without a needless '.0'."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def _task_json(task: Task) -> str:
    """A task's definition as the task_json cell that parse_task_json reads."""
    data: dict[str, object]
    if isinstance(task, HotspotTask):
        data = {
            "context_vi": task.context_vi,
            "regions": [{"id": region.id, "text_vi": region.text_vi} for region in task.regions],
            "correct": [region.id for region in task.regions if region.id in task.correct],
        }
    elif isinstance(task, OrderTask):
        data = {
            "context_vi": task.context_vi,
            "steps": [{"id": step.id, "text_vi": step.text_vi} for step in task.steps],
            "correct_order": list(task.correct_order),
        }
    else:
        data = {"context_vi": task.context_vi, "fields": [_field_json(f) for f in task.fields]}
    return json.dumps(data, ensure_ascii=False)


def _field_json(field: FormField) -> dict[str, object]:
    """A form field as JSON, leaving out the optional members it does not use."""
    data: dict[str, object] = {"id": field.id, "label_vi": field.label_vi, "rule": field.rule.value}
    optional: dict[str, object] = {
        "value": field.value,
        "values": list(field.values),
        "pattern": field.pattern,
        "choices_vi": list(field.choices_vi),
        "hint_vi": field.hint_vi,
    }
    data.update({name: value for name, value in optional.items() if value})
    return data


def _whole(raw: str) -> int | None:
    """A cell's whole number, or None when it is not one."""
    return int(raw) if _KEY_PART.match(raw) else None


def _number(raw: str) -> float | None:
    """A cell's finite number, or None when it is not one."""
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _parse_options(kind: Kind, cells: Mapping[str, str], problems: list[str]) -> tuple[str, ...]:
    """The item's Vietnamese options, checked for its kind; defaults fill empty scales."""
    raw = cells.get("options_vi", "")
    options = split_options(raw)
    if kind in TASK_KINDS:
        if options:
            problems.append(f"{kind} item takes no options_vi; its material is in task_json")
        return ()
    if kind is Kind.TRUE_FALSE:
        if options and options != TRUE_FALSE_OPTIONS_VI:
            problems.append(f"true_false options_vi must be 'Đúng | Sai' or empty, got '{raw}'")
        return TRUE_FALSE_OPTIONS_VI
    if kind is Kind.SELF_REPORT:
        if not options:
            return SELF_REPORT_SCALE_VI
        if len(options) != len(SELF_REPORT_SCALE_VI):
            problems.append(
                f"self_report item needs exactly 4 options (the 4-point scale) or none, "
                f"got {len(options)}"
            )
    elif not options:
        problems.append(
            f"options_vi is missing: a {kind} item needs at least {MIN_OPTIONS[kind]} options"
        )
        return ()
    elif len(options) < MIN_OPTIONS[kind]:
        problems.append(
            f"{kind} item needs at least {MIN_OPTIONS[kind]} options, got {len(options)}"
        )
    for number, option in enumerate(options, start=1):
        if not option:
            problems.append(f"options_vi option {number} is empty")
    options_en = split_options(cells.get("options_en", ""))
    if options_en and len(options_en) != len(options):
        problems.append(
            f"options_en has {len(options_en)} options but options_vi has {len(options)}"
        )
    return options


def _parse_key(
    kind: Kind, raw: str, options: tuple[str, ...], problems: list[str]
) -> tuple[int, ...]:
    """The item's key as option numbers, checked against its kind and options."""
    if kind is Kind.SELF_REPORT or kind in TASK_KINDS:
        if raw:
            where = "" if kind is Kind.SELF_REPORT else " (the answer is in task_json)"
            problems.append(f"{kind} item takes no key{where}, got '{raw}'")
        return ()
    parts = [part.strip() for part in raw.split(",")] if raw else []
    if not all(_KEY_PART.match(part) for part in parts):
        problems.append(f"key must be option numbers separated by ',', got '{raw}'")
        return ()
    key = tuple(int(part) for part in parts)
    if kind is Kind.TRUE_FALSE:
        if key not in ((1,), (2,)):
            problems.append(f"true_false key must be 1 (Đúng) or 2 (Sai), got '{raw}'")
        return key
    if kind is Kind.SINGLE and len(key) != 1:
        problems.append(f"single item needs exactly 1 key, got {len(key)}")
    if kind is Kind.MULTIPLE and len(key) < 2:
        problems.append(f"multiple item needs at least 2 keys, got {len(key)}")
    repeated = sorted({number for number in key if key.count(number) > 1})
    problems.extend(f"key repeats option {number}" for number in repeated)
    if options:
        problems.extend(
            f"key {number} is out of range: the item has {len(options)} options"
            for number in key
            if not 1 <= number <= len(options)
        )
        if kind is Kind.MULTIPLE and len(set(key)) >= len(options) >= MIN_OPTIONS[kind]:
            problems.append("multiple item cannot have every option in its key")
    return key


def _parse_parameters(
    kind: Kind, cells: Mapping[str, str], problems: list[str]
) -> tuple[Model, float, float | None, float, tuple[float, ...]] | None:
    """Model, a, b, c and thresholds, checked against the model the kind needs."""
    before = len(problems)
    expected = Model.GRM if kind is Kind.SELF_REPORT else Model.TWO_PL
    model_raw = cells.get("model", "")
    if model_raw != expected:
        problems.append(f"{kind} item needs model '{expected}', got '{model_raw}'")
    a_raw, b_raw, c_raw = cells.get("a", ""), cells.get("b", ""), cells.get("c", "")
    a = _number(a_raw)
    if a is None or a <= 0:
        problems.append(f"a must be a number greater than 0, got '{a_raw}'")
    b: float | None = None
    if expected is Model.TWO_PL:
        b = _number(b_raw)
        if b is None or not B_RANGE[0] <= b <= B_RANGE[1]:
            problems.append(f"b must be a number from -4 to 4, got '{b_raw}'")
    elif b_raw:
        problems.append(f"b must be empty for model grm (it uses thresholds), got '{b_raw}'")
    c = _number(c_raw) if c_raw else 0.0
    if c != 0.0:
        problems.append(f"c must be empty or 0, got '{c_raw}'")
    thresholds = _parse_thresholds(expected, cells.get("thresholds", ""), problems)
    if len(problems) > before or a is None:
        return None
    return expected, a, b, 0.0, thresholds


def _parse_thresholds(model: Model, raw: str, problems: list[str]) -> tuple[float, ...]:
    """The GRM category thresholds: 3 strictly increasing numbers; none for 2PL."""
    if model is Model.TWO_PL:
        if raw:
            problems.append(f"thresholds must be empty for model 2pl, got '{raw}'")
        return ()
    values = [_number(part.strip()) for part in raw.split(",")] if raw else []
    numbers = [value for value in values if value is not None]
    if len(numbers) != len(values):
        problems.append(f"thresholds must be numbers separated by ',', got '{raw}'")
        return ()
    if len(numbers) != len(SELF_REPORT_SCALE_VI) - 1:
        problems.append(f"model grm needs 3 thresholds (for the 4-point scale), got {len(numbers)}")
        return ()
    if any(low >= high for low, high in itertools.pairwise(numbers)):
        problems.append(f"thresholds must be strictly increasing, got '{raw}'")
        return ()
    return tuple(numbers)


def _parse_task_cell(kind: Kind, raw: str, problems: list[str]) -> Task | None:
    """The task definition of a task item; task_json must be empty for other kinds."""
    if kind not in TASK_KINDS:
        if raw:
            problems.append(f"task_json must be empty for a {kind} item")
        return None
    if not raw:
        problems.append(f"task_json is missing for a {kind} item")
        return None
    try:
        return parse_task_json(kind, raw)
    except ItemFormatError as problem:
        problems.append(str(problem))
        return None


def parse_task_json(kind: Kind, raw: str) -> Task:
    """A task's definition from its JSON; ItemFormatError says what is wrong with it."""
    try:
        data: object = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ItemFormatError(f"task_json is not valid JSON: {error}") from None
    where = "task_json"
    if kind is Kind.TASK_HOTSPOT:
        return _hotspot(_object(data, where, {"context_vi", "regions", "correct"}))
    if kind is Kind.TASK_ORDER:
        return _order(_object(data, where, {"context_vi", "steps", "correct_order"}))
    if kind is Kind.TASK_FORM:
        return _form(_object(data, where, {"context_vi", "fields"}))
    raise ItemFormatError(f"{kind} is not a task kind")


def _object(data: object, where: str, allowed: set[str]) -> dict[str, object]:
    """data as a JSON object holding only the allowed keys."""
    if not isinstance(data, dict):
        raise ItemFormatError(f"{where} must be a JSON object")
    unknown = sorted(str(name) for name in data if name not in allowed)
    if unknown:
        raise ItemFormatError(f"{where} has unknown key '{unknown[0]}'")
    return {str(name): value for name, value in data.items()}


def _text(data: Mapping[str, object], name: str, where: str, *, required: bool = True) -> str:
    """A text member of a JSON object, trimmed; it must not be empty when required."""
    value = data.get(name, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ItemFormatError(f"{where} needs a non-empty text '{name}'")
    return value.strip()


def _texts(data: Mapping[str, object], name: str, where: str) -> tuple[str, ...]:
    """A list-of-texts member of a JSON object (may be absent: then empty)."""
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ItemFormatError(f"{where} '{name}' must be a list of non-empty texts")
    return tuple(str(v).strip() for v in value)


def _entries(data: Mapping[str, object], name: str, minimum: int) -> list[object]:
    """A list member of the task object with at least minimum entries."""
    value = data.get(name)
    if not isinstance(value, list) or len(value) < minimum:
        raise ItemFormatError(f"task_json '{name}' must be a list of at least {minimum} entries")
    return list(value)


def _labelled(data: Mapping[str, object], name: str, minimum: int) -> list[tuple[str, str]]:
    """Regions or steps: (id, text_vi) pairs with unique ids."""
    pairs: list[tuple[str, str]] = []
    for number, entry in enumerate(_entries(data, name, minimum), start=1):
        where = f"task_json {name} {number}"
        member = _object(entry, where, {"id", "text_vi"})
        pairs.append((_text(member, "id", where), _text(member, "text_vi", where)))
    _unique([identifier for identifier, _ in pairs], name)
    return pairs


def _unique(identifiers: Sequence[str], name: str) -> None:
    """Ids of a list must not repeat."""
    seen: set[str] = set()
    for identifier in identifiers:
        if identifier in seen:
            raise ItemFormatError(f"task_json {name} repeat the id '{identifier}'")
        seen.add(identifier)


def _hotspot(data: Mapping[str, object]) -> HotspotTask:
    """A hotspot task: at least 2 regions and a non-empty set of correct ones."""
    regions = _labelled(data, "regions", 2)
    correct = _texts(data, "correct", "task_json")
    ids = {identifier for identifier, _ in regions}
    if not correct:
        raise ItemFormatError("task_json 'correct' must name at least one region")
    for identifier in correct:
        if identifier not in ids:
            raise ItemFormatError(f"task_json 'correct' names unknown region '{identifier}'")
    if set(correct) == ids:
        raise ItemFormatError("task_json 'correct' cannot name every region")
    return HotspotTask(
        context_vi=_text(data, "context_vi", "task_json"),
        regions=tuple(Region(identifier, text) for identifier, text in regions),
        correct=frozenset(correct),
    )


def _order(data: Mapping[str, object]) -> OrderTask:
    """An ordering task: at least 3 steps and their correct order, a permutation of them."""
    steps = _labelled(data, "steps", 3)
    order = _texts(data, "correct_order", "task_json")
    ids = [identifier for identifier, _ in steps]
    if sorted(order) != sorted(ids):
        raise ItemFormatError("task_json 'correct_order' must list every step id exactly once")
    if tuple(order) == tuple(ids):
        raise ItemFormatError("task_json 'steps' must not already be listed in the correct order")
    return OrderTask(
        context_vi=_text(data, "context_vi", "task_json"),
        steps=tuple(Step(identifier, text) for identifier, text in steps),
        correct_order=tuple(order),
    )


_FIELD_KEYS = {"id", "label_vi", "rule", "value", "values", "pattern", "choices_vi", "hint_vi"}


def _form(data: Mapping[str, object]) -> FormTask:
    """A form task: at least one field, each with a rule that can be checked."""
    fields: list[FormField] = []
    for number, entry in enumerate(_entries(data, "fields", 1), start=1):
        where = f"task_json field {number}"
        member = _object(entry, where, _FIELD_KEYS)
        fields.append(_form_field(member, where))
    _unique([field.id for field in fields], "fields")
    return FormTask(context_vi=_text(data, "context_vi", "task_json"), fields=tuple(fields))


def _form_field(member: Mapping[str, object], where: str) -> FormField:
    """One form field, its rule's parameters checked."""
    rule_raw = _text(member, "rule", where)
    if rule_raw not in FieldRule.__members__.values():
        raise ItemFormatError(
            f"{where} has unknown rule '{rule_raw}' (expected one of: {', '.join(FieldRule)})"
        )
    rule = FieldRule(rule_raw)
    field = FormField(
        id=_text(member, "id", where),
        label_vi=_text(member, "label_vi", where),
        rule=rule,
        value=_text(member, "value", where, required=False),
        values=_texts(member, "values", where),
        pattern=_text(member, "pattern", where, required=False),
        choices_vi=_texts(member, "choices_vi", where),
        hint_vi=_text(member, "hint_vi", where, required=False),
    )
    needs_value = (FieldRule.EQUALS, FieldRule.DIGITS, FieldRule.PHONE, FieldRule.DATE)
    if rule in needs_value and not field.value:
        raise ItemFormatError(f"{where} with rule '{rule}' needs a 'value'")
    if rule is FieldRule.DIGITS and not field.value.isdigit():
        raise ItemFormatError(f"{where} with rule 'digits' needs a value of digits only")
    if rule is FieldRule.PHONE and not _MOBILE.match(field.value):
        raise ItemFormatError(
            f"{where} with rule 'phone' needs a 10-digit mobile number like 09xxxxxxxx"
        )
    if rule is FieldRule.DATE and _iso_date(field.value) is None:
        raise ItemFormatError(f"{where} with rule 'date' needs an ISO date value (YYYY-MM-DD)")
    if rule is FieldRule.ONE_OF:
        if not field.values:
            raise ItemFormatError(f"{where} with rule 'one_of' needs a non-empty 'values' list")
        if field.choices_vi and not set(field.values) <= set(field.choices_vi):
            raise ItemFormatError(f"{where} 'values' must be among its 'choices_vi'")
    if rule is FieldRule.REGEX:
        try:
            re.compile(field.pattern)
        except re.error as error:
            raise ItemFormatError(f"{where} has an invalid pattern: {error}") from None
        if not field.pattern:
            raise ItemFormatError(f"{where} with rule 'regex' needs a 'pattern'")
    return field


def _iso_date(raw: str) -> date | None:
    """A YYYY-MM-DD date, or None."""
    try:
        return date.fromisoformat(raw) if len(raw) == 10 else None
    except ValueError:
        return None


def _typed_date(raw: str) -> date | None:
    """A date as people type it: YYYY-MM-DD or day/month/year (with '/', '.' or '-')."""
    text = raw.strip()
    match = _DAY_MONTH_YEAR.match(text)
    if match is None:
        return _iso_date(text)
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _plain(text: str) -> str:
    """Text compared loosely: NFC, spaces collapsed, case folded; diacritics kept."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def _phone_digits(raw: str) -> str:
    """A mobile number in its 10-digit national form when it has a +84/84 prefix."""
    digits = _PHONE_SEPARATORS.sub("", raw)
    if digits.startswith("+84"):
        return "0" + digits[3:]
    if digits.startswith("84") and len(digits) == 11:
        return "0" + digits[2:]
    return digits


def field_is_valid(field: FormField, answer: str) -> bool:
    """Whether one answer meets its form field's rule."""
    if field.rule is FieldRule.EQUALS:
        return _plain(answer) == _plain(field.value)
    if field.rule is FieldRule.ONE_OF:
        return _plain(answer) in {_plain(value) for value in field.values}
    if field.rule is FieldRule.DIGITS:
        digits = _DIGIT_SEPARATORS.sub("", answer)
        return digits.isdigit() and digits == field.value
    if field.rule is FieldRule.PHONE:
        return _phone_digits(answer) == field.value
    if field.rule is FieldRule.DATE:
        return _typed_date(answer) == _iso_date(field.value)
    return re.fullmatch(field.pattern, answer.strip()) is not None


def _chosen_numbers(item: ItemRow, response: object) -> frozenset[int] | None:
    """The option numbers a response picks, or None when it is not a choice."""
    if isinstance(response, bool):
        if item.kind is not Kind.TRUE_FALSE:
            return None
        return frozenset({1 if response else 2})
    if isinstance(response, int):
        return frozenset({response})
    if isinstance(response, str):
        parts = [part.strip() for part in response.split(",")]
        if not all(_KEY_PART.match(part) for part in parts):
            return None
        return frozenset(int(part) for part in parts)
    if isinstance(response, Iterable) and not isinstance(response, Mapping):
        numbers = list(response)
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            return None
        return frozenset(int(n) for n in numbers)
    return None


def _chosen_ids(response: object) -> frozenset[str] | None:
    """The region ids a response picks: one id or several."""
    if isinstance(response, str):
        return frozenset({response})
    if isinstance(response, Iterable) and not isinstance(response, Mapping):
        ids = list(response)
        if not all(isinstance(identifier, str) for identifier in ids):
            return None
        return frozenset(str(identifier) for identifier in ids)
    return None


def score_response(item: ItemRow, response: object) -> int:
    """1 when the response is right, 0 otherwise; self_report items are not scored.

    Responses: single/true_false an option number (for true_false also True/False), multiple a
    collection of option numbers (all and only the key), task_hotspot a region id or ids,
    task_order the step ids in order, task_form a mapping of field id to the text entered.
    A response of the wrong shape scores 0.
    """
    if item.kind is Kind.SELF_REPORT:
        raise ValueError(f"item {item.code} is a self_report item: it is rated, not scored")
    if item.kind in CHOICE_KINDS:
        chosen = _chosen_numbers(item, response)
        return int(chosen is not None and chosen == frozenset(item.key))
    task = item.task
    if isinstance(task, HotspotTask):
        return int(_chosen_ids(response) == task.correct)
    if isinstance(task, OrderTask):
        if isinstance(response, str | Mapping) or not isinstance(response, Sequence):
            return 0
        return int(tuple(response) == task.correct_order)
    if isinstance(task, FormTask):
        if not isinstance(response, Mapping):
            return 0
        answers = {str(name): value for name, value in response.items()}
        return int(
            all(
                isinstance(answers.get(field.id), str)
                and field_is_valid(field, str(answers[field.id]))
                for field in task.fields
            )
        )
    raise ValueError(f"item {item.code} of kind {item.kind} has no task to score against")
