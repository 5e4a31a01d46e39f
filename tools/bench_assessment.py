"""make bench, self-assessment part: the adaptive engine in simulation and the live API under load.

Three measurements, each against a yardstick taken in the same run:

1. `simulate_assessment` on a synthetic 3,000-item six-domain 2PL bank, standard and short
   mode, beside a fixed random form of the same length, the fixed form that matches the
   engine's RMSE and a conventional CAT (one per domain, maximum information, maximum
   likelihood, stop at SE < 0.3), all on the same simulated people.
2. Item-selection latency on banks of 300, 3,000 and 30,000 items (the time of one
   `choose_next_item` call, which includes updating the posterior), against the 300-item bank.
3. The next-question round trip of the citizen app's API (`POST .../answers`, which scores the
   answer and returns the next question) while many simulated test-takers answer at once, each
   with a random think time; the bare hello view under the same clients is the yardstick.

Standard library only; the simulations run through `manage.py` in the project's virtualenv.
"""

import contextlib
import http.client
import json
import math
import multiprocessing
import multiprocessing.synchronize
import random
import signal
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

HOST = "127.0.0.1"
REQUEST_TIMEOUT_SECONDS = 30
SIMULATION_BANK_ITEMS = 3000
SELECTION_BANK_SIZES = (300, 3000, 30000)
SELECTION_EXAMINEES = 200
# Goals of the issue (docs/benchmarks.md)
ACCURACY_GOAL = 0.94
SHORT_ACCURACY_GOAL = 0.92
SHORT_ITEMS_GOAL = 20.0
EXPOSURE_GOAL = 0.25
ITEMS_SHARE_GOAL = 0.5
SELECT_P95_GOAL_MS = 1.0
API_PREFIX = "/api/v1/assessment/attempts"

Manage = Callable[..., str]


# Simulation -------------------------------------------------------------------------------------


def simulate(manage: Manage, *args: str) -> dict[str, Any]:
    """One simulate_assessment run; its JSON object."""
    output = manage("simulate_assessment", *args, "--json")
    start = output.index("{")
    result: dict[str, Any] = json.loads(output[start:])
    return result


def run_simulations(manage: Manage, examinees: int, seed: int) -> dict[str, dict[str, Any]]:
    """Standard and short mode on the 3,000-item bank, then selection time per bank size."""
    common = ("--examinees", str(examinees), "--seed", str(seed), "--correlation", "0.6")
    runs = {}
    for mode in ("standard", "short"):
        step(f"simulate_assessment: {SIMULATION_BANK_ITEMS} items, {mode}, {examinees} people")
        runs[mode] = simulate(
            manage, "--synthetic", str(SIMULATION_BANK_ITEMS), "--mode", mode, *common
        )
    for size in SELECTION_BANK_SIZES:
        step(f"simulate_assessment: selection time on {size:,} items")
        runs[f"bank{size}"] = simulate(
            manage,
            "--synthetic",
            str(size),
            "--examinees",
            str(SELECTION_EXAMINEES),
            "--seed",
            str(seed),
        )
    return runs


def _form_row(name: str, figures: dict[str, Any]) -> str:
    return (
        f"| {name} | {figures['mean_items']:.1f} | {figures['max_items']:.0f} "
        f"| {figures['basic_accuracy']:.3f} ± {figures['basic_accuracy_se']:.3f} "
        f"| {figures['undetermined_rate']:.3f} | {figures['rmse']:.3f} | {figures['bias']:+.3f} "
        f"| {figures['max_exposure']:.2f} |"
    )


