"""A learner on a phone enrols, reads the lessons, passes the quiz and gets a certificate; a
stranger then checks it by its code and by the address in its QR code. Every page on the way
passes axe-core."""

from urllib.parse import urlsplit

from django.utils import translation

from portal.accounts.tests import factories as people
from portal.core.tests.browser import BROWSER_MARKS, assert_accessible
from portal.learning import selectors
from portal.learning.models import Certificate, Enrolment
from portal.learning.services import certificates
from portal.learning.tests.factories import build_catalog, build_course
from portal.news.tests.factories import build_site

pytestmark = BROWSER_MARKS
SEED_HEX = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"


def vi(message: str) -> str:
    with translation.override("vi"):
        return translation.gettext(message)


def answer_right(page, quiz) -> None:
    """Answer every question of the attempt on screen through its own controls."""
    for question in selectors.quiz_questions(quiz):
        name = f"q-{question.id}"
        if question.kind == "true_false":
            page.locator(f"input[name='{name}'][value='{str(question.answer).lower()}']").check()
        elif question.kind == "order":
            for index in range(len(question.options)):
                page.locator(f"select[name='{name}-{index}']").select_option(str(index + 1))
        else:
            for index, option in enumerate(question.options):
                if option.is_correct:
                    page.locator(f"input[name='{name}'][value='{index}']").check()


def test_a_learner_earns_a_certificate_that_a_stranger_verifies(live_server, browser, settings):
    settings.CREDENTIAL_SIGNING_KEY = SEED_HEX
    units = people.build_units()
    catalog = build_catalog(build_site())
    tree = build_course(catalog, title="An toàn trên không gian mạng", lessons=2)
    person = people.make_person("Giàng A Sử", unit=units["xa_tram_tau"], phone="+84912345678")
    base = live_server.url

    learner = browser.new_context(viewport={"width": 360, "height": 740})
    page = learner.new_page()
    page.goto(base + "/tai-khoan/dang-nhap/?next=/hoc/")
    page.get_by_label("Số điện thoại di động hoặc e-mail").fill("0912345678")
    page.get_by_label("Mật khẩu").fill(people.TEST_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/hoc/")
    assert_accessible(page)  # the catalogue

    page.get_by_role("link", name="An toàn trên không gian mạng").first.click()
    page.wait_for_url("**/an-toan-tren-mang/")
    assert_accessible(page)  # the course page
    page.get_by_role("button", name=vi("Enrol for free")).click()
    page.wait_for_url("**/bai-1/")
    assert_accessible(page)  # a lesson
    page.get_by_role("button", name=vi("I have finished this lesson")).click()
    page.wait_for_url("**/bai-2/")
    page.get_by_role("button", name=vi("I have finished this lesson")).click()
    page.wait_for_url("**/kiem-tra/")
    assert_accessible(page)  # the quiz page
    page.get_by_role("button", name=vi("Start the quiz")).click()
    page.wait_for_url("**/hoc/kiem-tra/lan/**")
    assert_accessible(page)  # the attempt
    answer_right(page, tree["quiz"])
    page.get_by_role("button", name=vi("Hand in and see my result")).click()
    page.wait_for_url("**/ket-qua/")
    assert "100%" in page.locator("main").inner_text()
    assert_accessible(page)  # the result with feedback

    enrolment = Enrolment.objects.get(person=person, course=tree["course"])
    assert enrolment.completed_at is not None
    certificate = Certificate.objects.get(person=person, course=tree["course"])
    page.goto(base + tree["course"].url)
    page.get_by_role("link", name=vi("See your certificate")).click()
    page.wait_for_url(f"**/chung-chi/{certificate.code}/")
    assert "Giàng A Sử" in page.locator("main").inner_text()
    assert_accessible(page)  # the certificate
    learner.close()

    stranger = browser.new_context(viewport={"width": 360, "height": 740})
    page = stranger.new_page()
    page.goto(base + "/chung-chi/")
    assert_accessible(page)  # the verification form
    page.get_by_label(vi("Certificate code")).fill(certificate.code.lower())
    page.get_by_role("button", name=vi("Check"), exact=True).click()
    page.wait_for_url(f"**/chung-chi/{certificate.code}/")
    shown = page.locator("main").inner_text()
    for fact in ("Giàng A Sử", "An toàn trên không gian mạng", certificate.issuer_name):
        assert fact in shown
    assert vi("This certificate is valid") in shown

    # The QR code on the paper holds the page's address on the public site.
    qr_address = urlsplit(certificates.verify_url(certificate.code))
    page.goto(base + qr_address.path)
    assert page.locator(".verdict h2").inner_text() == vi("This certificate is valid")
    assert_accessible(page)
    stranger.close()
