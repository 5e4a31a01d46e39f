import math
from dataclasses import dataclass

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.assessment.domain.calibration import (
    AnchorParameters,
    CalibrationResult,
    D,
    ItemEstimate,
    ItemFit,
    ItemSpec,
    anchor_from_logistic,
    calibrate_items,
    on_logistic_metric,
    promote_pretest_items,
)


@dataclass(frozen=True)
class Simulated:
    person: np.ndarray
    item: np.ndarray
    score: np.ndarray
    theta: np.ndarray
    a: np.ndarray
    thresholds: np.ndarray  # items x (categories - 1)


def graded_scores(rng, a, thresholds, theta):
    """Draw graded responses: score = number of cumulative curves P*(score >= k) passed."""
    p_at_least = 1.0 / (1.0 + np.exp(-D * a[:, None] * (theta[:, None] - thresholds)))
    return (rng.random(theta.size)[:, None] < p_at_least).sum(axis=1)


def simulate(seed, *, n_persons, n_items, per_person, n_categories=2, mean=0.0, sd=1.0):
    """A sparse random design: each person answers per_person items chosen at random."""
    rng = np.random.default_rng(seed)
    theta = rng.normal(mean, sd, n_persons)
    a = np.exp(rng.normal(0.1, 0.3, n_items))
    spread = np.linspace(-0.6, 0.6, n_categories - 1) if n_categories > 2 else np.zeros(1)
    thresholds = np.sort(rng.normal(0.0, 1.0, (n_items, n_categories - 1)), axis=1) + spread
    person = np.repeat(np.arange(n_persons), per_person)
    item = np.concatenate(
        [rng.choice(n_items, per_person, replace=False) for _ in range(n_persons)]
    )
    score = graded_scores(rng, a[item], thresholds[item], theta[person])
    return Simulated(person, item, score, theta, a, thresholds)


def estimated(result: CalibrationResult, items=slice(None)):
    a = np.array([e.a for e in result.items[items]])
    thresholds = np.array([e.thresholds for e in result.items[items]])
    return a, thresholds


@pytest.fixture(scope="module")
def two_pl():
    data = simulate(11, n_persons=2000, n_items=40, per_person=15)
    specs = [ItemSpec(f"item-{i}") for i in range(40)]
    return data, calibrate_items(data.person, data.item, data.score, specs)


def test_2pl_parameters_are_recovered_from_a_sparse_design(two_pl):
    data, result = two_pl
    a, thresholds = estimated(result)
    b, true_b = thresholds[:, 0], data.thresholds[:, 0]
    assert result.is_converged
    assert np.corrcoef(true_b, b)[0, 1] >= 0.95
    assert np.corrcoef(data.a, a)[0, 1] >= 0.8
    assert math.sqrt(np.mean((b - true_b) ** 2)) <= 0.25


def test_standard_errors_match_the_actual_estimation_error(two_pl):
    data, result = two_pl
    a, thresholds = estimated(result)
    se_a = np.array([e.se_a for e in result.items])
    se_b = np.array([e.se_thresholds[0] for e in result.items])
    z_b = (thresholds[:, 0] - data.thresholds[:, 0]) / se_b
    z_a = (a - data.a) / se_a
    assert np.all(np.isfinite(se_a))
    assert np.all(se_b > 0)
    assert 0.6 <= np.std(z_b) <= 1.5
    assert 0.6 <= np.std(z_a) <= 1.5


def test_well_fitting_items_are_not_flagged(two_pl):
    _, result = two_pl
    assert [e.item_id for e in result.items if e.fit.is_misfit] == []
    assert all(e.fit.df == 8 and e.fit.n_groups == 10 for e in result.items)


def test_every_item_reports_its_number_of_responses(two_pl):
    data, result = two_pl
    assert [e.n_responses for e in result.items] == np.bincount(data.item).tolist()


def test_a_non_monotone_item_is_flagged_as_misfitting():
    data = simulate(5, n_persons=1500, n_items=20, per_person=10)
    rng = np.random.default_rng(6)
    bad = data.item == 0
    # Highest success in the middle of the ability range: no 2PL curve can follow it.
    bell = 0.15 + 0.7 * np.exp(-(data.theta[data.person[bad]] ** 2) / (2 * 0.7**2))
    score = data.score.copy()
    score[bad] = rng.random(bad.sum()) < bell
    specs = [ItemSpec(f"item-{i}") for i in range(20)]

    result = calibrate_items(data.person, data.item, score, specs)

    assert result.items[0].fit.is_misfit
    assert result.items[0].fit.p_value < 1e-6
    assert result.items[0].fit.rmsd > 0.1
    assert not any(e.fit.is_misfit for e in result.items[1:])


