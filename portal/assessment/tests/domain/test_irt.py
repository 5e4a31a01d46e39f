import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.assessment.domain.irt import (
    THETA_GRID,
    above_cut_weights,
    eap,
    factor_posterior,
    factor_prior,
    grm_information,
    grm_probabilities,
    information_2pl,
    loadings_from_correlation,
    log_probabilities_2pl,
    normal_log_density,
    probability_2pl,
)

thetas = st.floats(min_value=-6, max_value=6)
slopes = st.floats(min_value=0.2, max_value=4)
difficulties = st.floats(min_value=-4, max_value=4)


def test_probability_is_one_half_at_the_difficulty():
    assert probability_2pl(0.7, 1.3, 0.7)[0, 0] == pytest.approx(0.5)


def test_probability_matches_the_logistic_closed_form():
    expected = 1 / (1 + np.exp(-1.5 * (1.0 - (-0.2))))
    assert probability_2pl(1.0, 1.5, -0.2)[0, 0] == pytest.approx(expected)


def test_information_at_the_difficulty_is_a_squared_over_four():
    assert information_2pl(0.3, 1.6, 0.3)[0, 0] == pytest.approx(1.6**2 / 4)


def test_tables_are_theta_by_items():
    table = information_2pl(THETA_GRID, [1.0, 1.2, 0.8], [0.0, 0.5, -1.0])
    assert table.shape == (len(THETA_GRID), 3)


def test_log_probabilities_are_logs_of_p_and_q():
    log_p, log_q = log_probabilities_2pl(THETA_GRID, [1.3], [0.4])
    p = probability_2pl(THETA_GRID, [1.3], [0.4])
    np.testing.assert_allclose(np.exp(log_p), p)
    np.testing.assert_allclose(np.exp(log_q), 1 - p)


@given(thetas, slopes, difficulties)
def test_information_is_never_negative_nor_above_a_squared_over_four(theta, a, b):
    value = information_2pl(theta, a, b)[0, 0]
    assert 0.0 <= value <= a**2 / 4 + 1e-12


@given(thetas, slopes, st.lists(difficulties, min_size=1, max_size=5, unique=True))
def test_grm_category_probabilities_sum_to_one(theta, a, thresholds):
    probabilities = grm_probabilities(theta, a, sorted(thresholds))
    assert probabilities.sum() == pytest.approx(1.0)
    assert np.all(probabilities >= -1e-12)


@given(thetas, slopes, st.lists(difficulties, min_size=1, max_size=5, unique=True))
def test_grm_information_is_never_negative(theta, a, thresholds):
    assert grm_information(theta, a, sorted(thresholds))[0] >= 0.0


def test_grm_with_two_categories_is_the_2pl():
    np.testing.assert_allclose(
        grm_information(THETA_GRID, 1.4, [0.2]), information_2pl(THETA_GRID, 1.4, 0.2)[:, 0]
    )
    np.testing.assert_allclose(
        grm_probabilities(THETA_GRID, 1.4, [0.2])[:, 1], probability_2pl(THETA_GRID, 1.4, 0.2)[:, 0]
    )


def test_grm_rejects_unordered_thresholds():
    with pytest.raises(ValueError, match="increasing"):
        grm_probabilities(0.0, 1.0, [0.5, -0.5])


def test_eap_matches_brute_force_integration():
    a, b = np.array([1.2, 0.8, 1.6, 1.0]), np.array([-0.5, 0.3, 0.0, 1.2])
    scores = np.array([1, 1, 0, 0], dtype=bool)
    log_p, log_q = log_probabilities_2pl(THETA_GRID, a, b)
    log_likelihood = np.where(scores, log_p, log_q).sum(axis=1)
    mean, sd = eap(THETA_GRID, normal_log_density(THETA_GRID), log_likelihood)

    fine = np.linspace(-8, 8, 20001)
    p = probability_2pl(fine, a, b)
    density = np.exp(normal_log_density(fine)) * np.prod(np.where(scores, p, 1 - p), axis=1)
    total = np.trapezoid(density, fine)
    exact_mean = np.trapezoid(fine * density, fine) / total
    exact_sd = np.sqrt(np.trapezoid((fine - exact_mean) ** 2 * density, fine) / total)
    assert mean == pytest.approx(exact_mean, abs=2e-3)
    assert sd == pytest.approx(exact_sd, abs=2e-3)


