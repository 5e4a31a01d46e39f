"""Adaptive classification test: is a person 'basic' (θ_d ≥ cut_d in every domain)?

The engine keeps no state of its own. A `SessionState` (answered item ids and scores) plus the
`Bank` and `EngineConfig` are enough to compute the posterior, pick the next item, decide to
stop and give the verdict, so a web session can store the state as JSON and resume anywhere.
"""

import bisect
import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

import numpy as np
import numpy.typing as npt

from portal.assessment.domain.irt import (
    THETA_GRID,
    FactorPosterior,
    FactorPrior,
    FloatArray,
    above_cut_weights,
    factor_posterior,
    factor_prior,
    information_2pl,
    loadings_from_correlation,
    log_probabilities_2pl,
)

IntArray: TypeAlias = npt.NDArray[np.int64]
Mode = Literal["standard", "short"]
SelectionPoint = Literal["posterior", "estimate", "cut"]
Label = Literal["basic", "not_basic", "undetermined"]
Correlation: TypeAlias = float | tuple[tuple[float, ...], ...]

# Eight levels of Circular 02/2025 on the N(0, 1) population scale; services may pass others.
DEFAULT_LEVEL_THRESHOLDS = (-1.5, -0.75, 0.0, 0.5, 1.0, 1.5, 2.0)


@dataclass(frozen=True, slots=True)
class ItemParams:
    """A calibrated dichotomous item; domain is a 0-based index, competence a code like '1.2'."""

    id: int
    domain: int
    competence: str
    a: float
    b: float


@dataclass(frozen=True, slots=True)
class ItemGroup:
    """Items of one competence inside one domain, with their information table."""

    competence: str
    # positions in the bank arrays
    indices: IntArray
    # Fisher information, grid x items of the group (contiguous rows for fast lookup)
    information: FloatArray


