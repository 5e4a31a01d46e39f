"""Rules for a roster of people to register: which column is which, and each row's values."""

import enum
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from portal.accounts.domain.identity import (
    IdentityError,
    Problem,
    normalise_email,
    normalise_phone,
    validate_citizen_id,
)
from portal.core.domain.text import fold

NAME = "name"
PHONE = "phone"
EMAIL = "email"
GROUP = "group"
ORGANISATION = "organisation"
COMMUNE = "commune"
CITIZEN_ID = "citizen_id"
BIRTH_YEAR = "birth_year"
COLUMNS = (NAME, PHONE, EMAIL, GROUP, ORGANISATION, COMMUNE, CITIZEN_ID, BIRTH_YEAR)
REQUIRED_COLUMNS = (NAME, GROUP, COMMUNE)
# Stand-in for "phone or e-mail" in missing_columns: a roster needs one way to reach people.
CONTACT = "contact"

# Header spellings people use, folded (see header_key): Vietnamese first, then English.
HEADER_ALIASES: dict[str, str] = {
    "ho va ten": NAME,
    "ho ten": NAME,
    "ten": NAME,
    "name": NAME,
    "full name": NAME,
    "so dien thoai": PHONE,
    "dien thoai": PHONE,
    "sdt": PHONE,
    "so di dong": PHONE,
    "phone": PHONE,
    "phone number": PHONE,
    "mobile": PHONE,
    "email": EMAIL,
    "e mail": EMAIL,
    "thu dien tu": EMAIL,
    "dia chi email": EMAIL,
    "nhom": GROUP,
    "nhom doi tuong": GROUP,
    "doi tuong": GROUP,
    "group": GROUP,
    "target group": GROUP,
    "to chuc": ORGANISATION,
    "co quan": ORGANISATION,
    "co quan don vi": ORGANISATION,
    "don vi": ORGANISATION,
    "organisation": ORGANISATION,
    "organization": ORGANISATION,
    "xa phuong": COMMUNE,
    "xa": COMMUNE,
    "phuong": COMMUNE,
    "ma xa": COMMUNE,
    "commune": COMMUNE,
    "commune code": COMMUNE,
    "so cccd": CITIZEN_ID,
    "cccd": CITIZEN_ID,
    "so dinh danh": CITIZEN_ID,
    "so dinh danh ca nhan": CITIZEN_ID,
    "citizen id": CITIZEN_ID,
    "nam sinh": BIRTH_YEAR,
    "birth year": BIRTH_YEAR,
    "year of birth": BIRTH_YEAR,
}

# Short names for the target groups, folded, on top of their codes and full names.
GROUP_ALIASES: dict[str, str] = {
    "can bo": "officials",
    "cong chuc": "officials",
    "vien chuc": "officials",
    "can bo cong chuc vien chuc": "officials",
    "hoc sinh": "students",
    "sinh vien": "students",
    "hoc sinh sinh vien": "students",
    "nguoi dan": "adults",
    "nguoi lao dong": "workers",
    "cong nhan": "workers",
    "lao dong doanh nghiep": "workers",
}

_COMMUNE_PREFIXES = ("thi tran ", "dac khu ", "phuong ", "xa ")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_DIGITS = re.compile(r"^\d{4,5}$")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_OLDEST_BIRTH_YEAR = 1900


class Reason(enum.Enum):
    """Why a row cannot be imported as it is; the service words each one in Vietnamese."""

    NAME_MISSING = "name_missing"
    CONTACT_MISSING = "contact_missing"
    PHONE_NOT_A_NUMBER = "phone_not_a_number"
    PHONE_NOT_VIETNAMESE = "phone_not_vietnamese"
    PHONE_NOT_MOBILE = "phone_not_mobile"
    EMAIL_INVALID = "email_invalid"
    GROUP_MISSING = "group_missing"
    GROUP_UNKNOWN = "group_unknown"
    COMMUNE_MISSING = "commune_missing"
    COMMUNE_UNKNOWN = "commune_unknown"
    COMMUNE_AMBIGUOUS = "commune_ambiguous"
    COMMUNE_OUT_OF_SCOPE = "commune_out_of_scope"
    GROUP_OUT_OF_SCOPE = "group_out_of_scope"
    ORGANISATION_UNKNOWN = "organisation_unknown"
    ORGANISATION_OUT_OF_SCOPE = "organisation_out_of_scope"
    CITIZEN_ID_LENGTH = "citizen_id_length"
    CITIZEN_ID_PROVINCE = "citizen_id_province"
    CITIZEN_ID_BIRTH_YEAR = "citizen_id_birth_year"
    BIRTH_YEAR_INVALID = "birth_year_invalid"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    MATCHES_SEVERAL_PEOPLE = "matches_several_people"


