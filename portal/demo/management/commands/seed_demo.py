"""python manage.py seed_demo [--password PW] [--residents N]: build the Yên Bái / Lào Cai demo.

Idempotent: a second run adds nothing, except residents up to a larger --residents.
"""

import time
from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.assessment.services import bank as assessment_bank
from portal.assessment.services import framework as assessment_framework
from portal.campaign import services as campaign_services
from portal.campaign.services import indicators as campaign_indicators
from portal.campaign.services import targets as campaign_targets
from portal.core import services as core_services
from portal.demo import accounts as demo_accounts
from portal.demo import assessments as demo_assessments
from portal.demo import denominators as demo_denominators
from portal.demo import learning as demo_learning
from portal.demo import reports as demo_reports
from portal.demo import residents as demo_residents
from portal.learning.demo import seed as learning_seed
from portal.news.demo import seed as news_seed

UNIT_DATA = campaign_services.DATA_DIR
UNIT_FILES = (
    ("admin_units_yen_bai_2025-03.csv", date(2025, 3, 1)),
    ("admin_units_lao_cai_2025-07.csv", date(2025, 7, 1)),
)
MERGE_FILE = ("admin_unit_merges_lao_cai_2025-07.csv", date(2025, 7, 1))
DEFAULT_RESIDENTS = 3000
TOTP_HINT = "Mã xác thực hai lớp (TOTP): .venv/bin/python manage.py demo_totp_code USERNAME"


class Command(BaseCommand):
    help = (
        "Load the demo province: units and the 2025 merger, target groups, news, static pages, "
        "courses and learning paths, demo accounts, organisations and synthetic residents."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--password",
            help="Password for every demo account; without it new accounts get random ones.",
        )
        parser.add_argument(
            "--residents",
            type=int,
            default=DEFAULT_RESIDENTS,
            help=f"How many synthetic residents to have (default {DEFAULT_RESIDENTS}).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not 0 <= options["residents"] <= demo_residents.MAX_RESIDENTS:
            raise CommandError(f"--residents must be 0 to {demo_residents.MAX_RESIDENTS}")
        for file_name, valid_from in UNIT_FILES:
            report = campaign_services.import_units_csv(
                path=UNIT_DATA / file_name, valid_from=valid_from
            )
            self.stdout.write(f"{file_name}: {report.created} units created")
        merge_file, effective_on = MERGE_FILE
        merges = campaign_services.import_unit_merges_csv(
            path=UNIT_DATA / merge_file, effective_on=effective_on
        )
        self.stdout.write(
            f"{merge_file}: {merges.recorded} successions recorded, {merges.closed_units} "
            f"units closed, {merges.skipped_unknown_province} rows of other provinces skipped"
        )
        campaign_services.ensure_default_target_groups()
        estimates = demo_denominators.ensure_demo_denominators()
        self.stdout.write(
            f"Denominators: {len(estimates.rows)} rows ({estimates.created} created, "
            f"{estimates.updated} updated, {estimates.unchanged} unchanged)"
        )
        self.stdout.write(f"Targets: {campaign_targets.ensure_default_targets()} defaults added")
        framework = assessment_framework.import_framework()
        self.stdout.write(
            f"Competence framework: {framework.areas} domains, {framework.competences} competences"
        )
        items = assessment_bank.import_items(
            text=(assessment_framework.DATA / "demo_items.csv").read_text(encoding="utf-8")
        )
        self.stdout.write(
            f"Item bank: {items.created} created, {items.updated} updated, "
            f"{items.unchanged} unchanged"
        )
        created = news_seed.seed_news()
        self.stdout.write(f"News: {created} pages created")
        learning = learning_seed.seed_learning(stdout=self.stdout)
        self.stdout.write(
            f"Learning: {learning.pages_created} pages, {learning.images_created} images, "
            f"{learning.paths_created} learning paths and {learning.scorm_packages_imported} "
            f"SCORM packages created ({learning.seconds:.1f} s)"
        )
        # Cheap at demo size, and it covers databases created before the index existed.
        indexed = core_services.rebuild_search_index()
        self.stdout.write(f"Search index: {indexed} pages")
        organisations = demo_residents.ensure_demo_organisations()
        logins = demo_accounts.ensure_demo_accounts(
            password=options["password"], school=organisations.managed_school
        )
        # After the organisations and accounts: reports name both (reporters and reviewers).
        reported = demo_reports.ensure_demo_reports()
        self.stdout.write(
            f"Aggregate reports: {reported.reports} created, {reported.existing} kept"
        )
        started = time.perf_counter()
        residents = demo_residents.ensure_demo_residents(
            count=options["residents"], organisations=organisations
        )
        self.stdout.write(
            f"Residents: {residents.created} created, {residents.existing} already there "
            f"({time.perf_counter() - started:.1f} s)"
        )
        started = time.perf_counter()
        taken = demo_assessments.ensure_demo_assessments()
        self.stdout.write(
            f"Self-assessments: {taken.attempts} attempts written ({taken.confirmed} confirmed, "
            f"{taken.basic} reached basic skills; {time.perf_counter() - started:.1f} s)"
        )
        started = time.perf_counter()
        learned = demo_learning.ensure_demo_learning()
        self.stdout.write(
            f"Learning progress: {learned.learners} learners, {learned.courses_completed} "
            f"courses and {learned.paths_completed} learning paths completed "
            f"({time.perf_counter() - started:.1f} s)"
        )
        # The demo writes its self-assessment records in bulk, past the incremental figures.
        rebuilt = campaign_indicators.rebuild()
        self.stdout.write(
            f"Indicator figures: {rebuilt.people} first attainments, "
            f"{rebuilt.day_counts} unit-day counts"
        )
        self._report_logins(logins)
        if taken.open_session_code:
            self.stdout.write(
                f"Supervised session open now (commune.manager, Xã Trạm Tấu): code "
                f"{taken.open_session_code}"
            )

    def _report_logins(self, logins: list[demo_accounts.DemoLogin]) -> None:
        """Write var/demo_logins.txt: new passwords replace old lines, other lines are kept."""
        logins_file = Path(settings.VAR_DIR) / "demo_logins.txt"
        if logins:
            known = self._known_logins(logins_file)
            known.update({login.username: login for login in logins})
            lines = [
                f"{login.username:<17} {login.password:<16} {login.role}"
                for account in demo_accounts.DEMO_ACCOUNTS
                if (login := known.get(account.username))
            ]
            logins_file.parent.mkdir(parents=True, exist_ok=True)
            logins_file.write_text("\n".join([*lines, TOTP_HINT]) + "\n", encoding="utf-8")
            logins_file.chmod(0o600)
        text = logins_file.read_text(encoding="utf-8") if logins_file.exists() else ""
        self.stdout.write("\nDemo logins (admin at /admin/):")
        self.stdout.write(text or "  unchanged; run seed_demo --password NEW to reset them\n")

    def _known_logins(self, logins_file: Path) -> dict[str, demo_accounts.DemoLogin]:
        """The current demo accounts' lines of an earlier logins file."""
        roles = {account.username: account.role for account in demo_accounts.DEMO_ACCOUNTS}
        known = {}
        if logins_file.exists():
            for line in logins_file.read_text(encoding="utf-8").splitlines():
                parts = line.split(maxsplit=2)
                if len(parts) >= 2 and parts[0] in roles:
                    known[parts[0]] = demo_accounts.DemoLogin(parts[0], parts[1], roles[parts[0]])
        return known
