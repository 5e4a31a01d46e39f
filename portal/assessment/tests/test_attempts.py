from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.accounts.tests import factories as people
from portal.assessment import selectors
from portal.assessment.models import AssessmentSettings, Attempt, Item, ProctoredSession, Response
from portal.assessment.services import attempts
from portal.assessment.services import bank as bank_service
from portal.assessment.tests import factories
from portal.campaign.models import AttainmentRecord
from portal.core.exceptions import ConflictError, NotFoundError

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank(units):
    factories.load_bank()


@pytest.fixture
def adults():
    return people.group("adults")


def start(person, **kwargs):
    return attempts.start_attempt(person=person, target_group=person.target_group, **kwargs)


def test_an_attempt_asks_the_self_report_statements_first_one_per_domain(bank, learner):
    attempt = start(learner)
    statements = attempt.plan["self_report"]
    assert len(statements) == 6
    domains = {selectors.live_bank().rows[i].domain for i in statements}
    assert domains == {1, 2, 3, 4, 5, 6}
    assert attempt.current_item_id == statements[0]
    assert Item.objects.get(pk=statements[0]).times_served == 1


def test_starting_twice_returns_the_attempt_under_way(bank, learner):
    first = start(learner)
    again = start(learner, mode="short")
    assert again.pk == first.pk
    assert Attempt.objects.filter(person=learner).count() == 1


def test_an_answer_moves_on_and_the_same_answer_again_changes_nothing(bank, learner):
    attempt = start(learner)
    row = factories.current_row(attempt)
    served = attempt.current_item_id
    attempts.record_answer(person=learner, public_id=attempt.public_id, item_id=served, answer=3)
    attempt.refresh_from_db()
    following = attempt.current_item_id
    assert following != served
    attempts.record_answer(person=learner, public_id=attempt.public_id, item_id=served, answer=3)
    attempt.refresh_from_db()
    assert attempt.answered_count == 1
    assert attempt.current_item_id == following
    response = Response.objects.get(attempt=attempt)
    assert (response.item_id, response.phase, response.score) == (served, "self_report", 2)
    assert row.kind == "self_report"


def test_a_different_answer_to_an_answered_item_is_refused(bank, learner):
    attempt = start(learner)
    served = attempt.current_item_id
    attempts.record_answer(person=learner, public_id=attempt.public_id, item_id=served, answer=3)
    with pytest.raises(ConflictError, match="đã được trả lời"):
        attempts.record_answer(
            person=learner, public_id=attempt.public_id, item_id=served, answer=4
        )
    assert Response.objects.get(attempt=attempt).answer == 3


def test_an_answer_to_an_item_not_on_screen_is_refused_and_nothing_is_written(bank, learner):
    attempt = start(learner)
    other = Item.objects.exclude(pk=attempt.current_item_id).filter(kind="single")[0]
    with pytest.raises(ConflictError, match="không phải câu hỏi đang hiện"):
        attempts.record_answer(
            person=learner, public_id=attempt.public_id, item_id=other.pk, answer=1
        )
    with pytest.raises(ConflictError):
        attempts.record_answer(
            person=learner, public_id=attempt.public_id, item_id=999_999, answer=1
        )
    assert not Response.objects.filter(attempt=attempt).exists()


def test_an_incomplete_answer_is_sent_back_not_scored(bank, learner):
    attempt = start(learner)
    served = attempt.current_item_id
    for answer in (None, 0, 9, "3", [1], True):
        with pytest.raises(attempts.IncompleteAnswerError):
            attempts.record_answer(
                person=learner, public_id=attempt.public_id, item_id=served, answer=answer
            )
    attempt.refresh_from_db()
    assert attempt.answered_count == 0
    assert attempt.current_item_id == served


def test_someone_elses_attempt_is_not_found(bank, learner, residents):
    attempt = start(learner)
    stranger = residents["in_commune"]
    with pytest.raises(NotFoundError):
        attempts.record_answer(
            person=stranger, public_id=attempt.public_id, item_id=attempt.current_item_id, answer=1
        )
    with pytest.raises(NotFoundError):
        selectors.attempt_of(stranger, attempt.public_id)
    with pytest.raises(NotFoundError):
        attempts.finish_attempt(person=stranger, public_id=attempt.public_id)


def test_right_answers_end_in_basic_and_write_one_attainment_record(bank, learner):
    attempt = factories.run_to_the_end(start(learner), right=True)
    assert attempt.status == "finished"
    assert attempt.verdict == "basic"
    assert (attempt.confidence or 0) >= 0.85
    assert not attempt.is_confirmed
    domains = attempt.results["domains"]
    assert [d["number"] for d in domains] == [1, 2, 3, 4, 5, 6]
    assert all(d["level"] >= 2 and d["self_rating"] == 4.0 for d in domains)
    record = AttainmentRecord.objects.get(person=learner)
    assert (record.source, record.verdict, record.is_confirmed) == ("assessment", "basic", False)
    assert record.unit_id == learner.unit_id
    assert record.target_group == people.group("adults")
    assert record.levels == {str(d["number"]): d["level"] for d in domains}
    assert attempt.current_item_id is None


def test_wrong_answers_end_in_not_basic_with_the_gaps_named(bank, learner):
    attempt = factories.run_to_the_end(start(learner), right=False)
    assert attempt.verdict == "not_basic"
    assert any(d["standing"] == "gap" for d in attempt.results["domains"])
    assert AttainmentRecord.objects.get(person=learner).verdict == "not_basic"


