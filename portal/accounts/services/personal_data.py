"""A person's consent and own data: recording consent, downloading everything, erasure."""

import string
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken

from portal.accounts import audit
from portal.accounts.models import AuditEntry, ConsentRecord, OneTimeCode, RoleAssignment, User
from portal.accounts.services.errors import PasswordError
from portal.core import personal_data


def consent_purposes() -> str:
    """What people consent to, in the words of the privacy notice."""
    return _(
        "Keep your account and profile; count the campaign's progress by commune, target group "
        "and age band (only as anonymous figures); send you codes to verify your phone number "
        "or e-mail and to reset your password."
    )


def record_consent(*, user: User) -> ConsentRecord:
    """Record the person's consent to the current privacy notice."""
    return ConsentRecord.objects.create(
        user=user, notice_version=settings.PRIVACY_NOTICE_VERSION, purposes=consent_purposes()
    )


def _when(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def export_personal_data(*, user: User, request: HttpRequest | None = None) -> dict[str, Any]:
    """Everything the portal keeps about the person, as JSON-ready values; audited."""
    unit = user.unit
    data: dict[str, Any] = {
        "exported_at": timezone.now().isoformat(),
        "privacy_notice_version": settings.PRIVACY_NOTICE_VERSION,
        "profile": {
            "username": user.username,
            "full_name": user.full_name,
            "phone": user.phone,
            "email": user.email,
            "birth_year": user.birth_year,
            "unit": (
                {"code": unit.code, "name": unit.name, "valid_from": unit.valid_from.isoformat()}
                if unit is not None
                else None
            ),
            "target_group": user.target_group.code if user.target_group else None,
            "organisation": user.organisation.name if user.organisation else None,
            "citizen_id_last_digits": user.citizen_id_last_digits,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "verification": {
            "phone_verified_at": _when(user.phone_verified_at),
            "email_verified_at": _when(user.email_verified_at),
        },
        "consents": [
            {
                "notice_version": consent.notice_version,
                "purposes": consent.purposes,
                "accepted_at": _when(consent.accepted_at),
            }
            for consent in ConsentRecord.objects.filter(user=user).order_by("accepted_at")
        ],
        "roles": [
            {
                "role": assignment.role,
                "unit": assignment.unit.name if assignment.unit else None,
                "organisation": assignment.organisation.name if assignment.organisation else None,
                "target_groups": sorted(group.code for group in assignment.target_groups.all()),
                "granted_at": _when(assignment.granted_at),
            }
            for assignment in RoleAssignment.objects.filter(user=user)
            .select_related("unit", "organisation")
            .prefetch_related("target_groups")
        ],
        "api_tokens": [
            {
                "name": token.name,
                "prefix": token.prefix,
                "created": _when(token.created),
                "revoked_at": _when(token.revoked_at),
            }
            for token in APIToken.objects.filter(user=user).order_by("created")
        ],
        "audit_entries": [
            {
                "action": entry.action,
                "target": entry.target,
                "at": _when(entry.at),
                "ip_address": entry.ip_address,
            }
            for entry in AuditEntry.objects.filter(actor=user).order_by("at")
        ],
    }
    data.update(personal_data.exported_sections(user))
    audit.record(
        actor=user,
        action=AuditEntry.Action.OWN_DATA_EXPORTED,
        target=f"user {user.pk}",
        request=request,
    )
    return data


def erase_account(*, user: User, password: str, request: HttpRequest | None = None) -> None:
    """Empty every personal field, keeping the anonymous facts figures are made of."""
    if not user.check_password(password):
        raise PasswordError([_("The password is not correct.")])
    now = timezone.now()
    with transaction.atomic():
        APIToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=now)
        TOTPDevice.objects.filter(user=user).delete()
        OneTimeCode.objects.filter(user=user).delete()
        RoleAssignment.objects.filter(user=user).delete()
        user.groups.clear()
        personal_data.erase_everywhere(user)
        user.full_name = ""
        user.first_name = ""
        user.last_name = ""
        user.phone = None
        user.email = ""
        user.username = "erased-" + get_random_string(12, string.ascii_lowercase)
        user.citizen_id_digest = None
        user.citizen_id_last_digits = ""
        user.phone_verified_at = None
        user.email_verified_at = None
        if user.birth_year is not None:
            user.birth_year = user.birth_year // 10 * 10
        user.set_unusable_password()
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.erased_at = now
        user.save()
        audit.record(
            actor=user,
            action=AuditEntry.Action.ACCOUNT_ERASED,
            target=f"user {user.pk}",
            request=request,
        )
