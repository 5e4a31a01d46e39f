"""python manage.py import_framework [--framework FILE] [--levels FILE]"""

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from portal.assessment.services import framework as services


class Command(BaseCommand):
    help = "Load the digital competence framework (domains, competences, levels) from CSV."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--framework", type=Path, default=services.FRAMEWORK_FILE)
        parser.add_argument("--levels", type=Path, default=services.LEVELS_FILE)

    def handle(self, *args: Any, **options: Any) -> None:
        for path in (options["framework"], options["levels"]):
            if not path.is_file():
                raise CommandError(f"No such file: {path}")
        try:
            report = services.import_framework(
                framework_path=options["framework"], levels_path=options["levels"]
            )
        except services.FrameworkRejectedError as error:
            for file_name, line, message in error.errors:
                self.stderr.write(f"{file_name} line {line}: {message}")
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Framework: {report.areas} domains, {report.competences} competences, "
                f"{report.levels} levels."
            )
        )
