"""python manage.py rebuild_indicators [--check]: recompute the indicator figures from the
attainment records.

The figures are kept up to date with every record; this recomputes them from scratch with the
same rule and says how many rows differed (0 when the incremental figures were right). Use it
after restoring a database or importing records in bulk. `--check` only compares.
"""

import time
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from portal.campaign.services import indicators


class Command(BaseCommand):
    help = "Recompute the indicator figures from the attainment records (--check: compare only)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--check",
            action="store_true",
            help="Compare only; exit with an error when the stored figures differ.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        report = indicators.rebuild(dry_run=options["check"])
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"{report.people} first attainments, {report.day_counts} unit-day counts; "
            f"{report.differences} rows differed from the stored figures ({seconds:.1f} s)"
        )
        if options["check"] and report.differences:
            raise CommandError(f"{report.differences} rows differ; run rebuild_indicators")
