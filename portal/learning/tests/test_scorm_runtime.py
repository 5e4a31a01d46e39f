"""SCORM at run time: the sandboxed content view, commits and what they do to progress."""

import json

import pytest
from django.test import Client

from conftest import sign_in
from portal.learning.demo import scorm_samples
from portal.learning.models import (
    Enrolment,
    LearningStatement,
    LessonProgress,
    ScormRuntimeState,
)
from portal.learning.services import progress, scorm
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = pytest.mark.django_db

PASSED_12 = {
    "cmi.core.lesson_status": "passed",
    "cmi.core.score.raw": "100",
    "cmi.core.score.min": "0",
    "cmi.core.score.max": "100",
    "cmi.core.session_time": "0000:02:30.00",
    "cmi.core.exit": "",
    "cmi.suspend_data": '{"page":3}',
    "cmi.interactions.0.id": "q1-link-la",
    "cmi.interactions.0.type": "choice",
    "cmi.interactions.0.student_response": "b",
    "cmi.interactions.0.result": "correct",
}


@pytest.fixture
def tree(portal_site):
    catalog = build_catalog(portal_site)
    built = build_course(catalog, lessons=1, quiz=False)
    built["scorm12"] = scorm.import_package(
        data=scorm_samples.build_scorm12_package(), filename="a.zip", course=built["course"]
    ).lessons[0]
    built["scorm2004"] = scorm.import_package(
        data=scorm_samples.build_scorm2004_package(), filename="b.zip", course=built["course"]
    ).lessons[0]
    return built


def test_a_first_commit_enrols_the_learner_and_a_pass_counts_in_the_course(tree, learner):
    lesson = tree["scorm12"]
    result = scorm.commit_runtime(
        person=learner, lesson=lesson, sequence=1, cmi=PASSED_12, session="s1"
    )
    assert result.is_applied
    assert result.is_lesson_done
    enrolment = Enrolment.objects.get(person=learner, course=tree["course"])
    assert (enrolment.lessons_completed, enrolment.lessons_total) == (1, 3)
    row = LessonProgress.objects.get(person=learner, lesson_id=lesson.pk)
    assert (row.status, row.score_percent, row.has_passed) == ("completed", 100.0, True)
    state = ScormRuntimeState.objects.get(person=learner, lesson=lesson)
    assert (state.completion_status, state.success_status, state.score_scaled) == (
        "completed",
        "passed",
        1.0,
    )
    verbs = set(LearningStatement.objects.filter(person=learner).values_list("verb", flat=True))
    assert {"registered", "initialized", "answered", "completed", "passed"} <= verbs


def test_a_replayed_or_older_commit_changes_nothing(tree, learner):
    lesson = tree["scorm12"]
    scorm.commit_runtime(
        person=learner,
        lesson=lesson,
        sequence=5,
        cmi={"cmi.core.lesson_status": "incomplete", "cmi.core.lesson_location": "2"},
    )
    statements = LearningStatement.objects.count()
    again = scorm.commit_runtime(person=learner, lesson=lesson, sequence=5, cmi=PASSED_12)
    older = scorm.commit_runtime(person=learner, lesson=lesson, sequence=3, cmi=PASSED_12)
    assert not again.is_applied
    assert not older.is_applied
    state = ScormRuntimeState.objects.get(person=learner, lesson=lesson)
    assert state.cmi == {"cmi.core.lesson_status": "incomplete", "cmi.core.lesson_location": "2"}
    assert (state.last_sequence, state.commits) == (5, 1)
    assert LearningStatement.objects.count() == statements
    assert not LessonProgress.objects.filter(status="completed").exists()


def test_the_mastery_score_decides_pass_or_fail_in_scorm12(tree, learner):
    lesson = tree["scorm12"]  # mastery score 60
    cmi = {**PASSED_12, "cmi.core.score.raw": "33"}
    result = scorm.commit_runtime(person=learner, lesson=lesson, sequence=1, cmi=cmi)
    assert result.state.success_status == "failed"
    assert not result.is_lesson_done
    row = LessonProgress.objects.get(person=learner, lesson_id=lesson.pk)
    assert (row.has_passed, row.score_percent) == (False, 33.0)
    assert Enrolment.objects.get(person=learner).lessons_completed == 0
    scorm.commit_runtime(
        person=learner, lesson=lesson, sequence=2, cmi={"cmi.core.score.raw": "67"}
    )
    row.refresh_from_db()
    assert (row.has_passed, row.score_percent) == (True, 67.0)
    assert Enrolment.objects.get(person=learner).lessons_completed == 1


