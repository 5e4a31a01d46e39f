"""A learner runs both sample SCORM packages in headless Chromium: the SCO talks to the shim in
its sandboxed frame, the player saves the commits, and the result reaches the course progress."""

import pytest
from playwright.sync_api import expect

from portal.accounts.tests import factories as people
from portal.core.tests.browser import BROWSER_MARKS, assert_accessible
from portal.learning.demo import scorm_samples
from portal.learning.models import Enrolment, LessonProgress, ScormRuntimeState
from portal.learning.services import scorm
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = BROWSER_MARKS


@pytest.fixture
def course(portal_site):
    catalog = build_catalog(portal_site)
    course = build_course(catalog, lessons=0, quiz=False)["course"]
    lessons = {
        "1.2": scorm.import_package(
            data=scorm_samples.build_scorm12_package(), filename="lua-dao.zip", course=course
        ).lessons[0],
        "2004": scorm.import_package(
            data=scorm_samples.build_scorm2004_package(), filename="mat-khau.zip", course=course
        ).lessons[0],
    }
    return {"course": course, "lessons": lessons}


@pytest.fixture
def person(units):
    return people.make_person("Giàng A Sử", unit=units["xa_tram_tau"], phone="+84912345678")


def sign_in(page, base_url, next_url):
    page.goto(f"{base_url}/tai-khoan/dang-nhap/?next={next_url}")
    page.get_by_label("Số điện thoại di động hoặc e-mail").fill("0912345678")
    page.get_by_label("Mật khẩu").fill(people.TEST_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"**{next_url}")


def test_a_learner_passes_the_scorm12_package_and_it_counts(live_server, page, course, person):
    lesson = course["lessons"]["1.2"]
    page.set_viewport_size({"width": 400, "height": 900})
    sign_in(page, live_server.url, lesson.url)
    # Not enrolled yet: told that starting enrols; the first save does, and the notice goes.
    notice = page.locator("[data-scorm-enrol-notice]")
    expect(notice).to_have_count(1)
    expect(notice).to_be_hidden()
    assert Enrolment.objects.filter(person=person, course=course["course"]).exists()
    frame = page.frame_locator("[data-scorm-frame]")
    frame.get_by_role("button", name="Tiếp theo").click()
    frame.get_by_role("button", name="Làm bài kiểm tra").click()
    frame.get_by_label("Không bấm, xóa tin nhắn").check()
    frame.get_by_label("Không ai cả").check()
    frame.get_by_label("Gác máy, gọi lại số chính thức").check()
    frame.get_by_role("button", name="Nộp bài").click()
    expect(frame.locator("#result")).to_contain_text("3/3")
    expect(page.locator("[data-scorm-player]")).to_have_attribute("data-state", "done")
    frame.get_by_role("button", name="Kết thúc").click()
    expect(page.locator("[data-scorm-status]")).not_to_be_empty()
    assert_accessible(page)

    progress = LessonProgress.objects.get(person=person, lesson_id=lesson.pk)
    assert (progress.status, progress.has_passed, progress.score_percent) == (
        "completed",
        True,
        100.0,
    )
    enrolment = Enrolment.objects.get(person=person, course=course["course"])
    assert (enrolment.lessons_completed, enrolment.lessons_total) == (1, 2)
    state = ScormRuntimeState.objects.get(person=person, lesson=lesson)
    assert state.cmi["cmi.core.lesson_status"] == "passed"
    assert state.cmi["cmi.interactions.2.result"] == "correct"
    assert '"page":3' in state.cmi["cmi.suspend_data"]

    # Coming back resumes where the learner was, with their answers.
    page.reload()
    frame = page.frame_locator("[data-scorm-frame]")
    expect(frame.get_by_role("heading", name="Kiểm tra nhanh")).to_be_visible()
    expect(frame.get_by_label("Không ai cả")).to_be_checked()


def test_a_learner_completes_the_scorm2004_package_and_it_counts(live_server, page, course, person):
    lesson = course["lessons"]["2004"]
    sign_in(page, live_server.url, lesson.url)
    frame = page.frame_locator("[data-scorm-frame]")
    frame.get_by_role("button", name="Tiếp theo").click()
    frame.get_by_role("button", name="Làm bài kiểm tra").click()
    frame.get_by_label("Mua-3-con-ga-o-cho-Phien!").check()
    frame.get_by_label("Sai").check()
    frame.get_by_role("button", name="Nộp bài").click()
    expect(frame.locator("#result")).to_contain_text("2/2")
    expect(page.locator("[data-scorm-player]")).to_have_attribute("data-state", "done")

    progress = LessonProgress.objects.get(person=person, lesson_id=lesson.pk)
    assert (progress.status, progress.has_passed, progress.score_percent) == (
        "completed",
        True,
        100.0,
    )
    state = ScormRuntimeState.objects.get(person=person, lesson=lesson)
    assert (state.completion_status, state.success_status, state.score_scaled) == (
        "completed",
        "passed",
        1.0,
    )
    assert state.cmi["cmi.progress_measure"] == "1"
    assert Enrolment.objects.get(person=person).lessons_completed == 1


