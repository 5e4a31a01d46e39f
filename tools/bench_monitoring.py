"""make bench, monitoring part: the campaign's figures over a province-sized record set.

Seeds the Lào Cai units (the former Yên Bái's communes before 1 July 2025, the new Lào Cai's
after, with the merger between them), the target groups, group sizes and default targets, then
`--people` people (1,000,000 by default) and three attainment records per person on average
(3,000,000): the facts monitoring counts, one per finished self-assessment or completed learning
path. Records fall on days from 2025-03-21 to today, in the person's former commune before the
merger and in their new commune after it; verdicts, confirmations and target groups are mixed.
Records are bulk-loaded (COPY on PostgreSQL, executemany in one transaction on SQLite), past
the incremental figures, so `rebuild` (the service behind `manage.py rebuild_indicators`) builds
those figures, and is timed; `rebuild(dry_run=True)` must then find no difference, and so must
it after a few hundred results written one by one through the incremental path.

Then, in-process (django.test.Client, no HTTP server), each read is requested repeatedly after a
warm-up and its p50/p95 reported: the progress API for the province and for one commune, as
the public and as a province manager (signed in, second factor verified, consent given); the
managers' dashboard page for both, when the portal has one; and the naive reference, a GROUP BY
over the raw records (people with a "basic" verdict by the day, per unit and target group, for
the same scope), whose ratio to the progress API is the figure to compare between machines.

Run by tools/bench.py (`--parts monitoring`), once per database, as a child process with its
own data directory (var/bench-monitoring/) so that Django is only loaded there; the driver
itself stays standard-library only.
"""

import argparse
import contextlib
import json
import math
import os
import random
import secrets
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "var" / "bench-monitoring"
RESULT_PREFIX = "BENCH-MONITORING-RESULT "
FIRST_DAY = date(2025, 3, 21)
MERGER_DAY = date(2025, 7, 1)
PROVINCE_CODE = "15"
# Share of people per target group (officials, students, adults, workers).
GROUP_WEIGHTS = (("officials", 0.05), ("students", 0.2), ("adults", 0.6), ("workers", 0.15))
RECORDS_PER_PERSON = (1, 5)  # uniform, so three on average
LATE_RESULTS = 300  # written one by one through record_attainment after the rebuild
P95_GOAL_MS = 50.0
REBUILD_GOAL_SECONDS = 60.0
CHUNK_ROWS = 100_000
USERNAME_PREFIX = "bench-m-"
MANAGER_USERNAME = "bench-monitoring-manager"


@dataclass(slots=True)
class Timing:
    """Latencies of one kind of read."""

    name: str
    seconds: list[float] = field(default_factory=list)
    queries: int = 0
    status: int = 0
    note: str = ""

    def percentile_ms(self, fraction: float) -> float:
        """Latency at fraction (nearest rank), in milliseconds."""
        if not self.seconds:
            return math.nan
        ordered = sorted(self.seconds)
        return ordered[max(1, math.ceil(fraction * len(ordered))) - 1] * 1000


@dataclass(slots=True)
class Outcome:
    """Everything one run on one database measured, as the child hands it to the driver."""

    database: str
    people: int = 0
    records: int = 0
    units_seconds: float = 0.0
    people_seconds: float = 0.0
    records_seconds: float = 0.0
    reused: bool = False
    rebuild_seconds: float = 0.0
    first_attainments: int = 0
    day_counts: int = 0
    rebuild_differences: int = -1
    check_seconds: float = 0.0
    late_results: int = 0
    late_differences: int = -1
    commune: str = ""
    timings: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# Driver side (standard library only) ------------------------------------------------------------


