"""python manage.py export_xapi: the learning records as xAPI statements, for a learning record
store (LRS) or an archive."""

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from portal.learning.selectors import xapi as selectors_xapi


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise CommandError(f"not an ISO 8601 date or time: {text!r}") from error
    # A bare date or time without an offset is UTC, as xAPI timestamps are compared.
    moment = moment if timezone.is_aware(moment) else moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError as error:
        raise CommandError(f"out of range: {text!r}") from error


class Command(BaseCommand):
    help = (
        "Write the xAPI 1.0.3 statements of learning events in the order they were stored, "
        "as JSON Lines: one statement per line, UTF-8. JSON Lines streams any number of "
        "statements, can be appended to, split and resumed, and each line can be POSTed to "
        "an LRS's /statements endpoint as it is (or batched into arrays). Actors are opaque "
        "account numbers, never names or phone numbers. --since is exclusive and --until "
        "inclusive, on the time a statement was stored, like xAPI's since/until."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--since", type=_moment, help="Only statements stored after this ISO 8601 time."
        )
        parser.add_argument(
            "--until", type=_moment, help="Only statements stored up to this ISO 8601 time."
        )
        parser.add_argument(
            "--output", "-o", default="-", help="File to write (default: standard output)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        since, until = options["since"], options["until"]
        if since and until and since >= until:
            raise CommandError("--since must be before --until")
        statements = selectors_xapi.statements_stored(since=since, until=until)
        output = options["output"]
        if output == "-":
            count = self._write(statements, lambda line: self.stdout.write(line, ending=""))
        else:
            try:
                with open(output, "w", encoding="utf-8") as handle:
                    count = self._write(statements, handle.write)
            except OSError as error:
                raise CommandError(f"cannot write {output}: {error.strerror}") from error
        # The count goes to stderr, so that standard output holds only statements.
        self.stderr.write(f"Statements written: {count}")

    def _write(self, statements: Any, write: Callable[[str], object]) -> int:
        count = 0
        for body in selectors_xapi.statement_bodies(statements):
            write(json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
        return count
