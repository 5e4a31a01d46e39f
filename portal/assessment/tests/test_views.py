import re

import pytest
from django.test import Client
from django.urls import reverse

from portal.assessment import selectors
from portal.assessment.models import Attempt, Response
from portal.assessment.services import attempts
from portal.assessment.tests import factories

pytestmark = pytest.mark.django_db

START = "/tu-danh-gia/"


@pytest.fixture
def bank(units):
    factories.load_bank()


@pytest.fixture
def signed_in(client, learner, bank):
    client.force_login(learner)
    return client


def start(client, **data):
    group = data.pop("group", None)
    payload = {"target_group": group or selectors.target_groups().get(code="adults").pk}
    payload.update({"mode": "standard", **data})
    return client.post(START, payload)


def question_page(client, attempt):
    return client.get(reverse("assessment:attempt-detail", args=[attempt.public_id]))


def test_the_landing_page_invites_anonymous_people_to_sign_in(client, bank):
    response = client.get(START)
    assert response.status_code == 200
    text = response.content.decode()
    assert "/tai-khoan/dang-nhap/?next=/tu-danh-gia/" in text
    assert 'name="target_group"' not in text


def test_starting_leads_to_the_first_question(signed_in, learner):
    response = start(signed_in)
    attempt = Attempt.objects.get(person=learner)
    assert response.status_code == 302
    assert response["Location"] == f"/tu-danh-gia/bai/{attempt.public_id}/"
    page = question_page(signed_in, attempt)
    assert page.status_code == 200
    assert page["Cache-Control"] == "no-store"
    assert f'name="item" value="{attempt.current_item_id}"' in page.content.decode()


def test_a_bad_session_code_is_explained_on_the_form(signed_in, learner):
    response = start(signed_in, session_code="XXXXXX")
    assert response.status_code == 200
    assert "Mã buổi kiểm tra không đúng" in response.content.decode()
    assert not Attempt.objects.filter(person=learner).exists()


def test_the_question_page_never_shows_the_key_or_explanation(signed_in, learner):
    start(signed_in)
    attempt = Attempt.objects.get(person=learner)
    for _step in range(10):
        attempt.refresh_from_db()
        row = factories.current_row(attempt)
        assert attempt.current_item_id is not None
        text = question_page(signed_in, attempt).content.decode()
        if row.explanation_vi:
            assert row.explanation_vi not in text
        task = row.task
        if task is not None and hasattr(task, "correct_order"):
            assert "correct" not in text
        attempts.record_answer(
            person=learner,
            public_id=attempt.public_id,
            item_id=attempt.current_item_id,
            answer=factories.right_answer(row),
        )


def test_answering_without_javascript_redirects_to_the_next_question(signed_in, learner):
    start(signed_in)
    attempt = Attempt.objects.get(person=learner)
    url = reverse("assessment:attempt-detail", args=[attempt.public_id])
    response = signed_in.post(url, {"item": attempt.current_item_id, "choice": "3"})
    assert response.status_code == 302
    assert response["Location"] == url
    assert Response.objects.get(attempt=attempt).score == 2


