"""Importing denominators (people per target group, unit and year) from CSV, XLSX or rows.

All rows or none: a file with any bad row writes nothing, and the report lists every problem
by line. Otherwise each (unit, group, year) is created or updated, with its source.
"""

import csv
import io
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import openpyxl
from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl.utils.exceptions import InvalidFileException

from portal.accounts.models import User
from portal.campaign.domain import denominators as rules
from portal.campaign.domain.denominators import Notice, Problem, RowProblem, UnitSpan
from portal.campaign.models import AdministrativeUnit, Denominator, TargetGroup
from portal.core.exceptions import DomainError

XLSX_MAGIC = b"PK\x03\x04"
# A title row or two may sit above the header in files made from official forms.
HEADER_SEARCH_ROWS = 10
MAX_COLUMNS = 20
# Every commune of a province, four groups, sixteen years fits many times over.
MAX_ROWS = 50_000

MESSAGES: dict[Problem | Notice, Promise] = {
    Problem.MISSING_COLUMNS: gettext_lazy(
        "Missing column(s): %(columns)s. The first row must name the columns unit_code, "
        "group, year and count."
    ),
    Problem.NO_ROWS: gettext_lazy("The file has a header but no rows under it."),
    Problem.UNIT_MISSING: gettext_lazy("The unit code is missing."),
    Problem.UNIT_UNKNOWN: gettext_lazy("Unknown unit code “%(value)s”."),
    Problem.UNIT_NOT_IN_YEAR: gettext_lazy(
        "No unit with code %(code)s existed in %(year)s (units with this code: %(units)s)."
    ),
    Problem.UNIT_AMBIGUOUS: gettext_lazy(
        "Several units had code %(code)s in %(year)s (%(units)s): add a unit_valid_from "
        "column with the day the intended unit came into being (YYYY-MM-DD)."
    ),
    Problem.UNIT_VALID_FROM_INVALID: gettext_lazy(
        "“%(value)s” is not a date: write unit_valid_from as YYYY-MM-DD."
    ),
    Problem.UNIT_VALID_FROM_UNKNOWN: gettext_lazy(
        "No unit with code %(code)s came into being on %(valid_from)s (units with this "
        "code: %(units)s)."
    ),
    Problem.GROUP_MISSING: gettext_lazy("The target group is missing."),
    Problem.GROUP_UNKNOWN: gettext_lazy("Unknown target group “%(value)s”: use %(known)s."),
    Problem.YEAR_MISSING: gettext_lazy("The year is missing."),
    Problem.YEAR_INVALID: gettext_lazy("“%(value)s” is not a year."),
    Problem.YEAR_OUT_OF_RANGE: gettext_lazy("The year %(value)s is outside %(first)s–%(last)s."),
    Problem.COUNT_MISSING: gettext_lazy("The count is missing."),
    Problem.COUNT_NOT_A_NUMBER: gettext_lazy("The count “%(value)s” is not a number."),
    Problem.COUNT_NEGATIVE: gettext_lazy("The count %(value)s is negative."),
    Problem.COUNT_NOT_WHOLE: gettext_lazy(
        "The count “%(value)s” is not a whole number: write it with digits only, without "
        "decimal or thousands separators."
    ),
    Problem.COUNT_TOO_LARGE: gettext_lazy("The count %(value)s is larger than %(limit)s."),
    Problem.NOTE_TOO_LONG: gettext_lazy("The source note is longer than %(limit)s characters."),
    Problem.DUPLICATE: gettext_lazy(
        "Same unit, group and year as line %(first_line)s (%(unit)s, %(year)s)."
    ),
    Notice.REUSED_CODE_RESOLVED: gettext_lazy(
        "Code %(code)s named several units in %(year)s; used %(unit)s, the one valid on "
        "1 July (other: %(others)s). Add unit_valid_from to choose another."
    ),
}


class DenominatorFileError(DomainError):
    """The file as a whole cannot be read (type, encoding, size); nothing was written."""


class RowStatus(models.TextChoices):
    """What became of one good row."""

    CREATED = "created", gettext_lazy("new figure")
    UPDATED = "updated", gettext_lazy("figure changed")
    UNCHANGED = "unchanged", gettext_lazy("figure unchanged")


@dataclass(frozen=True, slots=True)
class RowMessage:
    """A problem or a notice about one line of the file, worded in the active language."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What a good row did (or would have done had the file had no bad row)."""

    line: int
    unit: str
    group: str
    year: int
    count: int
    status: RowStatus


