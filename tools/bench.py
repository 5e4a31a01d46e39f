"""make bench: serve the portal as make run does and measure pages against a bare Django view.

The site gets its own data directory (var/bench/), is migrated, seeded with the demo and enough
recombined articles (10,000 by default), and served by gunicorn with config/gunicorn.py on a
free loopback port. A closed-loop load generator (C processes, one keep-alive connection each)
then requests, for a fixed time each, a bare "hello" view, the home page, article pages and
search results. The load generator shares the machine's cores with the server, so absolute
figures mostly describe the machine; each page's throughput relative to the hello view, measured
in the same run, is the figure that matters.

Standard library only (plus the project's own virtualenv for the server).
"""

import argparse
import contextlib
import datetime
import http.client
import json
import math
import multiprocessing
import multiprocessing.synchronize
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import bench_assessment
import bench_learning
import bench_monitoring

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
DOCS_FILE = ROOT / "docs" / "benchmarks.md"
HOST = "127.0.0.1"
WORKERS = 3  # make run's default WORKERS
HEALTH_TIMEOUT_SECONDS = 60
SETUP_TIMEOUT_SECONDS = 1800
REQUEST_TIMEOUT_SECONDS = 10
STOP_TIMEOUT_SECONDS = 15
RATIO_GOAL = 0.5
SEARCH_P99_GOAL_MS = 100.0
DOCS_START = "<!-- bench:start -->"
DOCS_END = "<!-- bench:end -->"

# Diacritic-free queries made of words that occur in the demo articles, as readers type them.
SEARCH_QUERIES = (
    "hoc vu so",
    "dinh danh dien tu",
    "lua dao",
    "dich vu cong",
    "vneid",
    "ky nang so",
    "thanh toan khong dung tien mat",
    "to cong nghe so cong dong",
    "dong bao dan toc",
    "nguoi cao tuoi",
    "thuong mai dien tu",
    "nang luc so",
    "hop tac xa",
    "suc khoe dien tu",
    "bao hiem xa hoi",
    "tap huan can bo",
    "hoc sinh sinh vien",
    "chuyen doi so",
    "nong san",
    "lao cai",
)
SECTIONS = ("policies", "activities", "practices", "platforms")
PARTS = ("portal", "assessment", "learning", "monitoring")
# Parts measured against the gunicorn server; monitoring runs in-process on its own data.
SERVER_PARTS = ("portal", "assessment", "learning")
MONITORING_DATABASES = ("sqlite", "postgresql")
TOKENS_FILE = BENCH_DIR / "bench_tokens.json"
LEARNERS_FILE = BENCH_DIR / "bench_learners.json"
LEARNERS = 16  # simulated signed-in learners for the learning part
# Client processes that carry the simulated test-takers' threads.
TEST_TAKER_PROCESSES = 4


@dataclass(frozen=True, slots=True)
class Target:
    """A named set of paths that the load generator cycles through."""

    name: str
    paths: tuple[str, ...]


@dataclass(slots=True)
class Measurement:
    """What the clients saw while loading one target."""

    target: Target
    concurrency: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    cache_hits: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    note: str = ""

    def record(self, status: str, seconds: float, hit: bool) -> None:
        """Count one response (or failure, named by its exception) and its latency."""
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if status == "200":
            self.latencies.append(seconds)
            self.cache_hits += hit
        else:
            self.errors += 1

    def merge(self, other: "Measurement") -> None:
        """Add another client's counts to these."""
        self.latencies.extend(other.latencies)
        self.errors += other.errors
        self.cache_hits += other.cache_hits
        for status, count in other.statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + count

    @property
    def requests(self) -> int:
        """Completed requests, including errors."""
        return len(self.latencies) + self.errors

    @property
    def rate(self) -> float:
        """Successful responses per second."""
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile_ms(self, fraction: float) -> float:
        """Latency at fraction (nearest rank), in milliseconds."""
        if not self.latencies:
            return math.nan
        ordered = sorted(self.latencies)
        rank = max(1, math.ceil(fraction * len(ordered)))
        return ordered[rank - 1] * 1000


@dataclass(frozen=True, slots=True)
class Options:
    """Command-line options."""

    duration: float
    warmup: float
    rounds: int
    concurrency: int
    max_requests: int
    articles: int
    database_url: str
    keep_server: float
    write_docs: bool
    gzip: bool
    parts: tuple[str, ...] = PARTS
    examinees: int = 2000
    seed: int = 1
    test_takers: int = 200
    think: float = 1.0
    people: int = 1_000_000
    monitoring_databases: tuple[str, ...] = MONITORING_DATABASES
    monitoring_requests: int = 200
    reuse: bool = False