def test_scorm2004_completion_success_and_scaled_score_reach_progress(tree, learner):
    lesson = tree["scorm2004"]  # minNormalizedMeasure 0.5
    scorm.commit_runtime(
        person=learner,
        lesson=lesson,
        sequence=1,
        cmi={"cmi.completion_status": "incomplete", "cmi.progress_measure": "0.33"},
        session="a",
    )
    assert LessonProgress.objects.get(person=learner, lesson_id=lesson.pk).status == "in_progress"
    result = scorm.commit_runtime(
        person=learner,
        lesson=lesson,
        sequence=2,
        cmi={
            "cmi.completion_status": "completed",
            "cmi.success_status": "passed",
            "cmi.score.scaled": "0.5",
            "cmi.progress_measure": "1",
            "cmi.session_time": "PT1M30S",
        },
        session="a",
        is_final=True,
    )
    assert result.is_lesson_done
    row = LessonProgress.objects.get(person=learner, lesson_id=lesson.pk)
    assert (row.status, row.has_passed, row.score_percent) == ("completed", True, 50.0)
    assert result.state.total_time_seconds == 90
    assert LearningStatement.objects.filter(person=learner, verb="terminated").count() == 1


def test_scorm2004_completed_but_failed_is_not_done(tree, learner):
    result = scorm.commit_runtime(
        person=learner,
        lesson=tree["scorm2004"],
        sequence=1,
        cmi={"cmi.completion_status": "completed", "cmi.score.scaled": "0.25"},
    )
    assert result.state.success_status == "failed"
    assert not result.is_lesson_done
    assert Enrolment.objects.get(person=learner).lessons_completed == 0


def test_session_time_counts_once_per_session(tree, learner):
    lesson = tree["scorm12"]
    commit = 0

    def send(session, time, *, final=False):
        nonlocal commit
        commit += 1
        return scorm.commit_runtime(
            person=learner,
            lesson=lesson,
            sequence=commit,
            cmi={"cmi.core.session_time": time},
            session=session,
            is_final=final,
        ).state

    assert send("one", "0000:01:00").total_time_seconds == 0
    assert send("one", "0000:02:00").total_time_seconds == 0
    # The first session ended without LMSFinish; the second one starting closes it.
    assert send("two", "0000:00:30").total_time_seconds == 120
    state = send("two", "0000:00:45", final=True)
    assert state.total_time_seconds == 165
    launch = scorm.launch_state(person=learner, lesson=lesson)
    assert launch["cmi"]["cmi.core.total_time"] == "0000:02:45.00"


def test_bad_and_read_only_values_are_dropped(tree, learner):
    result = scorm.commit_runtime(
        person=learner,
        lesson=tree["scorm12"],
        sequence=1,
        cmi={
            "cmi.core.lesson_status": "excellent",
            "cmi.core.student_name": "Hacker",
            "cmi.core.score.raw": "150",
            "cmi.core.lesson_location": "2",
            "cmi.unknown": "x",
        },
    )
    assert result.state.cmi == {"cmi.core.lesson_location": "2"}
    assert set(result.rejected) == {
        "cmi.core.lesson_status",
        "cmi.core.student_name",
        "cmi.core.score.raw",
        "cmi.unknown",
    }


def test_launch_state_resumes_after_a_suspend(tree, learner):
    lesson = tree["scorm12"]
    first = scorm.launch_state(person=learner, lesson=lesson)
    assert first["cmi"]["cmi.core.entry"] == "ab-initio"
    assert first["cmi"]["cmi.core.lesson_status"] == "not attempted"
    assert first["cmi"]["cmi.core.student_id"] == str(learner.pk)
    assert first["cmi"]["cmi.student_data.mastery_score"] == "60"
    scorm.commit_runtime(
        person=learner,
        lesson=lesson,
        sequence=4,
        cmi={"cmi.core.exit": "suspend", "cmi.suspend_data": "abc"},
    )
    again = scorm.launch_state(person=learner, lesson=lesson)
    assert again["sequence"] == 4
    assert again["cmi"]["cmi.core.entry"] == "resume"
    assert again["cmi"]["cmi.suspend_data"] == "abc"
    assert "cmi.core.exit" not in again["cmi"]


# Views ---------------------------------------------------------------------------------------


def content_url(lesson, path):
    return f"/hoc/scorm/{lesson.pk}/noi-dung/{path}"


