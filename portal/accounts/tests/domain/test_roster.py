from datetime import date

import pytest

from portal.accounts.domain import roster as rules
from portal.accounts.domain.roster import Reason, RowIssue

GROUPS = {
    "officials": "officials",
    "students": "students",
    "adults": "adults",
    "workers": "workers",
    rules.header_key("Học sinh, sinh viên"): "students",
    rules.header_key("Người dân trong độ tuổi trưởng thành"): "adults",
}
VI_HEADER = [
    "Họ và tên",
    "Số điện thoại",
    "Email",
    "Nhóm",
    "Tổ chức",
    "Xã/phường",
    "Số CCCD",
    "Năm sinh",
]


def _parse(cells, header=VI_HEADER, line=2):
    return rules.parse_row(
        cells, line=line, columns=rules.map_columns(header), groups=GROUPS, this_year=2026
    )


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Họ và tên", "name"),
        ("HỌ TÊN", "name"),
        ("Full name", "name"),
        ("Số điện thoại", "phone"),
        ("SĐT", "phone"),
        ("E-mail", "email"),
        ("Nhóm đối tượng", "group"),
        ("Tổ chức", "organisation"),
        ("Xã/Phường", "commune"),
        ("xa phuong", "commune"),
        ("Commune", "commune"),
        ("Số CCCD", "citizen_id"),
        ("Năm sinh", "birth_year"),
        ("Year of birth", "birth_year"),
    ],
)
def test_headers_are_recognised_in_vietnamese_and_english_with_or_without_accents(header, key):
    assert rules.map_columns(["STT", header]) == {key: 1}


def test_a_header_without_a_contact_column_misses_phone_or_email():
    columns = rules.map_columns(["Họ và tên", "Nhóm"])
    assert rules.missing_columns(columns) == ["contact", "commune"]
    assert rules.missing_columns({}) == ["name", "contact", "group", "commune"]


def test_a_complete_header_misses_nothing():
    assert rules.missing_columns(rules.map_columns(VI_HEADER)) == []


def test_the_header_is_found_below_a_title_row():
    rows = [["DANH SÁCH NGƯỜI THAM GIA", "", ""], [], VI_HEADER, ["Giàng A Sử"]]
    assert rules.find_header(rows) == 2


def test_a_good_row_is_normalised():
    row, issues = _parse(
        [
            "  Giàng  A Sử ",
            "0912 345 678",
            "GIANG@Example.VN",
            "Học sinh, sinh viên",
            "",
            "Xã Trạm Tấu",
            "015 192 001 234",
            "1992",
        ]
    )
    assert issues == []
    assert row == rules.RosterRow(
        line=2,
        name="Giàng A Sử",
        phone="+84912345678",
        email="giang@example.vn",
        group_code="students",
        organisation="",
        commune="Xã Trạm Tấu",
        citizen_id="015192001234",
        birth_year=1992,
    )


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["", "0912345678", "", "adults", "", "04600", "", ""], [RowIssue(5, Reason.NAME_MISSING)]),
        (["A", "", "", "adults", "", "04600", "", ""], [RowIssue(5, Reason.CONTACT_MISSING)]),
        (
            ["A", "12ab", "", "adults", "", "04600", "", ""],
            [RowIssue(5, Reason.PHONE_NOT_A_NUMBER, "12ab")],
        ),
        (
            ["A", "024 3825 1234", "", "adults", "", "04600", "", ""],
            [RowIssue(5, Reason.PHONE_NOT_MOBILE, "024 3825 1234")],
        ),
        (
            ["A", "", "a@b", "adults", "", "04600", "", ""],
            [RowIssue(5, Reason.EMAIL_INVALID, "a@b")],
        ),
        (
            ["A", "0912345678", "", "farmers", "", "04600", "", ""],
            [RowIssue(5, Reason.GROUP_UNKNOWN, "farmers")],
        ),
        (["A", "0912345678", "", "", "", "04600", "", ""], [RowIssue(5, Reason.GROUP_MISSING)]),
        (["A", "0912345678", "", "adults", "", "", "", ""], [RowIssue(5, Reason.COMMUNE_MISSING)]),
        (
            ["A", "0912345678", "", "adults", "", "04600", "12345", ""],
            [RowIssue(5, Reason.CITIZEN_ID_LENGTH, "12345")],
        ),
        (
            ["A", "0912345678", "", "adults", "", "04600", "015192001234", "1993"],
            [RowIssue(5, Reason.CITIZEN_ID_BIRTH_YEAR, "015192001234")],
        ),
        (
            ["A", "0912345678", "", "adults", "", "04600", "", "năm 90"],
            [RowIssue(5, Reason.BIRTH_YEAR_INVALID, "năm 90")],
        ),
    ],
)
def test_each_bad_value_is_reported_with_its_line_and_reason(cells, expected):
    row, issues = _parse(cells, line=5)
    assert row is None
    assert issues == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("students", "students"),
        ("HOC SINH", "students"),
        ("Người dân", "adults"),
        ("công nhân", "workers"),
    ],
)
def test_groups_are_named_by_code_or_vietnamese_name_without_accents(raw, code):
    assert rules.group_code_for(raw, known=GROUPS) == code


def _row(line, phone=None, email="", citizen_id=None):
    return rules.RosterRow(line, "X", phone, email, "adults", "", "04600", citizen_id, None)


def test_a_person_named_twice_in_a_file_is_a_duplicate_of_the_first_line():
    rows = [
        _row(2, phone="+84912345678"),
        _row(3, email="a@b.vn"),
        _row(4, phone="+84912345678", email="c@d.vn"),
        _row(5, email="a@b.vn"),
        _row(6, citizen_id="015192001234"),
        _row(7, citizen_id="015192001234"),
    ]
    assert rules.duplicate_issues(rows) == [
        RowIssue(4, Reason.DUPLICATE_IN_FILE, "2"),
        RowIssue(5, Reason.DUPLICATE_IN_FILE, "3"),
        RowIssue(7, Reason.DUPLICATE_IN_FILE, "6"),
    ]


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("04600", ("code", "04600")),
        ("4600", ("code", "04600")),
        ("Xã Trạm Tấu", ("name", "tram tau")),
        ("tram tau", ("name", "tram tau")),
        ("PHƯỜNG Yên Thịnh", ("name", "yen thinh")),
    ],
)
def test_communes_are_looked_up_by_code_or_by_name_without_type_or_accents(raw, key):
    assert rules.commune_key(raw) == key


@pytest.mark.parametrize(
    ("value", "key", "text"),
    [
        (None, "", ""),
        (912345678, "phone", "912345678"),
        (1992.0, "birth_year", "1992"),
        (15192001234, "citizen_id", "015192001234"),
        (date(2026, 1, 2), "", "2026-01-02"),
        (" a ", "", "a"),
    ],
)
def test_spreadsheet_cells_become_text_without_losing_leading_zeros(value, key, text):
    assert rules.cell_text(value, key=key) == text


def test_phones_and_emails_are_masked_for_lists():
    assert rules.mask_phone("0912 345 678") == "0912 •••678"
    assert rules.mask_email("lothimai@example.vn") == "l•••@example.vn"


@pytest.mark.parametrize(("text", "safe"), [("=1+1", "'=1+1"), ("@SUM", "'@SUM"), ("Mai", "Mai")])
def test_exported_cells_cannot_run_as_formulas(text, safe):
    assert rules.spreadsheet_safe(text) == safe