def run(
    *, people: int, seed: int, requests: int, database_url: str, reuse: bool
) -> tuple[Outcome, float]:
    """Run the measurement in a child process on one database; return it and its wall time."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    secret_file = DATA_DIR / "secret_key"
    if not secret_file.exists():
        secret_file.write_text(secrets.token_urlsafe(50) + "\n", encoding="utf-8")
        secret_file.chmod(0o600)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DEBUG", "REDIS_URL", "BENCHMARK_ENDPOINTS"}
    }
    env.update(
        VAR_DIR=str(DATA_DIR),
        SECRET_KEY_FILE=str(secret_file),
        DEBUG="0",
        ALLOWED_HOSTS="testserver,localhost",
        DJANGO_SETTINGS_MODULE="config.settings",
        PYTHONUNBUFFERED="1",
        LOG_LEVEL="WARNING",
        # Static files are not collected for an in-process run; WhiteNoise says so once.
        PYTHONWARNINGS="ignore:No directory at:UserWarning",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--people",
        str(people),
        "--seed",
        str(seed),
        "--requests",
        str(requests),
    ]
    if reuse:
        command.append("--reuse")
    started = time.monotonic()
    outcome: Outcome | None = None
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True, bufsize=1
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(RESULT_PREFIX):
                outcome = Outcome(**json.loads(line.removeprefix(RESULT_PREFIX)))
            else:
                print(line, end="", flush=True)
    if child.returncode != 0 or outcome is None:
        raise SystemExit(f"the monitoring measurement failed (exit code {child.returncode})")
    return outcome, time.monotonic() - started


def section(results: Sequence[Outcome], people: int, requests: int) -> list[str]:
    """The Markdown lines of the monitoring part, one table per database and the verdicts."""
    lines = [
        "### Monitoring: progress figures over 1,000,000 people"
        if people == 1_000_000
        else f"### Monitoring: progress figures over {people:,} people",
        "",
        "In-process (`django.test.Client`, no HTTP server, no page cache: every request is "
        f"computed), {requests} requests per row after 10 of warm-up, one after another. "
        "Records are attainment records (one per finished self-assessment or completed "
        "learning path), which is what the figures read; assessment attempts themselves are "
        "not seeded.",
    ]
    for outcome in results:
        lines += ["", *_database_lines(outcome)]
    lines += ["", *_verdicts(results)]
    return lines


def _database_lines(outcome: Outcome) -> list[str]:
    seeding = (
        "already seeded (reused)"
        if outcome.reused
        else f"people {outcome.people_seconds:.0f} s, records {outcome.records_seconds:.0f} s, "
        f"units, groups, sizes and targets {outcome.units_seconds:.0f} s"
    )
    lines = [
        f"**{outcome.database}**: {outcome.people:,} people, {outcome.records:,} attainment "
        f"records; seeding: {seeding}. `rebuild`: {outcome.rebuild_seconds:.1f} s "
        f"({outcome.first_attainments:,} first attainments, {outcome.day_counts:,} unit-day "
        f"counts); `rebuild(dry_run=True)` then found {outcome.rebuild_differences} differences "
        f"({outcome.check_seconds:.1f} s), and {outcome.late_differences} after "
        f"{outcome.late_results} more results written one by one through the incremental path.",
        "",
        "| Read | Requests | Queries | p50 ms | p95 ms | p99 ms | p50 vs naive |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    timings = [Timing(**item) for item in outcome.timings]
    naive = {t.name.split(", ")[0]: t for t in timings if t.name.startswith("naive")}
    for timing in timings:
        scope = "province" if "province" in timing.name else "commune"
        reference = naive.get(f"naive GROUP BY {scope}")
        ratio = (
            f"{timing.percentile_ms(0.5) / reference.percentile_ms(0.5):.3f}"
            if reference and reference.seconds and timing.seconds
            else "–"
        )
        lines.append(
            f"| {timing.name} | {len(timing.seconds)} | {timing.queries} "
            f"| {_number(timing.percentile_ms(0.5))} | {_number(timing.percentile_ms(0.95))} "
            f"| {_number(timing.percentile_ms(0.99))} | {ratio} |"
        )
    notes = [*outcome.notes, *(f"{t.name}: {t.note}" for t in timings if t.note)]
    if notes:
        lines += ["", *(f"- {note}" for note in notes)]
    return lines


def _verdicts(results: Sequence[Outcome]) -> list[str]:
    lines = []
    for outcome in results:
        timings = {item["name"]: Timing(**item) for item in outcome.timings}
        for name in ("dashboard, province", "progress API, province, manager"):
            timing = timings.get(name)
            if timing is None or not timing.seconds:
                lines.append(f"- **NOT MEASURED** {outcome.database}: {name}")
                continue
            p95 = timing.percentile_ms(0.95)
            where = "" if outcome.database.startswith("PostgreSQL") else ", set for PostgreSQL"
            lines.append(
                f"- **{'PASS' if p95 < P95_GOAL_MS else 'FAIL'}** {outcome.database}: {name} "
                f"p95 {p95:.1f} ms (goal: under {P95_GOAL_MS:.0f} ms{where})"
            )
        passed = outcome.rebuild_seconds < REBUILD_GOAL_SECONDS
        identical = outcome.rebuild_differences == 0 and outcome.late_differences == 0
        lines.append(
            f"- **{'PASS' if passed and identical else 'FAIL'}** {outcome.database}: rebuild "
            f"{outcome.rebuild_seconds:.1f} s (goal: under {REBUILD_GOAL_SECONDS:.0f} s), "
            f"incremental and rebuilt figures {'identical' if identical else 'DIFFER'}"
        )
    return lines


def _number(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.1f}"


# Child side: Django, seeding and measuring ------------------------------------------------------


def child_main(argv: Sequence[str]) -> int:
    """Seed (unless reusable), rebuild, check and measure; print the outcome as one JSON line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        os.environ["DATABASE_URL"] = _own_database(os.environ["DATABASE_URL"])
    # Django is loaded here only, in the child: the driver (tools/bench.py) stays stdlib-only.
    import django

    django.setup()
    outcome = measure_database(
        people=args.people, seed=args.seed, requests=args.requests, reuse=args.reuse
    )
    print(RESULT_PREFIX + json.dumps(asdict(outcome), default=str), flush=True)
    return 0


