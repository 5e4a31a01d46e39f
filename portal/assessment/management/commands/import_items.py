"""python manage.py import_items FILE.csv"""

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from portal.assessment.services import bank
from portal.core.management.imports import run_import


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommandError(f"{path} is not UTF-8 text (save the CSV as UTF-8)") from error


class Command(BaseCommand):
    help = (
        "Create or update items of the assessment bank from the item CSV "
        "(format: portal/assessment/domain/items.py, README 'Item bank'). All rows or none."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        report = run_import(self, options["file"], lambda path: bank.import_items(text=_read(path)))
        self.stdout.write(
            self.style.SUCCESS(
                f"Items: {report.created} created, {report.updated} updated, "
                f"{report.unchanged} unchanged."
            )
        )