@dataclass(frozen=True, slots=True)
class Bank:
    """Item arrays plus tables precomputed on THETA_GRID, grouped per domain and competence."""

    ids: IntArray
    domains: IntArray
    competences: tuple[str, ...]
    a: FloatArray
    b: FloatArray
    n_domains: int
    index_of: Mapping[int, int]
    log_p: FloatArray
    log_q: FloatArray
    information: FloatArray
    groups: tuple[tuple[ItemGroup, ...], ...]
    # position of each item inside its group
    group_of: IntArray
    position_in_group: IntArray
    # items per domain, and each item's group numbered across all domains (domain-major)
    domain_sizes: IntArray
    flat_group: IntArray
    group_starts: IntArray
    group_sizes: IntArray

    @classmethod
    def from_items(cls, items: Sequence[ItemParams], n_domains: int | None = None) -> "Bank":
        """Precompute the 2PL log-probability and information tables (Birnbaum 1968)."""
        if not items:
            msg = "an item bank needs at least one item"
            raise ValueError(msg)
        ids = np.array([item.id for item in items], dtype=np.int64)
        if len(set(ids.tolist())) != len(ids):
            msg = "item ids must be unique"
            raise ValueError(msg)
        domains = np.array([item.domain for item in items], dtype=np.int64)
        count = int(domains.max()) + 1 if n_domains is None else n_domains
        if domains.min() < 0 or domains.max() >= count:
            msg = f"item domains must lie in 0..{count - 1}"
            raise ValueError(msg)
        a = np.array([item.a for item in items], dtype=np.float64)
        b = np.array([item.b for item in items], dtype=np.float64)
        if np.any(a <= 0):
            msg = "item discriminations must be positive"
            raise ValueError(msg)
        log_p, log_q = log_probabilities_2pl(THETA_GRID, a, b)
        information = information_2pl(THETA_GRID, a, b)
        competences = tuple(item.competence for item in items)
        group_of = np.zeros(len(items), dtype=np.int64)
        position = np.zeros(len(items), dtype=np.int64)
        groups: list[tuple[ItemGroup, ...]] = []
        codes_array = np.array(competences, dtype=object)
        for domain in range(count):
            in_domain = np.flatnonzero(domains == domain)
            domain_groups = []
            for number, code in enumerate(sorted({competences[i] for i in in_domain})):
                members = in_domain[codes_array[in_domain] == code].astype(np.int64)
                group_of[members] = number
                position[members] = np.arange(len(members))
                table = np.ascontiguousarray(information[:, members])
                domain_groups.append(ItemGroup(code, members, table))
            groups.append(tuple(domain_groups))
        group_starts = np.cumsum([0] + [len(g) for g in groups[:-1]]).astype(np.int64)
        return cls(
            ids=ids,
            domains=domains,
            competences=competences,
            a=a,
            b=b,
            n_domains=count,
            index_of={int(item_id): i for i, item_id in enumerate(ids.tolist())},
            log_p=np.ascontiguousarray(log_p),
            log_q=np.ascontiguousarray(log_q),
            information=information,
            groups=tuple(groups),
            group_of=group_of,
            position_in_group=position,
            domain_sizes=np.bincount(domains, minlength=count).astype(np.int64),
            flat_group=group_starts[domains] + group_of,
            group_starts=group_starts,
            group_sizes=np.array(
                [len(g.indices) for domain_groups in groups for g in domain_groups], dtype=np.int64
            ),
        )

    def __len__(self) -> int:
        """Number of items."""
        return len(self.ids)


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """Cuts, caps, stopping boundary, exposure control and prior of the adaptive test."""

    cuts: tuple[float, ...]
    mode: Mode = "standard"
    # Caps sized for the people whose call stays close (θ near a cut): the others stop at the
    # boundary long before, so the mean length stays far below the cap (about 40 items).
    max_items_total: int = 140
    max_items_per_domain: int = 50
    min_items_per_domain: int = 1
    # Stop once P(basic) or P(not basic) reaches the boundary; it starts at `confidence` and
    # falls linearly to `relaxed_confidence` between `relax_after_items` and the total cap.
    # Most people reach 0.99 within 10-30 items; the flat start keeps them from stopping at a
    # call wrong one time in ten, and the late slope lets those whose θ lies at a cut (whom
    # no budget resolves) stop before the cap once their call is as clear as it will get.
    confidence: float = 0.99
    relax_after_items: int = 40
    relaxed_confidence: float = 0.8
    # A domain stops once its posterior SD reaches this, or its own call is clear.
    precision_target: float = 0.15
    # Stop when more items are unlikely to raise P(correct verdict) by this much per item.
    # Off in the presets: its normal model of P's drift undervalues items when P is far
    # from ½, so it stopped many people at 0.90-0.95 and lost accuracy per item spent.
    item_cost: float = 0.0
    # Below this confidence the verdict is 'undetermined': abstain only when the call is
    # within five points of a coin flip (Chow 1970: abstain iff max posterior < 1 - r, with
    # r = 0.45, an 'undetermined' worth barely more than a wrong call to the person).
    actionable_confidence: float = 0.55
    exposure_target: float = 0.25
    randomesque_k: int = 5
    selection_point: SelectionPoint = "posterior"
    # Inter-domain correlation of θ in the population: a number or a full matrix.
    prior_correlation: Correlation = 0.6
    level_thresholds: tuple[float, ...] = DEFAULT_LEVEL_THRESHOLDS

    def __post_init__(self) -> None:
        """Reject inconsistent settings early."""
        if not self.cuts:
            raise ValueError("cuts must name one cut per domain")
        if not 0.5 < self.relaxed_confidence <= self.confidence < 1.0:
            raise ValueError("need 0.5 < relaxed_confidence <= confidence < 1")
        if self.min_items_per_domain > self.max_items_per_domain:
            raise ValueError("min_items_per_domain exceeds max_items_per_domain")
        if self.randomesque_k < 1:
            raise ValueError("randomesque_k must be at least 1")
        if list(self.level_thresholds) != sorted(self.level_thresholds):
            raise ValueError("level_thresholds must be increasing")

    @property
    def n_domains(self) -> int:
        """Number of domains (one cut each)."""
        return len(self.cuts)

    def boundary(self, n_items: int) -> float:
        """Confidence needed to stop after n_items (boundary relaxing with test length)."""
        span = max(self.max_items_total - self.relax_after_items, 1)
        share = min(max((n_items - self.relax_after_items) / span, 0.0), 1.0)
        return self.confidence - (self.confidence - self.relaxed_confidence) * share


