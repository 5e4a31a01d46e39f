"""Item calibration: 2PL and graded-response parameters from recorded responses.

Marginal maximum likelihood by EM on a fixed quadrature grid (Bock & Aitkin 1981), with weak
priors on the item parameters so that every estimate is finite (Bayes modal, Mislevy 1986).
A binary item is the graded-response model with two categories, so one code path serves the
2PL (Birnbaum 1968) and the graded-response model (Samejima 1969).

Responses come sparse, as (person, item, score) triples: in an adaptive test each person sees
a few items, chosen from their earlier answers. That missingness depends only on observed
responses, so it is ignorable for likelihood inference (Mislevy & Wu 1996) and MML needs no
correction for it.

Items given anchor parameters stay fixed while the others are estimated on their scale
(fixed-parameter calibration); the ability distribution's mean and SD are then re-estimated in
every EM cycle (Kim 2006, "multiple weights updating, multiple EM cycles"). This is how pretest
items seeded unscored into live tests are put on the operational scale.
"""

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

# Logistic scaling constant that makes the logistic curve close to the normal ogive. Estimates
# are on this normal metric; the engine (irt.py) uses the plain logistic metric, so a slope
# from here is multiplied by D before it is stored for the engine (anchor_from_logistic and
# on_logistic_metric below do both directions).
D = 1.702
# Smallest probability taken into a logarithm: keeps log-likelihoods finite at the bounds.
_PROBABILITY_FLOOR = 1e-300
# Graded thresholds are kept at least this far apart, so every category keeps some probability.
_MIN_THRESHOLD_GAP = 1e-2
_MAX_STEP_HALVINGS = 10


@dataclass(frozen=True, slots=True)
class AnchorParameters:
    """Known parameters of an operational item, held fixed during calibration."""

    a: float
    thresholds: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """An item to calibrate: its id, how many ordered score categories, and an optional anchor."""

    item_id: str
    n_categories: int = 2
    anchor: AnchorParameters | None = None

    @property
    def is_anchor(self) -> bool:
        """Whether the item's parameters are known and held fixed."""
        return self.anchor is not None


@dataclass(frozen=True, slots=True)
class CalibrationSettings:
    """Quadrature, priors, bounds, convergence and item-fit settings of calibrate_items."""

    quadrature_points: int = 61
    theta_bound: float = 5.0
    max_iterations: int = 500
    tolerance: float = 1e-4
    newton_steps: int = 2
    # Normal prior on log a (lognormal on a) and on each threshold; BILOG-MG uses the same shapes.
    log_a_prior_mean: float = 0.0
    log_a_prior_sd: float = 0.5
    threshold_prior_mean: float = 0.0
    threshold_prior_sd: float = 2.0
    a_bounds: tuple[float, float] = (0.2, 4.0)
    threshold_bounds: tuple[float, float] = (-5.0, 5.0)
    # None: estimate the ability mean and SD exactly when some item is anchored.
    estimate_population: bool | None = None
    fit_groups: int = 10
    fit_min_group_size: int = 20
    fit_alpha: float = 0.01
    fit_min_rmsd: float = 0.05


@dataclass(frozen=True, slots=True)
class ItemFit:
    """Leave-one-item-out fit of one item: chi-square over ability groups and its effect size."""

    statistic: float
    df: int
    p_value: float
    rmsd: float
    n_groups: int
    is_misfit: bool


@dataclass(frozen=True, slots=True)
class ItemEstimate:
    """Calibrated parameters of one item with standard errors, response count and fit."""

    item_id: str
    a: float
    thresholds: tuple[float, ...]
    se_a: float
    se_thresholds: tuple[float, ...]
    n_responses: int
    is_anchor: bool
    fit: ItemFit

    @property
    def location(self) -> float:
        """The item's difficulty b for a 2PL item, the mean threshold for a graded item."""
        return float(np.mean(self.thresholds))


@dataclass(frozen=True, slots=True)
class CalibrationResult:
    """Every item's estimate, the ability distribution used, and how EM ended."""

    items: tuple[ItemEstimate, ...]
    population_mean: float
    population_sd: float
    log_likelihood: float
    iterations: int
    is_converged: bool

    def item(self, item_id: str) -> ItemEstimate:
        """The estimate of one item by id."""
        for estimate in self.items:
            if estimate.item_id == item_id:
                return estimate
        raise KeyError(item_id)


