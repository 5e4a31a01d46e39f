"""python manage.py bench_test_takers N --output FILE: API tokens for N demo residents (make bench).

`make bench` loads the self-assessment API with many simulated test-takers at once. Each needs
an account that may start an attempt and a personal access token for the citizen app's API.
This command takes N of the synthetic residents seed_demo created (``is_demo_data``, never a
real person), gives each a fresh token named "make bench" (earlier bench tokens are deleted,
so re-running does not pile them up), lets the demo site retake at once (cooldown 0 hours,
only in the database the benchmark owns) and writes the tokens to FILE (mode 600) as JSON.
It refuses to run unless the database holds seed_demo's residents, so it cannot touch real
accounts.
"""

import json
import os
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import APIToken

from portal.assessment.models import AssessmentSettings
from portal.demo.residents import residents_for_bench

TOKEN_NAME = "make bench"  # noqa: S105 -- a label, not a secret


class Command(BaseCommand):
    help = "Give N demo residents an API token for make bench and write the tokens to a file."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("count", type=int, help="How many test-takers (1-1000).")
        parser.add_argument("--output", type=Path, required=True, help="JSON file to write.")

    def handle(self, *args: Any, **options: Any) -> None:
        count: int = options["count"]
        output: Path = options["output"]
        if not 1 <= count <= 1000:
            raise CommandError(f"count must be from 1 to 1000, got {count}")
        if not output.parent.is_dir():
            raise CommandError(f"No such folder: {output.parent}")
        try:
            people = residents_for_bench(count)
        except ValueError as error:
            raise CommandError(str(error)) from error
        with transaction.atomic():
            APIToken.objects.filter(name=TOKEN_NAME, user__is_demo_data=True).delete()
            tokens = [APIToken.create_token(user=person, name=TOKEN_NAME)[1] for person in people]
            policy = AssessmentSettings.load()
            policy.retake_cooldown_hours = 0
            policy.save(update_fields=["retake_cooldown_hours"])
        descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"tokens": tokens}, handle)
        self.stdout.write(f"{len(tokens)} bench test-takers; tokens in {output}")
