"""The learning API (/api/v1/learning/…), through HTTP: catalogue, course, paths, enrolment,
progress, offline events, certificate verification and xAPI statements."""

import json
import uuid
from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.models import APIToken

from conftest import sign_in
from portal.accounts.tests import factories as people
from portal.assessment.models import Competence
from portal.assessment.services import framework
from portal.campaign import services as campaign_services
from portal.campaign.models import TargetGroup
from portal.learning.models import (
    Certificate,
    Enrolment,
    LearningPath,
    LearningStatement,
    LessonProgress,
    PathCourse,
)
from portal.learning.services import progress
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = pytest.mark.django_db

API = "/api/v1/learning"


def bearer(user):
    _token, plaintext = APIToken.create_token(user=user, name="Ứng dụng công dân")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def post(client, path, payload, headers=None):
    return client.post(
        path, json.dumps(payload), content_type="application/json", **(headers or {})
    )


@pytest.fixture
def courses(portal_site):
    campaign_services.ensure_default_target_groups()
    framework.import_framework()
    catalog = build_catalog(portal_site)
    scams = build_course(catalog, title="Phòng chống lừa đảo trực tuyến", slug="lua-dao")
    services = build_course(
        catalog, title="Dịch vụ công trực tuyến", slug="dich-vu-cong", quiz=False
    )
    scams["course"].level = 2
    scams["course"].competences.set([Competence.objects.get(code="4.2")])
    scams["course"].target_groups.set([TargetGroup.objects.get(code="adults")])
    scams["course"].save_revision().publish()
    return {"catalog": catalog, "scams": scams, "services": services}


def test_catalogue_lists_courses_with_their_facts(courses, client):
    body = client.get(f"{API}/courses").json()
    assert (body["count"], body["page"], body["pages"]) == (2, 1, 1)
    first = body["items"][0]
    assert first["title"] == "Phòng chống lừa đảo trực tuyến"
    assert first["lesson_count"] == 3
    assert first["level"] == 2
    assert first["language"] == "vi"
    assert first["target_groups"] == ["adults"]
    assert first["competences"][0]["code"] == "4.2"
    assert first["url"] == courses["scams"]["course"].url
    assert body["items"][1]["lesson_count"] == 2


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({"group": "adults"}, ["Phòng chống lừa đảo trực tuyến"]),
        ({"competence": "4.2"}, ["Phòng chống lừa đảo trực tuyến"]),
        ({"level": 1}, ["Dịch vụ công trực tuyến"]),
        ({"q": "dich vu cong"}, ["Dịch vụ công trực tuyến"]),
        ({"q": "PHONG CHONG"}, ["Phòng chống lừa đảo trực tuyến"]),
        ({"group": "students"}, []),
    ],
)
def test_catalogue_filters_like_the_catalogue_page(courses, client, params, titles):
    body = client.get(f"{API}/courses", params).json()
    assert [item["title"] for item in body["items"]] == titles


@pytest.mark.parametrize(
    "params", [{"level": 9}, {"level": "x"}, {"page": 0}, {"q": "x" * 201}, {"group": "g" * 21}]
)
def test_catalogue_answers_422_with_a_reason_for_bad_filters(courses, client, params):
    response = client.get(f"{API}/courses", params)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_catalogue_without_a_catalogue_is_404(portal_site, client):
    response = client.get(f"{API}/courses")
    assert response.status_code == 404
    assert response.json()["detail"]


def test_course_detail_has_modules_and_lessons_in_order(courses, client):
    course = courses["scams"]["course"]
    body = client.get(f"{API}/courses/{course.pk}").json()
    assert body["title"] == course.title
    assert body["lesson_count"] == 3
    [module] = body["modules"]
    assert module["title"] == "Chương 1"
    assert [(item["title"], item["kind"]) for item in module["lessons"]] == [
        ("Bài 1", "lesson"),
        ("Bài 2", "lesson"),
        ("Bài kiểm tra", "quiz"),
    ]
    assert client.get(f"{API}/courses/999999").status_code == 404
    assert client.get(f"{API}/courses/99999999999").status_code == 422


