"""Monte Carlo evaluation of the adaptive engine against a fixed form and a conventional CAT.

Simulated people get true abilities θ ~ MVN(0, R) and answer by the 2PL model. The engine is
run through `choose_next_item` and `snapshot`, the very functions a live session calls. Two
yardsticks are measured on the same people: a fixed random form of the engine's mean length,
and a conventional CAT per domain (maximum information at the maximum-likelihood estimate,
stopped at a standard error, verdict from the point estimates).
"""

import dataclasses
import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from portal.assessment.domain.engine import (
    DEFAULT_LEVEL_THRESHOLDS,
    Bank,
    EngineConfig,
    ItemParams,
    SessionState,
    choose_next_item,
    level_for_theta,
    snapshot,
)
from portal.assessment.domain.irt import THETA_GRID, FloatArray, normal_log_density
from portal.assessment.domain.items import ItemRow, Kind, Model, Status

COMPETENCES_PER_DOMAIN = 4
# Exposure rates are too noisy to act on before this many sessions have finished.
EXPOSURE_WARMUP_SESSIONS = 20
SYNTHETIC_OPTIONS_VI = ("Phương án 1", "Phương án 2", "Phương án 3", "Phương án 4")
# Newton steps of the maximum-likelihood estimate are clipped to this (in θ units).
_MAX_NEWTON_STEP = 1.0
# The equal-RMSE search tries fixed forms up to this length (or the whole bank if smaller).
MAX_FIXED_FORM_ITEMS = 1200
_THETA_BOUNDS = (float(THETA_GRID[0]), float(THETA_GRID[-1]))


@dataclass(frozen=True, slots=True)
class ReferenceCat:
    """The conventional CAT compared with the engine: one per domain, stop at SE < target.

    Maximum information at the current estimate (Lord 1980), maximum likelihood once the
    answers in a domain are mixed and EAP with a N(0, 1) prior until then (an all-right or
    all-wrong pattern has no finite MLE), basic iff every domain's estimate reaches its cut.
    """

    standard_error: float = 0.3
    max_items_per_domain: int = 40


@dataclass(frozen=True, slots=True)
class FormMetrics:
    """Recovery and classification figures of one way of testing."""

    mean_items: float
    rmse: float
    bias: float
    basic_accuracy: float
    undetermined_rate: float
    max_exposure: float
    # binomial standard error of basic_accuracy
    basic_accuracy_se: float = 0.0
    max_items: int = 0

    def as_dict(self) -> dict[str, float]:
        """Plain numbers for JSON."""
        return {name: float(getattr(self, name)) for name in _FORM_FIELDS}


_FORM_FIELDS = tuple(f.name for f in dataclasses.fields(FormMetrics))


@dataclass(frozen=True, slots=True)
class EqualRmse:
    """Shortest fixed random form whose RMSE matches the engine's, and the length ratio."""

    target_rmse: float
    fixed_form_items: int
    fixed_form_rmse: float
    # engine mean items / fixed-form items; below 0.5 means "at most half the items"
    items_ratio: float
    # False when even the longest form the bank allows stays above the target
    is_reached: bool

    def as_dict(self) -> dict[str, float | int | bool]:
        """Plain values for JSON."""
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """Adaptive-engine metrics, selection timing and the yardsticks measured beside it."""

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
    reference: FormMetrics | None = None
    equal_rmse: EqualRmse | None = None
    n_examinees: int = 0
    basic_accuracy_se: float = 0.0
    max_items: int = 0
    # share of tests that ran to a cap (total or every open domain's) without a clear call
    capped_rate: float = 0.0

    @property
    def engine(self) -> FormMetrics:
        """The engine's own figures in the yardsticks' shape."""
        return FormMetrics(
            mean_items=self.mean_items,
            rmse=self.rmse,
            bias=self.bias,
            basic_accuracy=self.basic_accuracy,
            undetermined_rate=self.undetermined_rate,
            max_exposure=self.max_exposure,
            basic_accuracy_se=self.basic_accuracy_se,
            max_items=self.max_items,
        )

    def as_dict(self) -> dict[str, object]:
        """The result as one JSON-safe object (the simulate_assessment --json output)."""
        data: dict[str, object] = {
            name: getattr(self, name)
            for name in (
                "mean_items",
                "rmse",
                "bias",
                "basic_accuracy",
                "basic_accuracy_se",
                "undetermined_rate",
                "max_exposure",
                "select_ms_p50",
                "select_ms_p95",
                "basic_rate",
                "max_items",
                "capped_rate",
                "n_examinees",
            )
        }
        data["fixed_form"] = self.fixed_form.as_dict()
        data["reference"] = None if self.reference is None else self.reference.as_dict()
        data["fixed_form_equal_rmse"] = (
            None if self.equal_rmse is None else self.equal_rmse.as_dict()
        )
        return data


