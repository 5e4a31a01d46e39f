"""The item CSV format, its validation messages, response scoring and the demo item bank."""

import csv
import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from portal.assessment.domain.items import (
    COLUMNS,
    SELF_REPORT_SCALE_VI,
    TASK_KINDS,
    FormTask,
    HotspotTask,
    ItemError,
    ItemFormatError,
    ItemRow,
    Kind,
    Model,
    OrderTask,
    Status,
    format_item_csv,
    parse_item_rows,
    parse_task_json,
    read_item_csv,
    score_response,
)

DATA = Path(__file__).resolve().parents[2] / "data"


def framework_codes() -> set[str]:
    with (DATA / "competence_framework_tt02_2025.csv").open(encoding="utf-8", newline="") as f:
        return {row["code"] for row in csv.DictReader(f)}


CODES = framework_codes()


@pytest.fixture(scope="module")
def bank() -> list[ItemRow]:
    items, errors = read_item_csv((DATA / "demo_items.csv").read_text(encoding="utf-8"), CODES)
    assert errors == []
    return items


# --- A valid row of every kind, to break one rule at a time --------------------------------

HOTSPOT = {
    "context_vi": "Tin nhắn SMS",
    "regions": [
        {"id": "sender", "text_vi": "Người gửi: 0387 215 649"},
        {"id": "greeting", "text_vi": "Kính gửi Quý khách"},
        {"id": "link", "text_vi": "bit.ly/abc"},
    ],
    "correct": ["sender", "link"],
}
ORDER = {
    "context_vi": "Trả tiền bằng mã QR",
    "steps": [
        {"id": "scan", "text_vi": "Quét mã"},
        {"id": "open", "text_vi": "Mở ứng dụng ngân hàng"},
        {"id": "confirm", "text_vi": "Xác nhận"},
    ],
    "correct_order": ["open", "scan", "confirm"],
}
FORM = {
    "context_vi": "Thông tin của bà Mai",
    "fields": [
        {"id": "name", "label_vi": "Họ và tên", "rule": "equals", "value": "Lò Thị Mai"},
        {"id": "cccd", "label_vi": "Số định danh", "rule": "digits", "value": "015185003721"},
        {"id": "dob", "label_vi": "Ngày sinh", "rule": "date", "value": "1985-04-12"},
        {"id": "phone", "label_vi": "Điện thoại", "rule": "phone", "value": "0912345678"},
        {"id": "sex", "label_vi": "Giới tính", "rule": "one_of", "values": ["Nữ"]},
        {"id": "email", "label_vi": "Thư điện tử", "rule": "regex", "pattern": r"[^@\s]+@[^@\s]+"},
    ],
}


def row(**changes: str) -> dict[str, str]:
    base = {
        "code": "4.2-01",
        "domain": "4",
        "competence": "4.2",
        "level": "1",
        "kind": "single",
        "stem_vi": "Ai được biết mã OTP?",
        "options_vi": "Chỉ mình bạn | Nhân viên ngân hàng | Người bán hàng",
        "key": "1",
        "model": "2pl",
        "a": "1.2",
        "b": "-1.5",
        "c": "",
        "thresholds": "",
        "stem_en": "",
        "options_en": "",
        "explanation_vi": "",
        "status": "",
        "task_json": "",
    }
    base.update(changes)
    return base


def multiple_row(**changes: str) -> dict[str, str]:
    defaults = {"kind": "multiple", "options_vi": "A | B | C | D", "key": "1,3"}
    return row(**{**defaults, **changes})


def true_false_row(**changes: str) -> dict[str, str]:
    return row(**{"kind": "true_false", "options_vi": "Đúng | Sai", "key": "2", **changes})


def self_report_row(**changes: str) -> dict[str, str]:
    defaults = {
        "kind": "self_report",
        "stem_vi": "Tôi có thể nhận ra tin nhắn lừa đảo.",
        "options_vi": "",
        "key": "",
        "model": "grm",
        "b": "",
        "thresholds": "-1.5,-0.2,1.1",
    }
    return row(**{**defaults, **changes})


def task_row(kind: str, task: object, **changes: str) -> dict[str, str]:
    defaults = {"kind": kind, "options_vi": "", "key": "", "task_json": json.dumps(task)}
    return row(**{**defaults, **changes})