_IDENTITY_REASONS = {
    Problem.PHONE_NOT_A_NUMBER: Reason.PHONE_NOT_A_NUMBER,
    Problem.PHONE_NOT_VIETNAMESE: Reason.PHONE_NOT_VIETNAMESE,
    Problem.PHONE_NOT_MOBILE: Reason.PHONE_NOT_MOBILE,
    Problem.EMAIL_INVALID: Reason.EMAIL_INVALID,
    Problem.CITIZEN_ID_LENGTH: Reason.CITIZEN_ID_LENGTH,
    Problem.CITIZEN_ID_PROVINCE: Reason.CITIZEN_ID_PROVINCE,
    Problem.CITIZEN_ID_BIRTH_YEAR: Reason.CITIZEN_ID_BIRTH_YEAR,
}


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem of one row: its line in the file, the reason and the value at fault."""

    line: int
    reason: Reason
    value: str = ""


@dataclass(frozen=True, slots=True)
class RosterRow:
    """A row whose values are well formed; units and organisations are still names."""

    line: int
    name: str
    phone: str | None
    email: str
    group_code: str
    organisation: str
    commune: str
    citizen_id: str | None
    birth_year: int | None


def header_key(raw: str) -> str:
    """A header cell folded to lower-case words ("Xã/Phường" -> "xa phuong")."""
    return _NON_WORD.sub(" ", fold(raw)).strip()


def map_columns(headers: Sequence[str]) -> dict[str, int]:
    """Which position holds which known column; unknown headers are ignored, first one wins."""
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = HEADER_ALIASES.get(header_key(header))
        if key is not None and key not in columns:
            columns[key] = index
    return columns


def missing_columns(columns: Mapping[str, int]) -> list[str]:
    """Required columns the header lacks; CONTACT when it has neither phone nor e-mail."""
    has_contact = PHONE in columns or EMAIL in columns
    return [
        key
        for key in (NAME, CONTACT, GROUP, COMMUNE)
        if key not in columns and not (key == CONTACT and has_contact)
    ]


def find_header(rows: Sequence[Sequence[str]]) -> int | None:
    """The index of the header among a file's first rows: the one naming most known columns.

    Official templates often open with a title row or two above the header.
    """
    best: tuple[int, int] | None = None
    for index, cells in enumerate(rows):
        known = len(map_columns(cells))
        if known and (best is None or known > best[1]):
            best = (index, known)
    if best is None:
        return next((i for i, cells in enumerate(rows) if not is_blank(cells)), None)
    return best[0]


def is_blank(cells: Sequence[str]) -> bool:
    """Whether a row has no value at all (spreadsheets keep empty rows)."""
    return all(not cell.strip() for cell in cells)


def cell_text(value: object, *, key: str = "") -> str:
    """A spreadsheet cell as text: whole numbers without ".0", citizen IDs with leading zeros.

    Spreadsheets store a typed-in citizen ID as a number and drop its leading zero.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        return text.zfill(12) if key == CITIZEN_ID and len(text) < 12 else text
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def group_code_for(raw: str, *, known: Mapping[str, str]) -> str | None:
    """The target group code a cell names: a code, a full name or a short name, any accents."""
    key = header_key(raw)
    if not key:
        return None
    return known.get(key) or GROUP_ALIASES.get(key)


def commune_key(raw: str) -> tuple[str, str]:
    """How to look a commune up: ("code", "04600") or ("name", "tram tau")."""
    text = raw.strip()
    if _DIGITS.match(text):
        return "code", text.zfill(5)
    return "name", commune_name_key(text)