def test_loadings_reproduce_an_equicorrelation():
    assert loadings_from_correlation(0.64, 3) == pytest.approx([0.8, 0.8, 0.8])


def test_loadings_fit_a_one_factor_matrix():
    lam = np.array([0.9, 0.7, 0.5])
    matrix = np.outer(lam, lam)
    np.fill_diagonal(matrix, 1.0)
    assert loadings_from_correlation(matrix, 3) == pytest.approx(lam, abs=1e-6)


def test_above_cut_weights_split_the_cell_at_the_cut():
    weights = above_cut_weights(THETA_GRID, 0.0)
    assert weights[40] == pytest.approx(0.5)
    assert weights[39] == 0.0
    assert weights[41] == 1.0


def _two_domain_brute_force(rho, log_likelihood, cut):
    """Posterior on the full 2-D grid with the bivariate normal prior."""
    t1, t2 = np.meshgrid(THETA_GRID, THETA_GRID, indexing="ij")
    log_prior = -(t1**2 - 2 * rho * t1 * t2 + t2**2) / (2 * (1 - rho**2))
    log_post = log_prior + log_likelihood[:, 0][:, None] + log_likelihood[:, 1][None, :]
    weights = np.exp(log_post - log_post.max())
    weights /= weights.sum()
    above = above_cut_weights(THETA_GRID, cut)
    return (
        np.array([(weights * t1).sum(), (weights * t2).sum()]),
        float((weights * above[:, None] * above[None, :]).sum()),
        np.array([(weights * above[:, None]).sum(), (weights * above[None, :]).sum()]),
    )


def test_factor_posterior_matches_the_bivariate_normal_prior_on_a_full_grid():
    rho, cut = 0.5, -0.3
    log_p, log_q = log_probabilities_2pl(THETA_GRID, [1.2, 1.0, 1.5], [0.0, -0.5, 0.8])
    log_likelihood = np.stack([log_p[:, 0] + log_q[:, 2], log_q[:, 1]], axis=1)
    prior = factor_prior(loadings_from_correlation(rho, 2))
    above = np.stack([above_cut_weights(THETA_GRID, cut)] * 2)
    result = factor_posterior(prior, log_likelihood, above)
    mean, joint, marginal = _two_domain_brute_force(rho, log_likelihood, cut)
    np.testing.assert_allclose(result.mean, mean, atol=0.02)
    np.testing.assert_allclose(result.probability_above, marginal, atol=0.01)
    assert result.probability_all_above == pytest.approx(joint, abs=0.01)


def test_factor_posterior_borrows_strength_across_domains():
    log_p, _ = log_probabilities_2pl(THETA_GRID, [1.5] * 8, [0.0] * 8)
    log_likelihood = np.zeros((len(THETA_GRID), 2))
    log_likelihood[:, 0] = log_p.sum(axis=1)
    above = np.stack([above_cut_weights(THETA_GRID, 0.0)] * 2)
    independent = factor_posterior(factor_prior(np.zeros(2)), log_likelihood, above)
    correlated = factor_posterior(factor_prior(np.full(2, 0.8)), log_likelihood, above)
    assert independent.mean[1] == pytest.approx(0.0, abs=1e-9)
    assert correlated.mean[1] > 0.5
    assert correlated.sd[1] < independent.sd[1]


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.floats(min_value=-2.5, max_value=2.5), st.integers(min_value=0, max_value=10_000))
def test_estimates_move_toward_the_truth_as_items_accrue(true_theta, seed):
    rng = np.random.default_rng(seed)
    a = rng.lognormal(np.log(1.2), 0.2, 200)
    b = rng.normal(true_theta, 1.0, 200)
    log_p, log_q = log_probabilities_2pl(THETA_GRID, a, b)
    prior = normal_log_density(THETA_GRID)
    errors: dict[int, list[float]] = {5: [], 50: [], 200: []}
    for _ in range(20):
        answers = rng.random(200) < probability_2pl(true_theta, a, b)[0]
        log_likelihood = np.cumsum(np.where(answers, log_p, log_q), axis=1)
        for n, bucket in errors.items():
            mean, sd = eap(THETA_GRID, prior, log_likelihood[:, n - 1])
            bucket.append(abs(mean - true_theta))
            assert abs(mean - true_theta) <= 5 * sd
    assert np.mean(errors[200]) < np.mean(errors[50]) < np.mean(errors[5])
