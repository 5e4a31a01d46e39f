"""Reads for certificates: finding one by its code, a person's certificates, what the public
verification page shows, and the administrators' list. (The own-data download and erasure of
certificates live in portal/learning/personal_data.py.)"""

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import qrcode
import qrcode.image.svg
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from portal.accounts.models import User
from portal.learning.domain import certificates as certificate_rules
from portal.learning.models import Certificate
from portal.learning.services import certificates as certificate_services


def certificate_for_code(code: str) -> Certificate | None:
    """The certificate with this code, however it was typed (case, spaces, dashes)."""
    normalised = certificate_rules.normalise_code(code)
    if not normalised:
        return None
    return Certificate.objects.select_related("course").filter(code=normalised).first()


def certificates_of(person: User) -> list[Certificate]:
    """A person's certificates, newest first."""
    return list(Certificate.objects.filter(person=person).order_by("-issued_on", "-issued_at"))


@dataclass(frozen=True, slots=True)
class CertificateVerification:
    """Everything the public verification page says about one certificate."""

    code: str
    holder_name: str
    course_title: str
    issuer_name: str
    issued_on: date
    status: str
    revoked_at: datetime | None
    revocation_reason: str
    signature_valid: bool
    signature_message: str
    verify_url: str
    has_pdf: bool
    has_credential: bool

    @property
    def is_valid(self) -> bool:
        """Valid means not revoked and carrying a signature that checks."""
        return self.status == Certificate.Status.VALID and self.signature_valid

    @property
    def is_revoked(self) -> bool:
        return self.status == Certificate.Status.REVOKED


def verification_of(certificate: Certificate) -> CertificateVerification:
    """What anyone checking this certificate learns: the record, its status, the signature."""
    if certificate.credential:
        result = certificate_services.verify_document(certificate.credential)
        signature_valid = result.is_valid and _names_match(certificate, certificate.credential)
        message = (
            _("The digital signature of {issuer} checks: the record is unchanged.").format(
                issuer=certificate.issuer_name
            )
            if signature_valid
            else certificate_services.problem_message(result.problem or "bad-signature")
        )
    elif certificate.status == Certificate.Status.REVOKED:
        signature_valid = False
        message = _("The signed credential of this certificate has been deleted.")
    else:
        signature_valid = False
        message = _("The signed credential is being prepared; check again in a few minutes.")
    return CertificateVerification(
        code=certificate.code,
        holder_name=certificate.holder_name,
        course_title=certificate.course_title,
        issuer_name=certificate.issuer_name,
        issued_on=certificate.issued_on,
        status=certificate.status,
        revoked_at=certificate.revoked_at,
        revocation_reason=certificate.revocation_reason,
        signature_valid=signature_valid,
        signature_message=message,
        verify_url=certificate_services.verify_url(certificate.code),
        has_pdf=bool(certificate.pdf),
        has_credential=bool(certificate.credential),
    )


def _names_match(certificate: Certificate, credential: dict[str, Any]) -> bool:
    """The signed credential says what the record says (name, course, address)."""
    subject = credential.get("credentialSubject") or {}
    names = [item.get("identityHash") for item in subject.get("identifier") or []]
    achievement = subject.get("achievement") or {}
    return (
        certificate.holder_name in names
        and achievement.get("name") == certificate.course_title
        and credential.get("id") == certificate_services.verify_url(certificate.code)
    )


def qr_svg(url: str) -> str:
    """The QR code of a URL as inline SVG, for the verification page."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode("utf-8")
    label = _("QR code of this verification page")
    return svg[svg.index("<svg") :].replace(
        "<svg ", f'<svg role="img" aria-label="{label}" class="qr-code" ', 1
    )


def certificates_for_admin(query: str = "") -> QuerySet[Certificate]:
    """Every certificate, newest first, matching a code, a holder's name or a course title."""
    certificates = Certificate.objects.select_related("revoked_by").order_by("-issued_at")
    query = query.strip()[:200]
    if not query:
        return certificates
    condition = Q(holder_name__icontains=query) | Q(course_title__icontains=query)
    code = certificate_rules.normalise_code(query)
    if code:
        condition |= Q(code=code)
    else:
        condition |= Q(code__icontains=query)
    return certificates.filter(condition)
