import json
from dataclasses import dataclass
from io import StringIO

import numpy as np
import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from portal.assessment import selectors
from portal.assessment.models import Attempt, Competence, Item, Response
from portal.assessment.services.calibration import (
    CalibrationError,
    Decision,
    Role,
    calibrate_bank,
)
from portal.assessment.tests import factories

pytestmark = pytest.mark.django_db

# True parameters of the new items, on the stored (logistic) metric; authored guesses a=1, b=0.
PRETEST = {
    "1.1-P1": (1.3, -0.6),
    "1.2-P1": (2.0, 0.7),
    "2.1-P1": (1.6, 0.3),
}
# The operational item whose behaviour drifted: responses follow this b, not the stored one.
DRIFTED = "1.1-02"
DRIFTED_B = 1.2
# The engine's prior correlation of the domains' θ; calibration keeps the domains apart.
DOMAIN_CORRELATION = 0.6
OPERATIONAL_PER_DOMAIN = 16
ANSWERED_PER_DOMAIN = 8
# One statement per domain, as an attempt's plan asks them.
SELF_REPORT_CODES = ("1.1-SR", "2.1-SR", "3.1-SR", "4.1-SR", "5.1-SR", "6.1-SR")
# Self-reports answer on their own scale; these thresholds are where the data put them.
SELF_REPORT_SHIFT = 0.4


@dataclass(frozen=True)
class Bank:
    pools: dict[int, list[Item]]
    pretest: dict[str, Item]
    self_reports: list[Item]


@pytest.fixture
def bank(units):
    factories.load_bank()
    pretest = {}
    for code in PRETEST:
        pretest[code] = Item.objects.create(
            code=code,
            competence=Competence.objects.get(code=code.split("-")[0]),
            level=2,
            kind=Item.Kind.SINGLE,
            stem_vi=f"Câu thử {code}",
            options_vi=["Một", "Hai"],
            key=[1],
            response_model=Item.ResponseModel.TWO_PL,
            a=1.0,
            b=0.0,
            status=Item.Status.PRETEST,
        )
    scored = Item.objects.filter(status=Item.Status.OPERATIONAL).exclude(kind=Item.Kind.SELF_REPORT)
    pools = {
        domain: list(scored.filter(competence__area__number=domain)[:OPERATIONAL_PER_DOMAIN])
        for domain in (1, 2)
    }
    assert DRIFTED in [item.code for item in pools[1]]
    self_reports = list(Item.objects.filter(code__in=SELF_REPORT_CODES))
    return Bank(pools, pretest, self_reports)


def _logistic(x):
    return 1.0 / (1.0 + np.exp(-x))


def simulate(bank, person, n_attempts, *, seed=1, status=Attempt.Status.FINISHED):
    """Attempts answered as the stored model says (logistic metric), written in bulk."""
    rng = np.random.default_rng(seed)
    now = timezone.now()
    attempts = Attempt.objects.bulk_create(
        Attempt(
            person=person,
            target_group=person.target_group,
            seed=int(rng.integers(2**62)),
            plan={},
            status=status,
            finished_at=now if status == Attempt.Status.FINISHED else None,
        )
        for _ in range(n_attempts)
    )
    covariance = [[1.0, DOMAIN_CORRELATION], [DOMAIN_CORRELATION, 1.0]]
    theta = rng.multivariate_normal([0.0, 0.0], covariance, size=n_attempts)
    self_theta = rng.normal(0.0, 1.0, n_attempts)
    responses = []
    for attempt, (theta_1, theta_2), rating_theta in zip(attempts, theta, self_theta, strict=True):
        given: list[tuple[Item, str, int]] = []
        for domain, ability in ((1, theta_1), (2, theta_2)):
            pool = bank.pools[domain]
            for index in rng.choice(len(pool), ANSWERED_PER_DOMAIN, replace=False):
                item = pool[index]
                b = DRIFTED_B if item.code == DRIFTED else item.b
                score = int(rng.random() < _logistic(item.a * (ability - b)))
                given.append((item, Response.Phase.SCORED, score))
        for code, (a, b) in PRETEST.items():
            ability = theta_1 if code.startswith("1.") else theta_2
            score = int(rng.random() < _logistic(a * (ability - b)))
            given.append((bank.pretest[code], Response.Phase.PRETEST, score))
        for item in bank.self_reports:
            steps = np.array(item.thresholds) + SELF_REPORT_SHIFT
            category = int(np.sum(rng.random() < _logistic(item.a * (rating_theta - steps))))
            given.append((item, Response.Phase.SELF_REPORT, category))
        responses += [
            Response(
                attempt=attempt,
                item=item,
                position=position,
                phase=phase,
                answer=score,
                score=score,
                served_at=now,
            )
            for position, (item, phase, score) in enumerate(given, start=1)
        ]
    Response.objects.bulk_create(responses, batch_size=5000)
    return attempts