def test_a_guest_can_run_an_activity_but_is_told_nothing_is_saved(live_server, page, course):
    lesson = course["lessons"]["2004"]
    page.goto(live_server.url + lesson.url)
    expect(page.locator("[data-scorm-guest]")).to_be_visible()
    frame = page.frame_locator("[data-scorm-frame]")
    frame.get_by_role("button", name="Tiếp theo").click()
    expect(frame.get_by_role("heading", name="Ba quy tắc dễ nhớ")).to_be_visible()
    assert not ScormRuntimeState.objects.exists()


SCORM12_CALLS = """() => {
  const api = window.API;
  const calls = [];
  const run = (name, ...args) => {
    const value = api[name](...args);
    calls.push([name, ...args, value, api.LMSGetLastError()]);
  };
  run("LMSGetValue", "cmi.core.lesson_status");
  run("LMSInitialize", "x");
  run("LMSInitialize", "");
  run("LMSInitialize", "");
  run("LMSGetValue", "cmi.core.lesson_status");
  run("LMSGetValue", "cmi.core._children");
  run("LMSGetValue", "cmi.core.student_id._children");
  run("LMSGetValue", "cmi.core._count");
  run("LMSGetValue", "cmi.core.exit");
  run("LMSGetValue", "cmi.nonsense");
  run("LMSSetValue", "cmi.core.student_name", "X");
  run("LMSSetValue", "cmi.core._children", "X");
  run("LMSSetValue", "cmi.core.lesson_status", "finished");
  run("LMSSetValue", "cmi.core.score.raw", "101");
  run("LMSSetValue", "cmi.core.score.raw", "80");
  run("LMSSetValue", "cmi.interactions.1.id", "q2");
  run("LMSSetValue", "cmi.interactions.0.id", "q1");
  run("LMSGetValue", "cmi.interactions._count");
  run("LMSGetValue", "cmi.interactions.0.id");
  run("LMSSetValue", "cmi.core.session_time", "PT1M");
  run("LMSSetValue", "cmi.core.session_time", "0000:01:00.00");
  run("LMSCommit", "");
  run("LMSFinish", "");
  run("LMSGetValue", "cmi.core.lesson_status");
  return {calls, strings: [api.LMSGetErrorString("405"), api.LMSGetErrorString("301")]};
}"""


def test_the_scorm12_shim_follows_the_error_codes(live_server, page, course):
    lesson = course["lessons"]["1.2"]
    page.goto(f"{live_server.url}/hoc/scorm/{lesson.pk}/noi-dung/index.html")
    # The page's own SCO initialises on load; a fresh API is needed, so reload the shim alone.
    page.evaluate("() => { window.API = undefined; }")
    page.add_script_tag(url="/static/learning/scorm-shim.js")
    result = page.evaluate(SCORM12_CALLS)
    assert result["calls"] == [
        ["LMSGetValue", "cmi.core.lesson_status", "", "301"],
        ["LMSInitialize", "x", "false", "201"],
        ["LMSInitialize", "", "true", "0"],
        ["LMSInitialize", "", "false", "101"],
        ["LMSGetValue", "cmi.core.lesson_status", "not attempted", "0"],
        [
            "LMSGetValue",
            "cmi.core._children",
            "student_id,student_name,lesson_location,credit,lesson_status,entry,score,"
            "total_time,lesson_mode,exit,session_time",
            "0",
        ],
        ["LMSGetValue", "cmi.core.student_id._children", "", "202"],
        ["LMSGetValue", "cmi.core._count", "", "203"],
        ["LMSGetValue", "cmi.core.exit", "", "404"],
        ["LMSGetValue", "cmi.nonsense", "", "201"],
        ["LMSSetValue", "cmi.core.student_name", "X", "false", "403"],
        ["LMSSetValue", "cmi.core._children", "X", "false", "402"],
        ["LMSSetValue", "cmi.core.lesson_status", "finished", "false", "405"],
        ["LMSSetValue", "cmi.core.score.raw", "101", "false", "405"],
        ["LMSSetValue", "cmi.core.score.raw", "80", "true", "0"],
        ["LMSSetValue", "cmi.interactions.1.id", "q2", "false", "201"],
        ["LMSSetValue", "cmi.interactions.0.id", "q1", "true", "0"],
        ["LMSGetValue", "cmi.interactions._count", "1", "0"],
        ["LMSGetValue", "cmi.interactions.0.id", "", "404"],
        ["LMSSetValue", "cmi.core.session_time", "PT1M", "false", "405"],
        ["LMSSetValue", "cmi.core.session_time", "0000:01:00.00", "true", "0"],
        ["LMSCommit", "", "true", "0"],
        ["LMSFinish", "", "true", "0"],
        ["LMSGetValue", "cmi.core.lesson_status", "", "301"],
    ]
    assert result["strings"] == ["Incorrect data type", "Not initialized"]