def test_anchored_calibration_puts_pretest_items_on_the_operational_scale():
    # Operational items 0-29 are known; 10 pretest items are seeded two per test. The population
    # is abler and more spread than N(0, 1) on the operational scale.
    rng = np.random.default_rng(21)
    n_persons, n_operational, n_pretest = 2000, 30, 10
    theta = rng.normal(0.5, 1.2, n_persons)
    a = np.exp(rng.normal(0.1, 0.3, n_operational + n_pretest))
    b = rng.normal(0.3, 1.0, n_operational + n_pretest)
    person = np.repeat(np.arange(n_persons), 14)
    item = np.concatenate(
        [
            np.r_[
                rng.choice(n_operational, 12, replace=False),
                n_operational + rng.choice(n_pretest, 2, replace=False),
            ]
            for _ in range(n_persons)
        ]
    )
    score = graded_scores(rng, a[item], b[item, None], theta[person])
    specs = [
        ItemSpec(f"op-{i}", anchor=AnchorParameters(float(a[i]), (float(b[i]),)))
        for i in range(n_operational)
    ] + [ItemSpec(f"pre-{i}") for i in range(n_pretest)]

    result = calibrate_items(person, item, score, specs)

    pretest_a, pretest_thresholds = estimated(result, slice(n_operational, None))
    pretest_b = pretest_thresholds[:, 0]
    assert result.population_mean == pytest.approx(theta.mean(), abs=0.1)
    assert result.population_sd == pytest.approx(theta.std(), abs=0.1)
    assert math.sqrt(np.mean((pretest_b - b[n_operational:]) ** 2)) <= 0.25
    assert abs(np.mean(pretest_b - b[n_operational:])) <= 0.15
    assert np.corrcoef(a[n_operational:], pretest_a)[0, 1] >= 0.8
    # Calibrated on their own, the same pretest responses land on another scale.
    is_pretest = item >= n_operational
    alone = calibrate_items(
        person[is_pretest], item[is_pretest] - n_operational, score[is_pretest], specs[30:]
    )
    _, alone_thresholds = estimated(alone)
    assert math.sqrt(np.mean((alone_thresholds[:, 0] - b[n_operational:]) ** 2)) > 0.4
    for i, estimate in enumerate(result.items[:n_operational]):
        assert estimate.is_anchor
        assert (estimate.a, *estimate.thresholds) == pytest.approx((a[i], b[i]))
        assert (estimate.se_a, estimate.se_thresholds) == (0.0, (0.0,))


def test_graded_response_thresholds_are_recovered_in_order():
    data = simulate(3, n_persons=1500, n_items=10, per_person=6, n_categories=4)
    specs = [ItemSpec(f"self-{i}", n_categories=4) for i in range(10)]

    result = calibrate_items(data.person, data.item, data.score, specs)

    a, thresholds = estimated(result)
    assert result.is_converged
    assert np.all(np.diff(thresholds, axis=1) > 0)
    assert np.max(np.abs(thresholds - data.thresholds)) <= 0.4
    assert math.sqrt(np.mean((thresholds - data.thresholds) ** 2)) <= 0.15
    assert math.sqrt(np.mean((a - data.a) ** 2)) <= 0.2
    assert all(len(e.se_thresholds) == 3 and max(e.se_thresholds) < 0.3 for e in result.items)
    assert not any(e.fit.is_misfit for e in result.items)


