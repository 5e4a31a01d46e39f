"""Registering people in bulk from a roster (CSV or XLSX) that a manager uploads.

All rows or none: a file with any bad row writes nothing and reports every bad row. A row whose
phone, e-mail or citizen ID is already registered never makes a second account; a person
outside the manager's area is reported as such, with none of their data.
"""

import csv
import io
import logging
import secrets
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import openpyxl
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, models, transaction
from django.db.models import Q, QuerySet
from django.db.models.functions import Lower
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from openpyxl.utils.exceptions import InvalidFileException

from portal.accounts import audit, permissions, senders, tasks
from portal.accounts.domain import roster as rules
from portal.accounts.domain.identity import citizen_id_digest, display_phone
from portal.accounts.domain.roster import Reason, RosterRow, RowIssue
from portal.accounts.models import AuditEntry, Organisation, User
from portal.accounts.permissions import Scope
from portal.accounts.services.profile import citizen_id_key
from portal.campaign import selectors as campaign_selectors
from portal.campaign.models import AdministrativeUnit, TargetGroup, UnitLevel
from portal.core.domain.text import fold
from portal.core.exceptions import DomainError, PermissionDeniedError

logger = logging.getLogger(__name__)

XLSX_MAGIC = b"PK\x03\x04"
# Official forms put a title or two above the header; look for it in the first rows.
HEADER_SEARCH_ROWS = 10
MAX_COLUMNS = 40
TEMPLATE_HEADER = (
    "Họ và tên",
    "Số điện thoại",
    "Email",
    "Nhóm",
    "Tổ chức",
    "Xã/phường",
    "Số CCCD",
    "Năm sinh",
)
TEMPLATE_ROWS = (
    ("Giàng A Sử", "0912 345 678", "", "adults", "", "Xã Trạm Tấu", "", "1985"),
    ("Lò Thị Mai", "", "lothimai@example.vn", "Học sinh, sinh viên", "", "04600", "", "2009"),
)

COLUMN_LABELS = {
    rules.NAME: gettext_lazy("Full name"),
    rules.PHONE: gettext_lazy("Phone number"),
    rules.EMAIL: gettext_lazy("E-mail"),
    rules.GROUP: gettext_lazy("Group"),
    rules.ORGANISATION: gettext_lazy("Organisation"),
    rules.COMMUNE: gettext_lazy("Commune"),
    rules.CITIZEN_ID: gettext_lazy("Citizen ID"),
    rules.BIRTH_YEAR: gettext_lazy("Year of birth"),
    rules.CONTACT: gettext_lazy("Phone number or e-mail"),
}

EXPORT_COLUMNS = (
    rules.NAME,
    rules.PHONE,
    rules.EMAIL,
    rules.GROUP,
    rules.ORGANISATION,
    rules.COMMUNE,
    rules.BIRTH_YEAR,
)