def test_html_is_served_sandboxed_with_the_shim_and_the_learners_state(tree, learner, client):
    sign_in(client, learner)
    response = client.get(content_url(tree["scorm12"], "index.html"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    policy = response["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts allow-forms allow-popups;")
    assert "allow-same-origin" not in policy
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert response["Cache-Control"] == "private, no-store"
    html = response.content.decode()
    head = html.index("<head>") + len("<head>")
    assert html[head:].startswith('<script id="scorm-initial-state" type="application/json">')
    assert html.index("scorm-shim.js") < html.index('src="sco.js"')
    state = json.loads(html.split('type="application/json">')[1].split("</script>")[0])
    assert state["version"] == "1.2"
    assert state["saving"] is True
    assert state["cmi"]["cmi.core.student_name"] == "Giàng A Sử"


def test_package_files_have_their_content_types(tree, client):
    lesson = tree["scorm2004"]
    response = client.get(content_url(lesson, "js/sco.js"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert b"API_1484_11" in b"".join(response.streaming_content)
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert client.get(content_url(lesson, "css/style.css"))["Content-Type"].startswith("text/css")


@pytest.mark.parametrize(
    "path",
    [
        "../a.zip",
        "js/../../imsmanifest.xml",
        "%2e%2e/%2e%2e/etc/passwd",
        "..%5c..%5cindex.html",
        "js%5csco.js",
        "missing.html",
        "/etc/passwd",
    ],
)
def test_paths_outside_the_package_are_refused(tree, client, path):
    assert client.get(content_url(tree["scorm12"], path)).status_code == 404


def test_another_packages_files_are_not_served_through_a_lesson(tree, client):
    assert client.get(content_url(tree["scorm12"], "js/sco.js")).status_code == 404


def test_guests_may_run_the_activity_but_nothing_is_saved(tree):
    guest = Client()
    response = guest.get(content_url(tree["scorm12"], "index.html"))
    assert response.status_code == 200
    assert b'"saving": false' in response.content
    page = guest.get(tree["scorm12"].url)
    assert page.status_code == 200
    assert "nothing is saved" in page.content.decode() or "không được lưu" in page.content.decode()
    response = guest.post(
        f"/hoc/scorm/{tree['scorm12'].pk}/luu/",
        {"sequence": 1, "cmi": PASSED_12},
        content_type="application/json",
    )
    assert response.status_code == 401
    assert not ScormRuntimeState.objects.exists()


def test_the_player_saves_commits_with_the_csrf_token(tree, learner):
    client = Client(enforce_csrf_checks=True)
    sign_in(client, learner)
    page = client.get(tree["scorm12"].url)
    assert page.status_code == 200
    body = page.content.decode()
    assert f'src="/hoc/scorm/{tree["scorm12"].pk}/noi-dung/index.html"' in body
    assert 'sandbox="allow-scripts allow-forms allow-popups"' in body
    token = body.split('data-csrf="')[1].split('"')[0]
    url = f"/hoc/scorm/{tree['scorm12'].pk}/luu/"
    payload = {"sequence": 1, "session": "x", "finished": True, "cmi": PASSED_12}
    refused = client.post(url, payload, content_type="application/json")
    assert refused.status_code == 403
    saved = client.post(url, payload, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert saved.status_code == 200
    assert saved.json() == {
        "saved": True,
        "applied": True,
        "sequence": 1,
        "completion_status": "completed",
        "success_status": "passed",
        "is_done": True,
    }
    replay = client.post(url, payload, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert replay.json()["applied"] is False
    bad = client.post(url, "not json", content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert bad.status_code == 400
    huge = {**payload, "sequence": 10**20}
    too_far = client.post(url, huge, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert too_far.status_code == 409
    assert "too large" in too_far.json()["error"] or "quá lớn" in too_far.json()["error"]


def test_a_beacon_form_post_is_accepted(tree, learner, client):
    sign_in(client, learner)
    payload = json.dumps({"sequence": 2, "cmi": {"cmi.core.lesson_location": "3"}})
    response = client.post(f"/hoc/scorm/{tree['scorm12'].pk}/luu/", {"payload": payload})
    assert response.status_code == 200
    assert ScormRuntimeState.objects.get().cmi == {"cmi.core.lesson_location": "3"}


def test_an_unpublished_lesson_cannot_be_run_or_saved(tree, learner, client):
    lesson = tree["scorm12"]
    lesson.unpublish()
    sign_in(client, learner)
    assert client.get(content_url(lesson, "index.html")).status_code == 404
    response = client.post(
        f"/hoc/scorm/{lesson.pk}/luu/",
        {"sequence": 1, "cmi": PASSED_12},
        content_type="application/json",
    )
    assert response.status_code == 404


def test_an_enrolled_learner_opening_the_lesson_is_remembered(tree, learner, client):
    progress.enrol(person=learner, course=tree["course"])
    sign_in(client, learner)
    client.get(tree["scorm2004"].url)
    assert Enrolment.objects.get(person=learner).last_lesson_id == tree["scorm2004"].pk