def errors_of(bad: dict[str, str]) -> list[ItemError]:
    """Errors of a file holding one valid row (line 2) then the row under test (line 3)."""
    _, errors = parse_item_rows([row(code="4.2-00"), bad], CODES)
    return errors


def test_valid_rows_of_every_kind_parse():
    rows = [
        row(code="4.2-01"),
        multiple_row(code="4.2-02"),
        true_false_row(code="4.2-03", options_vi=""),
        self_report_row(code="4.2-04"),
        task_row("task_hotspot", HOTSPOT, code="4.2-05"),
        task_row("task_order", ORDER, code="4.2-06"),
        task_row("task_form", FORM, code="4.2-07", status="pretest"),
    ]
    items, errors = parse_item_rows(rows, CODES)
    assert errors == []
    assert [item.line for item in items] == [2, 3, 4, 5, 6, 7, 8]
    single, multiple, true_false, self_report, hotspot, order, form = items
    assert single.options_vi == ("Chỉ mình bạn", "Nhân viên ngân hàng", "Người bán hàng")
    assert single.key == (1,)
    assert (single.model, single.a, single.b, single.c) == (Model.TWO_PL, 1.2, -1.5, 0.0)
    assert single.status is Status.OPERATIONAL
    assert multiple.key == (1, 3)
    assert true_false.options_vi == ("Đúng", "Sai")
    assert self_report.options_vi == SELF_REPORT_SCALE_VI
    assert self_report.model is Model.GRM
    assert self_report.b is None
    assert self_report.thresholds == (-1.5, -0.2, 1.1)
    assert not self_report.is_scored
    assert isinstance(hotspot.task, HotspotTask)
    assert hotspot.task.correct == {"sender", "link"}
    assert isinstance(order.task, OrderTask)
    assert order.task.correct_order == ("open", "scan", "confirm")
    assert isinstance(form.task, FormTask)
    assert form.status is Status.PRETEST
    assert all(item.is_scored for item in (single, multiple, true_false, hotspot, order, form))


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (
            row(kind="essay"),
            "unknown kind 'essay' (expected one of: single, multiple, true_false, "
            "self_report, task_hotspot, task_order, task_form)",
        ),
        (
            row(competence="7.1", code="7.1-01", domain="7"),
            "competence '7.1' is not in the competence framework",
        ),
        (row(competence=""), "competence is missing"),
        (row(code="4.1-01"), "code '4.1-01' must start with its competence '4.2-'"),
        (row(code=""), "code is missing"),
        (row(code="4.2 01"), "code '4.2 01' may only hold letters, digits, '.', '-' and '_'"),
        (row(domain="2"), "domain 2 does not match competence 4.2, which belongs to domain 4"),
        (row(domain="bốn"), "domain must be a whole number, got 'bốn'"),
        (row(level="9"), "level must be a whole number from 1 to 8, got '9'"),
        (row(level="0"), "level must be a whole number from 1 to 8, got '0'"),
        (row(level="2.5"), "level must be a whole number from 1 to 8, got '2.5'"),
        (row(stem_vi=""), "stem_vi is missing"),
        (
            row(status="live"),
            "unknown status 'live' (expected one of: draft, pretest, operational, retired)",
        ),
        (row(key="4"), "key 4 is out of range: the item has 3 options"),
        (row(key="0"), "key 0 is out of range: the item has 3 options"),
        (row(key="1,2"), "single item needs exactly 1 key, got 2"),
        (row(key=""), "single item needs exactly 1 key, got 0"),
        (row(key="a"), "key must be option numbers separated by ',', got 'a'"),
        (multiple_row(key="2"), "multiple item needs at least 2 keys, got 1"),
        (multiple_row(key="1,1"), "key repeats option 1"),
        (multiple_row(key="1,2,3,4"), "multiple item cannot have every option in its key"),
        (
            multiple_row(options_vi="A | B", key="1,2"),
            "multiple item needs at least 3 options, got 2",
        ),
        (row(options_vi=""), "options_vi is missing: a single item needs at least 2 options"),
        (row(options_vi="Chỉ mình bạn"), "single item needs at least 2 options, got 1"),
        (row(options_vi="A |  | C"), "options_vi option 2 is empty"),
        (row(options_en="Only you | Bank staff"), "options_en has 2 options but options_vi has 3"),
        (true_false_row(key="3"), "true_false key must be 1 (Đúng) or 2 (Sai), got '3'"),
        (
            true_false_row(options_vi="Có | Không"),
            "true_false options_vi must be 'Đúng | Sai' or empty, got 'Có | Không'",
        ),
        (self_report_row(key="2"), "self_report item takes no key, got '2'"),
        (
            self_report_row(options_vi="Chưa | Được | Giỏi"),
            "self_report item needs exactly 4 options (the 4-point scale) or none, got 3",
        ),
        (row(a="-0.5"), "a must be a number greater than 0, got '-0.5'"),
        (row(a="0"), "a must be a number greater than 0, got '0'"),
        (row(a=""), "a must be a number greater than 0, got ''"),
        (row(a="nan"), "a must be a number greater than 0, got 'nan'"),
        (row(b="4.5"), "b must be a number from -4 to 4, got '4.5'"),
        (row(b="khó"), "b must be a number from -4 to 4, got 'khó'"),
        (row(b=""), "b must be a number from -4 to 4, got ''"),
        (row(c="0.25"), "c must be empty or 0, got '0.25'"),
        (row(model="grm"), "single item needs model '2pl', got 'grm'"),
        (row(thresholds="-1,0,1"), "thresholds must be empty for model 2pl, got '-1,0,1'"),
        (self_report_row(model="2pl"), "self_report item needs model 'grm', got '2pl'"),
        (self_report_row(b="0.3"), "b must be empty for model grm (it uses thresholds), got '0.3'"),
        (
            self_report_row(thresholds="0.5,0.2,1.0"),
            "thresholds must be strictly increasing, got '0.5,0.2,1.0'",
        ),
        (
            self_report_row(thresholds="-1,-1,1"),
            "thresholds must be strictly increasing, got '-1,-1,1'",
        ),
        (
            self_report_row(thresholds="-1,1"),
            "model grm needs 3 thresholds (for the 4-point scale), got 2",
        ),
        (
            self_report_row(thresholds=""),
            "model grm needs 3 thresholds (for the 4-point scale), got 0",
        ),
        (
            self_report_row(thresholds="-1,x,1"),
            "thresholds must be numbers separated by ',', got '-1,x,1'",
        ),
        (row(task_json=json.dumps(ORDER)), "task_json must be empty for a single item"),
        (task_row("task_order", ORDER, task_json=""), "task_json is missing for a task_order item"),
        (
            task_row("task_order", ORDER, key="1,2,3"),
            "task_order item takes no key (the answer is in task_json), got '1,2,3'",
        ),
        (
            task_row("task_hotspot", HOTSPOT, options_vi="A | B"),
            "task_hotspot item takes no options_vi; its material is in task_json",
        ),
        (
            task_row("task_form", FORM, task_json="{fields: []}"),
            "task_json is not valid JSON: Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1)",
        ),
        (
            task_row("task_hotspot", {**HOTSPOT, "correct": ["qr"]}),
            "task_json 'correct' names unknown region 'qr'",
        ),
    ],
)
def test_each_broken_rule_gives_its_message_on_the_right_line(bad, message):
    assert errors_of(bad) == [(3, message)]