def test_learning_paths_per_group(courses, client):
    adults = TargetGroup.objects.get(code="adults")
    path = LearningPath.objects.create(
        slug="nguoi-dan",
        title="Người dân",
        target_group=adults,
        final_quiz=courses["scams"]["quiz"],
    )
    PathCourse.objects.create(path=path, course=courses["services"]["course"], sort_order=0)
    PathCourse.objects.create(path=path, course=courses["scams"]["course"], sort_order=1)
    [body] = client.get(f"{API}/paths", {"group": "adults"}).json()
    assert body["target_group"] == "adults"
    assert [course["title"] for course in body["courses"]] == [
        "Dịch vụ công trực tuyến",
        "Phòng chống lừa đảo trực tuyến",
    ]
    assert body["final_quiz"]["title"] == "Bài kiểm tra"
    assert client.get(f"{API}/paths", {"group": "students"}).json() == []
    unknown = client.get(f"{API}/paths", {"group": "martians"})
    assert unknown.status_code == 422
    assert "group" in unknown.json()["detail"]


def test_enrol_then_see_progress_with_a_token(courses, client, learner):
    headers = bearer(learner)
    course = courses["scams"]["course"]
    created = post(client, f"{API}/courses/{course.pk}/enrolment", {}, headers)
    assert created.status_code == 201
    assert created.json()["lessons_total"] == 3
    again = post(client, f"{API}/courses/{course.pk}/enrolment", {}, headers)
    assert again.status_code == 200
    assert Enrolment.objects.filter(person=learner).count() == 1
    progress.complete_lesson(person=learner, lesson=courses["scams"]["lessons"][0])
    [row] = client.get(f"{API}/me/progress", **headers).json()
    assert (row["lessons_completed"], row["lessons_total"], row["percent"]) == (1, 3, 33)
    assert row["completed_at"] is None
    assert row["certificate_code"] is None
    assert row["course"]["id"] == course.pk


def test_progress_shows_the_certificate_code_of_a_completed_course(courses, client, learner):
    built = courses["services"]
    progress.enrol(person=learner, course=built["course"])
    for lesson in built["lessons"]:
        progress.complete_lesson(person=learner, lesson=lesson)
    Certificate.objects.update_or_create(
        person=learner,
        course=built["course"],
        defaults={
            "code": "BDHVS-TEST-0001",
            "holder_name": "Giàng A Sử",
            "course_title": built["course"].title,
            "issuer_name": "Sở Khoa học và Công nghệ",
            "issued_on": date(2026, 12, 1),
        },
    )
    [row] = client.get(f"{API}/me/progress", **bearer(learner)).json()
    assert row["percent"] == 100
    assert row["completed_at"] is not None
    assert row["certificate_code"] == "BDHVS-TEST-0001"


def test_enrolment_and_progress_need_a_signed_in_person(courses, client):
    course = courses["scams"]["course"]
    refused = post(client, f"{API}/courses/{course.pk}/enrolment", {})
    assert refused.status_code == 401
    assert refused.json()["detail"]
    assert client.get(f"{API}/me/progress").status_code == 401
    assert post(client, f"{API}/courses/999999/enrolment", {}).status_code == 401


def test_enrolling_in_an_unknown_course_is_404(courses, client, learner):
    response = post(client, f"{API}/courses/999999/enrolment", {}, bearer(learner))
    assert response.status_code == 404
    assert response.json()["detail"]


def test_progress_events_apply_once_however_often_sent(courses, client, learner):
    headers = bearer(learner)
    lesson = courses["scams"]["lessons"][0]
    progress.enrol(person=learner, course=courses["scams"]["course"])
    event = {
        "id": str(uuid.uuid4()),
        "type": "lesson_completed",
        "lesson_id": lesson.pk,
        "course_id": courses["scams"]["course"].pk,
        "occurred_at": (timezone.now() - timedelta(hours=1)).isoformat(),
    }
    first = post(client, f"{API}/me/progress-events", {"events": [event]}, headers).json()
    again = post(client, f"{API}/me/progress-events", {"events": [event]}, headers).json()
    assert (first["applied"], first["accepted"]) == (1, [event["id"]])
    assert (again["applied"], again["duplicates"], again["accepted"]) == (0, 1, [event["id"]])
    assert LessonProgress.objects.get(person=learner, lesson_id=lesson.pk).status == "completed"
    assert LearningStatement.objects.filter(person=learner, verb="completed").count() == 1


def test_progress_events_reject_bad_input_with_reasons(courses, client, learner):
    headers = bearer(learner)
    progress.enrol(person=learner, course=courses["scams"]["course"])
    lesson_id = courses["scams"]["lessons"][0].pk
    bad_id = post(
        client,
        f"{API}/me/progress-events",
        {"events": [{"id": "abc", "lesson_id": lesson_id}]},
        headers,
    )
    assert bad_id.status_code == 200
    assert bad_id.json()["rejected"][0]["reason"]
    for body in (
        {"events": [{"id": str(uuid.uuid4()), "lesson_id": 0}]},
        {"events": [{"id": str(uuid.uuid4()), "lesson_id": lesson_id, "type": "opened"}]},
        {"events": "x"},
        {},
    ):
        response = post(client, f"{API}/me/progress-events", body, headers)
        assert response.status_code == 422
        assert response.json()["detail"]