def parse_options(argv: Sequence[str]) -> Options:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per target (10)")
    parser.add_argument("--warmup", type=float, default=2.0, help="warm-up seconds (2)")
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternating slices of hello/home/article (3)"
    )
    parser.add_argument("--concurrency", type=int, default=8, help="client processes (8)")
    parser.add_argument(
        "--max-requests", type=int, default=200_000, help="cap on requests per target (200000)"
    )
    parser.add_argument("--articles", type=int, default=10_000, help="live articles (10000)")
    parser.add_argument(
        "--database-url",
        default="",
        help="bench on this database (e.g. postgres://...) instead of var/bench/db.sqlite3; "
        "it gets migrated and seeded",
    )
    parser.add_argument(
        "--keep-server",
        type=float,
        nargs="?",
        const=600.0,
        default=0.0,
        metavar="SECONDS",
        help="keep serving after the run for SECONDS (600) or until Ctrl+C",
    )
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument(
        "--no-gzip", action="store_true", help="clients do not send Accept-Encoding: gzip"
    )
    parser.add_argument(
        "--parts",
        default=",".join(PARTS),
        help="what to measure, comma-separated: portal, assessment, learning, monitoring (all)",
    )
    parser.add_argument(
        "--people",
        type=int,
        default=1_000_000,
        help="monitoring: people to seed, with three attainment records each on average (1000000)",
    )
    parser.add_argument(
        "--monitoring-databases",
        default=",".join(MONITORING_DATABASES),
        help="monitoring: sqlite, postgresql or both (both); PostgreSQL is the --database-url "
        "or, without it, DATABASE_URL, and is skipped when neither is set",
    )
    parser.add_argument(
        "--monitoring-requests",
        type=int,
        default=200,
        help="monitoring: timed requests per read (200)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="monitoring: keep data seeded by an earlier run with the same --people and --seed",
    )
    parser.add_argument(
        "--examinees", type=int, default=2000, help="simulated people per mode (2000)"
    )
    parser.add_argument("--seed", type=int, default=1, help="simulation seed (1)")
    parser.add_argument(
        "--test-takers", type=int, default=200, help="simultaneous API test-takers (200)"
    )
    parser.add_argument(
        "--think", type=float, default=1.0, help="mean pause before each answer, seconds (1)"
    )
    args = parser.parse_args(argv)
    if not 1 <= args.concurrency <= 64 or not 0 < args.duration <= 600 or args.articles < 0:
        parser.error("need 1 <= concurrency <= 64, 0 < duration <= 600 and articles >= 0")
    if not 0 <= args.warmup <= 60 or args.max_requests < 1 or not 1 <= args.rounds <= 20:
        parser.error("need 0 <= warmup <= 60, max-requests >= 1 and 1 <= rounds <= 20")
    if not 0 <= args.keep_server <= 86400:
        parser.error("need 0 <= keep-server <= 86400")
    parts = tuple(part.strip() for part in args.parts.split(",") if part.strip())
    if not parts or set(parts) - set(PARTS):
        parser.error(f"--parts takes a comma-separated choice of: {', '.join(PARTS)}")
    if not 10 <= args.examinees <= 100_000 or args.seed < 0:
        parser.error("need 10 <= examinees <= 100000 and seed >= 0")
    if not 1 <= args.test_takers <= 1000 or not 0 <= args.think <= 60:
        parser.error("need 1 <= test-takers <= 1000 and 0 <= think <= 60")
    databases = tuple(name.strip() for name in args.monitoring_databases.split(",") if name.strip())
    if not databases or set(databases) - set(MONITORING_DATABASES):
        parser.error("--monitoring-databases takes sqlite, postgresql or both")
    if not 100 <= args.people <= 5_000_000 or not 1 <= args.monitoring_requests <= 10_000:
        parser.error("need 100 <= people <= 5000000 and 1 <= monitoring-requests <= 10000")
    return Options(
        duration=args.duration,
        warmup=args.warmup,
        rounds=args.rounds,
        concurrency=args.concurrency,
        max_requests=args.max_requests,
        articles=args.articles,
        database_url=args.database_url,
        keep_server=args.keep_server,
        write_docs=args.write_docs,
        gzip=not args.no_gzip,
        parts=parts,
        examinees=args.examinees,
        seed=args.seed,
        test_takers=args.test_takers,
        think=args.think,
        people=args.people,
        monitoring_databases=databases,
        monitoring_requests=args.monitoring_requests,
        reuse=args.reuse,
    )


# Server setup -----------------------------------------------------------------------------------