@dataclass(frozen=True, slots=True)
class PromotionDecision:
    """Pretest items ready to become operational, and why each other one is kept back."""

    promoted: tuple[str, ...]
    kept_back: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class _Group:
    """Items sharing a category count, held as arrays: parameters are (log a, thresholds...)."""

    n_categories: int
    items: IntArray
    is_free: NDArray[np.bool_]
    parameters: FloatArray


@dataclass(frozen=True, slots=True)
class _Data:
    """Responses in the two orders the E-step needs, with persons renumbered 0..n-1."""

    n_persons: int
    n_items: int
    max_categories: int
    by_person_item: IntArray
    by_person_score: IntArray
    person_starts: IntArray
    key_order: IntArray
    key_starts: IntArray
    keys: IntArray
    person: IntArray
    item: IntArray
    score: IntArray


def _sigmoid(z: FloatArray) -> FloatArray:
    """Logistic function, clipped so exp never overflows (Birnbaum 1968)."""
    result: FloatArray = 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))
    return result


def _cumulative_parts(
    parameters: FloatArray, nodes: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """P*(score >= k), logit z and slope a per item and node; GRM, Samejima 1969, D = 1.702."""
    a = np.exp(parameters[:, 0])
    z = D * a[:, None, None] * (nodes[None, None, :] - parameters[:, 1:, None])
    return _sigmoid(z), z, a


def _category_probabilities(parameters: FloatArray, nodes: FloatArray) -> FloatArray:
    """P(score = k | theta) = P*_k - P*_(k+1) for items x categories x nodes; Samejima 1969."""
    p_star, _, _ = _cumulative_parts(parameters, nodes)
    n = p_star.shape[0]
    ones = np.ones((n, 1, nodes.size))
    zeros = np.zeros((n, 1, nodes.size))
    padded = np.concatenate([ones, p_star, zeros], axis=1)
    probabilities: FloatArray = np.maximum(padded[:, :-1] - padded[:, 1:], _PROBABILITY_FLOOR)
    return probabilities


def _probability_gradient(parameters: FloatArray, nodes: FloatArray) -> FloatArray:
    """dP_k/d(log a, b_1..b_K-1) as items x categories x parameters x nodes; Samejima 1969."""
    p_star, z, a = _cumulative_parts(parameters, nodes)
    n, n_thresholds, n_nodes = p_star.shape
    slope = p_star * (1.0 - p_star)
    d_star = np.zeros((n, n_thresholds + 2, n_thresholds + 1, n_nodes))
    d_star[:, 1:-1, 0] = slope * z
    for j in range(n_thresholds):
        d_star[:, 1 + j, 1 + j] = -D * a[:, None] * slope[:, j]
    gradient: FloatArray = d_star[:, :-1] - d_star[:, 1:]
    return gradient


def _probability_hessian(parameters: FloatArray, nodes: FloatArray) -> FloatArray:
    """d2P_k in (log a, thresholds) as items x K x M x M x nodes; Samejima 1969."""
    p_star, z, a = _cumulative_parts(parameters, nodes)
    n, n_thresholds, n_nodes = p_star.shape
    m = n_thresholds + 1
    slope = p_star * (1.0 - p_star)
    curvature = slope * (1.0 - 2.0 * p_star)
    da = D * a[:, None]
    d2_star = np.zeros((n, n_thresholds + 2, m, m, n_nodes))
    d2_star[:, 1:-1, 0, 0] = curvature * z * z + slope * z
    for j in range(n_thresholds):
        cross = -da * (curvature[:, j] * z[:, j] + slope[:, j])
        d2_star[:, 1 + j, 0, 1 + j] = cross
        d2_star[:, 1 + j, 1 + j, 0] = cross
        d2_star[:, 1 + j, 1 + j, 1 + j] = curvature[:, j] * da * da
    hessian: FloatArray = d2_star[:, :-1] - d2_star[:, 1:]
    return hessian


def _prior_moments(
    n_parameters: int, settings: CalibrationSettings
) -> tuple[FloatArray, FloatArray]:
    """Prior means and precisions of (log a, thresholds); Bayes modal estimation, Mislevy 1986."""
    means = np.full(n_parameters, settings.threshold_prior_mean)
    precisions = np.full(n_parameters, settings.threshold_prior_sd**-2.0)
    means[0] = settings.log_a_prior_mean
    precisions[0] = settings.log_a_prior_sd**-2.0
    return means, precisions


def _objective(
    parameters: FloatArray, counts: FloatArray, nodes: FloatArray, settings: CalibrationSettings
) -> FloatArray:
    """Expected complete-data log-likelihood plus log prior per item; Bock & Aitkin 1981, eq. 8."""
    log_p = np.log(_category_probabilities(parameters, nodes))
    means, precisions = _prior_moments(parameters.shape[1], settings)
    prior = -0.5 * np.sum(precisions * (parameters - means) ** 2, axis=1)
    gaps = np.diff(parameters[:, 1:], axis=1)
    is_ordered = np.all(gaps >= _MIN_THRESHOLD_GAP, axis=1)
    value: FloatArray = np.where(is_ordered, np.sum(counts * log_p, axis=(1, 2)) + prior, -np.inf)
    return value


def _clip_parameters(parameters: FloatArray, settings: CalibrationSettings) -> FloatArray:
    """Keep log a and thresholds inside their bounds."""
    low_a, high_a = settings.a_bounds
    low_b, high_b = settings.threshold_bounds
    clipped = parameters.copy()
    clipped[:, 0] = np.clip(clipped[:, 0], math.log(low_a), math.log(high_a))
    clipped[:, 1:] = np.clip(clipped[:, 1:], low_b, high_b)
    return clipped


def _maximise_items(
    parameters: FloatArray, counts: FloatArray, nodes: FloatArray, settings: CalibrationSettings
) -> FloatArray:
    """M-step: Fisher scoring with step halving on each item's penalised expected log-likelihood."""
    means, precisions = _prior_moments(parameters.shape[1], settings)
    current = parameters
    current_value = _objective(current, counts, nodes, settings)
    node_totals = counts.sum(axis=1)
    for _ in range(settings.newton_steps):
        probabilities = _category_probabilities(current, nodes)
        gradient_p = _probability_gradient(current, nodes)
        score = np.einsum("nkq,nkmq->nm", counts / probabilities, gradient_p)
        score -= precisions * (current - means)
        weighted = gradient_p * (node_totals[:, None, None, :] / probabilities[:, :, None, :])
        information = np.einsum("nkmq,nklq->nml", weighted, gradient_p)
        information += np.diag(precisions)[None]
        step = np.linalg.solve(information, score[:, :, None])[:, :, 0]
        step_size = np.ones(current.shape[0])
        candidate = current
        candidate_value = current_value
        for _ in range(_MAX_STEP_HALVINGS):
            candidate = _clip_parameters(current + step_size[:, None] * step, settings)
            candidate_value = _objective(candidate, counts, nodes, settings)
            is_worse = candidate_value < current_value
            if not is_worse.any():
                break
            step_size = np.where(is_worse, step_size / 2.0, step_size)
        is_better = candidate_value >= current_value
        current = np.where(is_better[:, None], candidate, current)
        current_value = np.where(is_better, candidate_value, current_value)
    return current


def _as_int_array(values: ArrayLike, name: str) -> IntArray:
    """A one-dimensional integer array, or ValueError."""
    array = np.asarray(values)
    if array.ndim != 1 or (array.size and not np.issubdtype(array.dtype, np.integer)):
        raise ValueError(f"{name} must be a one-dimensional integer array")
    return array.astype(np.int64)


def _prepare_data(
    person_index: ArrayLike,
    item_index: ArrayLike,
    score: ArrayLike,
    items: Sequence[ItemSpec],
) -> _Data:
    """Check the triples and sort them by person and by (item, score) for the E-step."""
    person = _as_int_array(person_index, "person_index")
    item = _as_int_array(item_index, "item_index")
    scores = _as_int_array(score, "score")
    if not person.size == item.size == scores.size:
        raise ValueError("person_index, item_index and score must have the same length")
    if person.size == 0:
        raise ValueError("no responses to calibrate")
    if item.min() < 0 or item.max() >= len(items):
        raise ValueError("item_index out of range of items")
    categories = np.array([spec.n_categories for spec in items], dtype=np.int64)
    if scores.min() < 0 or np.any(scores >= categories[item]):
        raise ValueError("score out of range of the item's categories")
    persons, person = np.unique(person, return_inverse=True)
    pair = person * len(items) + item
    if np.unique(pair).size != pair.size:
        raise ValueError("a person answered the same item twice")
    max_categories = int(categories.max())
    person_order = np.argsort(person, kind="stable")
    sorted_person = person[person_order]
    person_starts = np.flatnonzero(np.r_[True, sorted_person[1:] != sorted_person[:-1]])
    key = item * max_categories + scores
    key_order = np.argsort(key, kind="stable")
    sorted_key = key[key_order]
    key_starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
    return _Data(
        n_persons=persons.size,
        n_items=len(items),
        max_categories=max_categories,
        by_person_item=item[person_order],
        by_person_score=scores[person_order],
        person_starts=person_starts,
        key_order=key_order,
        key_starts=key_starts,
        keys=sorted_key[key_starts],
        person=person,
        item=item,
        score=scores,
    )


def _start_parameters(spec: ItemSpec, scores: IntArray) -> FloatArray:
    """Anchor values, or a = 1 and thresholds from cumulative proportions (rough start)."""
    if spec.anchor is not None:
        return np.array([math.log(spec.anchor.a), *spec.anchor.thresholds], dtype=np.float64)
    k = np.arange(1, spec.n_categories)
    at_least = (scores[:, None] >= k[None, :]).mean(axis=0) if scores.size else np.full(k.size, 0.5)
    at_least = np.clip(at_least, 0.02, 0.98)
    # Marginal P(score >= k) is about sigmoid(-c b / sqrt(1 + pi c^2 / 8)) for slope c = D a.
    thresholds = -np.log(at_least / (1.0 - at_least)) * math.sqrt(1.0 + math.pi * D * D / 8) / D
    for j in range(1, thresholds.size):
        thresholds[j] = max(thresholds[j], thresholds[j - 1] + 0.1)
    return np.array([0.0, *thresholds], dtype=np.float64)


def _build_groups(items: Sequence[ItemSpec], data: _Data) -> list[_Group]:
    """Items grouped by category count, with start values and whether each is estimated."""
    groups: list[_Group] = []
    for n_categories in sorted({spec.n_categories for spec in items}):
        members = np.array(
            [i for i, spec in enumerate(items) if spec.n_categories == n_categories],
            dtype=np.int64,
        )
        start = np.stack([_start_parameters(items[i], data.score[data.item == i]) for i in members])
        is_free = np.array(
            [not items[i].is_anchor and bool(np.any(data.item == i)) for i in members]
        )
        groups.append(_Group(n_categories, members, is_free, start))
    return groups


def _log_weights(nodes: FloatArray, mean: float, sd: float) -> FloatArray:
    """Normal prior weights of the quadrature nodes, normalised, as logs; Bock & Aitkin 1981."""
    log_density = -0.5 * ((nodes - mean) / sd) ** 2
    log_weights: FloatArray = log_density - np.log(np.sum(np.exp(log_density)))
    return log_weights


def _log_probability_table(groups: Sequence[_Group], data: _Data, nodes: FloatArray) -> FloatArray:
    """log P(score | theta) for every item, category and node (unused categories stay 0)."""
    table = np.zeros((data.n_items, data.max_categories, nodes.size))
    for group in groups:
        table[group.items, : group.n_categories] = np.log(
            _category_probabilities(group.parameters, nodes)
        )
    return table


def _posterior(
    log_table: FloatArray, data: _Data, log_weights: FloatArray
) -> tuple[FloatArray, float]:
    """E-step: each person's posterior over the nodes and the marginal log-likelihood."""
    per_response = log_table[data.by_person_item, data.by_person_score]
    log_joint = np.add.reduceat(per_response, data.person_starts, axis=0) + log_weights
    peak = log_joint.max(axis=1, keepdims=True)
    joint = np.exp(log_joint - peak)
    total = joint.sum(axis=1, keepdims=True)
    log_likelihood = float(np.sum(np.log(total) + peak))
    posterior: FloatArray = joint / total
    return posterior, log_likelihood


def _expected_counts(posterior: FloatArray, data: _Data) -> FloatArray:
    """Expected persons at each node giving each score to each item; Bock & Aitkin 1981."""
    n_nodes = posterior.shape[1]
    sums = np.add.reduceat(posterior[data.person[data.key_order]], data.key_starts, axis=0)
    counts = np.zeros((data.n_items * data.max_categories, n_nodes))
    counts[data.keys] = sums
    result: FloatArray = counts.reshape(data.n_items, data.max_categories, n_nodes)
    return result


def _population_moments(posterior: FloatArray, nodes: FloatArray) -> tuple[float, float]:
    """Mean and SD of ability implied by the posteriors; Kim 2006 (MWU-MEM)."""
    mass = posterior.sum(axis=0) / posterior.shape[0]
    mean = float(np.sum(mass * nodes))
    sd = float(np.sqrt(np.sum(mass * (nodes - mean) ** 2)))
    return mean, sd


def _standard_errors(
    group: _Group,
    counts: FloatArray,
    posterior: FloatArray,
    data: _Data,
    nodes: FloatArray,
    settings: CalibrationSettings,
) -> FloatArray:
    """SEs of (a, thresholds) from the item block of the observed information; Louis 1982."""
    # Louis: I = -sum_kq r_kq d2P_k / P_k + sum_p s_p s_p', plus the prior's precision.
    parameters = group.parameters
    n, m = parameters.shape
    probabilities = _category_probabilities(parameters, nodes)
    gradient_p = _probability_gradient(parameters, nodes)
    hessian_p = _probability_hessian(parameters, nodes)
    information = -np.einsum("nkq,nkmlq->nml", counts / probabilities, hessian_p)
    local = np.full(data.n_items, -1, dtype=np.int64)
    local[group.items] = np.arange(n)
    chosen = local[data.item] >= 0
    item_local = local[data.item[chosen]]
    score_of = data.score[chosen]
    log_gradient = gradient_p / probabilities[:, :, None, :]
    person_scores = np.einsum(
        "rq,rmq->rm",
        posterior[data.person[chosen]],
        log_gradient[item_local, score_of],
    )
    np.add.at(information, item_local, person_scores[:, :, None] * person_scores[:, None, :])
    _, precisions = _prior_moments(m, settings)
    information += np.diag(precisions)[None]
    errors = np.full((n, m), np.inf)
    for i in range(n):
        try:
            variances = np.diag(np.linalg.inv(information[i]))
        except np.linalg.LinAlgError:
            continue
        if np.all(np.isfinite(variances)) and np.all(variances > 0):
            errors[i] = np.sqrt(variances)
    errors[:, 0] *= np.exp(parameters[:, 0])
    return errors


def _chi_square_survival(statistic: float, df: int) -> float:
    """Upper tail of chi-square by the Wilson-Hilferty cube-root normal approximation (1931)."""
    if statistic <= 0.0:
        return 1.0
    scale = 2.0 / (9.0 * df)
    z = ((statistic / df) ** (1.0 / 3.0) - (1.0 - scale)) / math.sqrt(scale)
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def _no_fit(n_groups: int = 0) -> ItemFit:
    """Fit of an item with too few responses to judge."""
    return ItemFit(math.nan, 0, math.nan, math.nan, n_groups, is_misfit=False)


def _item_fits(
    groups: Sequence[_Group],
    posterior: FloatArray,
    log_table: FloatArray,
    data: _Data,
    nodes: FloatArray,
    settings: CalibrationSettings,
) -> list[ItemFit]:
    """Leave-one-item-out observed-vs-expected score chi-square over ability groups per item."""
    # Each response is compared with its expectation given the person's *other* responses:
    # posterior / P(own response). Persons are grouped by the EAP of that rest-posterior, an
    # analogue of S-X2's rest score (Orlando & Thissen 2000) that works when persons answered
    # different items. Given the other responses, the response's mean and variance are exact, so
    # sum_g (O_g - E_g)^2 / V_g is near chi-square with (groups - parameters) df. Large samples
    # make small misfit significant, so the flag also needs an effect size: the RMSD of group
    # mean residuals with the sampling noise V_g taken out, on the 0-1 scale of a proportion.
    n_nodes = nodes.size
    first_moment = np.zeros((data.n_items, n_nodes))
    second_moment = np.zeros((data.n_items, n_nodes))
    n_parameters = np.zeros(data.n_items, dtype=np.int64)
    for group in groups:
        probabilities = _category_probabilities(group.parameters, nodes)
        k = np.arange(group.n_categories, dtype=np.float64)[None, :, None]
        first_moment[group.items] = np.sum(k * probabilities, axis=1)
        second_moment[group.items] = np.sum(k * k * probabilities, axis=1)
        n_parameters[group.items] = group.n_categories
    rest = posterior[data.person] / np.exp(log_table[data.item, data.score])
    rest /= rest.sum(axis=1, keepdims=True)
    rest_eap = rest @ nodes
    expected = np.sum(rest * first_moment[data.item], axis=1)
    variance = np.sum(rest * second_moment[data.item], axis=1) - expected**2
    observed = data.score.astype(np.float64)
    fits: list[ItemFit] = []
    for i in range(data.n_items):
        mine = np.flatnonzero(data.item == i)
        n_groups = min(settings.fit_groups, mine.size // settings.fit_min_group_size)
        df = n_groups - int(n_parameters[i])
        if df < 1:
            fits.append(_no_fit(n_groups))
            continue
        order = mine[np.argsort(rest_eap[mine], kind="stable")]
        statistic = 0.0
        squared = 0.0
        for members in np.array_split(order, n_groups):
            residual = float(np.sum(observed[members] - expected[members]))
            noise = max(float(np.sum(variance[members])), 1e-12)
            statistic += residual**2 / noise
            squared += (residual**2 - noise) / members.size
        range_of_scores = max(int(n_parameters[i]) - 1, 1)
        rmsd = math.sqrt(max(squared, 0.0) / mine.size) / range_of_scores
        p_value = _chi_square_survival(statistic, df)
        is_misfit = p_value < settings.fit_alpha and rmsd >= settings.fit_min_rmsd
        fits.append(ItemFit(statistic, df, p_value, rmsd, n_groups, is_misfit))
    return fits


def calibrate_items(
    person_index: ArrayLike,
    item_index: ArrayLike,
    score: ArrayLike,
    items: Sequence[ItemSpec],
    *,
    settings: CalibrationSettings | None = None,
) -> CalibrationResult:
    """2PL/GRM parameters by MML-EM with Bayes modal M-steps; Bock & Aitkin 1981, Mislevy 1986."""
    settings = settings or CalibrationSettings()
    if any(spec.n_categories < 2 for spec in items):
        raise ValueError("every item needs at least two score categories")
    for spec in items:
        if spec.anchor is not None and len(spec.anchor.thresholds) != spec.n_categories - 1:
            raise ValueError(f"anchor of {spec.item_id} needs {spec.n_categories - 1} thresholds")
    data = _prepare_data(person_index, item_index, score, items)
    groups = _build_groups(items, data)
    nodes = np.linspace(-settings.theta_bound, settings.theta_bound, settings.quadrature_points)
    estimate_population = settings.estimate_population
    if estimate_population is None:
        estimate_population = any(spec.is_anchor for spec in items)
    mean, sd = 0.0, 1.0
    log_weights = _log_weights(nodes, mean, sd)
    is_converged = False
    iterations = 0
    log_table = _log_probability_table(groups, data, nodes)
    posterior, log_likelihood = _posterior(log_table, data, log_weights)
    while iterations < settings.max_iterations and not is_converged:
        iterations += 1
        counts = _expected_counts(posterior, data)
        largest_change = 0.0
        for index, group in enumerate(groups):
            if not group.is_free.any():
                continue
            free = group.items[group.is_free]
            updated = group.parameters.copy()
            updated[group.is_free] = _maximise_items(
                group.parameters[group.is_free],
                counts[free, : group.n_categories],
                nodes,
                settings,
            )
            largest_change = max(largest_change, float(np.abs(updated - group.parameters).max()))
            groups[index] = _Group(group.n_categories, group.items, group.is_free, updated)
        if estimate_population:
            new_mean, new_sd = _population_moments(posterior, nodes)
            largest_change = max(largest_change, abs(new_mean - mean), abs(new_sd - sd))
            mean, sd = new_mean, new_sd
            log_weights = _log_weights(nodes, mean, sd)
        log_table = _log_probability_table(groups, data, nodes)
        posterior, log_likelihood = _posterior(log_table, data, log_weights)
        is_converged = largest_change < settings.tolerance
    counts = _expected_counts(posterior, data)
    fits = _item_fits(groups, posterior, log_table, data, nodes, settings)
    responses_per_item = np.bincount(data.item, minlength=data.n_items)
    estimates: dict[int, ItemEstimate] = {}
    for group in groups:
        errors = _standard_errors(
            group, counts[group.items, : group.n_categories], posterior, data, nodes, settings
        )
        for local, i in enumerate(group.items):
            spec = items[int(i)]
            parameters = group.parameters[local]
            is_estimated = bool(group.is_free[local])
            item_errors = errors[local] if is_estimated else np.zeros_like(parameters)
            if not spec.is_anchor and not is_estimated:
                item_errors = np.full_like(parameters, np.inf)
            estimates[int(i)] = ItemEstimate(
                item_id=spec.item_id,
                a=float(np.exp(parameters[0])),
                thresholds=tuple(float(t) for t in parameters[1:]),
                se_a=float(item_errors[0]),
                se_thresholds=tuple(float(e) for e in item_errors[1:]),
                n_responses=int(responses_per_item[i]),
                is_anchor=spec.is_anchor,
                fit=fits[int(i)],
            )
    return CalibrationResult(
        items=tuple(estimates[i] for i in range(len(items))),
        population_mean=mean,
        population_sd=sd,
        log_likelihood=log_likelihood,
        iterations=iterations,
        is_converged=is_converged,
    )


def fits_well(estimate: ItemEstimate) -> bool:
    """Whether the item's fit statistic did not flag it as misfitting."""
    return not estimate.fit.is_misfit


def promote_pretest_items(
    results: Iterable[ItemEstimate],
    *,
    min_responses: int = 300,
    max_se_b: float = 0.3,
    fit_ok: Callable[[ItemEstimate], bool] = fits_well,
    min_a: float = 0.4,
) -> PromotionDecision:
    """Pretest items with enough responses, precise thresholds, good fit and useful slope."""
    promoted: list[str] = []
    kept_back: dict[str, tuple[str, ...]] = {}
    for estimate in results:
        if estimate.is_anchor:
            continue
        reasons: list[str] = []
        if estimate.n_responses < min_responses:
            reasons.append(f"only {estimate.n_responses} responses (need {min_responses})")
        worst_se = max(estimate.se_thresholds, default=math.inf)
        if not worst_se <= max_se_b:
            reasons.append(f"SE of b is {worst_se:.2f} (max {max_se_b:.2f})")
        if not fit_ok(estimate):
            reasons.append(f"misfit (p = {estimate.fit.p_value:.3g}, RMSD {estimate.fit.rmsd:.3f})")
        if estimate.a < min_a:
            reasons.append(f"discrimination a = {estimate.a:.2f} is below {min_a:.2f}")
        if reasons:
            kept_back[estimate.item_id] = tuple(reasons)
        else:
            promoted.append(estimate.item_id)
    return PromotionDecision(promoted=tuple(promoted), kept_back=kept_back)


def anchor_from_logistic(a: float, thresholds: Sequence[float]) -> AnchorParameters:
    """Anchor on this module's normal metric from stored logistic-metric parameters: a / D.

    D·a'·(θ - b) = a·(θ - b) exactly when a' = a / D (Birnbaum 1968; D = 1.702); thresholds and
    b are on the θ scale, which both metrics share, so they pass unchanged.
    """
    if not a > 0:
        raise ValueError(f"a must be positive, got {a}")
    return AnchorParameters(a / D, tuple(float(value) for value in thresholds))


def on_logistic_metric(estimate: ItemEstimate) -> ItemEstimate:
    """The estimate on the engine's logistic metric: a and its SE times D (Birnbaum 1968)."""
    return replace(estimate, a=estimate.a * D, se_a=estimate.se_a * D)