def parameters(*codes):
    return {
        item.code: (item.status, item.a, item.b, item.thresholds)
        for item in Item.objects.filter(code__in=codes)
    }


@pytest.fixture
def answered(bank, learner):
    """Enough attempts to recover parameters and to see the drift."""
    simulate(bank, learner, 1000)
    return bank


@pytest.fixture
def few_answered(bank, learner):
    """250 attempts: enough for items needing 100 responses, not for the default 300."""
    simulate(bank, learner, 250)
    return bank


def test_pretest_parameters_are_recovered_on_the_operational_scale_and_promoted(answered):
    report = calibrate_bank()

    for code, (a, b) in PRETEST.items():
        line = report.item(code)
        item = Item.objects.get(code=code)
        assert line.decision is Decision.PROMOTED
        assert (item.status, item.a, item.b) == (Item.Status.OPERATIONAL, line.new_a, line.new_b)
        assert item.b is not None
        assert abs(item.b - b) < 0.25
        assert abs(item.a / a - 1.0) < 0.25
        assert line.se_b is not None
        assert line.se_b < 0.15
    assert (report.n_promoted, report.n_attempts) == (3, 1000)
    for key in ("domain-1", "domain-2"):
        group = report.group(key)
        assert group.is_converged
        assert group.population_mean == pytest.approx(0.0, abs=0.15)
        assert group.population_sd == pytest.approx(1.0, abs=0.15)


def test_an_operational_item_that_drifted_is_flagged_and_left_unchanged(answered):
    before = parameters(DRIFTED)

    report = calibrate_bank()

    line = report.item(DRIFTED)
    assert (line.role, line.decision, line.is_misfit) == (Role.ANCHOR, Decision.MISFIT, True)
    assert line.fit_p_value is not None
    assert line.fit_p_value < 1e-6
    assert (line.fit_statistic or 0.0) > 50
    assert (line.fit_rmsd or 0.0) > 0.1
    # Freed from the anchors, it is estimated where the data put it; the estimate is not saved.
    assert line.new_b is not None
    assert abs(line.new_b - DRIFTED_B) < 0.5
    assert parameters(DRIFTED) == before
    assert [line.code for line in report.items if line.is_misfit] == [DRIFTED]
    assert report.n_misfit == 1


def test_self_reports_are_calibrated_on_their_own_scale(answered):
    report = calibrate_bank()

    errors = []
    for item in answered.self_reports:
        line = report.item(item.code)
        stored = Item.objects.get(pk=item.pk)
        assert line.decision is Decision.UPDATED
        assert stored.status == Item.Status.OPERATIONAL
        assert stored.thresholds == list(line.new_thresholds)
        assert abs(stored.a / item.a - 1.0) < 0.3
        errors += list(np.array(stored.thresholds) - np.array(item.thresholds) - SELF_REPORT_SHIFT)
    assert np.max(np.abs(errors)) < 0.35
    assert np.sqrt(np.mean(np.square(errors))) < 0.15
    group = report.group("self-report")
    assert (group.population_mean, group.population_sd) == (0.0, 1.0)
    unanswered = report.item("6.3-SR")
    assert (unanswered.decision, unanswered.n_responses) == (Decision.KEPT_BACK, 0)
    assert (unanswered.new_a, unanswered.new_thresholds) == (None, ())


def test_a_dry_run_of_the_command_prints_the_decisions_and_writes_nothing(
    answered, django_capture_on_commit_callbacks
):
    codes = [*PRETEST, DRIFTED, *(item.code for item in answered.self_reports)]
    before = parameters(*codes)
    out = StringIO()

    with django_capture_on_commit_callbacks() as callbacks:
        call_command("calibrate_items", "--dry-run", stdout=out)

    text = out.getvalue()
    assert "Dry run: nothing was written." in text
    assert "1.2-P1  domain-1     pretest      1000" in text
    assert "promoted" in text
    assert f"{DRIFTED}  domain-1     anchor" in text
    assert "misfitting: 1" in text
    assert "Promoted 3, updated 6," in text
    assert parameters(*codes) == before
    assert callbacks == []