def _own_database(url: str) -> str:
    """A database of the bench's own beside the one the URL names (NAME_bench_monitoring),
    created when missing: the run deletes and bulk-loads people, never in a portal's data."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/") or "postgres"
    own = name if name.endswith("_bench_monitoring") else f"{name}_bench_monitoring"
    with psycopg.connect(url, autocommit=True) as server:
        exists = server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [own]).fetchone()
        if not exists:
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(own)))
    return urlunsplit(parts._replace(path=f"/{own}"))


def _step(text: str) -> None:
    print(f"    [monitoring] {text}", flush=True)


@contextlib.contextmanager
def _timed(store: Callable[[float], None]) -> Iterator[None]:
    started = time.perf_counter()
    yield
    store(time.perf_counter() - started)


def measure_database(*, people: int, seed: int, requests: int, reuse: bool) -> Outcome:
    """Everything the child does, on the database the settings point at."""
    from django.core.management import call_command
    from django.db import connection

    outcome = Outcome(database=_database_name(connection))
    if connection.vendor == "sqlite" and not reuse:
        db_file = Path(str(connection.settings_dict["NAME"]))
        connection.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    _step("migrate, collectstatic")
    call_command("migrate", "--no-input", verbosity=0)
    # DEBUG=0 serves hashed static names from the manifest, as make run does.
    call_command("collectstatic", "--no-input", verbosity=0)
    marker = DATA_DIR / f"seeded-{connection.vendor}.json"
    wanted = {"people": people, "seed": seed, "database": str(connection.settings_dict["NAME"])}
    reusable = (
        reuse
        and marker.exists()
        and json.loads(marker.read_text(encoding="utf-8")).get("seeded") == wanted
    )
    from portal.campaign.models import AttainmentRecord

    if reusable:
        outcome.reused = True
        outcome.people = people
        _step("reusing the seeded data")
    else:
        marker.unlink(missing_ok=True)
        with _timed(lambda s: setattr(outcome, "units_seconds", s)):
            _seed_structure()
        _clear_people()
        plan = _plan(people=people, seed=seed)
        with _timed(lambda s: setattr(outcome, "people_seconds", s)):
            outcome.people = _load_people(plan)
        with _timed(lambda s: setattr(outcome, "records_seconds", s)):
            _load_records(plan)
        _step(f"seeded in {outcome.people_seconds + outcome.records_seconds:.0f} s")
        marker.write_text(json.dumps({"seeded": wanted}), encoding="utf-8")
    outcome.records = AttainmentRecord.objects.count()
    _rebuild_and_check(outcome)
    _late_results(outcome, seed)
    _settle(connection)
    _measure_reads(outcome, requests)
    return outcome


def _settle(connection: Any) -> None:
    """After the rebuild rewrote a million rows: on PostgreSQL, vacuum and analyse the figures'
    tables now (as autovacuum would soon), so that neither stale statistics nor autovacuum
    running beside the timed reads decide the figures."""
    if connection.vendor != "postgresql":
        return
    _step("VACUUM ANALYZE of the figures' tables")
    with connection.cursor() as cursor:
        for table in (
            "campaign_indicatorattainment",
            "campaign_indicatordaycount",
            "campaign_indicatormonthcount",
            "campaign_indicatorunittotal",
            "campaign_attainmentrecord",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")


def _today() -> date:
    from django.utils import timezone

    return timezone.localdate()


def _database_name(connection: Any) -> str:
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        return f"SQLite {connection.Database.sqlite_version} (WAL, file in var/bench-monitoring/)"
    version = int(connection.connection.info.server_version)
    return f"PostgreSQL {version // 10000}.{version % 10000}"


def _seed_structure() -> None:
    """Units and the merger, target groups, the demo's group sizes and the default targets."""
    from portal.campaign import services as campaign_services
    from portal.campaign.services import targets as campaign_targets
    from portal.demo import denominators as demo_denominators

    _step("units, merger, target groups, group sizes, targets")
    for file_name, valid_from in (
        ("admin_units_yen_bai_2025-03.csv", date(2025, 3, 1)),
        ("admin_units_lao_cai_2025-07.csv", MERGER_DAY),
    ):
        campaign_services.import_units_csv(
            path=campaign_services.DATA_DIR / file_name, valid_from=valid_from
        )
    campaign_services.import_unit_merges_csv(
        path=campaign_services.DATA_DIR / "admin_unit_merges_lao_cai_2025-07.csv",
        effective_on=MERGER_DAY,
    )
    campaign_services.ensure_default_target_groups()
    demo_denominators.ensure_demo_denominators()
    campaign_targets.ensure_default_targets()


