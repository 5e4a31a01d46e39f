"""A resident takes the self-assessment in headless Chromium, loses the browser half-way,
comes back on a new one, resumes where they stopped and gets their result."""

from portal.accounts.tests import factories as people
from portal.assessment.domain.items import FormTask, HotspotTask, Kind, OrderTask
from portal.assessment.models import Attempt, Item, Response
from portal.assessment.tests import factories
from portal.core.tests.browser import BROWSER_MARKS, assert_accessible

pytestmark = BROWSER_MARKS


def sign_in(page, base_url):
    page.goto(base_url + "/tai-khoan/dang-nhap/?next=/tu-danh-gia/")
    page.get_by_label("Số điện thoại di động hoặc e-mail").fill("0912345678")
    page.get_by_label("Mật khẩu").fill(people.TEST_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/tu-danh-gia/")


def answer_on_screen(page, attempt):
    """Answer the question shown, right, through the page's own controls."""
    row = factories.current_row(attempt)
    question = page.locator("#question")
    if row.kind is Kind.SELF_REPORT:
        question.locator(".choice").nth(2).click()
    elif row.kind in (Kind.SINGLE, Kind.TRUE_FALSE, Kind.MULTIPLE):
        for number in row.key:
            question.locator(f"input[name=choice][value='{number}']").check()
    elif isinstance(row.task, HotspotTask):
        for region in sorted(row.task.correct):
            question.locator(f"input[name=region][value='{region}']").check()
    elif isinstance(row.task, OrderTask):
        for position, step in enumerate(row.task.correct_order, start=1):
            question.locator(f"select[name='position-{step}']").select_option(str(position))
    elif isinstance(row.task, FormTask):
        answers = factories.right_answer(row)
        for field in row.task.fields:
            control = question.locator(f"[name='field-{field.id}']")
            if field.choices_vi:
                control.select_option(answers[field.id])
            else:
                control.fill(answers[field.id])
    number = page.locator(".question-number").inner_text()
    question.get_by_role("button", name="Trả lời").click()
    # htmx swaps the question in place; wait for the next number (or the result page).
    page.wait_for_function(
        "n => !document.querySelector('.question-number') || "
        "document.querySelector('.question-number').innerText !== n",
        arg=number,
    )


def test_a_resident_resumes_on_a_new_browser_and_gets_the_result(live_server, browser):
    units = people.build_units()
    factories.load_bank()
    person = people.make_person("Giàng A Sử", unit=units["xa_tram_tau"], phone="+84912345678")

    first = browser.new_context(viewport={"width": 360, "height": 740})
    page = first.new_page()
    sign_in(page, live_server.url)
    assert page.locator("h1").inner_text() == "Tự đánh giá năng lực số"
    assert_accessible(page)
    page.get_by_label("Rút gọn: khoảng 10 phút, kiểm tra nhanh").check()
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    page.wait_for_url("**/tu-danh-gia/bai/**")
    assert "Về bản thân bạn · 1/6" in page.locator(".question-number").inner_text()
    assert_accessible(page)
    attempt = Attempt.objects.get(person=person)
    for _step in range(8):
        answer_on_screen(page, attempt)
    assert_accessible(page)
    on_screen = page.locator(".question-number").inner_text()
    # The phone dies: the browser is gone, nothing of it survives.
    first.close()

    second = browser.new_context(viewport={"width": 360, "height": 740})
    page = second.new_page()
    sign_in(page, live_server.url)
    assert "Bạn có một bài đang làm dở" in page.content()
    assert "Bạn đã trả lời 8 câu" in page.content()
    page.get_by_role("link", name="Làm tiếp bài").click()
    page.wait_for_url("**/tu-danh-gia/bai/**")
    assert page.locator(".question-number").inner_text() == on_screen
    assert Response.objects.filter(attempt=attempt).count() == 8
    seen_task = False
    for _step in range(40):
        if "/ket-qua/" in page.url:
            break
        attempt.refresh_from_db()
        seen_task = seen_task or factories.current_row(attempt).kind.startswith("task_")
        if seen_task and _step % 5 == 0:
            assert_accessible(page)
        answer_on_screen(page, attempt)
    page.wait_for_url("**/tu-danh-gia/ket-qua/**")
    assert page.locator("h1").inner_text() == "Kết quả tự đánh giá của bạn"
    assert page.locator(".verdict h2").inner_text() == "Bạn đã đạt kỹ năng số cơ bản"
    assert page.locator(".domain-result").count() == 6
    assert_accessible(page)
    attempt.refresh_from_db()
    assert attempt.verdict == "basic"
    positions = list(
        Response.objects.filter(attempt=attempt)
        .order_by("position")
        .values_list("position", flat=True)
    )
    assert positions == list(range(1, len(positions) + 1))

    page.get_by_role("button", name="Tạo đường link để chia sẻ").click()
    link = page.get_by_label(
        "Đường link tới bản tóm tắt (tên, ngày, bậc năng lực; không có gì khác)"
    )
    shared = link.input_value()
    stranger = browser.new_context().new_page()
    stranger.goto(shared)
    assert stranger.locator("h1").inner_text() == "Tóm tắt năng lực số của Sử"
    assert_accessible(stranger)
    second.close()


def test_every_kind_of_question_is_accessible(live_server, page):
    units = people.build_units()
    factories.load_bank()
    person = people.make_person("Lò Thị Mai", unit=units["xa_tram_tau"], phone="+84912345678")
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, live_server.url)
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    page.wait_for_url("**/tu-danh-gia/bai/**")
    attempt = Attempt.objects.get(person=person)
    kinds = ["single", "multiple", "true_false", "task_hotspot", "task_order", "task_form"]
    for kind in kinds:
        item = Item.objects.filter(kind=kind, status="operational").order_by("code")[0]
        Attempt.objects.filter(pk=attempt.pk).update(current_item=item)
        page.reload()
        assert page.locator("input[name=item]").input_value() == str(item.pk)
        assert_accessible(page)