def test_certificate_verification_is_public_and_ignores_case(courses, client, learner):
    Certificate.objects.create(
        person=learner,
        course=courses["scams"]["course"],
        code="BDHVS-26-ABCD",
        holder_name="Giàng A Sử",
        course_title="Phòng chống lừa đảo trực tuyến",
        issuer_name="Sở Khoa học và Công nghệ tỉnh Lào Cai",
        issued_on=date(2026, 11, 30),
        status=Certificate.Status.REVOKED,
        revoked_at=timezone.now(),
        revocation_reason="Cấp nhầm",
    )
    body = client.get(f"{API}/certificates/bdhvs-26-abcd").json()
    assert body["code"] == "BDHVS-26-ABCD"
    assert body["holder_name"] == "Giàng A Sử"
    assert body["issued_on"] == "2026-11-30"
    assert (body["status"], body["revocation_reason"]) == ("revoked", "Cấp nhầm")
    assert body["revoked_at"] is not None
    unknown = client.get(f"{API}/certificates/NOPE")
    assert unknown.status_code == 404
    assert unknown.json()["detail"]
    assert client.get(f"{API}/certificates/{'x' * 300}").status_code == 404


@pytest.fixture
def statements(courses, learner):
    elsewhere = people.make_person("Người ngoài tỉnh", unit=None)
    for person in (learner, elsewhere):
        progress.enrol(person=person, course=courses["scams"]["course"])
        progress.complete_lesson(person=person, lesson=courses["scams"]["lessons"][0])
    return list(LearningStatement.objects.order_by("stored_at", "id"))


def test_administrators_page_through_every_statement(statements, client, admin_user_persona):
    sign_in(client, admin_user_persona)
    seen = []
    url = f"{API}/xapi/statements?limit=3"
    while url:
        response = client.get(url)
        assert response.status_code == 200
        assert response["X-Experience-API-Version"] == "1.0.3"
        body = response.json()
        seen += body["statements"]
        url = body["more"]
    assert [item["id"] for item in seen] == [str(row.id) for row in statements]
    assert len(seen) == 4  # registered + completed, for two people
    actor = seen[0]["actor"]
    assert set(actor) == {"objectType", "account"}
    assert actor["account"]["name"].isdigit()


def test_statements_since_a_time(statements, client, admin_user_persona):
    sign_in(client, admin_user_persona)
    since = statements[1].stored_at.isoformat()
    body = client.get(f"{API}/xapi/statements", {"since": since}).json()
    assert [item["id"] for item in body["statements"]] == [str(row.id) for row in statements[2:]]
    assert body["more"] == ""


def test_a_province_manager_reads_only_the_statements_of_their_people(
    statements, client, province_manager, learner
):
    sign_in(client, province_manager)
    body = client.get(f"{API}/xapi/statements").json()
    names = {item["actor"]["account"]["name"] for item in body["statements"]}
    assert names == {str(learner.pk)}


def test_statements_are_refused_to_others_with_a_reason(
    statements, client, district_manager, learner
):
    assert client.get(f"{API}/xapi/statements").status_code == 401
    for person in (district_manager, learner):
        response = client.get(f"{API}/xapi/statements", **bearer(person))
        assert response.status_code == 403
        assert "province" in response.json()["detail"]


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "not-a-cursor!"},
        {"cursor": "w6k"},
        {"cursor": "MjAyNi0wMS0wMVQwMDowMDowMHxub3QtYS11dWlk"},
        {"limit": 5000},
        {"since": "yesterday"},
        {"since": "0001-01-01T00:00:00+05:00"},
        {"until": "9999-12-31T23:59:59-14:00"},
    ],
)
def test_statements_answer_422_for_bad_parameters(statements, client, admin_user_persona, params):
    sign_in(client, admin_user_persona)
    response = client.get(f"{API}/xapi/statements", params)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_openapi_schema_documents_the_learning_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in (
        "/api/v1/learning/courses",
        "/api/v1/learning/courses/{course_id}",
        "/api/v1/learning/courses/{course_id}/enrolment",
        "/api/v1/learning/paths",
        "/api/v1/learning/me/progress",
        "/api/v1/learning/me/progress-events",
        "/api/v1/learning/certificates/{code}",
        "/api/v1/learning/xapi/statements",
    ):
        assert path in paths