SCORM2004_CALLS = """() => {
  const api = window.API_1484_11;
  const calls = [];
  const run = (name, ...args) => {
    const value = api[name](...args);
    calls.push([name, ...args, value, api.GetLastError()]);
  };
  run("GetValue", "cmi.location");
  run("SetValue", "cmi.location", "1");
  run("Commit", "");
  run("Terminate", "");
  run("Initialize", "");
  run("Initialize", "");
  run("GetValue", "");
  run("GetValue", "cmi._version");
  run("GetValue", "cmi.location");
  run("GetValue", "cmi.completion_status");
  run("GetValue", "cmi.learner_preference.audio_level");
  run("GetValue", "cmi.session_time");
  run("GetValue", "cmi.nonsense");
  run("GetValue", "cmi.score._children");
  run("SetValue", "", "x");
  run("SetValue", "cmi.learner_id", "x");
  run("SetValue", "cmi._version", "2");
  run("SetValue", "cmi.completion_status", "passed");
  run("SetValue", "cmi.score.scaled", "1.5");
  run("SetValue", "cmi.score.scaled", "abc");
  run("SetValue", "cmi.score.scaled", "0.8");
  run("SetValue", "cmi.interactions.0.result", "correct");
  run("SetValue", "cmi.interactions.1.id", "q2");
  run("SetValue", "cmi.interactions.0.id", "q1");
  run("SetValue", "cmi.interactions.0.result", "incorrect");
  run("GetValue", "cmi.interactions.0.result");
  run("GetValue", "cmi.interactions.0.latency");
  run("SetValue", "cmi.session_time", "PT1H2M");
  run("Commit", "x");
  run("Commit", "");
  run("Terminate", "");
  run("GetValue", "cmi.location");
  run("SetValue", "cmi.location", "2");
  run("Commit", "");
  run("Terminate", "");
  run("Initialize", "");
  return {calls, strings: [api.GetErrorString("408"), api.GetErrorString("104")]};
}"""


def test_the_scorm2004_shim_follows_the_error_codes(live_server, page, course):
    lesson = course["lessons"]["2004"]
    page.goto(f"{live_server.url}/hoc/scorm/{lesson.pk}/noi-dung/index.html")
    page.evaluate("() => { window.API_1484_11 = undefined; }")
    page.add_script_tag(url="/static/learning/scorm-shim.js")
    result = page.evaluate(SCORM2004_CALLS)
    assert result["calls"] == [
        ["GetValue", "cmi.location", "", "122"],
        ["SetValue", "cmi.location", "1", "false", "132"],
        ["Commit", "", "false", "142"],
        ["Terminate", "", "false", "112"],
        ["Initialize", "", "true", "0"],
        ["Initialize", "", "false", "103"],
        ["GetValue", "", "", "301"],
        ["GetValue", "cmi._version", "1.0", "0"],
        ["GetValue", "cmi.location", "", "403"],
        ["GetValue", "cmi.completion_status", "unknown", "0"],
        ["GetValue", "cmi.learner_preference.audio_level", "1", "0"],
        ["GetValue", "cmi.session_time", "", "405"],
        ["GetValue", "cmi.nonsense", "", "401"],
        ["GetValue", "cmi.score._children", "scaled,raw,min,max", "0"],
        ["SetValue", "", "x", "false", "351"],
        ["SetValue", "cmi.learner_id", "x", "false", "404"],
        ["SetValue", "cmi._version", "2", "false", "404"],
        ["SetValue", "cmi.completion_status", "passed", "false", "406"],
        ["SetValue", "cmi.score.scaled", "1.5", "false", "407"],
        ["SetValue", "cmi.score.scaled", "abc", "false", "406"],
        ["SetValue", "cmi.score.scaled", "0.8", "true", "0"],
        ["SetValue", "cmi.interactions.0.result", "correct", "false", "408"],
        ["SetValue", "cmi.interactions.1.id", "q2", "false", "351"],
        ["SetValue", "cmi.interactions.0.id", "q1", "true", "0"],
        ["SetValue", "cmi.interactions.0.result", "incorrect", "true", "0"],
        ["GetValue", "cmi.interactions.0.result", "incorrect", "0"],
        ["GetValue", "cmi.interactions.0.latency", "", "403"],
        ["SetValue", "cmi.session_time", "PT1H2M", "true", "0"],
        ["Commit", "x", "false", "201"],
        ["Commit", "", "true", "0"],
        ["Terminate", "", "true", "0"],
        ["GetValue", "cmi.location", "", "123"],
        ["SetValue", "cmi.location", "2", "false", "133"],
        ["Commit", "", "false", "143"],
        ["Terminate", "", "false", "113"],
        ["Initialize", "", "false", "104"],
    ]
    assert result["strings"] == [
        "Data Model Dependency Not Established",
        "Content Instance Terminated",
    ]