def test_several_problems_of_one_row_are_all_reported():
    errors = errors_of(row(level="12", a="0", b="9"))
    assert errors == [
        (3, "level must be a whole number from 1 to 8, got '12'"),
        (3, "a must be a number greater than 0, got '0'"),
        (3, "b must be a number from -4 to 4, got '9'"),
    ]


def test_a_repeated_code_names_the_line_it_was_first_used_on():
    rows = [row(), multiple_row(code="4.2-02"), true_false_row(code="4.2-01")]
    items, errors = parse_item_rows(rows, CODES)
    assert [item.code for item in items] == ["4.2-01", "4.2-02"]
    assert errors == [(4, "duplicate code '4.2-01' (first used on line 2)")]


def test_competence_codes_come_from_the_caller():
    items, errors = parse_item_rows([row()], {"4.2"})
    assert errors == []
    assert items[0].competence == "4.2"
    _, errors = parse_item_rows([row()], {"1.1"})
    assert errors == [(2, "competence '4.2' is not in the competence framework")]


def test_blank_rows_are_skipped_but_keep_their_line_numbers():
    blank = dict.fromkeys(COLUMNS, "")
    _, errors = parse_item_rows([row(), blank, row(code="4.2-02", key="9")], CODES)
    assert errors == [(4, "key 9 is out of range: the item has 3 options")]