REASON_MESSAGES = {
    Reason.NAME_MISSING: gettext_lazy("The full name is missing."),
    Reason.CONTACT_MISSING: gettext_lazy("Give a mobile number or an e-mail."),
    Reason.PHONE_NOT_A_NUMBER: gettext_lazy("“%(value)s” is not a valid phone number."),
    Reason.PHONE_NOT_VIETNAMESE: gettext_lazy("“%(value)s” is not a Vietnamese phone number."),
    Reason.PHONE_NOT_MOBILE: gettext_lazy("“%(value)s” is not a mobile number."),
    Reason.EMAIL_INVALID: gettext_lazy("“%(value)s” is not a valid e-mail address."),
    Reason.GROUP_MISSING: gettext_lazy("The target group is missing."),
    Reason.GROUP_UNKNOWN: gettext_lazy(
        "Unknown target group “%(value)s”: use officials, students, adults or workers."
    ),
    Reason.COMMUNE_MISSING: gettext_lazy("The commune is missing."),
    Reason.COMMUNE_UNKNOWN: gettext_lazy("Unknown commune “%(value)s”."),
    Reason.COMMUNE_AMBIGUOUS: gettext_lazy(
        "Several communes are called “%(value)s”: give the commune code instead."
    ),
    Reason.COMMUNE_OUT_OF_SCOPE: gettext_lazy("The commune “%(value)s” is outside your area."),
    Reason.GROUP_OUT_OF_SCOPE: gettext_lazy(
        "You do not manage the target group “%(value)s” in this commune."
    ),
    Reason.ORGANISATION_UNKNOWN: gettext_lazy(
        "No organisation called “%(value)s” in this commune: leave it blank or ask an "
        "administrator to add it."
    ),
    Reason.ORGANISATION_OUT_OF_SCOPE: gettext_lazy(
        "This person would not be a member of an organisation you manage."
    ),
    Reason.CITIZEN_ID_LENGTH: gettext_lazy("The citizen ID number must have 12 digits."),
    Reason.CITIZEN_ID_PROVINCE: gettext_lazy(
        "The citizen ID number does not start with a province code."
    ),
    Reason.CITIZEN_ID_BIRTH_YEAR: gettext_lazy(
        "The citizen ID number does not match the year of birth."
    ),
    Reason.BIRTH_YEAR_INVALID: gettext_lazy("“%(value)s” is not a year of birth."),
    Reason.DUPLICATE_IN_FILE: gettext_lazy(
        "Same phone, e-mail or citizen ID as line %(value)s of the file."
    ),
    Reason.MATCHES_SEVERAL_PEOPLE: gettext_lazy(
        "The phone, e-mail and citizen ID belong to different registered people."
    ),
}


class RosterRejectedError(DomainError):
    """The file as a whole cannot be read as a roster; nothing was written."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class RowStatus(models.TextChoices):
    """What became of one row."""

    CREATED = "created", gettext_lazy("Registered")
    UPDATED = "updated", gettext_lazy("Already registered, details added")
    UNCHANGED = "unchanged", gettext_lazy("Already registered")
    ELSEWHERE = "elsewhere", gettext_lazy("Already registered outside your area")
    ERROR = "error", gettext_lazy("Error")


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """One row of the report: its line in the file, the name it gave and what happened."""

    line: int
    name: str
    status: RowStatus
    reasons: tuple[Reason, ...] = ()
    messages: tuple[str, ...] = ()


@dataclass(slots=True)
class RosterReport:
    """What an upload did (or, in a dry run or with bad rows, would do)."""

    rows: list[RowOutcome] = field(default_factory=list)
    dry_run: bool = False
    is_written: bool = False

    def count(self, status: RowStatus) -> int:
        """How many rows ended with status."""
        return sum(1 for row in self.rows if row.status == status)

    @property
    def created(self) -> int:
        """Rows that made a new account."""
        return self.count(RowStatus.CREATED)

    @property
    def updated(self) -> int:
        """Rows that completed a registered person's empty fields."""
        return self.count(RowStatus.UPDATED)

    @property
    def unchanged(self) -> int:
        """Rows for people registered with nothing to add."""
        return self.count(RowStatus.UNCHANGED)

    @property
    def elsewhere(self) -> int:
        """Rows for people registered outside the manager's area."""
        return self.count(RowStatus.ELSEWHERE)

    @property
    def errors(self) -> int:
        """Rows with at least one problem."""
        return self.count(RowStatus.ERROR)


@dataclass(frozen=True, slots=True)
class _Placement:
    """Where a valid row puts its person."""

    unit: AdministrativeUnit
    group: TargetGroup
    organisation: Organisation | None


