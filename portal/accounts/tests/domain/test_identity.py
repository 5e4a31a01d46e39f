import pytest

from portal.accounts.domain.identity import (
    IdentityError,
    Problem,
    citizen_id_digest,
    classify_identifier,
    display_phone,
    fits_age_rule,
    normalise_email,
    normalise_phone,
    validate_citizen_id,
)


@pytest.mark.parametrize(
    "raw",
    [
        "0912345678",
        "0912 345 678",
        "091.234.5678",
        "+84912345678",
        "84 912 345 678",
        "(091) 2345678",
    ],
)
def test_mobile_numbers_in_any_usual_form_normalise_to_e164(raw):
    assert normalise_phone(raw) == "+84912345678"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", Problem.EMPTY),
        ("   ", Problem.EMPTY),
        ("abc", Problem.PHONE_NOT_A_NUMBER),
        ("0912abc678", Problem.PHONE_NOT_A_NUMBER),
        ("0123", Problem.PHONE_NOT_A_NUMBER),
        ("0123456789", Problem.PHONE_NOT_A_NUMBER),
        ("+1 202 555 0101", Problem.PHONE_NOT_VIETNAMESE),
        ("0243 826 1234", Problem.PHONE_NOT_MOBILE),
    ],
)
def test_malformed_or_foreign_or_landline_numbers_are_refused_with_their_reason(raw, problem):
    with pytest.raises(IdentityError) as raised:
        normalise_phone(raw)
    assert raised.value.problem is problem


def test_stored_numbers_display_as_vietnamese_readers_write_them():
    assert display_phone("+84912345678") == "0912 345 678"


def test_emails_are_trimmed_and_lower_cased_and_checked():
    assert normalise_email("  Mai.Lo@Example.VN ") == "mai.lo@example.vn"
    with pytest.raises(IdentityError) as raised:
        normalise_email("mai.lo@")
    assert raised.value.problem is Problem.EMAIL_INVALID


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0912 345 678", ("phone", "+84912345678")),
        ("Mai@Example.vn", ("email", "mai@example.vn")),
        ("admin", ("username", "admin")),
        ("district.manager", ("username", "district.manager")),
    ],
)
def test_sign_in_identifiers_are_told_apart(raw, expected):
    assert classify_identifier(raw) == expected


def test_a_well_formed_citizen_id_passes_and_matches_the_birth_year():
    # 015 = Yên Bái, 1 = female born in the 1900s, 92 = 1992.
    assert validate_citizen_id("015 192 001 234", birth_year=1992) == "015192001234"
    # 2 = male born in the 2000s.
    assert validate_citizen_id("015205001234", birth_year=2005) == "015205001234"


@pytest.mark.parametrize(
    ("raw", "birth_year", "problem"),
    [
        ("01519200123", None, Problem.CITIZEN_ID_LENGTH),
        ("01519200123X", None, Problem.CITIZEN_ID_LENGTH),
        ("099192001234", None, Problem.CITIZEN_ID_PROVINCE),
        ("015192001234", 1993, Problem.CITIZEN_ID_BIRTH_YEAR),
        ("", None, Problem.EMPTY),
    ],
)
def test_bad_citizen_ids_are_refused_with_their_reason(raw, birth_year, problem):
    with pytest.raises(IdentityError) as raised:
        validate_citizen_id(raw, birth_year=birth_year)
    assert raised.value.problem is problem


def test_citizen_id_digest_depends_on_the_key_and_hides_the_number():
    first = citizen_id_digest("015192001234", key=b"k1")
    assert first == citizen_id_digest("015192001234", key=b"k1")
    assert first != citizen_id_digest("015192001234", key=b"k2")
    assert "015192001234" not in first
    assert len(first) == 64


@pytest.mark.parametrize(
    ("birth_year", "fits"), [(2011, False), (2010, True), (1950, True), (None, True)]
)
def test_adults_age_rule_counts_people_from_fifteen(birth_year, fits):
    assert fits_age_rule(birth_year, 2025, min_age=15, max_age=None) is fits