def config_for_mode(mode: Mode, cuts: Sequence[float], **overrides: Any) -> EngineConfig:
    """Preset caps and boundaries: standard (about 40 items on average) or short (about 20).

    Both stop on the relaxing boundary alone. The short test starts at a lower confidence,
    relaxes sooner and has smaller caps; it still lets a close call run past 20 items, since
    the accuracy lost by stopping those few early costs more than their extra items.
    """
    presets: dict[str, dict[str, Any]] = {
        "standard": {},
        "short": {
            "max_items_total": 60,
            "max_items_per_domain": 25,
            "confidence": 0.95,
            "relax_after_items": 20,
            "relaxed_confidence": 0.75,
        },
    }
    settings = {**presets[mode], **overrides}
    return EngineConfig(cuts=tuple(float(cut) for cut in cuts), mode=mode, **settings)


@dataclass(frozen=True, slots=True)
class SessionState:
    """Answers so far, in order; round-trips through a JSON-safe dict."""

    item_ids: tuple[int, ...] = ()
    scores: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        """Keep ids and scores paired and scores dichotomous."""
        if len(self.item_ids) != len(self.scores):
            raise ValueError("item_ids and scores differ in length")
        if any(score not in (0, 1) for score in self.scores):
            raise ValueError("scores must be 0 or 1")

    def with_answer(self, item_id: int, score: int) -> "SessionState":
        """The state after one more answer."""
        if item_id in self.item_ids:
            msg = f"item {item_id} was already answered"
            raise ValueError(msg)
        return SessionState((*self.item_ids, int(item_id)), (*self.scores, int(score)))

    def to_dict(self) -> dict[str, list[int]]:
        """JSON-safe form for a web session."""
        return {"item_ids": list(self.item_ids), "scores": list(self.scores)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Iterable[int]]) -> "SessionState":
        """Rebuild a state stored with to_dict."""
        return cls(
            tuple(int(i) for i in data.get("item_ids", ())),
            tuple(int(s) for s in data.get("scores", ())),
        )

    def by_domain(self, bank: Bank) -> dict[int, list[tuple[int, int]]]:
        """Answers grouped per domain as (item id, score)."""
        grouped: dict[int, list[tuple[int, int]]] = {d: [] for d in range(bank.n_domains)}
        for item_id, score in zip(self.item_ids, self.scores, strict=True):
            grouped[int(bank.domains[bank.index_of[item_id]])].append((item_id, score))
        return grouped


@dataclass(frozen=True, slots=True)
class DomainEstimate:
    """EAP θ of one domain, its posterior SD, P(θ ≥ cut), item count and level."""

    mean: float
    sd: float
    probability_above: float
    n_items: int
    level: int


