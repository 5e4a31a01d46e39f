"""python manage.py import_unit_merges FILE.csv --on 2025-07-01"""

from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand

from portal.campaign import services
from portal.core.management.imports import run_import


class Command(BaseCommand):
    help = (
        "Record which old units became which new unit on a day (columns new_code, old_code, "
        "old_province_code, merge_type). Load both unit files first."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--on",
            type=date.fromisoformat,
            required=True,
            help="The day the new units came into being (YYYY-MM-DD), e.g. 2025-07-01.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        report = run_import(
            self,
            options["file"],
            lambda path: services.import_unit_merges_csv(path=path, effective_on=options["on"]),
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Merges: {report.recorded} recorded, {report.unchanged} unchanged, "
                f"{report.skipped_unknown_province} skipped (former province not loaded), "
                f"{report.closed_units} units ended."
            )
        )