def import_roster(*, actor: User, upload: UploadedFile, dry_run: bool = False) -> RosterReport:
    """Register the people of a roster file in the actor's area, all rows or none."""
    scope = permissions.scope_of(actor)
    if scope.is_empty:
        raise PermissionDeniedError(_("Only managers can import a roster."))
    lines = _data_rows(upload)
    groups = {group.code: group for group in campaign_selectors.target_groups()}
    group_names = _group_names(groups.values())
    this_year = timezone.localdate().year
    parsed: list[RosterRow] = []
    issues: list[RowIssue] = []
    names: dict[int, str] = {}
    for line, cells, columns in lines:
        names[line] = " ".join(_cell(cells, columns[rules.NAME]).split())
        row, row_issues = rules.parse_row(
            cells, line=line, columns=columns, groups=group_names, this_year=this_year
        )
        issues.extend(row_issues)
        if row is not None:
            parsed.append(row)
    issues.extend(rules.duplicate_issues(parsed))
    placements = _place_rows(parsed, scope=scope, groups=groups, issues=issues)
    matches = _registered_people(parsed, issues=issues)
    bad_lines = {issue.line for issue in issues}
    visible = set(
        permissions.people_visible_to(actor)
        .filter(pk__in=[person.pk for person in matches.values()])
        .values_list("pk", flat=True)
    )
    report = RosterReport(dry_run=dry_run)
    by_line: dict[int, list[RowIssue]] = defaultdict(list)
    for issue in issues:
        by_line[issue.line].append(issue)
    rows_by_line = {row.line: row for row in parsed}
    creates: list[User] = []
    updates: list[User] = []
    for line, _cells, _columns in lines:
        if line in bad_lines:
            report.rows.append(_error_outcome(line, names[line], by_line[line]))
            continue
        row = rows_by_line[line]
        placement = placements[line]
        person = matches.get(line)
        if person is None:
            creates.append(_new_person(row, placement))
            status = RowStatus.CREATED
        elif person.pk not in visible:
            status = RowStatus.ELSEWHERE
        elif _fill_empty_fields(person, placement):
            updates.append(person)
            status = RowStatus.UPDATED
        else:
            status = RowStatus.UNCHANGED
        report.rows.append(RowOutcome(line=line, name=row.name, status=status))
    if report.errors or dry_run:
        return report
    try:
        with transaction.atomic():
            User.objects.bulk_create(creates, batch_size=500)
            User.objects.bulk_update(
                updates, ["unit", "target_group", "organisation"], batch_size=500
            )
            audit.record(
                actor=actor,
                action=AuditEntry.Action.ROSTER_IMPORTED,
                target=upload.name or "",
                detail={
                    "rows": len(report.rows),
                    "created": report.created,
                    "updated": report.updated,
                    "unchanged": report.unchanged,
                    "elsewhere": report.elsewhere,
                },
            )
            person_ids = [person.pk for person in creates]
            if person_ids:
                # Thousands of text messages are not sent inside the upload request.
                transaction.on_commit(
                    lambda: tasks.send_roster_invitations.enqueue(person_ids=person_ids)
                )
    except IntegrityError as error:
        # Someone signed up with one of the numbers between the check and the write.
        raise RosterRejectedError(
            "conflict",
            _(
                "Someone registered one of these people while the file was being imported. "
                "Nothing was saved: upload the file again."
            ),
        ) from error
    report.is_written = True
    return report


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def roster_template_csv() -> bytes:
    """The roster template managers download: the header and two example rows, for Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(TEMPLATE_HEADER)
    writer.writerows(TEMPLATE_ROWS)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def roster_rows(people: QuerySet[User]) -> Iterator[list[str]]:
    """People as rows of the roster's columns (so an export can be imported again)."""
    yield [
        *(str(COLUMN_LABELS[key]) for key in EXPORT_COLUMNS),
        _("Commune name"),
        _("Citizen ID (masked)"),
        _("Registered on"),
    ]
    for person in people.select_related("unit", "target_group", "organisation").iterator(
        chunk_size=2000
    ):
        cells = [
            person.full_name,
            display_phone(person.phone) if person.phone else "",
            person.email,
            person.target_group.code if person.target_group else "",
            person.organisation.name if person.organisation else "",
            person.unit.code if person.unit else "",
            str(person.birth_year or ""),
            person.unit.name if person.unit else "",
            person.citizen_id_masked,
            f"{timezone.localtime(person.date_joined):%Y-%m-%d}",
        ]
        yield [rules.spreadsheet_safe(cell) for cell in cells]


def message_for(issue: RowIssue) -> str:
    """The Vietnamese (active language) sentence for one row issue."""
    return str(REASON_MESSAGES[issue.reason]) % {"value": issue.value}


def _error_outcome(line: int, name: str, issues: list[RowIssue]) -> RowOutcome:
    return RowOutcome(
        line=line,
        name=name,
        status=RowStatus.ERROR,
        reasons=tuple(issue.reason for issue in issues),
        messages=tuple(message_for(issue) for issue in issues),
    )