@dataclass(frozen=True, slots=True)
class Verdict:
    """Basic / not basic / undetermined with its confidence and the per-domain estimates."""

    label: Label
    confidence: float
    probability_basic: float
    domains: tuple[DomainEstimate, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything the selection and stopping rules need about a session, computed once."""

    posterior: FactorPosterior
    used: IntArray
    items_per_domain: IntArray
    # answers per (domain, competence group)
    items_per_group: tuple[IntArray, ...]

    @property
    def n_items(self) -> int:
        """Answers so far."""
        return len(self.used)


@functools.lru_cache(maxsize=32)
def _prior(correlation: Correlation, n_domains: int) -> FactorPrior:
    """Discretised general-factor prior for a correlation (cached: configs are immutable)."""
    return factor_prior(loadings_from_correlation(np.asarray(correlation), n_domains))


@functools.lru_cache(maxsize=32)
def _above(cuts: tuple[float, ...]) -> FloatArray:
    """Grid-cell share above each domain's cut, domains x grid."""
    return np.stack([above_cut_weights(THETA_GRID, cut) for cut in cuts])


def level_for_theta(theta: float, thresholds: Sequence[float]) -> int:
    """Framework level (1-based) of θ: one plus the number of thresholds at or below it."""
    return bisect.bisect_right(list(thresholds), theta) + 1


def snapshot(bank: Bank, state: SessionState, config: EngineConfig) -> Snapshot:
    """Posterior of all domains under the general-factor prior (EAP, Bock & Aitkin 1981)."""
    if bank.n_domains != config.n_domains:
        msg = f"bank has {bank.n_domains} domains, config has {config.n_domains} cuts"
        raise ValueError(msg)
    used = np.fromiter((bank.index_of[i] for i in state.item_ids), np.int64, len(state.item_ids))
    scores = np.asarray(state.scores, dtype=bool)
    domains = bank.domains[used]
    log_likelihood = np.zeros((len(THETA_GRID), bank.n_domains))
    if len(used):
        columns = np.where(scores[None, :], bank.log_p[:, used], bank.log_q[:, used])
        one_hot = np.zeros((len(used), bank.n_domains))
        one_hot[np.arange(len(used)), domains] = 1.0
        log_likelihood = columns @ one_hot
    posterior = factor_posterior(
        _prior(config.prior_correlation, bank.n_domains), log_likelihood, _above(config.cuts)
    )
    per_domain = np.bincount(domains, minlength=bank.n_domains).astype(np.int64)
    flat = np.bincount(bank.flat_group[used], minlength=len(bank.group_sizes))
    per_group = tuple(np.split(flat.astype(np.int64), bank.group_starts[1:]))
    return Snapshot(posterior, used, per_domain, per_group)


def posterior(bank: Bank, state: SessionState, config: EngineConfig) -> tuple[DomainEstimate, ...]:
    """Per-domain EAP mean, SD, P(θ_d ≥ cut_d) and level (Bock & Aitkin 1981 quadrature)."""
    return _domain_estimates(snapshot(bank, state, config), config)


def _domain_estimates(view: Snapshot, config: EngineConfig) -> tuple[DomainEstimate, ...]:
    """Plain-float per-domain estimates from a snapshot."""
    post = view.posterior
    return tuple(
        DomainEstimate(
            mean=float(post.mean[d]),
            sd=float(post.sd[d]),
            probability_above=float(post.probability_above[d]),
            n_items=int(view.items_per_domain[d]),
            level=level_for_theta(float(post.mean[d]), config.level_thresholds),
        )
        for d in range(config.n_domains)
    )


def _open_domains(bank: Bank, view: Snapshot, config: EngineConfig) -> npt.NDArray[np.bool_]:
    """Domains that may still receive items: under their cap, unsettled, with items left."""
    post = view.posterior
    boundary = config.boundary(view.n_items)
    # Below the cut decides the verdict alone; above it, every domain must be clear enough for
    # the joint call to reach the boundary (Bonferroni share of the allowed error).
    clearly_below = post.probability_above <= 1.0 - boundary
    clearly_above = post.probability_above >= 1.0 - (1.0 - boundary) / config.n_domains
    call_is_clear = clearly_below | clearly_above
    settled = call_is_clear | (post.sd <= config.precision_target)
    under_cap = view.items_per_domain < config.max_items_per_domain
    has_items = view.items_per_domain < bank.domain_sizes
    needs_minimum = view.items_per_domain < config.min_items_per_domain
    return np.asarray(under_cap & has_items & (~settled | needs_minimum), dtype=np.bool_)


def should_stop(bank: Bank, state: SessionState, config: EngineConfig) -> bool:
    """Sequential Bayesian stopping: verdict clear at the relaxing boundary, or caps reached."""
    return _should_stop(bank, snapshot(bank, state, config), config)


def _should_stop(bank: Bank, view: Snapshot, config: EngineConfig) -> bool:
    """Stopping rule on a computed snapshot (see should_stop)."""
    return _plan(bank, view, config) is None


def _plan(bank: Bank, view: Snapshot, config: EngineConfig) -> FloatArray | None:
    """Priority of each domain for the next item, or None when the test should stop."""
    if view.n_items >= min(config.max_items_total, len(bank)):
        return None
    open_domains = _open_domains(bank, view, config)
    if not np.any(open_domains):
        return None
    priority = _domain_priority(
        view, open_domains, _prior(config.prior_correlation, bank.n_domains), _above(config.cuts)
    )
    if np.any(view.items_per_domain < config.min_items_per_domain):
        return priority
    probability = view.posterior.probability_all_above
    if max(probability, 1.0 - probability) >= config.boundary(view.n_items):
        return None
    remaining = min(config.max_items_total, len(bank)) - view.n_items
    if config.item_cost > 0 and not _worth_more_items(
        probability, float(np.sqrt(max(priority.max(), 0.0))), remaining, config.item_cost
    ):
        return None
    return priority


def _worth_more_items(probability: float, step_sd: float, remaining: int, cost: float) -> bool:
    """Whether k more items may raise P(correct call) by more than k·cost (Wald 1947 style).

    P(basic) is a martingale; after k items it moves by about step_sd·√k, so the expected gain
    of max(P, 1-P) is s·√(2/π)·exp(-δ²/2s²) - 2δ·Φ(-δ/s) with δ = |P - ½|, s = step_sd·√k.
    """
    distance = abs(probability - 0.5)
    for k in range(1, remaining + 1):
        spread = step_sd * math.sqrt(k)
        if spread <= 0.0:
            return False
        z = distance / spread
        gain = spread * math.sqrt(2.0 / math.pi) * math.exp(-0.5 * z * z) - distance * math.erfc(
            z / math.sqrt(2.0)
        )
        if gain > cost * k:
            return True
    return False


def verdict(bank: Bank, state: SessionState, config: EngineConfig) -> Verdict:
    """Basic iff P(θ_d ≥ cut_d ∀d) ≥ ½; 'undetermined' below the actionable confidence."""
    view = snapshot(bank, state, config)
    probability = view.posterior.probability_all_above
    confidence = max(probability, 1.0 - probability)
    label: Label = "basic" if probability >= 0.5 else "not_basic"
    if confidence < config.actionable_confidence:
        label = "undetermined"
    return Verdict(label, confidence, probability, _domain_estimates(view, config))


def _domain_priority(
    view: Snapshot, open_domains: npt.NDArray[np.bool_], prior: FactorPrior, above: FloatArray
) -> FloatArray:
    """Preposterior variance of P(basic) after one good item per domain (Bayes, Lindley 1956).

    For domain d a representative item (a = 1.2, b at the domain's EAP) is answered right or
    wrong; Σ_y P(y)·(P(basic | y) - P(basic))² measures how far that answer moves the verdict,
    so the domain that matters for the overall call wins even when its own call is clear.
    """
    post = view.posterior
    likelihood = post.likelihood
    probability = _logistic_grid(1.2 * (THETA_GRID[None, :] - post.mean[:, None]))
    right = np.stack([likelihood * probability, likelihood * probability * above], axis=2)
    sums = np.matmul(prior.kernel, right)
    marginal = post.marginal
    general = post.general
    conditional = post.conditional_above
    # Π_{e≠d} P(θ_e ≥ cut_e | g) for every d as prefix x suffix products (no division by 0).
    others = np.ones_like(conditional)
    others[1:] = np.cumprod(conditional[:-1], axis=0)
    others[:-1] *= np.cumprod(conditional[:0:-1], axis=0)[::-1]
    weight = general[None, :] * others / marginal
    p_right = np.sum(general[None, :] * sums[:, :, 0] / marginal, axis=1)
    basic_and_right = np.sum(weight * sums[:, :, 1], axis=1)
    basic_and_wrong = np.sum(weight * (post.upper - sums[:, :, 1]), axis=1)
    p_right = np.clip(p_right, 1e-12, 1.0 - 1e-12)
    current = post.probability_all_above
    spread = (
        p_right * (basic_and_right / p_right - current) ** 2
        + (1.0 - p_right) * (basic_and_wrong / (1.0 - p_right) - current) ** 2
    )
    return np.where(open_domains, spread, -1.0)


def _logistic_grid(x: FloatArray) -> FloatArray:
    """Logistic function on an array (2PL response curve, Birnbaum 1968)."""
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * x)), dtype=np.float64)


