"""python manage.py import_units FILE.csv [--valid-from DATE]"""

from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from portal.campaign import services


class Command(BaseCommand):
    help = "Load administrative units from a GSO CSV (code,name,level,parent_code,type)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--valid-from",
            type=date.fromisoformat,
            default=date(2025, 3, 1),
            help="The day these units came into being (YYYY-MM-DD); default 2025-03-01.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            report = services.import_units_csv(path=path, valid_from=options["valid_from"])
        except services.ImportRejectedError as error:
            for row_error in error.errors:
                self.stderr.write(f"line {row_error.line}: {row_error.message}")
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Units: {report.created} created, {report.updated} updated, "
                f"{report.unchanged} unchanged."
            )
        )