def test_binary_and_graded_items_calibrate_together():
    binary = simulate(8, n_persons=800, n_items=6, per_person=6)
    rng = np.random.default_rng(9)
    graded_a = np.array([1.0, 1.5])
    graded_thresholds = np.array([[-1.0, 0.0, 1.0], [-0.5, 0.5, 1.5]])
    person = np.repeat(np.arange(800), 2)
    item = np.tile([6, 7], 800)
    score = graded_scores(
        rng, graded_a[item - 6], graded_thresholds[item - 6], binary.theta[person]
    )
    specs = [ItemSpec(f"item-{i}") for i in range(6)] + [
        ItemSpec(f"self-{i}", n_categories=4) for i in range(2)
    ]

    result = calibrate_items(
        np.r_[binary.person, person], np.r_[binary.item, item], np.r_[binary.score, score], specs
    )

    assert [len(e.thresholds) for e in result.items] == [1] * 6 + [3] * 2
    _, thresholds = estimated(result, slice(6, None))
    assert np.abs(np.array(thresholds) - graded_thresholds).max() <= 0.4


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_persons=st.integers(1, 30),
    p_correct=st.sampled_from([0.0, 0.5, 1.0]),
)
def test_estimates_stay_finite_and_inside_their_bounds_for_any_data(seed, n_persons, p_correct):
    # All-correct or all-wrong data have no finite maximum likelihood; the priors keep it finite.
    rng = np.random.default_rng(seed)
    person = np.repeat(np.arange(n_persons), 3)
    item = np.concatenate([rng.choice(4, 3, replace=False) for _ in range(n_persons)])
    score = (rng.random(item.size) < p_correct).astype(np.int64)
    specs = [ItemSpec(f"item-{i}") for i in range(3)] + [ItemSpec("self", n_categories=3)]
    score[item == 3] = rng.integers(0, 3, (item == 3).sum())

    result = calibrate_items(person, item, score, specs)

    for estimate in result.items:
        assert 0.2 - 1e-9 <= estimate.a <= 4.0 + 1e-9
        assert all(-5.0 <= t <= 5.0 for t in estimate.thresholds)
        assert list(estimate.thresholds) == sorted(estimate.thresholds)
    assert math.isfinite(result.log_likelihood)


def test_an_item_nobody_answered_keeps_start_values_and_an_infinite_error():
    specs = [ItemSpec("seen"), ItemSpec("unseen")]
    result = calibrate_items([0, 1, 2, 3], [0, 0, 0, 0], [0, 1, 1, 0], specs)
    unseen = result.item("unseen")
    assert (unseen.n_responses, unseen.se_a, unseen.se_thresholds) == (0, math.inf, (math.inf,))
    assert math.isnan(unseen.fit.statistic)


@pytest.mark.parametrize(
    ("person", "item", "score", "message"),
    [
        ([0, 1], [0], [1], "same length"),
        ([0], [2], [1], "item_index out of range"),
        ([0], [0], [2], "score out of range"),
        ([0, 0], [0, 0], [1, 0], "same item twice"),
        ([], [], [], "no responses"),
        ([0.5], [0], [1], "integer"),
    ],
)
def test_bad_responses_are_rejected(person, item, score, message):
    with pytest.raises(ValueError, match=message):
        calibrate_items(person, item, score, [ItemSpec("x"), ItemSpec("y")])


def test_an_anchor_needs_one_threshold_per_category_boundary():
    spec = ItemSpec("x", n_categories=3, anchor=AnchorParameters(1.0, (0.0,)))
    with pytest.raises(ValueError, match="needs 2 thresholds"):
        calibrate_items([0], [0], [1], [spec])


GOOD_FIT = ItemFit(5.0, 8, 0.76, 0.01, 10, is_misfit=False)
BAD_FIT = ItemFit(90.0, 8, 1e-15, 0.2, 10, is_misfit=True)


def estimate(item_id, *, n=500, se_b=0.1, fit=GOOD_FIT, a=1.0, is_anchor=False, thresholds=1):
    return ItemEstimate(
        item_id=item_id,
        a=a,
        thresholds=(0.0,) * thresholds,
        se_a=0.1,
        se_thresholds=(se_b,) * thresholds,
        n_responses=n,
        is_anchor=is_anchor,
        fit=fit,
    )


def test_promotes_pretest_items_that_pass_every_rule_and_says_why_others_wait():
    results = [
        estimate("ready"),
        estimate("few", n=120),
        estimate("imprecise", se_b=0.45),
        estimate("misfit", fit=BAD_FIT),
        estimate("flat", a=0.25),
        estimate("operational", n=10, is_anchor=True),
        estimate("everything", n=50, se_b=math.inf, fit=BAD_FIT, a=0.2),
    ]

    decision = promote_pretest_items(results, min_responses=300, max_se_b=0.3)

    assert decision.promoted == ("ready",)
    assert decision.kept_back == {
        "few": ("only 120 responses (need 300)",),
        "imprecise": ("SE of b is 0.45 (max 0.30)",),
        "misfit": ("misfit (p = 1e-15, RMSD 0.200)",),
        "flat": ("discrimination a = 0.25 is below 0.40",),
        "everything": (
            "only 50 responses (need 300)",
            "SE of b is inf (max 0.30)",
            "misfit (p = 1e-15, RMSD 0.200)",
            "discrimination a = 0.20 is below 0.40",
        ),
    }


