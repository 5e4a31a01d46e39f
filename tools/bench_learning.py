"""make bench, learning part: lesson pages and the SCORM runtime's commits, beside a bare view.

Simulated learners (`manage.py bench_learners`: demo residents enrolled in every demo course,
each with its own signed-in session) load, in alternating slices:

1. the bare hello view without cookies, the yardstick of 2,
2. lesson pages read anonymously (the page cache answers after the first read),
3. the bare hello view with a learner's session cookie (session, user and the sign-in guards
   cost something on every request), the yardstick of 4 and 5,
4. lesson pages read signed in (rendered each time, with the learner's progress, and recording
   where the learner is),
5. SCORM commits: `POST /hoc/scorm/<lesson>/luu/` with a batch of CMI data and a rising sequence
   number, as the SCORM player sends while a learner works through a package.

Standard library only, like the rest of make bench.
"""

import http.client
import json
import multiprocessing
import multiprocessing.synchronize
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench_assessment import Tally

HOST = "127.0.0.1"
REQUEST_TIMEOUT_SECONDS = 10
RATIO_GOAL = 0.5
KINDS = (
    "hello, anonymous",
    "lesson, anonymous",
    "hello, signed in",
    "lesson, signed in",
    "SCORM commit",
)
# Each kind against the bare view requested the same way (with or without a session).
YARDSTICK = {
    "hello, anonymous": "hello, anonymous",
    "lesson, anonymous": "hello, anonymous",
    "hello, signed in": "hello, signed in",
    "lesson, signed in": "hello, signed in",
    "SCORM commit": "hello, signed in",
}


@dataclass(frozen=True, slots=True)
class Learners:
    """What bench_learners wrote: sessions, lesson addresses and SCORM lesson ids."""

    session_cookie: str
    csrf_cookie: str
    sessions: list[dict[str, str]]
    lessons: list[str]
    scorm_lessons: list[int]

    @classmethod
    def load(cls, text: str) -> "Learners":
        data = json.loads(text)
        return cls(
            session_cookie=data["session_cookie"],
            csrf_cookie=data["csrf_cookie"],
            sessions=data["sessions"],
            lessons=data["lessons"],
            scorm_lessons=data["scorm_lessons"],
        )


def scorm_commit(sequence: int) -> dict[str, Any]:
    """A SCORM 1.2 learner's batch: where they are, suspend data, time, an interaction."""
    return {
        "sequence": sequence,
        "session": "make-bench",
        "cmi": {
            "cmi.core.lesson_location": f"page-{sequence % 5 + 1}",
            "cmi.core.lesson_status": "incomplete",
            "cmi.suspend_data": json.dumps({"page": sequence % 5 + 1, "answers": [1, 0, 2]}),
            "cmi.core.session_time": "0000:00:07.50",
            "cmi.interactions.0.id": "cau-1",
            "cmi.interactions.0.type": "choice",
            "cmi.interactions.0.student_response": "b",
            "cmi.interactions.0.result": "correct",
        },
    }


class Learner:
    """One keep-alive connection; cookies of one session (or none, for the anonymous reader)."""

    def __init__(self, port: int, learners: Learners, number: int, *, signed_in: bool) -> None:
        self.connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT_SECONDS)
        session = learners.sessions[number % len(learners.sessions)]
        self.headers = {"User-Agent": "portal-bench/1", "Accept-Encoding": "gzip"}
        if signed_in:
            self.headers["Cookie"] = (
                f"{learners.session_cookie}={session['session']}; "
                f"{learners.csrf_cookie}={session['csrf']}"
            )
            self.headers["X-CSRFToken"] = session["csrf"]

    def call(self, method: str, path: str, payload: object = None) -> tuple[str, float]:
        headers = dict(self.headers)
        body = None
        if payload is not None:
            body = json.dumps(payload)
            headers["Content-Type"] = "application/json"
        before = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as error:
            self.connection.close()
            return type(error).__name__, time.perf_counter() - before
        return str(response.status), time.perf_counter() - before


def _requests(kind: str, learners: Learners, number: int) -> Callable[[int], tuple[str, object]]:
    """The n-th request of one client of this kind: (path, JSON body or None for a GET)."""
    lessons = learners.lessons
    if kind.startswith("hello"):
        return lambda n: ("/bench/hello", None)
    if kind.startswith("lesson"):
        return lambda n: (lessons[(number * 7 + n) % len(lessons)], None)
    lesson = learners.scorm_lessons[number % len(learners.scorm_lessons)]
    # A fresh run starts above any sequence an earlier run left on the same learner.
    base = int(time.time() * 1000) % 1_000_000_000
    return lambda n: (f"/hoc/scorm/{lesson}/luu/", scorm_commit(base + n))