@pytest.mark.parametrize(
    ("task", "message"),
    [
        ([], "task_json must be a JSON object"),
        ({**HOTSPOT, "answer": "x"}, "task_json has unknown key 'answer'"),
        (
            {**HOTSPOT, "regions": HOTSPOT["regions"][:1]},
            "task_json 'regions' must be a list of at least 2 entries",
        ),
        ({**HOTSPOT, "correct": []}, "task_json 'correct' must name at least one region"),
        (
            {**HOTSPOT, "correct": ["sender", "greeting", "link"]},
            "task_json 'correct' cannot name every region",
        ),
        (
            {
                **HOTSPOT,
                "regions": [{"id": "a", "text_vi": "A"}, {"id": "a", "text_vi": "B"}],
                "correct": ["a"],
            },
            "task_json regions repeat the id 'a'",
        ),
        (
            {**HOTSPOT, "regions": [{"id": "a"}, {"id": "b", "text_vi": "B"}], "correct": ["a"]},
            "task_json regions 1 needs a non-empty text 'text_vi'",
        ),
        ({**HOTSPOT, "context_vi": ""}, "task_json needs a non-empty text 'context_vi'"),
    ],
)
def test_hotspot_task_json_problems(task, message):
    assert errors_of(task_row("task_hotspot", task)) == [(3, message)]


@pytest.mark.parametrize(
    ("task", "message"),
    [
        (
            {**ORDER, "correct_order": ["open", "scan"]},
            "task_json 'correct_order' must list every step id exactly once",
        ),
        (
            {**ORDER, "correct_order": ["open", "scan", "pay"]},
            "task_json 'correct_order' must list every step id exactly once",
        ),
        (
            {**ORDER, "correct_order": ["scan", "open", "confirm"]},
            "task_json 'steps' must not already be listed in the correct order",
        ),
        (
            {**ORDER, "steps": ORDER["steps"][:2], "correct_order": ["open", "scan"]},
            "task_json 'steps' must be a list of at least 3 entries",
        ),
    ],
)
def test_order_task_json_problems(task, message):
    assert errors_of(task_row("task_order", task)) == [(3, message)]


def field(**changes: object) -> dict[str, object]:
    return {"context_vi": "Thông tin", "fields": [{"id": "f", "label_vi": "Ô", **changes}]}


@pytest.mark.parametrize(
    ("task", "message"),
    [
        (
            {"context_vi": "Thông tin", "fields": []},
            "task_json 'fields' must be a list of at least 1 entries",
        ),
        (
            field(rule="length"),
            "task_json field 1 has unknown rule 'length' (expected one of: "
            "equals, one_of, digits, phone, date, regex)",
        ),
        (field(rule="equals"), "task_json field 1 with rule 'equals' needs a 'value'"),
        (
            field(rule="digits", value="015 185"),
            "task_json field 1 with rule 'digits' needs a value of digits only",
        ),
        (
            field(rule="phone", value="0241234567"),
            "task_json field 1 with rule 'phone' needs a 10-digit mobile number like 09xxxxxxxx",
        ),
        (
            field(rule="date", value="12/04/1985"),
            "task_json field 1 with rule 'date' needs an ISO date value (YYYY-MM-DD)",
        ),
        (
            field(rule="one_of"),
            "task_json field 1 with rule 'one_of' needs a non-empty 'values' list",
        ),
        (
            field(rule="one_of", values=["Nữ"], choices_vi=["Nam", "Khác"]),
            "task_json field 1 'values' must be among its 'choices_vi'",
        ),
        (
            field(rule="regex", pattern="[0-9"),
            "task_json field 1 has an invalid pattern: unterminated character set at position 0",
        ),
        (field(rule="regex"), "task_json field 1 with rule 'regex' needs a 'pattern'"),
        (field(rule="equals", value="x", size=3), "task_json field 1 has unknown key 'size'"),
        (
            {
                "context_vi": "T",
                "fields": [
                    {"id": "f", "label_vi": "A", "rule": "equals", "value": "x"},
                    {"id": "f", "label_vi": "B", "rule": "equals", "value": "y"},
                ],
            },
            "task_json fields repeat the id 'f'",
        ),
    ],
)
def test_form_task_json_problems(task, message):
    assert errors_of(task_row("task_form", task)) == [(3, message)]


