"""python manage.py rebuild_search_index: re-index every live searchable page."""

from typing import Any

from django.core.management.base import BaseCommand

from portal.core import services


class Command(BaseCommand):
    help = "Rebuild the public full-text search index from the published pages."

    def handle(self, *args: Any, **options: Any) -> None:
        count = services.rebuild_search_index()
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} pages."))
