"""Certificates: issued by the task on completion, printed as PDF, signed as an Open Badges 3.0
credential, verified in public by code or QR, revoked by administrators."""

import io
import json
import re

import pypdf
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from conftest import sign_in
from portal.accounts.models import AuditEntry
from portal.core import personal_data
from portal.core.exceptions import ConflictError, DomainError, PermissionDeniedError
from portal.learning import selectors, tasks
from portal.learning.domain import credentials
from portal.learning.models import Certificate, Enrolment
from portal.learning.selectors import certificates as selectors_certificates
from portal.learning.services import certificate_pdf, progress
from portal.learning.services import certificates as services
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = pytest.mark.django_db

# The private key of the W3C eddsa-jcs-2022 example, so the public key is a known value.
SEED_HEX = "c96ef9ea10c5e414c471723aff9de72c35fa5b70fae97e8832ecac7d2e2b8ed6"
COURSE_TITLE = "Kỹ năng số cơ bản: Dịch vụ công trực tuyến và ví điện tử"
NOT_FOUND = (
    "No certificate has the code {code}. Check the code on the paper (letters and digits, "
    "for example LC-2026-7K3M-Q9TX) and try again."
)
CODE_PATTERN = re.compile(r"^LC-2\d{3}-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}-[2-9A-Z]{4}$")


@pytest.fixture(autouse=True)
def _signing_key(settings):
    settings.CREDENTIAL_SIGNING_KEY = SEED_HEX
    settings.CERTIFICATE_ISSUER_NAME = "Sở Khoa học và Công nghệ tỉnh Lào Cai"


@pytest.fixture
def tree(portal_site):
    catalog = build_catalog(portal_site)
    return build_course(catalog, slug="ky-nang-so", title=COURSE_TITLE, lessons=1, quiz=False)


def _complete(person, tree, capture):
    progress.enrol(person=person, course=tree["course"])
    with capture(execute=True):
        progress.complete_lesson(person=person, lesson=tree["lessons"][0])
    return Certificate.objects.get(person=person, course=tree["course"])


@pytest.fixture
def certificate(tree, learner, django_capture_on_commit_callbacks):
    return _complete(learner, tree, django_capture_on_commit_callbacks)


def vi(message, **values):
    """A message as the Vietnamese page shows it (HTML-escaped), whatever the catalogue holds."""
    with translation.override("vi"):
        text = translation.gettext(message)
    if "%(" in text:
        return escape(text % values)
    return escape(text.format(**values) if values else text)


def _pdf_text(certificate):
    with certificate.pdf.open("rb") as handle:
        reader = pypdf.PdfReader(io.BytesIO(handle.read()))
    return reader, reader.pages[0].extract_text()


# Issuing -------------------------------------------------------------------------------------


def test_completing_a_course_issues_a_signed_certificate_through_the_task(certificate, tree):
    assert CODE_PATTERN.match(certificate.code), certificate.code
    assert certificate.holder_name == "Giàng A Sử"
    assert certificate.course_title == COURSE_TITLE
    assert certificate.issuer_name == "Sở Khoa học và Công nghệ tỉnh Lào Cai"
    assert certificate.status == Certificate.Status.VALID
    assert certificate.pdf.name.endswith(f"{certificate.code}.pdf")
    credential = certificate.credential
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["issuer"]["id"] == "http://testserver/chung-chi/to-chuc-cap.json"
    assert credential["id"] == f"http://testserver/chung-chi/{certificate.code}/"
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["id"] == "http://testserver/hoc/ky-nang-so/"
    assert achievement["name"] == COURSE_TITLE
    assert credential["proof"]["cryptosuite"] == "eddsa-jcs-2022"
    assert credential["proof"]["proofValue"].startswith("z")