def test_with_htmx_the_answer_swaps_in_the_next_question(signed_in, learner):
    start(signed_in)
    attempt = Attempt.objects.get(person=learner)
    first = attempt.current_item_id
    url = reverse("assessment:attempt-detail", args=[attempt.public_id])
    response = signed_in.post(url, {"item": first, "choice": "2"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    text = response.content.decode()
    assert text.startswith('<section id="question"')
    attempt.refresh_from_db()
    assert f'name="item" value="{attempt.current_item_id}"' in text
    # The same post again (a double tap, a lost reply) changes nothing.
    again = signed_in.post(url, {"item": first, "choice": "2"}, HTTP_HX_REQUEST="true")
    assert again.status_code == 200
    assert Response.objects.filter(attempt=attempt).count() == 1


def test_an_empty_answer_is_sent_back_with_a_message(signed_in, learner):
    start(signed_in)
    attempt = Attempt.objects.get(person=learner)
    url = reverse("assessment:attempt-detail", args=[attempt.public_id])
    response = signed_in.post(url, {"item": attempt.current_item_id})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert not Response.objects.filter(attempt=attempt).exists()


def test_an_old_screen_posted_later_is_told_and_shown_the_current_question(signed_in, learner):
    start(signed_in)
    attempt = Attempt.objects.get(person=learner)
    url = reverse("assessment:attempt-detail", args=[attempt.public_id])
    first = attempt.current_item_id
    assert first is not None
    signed_in.post(url, {"item": first, "choice": "2"})
    stale = signed_in.post(url, {"item": first, "choice": "4"}, follow=True)
    assert stale.status_code == 200
    attempt.refresh_from_db()
    assert f'name="item" value="{attempt.current_item_id}"' in stale.content.decode()
    assert Response.objects.get(attempt=attempt, item_id=first).answer == 2


def test_someone_elses_attempt_and_result_are_404(signed_in, learner, residents):
    start(signed_in)
    attempt = Attempt.objects.get(person=learner)
    client = Client()
    client.force_login(residents["in_commune"])
    url = reverse("assessment:attempt-detail", args=[attempt.public_id])
    assert client.get(url).status_code == 404
    assert client.post(url, {"item": attempt.current_item_id, "choice": "1"}).status_code == 404
    result = reverse("assessment:result-detail", args=[attempt.public_id])
    assert client.get(result).status_code == 404
    finish = reverse("assessment:attempt-finish", args=[attempt.public_id])
    assert client.post(finish).status_code == 404
    assert Attempt.objects.get(pk=attempt.pk).status == "in_progress"


def test_the_result_page_names_levels_verdict_and_next_steps(signed_in, learner):
    start(signed_in)
    attempt = factories.run_to_the_end(Attempt.objects.get(person=learner), right=False)
    page = signed_in.get(reverse("assessment:result-detail", args=[attempt.public_id]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "verdict-not_basic" in text
    assert text.count('class="domain-result ') == 6
    assert reverse("learning:start") in text
    assert "100%" not in text
    history = signed_in.get(reverse("assessment:attempt-list")).content.decode()
    assert str(attempt.public_id) in history


def test_a_shared_summary_shows_the_first_name_only_until_sharing_stops(signed_in, learner):
    client = Client()
    start(signed_in)
    attempt = factories.run_to_the_end(Attempt.objects.get(person=learner), right=True)
    share = reverse("assessment:result-share", args=[attempt.public_id])
    signed_in.post(share, {"share": "on"})
    attempt.refresh_from_db()
    assert attempt.share_token
    url = reverse("assessment:summary-shared", args=[attempt.share_token])
    public = client.get(url)
    assert public.status_code == 200
    text = public.content.decode()
    assert "Sử" in text
    assert "Giàng A Sử" not in text
    assert not re.search(r"\+84|0912", text)
    assert public["X-Robots-Tag"] == "noindex"
    signed_in.post(share, {"share": "off"})
    assert client.get(url).status_code == 404


def test_stopping_early_shows_an_undetermined_result(signed_in, learner):
    start(signed_in)
    attempt = Attempt.objects.get(person=learner)
    response = signed_in.post(reverse("assessment:attempt-finish", args=[attempt.public_id]))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.verdict == "undetermined"
    page = signed_in.get(response["Location"]).content.decode()
    assert "verdict-undetermined" in page


def test_the_result_page_recommends_courses_for_the_weakest_competences(
    signed_in, learner, portal_site
):
    from portal.assessment.models import Competence
    from portal.learning.tests.factories import build_catalog, build_course

    catalog = build_catalog(portal_site)
    taught = build_course(catalog, slug="an-toan", title="Khoá an toàn", quiz=False)["course"]
    taught.competences.set(Competence.objects.filter(code__startswith="4."))
    taught.save()
    untaught = build_course(catalog, slug="khac", title="Khoá không liên quan", quiz=False)
    start(signed_in)
    attempt = factories.run_to_the_end(Attempt.objects.get(person=learner), right=False)
    text = signed_in.get(reverse("assessment:result-detail", args=[attempt.public_id])).content
    page = text.decode()
    assert taught.url in page
    assert untaught["course"].url not in page
    assert Competence.objects.get(code="4.2").name_vi in page
