"""A learner keeps a course on the phone, loses the connection, reads a saved lesson, marks it
finished offline, and the progress reaches the server once when the connection returns."""

import pytest

from portal.accounts.tests import factories as people
from portal.core.tests.browser import BROWSER_MARKS, assert_accessible
from portal.learning.models import LearningStatement, LessonProgress
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = BROWSER_MARKS


@pytest.fixture
def course(portal_site):
    return build_course(build_catalog(portal_site), lessons=2, quiz=False)


def sign_in(page, base_url, next_url):
    page.goto(f"{base_url}/tai-khoan/dang-nhap/?next={next_url}")
    page.get_by_label("Số điện thoại di động hoặc e-mail").fill("0912345678")
    page.get_by_label("Mật khẩu").fill(people.TEST_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"**{next_url}")


def completions(person, lesson):
    return (
        LessonProgress.objects.filter(
            person=person, lesson_id=lesson.pk, status="completed"
        ).count(),
        LearningStatement.objects.filter(
            person=person, verb="completed", object_page_id=lesson.pk
        ).count(),
    )


def test_a_lesson_saved_for_offline_is_read_and_completed_without_a_connection(
    course, learner, live_server, page
):
    base = live_server.url
    lesson = course["lessons"][1]
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, base, course["course"].url)
    page.locator(f"form[action='/hoc/dang-ky/{course['course'].pk}/'] button").click()
    page.wait_for_url(f"**{course['lessons'][0].url}")

    page.goto(base + course["course"].url)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.locator("[data-save-offline]").click()
    page.wait_for_selector("[data-offline][data-saved='1']")
    assert_accessible(page)
    # Saving fetched every lesson, but opened none (the first one was, after enrolling).
    opened = LessonProgress.objects.filter(person=learner).values_list("lesson_id", flat=True)
    assert list(opened) == [course["lessons"][0].pk]

    page.context.set_offline(True)
    page.goto(base + lesson.url)
    assert page.locator("h1").inner_text() == lesson.title
    assert "Nội dung bài 2." in page.locator(".prose").inner_text()
    page.locator("[data-complete-form] button").click()
    page.wait_for_selector("[data-complete-form][data-queued='1']")
    assert page.locator("[data-complete-status]").inner_text() != ""
    assert completions(learner, lesson) == (0, 0)

    # A page that was not saved: the offline page lists the saved course.
    page.goto(base + "/tin-tuc/khong-luu/")
    page.wait_for_selector("[data-saved-courses] li")
    assert course["course"].title in page.locator("[data-saved-courses]").inner_text()
    assert_accessible(page)

    page.goto(base + lesson.url)
    page.wait_for_selector("[data-complete-form][data-queued='1']")
    page.context.set_offline(False)
    page.wait_for_selector("[data-offline][data-synced='1']")
    assert completions(learner, lesson) == (1, 1)

    # The reply was lost, say: the phone sends the same event again. It counts once. (Posted
    # straight to the server: put back in the phone's queue under the same id, it could be
    # forgotten again by a sync of the first copy still under way, in the page or the
    # service worker.)
    event_id = str(
        LearningStatement.objects.get(person=learner, verb="completed", object_page_id=lesson.pk).pk
    )
    report = page.evaluate(
        """([id, lesson]) => fetch("/hoc/dong-bo/", {
            method: "POST", credentials: "same-origin",
            headers: {
                "Content-Type": "application/json", "Accept": "application/json",
                "X-CSRFToken": document.querySelector("[name=csrfmiddlewaretoken]").value
            },
            body: JSON.stringify({events: [{
                id: id, type: "lesson_completed", lesson_id: lesson, course_id: 0,
                occurred_at: new Date().toISOString()
            }]})
        }).then(response => response.json())""",
        [event_id, lesson.pk],
    )
    assert (report["applied"], report["duplicates"], report["accepted"]) == (0, 1, [event_id])
    page.reload()
    assert completions(learner, lesson) == (1, 1)
    assert page.evaluate("self.BdhvsOffline.allEvents().then(events => events.length)") == 0

    # Signing out on a shared phone takes the saved course (with the person's name) away.
    saved = "caches.keys().then(names => names.filter(n => n.startsWith('bdhvs-course-')).length)"
    assert page.evaluate(saved) == 1
    with page.expect_navigation():
        page.locator("form[data-sign-out] button").click()
    assert page.evaluate(saved) == 0
