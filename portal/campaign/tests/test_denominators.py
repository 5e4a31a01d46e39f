import io
import re
from datetime import date

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from portal.accounts.tests.factories import make_person
from portal.campaign.domain import denominators as rules
from portal.campaign.domain.denominators import Problem, UnitSpan
from portal.campaign.models import AdministrativeUnit, Denominator
from portal.campaign.services.denominators import (
    DenominatorFileError,
    RowMessage,
    import_denominators,
)

HEADER = "unit_code,group,year,count,source_note\n"
GOOD_ROW = "04600,adults,2025,1234,\n"
NEW = date(2025, 7, 1)
OLD = date(2025, 3, 1)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def csv_import(text, *, bom=False, source="statistics", note="Niên giám 2024", **kwargs):
    content = ("\ufeff" if bom else "").encode() + text.encode("utf-8")
    return import_denominators(
        content=content, filename="so-lieu.csv", source=source, source_note=note, **kwargs
    )


def stored():
    return sorted(
        Denominator.objects.values_list(
            "unit__code", "unit__valid_from", "target_group__code", "year", "count", "source",
            "source_note",
        )
    )  # fmt: skip


def test_a_csv_with_a_bom_creates_one_denominator_per_row_with_its_source(units):
    actor = make_person("Cán bộ thống kê", unit=units["yen_bai"])
    report = csv_import(
        HEADER + GOOD_ROW + "04606,students,2026,5678,Sở GD&ĐT 2026\n", bom=True, actor=actor
    )
    assert (report.errors, report.is_written) == ([], True)
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    assert stored() == [
        ("04600", OLD, "adults", 2025, 1234, "statistics", "Niên giám 2024"),
        ("04606", NEW, "students", 2026, 5678, "statistics", "Sở GD&ĐT 2026"),
    ]
    assert set(Denominator.objects.values_list("updated_by", flat=True)) == {actor.pk}


def test_an_xlsx_under_a_title_row_is_read_and_codes_get_their_leading_zeros_back(units):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Số người theo nhóm đối tượng, năm 2026"])
    sheet.append(["Unit code", "Group", "Year", "Count"])
    sheet.append([4606, "Workers", 2026, 812.0])
    sheet.append([None, None, None, None])
    sheet.append(["15", "officials", 2026, 21_181])
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = import_denominators(
        content=buffer.getvalue(), filename="SO-LIEU.XLSX", source="estimate", source_note="ước"
    )
    assert report.errors == []
    assert [(row.line, row.unit, row.count) for row in report.rows] == [
        (3, "Xã Trạm Tấu (04606, 2025-07-01)", 812),
        (5, "Tỉnh Lào Cai (15, 2025-07-01)", 21_181),
    ]
    assert stored() == [
        ("04606", NEW, "workers", 2026, 812, "estimate", "ước"),
        ("15", NEW, "officials", 2026, 21_181, "estimate", "ước"),
    ]


def test_reimporting_updates_changed_figures_and_keeps_the_others(units):
    csv_import(HEADER + GOOD_ROW + "04600,students,2025,300,\n")
    first_update = Denominator.objects.get(target_group__code="students").updated_at
    report = csv_import(HEADER + "04600,adults,2025,1300,\n04600,students,2025,300,\n")
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    assert [row.count for row in Denominator.objects.order_by("target_group__code")] == [1300, 300]
    assert Denominator.objects.get(target_group__code="students").updated_at == first_update
    again = csv_import(HEADER + GOOD_ROW, source="estimate")
    assert (again.updated, Denominator.objects.get(count=1234).source) == (1, "estimate")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("99999,adults,2025,10,", "Unknown unit code “99999”."),
        (",adults,2025,10,", "The unit code is missing."),
        (
            "04600,adults,2026,10,",
            "No unit with code 04600 existed in 2026 (units with this code: "
            "Xã Trạm Tấu (04600, 2025-03-01)).",
        ),
        (
            "04606,adults,2024,10,",
            "No unit with code 04606 existed in 2024 (units with this code: "
            "Xã Pá Hu (04606, 2025-03-01); Xã Trạm Tấu (04606, 2025-07-01)).",
        ),
        (
            "04600,farmers,2025,10,",
            "Unknown target group “farmers”: use adults, officials, students, workers.",
        ),
        ("04600,,2025,10,", "The target group is missing."),
        ("04600,adults,2019,10,", "The year 2019 is outside 2020–2035."),
        ("04600,adults,2036,10,", "The year 2036 is outside 2020–2035."),
        ("04600,adults,năm 2025,10,", "“năm 2025” is not a year."),
        ("04600,adults,,10,", "The year is missing."),
        ("04600,adults,2025,,", "The count is missing."),
        ("04600,adults,2025,nhiều,", "The count “nhiều” is not a number."),
        ("04600,adults,2025,-5,", "The count -5 is negative."),
        (
            "04600,adults,2025,12.5,",
            "The count “12.5” is not a whole number: write it with digits only, without "
            "decimal or thousands separators.",
        ),
        (
            '04600,adults,2025,"12,345",',
            "The count “12,345” is not a whole number: write it with digits only, without "
            "decimal or thousands separators.",
        ),
        ("04600,adults,2025,3000000000,", "The count 3000000000 is larger than 2147483647."),
        (
            "04600,adults,2025,10," + "x" * 301,
            "The source note is longer than 300 characters.",
        ),
        (
            "4600,Adults,2025,99,",
            "Same unit, group and year as line 2 (Xã Trạm Tấu (04600, 2025-03-01), 2025).",
        ),
    ],
)
def test_a_bad_row_is_reported_by_line_and_nothing_is_saved(units, row, message):
    report = csv_import(HEADER + GOOD_ROW + row + "\n" + "04588,adults,2025,7,\n")
    assert report.errors == [RowMessage(3, message)]
    assert not report.is_written
    assert Denominator.objects.count() == 0