def test_parse_task_json_raises_a_value_error():
    with pytest.raises(ItemFormatError, match="must list every step id") as caught:
        parse_task_json(Kind.TASK_ORDER, json.dumps({**ORDER, "correct_order": []}))
    assert isinstance(caught.value, ValueError)


# --- Whole files ------------------------------------------------------------------------


def to_csv(rows: list[dict[str, str]], header: list[str] | None = None) -> str:
    lines: list[str] = []
    writer = csv.writer(_Lines(lines), lineterminator="\n")
    columns = header or list(COLUMNS)
    writer.writerow(columns)
    for cells in rows:
        writer.writerow([cells.get(column, "") for column in columns])
    return "".join(lines)


class _Lines:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def write(self, text: str) -> None:
        self.lines.append(text)


def test_a_file_reports_the_line_each_record_starts_on():
    text = to_csv(
        [
            row(explanation_vi="Dòng một.\nDòng hai."),
            row(code="4.2-02"),
            row(code="4.2-03", level="10"),
        ]
    )
    text = text.replace("\n4.2-02", "\n\n4.2-02")  # a blank line before the second record
    items, errors = read_item_csv("\ufeff" + text, CODES)
    assert [item.line for item in items] == [2, 5]
    assert items[0].explanation_vi == "Dòng một.\nDòng hai."
    assert errors == [(6, "level must be a whole number from 1 to 8, got '10'")]


def test_a_file_header_must_hold_the_required_columns_once():
    header = [c for c in COLUMNS if c not in ("key", "model")] + ["difficulty", "code"]
    items, errors = read_item_csv(to_csv([row()], header), CODES)
    assert items == []
    assert errors == [
        (1, "missing columns: key, model"),
        (1, "unknown column 'difficulty'"),
        (1, "column 'code' appears twice"),
    ]


def test_optional_columns_may_be_left_out_of_the_header():
    header = list(COLUMNS[:13])
    items, errors = read_item_csv(to_csv([row()], header), CODES)
    assert errors == []
    assert items[0].status is Status.OPERATIONAL


def test_a_row_longer_than_the_header_is_reported():
    text = to_csv([row()]) + to_csv([row(code="4.2-02")]).splitlines()[1] + ",extra\n"
    items, errors = read_item_csv(text, CODES)
    assert len(items) == 1
    assert errors == [(3, "the row has more cells than the header")]


def test_an_empty_file_is_reported():
    assert read_item_csv("", CODES) == ([], [(1, "the file is empty")])


# --- Scoring ----------------------------------------------------------------------------


def parsed(cells: dict[str, str]) -> ItemRow:
    items, errors = parse_item_rows([cells], CODES)
    assert errors == []
    return items[0]


@pytest.mark.parametrize(
    ("response", "score"),
    [(1, 1), (2, 0), ("1", 1), ([1], 1), ([1, 2], 0), ([], 0), (None, 0), (True, 0), ("x", 0)],
)
def test_single_scores_the_one_key(response, score):
    assert score_response(parsed(row()), response) == score


@pytest.mark.parametrize(
    ("response", "score"),
    [
        ([1, 3], 1),
        ({3, 1}, 1),
        ((3, 1), 1),
        ("1,3", 1),
        ([1], 0),
        ([1, 3, 4], 0),
        ([2, 4], 0),
        (1, 0),
        ({"1": 1}, 0),
    ],
)
def test_multiple_needs_all_and_only_the_keys(response, score):
    assert score_response(parsed(multiple_row()), response) == score


@pytest.mark.parametrize(
    ("response", "score"), [(2, 1), (1, 0), (False, 1), (True, 0), ("2", 1), ([1, 2], 0)]
)
def test_true_false_key_two_means_sai(response, score):
    assert score_response(parsed(true_false_row()), response) == score


@pytest.mark.parametrize(
    ("response", "score"),
    [
        (["link", "sender"], 1),
        ({"sender", "link"}, 1),
        (["sender"], 0),
        ("link", 0),
        (["sender", "link", "greeting"], 0),
        ([1, 2], 0),
        (None, 0),
    ],
)
def test_hotspot_needs_exactly_the_correct_regions(response, score):
    assert score_response(parsed(task_row("task_hotspot", HOTSPOT)), response) == score