# Reading the file


def _data_rows(upload: UploadedFile) -> list[tuple[int, list[str], dict[str, int]]]:
    """The file's non-blank rows under its header as (line, cells, column map)."""
    name = (upload.name or "").lower()
    if not name.endswith((".csv", ".xlsx")):
        raise RosterRejectedError(
            "type", _("Upload a CSV file or an Excel workbook (.xlsx), like the template.")
        )
    size = upload.size or 0
    if size > settings.ROSTER_MAX_BYTES:
        raise RosterRejectedError(
            "too_large",
            _("The file is %(size)s; the limit is %(limit)s. Split it into smaller files.")
            % {"size": filesizeformat(size), "limit": filesizeformat(settings.ROSTER_MAX_BYTES)},
        )
    if size == 0:
        raise RosterRejectedError("empty", _("The file is empty."))
    upload.seek(0)
    content = upload.read(settings.ROSTER_MAX_BYTES + 1)
    rows = _xlsx_rows(content) if name.endswith(".xlsx") else _csv_rows(content)
    head: list[tuple[int, list[object]]] = []
    for item in rows:
        head.append(item)
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    header_at = rules.find_header([[rules.cell_text(c) for c in cells] for _line, cells in head])
    if header_at is None:
        raise RosterRejectedError("empty", _("The file is empty."))
    columns = rules.map_columns([rules.cell_text(cell) for cell in head[header_at][1]])
    keys = {index: key for key, index in columns.items()}
    missing = rules.missing_columns(columns)
    if missing:
        raise RosterRejectedError(
            "missing_columns",
            _(
                "Missing column(s): %(columns)s. The first row must name the columns, "
                "as in the template."
            )
            % {"columns": ", ".join(str(COLUMN_LABELS[key]) for key in missing)},
        )
    data: list[tuple[int, list[str], dict[str, int]]] = []
    limit = settings.ROSTER_MAX_ROWS
    for line, values in [*head[header_at + 1 :], *rows]:
        cells = [rules.cell_text(value, key=keys.get(i, "")) for i, value in enumerate(values)]
        if rules.is_blank(cells):
            continue
        data.append((line, cells, columns))
        if len(data) > limit:
            raise RosterRejectedError(
                "too_many_rows",
                ngettext(
                    "The file has more than %(limit)s person; split it into smaller files.",
                    "The file has more than %(limit)s people; split it into smaller files.",
                    limit,
                )
                % {"limit": limit},
            )
    if not data:
        raise RosterRejectedError("no_rows", _("The file has a header but no people under it."))
    return data


