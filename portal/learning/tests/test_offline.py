"""Learning offline: manifest, service worker, what to save for a course, and the sync endpoint."""

import json
import uuid
from datetime import timedelta

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.utils import timezone

from conftest import sign_in
from portal.learning.domain import offline_events
from portal.learning.models import LearningStatement, LessonProgress
from portal.learning.services import progress
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(portal_site):
    return build_course(build_catalog(portal_site))


@pytest.fixture
def enrolled(tree, learner, client):
    progress.enrol(person=learner, course=tree["course"])
    return sign_in(client, learner)


def completion(lesson_id, **extra):
    return {
        "id": str(uuid.uuid4()),
        "type": "lesson_completed",
        "lesson_id": lesson_id,
        "course_id": 1,
        "occurred_at": (timezone.now() - timedelta(minutes=30)).isoformat(),
        **extra,
    }


def post_events(client, events, **kwargs):
    return client.post(
        "/hoc/dong-bo/", data=json.dumps({"events": events}), content_type="application/json"
    )


def test_manifest_names_the_portal_in_vietnamese_with_icons(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(response.content)
    assert manifest["name"] == "Bình dân học vụ số"
    assert manifest["lang"] == "vi"
    assert manifest["scope"] == "/"
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]


def test_service_worker_is_served_from_the_root_uncached_with_the_offline_page(client):
    response = client.get("/sw.js", headers={"Accept-Language": "en"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    body = response.content.decode()
    assert '"offlineUrl": "/hoc/ngoai-tuyen/"' in body
    assert '"syncUrl": "/hoc/dong-bo/"' in body
    assert "/static/learning/offline.js" in body


def test_every_page_links_the_manifest_and_registers_the_worker(portal_site, client):
    html = client.get("/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert 'data-service-worker="/sw.js"' in html


def test_offline_page_needs_no_account(client):
    response = client.get("/hoc/ngoai-tuyen/")
    assert response.status_code == 200
    assert b"data-saved-courses" in response.content


def test_course_pack_lists_the_course_its_reading_lessons_and_assets(tree, enrolled):
    response = enrolled.get(f"/hoc/ngoai-tuyen/khoa/{tree['course'].pk}/")
    assert response.status_code == 200
    pack = response.json()
    assert pack["course"]["title"] == "An toàn trên mạng"
    assert pack["cache"] == f"bdhvs-course-{tree['course'].pk}"
    assert [page["url"] for page in pack["pages"]] == [
        tree["course"].url,
        *(lesson.url for lesson in tree["lessons"]),
    ]
    assert [item["kind"] for item in pack["online_only"]] == ["quiz"]
    assert "/static/css/site.css" in pack["assets"]
    assert "no-cache" in response["Cache-Control"]


def test_course_pack_is_for_enrolled_learners_only(tree, learner, client):
    course_url = f"/hoc/ngoai-tuyen/khoa/{tree['course'].pk}/"
    assert client.get(course_url).status_code == 401
    sign_in(client, learner)
    refused = client.get(course_url)
    assert refused.status_code == 403
    assert refused.json()["detail"]
    assert client.get("/hoc/ngoai-tuyen/khoa/999999/").json()["detail"]
    assert client.get("/hoc/ngoai-tuyen/khoa/999999/").status_code == 404
    assert client.get("/hoc/ngoai-tuyen/khoa/99999999999999999999/").status_code == 404


def test_saving_lessons_for_offline_does_not_count_as_opening_them(tree, learner, enrolled):
    lesson = tree["lessons"][1]
    assert enrolled.get(lesson.url, headers={"X-Offline-Save": "1"}).status_code == 200
    assert not LessonProgress.objects.filter(person=learner).exists()
    enrolled.get(lesson.url)
    assert LessonProgress.objects.filter(person=learner).count() == 1


def test_enrolled_lesson_and_course_pages_offer_to_save_the_course(tree, enrolled):
    for url in (tree["lessons"][0].url, tree["course"].url):
        html = enrolled.get(url).content.decode()
        assert "data-save-offline" in html
        assert f'data-pack-url="/hoc/ngoai-tuyen/khoa/{tree["course"].pk}/"' in html
        assert "/static/learning/offline.js" in html


def test_pages_do_not_offer_saving_before_enrolment(tree, learner, client):
    sign_in(client, learner)
    assert "data-save-offline" not in client.get(tree["course"].url).content.decode()


def test_sync_applies_a_queued_completion_once_even_when_sent_again(tree, learner, enrolled):
    lesson = tree["lessons"][0]
    event = completion(lesson.pk)
    first = post_events(enrolled, [event])
    assert first.status_code == 200
    assert first.json() == {
        "applied": 1,
        "duplicates": 0,
        "accepted": [event["id"]],
        "rejected": [],
    }
    again = post_events(enrolled, [event, event])
    assert again.json() == {
        "applied": 0,
        "duplicates": 2,
        "accepted": [event["id"], event["id"]],
        "rejected": [],
    }
    row = LessonProgress.objects.get(person=learner, lesson_id=lesson.pk)
    assert row.status == LessonProgress.Status.COMPLETED
    assert row.completed_at is not None
    assert row.completed_at < timezone.now() - timedelta(minutes=20)
    completed = LearningStatement.objects.filter(person=learner, verb="completed")
    assert list(completed.values_list("id", flat=True)) == [uuid.UUID(event["id"])]


def test_sync_rejects_bad_events_with_reasons_and_accepts_the_rest(tree, enrolled):
    good = completion(tree["lessons"][1].pk)
    events = [
        good,
        completion(99_999_999_999_999),
        completion(tree["lessons"][0].pk, type="lesson_opened"),
        {"id": "nope", "type": "lesson_completed", "lesson_id": tree["lessons"][0].pk},
        "not an object",
    ]
    report = post_events(enrolled, events).json()
    assert report["applied"] == 1
    assert report["accepted"] == [good["id"]]
    assert len(report["rejected"]) == 4
    assert all(item["reason"] for item in report["rejected"])


def test_sync_of_a_course_one_is_not_enrolled_in_is_rejected(portal_site, tree, enrolled):
    other = build_course(tree["course"].get_parent().specific, slug="khac", quiz=False)
    report = post_events(enrolled, [completion(other["lessons"][0].pk)]).json()
    assert (report["applied"], report["accepted"]) == (0, [])
    assert report["rejected"][0]["reason"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [("{", "JSON"), ('{"events": 3}', "events"), ("[]", "events"), ("", "events")],
)
def test_sync_answers_400_with_a_reason_for_a_bad_body(tree, enrolled, body, reason):
    response = enrolled.post("/hoc/dong-bo/", data=body, content_type="application/json")
    assert response.status_code == 400
    assert reason in response.json()["detail"]


def test_sync_needs_a_signed_in_person_and_a_csrf_token(tree, learner):
    anonymous = Client(enforce_csrf_checks=True)
    assert post_events(anonymous, []).status_code in (401, 403)
    checked = sign_in(Client(enforce_csrf_checks=True), learner)
    assert post_events(checked, [completion(tree["lessons"][0].pk)]).status_code == 403
    assert not LessonProgress.objects.exists()
    assert sign_in(Client(), learner).get("/hoc/dong-bo/").status_code == 405


@pytest.mark.parametrize(
    ("value", "expected"),
    [(12, 12), ("12", 12), ("٣", 0), ("-1", 0), (0, 0), (2**31, 0), ("1e3", 0), (None, 0)],
)
def test_event_lesson_ids_are_plain_32_bit_page_ids(value, expected):
    assert offline_events.page_id(value) == expected


def test_events_from_the_phone_take_the_services_shape():
    assert offline_events.service_event(
        {"id": "x", "type": "lesson_completed", "lesson_id": 7, "occurred_at": "2026-12-01"}
    ) == {"id": "x", "type": "completed", "lesson": 7, "at": "2026-12-01"}
    assert offline_events.service_event([1, 2]) == {"id": "", "type": ""}


def test_accepted_events_are_those_not_rejected_within_the_limit():
    ids = [str(uuid.uuid4()) for _ in range(offline_events.MAX_EVENTS + 1)]
    events = [{"id": event_id} for event_id in ids]
    accepted = offline_events.accepted_ids(events, [{"id": ids[0], "reason": "no"}])
    assert accepted == ids[1 : offline_events.MAX_EVENTS]