@dataclass(slots=True)
class DenominatorReport:
    """What an import did; with errors, nothing was written."""

    rows: list[RowOutcome] = field(default_factory=list)
    errors: list[RowMessage] = field(default_factory=list)
    notices: list[RowMessage] = field(default_factory=list)
    is_written: bool = False

    @property
    def is_rejected(self) -> bool:
        """Whether the file had bad rows (and nothing was written)."""
        return bool(self.errors)

    def count(self, status: RowStatus) -> int:
        """How many good rows ended with status."""
        return sum(1 for row in self.rows if row.status == status)

    @property
    def created(self) -> int:
        """Rows that added a figure."""
        return self.count(RowStatus.CREATED)

    @property
    def updated(self) -> int:
        """Rows that changed a stored figure, its source or its note."""
        return self.count(RowStatus.UPDATED)

    @property
    def unchanged(self) -> int:
        """Rows equal to the stored figure."""
        return self.count(RowStatus.UNCHANGED)


def message_for(problem: RowProblem) -> RowMessage:
    """The sentence (active language) for one problem or notice."""
    return RowMessage(problem.line, str(MESSAGES[problem.problem]) % dict(problem.data))


def import_denominators(
    *,
    rows: Iterable[Mapping[str, object]] | None = None,
    content: bytes | None = None,
    filename: str = "",
    source: str,
    source_note: str = "",
    actor: User | None = None,
) -> DenominatorReport:
    """Create or update denominators from rows (line 2 onwards) or a .csv/.xlsx file; all or none.

    A row's own source_note wins over source_note. Raises DenominatorFileError when the file
    cannot be read at all; bad rows are returned in the report, with nothing written.
    """
    if source not in Denominator.Source.values:
        raise ValueError(f"unknown denominator source {source!r}")
    if len(source_note) > rules.MAX_NOTE_LENGTH:
        raise DomainError(str(MESSAGES[Problem.NOTE_TOO_LONG]) % {"limit": rules.MAX_NOTE_LENGTH})
    if rows is not None:
        header_line, header, data = _mapping_rows(rows)
    elif content is not None:
        header_line, header, data = _file_rows(content, filename)
    else:
        raise ValueError("give rows or content")
    report = DenominatorReport()
    missing = rules.missing_columns(header)
    if missing:
        problem = RowProblem(header_line, Problem.MISSING_COLUMNS, {"columns": ", ".join(missing)})
        report.errors.append(message_for(problem))
        return report
    if not data:
        report.errors.append(message_for(RowProblem(header_line, Problem.NO_ROWS)))
        return report
    groups = {group.code: group for group in TargetGroup.objects.all()}
    valid, problems, notices = rules.validate_rows(
        data, units_by_code=_units_by_code(), group_codes=groups
    )
    report.errors = [message_for(problem) for problem in problems]
    report.notices = [message_for(notice) for notice in notices]
    existing = _existing(valid, groups)
    changed: list[Denominator] = []
    for row in valid:
        group = groups[row.group_code]
        note = row.source_note or source_note
        stored = existing.get((row.unit.id, group.pk, row.year))
        if stored is None:
            status = RowStatus.CREATED
            changed.append(
                Denominator(
                    unit_id=row.unit.id,
                    target_group=group,
                    year=row.year,
                    count=row.count,
                    source=source,
                    source_note=note,
                    updated_by=actor,
                )
            )
        elif (stored.count, stored.source, stored.source_note) != (row.count, source, note):
            status = RowStatus.UPDATED
            stored.count, stored.source, stored.source_note = row.count, source, note
            stored.updated_by = actor
            changed.append(stored)
        else:
            status = RowStatus.UNCHANGED
        report.rows.append(
            RowOutcome(row.line, row.unit.label(), row.group_code, row.year, row.count, status)
        )
    if report.errors:
        return report
    _save(changed)
    report.is_written = True
    return report


def _save(changed: Sequence[Denominator]) -> None:
    # bulk_update skips auto_now, so the time is set here.
    now = timezone.now()
    new = [row for row in changed if row.pk is None]
    old = [row for row in changed if row.pk is not None]
    for row in old:
        row.updated_at = now
    with transaction.atomic():
        Denominator.objects.bulk_create(new, batch_size=500)
        Denominator.objects.bulk_update(
            old,
            ["count", "source", "source_note", "updated_by", "updated_at"],
            batch_size=500,
        )


def _units_by_code() -> dict[str, list[UnitSpan]]:
    units: dict[str, list[UnitSpan]] = defaultdict(list)
    for unit in AdministrativeUnit.objects.order_by("code", "valid_from").only(
        "id", "code", "name", "valid_from", "valid_to"
    ):
        units[unit.code].append(
            UnitSpan(unit.pk, unit.code, unit.name, unit.valid_from, unit.valid_to)
        )
    return units