def _csv_rows(content: bytes) -> Iterator[tuple[int, list[object]]]:
    """Rows of a UTF-8 CSV (BOM optional), comma or semicolon separated, with their lines."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RosterRejectedError("not_text", _not_text_message()) from error
    if "\x00" in text:
        raise RosterRejectedError("not_text", _not_text_message())
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return ((reader.line_num, list(cells[:MAX_COLUMNS])) for cells in reader)


def _not_text_message() -> str:
    return _("This file is not a CSV text file. In Excel, save it as “CSV UTF-8”.")


def _xlsx_rows(content: bytes) -> Iterator[tuple[int, list[object]]]:
    """Rows of the first sheet of an XLSX workbook, with their row numbers."""
    not_xlsx = _(
        "This file is not a real Excel workbook (.xlsx). Open it in Excel and save it again, "
        "or save it as CSV."
    )
    if not content.startswith(XLSX_MAGIC):
        raise RosterRejectedError("not_xlsx", not_xlsx)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, IndexError) as error:
        raise RosterRejectedError("not_xlsx", not_xlsx) from error
    return _sheet_rows(sheet, workbook)


def _sheet_rows(sheet: Any, workbook: Any) -> Iterator[tuple[int, list[object]]]:
    # Blank rows count too, so a sheet of a million empty rows is refused, not walked.
    budget = settings.ROSTER_MAX_ROWS * 2 + HEADER_SEARCH_ROWS
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > budget:
                raise RosterRejectedError(
                    "too_many_rows",
                    _("The sheet has too many rows; split it into smaller files."),
                )
            yield number, list(values[:MAX_COLUMNS])
    finally:
        workbook.close()


def _group_names(groups: Iterable[TargetGroup]) -> dict[str, str]:
    names: dict[str, str] = {}
    for group in groups:
        for text in (group.code, group.name_vi, group.name_en):
            names[rules.header_key(text)] = group.code
    return names


# Resolving communes, organisations and scope


def _place_rows(
    rows: list[RosterRow],
    *,
    scope: Scope,
    groups: dict[str, TargetGroup],
    issues: list[RowIssue],
) -> dict[int, _Placement]:
    """Find each row's commune and organisation and check the actor reaches them."""
    communes = _communes()
    managed = _managed_organisations(scope)
    reachable = scope.unit_ids | {org.unit_id for org in managed.values()}
    today = timezone.localdate()
    units = [_commune_for(row, communes, scope, reachable, today) for row in rows]
    organisations = _organisations_in(
        {unit.pk for unit in units if isinstance(unit, AdministrativeUnit)}
    )
    placements: dict[int, _Placement] = {}
    for row, unit in zip(rows, units, strict=True):
        if isinstance(unit, RowIssue):
            issues.append(unit)
            continue
        organisation = None
        if row.organisation:
            organisation = organisations.get((unit.pk, fold(row.organisation)))
            if organisation is None:
                issues.append(RowIssue(row.line, Reason.ORGANISATION_UNKNOWN, row.organisation))
                continue
        group = groups[row.group_code]
        problem = _reach_problem(scope, unit=unit, group=group, organisation=organisation)
        if problem is not None:
            value = {Reason.GROUP_OUT_OF_SCOPE: group.name_vi}.get(problem, row.organisation)
            issues.append(RowIssue(row.line, problem, value))
            continue
        placements[row.line] = _Placement(unit=unit, group=group, organisation=organisation)
    return placements


def _communes() -> dict[tuple[str, str], list[AdministrativeUnit]]:
    lookup: dict[tuple[str, str], list[AdministrativeUnit]] = defaultdict(list)
    for unit in AdministrativeUnit.objects.filter(level=UnitLevel.COMMUNE):
        lookup[("code", unit.code)].append(unit)
        lookup[("name", rules.commune_name_key(unit.name))].append(unit)
    return lookup


def _commune_for(
    row: RosterRow,
    communes: dict[tuple[str, str], list[AdministrativeUnit]],
    scope: Scope,
    reachable: frozenset[int] | set[int],
    today: date,
) -> AdministrativeUnit | RowIssue:
    """The commune a row names, preferring one in the actor's area and valid today."""
    kind, key = rules.commune_key(row.commune)
    candidates = communes.get((kind, key), [])
    if not candidates:
        return RowIssue(row.line, Reason.COMMUNE_UNKNOWN, row.commune)
    if not scope.is_everything:
        candidates = [unit for unit in candidates if unit.pk in reachable]
        if not candidates:
            return RowIssue(row.line, Reason.COMMUNE_OUT_OF_SCOPE, row.commune)
    current = [unit for unit in candidates if _is_valid_on(unit, today)]
    if len(current) > 1 and kind == "name":
        return RowIssue(row.line, Reason.COMMUNE_AMBIGUOUS, row.commune)
    return (current or sorted(candidates, key=lambda unit: unit.valid_from))[-1]


def _is_valid_on(unit: AdministrativeUnit, day: date) -> bool:
    return unit.valid_from <= day and (unit.valid_to is None or unit.valid_to >= day)


def _managed_organisations(scope: Scope) -> dict[int, Organisation]:
    if not scope.organisation_ids:
        return {}
    return Organisation.objects.in_bulk(sorted(scope.organisation_ids))


def _organisations_in(unit_ids: set[int]) -> dict[tuple[int, str], Organisation]:
    return {
        (org.unit_id, org.name_folded): org
        for org in Organisation.objects.filter(unit_id__in=sorted(unit_ids))
    }