def simulation_section(runs: dict[str, dict[str, Any]]) -> list[str]:
    """Markdown: the simulation tables and their verdicts."""
    standard, short = runs["standard"], runs["short"]
    scenario = standard["scenario"]
    reference = standard["reference"]
    lines = [
        "### Adaptive self-assessment, simulated",
        "",
        f"`simulate_assessment --synthetic {SIMULATION_BANK_ITEMS}`: {scenario['examinees']:,} "
        f"simulated people per mode (seed {scenario['seed']}), θ ~ MVN(0, R) over "
        f"{scenario['domains']} domains with correlation {scenario['correlation']}, basic iff "
        f"θ ≥ {scenario['basic_cut']} in every domain ({standard['basic_rate']:.1%} are); "
        "'undetermined' counts as wrong. The fixed form has the engine's mean length; the "
        f"conventional CAT stops each domain at SE < {scenario['reference_se']}.",
        "",
        "| Test | Items (mean) | Items (max) | Basic accuracy ± SE | Undetermined | RMSE | Bias "
        "| Max exposure |",
        "|---|--:|--:|--:|--:|--:|--:|--:|",
        _form_row("adaptive engine, standard", standard),
        _form_row("adaptive engine, short", short),
        _form_row("fixed random form, standard's length", standard["fixed_form"]),
        _form_row("fixed random form, short's length", short["fixed_form"]),
        _form_row("conventional CAT (reference)", reference),
        "",
    ]
    equal = standard["fixed_form_equal_rmse"]
    reached = "" if equal["is_reached"] else " (not reached even with the whole bank)"
    lines.append(
        f"Equal RMSE: a fixed random form needs {equal['fixed_form_items']} items{reached} to "
        f"match the standard engine's RMSE {equal['target_rmse']:.3f}; the engine uses "
        f"{equal['items_ratio']:.2f} of that."
    )
    lines += ["", "| Bank items | select p50 ms | select p95 ms | p95 vs 300 items |"]
    lines.append("|--:|--:|--:|--:|")
    base = runs[f"bank{SELECTION_BANK_SIZES[0]}"]["select_ms_p95"]
    for size in SELECTION_BANK_SIZES:
        run = runs[f"bank{size}"]
        lines.append(
            f"| {size:,} | {run['select_ms_p50']:.3f} | {run['select_ms_p95']:.3f} "
            f"| {run['select_ms_p95'] / base:.2f} |"
        )
    lines += ["", *simulation_verdicts(runs)]
    return lines


def _verdict(passed: bool, text: str) -> str:
    return f"- **{'PASS' if passed else 'FAIL'}** {text}"


def simulation_verdicts(runs: dict[str, dict[str, Any]]) -> list[str]:
    """PASS/FAIL lines for the self-assessment goals of the issue."""
    standard, short = runs["standard"], runs["short"]
    reference_items = standard["reference"]["mean_items"]
    largest = runs[f"bank{SELECTION_BANK_SIZES[-1]}"]
    equal = standard["fixed_form_equal_rmse"]
    return [
        _verdict(
            standard["basic_accuracy"] >= ACCURACY_GOAL
            and standard["mean_items"] <= ITEMS_SHARE_GOAL * reference_items,
            f"standard mode: accuracy {standard['basic_accuracy']:.3f} with "
            f"{standard['mean_items']:.1f} items (goal: at least {ACCURACY_GOAL} with at most "
            f"half the conventional CAT's {reference_items:.1f} items, whose accuracy is "
            f"{standard['reference']['basic_accuracy']:.3f})",
        ),
        _verdict(
            standard["max_exposure"] <= EXPOSURE_GOAL,
            f"max exposure {standard['max_exposure']:.2f} (goal: at most {EXPOSURE_GOAL})",
        ),
        _verdict(
            short["basic_accuracy"] >= SHORT_ACCURACY_GOAL
            and short["mean_items"] <= SHORT_ITEMS_GOAL + 0.5,
            f"short mode: accuracy {short['basic_accuracy']:.3f} with {short['mean_items']:.1f} "
            f"items (goal: at least {SHORT_ACCURACY_GOAL} with about {SHORT_ITEMS_GOAL:.0f})",
        ),
        _verdict(
            equal["is_reached"] and equal["items_ratio"] <= ITEMS_SHARE_GOAL,
            f"at equal RMSE the engine uses {equal['items_ratio']:.2f} of a fixed form's items "
            f"(goal: at most {ITEMS_SHARE_GOAL})",
        ),
        _verdict(
            largest["select_ms_p95"] < SELECT_P95_GOAL_MS,
            f"item selection p95 {largest['select_ms_p95']:.3f} ms on "
            f"{SELECTION_BANK_SIZES[-1]:,} items (goal: under {SELECT_P95_GOAL_MS:g} ms)",
        ),
    ]


