"""Certificates: issuing one when a course is completed (signed credential and PDF), revoking one,
the province's signing key, and checking credentials people bring."""

import base64
import binascii
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.accounts import audit
from portal.accounts.models import AuditEntry, User
from portal.core.exceptions import ConflictError, DomainError, NotFoundError, PermissionDeniedError
from portal.learning.domain import certificates as certificate_rules
from portal.learning.domain import credentials
from portal.learning.models import Certificate, CoursePage, Enrolment
from portal.learning.services import certificate_pdf

DEFAULT_ISSUER_NAME = "Sở Khoa học và Công nghệ tỉnh Lào Cai"
DEFAULT_CODE_PREFIX = "LC"
KEY_FILE_NAME = "credential_signing_key"
REASON_MAX_LENGTH = 300
MAX_PASTED_CREDENTIAL_BYTES = 200_000


# Settings ------------------------------------------------------------------------------------


def issuer_name() -> str:
    """Who issues certificates, as printed on them."""
    return str(getattr(settings, "CERTIFICATE_ISSUER_NAME", "") or DEFAULT_ISSUER_NAME)


def code_prefix() -> str:
    """The province's letters at the start of every code."""
    return str(getattr(settings, "CERTIFICATE_CODE_PREFIX", "") or DEFAULT_CODE_PREFIX)


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}" if path.startswith("/") else path


def _reverse(name: str, *args: str) -> str:
    # Addresses printed on paper and signed into credentials never carry a language prefix.
    with translation.override(settings.LANGUAGE_CODE):
        return _absolute(reverse(name, args=args))


def verify_url(code: str) -> str:
    """The public verification page of a certificate (what its QR code leads to)."""
    return _reverse("learning:certificate-detail", code)


def issuer() -> credentials.Issuer:
    """The issuing organisation as credentials name it."""
    return credentials.Issuer(
        profile_url=_reverse("learning:certificate-issuer"),
        name=issuer_name(),
        url=settings.SITE_URL + "/",
    )


# The signing key -----------------------------------------------------------------------------


