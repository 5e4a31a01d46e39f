"""python manage.py import_units FILE.csv [--valid-from DATE]"""

from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand

from portal.campaign import services
from portal.core.management.imports import run_import


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
        report = run_import(
            self,
            options["file"],
            lambda path: services.import_units_csv(path=path, valid_from=options["valid_from"]),
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Units: {report.created} created, {report.updated} updated, "
                f"{report.unchanged} unchanged."
            )
        )