def _pick(values: FloatArray, k: int, rng: np.random.Generator) -> int:
    """Uniform pick among the k largest finite values (randomesque, Kingsbury & Zara 1989)."""
    finite = int(np.count_nonzero(np.isfinite(values)))
    k = min(k, finite)
    if k <= 1:
        return int(np.argmax(values))
    top = np.argpartition(-values, k - 1)[:k]
    return int(top[rng.integers(k)])


def choose_next_item(
    bank: Bank,
    state: SessionState,
    config: EngineConfig,
    rng: np.random.Generator,
    exposure_rates: FloatArray | None = None,
) -> int | None:
    """Next item id, or None when the test is over (max information, Lord 1980; randomesque).

    The domain is the open one whose basic/not-basic call weighs most on the overall verdict;
    within it the least-used competence (content balancing) and then one of the k most
    informative unused items. Items whose observed exposure rate exceeds the target are left
    out while others remain (eligibility method, van der Linden & Veldkamp 2004).
    """
    view = snapshot(bank, state, config)
    priority = _plan(bank, view, config)
    if priority is None:
        return None
    best = np.flatnonzero(priority >= priority.max() - 1e-12)
    domain = int(best[rng.integers(len(best))])
    start = int(bank.group_starts[domain])
    counts = view.items_per_group[domain]
    available = bank.group_sizes[start : start + len(counts)] - counts
    candidates = np.flatnonzero(available > 0)
    fewest = candidates[counts[candidates] == counts[candidates].min()]
    group_number = int(fewest[rng.integers(len(fewest))])
    group = bank.groups[domain][group_number]
    values = _information_at(group, view, config, domain)
    mine = view.used[bank.flat_group[view.used] == start + group_number]
    values[bank.position_in_group[mine]] = -np.inf
    if exposure_rates is not None:
        over = exposure_rates[group.indices] > config.exposure_target
        if np.count_nonzero(np.isfinite(values) & ~over) >= 1:
            values[over] = -np.inf
    return int(bank.ids[group.indices[_pick(values, config.randomesque_k, rng)]])


def _information_at(
    group: ItemGroup, view: Snapshot, config: EngineConfig, domain: int
) -> FloatArray:
    """Item information at the selection point: posterior-weighted, EAP estimate, or cut."""
    if config.selection_point == "posterior":
        return np.asarray(view.posterior.weights[domain] @ group.information, dtype=np.float64)
    point = (
        float(view.posterior.mean[domain])
        if config.selection_point == "estimate"
        else config.cuts[domain]
    )
    row = int(np.clip(np.searchsorted(THETA_GRID, point), 0, len(THETA_GRID) - 1))
    return np.array(group.information[row], dtype=np.float64)
