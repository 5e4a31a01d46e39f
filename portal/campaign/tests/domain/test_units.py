from portal.campaign.domain.units import missing_columns, parents_first, validate_unit_rows


def row(code, name="X", level="commune", parent_code="15", unit_type="Xã"):
    return {
        "code": code,
        "name": name,
        "level": level,
        "parent_code": parent_code,
        "type": unit_type,
    }


def test_valid_rows_pass_in_any_order():
    rows = [
        row("00001", parent_code="132"),
        row("132", level="district"),
        row("15", level="province", parent_code=""),
    ]
    valid, errors = validate_unit_rows(rows, known_levels={})
    assert errors == []
    assert [unit.code for unit in parents_first(valid)] == ["15", "132", "00001"]


def test_each_bad_row_is_reported_with_its_line_and_reason():
    rows = [
        row("15", level="province", parent_code=""),
        row("ab"),
        row("00002", level="hamlet"),
        row("00003", parent_code="999"),
        row("00003"),
        row("00004", level="district", parent_code="00005"),
        row("00005"),
    ]
    valid, errors = validate_unit_rows(rows, known_levels={})
    assert [(error.line, error.message) for error in errors] == [
        (3, "code 'ab' must be digits (leading zeros kept)"),
        (4, "bad level 'hamlet'; use one of province, district, commune"),
        (5, "unknown parent 999 for 00003"),
        (6, "duplicate code 00003 (first on line 5)"),
        (7, "a district cannot sit under a commune (00005)"),
    ]
    assert {unit.code for unit in valid} == {"15", "00005"}


def test_parents_already_stored_are_accepted():
    valid, errors = validate_unit_rows([row("00009")], known_levels={"15": "province"})
    assert errors == []
    assert valid[0].code == "00009"


def test_missing_columns_are_named():
    assert missing_columns(["code", "name", "level"]) == ["parent_code", "type"]