# The API under many test-takers -----------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    """Round trips one kind of request took, and its failures by status."""

    latencies: list[float] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def record(self, status: str, seconds: float) -> None:
        """Count one response (or the error's name)."""
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if status in {"200", "201"}:
            self.latencies.append(seconds)

    def merge(self, other: "Tally") -> None:
        """Add another client's counts."""
        self.latencies.extend(other.latencies)
        for status, count in other.statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + count

    @property
    def errors(self) -> int:
        """Responses other than 200/201."""
        return sum(n for status, n in self.statuses.items() if status not in {"200", "201"})

    def percentile_ms(self, fraction: float) -> float:
        """Latency at fraction (nearest rank), in milliseconds."""
        if not self.latencies:
            return math.nan
        ordered = sorted(self.latencies)
        return ordered[max(1, math.ceil(fraction * len(ordered))) - 1] * 1000


def answer_for(question: dict[str, Any], rng: random.Random) -> Any:
    """A plausible answer of a person who guesses, in the form the question takes."""
    kind = question["kind"]
    numbers = [choice["number"] for choice in question["choices"]]
    parts = [part["id"] for part in question["parts"]]
    if kind in {"single", "true_false", "self_report"}:
        return rng.choice(numbers)
    if kind == "multiple":
        return sorted(rng.sample(numbers, rng.randint(1, len(numbers))))
    if kind == "task_hotspot":
        return sorted(rng.sample(parts, rng.randint(1, len(parts))))
    if kind == "task_order":
        return rng.sample(parts, len(parts))
    return "dont_know"


class ApiClient:
    """One keep-alive connection with a bearer token; JSON in and out."""

    def __init__(self, port: int, token: str) -> None:
        self.connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT_SECONDS)
        self.headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": "portal-bench/1",
        }

    def call(
        self, method: str, path: str, payload: object = None
    ) -> tuple[str, float, dict[str, Any] | None]:
        """Status (or error name), seconds taken and the JSON body of one request."""
        body = None if payload is None else json.dumps(payload)
        before = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=self.headers)
            response = self.connection.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.connection.close()
            return type(error).__name__, time.perf_counter() - before, None
        took = time.perf_counter() - before
        with contextlib.suppress(ValueError):
            return str(response.status), took, json.loads(raw)
        return str(response.status), took, None


def test_taker(
    port: int, token: str, deadline: float, think: float, seed: int, kind: str
) -> tuple[Tally, Tally]:
    """Answer question after question until the deadline; restart when an attempt ends.

    kind "answer" measures the API; kind "hello" makes the same pauses but requests the bare
    view, the yardstick. Returns the measured round trips and the (unmeasured) starts.
    """
    rng = random.Random(seed)
    client = ApiClient(port, token)
    measured, starts = Tally(), Tally()
    question: dict[str, Any] | None = None
    attempt = ""
    time.sleep(rng.uniform(0.0, 2.0 * think))  # people do not all start on the same second
    while time.monotonic() < deadline:
        if kind == "hello":
            status, took, _body = client.call("GET", "/bench/hello")
            measured.record(status, took)
        elif question is None:
            status, took, body = client.call("POST", API_PREFIX, {"mode": "standard"})
            starts.record(status, took)
            if body and body.get("question"):
                question, attempt = body["question"], body["id"]
            else:
                time.sleep(1.0)
                continue
        else:
            payload = {"item_id": question["item_id"], "answer": answer_for(question, rng)}
            status, took, body = client.call("POST", f"{API_PREFIX}/{attempt}/answers", payload)
            measured.record(status, took)
            question = body.get("question") if body and status == "200" else None
        time.sleep(rng.uniform(0.0, 2.0 * think))
    client.connection.close()
    return measured, starts