def _client(
    port: int,
    learners: Learners,
    kind: str,
    number: int,
    seconds: float,
    ready: multiprocessing.synchronize.Barrier,
    results: "multiprocessing.Queue[Tally]",
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    learner = Learner(port, learners, number, signed_in=not kind.endswith("anonymous"))
    request = _requests(kind, learners, number)
    tally = Tally()
    ready.wait(timeout=60)
    started = time.monotonic()
    n = 0
    while time.monotonic() - started < seconds:
        path, body = request(n)
        tally.record(*learner.call("GET" if body is None else "POST", path, body))
        n += 1
    tally.seconds = time.monotonic() - started
    learner.connection.close()
    results.put(tally)


def load(port: int, learners: Learners, kind: str, *, clients: int, seconds: float) -> Tally:
    """clients closed-loop processes of one kind for seconds; their merged tally."""
    context = multiprocessing.get_context("fork")
    ready = context.Barrier(clients + 1)
    results: multiprocessing.Queue[Tally] = context.Queue()
    processes = [
        context.Process(
            target=_client,
            args=(port, learners, kind, number, seconds, ready, results),
            daemon=True,
        )
        for number in range(clients)
    ]
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
    merged = Tally()
    for tally in reports:
        merged.merge(tally)
    merged.seconds = max(tally.seconds for tally in reports)
    return merged


def measure(
    port: int, learners: Learners, *, clients: int, seconds: float, rounds: int
) -> dict[str, Tally]:
    """Each kind in alternating slices, so that other work on the machine weighs on all alike."""
    kinds = [kind for kind in KINDS if kind != "SCORM commit" or learners.scorm_lessons]
    totals = {kind: Tally() for kind in kinds}
    for kind in kinds:  # warm-up: caches, connections, the first render of every lesson
        load(port, learners, kind, clients=clients, seconds=min(2.0, seconds))
    for round_number in range(1, rounds + 1):
        print(f"==> learning round {round_number}/{rounds}", flush=True)
        for kind in kinds:
            part = load(port, learners, kind, clients=clients, seconds=seconds / rounds)
            rate = len(part.latencies) / part.seconds if part.seconds else 0.0
            print(f"    {kind}: {len(part.latencies)} ok, {rate:.0f} req/s, errors {part.errors}")
            totals[kind].merge(part)
            totals[kind].seconds += part.seconds
    return totals


def _rate(tally: Tally) -> float:
    return len(tally.latencies) / tally.seconds if tally.seconds else 0.0


def section(totals: dict[str, Tally], *, clients: int, seconds: float, lessons: int) -> list[str]:
    """Markdown: each kind's throughput and latency, and its throughput as a share of the bare
    view's requested the same way (with or without a session)."""
    ratios = {}
    for kind, tally in totals.items():
        base = _rate(totals[YARDSTICK[kind]])
        ratios[kind] = _rate(tally) / base if base else 0.0
    lines = [
        "### Learning: lesson pages and SCORM commits",
        "",
        f"{clients} simulated learners (demo residents enrolled in every course, each with its "
        f"own session and keep-alive connection), {seconds:g} s per kind in alternating slices, "
        f"over {lessons} lesson pages. Each row is compared with the bare view requested the same "
        "way: without cookies for the anonymous reader, with the learner's session otherwise. "
        "A SCORM commit is a 1.2 batch of eight data-model elements with a rising sequence "
        "number, saved in one transaction.",
        "",
        "| Request | Requests | req/s | p50 ms | p95 ms | p99 ms | Errors | vs hello |",
        "|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for kind, tally in totals.items():
        lines.append(
            f"| {kind} | {len(tally.latencies) + tally.errors} | {_rate(tally):.0f} "
            f"| {tally.percentile_ms(0.5):.1f} | {tally.percentile_ms(0.95):.1f} "
            f"| {tally.percentile_ms(0.99):.1f} | {tally.errors} | {ratios[kind]:.2f} |"
        )
    anonymous, signed_in = ratios["lesson, anonymous"], ratios["lesson, signed in"]
    lines += [
        "",
        f"- **{'PASS' if anonymous >= RATIO_GOAL else 'FAIL'}** lesson page, anonymous: "
        f"{anonymous:.2f} of the bare view's throughput (goal: at least {RATIO_GOAL}, as for "
        "the portal's pages)",
        f"- lesson page, signed in: {signed_in:.2f} of the bare view with a session; rendered "
        "for each learner (progress, resume point), so no goal is set against a bare view",
    ]
    problems = [
        f"{kind}: "
        + ", ".join(f"{n} x {s}" for s, n in tally.statuses.items() if s not in {"200", "201"})
        for kind, tally in totals.items()
        if tally.errors
    ]
    if problems:
        lines += ["", "Errors: " + "; ".join(problems)]
    return lines


def run(port: int, learners_json: str, *, clients: int, seconds: float, rounds: int) -> list[str]:
    """Measure and return the Markdown section."""
    learners = Learners.load(learners_json)
    totals = measure(port, learners, clients=clients, seconds=seconds, rounds=rounds)
    return section(totals, clients=clients, seconds=seconds, lessons=len(learners.lessons))


__all__: Sequence[str] = ("run",)