def _clear_people() -> None:
    """Remove what an earlier run of this tool wrote (records, figures, its people)."""
    from django.db import connection, transaction

    from portal.campaign.models import (
        AttainmentRecord,
        IndicatorAttainment,
        IndicatorDayCount,
        IndicatorMonthCount,
        IndicatorUnitTotal,
    )

    _step("clearing earlier bench data")
    tables = [
        model._meta.db_table
        for model in (
            IndicatorDayCount,
            IndicatorMonthCount,
            IndicatorUnitTotal,
            IndicatorAttainment,
            AttainmentRecord,
        )
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"TRUNCATE {', '.join(tables)}")
        else:
            for table in tables:
                cursor.execute(f"DELETE FROM {table}")
        cursor.execute("DELETE FROM accounts_user WHERE username LIKE %s", [USERNAME_PREFIX + "%"])


@dataclass(frozen=True, slots=True)
class Plan:
    """What to load: the people's communes and groups, and how records are spread."""

    people: int
    seed: int
    first_person_id: int
    # (new commune, its former communes in the database) for every commune valid today.
    communes: list[tuple[int, tuple[int, ...]]]
    groups: dict[str, int]


def _plan(*, people: int, seed: int) -> Plan:
    from django.db.models import Max

    from portal.accounts.models import User
    from portal.campaign.models import AdministrativeUnit, TargetGroup, UnitSuccession

    today = _today()
    communes = list(
        AdministrativeUnit.objects.filter(level="commune", valid_from__lte=today)
        .exclude(valid_to__lt=today)
        .order_by("code")
        .values_list("pk", flat=True)
    )
    formers: dict[int, list[int]] = {pk: [] for pk in communes}
    for old_id, new_id in UnitSuccession.objects.values_list("predecessor_id", "successor_id"):
        if new_id in formers:
            formers[new_id].append(old_id)
    return Plan(
        people=people,
        seed=seed,
        first_person_id=(User.objects.aggregate(top=Max("pk"))["top"] or 0) + 1,
        communes=[(pk, tuple(sorted(formers[pk]))) for pk in communes],
        groups=dict(TargetGroup.objects.values_list("code", "pk")),
    )


def _people_rows(plan: Plan) -> Iterator[tuple[int, int, int, int]]:
    """(id, commune index, group id, birth year) per person, the same for a given seed."""
    rng = random.Random(plan.seed)
    codes = [code for code, _ in GROUP_WEIGHTS]
    weights = [weight for _, weight in GROUP_WEIGHTS]
    group_ids = [plan.groups[code] for code in codes]
    choices = rng.choices(range(len(codes)), weights=weights, k=plan.people)
    for n in range(plan.people):
        yield (
            plan.first_person_id + n,
            rng.randrange(len(plan.communes)),
            group_ids[choices[n]],
            rng.randint(1950, 2012),
        )