def _client_process(
    port: int,
    tokens: Sequence[str],
    first_seed: int,
    seconds: float,
    think: float,
    kind: str,
    ready: multiprocessing.synchronize.Barrier,
    results: "multiprocessing.Queue[tuple[Tally, Tally]]",
) -> None:
    """A process of test-taker threads (one per token)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    outcomes: list[tuple[Tally, Tally]] = []
    lock = threading.Lock()
    ready.wait(timeout=60)
    deadline = time.monotonic() + seconds

    def run(token: str, seed: int) -> None:
        outcome = test_taker(port, token, deadline, think, seed, kind)
        with lock:
            outcomes.append(outcome)

    threads = [
        threading.Thread(target=run, args=(token, first_seed + n), daemon=True)
        for n, token in enumerate(tokens)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + REQUEST_TIMEOUT_SECONDS + 10)
    measured, starts = Tally(), Tally()
    for one, started in outcomes:
        measured.merge(one)
        starts.merge(started)
    results.put((measured, starts))


def load_test_takers(
    port: int, tokens: Sequence[str], *, seconds: float, think: float, kind: str, processes: int
) -> tuple[Tally, Tally]:
    """Everyone at once for seconds, spread over processes of threads; merged tallies."""
    context = multiprocessing.get_context("fork")
    ready = context.Barrier(processes + 1)
    results: multiprocessing.Queue[tuple[Tally, Tally]] = context.Queue()
    shares = [tokens[n::processes] for n in range(processes)]
    workers = [
        context.Process(
            target=_client_process,
            args=(port, share, n * 10_000, seconds, think, kind, ready, results),
            daemon=True,
        )
        for n, share in enumerate(shares)
    ]
    started = time.monotonic()
    try:
        for worker in workers:
            worker.start()
        ready.wait(timeout=60)
        reports = [results.get(timeout=seconds + 2 * REQUEST_TIMEOUT_SECONDS + 30) for _ in workers]
    finally:
        for worker in workers:
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()
    measured, starts = Tally(), Tally()
    for one, started_tally in reports:
        measured.merge(one)
        starts.merge(started_tally)
    measured.seconds = starts.seconds = time.monotonic() - started
    return measured, starts


def api_section(
    hello: Tally, answers: Tally, starts: Tally, test_takers: int, think: float, seconds: float
) -> list[str]:
    """Markdown: the round trips of the answer endpoint beside the bare view."""
    rows = [("hello (bare Django view), same clients", hello), ("answer → next question", answers)]
    lines = [
        "### Self-assessment API under many test-takers",
        "",
        f"{test_takers} simulated test-takers at once, each on its own keep-alive connection "
        f"with its own token, pausing a random 0–{2 * think:g} s (mean {think:g} s) before "
        f"each answer, {seconds:g} s per target; they guess the answers, and start a new "
        f"attempt when one ends ({len(starts.latencies)} starts, "
        f"{starts.errors} failed). The yardstick is the bare view under the same clients.",
        "",
        "| Request | Requests | req/s | p50 ms | p90 ms | p95 ms | p99 ms | Errors "
        "| p95 vs hello |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    base = hello.percentile_ms(0.95)
    for name, tally in rows:
        rate = len(tally.latencies) / tally.seconds if tally.seconds else 0.0
        lines.append(
            f"| {name} | {len(tally.latencies) + tally.errors} | {rate:.0f} "
            f"| {tally.percentile_ms(0.5):.1f} | {tally.percentile_ms(0.9):.1f} "
            f"| {tally.percentile_ms(0.95):.1f} | {tally.percentile_ms(0.99):.1f} "
            f"| {tally.errors} | {tally.percentile_ms(0.95) / base:.1f} |"
        )
    problems = [
        f"{name}: "
        + ", ".join(f"{n} x {s}" for s, n in t.statuses.items() if s not in {"200", "201"})
        for name, t in (*rows, ("start", starts))
        if t.errors
    ]
    if problems:
        lines += ["", "Errors: " + "; ".join(problems)]
    return lines


def step(text: str) -> None:
    """Print a progress line."""
    print(f"==> {text}", flush=True)
