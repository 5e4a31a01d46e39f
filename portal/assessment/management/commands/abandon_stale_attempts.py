"""python manage.py abandon_stale_attempts"""

from typing import Any

from django.core.management.base import BaseCommand

from portal.assessment.services import attempts


class Command(BaseCommand):
    help = "Mark attempts left unfinished longer than the settings allow as abandoned."

    def handle(self, *args: Any, **options: Any) -> None:
        count = attempts.abandon_stale_attempts()
        self.stdout.write(self.style.SUCCESS(f"{count} attempt(s) abandoned."))