def test_without_promotion_estimates_are_written_and_items_stay_pretest(few_answered):
    report = calibrate_bank(promote=False, min_responses=100)

    for code in PRETEST:
        item = Item.objects.get(code=code)
        assert report.item(code).decision is Decision.UPDATED
        assert item.status == Item.Status.PRETEST
        assert item.b == report.item(code).new_b != 0.0


def test_promoted_items_reach_the_engine_once_the_bank_is_forgotten(
    few_answered, django_capture_on_commit_callbacks
):
    promoted = few_answered.pretest["1.2-P1"].pk
    before = selectors.live_bank()
    assert before.engine is not None
    assert promoted in before.pretests
    assert promoted not in before.engine.ids

    with django_capture_on_commit_callbacks(execute=True):
        calibrate_bank(min_responses=100)

    after = selectors.live_bank()
    assert after.engine is not None
    assert promoted in after.engine.ids
    assert promoted not in after.pretests


def test_an_item_below_the_minimum_is_kept_back_with_the_reason(few_answered):
    report = calibrate_bank()

    line = report.item("1.1-P1")
    assert report.group("domain-1").has_run
    assert line.decision is Decision.KEPT_BACK
    assert line.reasons == ("only 250 responses (need 300)",)
    assert Item.objects.get(code="1.1-P1").status == Item.Status.PRETEST


def test_too_few_responses_are_reported_and_nothing_changes(bank, learner):
    simulate(bank, learner, 20)
    codes = [*PRETEST, *(item.code for item in bank.self_reports)]
    before = parameters(*codes)

    report = calibrate_bank()

    assert report.n_attempts == 20
    assert (report.n_promoted, report.n_updated) == (0, 0)
    for key in ("domain-1", "domain-2", "self-report"):
        assert not report.group(key).has_run
        assert "cần ít nhất 300" in report.group(key).skipped_reason
    line = report.item("1.1-P1")
    assert (line.decision, line.n_responses) == (Decision.KEPT_BACK, 20)
    assert line.reasons == ("nhóm này mới có 200 câu trả lời (cần ít nhất 300)",)
    assert parameters(*codes) == before


def test_abandoned_attempts_count_and_unfinished_ones_do_not(bank, learner, residents):
    simulate(bank, learner, 15)
    simulate(bank, residents["in_commune"], 5, status=Attempt.Status.ABANDONED)
    simulate(bank, residents["pupil"], 1, status=Attempt.Status.IN_PROGRESS)

    assert calibrate_bank(dry_run=True).n_attempts == 20
    finished = calibrate_bank(dry_run=True, statuses=[Attempt.Status.FINISHED])
    assert finished.n_attempts == 15
    assert finished.attempt_statuses == ("finished",)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"min_responses": 0}, "phải từ 1 trở lên"),
        ({"statuses": ["done"]}, "Trạng thái lượt làm bài không hợp lệ: done"),
        ({"statuses": []}, "Trạng thái lượt làm bài không hợp lệ"),
    ],
)
def test_bad_options_are_refused(bank, options, message):
    with pytest.raises(CalibrationError, match=message):
        calibrate_bank(**options)


def test_the_command_prints_json(few_answered):
    out = StringIO()

    call_command(
        "calibrate_items",
        "--json",
        "--no-promote",
        "--finished-only",
        "--min-responses",
        "100",
        stdout=out,
    )

    data = json.loads(out.getvalue())
    lines = {line["code"]: line for line in data["items"]}
    assert (data["is_promoting"], data["min_responses"]) == (False, 100)
    assert data["attempt_statuses"] == ["finished"]
    assert lines["1.2-P1"]["decision"] == "updated"
    assert lines["6.3-SR"]["se_a"] is None


def test_the_command_turns_bad_options_into_a_command_error(bank):
    with pytest.raises(CommandError, match="phải từ 1 trở lên"):
        call_command("calibrate_items", "--min-responses", "0")


def test_a_score_beyond_the_items_categories_is_refused(bank, learner):
    simulate(bank, learner, 1)
    Response.objects.filter(item__code="1.1-P1").update(score=2)

    with pytest.raises(CalibrationError, match=r"Câu 1\.1-P1 có một câu trả lời được chấm 2 điểm"):
        calibrate_bank()