def server_environment(options: Options) -> dict[str, str]:
    """The environment make run gives the server, pointed at var/bench/."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    secret_file = BENCH_DIR / "secret_key"
    if not secret_file.exists():
        secret_file.write_text(secrets.token_urlsafe(50) + "\n", encoding="utf-8")
        secret_file.chmod(0o600)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DEBUG", "SITE_URL", "BENCHMARK_ENDPOINTS"}
    }
    env["VAR_DIR"] = str(BENCH_DIR)
    env["SECRET_KEY_FILE"] = str(secret_file)
    env["PYTHONUNBUFFERED"] = "1"
    if options.database_url:
        env["DATABASE_URL"] = options.database_url
    return env


def manage(env: dict[str, str], *args: str) -> str:
    """Run a management command in the bench environment and return its output."""
    completed = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=SETUP_TIMEOUT_SECONDS,
        check=False,
    )
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        raise SystemExit(f"manage.py {args[0]} failed with exit code {completed.returncode}")
    return completed.stdout


def prepare_site(env: dict[str, str], options: Options) -> float | None:
    """Migrate, seed and collect static files; return seconds spent adding articles, if any."""
    step("migrate")
    manage(env, "migrate", "--no-input")
    step("seed_demo")
    manage(env, "seed_demo", "--password", secrets.token_urlsafe(12))
    if "assessment" in options.parts:
        step(f"bench_test_takers {options.test_takers}")
        manage(env, "bench_test_takers", str(options.test_takers), "--output", str(TOKENS_FILE))
    if "learning" in options.parts:
        step(f"bench_learners {LEARNERS}")
        manage(env, "bench_learners", str(LEARNERS), "--output", str(LEARNERS_FILE))
    step("collectstatic")
    manage({**env, "DEBUG": "0"}, "collectstatic", "--no-input", "--verbosity", "0")
    shutil.rmtree(BENCH_DIR / "cache", ignore_errors=True)
    if "portal" not in options.parts:
        return None
    step(f"seed_bench_articles {options.articles}")
    started = time.monotonic()
    output = manage(env, "seed_bench_articles", str(options.articles))
    seeded = time.monotonic() - started
    print("  " + output.strip().splitlines()[-1])
    shutil.rmtree(BENCH_DIR / "cache", ignore_errors=True)
    return None if "nothing to add" in output else seeded


def free_port() -> int:
    """A TCP port that is free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def gunicorn(env: dict[str, str], port: int) -> Iterator[subprocess.Popen[bytes]]:
    """Run gunicorn as make run does (plus the benchmark endpoint) and always stop it."""
    log_path = BENCH_DIR / "gunicorn.log"
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "config.wsgi",
        "--config",
        "config/gunicorn.py",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(WORKERS),
    ]
    server_env = {
        **env,
        "DEBUG": "0",
        "SITE_URL": f"http://{HOST}:{port}",
        "BENCHMARK_ENDPOINTS": "1",
    }
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=server_env, stdout=log, stderr=log, start_new_session=True
        )
    try:
        wait_until_healthy(process, port, log_path)
        yield process
    finally:
        stop_process_group(process)