def test_a_graded_item_is_judged_by_its_least_precise_threshold():
    item = ItemEstimate("self", 1.0, (-1.0, 0.0, 1.0), 0.1, (0.1, 0.35, 0.1), 400, False, GOOD_FIT)
    decision = promote_pretest_items([item], min_responses=300, max_se_b=0.3)
    assert decision.kept_back == {"self": ("SE of b is 0.35 (max 0.30)",)}


def test_the_fit_rule_can_be_replaced():
    strict = promote_pretest_items(
        [estimate("x")], min_responses=1, max_se_b=1.0, fit_ok=lambda e: e.fit.p_value > 0.9
    )
    assert strict.promoted == ()
    assert list(strict.kept_back) == ["x"]


def test_promotion_uses_the_calibration_itself(two_pl):
    _, result = two_pl
    decision = promote_pretest_items(result.items, min_responses=700, max_se_b=0.2)
    for item in result.items:
        if item.item_id in decision.promoted:
            assert item.n_responses >= 700
            assert item.se_thresholds[0] <= 0.2
    assert set(decision.promoted) | set(decision.kept_back) == {e.item_id for e in result.items}


def test_an_anchor_from_stored_parameters_divides_the_slope_by_d():
    anchor = anchor_from_logistic(1.702, [-1.0, 0.5, 2.0])
    assert (anchor.a, anchor.thresholds) == (pytest.approx(1.0), (-1.0, 0.5, 2.0))


def test_an_estimate_on_the_logistic_metric_multiplies_slope_and_its_error_by_d():
    converted = on_logistic_metric(estimate("x", a=0.5))
    assert (converted.a, converted.se_a) == pytest.approx((0.5 * D, 0.1 * D))
    assert converted.thresholds == (0.0,)
    assert converted.se_thresholds == (0.1,)
    assert converted.fit == GOOD_FIT


@pytest.mark.parametrize("a", [0.0, -1.0, math.nan])
def test_an_anchor_needs_a_positive_slope(a):
    with pytest.raises(ValueError, match="a must be positive"):
        anchor_from_logistic(a, [0.0])


def test_stored_parameters_survive_the_round_trip_through_an_anchor():
    # Stored (logistic) -> anchor (normal) -> held fixed by calibration -> back to logistic.
    stored = [(1.46, (-1.59,)), (0.87, (0.25,)), (1.13, (-2.07, -0.65, 1.18))]
    specs = [
        ItemSpec(f"item-{i}", len(t) + 1, anchor_from_logistic(a, t))
        for i, (a, t) in enumerate(stored)
    ]
    result = calibrate_items([0, 0, 0, 1, 1, 1], [0, 1, 2, 0, 1, 2], [1, 0, 3, 0, 1, 0], specs)
    back = [on_logistic_metric(e) for e in result.items]
    assert [(e.a, e.thresholds) for e in back] == [
        (pytest.approx(a), pytest.approx(t)) for a, t in stored
    ]


def test_slopes_of_data_from_the_logistic_engine_come_back_on_its_metric():
    # Responses drawn as the engine models them, logit a (theta - b) with no D.
    rng = np.random.default_rng(31)
    n_persons, n_items = 1500, 12
    theta = rng.normal(0.0, 1.0, n_persons)
    a = rng.uniform(0.8, 2.2, n_items)
    b = rng.uniform(-1.5, 1.5, n_items)
    person = np.repeat(np.arange(n_persons), n_items)
    item = np.tile(np.arange(n_items), n_persons)
    p = 1.0 / (1.0 + np.exp(-a[item] * (theta[person] - b[item])))
    score = (rng.random(item.size) < p).astype(np.int64)

    result = calibrate_items(person, item, score, [ItemSpec(f"i{i}") for i in range(n_items)])

    logistic_a = np.array([on_logistic_metric(e).a for e in result.items])
    assert np.max(np.abs(logistic_a / a - 1.0)) <= 0.2
    assert np.max(np.abs(np.array([e.location for e in result.items]) - b)) <= 0.2