def _synthetic_parameters(n_items: int, seed: int, cut: float) -> tuple[FloatArray, FloatArray]:
    """Discriminations and difficulties of the synthetic bank, rounded as a CSV stores them."""
    rng = np.random.default_rng(seed)
    a = np.clip(rng.lognormal(np.log(1.2), 0.25, n_items), 0.4, 3.0)
    b = np.clip(rng.normal(cut, 1.0, n_items), -3.5, 3.5)
    return np.round(a, 3), np.round(b, 3)


def _synthetic_layout(n_items: int, competences: Sequence[str]) -> list[tuple[int, str]]:
    """Domain number and competence of each synthetic item: round robin over domains, then
    over each domain's competences (codes "d.n", domain d)."""
    by_domain: dict[int, list[str]] = {}
    for code in competences:
        by_domain.setdefault(int(code.split(".")[0]), []).append(code)
    numbers = sorted(by_domain)
    ordered = {
        number: sorted(codes, key=lambda code: int(code.split(".")[1]))
        for number, codes in by_domain.items()
    }
    layout = []
    for i in range(n_items):
        codes = ordered[numbers[i % len(numbers)]]
        layout.append((numbers[i % len(numbers)], codes[(i // len(numbers)) % len(codes)]))
    return layout


def generic_competences(n_domains: int = 6) -> tuple[str, ...]:
    """Four competences per domain ("1.1" to "1.4", ...), the default synthetic layout."""
    return tuple(
        f"{domain}.{number}"
        for domain in range(1, n_domains + 1)
        for number in range(1, COMPETENCES_PER_DOMAIN + 1)
    )


def make_synthetic_bank(
    n_items: int,
    n_domains: int = 6,
    seed: int = 0,
    cut: float = 0.0,
    competences: Sequence[str] | None = None,
) -> Bank:
    """Realistic 2PL bank: a ~ lognormal(ln 1.2, 0.25), b ~ N(cut, 1) (cf. Mislevy 1986).

    competences (codes "d.n" covering domains 1..n_domains) default to four per domain.
    """
    codes = generic_competences(n_domains) if competences is None else competences
    a, b = _synthetic_parameters(n_items, seed, cut)
    items = [
        ItemParams(1000 + i, number - 1, code, float(a[i]), float(b[i]))
        for i, (number, code) in enumerate(_synthetic_layout(n_items, codes))
    ]
    return Bank.from_items(items, n_domains=n_domains)


def synthetic_item_rows(
    n_items: int, competences: Sequence[str], seed: int = 0, cut: float = 0.0
) -> list[ItemRow]:
    """The synthetic bank as valid rows of the item CSV: scored single-choice 2PL items.

    Same parameters and layout as make_synthetic_bank(n_items, seed=seed, cut=cut,
    competences=competences); stems are plain placeholders ("Câu mô phỏng 1.2-0042"), four
    options, key 1, level from b.
    """
    a, b = _synthetic_parameters(n_items, seed, cut)
    rows = []
    for i, (number, competence) in enumerate(_synthetic_layout(n_items, competences)):
        code = f"{competence}-{i + 1:04d}"
        rows.append(
            ItemRow(
                line=i + 2,
                code=code,
                domain=number,
                competence=competence,
                level=level_for_theta(float(b[i]), DEFAULT_LEVEL_THRESHOLDS),
                kind=Kind.SINGLE,
                stem_vi=f"Câu mô phỏng {code}",
                options_vi=SYNTHETIC_OPTIONS_VI,
                key=(1,),
                model=Model.TWO_PL,
                a=float(a[i]),
                b=float(b[i]),
                c=0.0,
                thresholds=(),
                status=Status.OPERATIONAL,
            )
        )
    return rows


def engine_items(rows: Iterable[ItemRow]) -> list[ItemParams]:
    """Items the engine may use: scored, operational, 2PL; id = CSV line, domain = number - 1."""
    return [
        ItemParams(row.line, row.domain - 1, row.competence, row.a, float(row.b))
        for row in rows
        if row.is_scored
        and row.status is Status.OPERATIONAL
        and row.model is Model.TWO_PL
        and row.b is not None
    ]


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
    logit = bank.a[index] * (theta[bank.domains[index]] - bank.b[index])
    return int(rng.random() * (1.0 + math.exp(-logit)) < 1.0)


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
    accuracy = float(np.mean(correct))
    return FormMetrics(
        mean_items=float(np.mean(lengths)),
        rmse=float(np.sqrt(np.mean(error**2))),
        bias=float(np.mean(error)),
        basic_accuracy=accuracy,
        undetermined_rate=float(np.mean(undetermined)),
        max_exposure=float(np.max(exposure)),
        basic_accuracy_se=math.sqrt(accuracy * (1.0 - accuracy) / len(labels)),
        max_items=int(np.max(lengths)),
    )


def _label(probability: float, config: EngineConfig) -> str:
    """Verdict label from P(basic), as engine.verdict does."""
    if max(probability, 1.0 - probability) < config.actionable_confidence:
        return "undetermined"
    return "basic" if probability >= 0.5 else "not_basic"


def _form(orders: Sequence[npt.NDArray[np.int64]], length: int) -> npt.NDArray[np.int64]:
    """Bank positions of a fixed form of the given length, spread evenly over the domains."""
    n_domains = len(orders)
    parts = [
        order[: length // n_domains + (1 if d < length % n_domains else 0)]
        for d, order in enumerate(orders)
    ]
    return np.concatenate(parts).astype(np.int64)


@dataclass(frozen=True, slots=True)
class _NestedForms:
    """Random fixed forms of every length, each a prefix of one item order per domain.

    Everyone answers the longest form once; a shorter form reuses those answers, so the RMSE
    of the forms falls smoothly with their length.
    """

    orders: tuple[npt.NDArray[np.int64], ...]
    answers: npt.NDArray[np.bool_]
    column_of: dict[int, int]

    @classmethod
    def draw(
        cls, bank: Bank, truth: FloatArray, longest: int, rng: np.random.Generator
    ) -> "_NestedForms":
        """Random orders, and every person's 2PL answers to the longest form (Birnbaum 1968)."""
        orders = tuple(
            rng.permutation(np.flatnonzero(bank.domains == d)) for d in range(bank.n_domains)
        )
        positions = _form(orders, longest)
        logits = bank.a[positions][None, :] * (
            truth[:, bank.domains[positions]] - bank.b[positions][None, :]
        )
        answers = rng.random(logits.shape) * (1.0 + np.exp(-logits)) < 1.0
        return cls(orders, answers, {int(p): k for k, p in enumerate(positions)})

    def score(
        self, bank: Bank, config: EngineConfig, length: int
    ) -> tuple[npt.NDArray[np.int64], FloatArray, list[str]]:
        """The form of this length, everyone's EAP estimates and labels (engine snapshot)."""
        form = _form(self.orders, length)
        ids = tuple(int(i) for i in bank.ids[form])
        answers = self.answers[:, [self.column_of[int(p)] for p in form]]
        estimates = np.zeros((len(answers), bank.n_domains))
        labels = []
        for person, row in enumerate(answers):
            view = snapshot(bank, SessionState(ids, tuple(int(s) for s in row)), config)
            estimates[person] = view.posterior.mean
            labels.append(_label(view.posterior.probability_all_above, config))
        return form, estimates, labels


def _equal_rmse(
    bank: Bank,
    config: EngineConfig,
    truth: FloatArray,
    forms: _NestedForms,
    target: float,
    engine_items: float,
) -> EqualRmse:
    """Shortest nested random form whose RMSE reaches the target: doubling, then bisection."""
    longest = forms.answers.shape[1]

    def rmse_at(length: int) -> tuple[int, float]:
        """Items and RMSE of the nested form of this length."""
        form, estimates, _ = forms.score(bank, config, length)
        return len(form), float(np.sqrt(np.mean((estimates - truth) ** 2)))

    low, high = 0, min(max(round(engine_items), 1), longest)
    items, value = rmse_at(high)
    while value > target and high < longest:
        low, high = high, min(2 * high, longest)
        items, value = rmse_at(high)
    if value > target:
        return EqualRmse(target, items, value, engine_items / items, False)
    best = (items, value)
    while high - low > 1:
        middle = (low + high) // 2
        items, value = rmse_at(middle)
        if value <= target:
            high, best = middle, (items, value)
        else:
            low = middle
    return EqualRmse(target, best[0], best[1], engine_items / best[0], True)


def _mle_or_eap(
    a: FloatArray, b: FloatArray, scores: FloatArray, start: float
) -> tuple[float, float]:
    """θ and its standard error: maximum likelihood by Fisher scoring once the answers are
    mixed (SE = 1/√I(θ̂), Lord 1980), else EAP under N(0, 1) with its posterior SD."""
    if scores.min() == scores.max():
        logits = a[None, :] * (THETA_GRID[:, None] - b[None, :])
        signs = 1.0 if scores[0] > 0 else -1.0
        log_posterior = normal_log_density(THETA_GRID) - np.logaddexp(0.0, -signs * logits).sum(1)
        weights = np.exp(log_posterior - log_posterior.max())
        weights /= weights.sum()
        mean = float(weights @ THETA_GRID)
        return mean, float(np.sqrt(weights @ (THETA_GRID - mean) ** 2))
    theta = start
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-a * (theta - b)))
        step = float(np.sum(a * (scores - p)) / np.sum(a * a * p * (1.0 - p)))
        step = min(max(step, -_MAX_NEWTON_STEP), _MAX_NEWTON_STEP)
        theta = min(max(theta + step, _THETA_BOUNDS[0]), _THETA_BOUNDS[1])
        if abs(step) < 1e-6:
            break
    p = 1.0 / (1.0 + np.exp(-a * (theta - b)))
    return theta, float(1.0 / np.sqrt(np.sum(a * a * p * (1.0 - p))))


def _reference_domain(
    a: FloatArray, b: FloatArray, theta: float, settings: ReferenceCat, rng: np.random.Generator
) -> tuple[float, list[int]]:
    """One domain of the conventional CAT: its final estimate and the items it gave."""
    used = np.zeros(len(a), dtype=bool)
    chosen: list[int] = []
    scores: list[float] = []
    estimate = 0.0
    while len(chosen) < min(settings.max_items_per_domain, len(a)):
        p = 1.0 / (1.0 + np.exp(-a * (estimate - b)))
        item = int(np.argmax(np.where(used, -1.0, a * a * p * (1.0 - p))))
        used[item] = True
        chosen.append(item)
        scores.append(float(rng.random() * (1.0 + math.exp(-a[item] * (theta - b[item]))) < 1.0))
        estimate, error = _mle_or_eap(a[chosen], b[chosen], np.asarray(scores), estimate)
        if error < settings.standard_error:
            break
    return estimate, chosen


def reference_cat(
    bank: Bank,
    truth: FloatArray,
    cuts: Sequence[float],
    settings: ReferenceCat,
    rng: np.random.Generator,
) -> FormMetrics:
    """Run the conventional CAT (see ReferenceCat) on everyone; verdict from the estimates."""
    pools = [np.flatnonzero(bank.domains == d) for d in range(bank.n_domains)]
    counts = np.zeros(len(bank))
    estimates = np.zeros_like(truth)
    lengths = []
    for person, theta in enumerate(truth):
        total = 0
        for d, pool in enumerate(pools):
            estimates[person, d], chosen = _reference_domain(
                bank.a[pool], bank.b[pool], float(theta[d]), settings, rng
            )
            counts[pool[chosen]] += 1
            total += len(chosen)
        lengths.append(total)
    cut_row = np.asarray(cuts)[None, :]
    labels = [
        "basic" if is_basic else "not_basic" for is_basic in np.all(estimates >= cut_row, axis=1)
    ]
    is_basic = np.all(truth >= cut_row, axis=1)
    return _metrics(estimates, truth, labels, is_basic, lengths, counts / len(truth))


def simulate(
    bank: Bank,
    config: EngineConfig,
    n_examinees: int,
    correlation: float | npt.ArrayLike,
    seed: int,
    basic_cut: float | None = None,
    reference: ReferenceCat | None = None,
    match_rmse: bool = False,
) -> SimulationResult:
    """Run the engine on simulated people θ ~ MVN(0, R); 'basic' iff θ_d ≥ cut in every domain.

    The fixed form of the engine's mean length is always measured; the conventional CAT when
    reference is given, and the fixed-form length matching the engine's RMSE when match_rmse.
    Truth, engine answers and each yardstick draw from separate streams of the seed, so adding
    a yardstick leaves the engine's figures unchanged.
    """
    n_domains = bank.n_domains
    if basic_cut is not None:
        config = dataclasses.replace(config, cuts=(float(basic_cut),) * n_domains)
    cuts = np.asarray(config.cuts)
    truth_rng, engine_rng, fixed_rng, reference_rng = (
        np.random.default_rng(stream) for stream in np.random.SeedSequence(seed).spawn(4)
    )
    truth = truth_rng.multivariate_normal(
        np.zeros(n_domains), correlation_matrix(correlation, n_domains), size=n_examinees
    )
    is_basic = np.all(truth >= cuts[None, :], axis=1)
    counts = np.zeros(len(bank))
    estimates = np.zeros_like(truth)
    labels: list[str] = []
    lengths: list[int] = []
    timings: list[float] = []
    capped = 0
    for person in range(n_examinees):
        rates = counts / person if person >= EXPOSURE_WARMUP_SESSIONS else None
        state = SessionState()
        while True:
            started = time.perf_counter()
            item_id = choose_next_item(bank, state, config, engine_rng, exposure_rates=rates)
            timings.append(time.perf_counter() - started)
            if item_id is None:
                break
            counts[bank.index_of[item_id]] += 1
            state = state.with_answer(item_id, _answer(bank, item_id, truth[person], engine_rng))
        view = snapshot(bank, state, config)
        estimates[person] = view.posterior.mean
        probability = view.posterior.probability_all_above
        labels.append(_label(probability, config))
        lengths.append(len(state.item_ids))
        capped += max(probability, 1.0 - probability) < config.boundary(len(state.item_ids))
    adaptive = _metrics(estimates, truth, labels, is_basic, lengths, counts / n_examinees)

    length = max(round(adaptive.mean_items), 1)
    forms = _NestedForms.draw(
        bank, truth, min(len(bank), MAX_FIXED_FORM_ITEMS) if match_rmse else length, fixed_rng
    )
    form, fixed_estimates, fixed_labels = forms.score(bank, config, length)
    fixed_exposure = np.zeros(len(bank))
    fixed_exposure[form] = 1.0
    fixed = _metrics(
        fixed_estimates, truth, fixed_labels, is_basic, [len(form)] * n_examinees, fixed_exposure
    )
    equal = (
        _equal_rmse(bank, config, truth, forms, adaptive.rmse, adaptive.mean_items)
        if match_rmse
        else None
    )
    conventional = (
        None
        if reference is None
        else reference_cat(bank, truth, config.cuts, reference, reference_rng)
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
        reference=conventional,
        equal_rmse=equal,
        n_examinees=n_examinees,
        basic_accuracy_se=adaptive.basic_accuracy_se,
        max_items=adaptive.max_items,
        capped_rate=capped / n_examinees,
    )