def test_hotspot_with_one_correct_region_takes_a_single_id():
    item = parsed(task_row("task_hotspot", {**HOTSPOT, "correct": ["link"]}))
    assert score_response(item, "link") == 1
    assert score_response(item, "sender") == 0


@pytest.mark.parametrize(
    ("response", "score"),
    [
        (["open", "scan", "confirm"], 1),
        (("open", "scan", "confirm"), 1),
        (["scan", "open", "confirm"], 0),
        (["open", "scan"], 0),
        (["open", "scan", "confirm", "confirm"], 0),
        ("open,scan,confirm", 0),
        ({"open", "scan", "confirm"}, 0),
    ],
)
def test_order_needs_the_exact_sequence(response, score):
    assert score_response(parsed(task_row("task_order", ORDER)), response) == score


GOOD_FORM = {
    "name": "Lò Thị Mai",
    "cccd": "015185003721",
    "dob": "1985-04-12",
    "phone": "0912345678",
    "sex": "Nữ",
    "email": "mai@example.vn",
}


@pytest.mark.parametrize(
    ("changes", "score"),
    [
        ({}, 1),
        ({"name": "  lò   thị MAI "}, 1),  # case and spacing do not matter
        ({"name": "Lo Thi Mai"}, 0),  # diacritics do
        ({"cccd": "015 185 003 721"}, 1),
        ({"cccd": "015.185.003.721"}, 1),
        ({"cccd": "01518500372"}, 0),
        ({"dob": "12/04/1985"}, 1),
        ({"dob": "12-4-1985"}, 1),
        ({"dob": "04/12/1985"}, 0),  # month and day swapped
        ({"dob": "31/02/1985"}, 0),
        ({"phone": "0912 345 678"}, 1),
        ({"phone": "+84 912 345 678"}, 1),
        ({"phone": "84912345678"}, 1),
        ({"phone": "0912345679"}, 0),
        ({"sex": "nữ"}, 1),
        ({"sex": "Nam"}, 0),
        ({"email": "mai.example.vn"}, 0),
        ({"email": None}, 0),
    ],
)
def test_form_needs_every_field_valid(changes, score):
    answers = {**GOOD_FORM, **changes}
    answers = {name: value for name, value in answers.items() if value is not None}
    assert score_response(parsed(task_row("task_form", FORM)), answers) == score


def test_form_with_a_non_text_answer_or_no_mapping_scores_zero():
    item = parsed(task_row("task_form", FORM))
    assert score_response(item, {**GOOD_FORM, "cccd": 15185003721}) == 0
    assert score_response(item, list(GOOD_FORM.values())) == 0


def test_self_report_items_are_not_scored():
    with pytest.raises(ValueError, match="self_report"):
        score_response(parsed(self_report_row()), 3)


# --- The demo bank ----------------------------------------------------------------------


def test_demo_bank_parses_with_no_errors_against_the_framework(bank):
    assert len(bank) >= 24 * 6 + 24 + 3
    assert len({item.code for item in bank}) == len(bank)


def test_demo_bank_has_at_least_six_scored_items_per_competence(bank):
    scored = Counter(item.competence for item in bank if item.is_scored)
    assert set(scored) == CODES
    assert min(scored.values()) >= 6
    assert sum(scored.values()) >= 144


def test_demo_bank_mixes_the_choice_kinds_in_every_domain(bank):
    for domain in range(1, 7):
        kinds = {item.kind for item in bank if item.domain == domain}
        assert {Kind.SINGLE, Kind.MULTIPLE, Kind.TRUE_FALSE} <= kinds


def test_demo_bank_has_one_self_report_per_competence(bank):
    reports = [item for item in bank if item.kind is Kind.SELF_REPORT]
    assert len(reports) == 24
    assert {item.competence for item in reports} == CODES
    for item in reports:
        assert item.stem_vi.startswith("Tôi có thể")
        assert item.model is Model.GRM
        assert item.options_vi == SELF_REPORT_SCALE_VI
        assert len(item.thresholds) == 3