def _seed_from_text(text: str) -> bytes:
    """A 32-byte Ed25519 seed written as 64 hex digits or as base64 (standard or URL-safe)."""
    text = text.strip()
    if len(text) == 64 and all(char in "0123456789abcdefABCDEF" for char in text):
        return bytes.fromhex(text)
    padded = text + "=" * (-len(text) % 4)
    for altchars in (None, b"-_"):
        try:
            seed = base64.b64decode(padded, altchars=altchars, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(seed) == 32:
            return seed
    raise ImproperlyConfigured(
        "CREDENTIAL_SIGNING_KEY must be a 32-byte Ed25519 seed (64 hex digits or base64)"
    )


def _configured_key_text() -> str:
    return str(settings.CREDENTIAL_SIGNING_KEY)


def _key_file() -> Path:
    return Path(settings.VAR_DIR) / KEY_FILE_NAME


def _generated_seed() -> bytes:
    """The key kept in VAR_DIR, made on first use (exclusively, so workers agree on one)."""
    path = _key_file()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(descriptor, "w", encoding="ascii") as handle:
                handle.write(secrets.token_bytes(32).hex() + "\n")
    return _seed_from_text(path.read_text(encoding="ascii"))


def signing_seed() -> bytes:
    """The province's Ed25519 private seed: CREDENTIAL_SIGNING_KEY (or its _FILE), else a key
    generated once into VAR_DIR (fine for one machine; set the variable for several)."""
    text = _configured_key_text()
    return _seed_from_text(text) if text.strip() else _generated_seed()


def retired_public_keys() -> list[bytes]:
    """Public keys of earlier signing keys (CREDENTIAL_RETIRED_PUBLIC_KEYS, Multikey values), so
    that credentials signed before a key change still verify."""
    keys = []
    for text in getattr(settings, "CREDENTIAL_RETIRED_PUBLIC_KEYS", []) or []:
        try:
            keys.append(credentials.public_key_from_multibase(str(text).strip()))
        except ValueError as error:
            raise ImproperlyConfigured(f"not an Ed25519 Multikey: {text!r}") from error
    return keys


def published_keys() -> list[bytes]:
    """Every public key the issuer profile publishes, the current one first."""
    current = credentials.public_key_of(signing_seed())
    return [current, *(key for key in retired_public_keys() if key != current)]


def trusted_methods() -> dict[str, bytes]:
    """Verification method id → public key, for every key this issuer publishes."""
    profile = issuer()
    return {credentials.verification_method(profile, key): key for key in published_keys()}


def issuer_profile() -> dict[str, Any]:
    """The public issuer profile (Open Badges Profile with the Multikey public keys)."""
    return credentials.issuer_profile(issuer(), published_keys())


# Issuing -------------------------------------------------------------------------------------


def _award(
    certificate: Certificate, course: CoursePage | None, issued_at: datetime
) -> credentials.Award:
    course_url = _absolute(course.url or "") if course is not None else ""
    summary = course.summary if course is not None else ""
    return credentials.Award(
        credential_id=verify_url(certificate.code),
        holder_name=certificate.holder_name,
        achievement_id=course_url or verify_url(certificate.code),
        achievement_name=certificate.course_title,
        achievement_description=summary or certificate.course_title,
        criteria=(
            "Hoàn thành mọi bài học và đạt các bài kiểm tra của khoá học "
            f"«{certificate.course_title}» trên cổng Bình dân học vụ số."
        ),
        valid_from=issued_at,
    )


def signed_credential(certificate: Certificate, *, issued_at: datetime) -> dict[str, Any]:
    """The certificate's OpenBadgeCredential, signed with the current key."""
    profile = issuer()
    seed = signing_seed()
    document = credentials.open_badge_credential(
        _award(certificate, certificate.course, issued_at), profile
    )
    method = credentials.verification_method(profile, credentials.public_key_of(seed))
    return credentials.sign(document, seed=seed, verification_method=method, created=issued_at)


def _render_pdf(certificate: Certificate, issued_at: datetime) -> bytes:
    return certificate_pdf.render_certificate(
        certificate_pdf.CertificateText(
            code=certificate.code,
            holder_name=certificate.holder_name,
            course_title=certificate.course_title,
            issuer_name=certificate.issuer_name,
            issued_on=certificate.issued_on,
            verify_url=verify_url(certificate.code),
        ),
        created=issued_at,
    )


def _create(enrolment: Enrolment, course: CoursePage) -> Certificate:
    person = enrolment.person
    completed_at = enrolment.completed_at or timezone.now()
    for _attempt in range(5):
        code = certificate_rules.new_code(
            prefix=code_prefix(), year=timezone.localdate(completed_at).year
        )
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    code=code,
                    person=person,
                    course=course,
                    holder_name=person.full_name or person.display_name,
                    course_title=course.title,
                    issuer_name=issuer_name(),
                    issued_on=timezone.localdate(completed_at),
                )
        except IntegrityError:
            existing = Certificate.objects.filter(person=person, course=course).first()
            if existing is not None:
                return existing  # issued meanwhile by another worker
    raise ConflictError(_("Could not find a free certificate code; please try again."))


def _complete(certificate: Certificate) -> Certificate:
    """Sign and render what is missing (a task that stopped half-way resumes here)."""
    issued_at = certificate.issued_at or timezone.now()
    fields = []
    if not certificate.credential:
        certificate.credential = signed_credential(certificate, issued_at=issued_at)
        fields.append("credential")
    if not certificate.pdf:
        content = ContentFile(_render_pdf(certificate, issued_at))
        certificate.pdf.save(f"{certificate.code}.pdf", content, save=False)
        fields.append("pdf")
    if fields:
        certificate.save(update_fields=fields)
    return certificate


def issue_certificate(*, enrolment_id: int) -> Certificate | None:
    """The certificate of a completed enrolment, issued now if needed (idempotent); None when
    the enrolment is not complete or its course awards no certificate."""
    enrolment = Enrolment.objects.select_related("person", "course").filter(pk=enrolment_id).first()
    if enrolment is None:
        return None
    course = enrolment.course
    if not certificate_rules.is_eligible(
        is_completed=enrolment.completed_at is not None,
        issues_certificate=course.issues_certificate,
    ):
        return None
    certificate = Certificate.objects.filter(person=enrolment.person, course=course).first()
    if certificate is None:
        certificate = _create(enrolment, course)
    if certificate.credential and certificate.pdf:
        return certificate
    with transaction.atomic():
        # Two runs of the task at once: the second waits, then finds nothing left to do.
        return _complete(Certificate.objects.select_for_update().get(pk=certificate.pk))