def _load_people(plan: Plan) -> int:
    from django.db import connection
    from django.utils import timezone

    _step(f"loading {plan.people:,} people")
    joined = timezone.now().isoformat()
    columns = (
        "id, password, is_superuser, username, first_name, last_name, email, is_staff, "
        "is_active, date_joined, full_name, birth_year, unit_id, target_group_id, "
        "citizen_id_last_digits, is_demo_data"
    )

    def rows() -> Iterator[tuple[object, ...]]:
        for person_id, commune, group_id, birth_year in _people_rows(plan):
            yield (
                person_id,
                "!",
                False,
                f"{USERNAME_PREFIX}{person_id}",
                "",
                "",
                "",
                False,
                True,
                joined,
                "",
                birth_year,
                plan.communes[commune][0],
                group_id,
                "",
                True,
            )

    with _loading(connection):
        _bulk_insert(connection, "accounts_user", columns, rows())
    _reset_sequence(connection, "accounts_user")
    return plan.people


def _record_rows(plan: Plan) -> Iterator[tuple[int, int, date, int, int, str, str, bool]]:
    """One tuple per attainment record, deterministic for the seed."""
    rng = random.Random(plan.seed + 1)
    today = _today()
    span = (today - FIRST_DAY).days + 1
    after_merger = (MERGER_DAY - FIRST_DAY).days
    record_id = 0
    for person_id, commune, group_id, _birth in _people_rows(plan):
        new_unit, formers = plan.communes[commune]
        start = 0 if formers else after_merger
        offsets = sorted(
            rng.randrange(start, span) for _ in range(rng.randint(*RECORDS_PER_PERSON))
        )
        for attempt, offset in enumerate(offsets):
            record_id += 1
            day = FIRST_DAY + timedelta(days=offset)
            unit = new_unit if day >= MERGER_DAY else formers[person_id % len(formers)]
            # Some people change group (a student starts work): their later records say so.
            group = group_id if rng.random() > 0.03 else rng.choice(list(plan.groups.values()))
            draw = rng.random()
            if draw < 0.12:
                source, verdict, confirmed = "learning", "basic", False
            else:
                basic_share = min(0.3 + 0.15 * attempt, 0.8)
                verdict = (
                    "basic"
                    if draw < 0.12 + 0.88 * basic_share
                    else ("undetermined" if rng.random() < 0.15 else "not_basic")
                )
                source, confirmed = "assessment", rng.random() < 0.15
            yield (record_id, person_id, day, unit, group, source, verdict, confirmed)


def _load_records(plan: Plan) -> int:
    from django.db import connection
    from django.utils import timezone

    recorded = timezone.now().isoformat()
    _step("loading attainment records")
    columns = (
        "id, person_id, achieved_on, unit_id, target_group_id, source, reference, verdict, "
        "is_confirmed, levels, recorded_at"
    )
    count = 0

    def rows() -> Iterator[tuple[object, ...]]:
        nonlocal count
        for record_id, person, day, unit, group, source, verdict, confirmed in _record_rows(plan):
            count += 1
            yield (
                record_id,
                person,
                day.isoformat(),
                unit,
                group,
                source,
                f"bench:{record_id}",
                verdict,
                confirmed,
                "{}",
                recorded,
            )

    with _loading(connection):
        _bulk_insert(connection, "campaign_attainmentrecord", columns, rows())
    _reset_sequence(connection, "campaign_attainmentrecord")
    _step(f"{count:,} records loaded")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE campaign_attainmentrecord")
            cursor.execute("VACUUM ANALYZE accounts_user")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return count


def _bulk_insert(
    connection: Any, table: str, columns: str, rows: Iterator[tuple[object, ...]]
) -> None:
    """COPY on PostgreSQL; executemany in the caller's transaction on SQLite, unjournalled."""
    if connection.vendor == "postgresql":
        raw = connection.connection
        with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            buffer: list[str] = []
            for row in rows:
                buffer.append("\t".join(_copy_value(value) for value in row))
                if len(buffer) >= CHUNK_ROWS:
                    copy.write("\n".join(buffer) + "\n")
                    buffer.clear()
            if buffer:
                copy.write("\n".join(buffer) + "\n")
        return
    raw = connection.connection
    placeholders = ", ".join("?" for _ in columns.split(","))
    statement = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
    batch: list[tuple[object, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK_ROWS:
            raw.executemany(statement, batch)
            batch.clear()
    if batch:
        raw.executemany(statement, batch)


@contextlib.contextmanager
def _loading(connection: Any) -> Iterator[None]:
    """One transaction; on SQLite without journal or fsync while it lasts (a failed load is
    thrown away with the file), back to WAL afterwards."""
    from django.db import transaction

    sqlite = connection.vendor == "sqlite"
    if sqlite:
        connection.ensure_connection()
        connection.connection.execute("PRAGMA journal_mode=OFF")
        connection.connection.execute("PRAGMA synchronous=OFF")
    try:
        with transaction.atomic():
            yield
    finally:
        if sqlite:
            connection.connection.execute("PRAGMA journal_mode=WAL")
            connection.connection.execute("PRAGMA synchronous=NORMAL")


def _copy_value(value: object) -> str:
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    return str(value)


def _reset_sequence(connection: Any, table: str) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT MAX(id) FROM {table}))"
            )