def test_demo_bank_has_each_kind_of_performance_task(bank):
    tasks = [item for item in bank if item.kind in TASK_KINDS]
    assert len(tasks) >= 3
    assert {item.kind for item in tasks} == TASK_KINDS
    scam = next(item for item in tasks if item.code == "4.2-T1")
    assert isinstance(scam.task, HotspotTask)
    assert scam.task.correct == {"sender", "threat", "link"}
    form = next(item for item in tasks if item.kind is Kind.TASK_FORM)
    answers = {
        "full_name": "Lò Thị Mai",
        "citizen_id": "015 185 003 721",
        "birth_date": "12/04/1985",
        "sex": "Nữ",
        "phone": "0912 345 678",
    }
    assert score_response(form, answers) == 1


def test_demo_bank_measures_mostly_basic_skills(bank):
    levels = Counter(item.level for item in bank if item.is_scored)
    assert set(levels) <= {1, 2, 3, 4}
    assert levels[4] > 0
    assert levels[1] + levels[2] + levels[3] >= 0.85 * sum(levels.values())


def test_demo_bank_parameters_are_plausible(bank):
    centre = {1: -1.5, 2: -0.5, 3: 0.5, 4: 1.3}
    for item in bank:
        assert 0.8 <= item.a <= 2.0, item.code
        if item.model is Model.TWO_PL:
            assert item.b is not None
            assert abs(item.b - centre[item.level]) <= 0.5, item.code


def test_demo_bank_keys_are_not_always_in_the_same_place(bank):
    singles = Counter(item.key[0] for item in bank if item.kind is Kind.SINGLE)
    assert len(singles) == 4
    assert max(singles.values()) < 0.4 * sum(singles.values())
    answers = Counter(item.key for item in bank if item.kind is Kind.TRUE_FALSE)
    assert answers[(2,)] >= 0.25 * sum(answers.values())


def test_demo_bank_explains_every_scored_item(bank):
    for item in bank:
        if item.is_scored:
            assert len(item.explanation_vi) > 20, item.code


def test_demo_bank_items_answer_right_with_their_key(bank):
    for item in bank:
        if item.kind in (Kind.SINGLE, Kind.MULTIPLE, Kind.TRUE_FALSE):
            assert score_response(item, list(item.key)) == 1
        elif isinstance(item.task, HotspotTask):
            assert score_response(item, sorted(item.task.correct)) == 1
        elif isinstance(item.task, OrderTask):
            assert score_response(item, list(item.task.correct_order)) == 1
            assert score_response(item, [step.id for step in item.task.steps]) == 0


def test_demo_bank_has_no_placeholder_text():
    text = (DATA / "demo_items.csv").read_text(encoding="utf-8").lower()
    for filler in ("lorem", "ipsum", "todo", "xxx", "placeholder"):
        assert filler not in text


# --- Writing the format ---------------------------------------------------------------------


def _without_lines(items: list[ItemRow]) -> list[ItemRow]:
    return [dataclasses.replace(item, line=0) for item in items]


def test_formatted_demo_bank_reads_back_to_the_same_items(bank):
    text = format_item_csv(bank)
    again, errors = read_item_csv(text, CODES)
    assert errors == []
    assert _without_lines(again) == _without_lines(bank)
    assert [item.line for item in again] == [item.line for item in bank]


def test_formatting_is_stable_once_numbers_are_normalised(bank):
    text = format_item_csv(bank)
    assert format_item_csv(read_item_csv(text, CODES)[0]) == text


def test_format_writes_every_column_and_plain_numbers():
    item = parsed(row(a="1.50", b="-0.25", c="0"))
    header, cells = format_item_csv([item]).splitlines()
    assert header.split(",") == list(COLUMNS)
    written = dict(zip(COLUMNS, next(csv.reader([cells])), strict=True))
    assert (written["a"], written["b"], written["c"], written["status"]) == (
        "1.5",
        "-0.25",
        "",
        "operational",
    )


@pytest.mark.parametrize(
    ("kind", "task"),
    [("task_hotspot", HOTSPOT), ("task_order", ORDER), ("task_form", FORM)],
)
def test_tasks_round_trip_through_task_json(kind, task):
    item = parsed(task_row(kind, task))
    again, errors = read_item_csv(format_item_csv([item]), CODES)
    assert errors == []
    assert again[0].task == item.task