# Revoking ------------------------------------------------------------------------------------


def can_manage_certificates(user: User | AnonymousUser) -> bool:
    """Only system administrators list and revoke certificates."""
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def revoke_certificate(
    *,
    actor: User | AnonymousUser,
    code: str,
    reason: str,
    request: HttpRequest | None = None,
) -> Certificate:
    """Revoke a certificate with a stated reason (administrators only; audited). The page and
    the credential check then say "revoked", with the date and the reason."""
    if not can_manage_certificates(actor):
        raise PermissionDeniedError(_("Only administrators can revoke certificates."))
    reason = " ".join(reason.split())
    if not reason:
        raise DomainError(_("Give the reason for revoking the certificate."))
    if len(reason) > REASON_MAX_LENGTH:
        raise DomainError(_("The reason is too long (300 characters at most)."))
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update()
            .filter(code=certificate_rules.normalise_code(code) or code)
            .first()
        )
        if certificate is None:
            raise NotFoundError(_("No certificate has this code."))
        if certificate.status == Certificate.Status.REVOKED:
            raise ConflictError(_("This certificate is already revoked."))
        certificate.status = Certificate.Status.REVOKED
        certificate.revoked_at = timezone.now()
        certificate.revoked_by = actor if isinstance(actor, User) else None
        certificate.revocation_reason = reason
        certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"])
        audit.record(
            actor=actor,
            action=AuditEntry.Action.CERTIFICATE_REVOKED,
            target=f"certificate {certificate.code}",
            request=request,
            detail={"reason": reason, "holder": certificate.person_id},
        )
    return certificate


# Checking a credential someone brings --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CredentialCheck:
    """The outcome of checking a pasted credential: the signature, and the certificate it
    claims to be (whose current status matters as much as the signature)."""

    is_signature_valid: bool
    message: str
    certificate: Certificate | None = None


def problem_message(problem: str) -> str:
    """A verification problem in the reader's language."""
    messages = {
        "not-an-object": _("This is not a credential (a JSON object is expected)."),
        "no-proof": _("The credential carries no signature."),
        "unsupported-proof": _("The signature is of a kind this page does not check."),
        "wrong-purpose": _("The signature was not made to assert a credential."),
        "unknown-key": _("The signature was not made with a key of this issuer."),
        "context-mismatch": _("The credential's contexts do not match its signature."),
        "malformed": _("The signature is damaged."),
        "bad-signature": _(
            "The signature does not match: the credential was changed after signing."
        ),
    }
    return messages.get(problem, _("The signature could not be checked."))


def verify_document(document: object) -> credentials.Verification:
    """Check a credential's signature against this issuer's published keys."""
    return credentials.verify(document, public_keys=trusted_methods())


def check_pasted_credential(*, text: str) -> CredentialCheck:
    """Check a credential pasted or uploaded on the verification page."""
    if len(text.encode("utf-8")) > MAX_PASTED_CREDENTIAL_BYTES:
        return CredentialCheck(False, _("The credential is too large."))
    try:
        document = json.loads(text)
    except ValueError:
        return CredentialCheck(False, _("This is not valid JSON."))
    result = verify_document(document)
    certificate = _certificate_named_by(document)
    if not result.is_valid:
        return CredentialCheck(False, problem_message(result.problem), certificate)
    return CredentialCheck(
        True,
        _("The signature is valid: {issuer} issued this credential and it is unchanged.").format(
            issuer=issuer_name()
        ),
        certificate,
    )


def _certificate_named_by(document: object) -> Certificate | None:
    if not isinstance(document, dict):
        return None
    credential_id = str(document.get("id", ""))
    prefix = verify_url("X").removesuffix("X/")
    if not credential_id.startswith(prefix):
        return None
    code = certificate_rules.normalise_code(credential_id.removeprefix(prefix).strip("/"))
    return Certificate.objects.filter(code=code).first() if code else None