def _rebuild_and_check(outcome: Outcome) -> None:
    from portal.campaign.services import indicators

    _step("rebuild (the service behind rebuild_indicators)")
    started = time.perf_counter()
    report = indicators.rebuild()
    outcome.rebuild_seconds = time.perf_counter() - started
    outcome.first_attainments = report.people
    outcome.day_counts = report.day_counts
    _step(f"rebuilt in {outcome.rebuild_seconds:.1f} s: {report}")
    started = time.perf_counter()
    outcome.rebuild_differences = indicators.rebuild(dry_run=True).differences
    outcome.check_seconds = time.perf_counter() - started
    _step(f"dry run: {outcome.rebuild_differences} differences ({outcome.check_seconds:.1f} s)")


def _late_results(outcome: Outcome, seed: int) -> None:
    """Results written one by one, as the portal writes them, some of them back-dated."""
    from django.db import transaction
    from django.db.models import Max

    from portal.accounts.models import User
    from portal.campaign import services as campaign_services
    from portal.campaign.models import AttainmentRecord
    from portal.campaign.services import indicators

    rng = random.Random(seed + 2)
    people = list(
        User.objects.filter(username__startswith=USERNAME_PREFIX)
        .order_by("pk")
        .values("pk", "unit_id", "target_group_id")[: max(LATE_RESULTS * 10, 10)]
    )
    start = (AttainmentRecord.objects.aggregate(top=Max("pk"))["top"] or 0) + 1
    today = _today()
    for n in range(LATE_RESULTS):
        person = rng.choice(people)
        day = today - timedelta(days=rng.randrange(0, 120))
        with transaction.atomic():
            campaign_services.record_attainment(
                person_id=person["pk"],
                achieved_on=day,
                unit_id=person["unit_id"],
                target_group_id=person["target_group_id"],
                organisation_id=None,
                source="assessment",
                reference=f"bench-late:{seed}:{start + n}",
                verdict=rng.choice(("basic", "basic", "not_basic")),
                is_confirmed=rng.random() < 0.3,
                levels={},
            )
    outcome.late_results = LATE_RESULTS
    outcome.late_differences = indicators.rebuild(dry_run=True).differences
    outcome.records = AttainmentRecord.objects.count()
    _step(f"{LATE_RESULTS} late results: {outcome.late_differences} differences")


def _manager() -> Any:
    """A province manager, signed in with a verified second factor and the current consent."""
    from django.conf import settings
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from portal.accounts.models import ConsentRecord, RoleAssignment, User
    from portal.campaign import progress

    province = progress.unit_for_code(PROVINCE_CODE, _today())
    user, _created = User.objects.get_or_create(
        username=MANAGER_USERNAME, defaults={"full_name": "Bench manager"}
    )
    RoleAssignment.objects.get_or_create(user=user, role="unit_manager", unit=province)
    ConsentRecord.objects.get_or_create(
        user=user,
        notice_version=settings.PRIVACY_NOTICE_VERSION,
        defaults={"purposes": "bench"},
    )
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True}
    )
    return user, device


def _dashboard_paths(province: Any, commune: Any) -> tuple[str, str] | None:
    """The managers' dashboard for the province and the commune, if the portal has one."""
    from django.urls import NoReverseMatch, reverse

    for name in ("campaign:progress-dashboard", "campaign:dashboard"):
        try:
            base = reverse(name)
        except NoReverseMatch:
            continue
        return f"{base}?unit={province.pk}", f"{base}?unit={commune.pk}"
    return None