def wait_until_healthy(process: subprocess.Popen[bytes], port: int, log_path: Path) -> None:
    """Poll /healthz until it answers 200; fail if the server exits or takes too long."""
    deadline = time.monotonic() + HEALTH_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log_path.read_text(encoding="utf-8", errors="replace")[-3000:]
            raise SystemExit(f"gunicorn exited with code {process.returncode}:\n{tail}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            status, _body, _headers = fetch(port, "/healthz")
            if status == 200:
                return
        time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer /healthz within {HEALTH_TIMEOUT_SECONDS} s")


def stop_process_group(process: subprocess.Popen[bytes]) -> None:
    """Stop gunicorn gracefully, then by force; only the group this script started."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)  # stray workers of the group, if any


# HTTP -------------------------------------------------------------------------------------------


def fetch(port: int, path: str, *, gzip: bool = True) -> tuple[int, bytes, dict[str, str]]:
    """One GET on a fresh loopback connection."""
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT_SECONDS)
    try:
        connection.request("GET", path, headers=request_headers(gzip))
        response = connection.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        connection.close()


def request_headers(gzip: bool) -> dict[str, str]:
    """What a browser would send that matters here (no cookies: an anonymous reader)."""
    headers = {"User-Agent": "portal-bench/1", "Accept": "text/html,*/*"}
    if gzip:
        headers["Accept-Encoding"] = "gzip"
    return headers


def timed_get(
    connection: http.client.HTTPConnection, path: str, headers: dict[str, str]
) -> tuple[str, float, bool]:
    """GET path; return the status (or the error's name), the seconds taken, a page-cache hit."""
    before = time.perf_counter()
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
    except (OSError, http.client.HTTPException) as error:
        connection.close()  # the next request reconnects
        return type(error).__name__, time.perf_counter() - before, False
    hit = response.getheader("X-Page-Cache") == "hit"
    return str(response.status), time.perf_counter() - before, hit


def client(
    port: int,
    target: Target,
    first: int,
    seconds: float,
    max_requests: int,
    gzip: bool,
    ready: multiprocessing.synchronize.Barrier,
    results: "multiprocessing.Queue[tuple[float, float, Measurement]]",
) -> None:
    """One closed-loop client: request paths in turn on a keep-alive connection until done."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the run on Ctrl+C
    headers = request_headers(gzip)
    tally = Measurement(target=target, concurrency=1)
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT_SECONDS)
    ready.wait(timeout=60)
    started = time.monotonic()
    deadline = started + seconds
    index = first
    while time.monotonic() < deadline and tally.requests < max_requests:
        tally.record(*timed_get(connection, target.paths[index % len(target.paths)], headers))
        index += 1
    finished = time.monotonic()
    connection.close()
    results.put((started, finished, tally))


def run_load(
    port: int,
    target: Target,
    *,
    concurrency: int,
    seconds: float,
    options: Options,
    max_requests: int | None = None,
) -> Measurement:
    """Load target with concurrency clients for seconds (or the request cap), then collect."""
    context = multiprocessing.get_context("fork")
    ready = context.Barrier(concurrency + 1)
    results: multiprocessing.Queue[tuple[float, float, Measurement]] = context.Queue()
    per_client = max(1, (max_requests or options.max_requests) // concurrency)
    step_paths = max(1, len(target.paths) // concurrency)
    processes = [
        context.Process(
            target=client,
            args=(port, target, n * step_paths, seconds, per_client, options.gzip, ready),
            kwargs={"results": results},
            daemon=True,
        )
        for n in range(concurrency)
    ]
    measurement = Measurement(target=target, concurrency=concurrency)
    try:
        for process in processes:
            process.start()
        ready.wait(timeout=60)
        reports = [results.get(timeout=seconds + REQUEST_TIMEOUT_SECONDS + 30) for _ in processes]
    finally:
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)
    measurement.seconds = max(end for _, end, _ in reports) - min(begin for begin, _, _ in reports)
    for _begin, _end, tally in reports:
        measurement.merge(tally)
    return measurement


def run_sequential(port: int, target: Target, *, gzip: bool, budget: float) -> Measurement:
    """Request each path of target once, one after another, for at most budget seconds."""
    measurement = Measurement(target=target, concurrency=1)
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT_SECONDS)
    headers = request_headers(gzip)
    started = time.monotonic()
    try:
        for path in target.paths:
            if time.monotonic() - started > budget:
                measurement.note = (
                    f"{target.name}: stopped after {measurement.requests} of "
                    f"{len(target.paths)} addresses ({budget:g} s time budget)"
                )
                break
            measurement.record(*timed_get(connection, path, headers))
    finally:
        connection.close()
    measurement.seconds = time.monotonic() - started
    return measurement


# Targets ----------------------------------------------------------------------------------------


def search_path(query: str, section: str = "", page: int = 1) -> str:
    """The search page's address for a query."""
    params = {"q": query}
    if section:
        params["section"] = section
    if page > 1:
        params["page"] = str(page)
    return "/tim-kiem/?" + urlencode(params)


def article_paths(port: int, per_section: int = 5) -> tuple[str, ...]:
    """Addresses of real articles, a few from each section, taken from the news API."""
    paths: list[str] = []
    for section in SECTIONS:
        status, body, _headers = fetch(
            port, f"/api/v1/news?section={section}&page_size={per_section}", gzip=False
        )
        if status != 200:
            raise SystemExit(f"/api/v1/news answered {status}")
        paths.extend(urlsplit(item["url"]).path for item in json.loads(body)["items"])
    if not paths:
        raise SystemExit("The news API lists no articles; is the site seeded?")
    return tuple(paths)


def targets(port: int) -> list[Target]:
    """The hello view, the home page, articles and a rotation of searches."""
    searches = [
        search_path(query, SECTIONS[n % 4] if n % 3 == 2 else "", 2 if n % 5 == 4 else 1)
        for n, query in enumerate(SEARCH_QUERIES)
    ]
    return [
        Target("hello (bare Django view)", ("/bench/hello",)),
        Target("home", ("/",)),
        Target("article", article_paths(port)),
        Target("search", tuple(searches)),
    ]


def cold_search_target() -> Target:
    """Every query in every section and on two result pages: each address asked once."""
    paths = [
        search_path(query, section, page)
        for page in (1, 2)
        for section in ("", *SECTIONS)
        for query in SEARCH_QUERIES
    ]
    return Target("search, one reader, each address once", tuple(paths))


def warm_up(port: int, target: Target, options: Options) -> None:
    """Fill the caches (every path once, within a time budget), then load briefly."""
    budget = max(10.0, options.duration)
    once = run_sequential(port, target, gzip=options.gzip, budget=budget)
    failures = {status: n for status, n in once.statuses.items() if status != "200"}
    if failures or once.note:
        print(f"    warm-up: {failures or 'no errors'}; {once.note or 'all addresses asked'}")
    if options.warmup > 0:
        run_load(
            port, target, concurrency=options.concurrency, seconds=options.warmup, options=options
        )


# Reporting --------------------------------------------------------------------------------------


def step(text: str) -> None:
    """Print a progress line."""
    print(f"==> {text}", flush=True)


def table(measurements: list[Measurement], hello_rate: float) -> str:
    """The results as a Markdown table."""
    lines = [
        "| Target | Clients | Addresses | Requests | req/s | p50 ms | p90 ms | p99 ms | Errors "
        "| Page-cache hits | vs hello |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for item in measurements:
        ratio = item.rate / hello_rate if hello_rate else math.nan
        hit_share = item.cache_hits / len(item.latencies) if item.latencies else 0.0
        lines.append(
            f"| {item.target.name} | {item.concurrency} | {len(item.target.paths)} "
            f"| {item.requests} | {item.rate:.0f} | {number(item.percentile_ms(0.5))} "
            f"| {number(item.percentile_ms(0.9))} | {number(item.percentile_ms(0.99))} "
            f"| {item.errors} "
            f"| {hit_share:.0%} | {ratio:.2f} |"
        )
    return "\n".join(lines)


def number(value: float) -> str:
    """A latency in a table cell; a dash when there was none."""
    return "–" if math.isnan(value) else f"{value:.1f}"


def verdicts(loaded: dict[str, Measurement], cold_search: Measurement) -> list[str]:
    """PASS/FAIL lines for the goals of the issue."""
    hello_rate = loaded["hello"].rate
    lines = []
    for name in ("home", "article"):
        ratio = loaded[name].rate / hello_rate if hello_rate else 0.0
        verdict = "PASS" if ratio >= RATIO_GOAL and not loaded[name].errors else "FAIL"
        lines.append(
            f"- **{verdict}** {name} throughput is {ratio:.2f} of the bare view's "
            f"(goal: at least {RATIO_GOAL:.2f}, no errors)"
        )
    p99 = cold_search.percentile_ms(0.99)
    passed = p99 < SEARCH_P99_GOAL_MS and not cold_search.errors and not cold_search.note
    if cold_search.errors:
        failures = ", ".join(
            f"{n} x {status}" for status, n in cold_search.statuses.items() if status != "200"
        )
        finding = (
            f"{cold_search.errors} of {cold_search.requests} searches by one reader failed "
            f"({failures}; the client gives up after {REQUEST_TIMEOUT_SECONDS} s)"
        )
    else:
        finding = f"search p99 is {milliseconds(p99)} over {cold_search.requests} searches"
        finding += " by one reader"
    lines.append(
        f"- **{'PASS' if passed else 'FAIL'}** {finding} (goal: p99 under "
        f"{SEARCH_P99_GOAL_MS:.0f} ms over all {len(cold_search.target.paths)}, no errors); "
        f"under load with {loaded['search'].concurrency} clients p99 is "
        f"{milliseconds(loaded['search'].percentile_ms(0.99))}, queueing included"
    )
    return lines


def database_description(env: dict[str, str]) -> str:
    """Which database served the run, with its version."""
    code = (
        "from django.db import connection as c\n"
        "c.ensure_connection()\n"
        "sqlite = c.vendor == 'sqlite'\n"
        "v = c.Database.sqlite_version if sqlite else c.connection.info.server_version\n"
        "print(c.vendor, v)\n"
    )
    output = manage(env, "shell", "--no-imports", "-c", code).strip().splitlines()
    vendor, _, version = (output[-1] if output else "unknown").partition(" ")
    if vendor == "postgresql" and version.isdigit():
        number = int(version)
        version = f"{number // 10000}.{number % 10000}"
    names = {"sqlite": "SQLite (WAL, file in var/bench/)", "postgresql": "PostgreSQL"}
    return f"{names.get(vendor, vendor)} {version}".strip()


def machine_description() -> list[str]:
    """Markdown list items about the machine, which explains the absolute numbers."""
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        first = Path("/proc/meminfo").read_text(encoding="utf-8").splitlines()[0]
        memory = f", {int(first.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    cores = len(os.sched_getaffinity(0))
    return [
        f"- Machine: {cores} CPU cores (nproc){f', {model}' if model else ''}{memory}",
        f"- System: {platform.system()} {platform.release()}, Python {platform.python_version()}",
    ]


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=10
    ).stdout.strip()


def git_revision() -> str:
    """The commit measured, marked when the working tree has changes."""
    try:
        commit = _git("rev-parse", "--short", "HEAD")
        dirty = _git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{commit}{' with uncommitted changes' if dirty else ''}"


def report(
    *,
    options: Options,
    env: dict[str, str] | None,
    measurements: list[Measurement],
    verdict_lines: list[str],
    seeded_seconds: float | None,
    assessment_lines: Sequence[str] = (),
    learning_lines: Sequence[str] = (),
    monitoring_lines: Sequence[str] = (),
) -> str:
    """The Markdown section written to docs/benchmarks.md (and printed)."""
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Latest run",
        "",
        f"- Date: {when}; commit {git_revision()}",
        *machine_description(),
    ]
    if env is not None:
        lines += [
            f"- Database: {database_description(env)}; cache: "
            + ("Redis" if env.get("REDIS_URL") else "file cache in var/bench/cache"),
            f"- Server: gunicorn, config/gunicorn.py (gthread), {WORKERS} workers, DEBUG=0, "
            f"on {HOST}",
        ]
    if measurements:
        lines += portal_section(options, measurements, verdict_lines, seeded_seconds)
    if assessment_lines:
        lines += ["", *assessment_lines]
    if learning_lines:
        lines += ["", *learning_lines]
    if monitoring_lines:
        lines += ["", *monitoring_lines]
    return "\n".join(lines)


def portal_section(
    options: Options,
    measurements: list[Measurement],
    verdict_lines: list[str],
    seeded_seconds: float | None,
) -> list[str]:
    """The portal pages' table, its verdicts and any errors."""
    seeding = (
        f"seeding them took {seeded_seconds:.0f} s in this run"
        if seeded_seconds is not None
        else "they were already seeded"
    )
    encoding = "with `Accept-Encoding: gzip`" if options.gzip else "without compression"
    lines = [
        "",
        "### Portal pages",
        "",
        f"- Data: {options.articles:,} live articles ({seeding})",
        f"- Load: {options.concurrency} client processes, one keep-alive connection each, "
        f"{options.duration:g} s per target after {options.warmup:g} s of warm-up "
        f"(hello, home and article in {options.rounds} alternating slices), {encoding}",
        "",
        table(measurements, measurements[0].rate),
        "",
        *verdict_lines,
    ]
    problems = [
        f"- {item.target.name}: "
        + ", ".join(f"{n} x {status}" for status, n in item.statuses.items() if status != "200")
        for item in measurements
        if item.errors
    ]
    notes = [f"- {item.note}" for item in measurements if item.note]
    if problems or notes:
        lines += ["", "Errors and notes:", "", *problems, *notes]
    return lines


DOCS_INTRO = """# Benchmarks

`make bench` serves the portal the way `make run` does (gunicorn with `config/gunicorn.py`,
`DEBUG=0`, 3 workers, collected static files) from its own data directory `var/bench/`, seeds
the demo plus recombined articles up to 10,000, and measures on the loopback interface:

- **hello**: a bare Django view (`/bench/hello`, only routed when `BENCHMARK_ENDPOINTS=1`) that
  goes through the same middleware; it is the yardstick.
- **home**: `/`, the front page, as an anonymous reader gets it (from the page cache).
- **article**: 20 real article pages, five from each section, taken from `/api/v1/news`.
- **search**: `/tim-kiem/` with 20 diacritic-free queries ("hoc vu so", "lua dao", ...), some
  narrowed to a section or asking for the second page; search results are never page-cached.
- **search, one reader**: 200 different searches (20 queries, all sections and each section,
  pages 1 and 2) requested once each by a single client, so latency is the server's own time.

A closed-loop load generator (`--concurrency` processes, each with one keep-alive HTTP
connection and no cookies, `--duration` seconds per target, capped by `--max-requests`) records
every request's latency. It runs on the same cores as the server, so the absolute numbers mostly
describe the machine; **the ratio of each page's throughput to the hello view's, measured in
the same run, is the figure to compare** between machines and commits. Hello, home and article
are loaded in alternating slices (`--rounds`) so that other work on the machine weighs on all
three alike; search runs last because abandoned slow searches keep the server busy. Goals: home
and article at least 0.5 of hello; search p99 under 100 ms at 10,000 articles.

The self-assessment part (`--parts assessment`; both parts run by default) measures:

- **the engine in simulation**: `simulate_assessment` on a synthetic six-domain 2PL bank of
  3,000 items (`--examinees` people per mode, 2,000 by default), standard and short mode, beside
  a fixed random form of the same length, the fixed form that matches the engine's RMSE and a
  conventional CAT (one per domain, maximum information, maximum likelihood, stop at
  SE < 0.3), all answering for the same simulated people; then the time of one item selection
  on banks of 300, 3,000 and 30,000 items. Goals: standard accuracy at least 0.94 with at most
  half the conventional CAT's items and exposure at most 0.25; short mode about 20 items with
  accuracy at least 0.92; at equal RMSE at most half a fixed form's items; selection p95 under
  1 ms at 30,000 items.
- **the API under load**: `--test-takers` (200) simulated people at once, each with a personal
  access token (`manage.py bench_test_takers`, demo residents only) and its own connection,
  start attempts and answer question after question (`POST …/answers`, which scores the answer
  and returns the next question) with a random pause of mean `--think` seconds; the bare view
  under the same clients is the yardstick.

The learning part (`--parts learning`) opens signed-in sessions for 16 demo residents enrolled
in every course (`manage.py bench_learners`) and loads, in alternating slices, the bare view with
their cookies (the yardstick), the 28 demo lesson pages read anonymously (page-cached), the same
pages read signed in (rendered each time with the learner's progress, and recording where the
learner is), and SCORM commits (`POST /hoc/scorm/<lesson>/luu/`: a SCORM 1.2 batch of eight
data-model elements with a rising sequence number, as the player sends while a learner works).
Goal: a lesson page at least 0.5 of the bare view's throughput.

Reproduce:

```sh
make bench                                   # print the table
make bench BENCH_ARGS=--write-docs           # also rewrite the generated part of this file
make bench BENCH_ARGS="--duration 30 --concurrency 4"
make bench BENCH_ARGS="--database-url postgres://user:pass@127.0.0.1/portal_bench"
make bench BENCH_ARGS="--parts assessment --examinees 500"
make bench BENCH_ARGS="--parts learning"
```

Other options: `--articles N`, `--warmup S`, `--rounds N`, `--max-requests N`, `--no-gzip`,
`--parts portal,assessment,learning`, `--examinees N`, `--seed S`, `--test-takers N`, `--think S`,
`--keep-server [S]` (keep serving for S seconds, 600 by default, to look around). The tool
always stops the server it started, also on Ctrl+C; `--write-docs` rewrites only the part of
this file between the `bench:start`/`bench:end` markers.
"""


def write_docs(section: str) -> None:
    """Replace the generated part of docs/benchmarks.md, keeping what is written outside it."""
    generated = f"{DOCS_START}\n{section}\n{DOCS_END}"
    if DOCS_FILE.exists():
        text = DOCS_FILE.read_text(encoding="utf-8")
        before, start, rest = text.partition(DOCS_START)
        _old, end, after = rest.partition(DOCS_END)
        text = (
            f"{before}{generated}{after}" if start and end else f"{text.rstrip()}\n\n{generated}\n"
        )
    else:
        text = f"{DOCS_INTRO}\n{generated}\n"
    DOCS_FILE.parent.mkdir(parents=True, exist_ok=True)
    DOCS_FILE.write_text(text, encoding="utf-8")


# Main -------------------------------------------------------------------------------------------


def measure(port: int, options: Options) -> tuple[list[Measurement], Measurement]:
    """Load the targets and return their measurements, and the one-reader search sweep.

    Hello, home and article run in alternating slices (--rounds), so that whatever else the
    machine does during the run weighs on all three alike. Search comes last: a slow search
    keeps server threads busy after its client has given up, which must not slow the others.
    """
    hello, home, article, search = targets(port)
    interleaved = [hello, home, article]
    slice_seconds = options.duration / options.rounds
    totals = {target.name: Measurement(target, options.concurrency) for target in interleaved}
    for target in interleaved:
        step(f"{target.name}: warm-up")
        warm_up(port, target, options)
    for round_number in range(1, options.rounds + 1):
        step(f"round {round_number}/{options.rounds}: {slice_seconds:.1f} s per target")
        for target in interleaved:
            part = run_load(
                port,
                target,
                concurrency=options.concurrency,
                seconds=slice_seconds,
                options=options,
                max_requests=max(1, options.max_requests // options.rounds),
            )
            print(f"    {target.name}: {summary(part)}")
            totals[target.name].merge(part)
            totals[target.name].seconds += part.seconds
    cold = cold_search_target()
    step(f"{cold.name} ({len(cold.paths)} searches)")
    cold_search = run_sequential(
        port, cold, gzip=options.gzip, budget=max(30.0, 3 * options.duration)
    )
    print(f"    {summary(cold_search)}")
    step(f"{search.name}: warm-up, then {options.duration:g} s")
    warm_up(port, search, options)
    loaded_search = run_load(
        port, search, concurrency=options.concurrency, seconds=options.duration, options=options
    )
    print(f"    {summary(loaded_search)}")
    return [*totals.values(), loaded_search], cold_search


def measure_test_takers(port: int, options: Options) -> list[str]:
    """The bare view, then the answer endpoint, each under the simulated test-takers."""
    tokens = json.loads(TOKENS_FILE.read_text(encoding="utf-8"))["tokens"]
    results = {}
    for kind in ("hello", "answer"):
        step(f"{len(tokens)} test-takers, {kind}: {options.duration:g} s")
        results[kind] = bench_assessment.load_test_takers(
            port,
            tokens,
            seconds=options.duration,
            think=options.think,
            kind=kind,
            processes=TEST_TAKER_PROCESSES,
        )
        measured = results[kind][0]
        print(
            f"    {len(measured.latencies)} round trips, p50 "
            f"{milliseconds(measured.percentile_ms(0.5))}, p95 "
            f"{milliseconds(measured.percentile_ms(0.95))}, errors {measured.errors}"
        )
    return bench_assessment.api_section(
        results["hello"][0],
        results["answer"][0],
        results["answer"][1],
        len(tokens),
        options.think,
        options.duration,
    )


def summary(measurement: Measurement) -> str:
    """One progress line about a measurement."""
    return (
        f"{measurement.requests} requests, {measurement.rate:.0f} req/s, "
        f"p50 {milliseconds(measurement.percentile_ms(0.5))}, "
        f"p99 {milliseconds(measurement.percentile_ms(0.99))}, errors {measurement.errors}"
    )


def milliseconds(value: float) -> str:
    """A latency for people; a dash when there was none."""
    return "–" if math.isnan(value) else f"{value:.1f} ms"


def main(argv: Sequence[str]) -> int:
    """Set up, serve, measure, report; the server is stopped whatever happens."""
    options = parse_options(argv)
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    env = server_environment(options)
    served = bool(set(options.parts) & set(SERVER_PARTS))
    server = measure_server(env, options) if served else ServerLines()
    monitoring_lines = measure_monitoring(options) if "monitoring" in options.parts else []
    section = report(
        options=options,
        env=env if served else None,
        measurements=server.measurements,
        verdict_lines=server.verdict_lines,
        seeded_seconds=server.seeded_seconds,
        assessment_lines=server.assessment_lines,
        learning_lines=server.learning_lines,
        monitoring_lines=monitoring_lines,
    )
    print()
    print(section)
    if options.write_docs:
        write_docs(section)
        print(f"\nWrote {DOCS_FILE.relative_to(ROOT)}")
    return 0


@dataclass(slots=True)
class ServerLines:
    """What the parts measured against the server produced for the report."""

    measurements: list[Measurement] = field(default_factory=list)
    verdict_lines: list[str] = field(default_factory=list)
    seeded_seconds: float | None = None
    assessment_lines: list[str] = field(default_factory=list)
    learning_lines: list[str] = field(default_factory=list)


def measure_server(env: dict[str, str], options: Options) -> ServerLines:
    """Prepare var/bench/, serve it with gunicorn and run the portal, assessment and learning
    parts that were asked for."""
    result = ServerLines(seeded_seconds=prepare_site(env, options))
    simulations = (
        bench_assessment.run_simulations(
            lambda *args: manage(env, *args), options.examinees, options.seed
        )
        if "assessment" in options.parts
        else None
    )
    port = free_port()
    step(f"gunicorn on http://{HOST}:{port} ({WORKERS} workers)")
    api_lines: list[str] = []
    with gunicorn(env, port):
        if "portal" in options.parts:
            loaded_list, cold_search = measure(port, options)
            loaded = dict(zip(("hello", "home", "article", "search"), loaded_list, strict=True))
            result.measurements = [*loaded_list, cold_search]
            result.verdict_lines = verdicts(loaded, cold_search)
        if "assessment" in options.parts:
            api_lines = measure_test_takers(port, options)
        if "learning" in options.parts:
            result.learning_lines = bench_learning.run(
                port,
                LEARNERS_FILE.read_text(encoding="utf-8"),
                clients=min(LEARNERS, options.concurrency),
                seconds=options.duration,
                rounds=options.rounds,
            )
        if options.keep_server:
            print(f"Serving on http://{HOST}:{port} for {options.keep_server:g} s; Ctrl+C stops.")
            with contextlib.suppress(KeyboardInterrupt):
                time.sleep(options.keep_server)
    if simulations is not None:
        result.assessment_lines = [
            *bench_assessment.simulation_section(simulations),
            "",
            *api_lines,
        ]
    return result


def measure_monitoring(options: Options) -> list[str]:
    """The monitoring part on SQLite and, when a URL is known, on PostgreSQL, one after another
    (after the server has stopped, so that nothing else competes for the cores)."""
    postgresql_url = options.database_url or os.environ.get("DATABASE_URL", "")
    outcomes = []
    skipped = []
    for database in options.monitoring_databases:
        if database == "postgresql" and not postgresql_url:
            skipped.append("PostgreSQL: not measured (neither --database-url nor DATABASE_URL)")
            continue
        step(f"monitoring on {database}: {options.people:,} people")
        outcome, seconds = bench_monitoring.run(
            people=options.people,
            seed=options.seed,
            requests=options.monitoring_requests,
            database_url=postgresql_url if database == "postgresql" else "",
            reuse=options.reuse,
        )
        print(f"    done in {seconds:.0f} s")
        outcomes.append(outcome)
    lines = bench_monitoring.section(outcomes, options.people, options.monitoring_requests)
    return [*lines, *(f"- {note}" for note in skipped)]


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        print("\nInterrupted; the server has been stopped.", file=sys.stderr)
        sys.exit(130)
