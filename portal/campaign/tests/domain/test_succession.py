from datetime import date

from portal.campaign.domain.succession import (
    UnitPeriod,
    ancestors_on,
    parse_merge_rows,
    scope_across_mergers,
    unit_on,
)

MERGER = date(2025, 7, 1)
OLD_END = date(2025, 6, 30)
OLD = date(2025, 3, 1)
# Old province 1 > district 2 > communes 3, 4; district 5 > commune 6.
# New province 10 > commune 11 (from 3 and 4), commune 12 (from 6 and a commune 7 of district 5).
UNITS = {
    1: UnitPeriod(1, None, "province", OLD, OLD_END),
    2: UnitPeriod(2, 1, "district", OLD, OLD_END),
    3: UnitPeriod(3, 2, "commune", OLD, OLD_END),
    4: UnitPeriod(4, 2, "commune", OLD, OLD_END),
    5: UnitPeriod(5, 1, "district", OLD, OLD_END),
    6: UnitPeriod(6, 5, "commune", OLD, OLD_END),
    7: UnitPeriod(7, 5, "commune", OLD, OLD_END),
    10: UnitPeriod(10, None, "province", MERGER, None),
    11: UnitPeriod(11, 10, "commune", MERGER, None),
    12: UnitPeriod(12, 10, "commune", MERGER, None),
}
SUCCESSORS = {3: (11,), 4: (11,), 6: (12,), 7: (12,)}
PREDECESSORS = {11: (3, 4), 12: (6, 7)}


def test_before_the_merger_a_record_rolls_up_through_the_old_district():
    assert ancestors_on(3, OLD_END, units=UNITS, successors=SUCCESSORS) == [3, 2, 1]


def test_after_the_merger_it_rolls_up_into_the_new_commune_and_province():
    assert ancestors_on(3, MERGER, units=UNITS, successors=SUCCESSORS) == [11, 10]


def test_a_record_in_a_new_unit_counts_nowhere_before_that_unit_existed():
    assert unit_on(11, OLD_END, units=UNITS, successors=SUCCESSORS) is None
    assert ancestors_on(11, OLD_END, units=UNITS, successors=SUCCESSORS) == []


def test_a_split_unit_keeps_its_records_where_they_were():
    split = {**SUCCESSORS, 3: (11, 12)}
    assert unit_on(3, MERGER, units=UNITS, successors=split) is None


def test_a_district_scope_gains_new_communes_wholly_formed_from_it_and_nothing_else():
    district = {2, 3, 4}
    assert scope_across_mergers(district, successors=SUCCESSORS, predecessors=PREDECESSORS) == {
        2,
        3,
        4,
        11,
    }
    one_commune = {6}
    assert scope_across_mergers(one_commune, successors=SUCCESSORS, predecessors=PREDECESSORS) == {
        6
    }


def test_a_new_commune_scope_gains_its_former_communes():
    assert scope_across_mergers({11}, successors=SUCCESSORS, predecessors=PREDECESSORS) == {
        11,
        3,
        4,
    }


def test_merge_rows_report_bad_codes_types_and_duplicates_by_line():
    rows = [
        {"new_code": "04606", "old_code": "04600", "old_province_code": "15", "merge_type": "full"},
        {"new_code": "04606", "old_code": "04600", "old_province_code": "15", "merge_type": "full"},
        {"new_code": "x", "old_code": "04600", "old_province_code": "15", "merge_type": "full"},
        {"new_code": "04606", "old_code": "04588", "old_province_code": "15", "merge_type": "half"},
    ]
    valid, errors = parse_merge_rows(rows)
    assert [row.line for row in valid] == [2]
    assert [line for line, _message in errors] == [3, 4, 5]
    assert "duplicate pair 04600 → 04606 (line 2)" in errors[0][1]