def commune_name_key(name: str) -> str:
    """A commune name without its type word ("Xã Trạm Tấu" -> "tram tau")."""
    key = header_key(name)
    for prefix in _COMMUNE_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


def parse_row(
    cells: Sequence[str],
    *,
    line: int,
    columns: Mapping[str, int],
    groups: Mapping[str, str],
    this_year: int,
) -> tuple[RosterRow | None, list[RowIssue]]:
    """Check a row's own values (not the database): a RosterRow, or the row's issues."""

    def value(key: str) -> str:
        index = columns.get(key)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    issues: list[RowIssue] = []
    name = " ".join(value(NAME).split())
    if not name:
        issues.append(RowIssue(line, Reason.NAME_MISSING))
    phone = _identity(value(PHONE), normalise_phone, line, issues)
    email = _identity(value(EMAIL), normalise_email, line, issues) or ""
    if not value(PHONE) and not value(EMAIL):
        issues.append(RowIssue(line, Reason.CONTACT_MISSING))
    group_code = group_code_for(value(GROUP), known=groups)
    if not value(GROUP):
        issues.append(RowIssue(line, Reason.GROUP_MISSING))
    elif group_code is None:
        issues.append(RowIssue(line, Reason.GROUP_UNKNOWN, value(GROUP)))
    if not value(COMMUNE):
        issues.append(RowIssue(line, Reason.COMMUNE_MISSING))
    birth_year = _birth_year(value(BIRTH_YEAR), line=line, this_year=this_year, issues=issues)
    citizen_id = _identity(
        value(CITIZEN_ID),
        lambda raw: validate_citizen_id(raw, birth_year=birth_year),
        line,
        issues,
    )
    if issues:
        return None, issues
    return (
        RosterRow(
            line=line,
            name=name,
            phone=phone,
            email=email,
            group_code=group_code or "",
            organisation=" ".join(value(ORGANISATION).split()),
            commune=value(COMMUNE),
            citizen_id=citizen_id,
            birth_year=birth_year,
        ),
        [],
    )


def _identity(
    raw: str, check: Callable[[str], str], line: int, issues: list[RowIssue]
) -> str | None:
    if not raw:
        return None
    try:
        return check(raw)
    except IdentityError as error:
        issues.append(RowIssue(line, _IDENTITY_REASONS[error.problem], raw))
        return None


def _birth_year(raw: str, *, line: int, this_year: int, issues: list[RowIssue]) -> int | None:
    if not raw:
        return None
    if raw.isdigit() and _OLDEST_BIRTH_YEAR <= int(raw) <= this_year:
        return int(raw)
    issues.append(RowIssue(line, Reason.BIRTH_YEAR_INVALID, raw))
    return None


def duplicate_issues(rows: Sequence[RosterRow]) -> list[RowIssue]:
    """Rows naming the same phone, e-mail or citizen ID as an earlier row of the file."""
    first_line: dict[tuple[str, str], int] = {}
    issues: list[RowIssue] = []
    for row in rows:
        keys = [
            (kind, key)
            for kind, key in ((PHONE, row.phone), (EMAIL, row.email), (CITIZEN_ID, row.citizen_id))
            if key
        ]
        earlier = next((first_line[key] for key in keys if key in first_line), None)
        if earlier is not None:
            issues.append(RowIssue(row.line, Reason.DUPLICATE_IN_FILE, str(earlier)))
            continue
        for key in keys:
            first_line[key] = row.line
    return issues


def mask_phone(display: str) -> str:
    """A phone number with its middle hidden ("0912 345 678" -> "0912 •••678")."""
    digits = re.sub(r"\D", "", display)
    if len(digits) < 8:
        return "•••"
    return f"{digits[:4]} •••{digits[-3:]}"


def mask_email(email: str) -> str:
    """An e-mail with its local part hidden but the first letter ("mai@x.vn" -> "m•••@x.vn")."""
    local, _at, domain = email.partition("@")
    if not domain:
        return "•••"
    return f"{local[:1]}•••@{domain}"


def spreadsheet_safe(text: str) -> str:
    """A cell value that Excel will not run as a formula (OWASP "CSV injection")."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