def _measure_reads(outcome: Outcome, requests: int) -> None:
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django_otp import DEVICE_ID_SESSION_KEY

    from portal.campaign import progress, selectors
    from portal.campaign.models import AttainmentRecord, UnitSuccession

    today = _today()
    province = progress.unit_for_code(PROVINCE_CODE, today)
    assert province is not None
    # The commune with the most records since the merger among those formed from former
    # communes in the database, so that its figures cross the merger.
    merged = UnitSuccession.objects.values_list("successor_id", flat=True)
    busiest = (
        AttainmentRecord.objects.filter(achieved_on__gte=MERGER_DAY, unit_id__in=merged)
        .values("unit_id")
        .order_by()
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    commune = selectors.unit_by_id(busiest["unit_id"]) if busiest else None
    assert commune is not None
    outcome.commune = f"{commune.name} ({commune.code})"
    manager, device = _manager()
    public = Client()
    signed_in = Client()
    signed_in.force_login(manager)
    session = signed_in.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()

    def api(code: str) -> str:
        return f"/api/v1/campaign/progress?unit={code}"

    reads: list[tuple[str, Callable[[], int]]] = [
        ("progress API, province, public", lambda: public.get(api(province.code)).status_code),
        ("progress API, province, manager", lambda: signed_in.get(api(province.code)).status_code),
        ("progress API, commune, public", lambda: public.get(api(commune.code)).status_code),
        ("progress API, commune, manager", lambda: signed_in.get(api(commune.code)).status_code),
    ]
    dashboards = _dashboard_paths(province, commune)
    if dashboards is None:
        outcome.notes.append("dashboard: the portal has no managers' dashboard yet; not measured")
    else:
        province_page, commune_page = dashboards
        reads += [
            ("dashboard, province", lambda: signed_in.get(province_page).status_code),
            ("dashboard, commune", lambda: signed_in.get(commune_page).status_code),
        ]
    province_scope = sorted(selectors.managed_unit_ids(province))
    commune_scope = sorted(selectors.managed_unit_ids(commune))
    reads += [
        ("naive GROUP BY province", lambda: _naive(connection, province_scope, today)),
        ("naive GROUP BY commune", lambda: _naive(connection, commune_scope, today)),
    ]
    outcome.notes.append(
        f"commune: {outcome.commune}, the merged commune with the most records since the merger; "
        f"naive scope: {len(province_scope)} units for the province (old and new), "
        f"{len(commune_scope)} for the commune"
    )
    for name, read in reads:
        timing = Timing(name=name)
        try:
            with CaptureQueriesContext(connection) as captured:
                timing.status = read()
        except Exception as error:
            timing.note = f"failed ({type(error).__name__}: {error}); not measured"
            outcome.timings.append(asdict(timing))
            _step(f"{name}: {timing.note}")
            continue
        timing.queries = len(captured.captured_queries)
        if timing.status != 200:
            timing.note = f"answered {timing.status}; not measured"
            outcome.timings.append(asdict(timing))
            _step(f"{name}: {timing.note}")
            continue
        budget = 60.0 if name.startswith("naive") else 120.0
        for _ in range(10 if not name.startswith("naive") else 1):
            read()
        started = time.monotonic()
        for _ in range(requests):
            before = time.perf_counter()
            read()
            timing.seconds.append(time.perf_counter() - before)
            if time.monotonic() - started > budget:
                timing.note = f"stopped after {len(timing.seconds)} requests ({budget:g} s budget)"
                break
        _step(
            f"{name}: p50 {timing.percentile_ms(0.5):.1f} ms, "
            f"p95 {timing.percentile_ms(0.95):.1f} ms, {timing.queries} queries, "
            f"mean {statistics.fmean(timing.seconds) * 1000:.1f} ms"
        )
        outcome.timings.append(asdict(timing))


def _naive(connection: Any, scope: list[int], day: date) -> int:
    """People with a basic verdict by day, per unit and target group, straight from the records
    (and of them, confirmed): what the figures would cost without the incremental tables."""
    placeholders = ", ".join(["%s"] * len(scope))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT unit_id, target_group_id, COUNT(DISTINCT person_id), "
            "COUNT(DISTINCT CASE WHEN is_confirmed THEN person_id END) "
            "FROM campaign_attainmentrecord "
            f"WHERE verdict = 'basic' AND achieved_on <= %s AND unit_id IN ({placeholders}) "
            "GROUP BY unit_id, target_group_id",
            [day, *scope],
        )
        cursor.fetchall()
    return 200


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
