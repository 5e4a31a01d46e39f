"""Rules for the identifiers people give: mobile numbers, e-mails and citizen ID numbers."""

import enum
import hashlib
import hmac
import re

import phonenumbers

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Province codes of birth registration that open a 12-digit citizen ID (Circular 59/2021/TT-BCA,
# appendix: the 63 provinces before the 2025 reform).
CITIZEN_ID_PROVINCES = frozenset(
    [
        "001",
        "002",
        "004",
        "006",
        "008",
        "010",
        "011",
        "012",
        "014",
        "015",
        "017",
        "019",
        "020",
        "022",
        "024",
        "025",
        "026",
        "027",
        "030",
        "031",
        "033",
        "034",
        "035",
        "036",
        "037",
        "038",
        "040",
        "042",
        "044",
        "045",
        "046",
        "048",
        "049",
        "051",
        "052",
        "054",
        "056",
        "058",
        "060",
        "062",
        "064",
        "066",
        "067",
        "068",
        "070",
        "072",
        "074",
        "075",
        "077",
        "079",
        "080",
        "082",
        "083",
        "084",
        "086",
        "087",
        "089",
        "091",
        "092",
        "093",
        "094",
        "095",
        "096",
    ]
)


class Problem(enum.Enum):
    """Why an identifier was refused; the UI turns each into a Vietnamese message."""

    EMPTY = "empty"
    PHONE_NOT_A_NUMBER = "phone_not_a_number"
    PHONE_NOT_VIETNAMESE = "phone_not_vietnamese"
    PHONE_NOT_MOBILE = "phone_not_mobile"
    EMAIL_INVALID = "email_invalid"
    CITIZEN_ID_LENGTH = "citizen_id_length"
    CITIZEN_ID_PROVINCE = "citizen_id_province"
    CITIZEN_ID_BIRTH_YEAR = "citizen_id_birth_year"


class IdentityError(ValueError):
    """An identifier that breaks a rule."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem.value)


def normalise_phone(raw: str) -> str:
    """A Vietnamese mobile number in E.164 ("0912 345 678" -> "+84912345678")."""
    text = raw.strip()
    if not text:
        raise IdentityError(Problem.EMPTY)
    if re.search(r"[^\d\s+().-]", text):
        raise IdentityError(Problem.PHONE_NOT_A_NUMBER)
    try:
        number = phonenumbers.parse(text, "VN")
    except phonenumbers.NumberParseException as error:
        raise IdentityError(Problem.PHONE_NOT_A_NUMBER) from error
    if phonenumbers.region_code_for_number(number) != "VN":
        raise IdentityError(Problem.PHONE_NOT_VIETNAMESE)
    if not phonenumbers.is_valid_number(number):
        raise IdentityError(Problem.PHONE_NOT_A_NUMBER)
    if phonenumbers.number_type(number) not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise IdentityError(Problem.PHONE_NOT_MOBILE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """A stored number as Vietnamese readers write it ("+84912345678" -> "0912 345 678")."""
    if not e164.startswith("+84"):
        return e164
    digits = "0" + e164[3:]
    return f"{digits[:4]} {digits[4:7]} {digits[7:]}".strip()


def normalise_email(raw: str) -> str:
    """An e-mail trimmed and lower-cased, or IdentityError."""
    text = raw.strip().lower()
    if not text:
        raise IdentityError(Problem.EMPTY)
    if not _EMAIL.match(text) or len(text) > 254:
        raise IdentityError(Problem.EMAIL_INVALID)
    return text


def classify_identifier(raw: str) -> tuple[str, str]:
    """What a sign-in identifier is: ("email" | "phone" | "username", normalised value)."""
    text = raw.strip()
    if "@" in text:
        try:
            return "email", normalise_email(text)
        except IdentityError:
            return "username", text
    if re.fullmatch(r"[\d\s+().-]{6,}", text):
        try:
            return "phone", normalise_phone(text)
        except IdentityError:
            return "username", text
    return "username", text


def validate_citizen_id(raw: str, *, birth_year: int | None = None) -> str:
    """A 12-digit citizen ID number checked for shape, province and birth year.

    Digits 1-3 are the province of birth registration, digit 4 encodes century and sex (0/1:
    1900s, 2/3: 2000s, ...), digits 5-6 are the last two digits of the year of birth.
    """
    digits = re.sub(r"[\s.-]", "", raw)
    if not digits:
        raise IdentityError(Problem.EMPTY)
    if len(digits) != 12 or not digits.isdigit():
        raise IdentityError(Problem.CITIZEN_ID_LENGTH)
    if digits[:3] not in CITIZEN_ID_PROVINCES:
        raise IdentityError(Problem.CITIZEN_ID_PROVINCE)
    if birth_year is not None:
        century = 1900 + 100 * (int(digits[3]) // 2)
        if century + int(digits[4:6]) != birth_year:
            raise IdentityError(Problem.CITIZEN_ID_BIRTH_YEAR)
    return digits


def citizen_id_digest(citizen_id: str, *, key: bytes) -> str:
    """Keyed hash of a citizen ID (HMAC-SHA256): finds duplicates without storing the number."""
    return hmac.new(key, citizen_id.encode("ascii"), hashlib.sha256).hexdigest()


def age_in_year(birth_year: int, year: int) -> int:
    """Age reached during a calendar year (GSO counts age in completed years at year end)."""
    return year - birth_year


def fits_age_rule(
    birth_year: int | None, year: int, *, min_age: int | None, max_age: int | None
) -> bool:
    """Whether a person born in birth_year fits a target group's age rule in year.

    An unknown year of birth fits: the rule is checked once the person gives it.
    """
    if birth_year is None:
        return True
    age = age_in_year(birth_year, year)
    return (min_age is None or age >= min_age) and (max_age is None or age <= max_age)