def _existing(
    rows: Sequence[rules.DenominatorRow], groups: Mapping[str, TargetGroup]
) -> dict[tuple[int, int, int], Denominator]:
    if not rows:
        return {}
    stored = Denominator.objects.filter(
        unit_id__in=sorted({row.unit.id for row in rows}),
        year__in=sorted({row.year for row in rows}),
        target_group__in=[groups[code] for code in sorted({row.group_code for row in rows})],
    )
    return {(row.unit_id, row.target_group_id, row.year): row for row in stored}


# Reading rows


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


Lines = list[tuple[int, dict[str, str]]]


def _mapping_rows(rows: Iterable[Mapping[str, object]]) -> tuple[int, list[str], Lines]:
    """Rows given as mappings: the header is line 1, so the first row is line 2."""
    header: list[str] = []
    data: Lines = []
    for line, raw in enumerate(rows, start=2):
        cells: dict[str, str] = {}
        for key, value in raw.items():
            column = rules.normalise_header(key)
            if column not in header:
                header.append(column)
            cells.setdefault(column, cell_text(value))
        if any(cells.values()):
            data.append((line, cells))
    return 1, header, data


def _file_rows(content: bytes, filename: str) -> tuple[int, list[str], Lines]:
    name = filename.lower()
    if name.endswith(".xlsx"):
        lines = _xlsx_lines(content)
    elif name.endswith(".csv"):
        lines = _csv_lines(content)
    else:
        raise DenominatorFileError(_("Give a CSV file (UTF-8) or an Excel workbook (.xlsx)."))
    head: list[tuple[int, list[str]]] = []
    header_at: int | None = None
    for line, cells in lines:
        if any(cells):
            head.append((line, cells))
            if "unit_code" in {rules.normalise_header(cell) for cell in cells}:
                header_at = len(head) - 1
                break
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    if not head:
        raise DenominatorFileError(_("The file is empty."))
    if header_at is None:
        header_at = 0
    header_line, header_cells = head[header_at]
    header = [rules.normalise_header(cell) for cell in header_cells]
    data: Lines = []
    for line, cells in [*head[header_at + 1 :], *lines]:
        if not any(cells):
            continue
        mapped: dict[str, str] = {}
        for column, cell in zip(header, cells, strict=False):
            mapped.setdefault(column, cell)
        data.append((line, mapped))
        if len(data) > MAX_ROWS:
            raise DenominatorFileError(
                _("The file has more than %(limit)s rows; split it into smaller files.")
                % {"limit": MAX_ROWS}
            )
    return header_line, header, data


def _csv_lines(content: bytes) -> Iterator[tuple[int, list[str]]]:
    """Rows of a UTF-8 CSV (BOM optional; comma, semicolon or tab) with their first line."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DenominatorFileError(_not_text_message()) from error
    if "\x00" in text:
        raise DenominatorFileError(_not_text_message())
    # A title row above the header may hold no separator: look at the first rows together.
    head = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    delimiter = max((",", ";", "\t"), key=head.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return _numbered(reader)


def _numbered(reader: Any) -> Iterator[tuple[int, list[str]]]:
    # A quoted cell may span lines: a row is numbered by the line it starts on.
    end = 0
    for cells in reader:
        start, end = end + 1, reader.line_num
        yield start, [cell.strip() for cell in cells[:MAX_COLUMNS]]


def _not_text_message() -> str:
    return _("This file is not a CSV text file. In Excel, save it as “CSV UTF-8”.")


def _xlsx_lines(content: bytes) -> Iterator[tuple[int, list[str]]]:
    """Rows of the first sheet of an XLSX workbook, with their row numbers."""
    not_xlsx = _(
        "This file is not a real Excel workbook (.xlsx). Open it in Excel and save it again, "
        "or save it as CSV."
    )
    if not content.startswith(XLSX_MAGIC):
        raise DenominatorFileError(not_xlsx)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, IndexError) as error:
        raise DenominatorFileError(not_xlsx) from error
    return _sheet_lines(sheet, workbook)


def _sheet_lines(sheet: Any, workbook: Any) -> Iterator[tuple[int, list[str]]]:
    # Blank rows count too, so a sheet of a million empty rows is refused, not walked.
    budget = MAX_ROWS * 2 + HEADER_SEARCH_ROWS
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > budget:
                raise DenominatorFileError(
                    _("The file has more than %(limit)s rows; split it into smaller files.")
                    % {"limit": MAX_ROWS}
                )
            yield number, [cell_text(value) for value in values[:MAX_COLUMNS]]
    finally:
        workbook.close()
