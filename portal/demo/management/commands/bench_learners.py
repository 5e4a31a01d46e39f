"""python manage.py bench_learners N --output FILE: signed-in sessions for make bench.

`make bench` loads lesson pages as signed-in learners (each view records where the learner is)
and the SCORM runtime's commit endpoint. Each simulated learner needs an account enrolled in the
demo courses and a browser session. This command takes N of the synthetic residents seed_demo
created (``is_demo_data``, never a real person), enrols them in every live course, opens a
session for each (earlier bench sessions are deleted first) and writes to FILE (mode 600), as
JSON, the session keys, a CSRF secret, the addresses of the live reading lessons and the ids
of the SCORM lessons. It refuses to run unless the database holds seed_demo's residents.
"""

import json
import os
from argparse import ArgumentParser
from importlib import import_module
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.crypto import get_random_string

from portal.accounts.models import User
from portal.demo.residents import residents_for_bench
from portal.learning.models import CoursePage, LessonPage, ScormLessonPage
from portal.learning.services import progress

MAX_LEARNERS = 256


class Command(BaseCommand):
    help = "Open signed-in sessions for N demo residents enrolled in the demo courses."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("count", type=int, help=f"How many learners (1-{MAX_LEARNERS}).")
        parser.add_argument("--output", type=Path, required=True, help="JSON file to write.")

    def handle(self, *args: Any, **options: Any) -> None:
        count: int = options["count"]
        output: Path = options["output"]
        if not 1 <= count <= MAX_LEARNERS:
            raise CommandError(f"count must be from 1 to {MAX_LEARNERS}, got {count}")
        if not output.parent.is_dir():
            raise CommandError(f"No such folder: {output.parent}")
        try:
            people = residents_for_bench(count)
        except ValueError as error:
            raise CommandError(str(error)) from error
        courses = list(CoursePage.objects.live().order_by("path"))
        lessons = [page.url for page in LessonPage.objects.live().order_by("path") if page.url]
        scorm = list(ScormLessonPage.objects.live().order_by("path").values_list("pk", flat=True))
        if not lessons:
            raise CommandError("No live lessons; run seed_demo first")
        with transaction.atomic():
            for person in people:
                for course in courses:
                    progress.enrol(person=person, course=course)
            sessions = [self._session(person) for person in people]
        descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(
                {
                    "session_cookie": settings.SESSION_COOKIE_NAME,
                    "csrf_cookie": settings.CSRF_COOKIE_NAME,
                    "sessions": sessions,
                    "lessons": lessons,
                    "scorm_lessons": scorm,
                },
                handle,
            )
        self.stdout.write(
            f"{len(sessions)} bench learners, {len(lessons)} lessons, {len(scorm)} SCORM "
            f"lessons; sessions in {output}"
        )

    @staticmethod
    def _session(person: User) -> dict[str, str]:
        """A signed-in session as the sign-in page would open it (it expires as usual)."""
        store = import_module(settings.SESSION_ENGINE).SessionStore()
        store[SESSION_KEY] = str(person.pk)
        store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]
        store[HASH_SESSION_KEY] = person.get_session_auth_hash()
        store.create()
        # Django's CSRF check compares the cookie with the header; 32 letters and digits.
        return {"session": store.session_key or "", "csrf": get_random_string(32)}
