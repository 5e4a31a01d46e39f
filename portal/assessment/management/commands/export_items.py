"""python manage.py export_items [FILE.csv] [--status STATUS ...]"""

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from portal.assessment.domain import items as items_domain
from portal.assessment.models import Item
from portal.assessment.services import bank


class Command(BaseCommand):
    help = (
        "Write the item bank (keys and parameters included) in the CSV format import_items reads."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path, nargs="?", help="Where to write; default stdout.")
        parser.add_argument(
            "--status", action="append", choices=Item.Status.values, help="Only these statuses."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        rows = bank.item_rows_for_export(statuses=options["status"])
        text = items_domain.format_item_csv(rows)
        path: Path | None = options["file"]
        if path is None:
            self.stdout.write(text, ending="")
            return
        if not path.parent.is_dir():
            raise CommandError(f"No such folder: {path.parent}")
        path.write_text(text, encoding="utf-8")
        self.stderr.write(f"Wrote {len(rows)} items to {path}")
