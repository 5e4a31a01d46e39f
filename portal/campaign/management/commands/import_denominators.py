"""python manage.py import_denominators FILE [--source statistics|roster|estimate] [--note TEXT]

Loads how many people of each target group a unit has in a year (columns unit_code, group,
year, count; optional source_note and unit_valid_from) from a CSV (UTF-8) or XLSX file. All
rows or none: with any bad row, every problem is printed by line and nothing is written.
"""

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from portal.campaign.models import Denominator
from portal.campaign.services import denominators
from portal.core.exceptions import DomainError


class Command(BaseCommand):
    help = (
        "Load denominators (people per unit, target group and year) from a .csv or .xlsx file "
        "with columns unit_code, group, year, count and optionally source_note, "
        "unit_valid_from. All rows or none."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--source",
            choices=Denominator.Source.values,
            default=Denominator.Source.STATISTICS,
            help="Where the figures come from (default statistics).",
        )
        parser.add_argument(
            "--note",
            default="",
            help="Source details for rows without their own source_note, e.g. the yearbook "
            "table. Default: the file name.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            report = denominators.import_denominators(
                content=path.read_bytes(),
                filename=path.name,
                source=options["source"],
                source_note=options["note"] or path.name,
            )
        except DomainError as error:
            raise CommandError(str(error)) from error
        for problem in report.errors:
            self.stderr.write(_("line %(line)s: %(message)s") % _parts(problem))
        if report.is_rejected:
            raise CommandError(
                _("%(count)s problem(s) in the file; nothing was imported.")
                % {"count": len(report.errors)}
            )
        for notice in report.notices:
            self.stdout.write(self.style.WARNING(_("line %(line)s: %(message)s") % _parts(notice)))
        if options["verbosity"] >= 2:
            for row in report.rows:
                message = f"{row.unit}, {row.group}, {row.year}: {row.count} ({row.status.label})"
                self.stdout.write(
                    _("line %(line)s: %(message)s") % {"line": row.line, "message": message}
                )
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Denominators: %(created)s created, %(updated)s updated, "
                    "%(unchanged)s unchanged."
                )
                % {
                    "created": report.created,
                    "updated": report.updated,
                    "unchanged": report.unchanged,
                }
            )
        )


def _parts(row: denominators.RowMessage) -> dict[str, object]:
    return {"line": row.line, "message": row.message}