def test_every_problem_of_every_row_is_reported(units):
    report = csv_import(HEADER + "99999,farmers,2019,-1,\n" + GOOD_ROW + "04600,x,2025,1.5,\n")
    assert [error.line for error in report.errors] == [2, 2, 2, 2, 4, 4]
    assert report.rows[0].line == 3
    assert Denominator.objects.count() == 0


def test_a_header_without_the_required_columns_is_rejected_on_its_line(units):
    report = csv_import("Báo cáo dân số\nunit_code;nhóm;year\n04600;adults;2025\n")
    assert report.errors == [
        RowMessage(
            2,
            "Missing column(s): group, count. The first row must name the columns unit_code, "
            "group, year and count.",
        )
    ]
    assert Denominator.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"unit_code,group\n", "figures.txt", "Give a CSV file (UTF-8) or an Excel workbook"),
        ("nhóm,năm\n".encode("utf-16"), "figures.csv", "This file is not a CSV text file"),
        (b"unit_code,group", "figures.xlsx", "This file is not a real Excel workbook"),
        (b"\n\n", "figures.csv", "The file is empty."),
    ],
)
def test_an_unreadable_file_is_refused_as_a_whole(units, content, filename, message):
    with pytest.raises(DenominatorFileError, match=re.escape(message)):
        import_denominators(content=content, filename=filename, source="statistics")


def test_a_reused_code_means_the_unit_valid_on_1_july_unless_unit_valid_from_says(units):
    report = csv_import(
        "unit_code,group,year,count,unit_valid_from\n"
        "15,adults,2025,600000,\n"
        "15,adults,2026,610000,\n"
        "15,students,2025,230000,2025-03-01\n"
        "04606,adults,2025,900,2025-03-01\n"
        "04588,adults,2025,800,\n"
    )
    assert report.errors == []
    assert stored() == [
        ("04588", OLD, "adults", 2025, 800, "statistics", "Niên giám 2024"),
        ("04606", OLD, "adults", 2025, 900, "statistics", "Niên giám 2024"),
        ("15", OLD, "students", 2025, 230000, "statistics", "Niên giám 2024"),
        ("15", NEW, "adults", 2025, 600000, "statistics", "Niên giám 2024"),
        ("15", NEW, "adults", 2026, 610000, "statistics", "Niên giám 2024"),
    ]
    assert report.notices == [
        RowMessage(
            2,
            "Code 15 named several units in 2025; used Tỉnh Lào Cai (15, 2025-07-01), the one "
            "valid on 1 July (other: Tỉnh Yên Bái (15, 2025-03-01)). Add unit_valid_from to "
            "choose another.",
        )
    ]


def test_unit_valid_from_must_name_a_unit_of_that_code_in_that_year(units):
    report = csv_import(
        "unit_code,group,year,count,unit_valid_from\n"
        "15,adults,2025,1,2025-01-01\n"
        "15,adults,2026,1,2025-03-01\n"
        "15,adults,2025,1,01/03/2025\n"
    )
    units_15 = "Tỉnh Yên Bái (15, 2025-03-01); Tỉnh Lào Cai (15, 2025-07-01)"
    assert report.errors == [
        RowMessage(2, f"No unit with code 15 came into being on 2025-01-01 (units with this "
                      f"code: {units_15})."),
        RowMessage(3, f"No unit with code 15 existed in 2026 (units with this code: {units_15})."),
        RowMessage(4, "“01/03/2025” is not a date: write unit_valid_from as YYYY-MM-DD."),
    ]  # fmt: skip