def _reach_problem(
    scope: Scope,
    *,
    unit: AdministrativeUnit,
    group: TargetGroup,
    organisation: Organisation | None,
) -> Reason | None:
    """Why the person a row makes would be outside the actor's scope, or None.

    The actor must be able to see the person they register (Scope.reaches decides).
    """
    if scope.reaches(
        unit_id=unit.pk,
        target_group_id=group.pk,
        organisation_id=organisation.pk if organisation is not None else None,
    ):
        return None
    if unit.pk in scope.unit_ids:
        return Reason.GROUP_OUT_OF_SCOPE
    return Reason.ORGANISATION_OUT_OF_SCOPE


# Matching people already registered


def _registered_people(rows: list[RosterRow], *, issues: list[RowIssue]) -> dict[int, User]:
    """The registered person each row names by phone, e-mail or citizen ID (by line)."""
    phones = {row.phone for row in rows if row.phone}
    emails = {row.email for row in rows if row.email}
    digests = {_digest(row.citizen_id) for row in rows if row.citizen_id}
    if not (phones or emails or digests):
        return {}
    people = list(
        User.objects.annotate(email_lower=Lower("email"))
        .filter(
            Q(phone__in=sorted(phones))
            | Q(email_lower__in=sorted(emails))
            | Q(citizen_id_digest__in=sorted(digests))
        )
        .select_related(None)
    )
    by_phone = {person.phone: person for person in people if person.phone}
    by_email = {person.email.lower(): person for person in people if person.email}
    by_digest = {p.citizen_id_digest: p for p in people if p.citizen_id_digest}
    matches: dict[int, User] = {}
    for row in rows:
        found = {
            person.pk: person
            for person in (
                by_phone.get(row.phone or ""),
                by_email.get(row.email),
                by_digest.get(_digest(row.citizen_id) if row.citizen_id else ""),
            )
            if person is not None
        }
        if len(found) > 1:
            issues.append(RowIssue(row.line, Reason.MATCHES_SEVERAL_PEOPLE))
        elif found:
            matches[row.line] = next(iter(found.values()))
    return matches


def _digest(citizen_id: str) -> str:
    # The profile's key, so a citizen ID typed in a roster matches one saved in a profile.
    return citizen_id_digest(citizen_id, key=citizen_id_key())


def _fill_empty_fields(person: User, placement: _Placement) -> bool:
    """Complete a registered person's empty unit, group and organisation; whether any was."""
    changed = False
    if person.unit_id is None:
        person.unit = placement.unit
        changed = True
    if person.target_group_id is None:
        person.target_group = placement.group
        changed = True
    if person.organisation_id is None and placement.organisation is not None:
        person.organisation = placement.organisation
        changed = True
    return changed


def _new_person(row: RosterRow, placement: _Placement) -> User:
    person = User(
        username=f"u{secrets.token_hex(8)}",
        full_name=row.name,
        phone=row.phone,
        email=row.email,
        birth_year=row.birth_year,
        unit=placement.unit,
        target_group=placement.group,
        organisation=placement.organisation,
        invited_at=timezone.now(),
        is_active=True,
    )
    if row.citizen_id:
        person.citizen_id_digest = _digest(row.citizen_id)
        person.citizen_id_last_digits = row.citizen_id[-3:]
    person.set_unusable_password()
    return person


def send_invitations(*, person_ids: list[int]) -> int:
    """Tell each invited person how to choose a password (best effort); return how many were
    sent. People who have since set a password or been erased are skipped."""
    url = settings.SITE_URL + reverse("accounts:password-reset")
    people = User.objects.filter(pk__in=person_ids, erased_at__isnull=True).order_by("pk")
    sent = 0
    with translation.override("vi"):
        for person in people:
            if person.has_usable_password():
                continue
            destination = person.phone or person.email
            if not destination:
                continue
            message = _(
                "You have been registered on the Digital Literacy for All portal. "
                "Choose your password at %(url)s: enter this number or e-mail and the code "
                "we send you."
            ) % {"url": url}
            try:
                senders.sender_for(destination).send(destination=destination, message=message)
            except DomainError:
                logger.warning("Could not send the roster invitation to person %s", person.pk)
            else:
                sent += 1
    return sent