def test_the_adaptive_test_uses_far_fewer_items_than_the_bank(bank, learner):
    attempt = factories.run_to_the_end(start(learner), right=True)
    scored = Response.objects.filter(attempt=attempt, phase="scored").count()
    assert 6 <= scored <= 60
    assert attempt.results["scored_items"] == scored


def test_answers_after_the_end_are_refused(bank, learner):
    attempt = factories.run_to_the_end(start(learner), right=True)
    item = Item.objects.filter(kind="single")[0]
    with pytest.raises(ConflictError):
        attempts.record_answer(
            person=learner, public_id=attempt.public_id, item_id=item.pk, answer=1
        )


def test_stopping_early_gives_undetermined_rather_than_a_guess(bank, learner):
    attempt = start(learner)
    for _step in range(7):
        row = factories.current_row(attempt)
        attempts.record_answer(
            person=learner,
            public_id=attempt.public_id,
            item_id=attempt.current_item_id,
            answer=factories.right_answer(row),
        )
    finished = attempts.finish_attempt(person=learner, public_id=attempt.public_id)
    assert finished.verdict == "undetermined"
    assert finished.results["finished_early"] is True
    assert AttainmentRecord.objects.get(person=learner).verdict == "undetermined"


def test_a_new_attempt_waits_for_the_cooldown(bank, learner):
    factories.run_to_the_end(start(learner))
    with pytest.raises(attempts.CooldownError) as raised:
        start(learner)
    assert raised.value.available_at > timezone.now() + timedelta(hours=23)
    policy = AssessmentSettings.load()
    policy.retake_cooldown_hours = 0
    policy.save()
    assert start(learner).status == "in_progress"


@pytest.fixture
def session(units, commune_manager):
    now = timezone.now()
    return ProctoredSession.objects.create(
        code="K7MXQ3",
        title="Lớp tập huấn thôn Km 15",
        unit=units["xa_tram_tau"],
        opened_by=commune_manager,
        opens_at=now - timedelta(minutes=10),
        closes_at=now + timedelta(hours=2),
    )


def test_an_attempt_in_an_open_session_is_confirmed(bank, learner, session):
    attempt = factories.run_to_the_end(start(learner, session_code="k7m-xq3 "))
    assert attempt.proctored_session == session
    assert attempt.is_confirmed
    assert AttainmentRecord.objects.get(person=learner).is_confirmed


def test_a_session_code_skips_the_cooldown(bank, learner, session):
    factories.run_to_the_end(start(learner))
    proctored = start(learner, session_code="K7MXQ3")
    assert proctored.proctored_session == session


def test_a_session_code_replaces_an_unfinished_attempt_of_ones_own(bank, learner, session):
    own = start(learner)
    proctored = start(learner, session_code="K7MXQ3")
    assert proctored.pk != own.pk
    assert Attempt.objects.get(pk=own.pk).status == "abandoned"
    assert start(learner, session_code="K7MXQ3").pk == proctored.pk


def test_a_closed_or_unknown_session_code_is_refused(bank, learner, session):
    with pytest.raises(attempts.AttemptError, match="Mã buổi kiểm tra không đúng"):
        start(learner, session_code="ZZZZZZ")
    session.closed_at = timezone.now()
    session.save()
    with pytest.raises(attempts.AttemptError, match="Mã buổi kiểm tra không đúng"):
        start(learner, session_code="K7MXQ3")
    assert not Attempt.objects.filter(person=learner).exists()


def test_finishing_after_the_session_closed_is_self_assessed(bank, learner, session):
    attempt = start(learner, session_code="K7MXQ3")
    ProctoredSession.objects.filter(pk=session.pk).update(
        closes_at=timezone.now() - timedelta(hours=1), opens_at=timezone.now() - timedelta(hours=3)
    )
    attempt = factories.run_to_the_end(attempt)
    assert attempt.proctored_session_id == session.pk
    assert not attempt.is_confirmed


def test_pretest_items_are_served_but_never_counted(bank, learner):
    pretest = Item.objects.filter(kind="single", competence__code="4.2")[:2]
    Item.objects.filter(pk__in=[item.pk for item in pretest]).update(status="pretest")
    bank_service.forget_bank()
    attempt = factories.run_to_the_end(start(learner))
    phases = dict(Response.objects.filter(attempt=attempt).values_list("item_id", "phase"))
    assert sorted(pk for pk, phase in phases.items() if phase == "pretest") == sorted(
        p[1] for p in attempt.plan["pretest"]
    )
    assert len(attempt.plan["pretest"]) == 2
    engine = selectors.live_bank().engine
    assert engine is not None
    assert all(item.pk not in engine.index_of for item in pretest)


def test_stale_attempts_are_abandoned(bank, learner):
    attempt = start(learner)
    Attempt.objects.filter(pk=attempt.pk).update(
        last_activity_at=timezone.now() - timedelta(days=31)
    )
    assert attempts.abandon_stale_attempts() == 1
    assert Attempt.objects.get(pk=attempt.pk).status == "abandoned"


def test_the_periodic_command_abandons_stale_attempts(bank, learner):
    attempt = start(learner)
    Attempt.objects.filter(pk=attempt.pk).update(
        last_activity_at=timezone.now() - timedelta(days=40)
    )
    out = StringIO()
    call_command("abandon_stale_attempts", stdout=out)
    assert "1 attempt(s) abandoned." in out.getvalue()
