"""Monte Carlo evaluation of the adaptive engine against a fixed random form of equal length."""

import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from portal.assessment.domain.engine import (
    Bank,
    EngineConfig,
    ItemParams,
    SessionState,
    choose_next_item,
    snapshot,
)
from portal.assessment.domain.irt import FloatArray, probability_2pl

COMPETENCES_PER_DOMAIN = 4
# Exposure rates are too noisy to act on before this many sessions have finished.
EXPOSURE_WARMUP_SESSIONS = 20


@dataclass(frozen=True, slots=True)
class FormMetrics:
    """Recovery and classification figures of one way of testing."""

    mean_items: float
    rmse: float
    bias: float
    basic_accuracy: float
    undetermined_rate: float
    max_exposure: float


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """Adaptive-engine metrics, selection timing and the fixed-form comparison."""

    mean_items: float
    rmse: float
    bias: float
    basic_accuracy: float
    undetermined_rate: float
    max_exposure: float
    select_ms_p50: float
    select_ms_p95: float
    basic_rate: float
    fixed_form: FormMetrics


def make_synthetic_bank(n_items: int, n_domains: int = 6, seed: int = 0, cut: float = 0.0) -> Bank:
    """Realistic 2PL bank: a ~ lognormal(ln 1.2, 0.25), b ~ N(cut, 1) (cf. Mislevy 1986)."""
    rng = np.random.default_rng(seed)
    a = np.clip(rng.lognormal(np.log(1.2), 0.25, n_items), 0.4, 3.0)
    b = np.clip(rng.normal(cut, 1.0, n_items), -3.5, 3.5)
    domains = np.arange(n_items) % n_domains
    competence = (np.arange(n_items) // n_domains) % COMPETENCES_PER_DOMAIN
    items = [
        ItemParams(
            id=1000 + i,
            domain=int(domains[i]),
            competence=f"{domains[i] + 1}.{competence[i] + 1}",
            a=float(a[i]),
            b=float(b[i]),
        )
        for i in range(n_items)
    ]
    return Bank.from_items(items, n_domains=n_domains)


def correlation_matrix(correlation: float | npt.ArrayLike, n_domains: int) -> FloatArray:
    """Equicorrelation matrix from a number, or the given matrix checked for shape."""
    matrix = np.asarray(correlation, dtype=np.float64)
    if matrix.ndim == 0:
        rho = float(matrix)
        return np.full((n_domains, n_domains), rho) + (1.0 - rho) * np.eye(n_domains)
    if matrix.shape != (n_domains, n_domains):
        msg = f"correlation matrix must be {n_domains}x{n_domains}"
        raise ValueError(msg)
    return matrix


def _answer(bank: Bank, item_id: int, theta: FloatArray, rng: np.random.Generator) -> int:
    """Simulated 2PL response of a person with true abilities theta (Birnbaum 1968)."""
    index = bank.index_of[item_id]
    p = probability_2pl(theta[bank.domains[index]], bank.a[index], bank.b[index])[0, 0]
    return int(rng.random() < p)


def _metrics(
    estimates: FloatArray,
    truth: FloatArray,
    labels: Sequence[str],
    is_basic: npt.NDArray[np.bool_],
    lengths: Sequence[int],
    exposure: FloatArray,
) -> FormMetrics:
    """Summary metrics; an 'undetermined' verdict counts as a wrong classification."""
    error = estimates - truth
    called = np.array([label == "basic" for label in labels])
    undetermined = np.array([label == "undetermined" for label in labels])
    correct = (called == is_basic) & ~undetermined
    return FormMetrics(
        mean_items=float(np.mean(lengths)),
        rmse=float(np.sqrt(np.mean(error**2))),
        bias=float(np.mean(error)),
        basic_accuracy=float(np.mean(correct)),
        undetermined_rate=float(np.mean(undetermined)),
        max_exposure=float(np.max(exposure)),
    )


def _label(probability: float, config: EngineConfig) -> str:
    """Verdict label from P(basic), as engine.verdict does."""
    if max(probability, 1.0 - probability) < config.actionable_confidence:
        return "undetermined"
    return "basic" if probability >= 0.5 else "not_basic"


def _fixed_form(bank: Bank, length: int, n_domains: int, rng: np.random.Generator) -> list[int]:
    """One random form with the items spread evenly over the domains."""
    form: list[int] = []
    for d in range(n_domains):
        share = length // n_domains + (1 if d < length % n_domains else 0)
        pool = np.flatnonzero(bank.domains == d)
        picked = rng.choice(pool, size=min(share, len(pool)), replace=False)
        form.extend(int(bank.ids[i]) for i in picked)
    return form


def simulate(
    bank: Bank,
    config: EngineConfig,
    n_examinees: int,
    correlation: float | npt.ArrayLike,
    seed: int,
    basic_cut: float | None = None,
) -> SimulationResult:
    """Run the engine on simulated people θ ~ MVN(0, R); 'basic' iff θ_d ≥ cut in every domain."""
    n_domains = bank.n_domains
    if basic_cut is not None:
        config = dataclasses.replace(config, cuts=(float(basic_cut),) * n_domains)
    cuts = np.asarray(config.cuts)
    rng = np.random.default_rng(seed)
    truth = rng.multivariate_normal(
        np.zeros(n_domains), correlation_matrix(correlation, n_domains), size=n_examinees
    )
    is_basic = np.all(truth >= cuts[None, :], axis=1)
    counts = np.zeros(len(bank))
    estimates = np.zeros_like(truth)
    labels: list[str] = []
    lengths: list[int] = []
    timings: list[float] = []
    for person in range(n_examinees):
        rates = counts / person if person >= EXPOSURE_WARMUP_SESSIONS else None
        state = SessionState()
        while True:
            started = time.perf_counter()
            item_id = choose_next_item(bank, state, config, rng, exposure_rates=rates)
            timings.append(time.perf_counter() - started)
            if item_id is None:
                break
            counts[bank.index_of[item_id]] += 1
            state = state.with_answer(item_id, _answer(bank, item_id, truth[person], rng))
        view = snapshot(bank, state, config)
        estimates[person] = view.posterior.mean
        labels.append(_label(view.posterior.probability_all_above, config))
        lengths.append(len(state.item_ids))
    adaptive = _metrics(estimates, truth, labels, is_basic, lengths, counts / n_examinees)

    length = round(adaptive.mean_items)
    form = _fixed_form(bank, length, n_domains, rng)
    fixed_estimates = np.zeros_like(truth)
    fixed_labels: list[str] = []
    for person in range(n_examinees):
        state = SessionState()
        for item_id in form:
            state = state.with_answer(item_id, _answer(bank, item_id, truth[person], rng))
        view = snapshot(bank, state, config)
        fixed_estimates[person] = view.posterior.mean
        fixed_labels.append(_label(view.posterior.probability_all_above, config))
    fixed_exposure = np.zeros(len(bank))
    fixed_exposure[[bank.index_of[i] for i in form]] = 1.0
    fixed = _metrics(
        fixed_estimates, truth, fixed_labels, is_basic, [len(form)] * n_examinees, fixed_exposure
    )
    milliseconds = np.asarray(timings) * 1000.0
    return SimulationResult(
        mean_items=adaptive.mean_items,
        rmse=adaptive.rmse,
        bias=adaptive.bias,
        basic_accuracy=adaptive.basic_accuracy,
        undetermined_rate=adaptive.undetermined_rate,
        max_exposure=adaptive.max_exposure,
        select_ms_p50=float(np.percentile(milliseconds, 50)),
        select_ms_p95=float(np.percentile(milliseconds, 95)),
        basic_rate=float(np.mean(is_basic)),
        fixed_form=fixed,
    )
