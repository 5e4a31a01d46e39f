"""python manage.py seed_demo [--password PW]: build the Yên Bái / Lào Cai demo (idempotent)."""

from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from portal.accounts import services as accounts_services
from portal.campaign import services as campaign_services
from portal.core import services as core_services
from portal.news.demo import seed as news_seed

UNIT_DATA = Path(campaign_services.__file__).resolve().parent / "data"
UNIT_FILES = (
    ("admin_units_yen_bai_2025-03.csv", date(2025, 3, 1)),
    ("admin_units_lao_cai_2025-07.csv", date(2025, 7, 1)),
)


class Command(BaseCommand):
    help = "Load the demo province: units, target groups, news, static pages and staff accounts."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--password",
            help="Password for every demo account; without it new accounts get random ones.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        for file_name, valid_from in UNIT_FILES:
            report = campaign_services.import_units_csv(
                path=UNIT_DATA / file_name, valid_from=valid_from
            )
            self.stdout.write(f"{file_name}: {report.created} units created")
        campaign_services.ensure_default_target_groups()
        created = news_seed.seed_news()
        self.stdout.write(f"News: {created} pages created")
        # Cheap at demo size, and it covers databases created before the index existed.
        indexed = core_services.rebuild_search_index()
        self.stdout.write(f"Search index: {indexed} pages")
        logins = accounts_services.ensure_demo_staff(password=options["password"])
        self._report_logins(logins)

    def _report_logins(self, logins: list[accounts_services.DemoLogin]) -> None:
        logins_file = Path(settings.VAR_DIR) / "demo_logins.txt"
        if logins:
            lines = [f"{login.username:<14} {login.password:<16} {login.role}" for login in logins]
            logins_file.parent.mkdir(parents=True, exist_ok=True)
            logins_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
            logins_file.chmod(0o600)
        text = logins_file.read_text(encoding="utf-8") if logins_file.exists() else ""
        self.stdout.write("\nDemo logins (admin at /admin/):")
        self.stdout.write(text or "  unchanged; run seed_demo --password NEW to reset them\n")
