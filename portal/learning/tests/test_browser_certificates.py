"""An employer checks a certificate in headless Chromium: types the code as read off the paper,
sees the holder, the course and the status, and the page passes axe."""

from django.utils import translation

from portal.accounts.tests.factories import build_units, make_person
from portal.core.tests.browser import BROWSER_MARKS, assert_accessible
from portal.learning.models import Certificate
from portal.learning.services import progress
from portal.learning.tests.factories import build_catalog, build_course
from portal.news.tests.factories import build_site

pytestmark = BROWSER_MARKS
SEED_HEX = "c96ef9ea10c5e414c471723aff9de72c35fa5b70fae97e8832ecac7d2e2b8ed6"


def vi(message: str) -> str:
    with translation.override("vi"):
        return translation.gettext(message)


def test_a_certificate_code_typed_loosely_shows_a_valid_certificate(live_server, page, settings):
    settings.CREDENTIAL_SIGNING_KEY = SEED_HEX
    units = build_units()
    catalog = build_catalog(build_site())
    tree = build_course(catalog, title="An toàn trên mạng", lessons=1, quiz=False)
    person = make_person("Lò Thị Mai", unit=units["xa_tram_tau"])
    progress.enrol(person=person, course=tree["course"])
    progress.complete_lesson(person=person, lesson=tree["lessons"][0])  # no transaction: runs now
    certificate = Certificate.objects.get(person=person)

    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/chung-chi/")
    assert_accessible(page)
    page.get_by_label(vi("Certificate code")).fill(certificate.code.lower().replace("-", " "))
    page.get_by_role("button", name=vi("Check"), exact=True).click()
    page.wait_for_url(f"**/chung-chi/{certificate.code}/")
    assert page.locator(".verdict h2").inner_text() == vi("This certificate is valid")
    facts = page.locator(".certificate-facts").inner_text()
    assert "Lò Thị Mai" in facts
    assert "An toàn trên mạng" in facts
    assert page.locator(".qr svg").count() == 1
    assert_accessible(page)