def test_issuing_again_returns_the_same_certificate(certificate):
    enrolment = Enrolment.objects.get(person=certificate.person)
    again = services.issue_certificate(enrolment_id=enrolment.pk)
    assert again is not None
    assert again.pk == certificate.pk
    assert again.credential == certificate.credential
    assert tasks.issue_certificate_task.call(enrolment.pk) == certificate.code
    assert Certificate.objects.count() == 1


def test_no_certificate_before_completion_or_for_a_course_without_one(tree, learner, residents):
    enrolment = progress.enrol(person=learner, course=tree["course"])
    assert services.issue_certificate(enrolment_id=enrolment.pk) is None
    course = tree["course"]
    course.issues_certificate = False
    course.save()
    other = progress.enrol(person=residents["in_commune"], course=course)
    progress.complete_lesson(person=residents["in_commune"], lesson=tree["lessons"][0])
    assert services.issue_certificate(enrolment_id=other.pk) is None
    assert services.issue_certificate(enrolment_id=999_999) is None
    assert not Certificate.objects.exists()


def test_a_half_issued_certificate_is_completed_by_the_next_run(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(credential=None, pdf="")
    enrolment = Enrolment.objects.get(person=certificate.person)
    again = services.issue_certificate(enrolment_id=enrolment.pk)
    assert again is not None
    assert again.pk == certificate.pk
    assert services.verify_document(again.credential).is_valid
    assert again.pdf


def test_the_holder_sees_the_certificate_in_my_learning(certificate, client):
    sign_in(client, certificate.person)
    response = client.get(reverse("learning:mine"))
    assert response.status_code == 200
    assert certificate.code in response.content.decode()
    assert selectors.my_learning(certificate.person)["certificates"] == [certificate]


# PDF -----------------------------------------------------------------------------------------


def test_pdf_carries_the_vietnamese_name_and_course_exactly(certificate):
    reader, text = _pdf_text(certificate)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    lines = [line.strip() for line in text.splitlines()]
    assert "GIẤY CHỨNG NHẬN" in lines
    assert "Giàng A Sử" in lines
    assert COURSE_TITLE in lines
    assert "đã hoàn thành khoá học" in lines
    assert f"Mã chứng chỉ: {certificate.code}" in lines
    assert f"http://testserver/chung-chi/{certificate.code}/" in text
    fonts = {
        str(font["/BaseFont"])
        for font in reader.pages[0]["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert any("DejaVu" in name for name in fonts), fonts


def test_qr_code_on_the_pdf_encodes_the_verification_address(certificate):
    reader, _text = _pdf_text(certificate)
    image = reader.pages[0].images[0].image.convert("L")
    url = f"http://testserver/chung-chi/{certificate.code}/"
    import qrcode

    expected = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    expected.add_data(url)
    expected.make(fit=True)
    matrix = expected.get_matrix()
    box, border = certificate_pdf.QR_BOX_PIXELS, certificate_pdf.QR_BORDER_MODULES
    assert image.size == ((len(matrix) + 2 * border) * box,) * 2
    found = [
        [
            image.getpixel(((border + x) * box + box // 2, (border + y) * box + box // 2)) < 128
            for x in range(len(matrix))
        ]
        for y in range(len(matrix))
    ]
    assert found == matrix


# Credential ----------------------------------------------------------------------------------


def test_credential_signature_verifies_and_fails_when_one_byte_changes(certificate):
    credential = certificate.credential
    assert services.verify_document(credential).is_valid
    text = json.dumps(credential, ensure_ascii=False)
    position = text.index("Giàng A Sử") + len("Giàng A S")
    tampered = json.loads(text[:position] + "ư" + text[position + 1 :])
    result = services.verify_document(tampered)
    assert (result.is_valid, result.problem) == (False, "bad-signature")


def test_credential_signed_with_another_key_is_not_trusted(certificate):
    other_seed = bytes(range(32))
    document = {k: v for k, v in certificate.credential.items() if k != "proof"}
    forged = credentials.sign(
        document,
        seed=other_seed,
        verification_method=certificate.credential["proof"]["verificationMethod"],
        created=certificate.issued_at,
    )
    assert services.verify_document(forged).problem == "bad-signature"
    forged = credentials.sign(
        document,
        seed=other_seed,
        verification_method=credentials.verification_method(
            services.issuer(), credentials.public_key_of(other_seed)
        ),
        created=certificate.issued_at,
    )
    assert services.verify_document(forged).problem == "unknown-key"


def test_issuer_profile_publishes_the_public_key(client, certificate):
    response = client.get(reverse("learning:certificate-issuer"))
    assert response.status_code == 200
    profile = response.json()
    method = profile["verificationMethod"][0]
    assert method["type"] == "Multikey"
    assert method["publicKeyMultibase"] == "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
    assert method["id"] == certificate.credential["proof"]["verificationMethod"]
    assert profile["assertionMethod"] == [method["id"]]
    assert profile["name"] == "Sở Khoa học và Công nghệ tỉnh Lào Cai"


def test_credential_downloads_as_json(client, certificate):
    response = client.get(reverse("learning:certificate-credential", args=[certificate.code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc"
    assert "attachment" in response["Content-Disposition"]
    assert json.loads(response.content) == certificate.credential


def test_pdf_downloads(client, certificate):
    response = client.get(reverse("learning:certificate-pdf", args=[certificate.code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_signing_key_is_generated_once_into_var_dir(settings, tmp_path):
    settings.CREDENTIAL_SIGNING_KEY = ""
    settings.VAR_DIR = tmp_path
    first = services.signing_seed()
    assert services.signing_seed() == first
    assert len(first) == 32
    assert (tmp_path / "credential_signing_key").stat().st_mode & 0o777 == 0o600


def test_signing_key_from_the_environment_accepts_hex_and_base64(settings):
    import base64

    seed = bytes.fromhex(SEED_HEX)
    settings.CREDENTIAL_SIGNING_KEY = base64.urlsafe_b64encode(seed).decode().rstrip("=")
    assert services.signing_seed() == seed
    settings.CREDENTIAL_SIGNING_KEY = "not a key"
    with pytest.raises(ImproperlyConfigured):
        services.signing_seed()


# Verification page ---------------------------------------------------------------------------


def test_verification_page_shows_holder_course_date_issuer_and_valid_status(client, certificate):
    response = client.get(reverse("learning:certificate-detail", args=[certificate.code]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Giàng A Sử" in page
    assert COURSE_TITLE in page
    assert certificate.issued_on.strftime("%d/%m/%Y") in page
    assert "Sở Khoa học và Công nghệ tỉnh Lào Cai" in page
    assert vi("This certificate is valid") in page
    issuer = "Sở Khoa học và Công nghệ tỉnh Lào Cai"
    assert (
        vi("The digital signature of {issuer} checks: the record is unchanged.", issuer=issuer)
        in page
    )
    assert reverse("learning:certificate-pdf", args=[certificate.code]) in page
    assert response["Cache-Control"] == "no-cache"
    verification = selectors_certificates.verification_of(certificate)
    assert (verification.status, verification.signature_valid) == ("valid", True)


def test_code_typed_loosely_leads_to_the_certificate(client, certificate):
    loose = certificate.code.lower().replace("-", " ")
    response = client.get(reverse("learning:certificate-verify"), {"ma": loose})
    assert response.status_code == 302
    assert response["Location"] == reverse("learning:certificate-detail", args=[certificate.code])


def test_unknown_code_says_so_clearly(client, certificate):
    response = client.get(reverse("learning:certificate-verify"), {"ma": "LC-2026-AAAA-BBBB"})
    assert response.status_code == 404
    assert vi(NOT_FOUND, code="LC-2026-AAAA-BBBB") in response.content.decode()
    response = client.get(reverse("learning:certificate-detail", args=["khong-co"]))
    assert response.status_code == 404
    assert vi(NOT_FOUND, code="khong-co") in response.content.decode()


def test_detail_page_qr_code_leads_to_the_page_itself(client, certificate):
    url = f"http://testserver/chung-chi/{certificate.code}/"
    response = client.get(reverse("learning:certificate-detail", args=[certificate.code]))
    assert selectors_certificates.qr_svg(url) in response.content.decode()


def test_pasted_credential_is_checked_on_the_verification_page(client, certificate):
    text = json.dumps(certificate.credential, ensure_ascii=False)
    response = client.post(reverse("learning:certificate-verify"), {"credential": text})
    page = response.content.decode()
    assert vi("Signature valid") in page
    assert certificate.code in page
    tampered = text.replace(COURSE_TITLE, COURSE_TITLE + "!")
    response = client.post(reverse("learning:certificate-verify"), {"credential": tampered})
    assert vi("Signature not valid") in response.content.decode()
    response = client.post(reverse("learning:certificate-verify"), {"credential": "{nope"})
    assert vi("This is not valid JSON.") in response.content.decode()


# Revocation ----------------------------------------------------------------------------------


def test_revoked_certificate_shows_revoked_with_date_and_reason(
    client, certificate, admin_user_persona
):
    revoked = services.revoke_certificate(
        actor=admin_user_persona, code=certificate.code, reason="Cấp nhầm người."
    )
    response = client.get(reverse("learning:certificate-detail", args=[certificate.code]))
    page = response.content.decode()
    assert vi("This certificate has been revoked") in page
    day = timezone.localtime(revoked.revoked_at).strftime("%d/%m/%Y")
    assert vi("Revoked on %(day)s; it no longer certifies the course.", day=day) in page
    assert vi("Reason: %(reason)s", reason="Cấp nhầm người.") in page
    assert vi("This certificate is valid") not in page
    entry = AuditEntry.objects.get(action=AuditEntry.Action.CERTIFICATE_REVOKED)
    assert (entry.actor, entry.target) == (admin_user_persona, f"certificate {certificate.code}")
    with pytest.raises(ConflictError):
        services.revoke_certificate(actor=admin_user_persona, code=certificate.code, reason="x")


def test_revocation_needs_a_reason(certificate, admin_user_persona):
    with pytest.raises(DomainError):
        services.revoke_certificate(actor=admin_user_persona, code=certificate.code, reason="  ")
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID


def test_only_administrators_revoke(client, certificate, province_manager, learner):
    for person in (province_manager, learner):
        with pytest.raises(PermissionDeniedError):
            services.revoke_certificate(actor=person, code=certificate.code, reason="Sai.")
        sign_in(client, person)
        url = reverse("learning:certificate-revoke", args=[certificate.code])
        assert client.post(url, {"reason": "Sai."}).status_code == 404
        assert client.get(reverse("learning:certificate-admin")).status_code == 404
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID


def test_administrator_finds_and_revokes_from_the_admin_page(
    client, certificate, admin_user_persona
):
    sign_in(client, admin_user_persona)
    response = client.get(reverse("learning:certificate-admin"), {"q": "giàng"})
    assert response.status_code == 200
    assert certificate.code in response.content.decode()
    response = client.post(
        reverse("learning:certificate-revoke", args=[certificate.code]),
        {"reason": "Gian lận khi làm bài kiểm tra."},
        follow=True,
    )
    assert response.status_code == 200
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoked_by == admin_user_persona
    assert certificate.revocation_reason == "Gian lận khi làm bài kiểm tra."


# Personal data -------------------------------------------------------------------------------


def test_certificates_are_in_the_own_data_download_and_erasure_hides_the_name(client, certificate):
    exported = personal_data.exported_sections(certificate.person)["learning"]["certificates"]
    assert [row["code"] for row in exported] == [certificate.code]
    personal_data.erase_everywhere(certificate.person)
    response = client.get(reverse("learning:certificate-detail", args=[certificate.code]))
    page = response.content.decode()
    assert "Giàng A Sử" not in page
    assert vi("This certificate has been revoked") in page
