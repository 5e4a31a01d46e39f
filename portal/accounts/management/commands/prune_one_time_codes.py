"""python manage.py prune_one_time_codes: delete one-time codes older than a day (run daily)."""

from typing import Any

from django.core.management.base import BaseCommand

from portal.accounts.services.registration import prune_one_time_codes


class Command(BaseCommand):
    help = "Delete one-time codes older than a day: they hold phone numbers and e-mails."

    def handle(self, *args: Any, **options: Any) -> None:
        deleted = prune_one_time_codes()
        self.stdout.write(f"One-time codes deleted: {deleted}")
