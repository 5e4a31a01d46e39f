import json

import numpy as np
import pytest

from portal.assessment.domain.engine import (
    Bank,
    EngineConfig,
    ItemParams,
    SessionState,
    choose_next_item,
    config_for_mode,
    level_for_theta,
    posterior,
    should_stop,
    verdict,
)
from portal.assessment.domain.irt import probability_2pl
from portal.assessment.domain.simulation import make_synthetic_bank


@pytest.fixture(scope="module")
def bank():
    return make_synthetic_bank(600, n_domains=6, seed=3)


def _run(bank, config, theta, seed):
    rng = np.random.default_rng(seed)
    state = SessionState()
    while (item_id := choose_next_item(bank, state, config, rng)) is not None:
        index = bank.index_of[item_id]
        p = probability_2pl(theta[bank.domains[index]], bank.a[index], bank.b[index])[0, 0]
        state = state.with_answer(item_id, int(rng.random() < p))
    return state


def test_bank_groups_items_per_domain_and_competence(bank):
    assert bank.n_domains == 6
    assert [len(groups) for groups in bank.groups] == [4] * 6
    assert sum(len(g.indices) for groups in bank.groups for g in groups) == len(bank)
    group = bank.groups[2][1]
    np.testing.assert_array_equal(group.information, bank.information[:, group.indices])


def test_bank_rejects_duplicate_ids():
    item = ItemParams(1, 0, "1.1", 1.0, 0.0)
    with pytest.raises(ValueError, match="unique"):
        Bank.from_items([item, item])


def test_state_round_trips_through_a_json_dict():
    state = SessionState().with_answer(1003, 1).with_answer(1010, 0)
    restored = SessionState.from_dict(json.loads(json.dumps(state.to_dict())))
    assert restored == state


def test_state_refuses_a_repeated_item():
    with pytest.raises(ValueError, match="already answered"):
        SessionState().with_answer(7, 1).with_answer(7, 0)


def test_by_domain_groups_answers(bank):
    state = SessionState().with_answer(1000, 1).with_answer(1006, 0).with_answer(1001, 1)
    grouped = state.by_domain(bank)
    assert grouped[0] == [(1000, 1), (1006, 0)]
    assert grouped[1] == [(1001, 1)]


def test_level_for_theta_counts_thresholds_below():
    thresholds = [-1.0, 0.0, 1.0]
    assert [level_for_theta(t, thresholds) for t in (-2.0, -1.0, 0.5, 3.0)] == [1, 2, 3, 4]


def test_empty_session_is_at_the_prior(bank):
    config = config_for_mode("standard", [0.0] * 6)
    estimates = posterior(bank, SessionState(), config)
    assert [round(e.mean, 6) for e in estimates] == [0.0] * 6
    assert all(e.sd == pytest.approx(1.0, abs=0.01) for e in estimates)
    assert all(e.probability_above == pytest.approx(0.5, abs=0.01) for e in estimates)
    assert not should_stop(bank, SessionState(), config)


@pytest.mark.parametrize("mode", ["standard", "short"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_selection_never_repeats_an_item_and_respects_caps(bank, mode, seed):
    config = config_for_mode(mode, [-0.5] * 6)
    theta = np.random.default_rng(seed).normal(0.0, 1.0, 6)
    state = _run(bank, config, theta, seed)
    assert len(set(state.item_ids)) == len(state.item_ids)
    assert len(state.item_ids) <= config.max_items_total
    per_domain = np.bincount(bank.domains[[bank.index_of[i] for i in state.item_ids]], minlength=6)
    assert per_domain.max() <= config.max_items_per_domain
    assert per_domain.min() >= config.min_items_per_domain
    assert should_stop(bank, state, config)


def test_content_balancing_spreads_items_over_competences(bank):
    config = config_for_mode("standard", [0.0] * 6, confidence=0.999, relaxed_confidence=0.999)
    state = _run(bank, config, np.zeros(6), seed=4)
    codes = [bank.competences[bank.index_of[i]] for i in state.item_ids]
    for domain in range(6):
        counts = [codes.count(f"{domain + 1}.{c}") for c in range(1, 5)]
        assert max(counts) - min(counts) <= 1


def test_a_person_far_below_the_cut_is_not_basic_after_few_items(bank):
    config = config_for_mode("standard", [0.0] * 6)
    state = _run(bank, config, np.full(6, -2.5), seed=5)
    result = verdict(bank, state, config)
    assert result.label == "not_basic"
    assert result.confidence >= 0.95
    assert len(state.item_ids) <= 12


def test_a_person_far_above_the_cut_is_basic(bank):
    config = config_for_mode("standard", [-1.0] * 6)
    state = _run(bank, config, np.full(6, 1.5), seed=6)
    result = verdict(bank, state, config)
    assert result.label == "basic"
    assert result.confidence >= config.boundary(len(state.item_ids))
    assert all(d.level >= 4 for d in result.domains)


def test_verdict_is_undetermined_when_too_weak_to_act_on(bank):
    config = EngineConfig(cuts=(0.0,) * 6, prior_correlation=0.0)
    first = bank.groups[0][0].indices[0]
    result = verdict(bank, SessionState().with_answer(int(bank.ids[first]), 1), config)
    assert result.label == "not_basic"
    assert result.probability_basic < 0.05
    balanced = EngineConfig(cuts=(-3.5,) * 6, actionable_confidence=0.6)
    assert verdict(bank, SessionState(), balanced).label == "basic"
    coin = EngineConfig(cuts=(0.0,), actionable_confidence=0.6)
    one_domain = Bank.from_items([ItemParams(1, 0, "1.1", 1.0, 0.0)])
    assert verdict(one_domain, SessionState(), coin).label == "undetermined"
    # the default abstains only near a coin flip: P(basic) = 0.5 here
    default = verdict(one_domain, SessionState(), EngineConfig(cuts=(0.0,)))
    assert default.label == "undetermined"
    assert 0.5 < EngineConfig(cuts=(0.0,)).actionable_confidence <= 0.6


def test_exposure_rates_steer_selection_away_from_overused_items(bank):
    config = config_for_mode("standard", [0.0] * 6, randomesque_k=1)
    rng = np.random.default_rng(0)
    first = choose_next_item(bank, SessionState(), config, np.random.default_rng(0))
    rates = np.zeros(len(bank))
    rates[bank.index_of[first]] = 0.9
    again = [
        choose_next_item(bank, SessionState(), config, np.random.default_rng(0), rates)
        for _ in range(5)
    ]
    assert first not in again
    assert choose_next_item(bank, SessionState(), config, rng) is not None


def test_config_rejects_a_boundary_that_does_not_relax_downward():
    with pytest.raises(ValueError, match="relaxed_confidence"):
        EngineConfig(cuts=(0.0,), confidence=0.8, relaxed_confidence=0.9)


def test_boundary_relaxes_linearly_to_the_total_cap():
    config = EngineConfig(
        cuts=(0.0,),
        max_items_total=40,
        confidence=0.95,
        relax_after_items=20,
        relaxed_confidence=0.85,
    )
    assert config.boundary(10) == pytest.approx(0.95)
    assert config.boundary(30) == pytest.approx(0.90)
    assert config.boundary(40) == pytest.approx(0.85)