def test_two_units_with_one_code_both_valid_on_1_july_are_ambiguous(units):
    AdministrativeUnit.objects.create(
        code="04600", name="Xã Trùng Mã", unit_type="Xã", level="commune",
        valid_from=date(2026, 1, 1), name_folded="xa trung ma",
    )  # fmt: skip
    AdministrativeUnit.objects.create(
        code="04600", name="Xã Khác", unit_type="Xã", level="commune",
        valid_from=date(2026, 6, 1), name_folded="xa khac",
    )  # fmt: skip
    report = csv_import(HEADER + "04600,adults,2026,5,\n")
    assert report.errors == [
        RowMessage(
            2,
            "Several units had code 04600 in 2026 (Xã Trạm Tấu (04600, 2025-03-01); "
            "Xã Trùng Mã (04600, 2026-01-01); Xã Khác (04600, 2026-06-01)): add a "
            "unit_valid_from column with the day the intended unit came into being "
            "(YYYY-MM-DD).",
        )
    ]


@pytest.mark.parametrize(
    ("spans", "year", "expected"),
    [
        # Ended 30 June, another from 1 October: neither on 1 July, both in the year.
        (((date(2020, 1, 1), date(2027, 6, 30)), (date(2027, 10, 1), None)), 2027, "ambiguous"),
        (((date(2020, 1, 1), date(2027, 6, 30)), (date(2027, 10, 1), None)), 2028, 2),
        (((date(2020, 1, 1), date(2027, 6, 30)),), 2027, 1),
        (((date(2020, 1, 1), date(2027, 7, 1)), (date(2027, 7, 1), None)), 2027, "ambiguous"),
    ],
)
def test_resolve_unit_prefers_1_july_and_refuses_to_guess(spans, year, expected):
    candidates = [
        UnitSpan(number, "99", f"Unit {number}", start, end)
        for number, (start, end) in enumerate(spans, start=1)
    ]
    found = rules.resolve_unit(candidates, year=year)
    assert (found if isinstance(found, Problem) else found.id) == (
        Problem.UNIT_AMBIGUOUS if expected == "ambiguous" else expected
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1234", 1234),
        (" 1 234 ", 1234),
        ("0", 0),
        ("12.000", Problem.COUNT_NOT_WHOLE),
        ("-1.5", Problem.COUNT_NEGATIVE),
        ("1e3", Problem.COUNT_NOT_A_NUMBER),
        ("", Problem.COUNT_MISSING),
    ],
)
def test_counts_are_digits_only(raw, expected):
    assert rules.parse_count(raw) == expected


def test_rows_given_as_mappings_start_on_line_2(units):
    report = import_denominators(
        rows=[
            {"unit_code": "04600", "group": "adults", "year": 2025, "count": 10},
            {"unit_code": "04600", "group": "adults", "year": 2025, "count": 11},
        ],
        source="roster",
    )
    assert report.errors == [
        RowMessage(
            3, "Same unit, group and year as line 2 (Xã Trạm Tấu (04600, 2025-03-01), 2025)."
        )
    ]


def test_the_command_imports_a_file_and_prints_what_it_did(units, tmp_path, capsys):
    path = tmp_path / "dan-so-2025.csv"
    path.write_text(HEADER + GOOD_ROW + "15,adults,2025,600000,\n", encoding="utf-8")
    call_command("import_denominators", str(path), "--source", "estimate")
    out = capsys.readouterr().out
    assert "Denominators: 2 created, 0 updated, 0 unchanged." in out
    assert "line 3: Code 15 named several units in 2025" in out
    assert set(Denominator.objects.values_list("source", "source_note")) == {
        ("estimate", "dan-so-2025.csv")
    }
    call_command("import_denominators", str(path), "--note", "Cục Thống kê", "-v", "2")
    out = capsys.readouterr().out
    assert "line 2: Xã Trạm Tấu (04600, 2025-03-01), adults, 2025: 1234 (figure changed)" in out
    assert "Denominators: 0 created, 2 updated, 0 unchanged." in out


def test_the_command_fails_with_every_bad_row_and_writes_nothing(units, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + GOOD_ROW + "04600,adults,2025,-3,\n99999,adults,2025,1,\n")
    with pytest.raises(CommandError, match=r"^2 problem\(s\) in the file") as failed:
        call_command("import_denominators", str(path))
    assert failed.value.returncode == 1
    assert capsys.readouterr().err.splitlines() == [
        "line 3: The count -3 is negative.",
        "line 4: Unknown unit code “99999”.",
    ]
    assert Denominator.objects.count() == 0
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_denominators", str(tmp_path / "missing.csv"))
