import numpy as np
import pytest

from portal.assessment.domain.engine import config_for_mode
from portal.assessment.domain.simulation import (
    correlation_matrix,
    make_synthetic_bank,
    simulate,
)


def test_synthetic_bank_has_realistic_parameters():
    bank = make_synthetic_bank(3000, seed=0)
    assert len(bank) == 3000
    assert np.median(bank.a) == pytest.approx(1.2, abs=0.05)
    assert np.mean(bank.b) == pytest.approx(0.0, abs=0.1)
    assert sorted(set(bank.competences))[:4] == ["1.1", "1.2", "1.3", "1.4"]
    assert np.bincount(bank.domains).tolist() == [500] * 6


def test_correlation_matrix_from_a_number():
    matrix = correlation_matrix(0.5, 3)
    assert matrix.tolist() == [[1.0, 0.5, 0.5], [0.5, 1.0, 0.5], [0.5, 0.5, 1.0]]


def test_adaptive_test_classifies_accurately_with_few_items_and_low_exposure():
    bank = make_synthetic_bank(3000, seed=1)
    config = config_for_mode("standard", [0.0] * 6, prior_correlation=0.6)
    result = simulate(bank, config, n_examinees=400, correlation=0.6, seed=7, basic_cut=0.0)
    assert result.basic_accuracy >= 0.93
    assert result.mean_items <= 50
    assert result.max_exposure <= 0.25
    assert result.basic_accuracy > result.fixed_form.basic_accuracy
    assert result.fixed_form.mean_items == pytest.approx(result.mean_items, abs=0.5)


def test_short_mode_stays_short():
    bank = make_synthetic_bank(600, seed=2)
    config = config_for_mode("short", [0.0] * 6, prior_correlation=0.6)
    result = simulate(bank, config, n_examinees=60, correlation=0.6, seed=3)
    assert result.mean_items <= 20
    assert result.max_exposure <= 1.0
    assert 0.0 <= result.undetermined_rate <= 1.0
