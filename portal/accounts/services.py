"""Writes for accounts: sign-up, one-time codes, passwords, profile, consent, own data, tokens."""

import base64
import io
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import qrcode
import qrcode.image.svg
from axes.utils import reset as reset_sign_in_failures
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import constant_time_compare, get_random_string, salted_hmac
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken

from portal.accounts import audit
from portal.accounts import selectors as account_selectors
from portal.accounts.backends import user_for_identifier
from portal.accounts.domain.identity import (
    IdentityError,
    Problem,
    citizen_id_digest,
    classify_identifier,
    fits_age_rule,
    normalise_email,
    normalise_phone,
    validate_citizen_id,
)
from portal.accounts.models import (
    AuditEntry,
    ConsentRecord,
    OneTimeCode,
    Organisation,
    RoleAssignment,
    User,
)
from portal.accounts.permissions import EDITORS_GROUP, MODERATORS_GROUP
from portal.accounts.senders import sender_for
from portal.campaign import selectors as campaign_selectors
from portal.campaign.models import AdministrativeUnit, TargetGroup, UnitLevel
from portal.core.exceptions import DomainError, NotFoundError

logger = logging.getLogger(__name__)

CODE_DIGITS = 6
CODES_PER_HOUR = 5
SECONDS_BETWEEN_CODES = 60
ATTEMPTS_PER_CODE = 5
MAX_ACTIVE_TOKENS = 10
_HANDLE_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_CODE_SALT = "portal.accounts.one-time-code"
_CITIZEN_ID_SALT = "portal.accounts.citizen-id-key"


class AccountError(DomainError):
    """An account rule was broken; the message is safe to show."""


class IdentifierError(AccountError):
    """A phone number or e-mail was refused, with the identity rule it broke."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(identity_message(problem))


class AlreadyRegisteredError(AccountError):
    """Someone already signed up with this phone number or e-mail."""


class ConsentRequiredError(AccountError):
    """Sign-up needs consent to the privacy notice."""


class PasswordError(AccountError):
    """A password was wrong or too weak; messages lists every reason."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__(" ".join(messages))


class CodeError(AccountError):
    """A one-time code was wrong, expired or tried too often."""


class RateLimitedError(AccountError):
    """Too many codes were asked for one destination."""


class ProfileError(AccountError):
    """Profile fields broke rules; errors maps each field name to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__(" ".join(errors.values()))


def identity_message(problem: Problem) -> str:
    """The Vietnamese (or English) sentence telling a person how to fix an identifier."""
    messages = {
        Problem.EMPTY: _("Please enter your mobile number or e-mail."),
        Problem.PHONE_NOT_A_NUMBER: _(
            "The phone number must be a Vietnamese mobile number, for example 0912 345 678."
        ),
        Problem.PHONE_NOT_VIETNAMESE: _(
            "Only Vietnamese mobile numbers (+84) are accepted. "
            "With a foreign number, sign up with your e-mail instead."
        ),
        Problem.PHONE_NOT_MOBILE: _(
            "This is a landline number. Please enter a mobile number so we can text you a code."
        ),
        Problem.EMAIL_INVALID: _("Enter a valid e-mail, for example ten@example.com."),
        Problem.CITIZEN_ID_LENGTH: _("The citizen ID number has exactly 12 digits."),
        Problem.CITIZEN_ID_PROVINCE: _(
            "The first 3 digits of the citizen ID are not a province code. "
            "Please check the number on your card."
        ),
        Problem.CITIZEN_ID_BIRTH_YEAR: _(
            "The citizen ID does not match your year of birth (digits 5 and 6 are the last two "
            "digits of the year of birth)."
        ),
    }
    return messages[problem]


def normalise_identifier(*, identifier: str) -> tuple[str, str]:
    """A sign-up identifier as ("phone" | "email", normalised value), or IdentifierError."""
    text = identifier.strip()
    try:
        if "@" in text:
            return "email", normalise_email(text)
        return "phone", normalise_phone(text)
    except IdentityError as error:
        raise IdentifierError(error.problem) from error


def _new_handle() -> str:
    while True:
        handle = "u" + get_random_string(10, _HANDLE_ALPHABET)
        if not User.objects.filter(username=handle).exists():
            return handle


def _identifier_taken(kind: str, value: str) -> bool:
    if kind == "email":
        return User.objects.filter(email__iexact=value).exists()
    return User.objects.filter(phone=value).exists()


def _check_password_strength(password: str, user: User | None) -> None:
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise PasswordError(list(error.messages)) from error


def register_person(*, identifier: str, password: str, full_name: str, has_consented: bool) -> User:
    """Create an account for a phone number or e-mail, record consent and send a code."""
    if not has_consented:
        raise ConsentRequiredError(_("Please agree to the privacy notice to create an account."))
    kind, value = normalise_identifier(identifier=identifier)
    already = AlreadyRegisteredError(
        _(
            "This phone number or e-mail is already registered. "
            "Please sign in, or reset your password if you forgot it."
        )
    )
    if _identifier_taken(kind, value):
        raise already
    user = User(
        username=_new_handle(),
        full_name=full_name.strip(),
        phone=value if kind == "phone" else None,
        email=value if kind == "email" else "",
    )
    _check_password_strength(password, user)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
            record_consent(user=user)
    except IntegrityError as error:
        raise already from error
    try:
        send_code(user=user, purpose=OneTimeCode.Purpose.VERIFY, destination=value)
    except AccountError:
        # The account exists; the verification page lets the person ask for the code again.
        logger.warning("Could not send the first verification code to user %s", user.pk)
    return user


def _code_digest(destination: str, code: str) -> str:
    return salted_hmac(_CODE_SALT, f"{destination}:{code}", algorithm="sha256").hexdigest()


def _code_message(code: str, purpose: str) -> str:
    minutes = settings.ONE_TIME_CODE_MINUTES
    if purpose == OneTimeCode.Purpose.RESET_PASSWORD:
        text = _(
            "Your code to reset the password on the Digital Literacy for All portal is "
            "%(code)s. It is valid for %(minutes)s minutes. Never share it with anyone."
        )
    else:
        text = _(
            "Your Digital Literacy for All verification code is %(code)s. It is valid for "
            "%(minutes)s minutes. Never share it with anyone."
        )
    return text % {"code": code, "minutes": minutes}


def send_code(*, user: User, purpose: str, destination: str) -> OneTimeCode:
    """Send a new 6-digit code to destination (at most 5 an hour, one a minute)."""
    if not destination:
        raise AccountError(_("There is no mobile number or e-mail to send a code to."))
    now = timezone.now()
    recent = OneTimeCode.objects.filter(
        destination=destination, created_at__gte=now - timedelta(hours=1)
    )
    if recent.count() >= CODES_PER_HOUR:
        raise RateLimitedError(
            _("You have asked for 5 codes in the last hour. Please try again later.")
        )
    last = recent.order_by("-created_at").first()
    if last is not None and (now - last.created_at).total_seconds() < SECONDS_BETWEEN_CODES:
        raise RateLimitedError(_("A code was sent less than a minute ago. Please wait a moment."))
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    with transaction.atomic():
        # Only the newest code counts: asking again replaces the one sent before.
        OneTimeCode.objects.filter(user=user, purpose=purpose, used_at__isnull=True).update(
            used_at=now
        )
        record = OneTimeCode.objects.create(
            user=user,
            purpose=purpose,
            destination=destination,
            code_digest=_code_digest(destination, code),
            expires_at=now + timedelta(minutes=settings.ONE_TIME_CODE_MINUTES),
        )
    sender_for(destination).send(destination=destination, message=_code_message(code, purpose))
    return record


def check_code(*, user: User, purpose: str, destination: str, code: str) -> None:
    """Accept the newest code sent to destination (5 tries); mark the destination verified."""
    now = timezone.now()
    entered = re.sub(r"\s", "", code)
    problem = ""
    with transaction.atomic():
        record = (
            OneTimeCode.objects.select_for_update()
            .filter(user=user, purpose=purpose, destination=destination, used_at__isnull=True)
            .order_by("-created_at")
            .first()
        )
        if record is None or record.expires_at <= now:
            problem = _("This code has expired. Please ask for a new code.")
        elif record.attempts >= ATTEMPTS_PER_CODE:
            problem = _("Too many wrong tries. Please ask for a new code.")
        else:
            record.attempts += 1
            if constant_time_compare(_code_digest(destination, entered), record.code_digest):
                record.used_at = now
                _mark_verified(user, destination, now)
            elif record.attempts >= ATTEMPTS_PER_CODE:
                problem = _("Too many wrong tries. Please ask for a new code.")
            else:
                problem = _("The code is not correct. Please check the message and try again.")
            record.save(update_fields=["attempts", "used_at"])
    if problem:
        raise CodeError(problem)


def _mark_verified(user: User, destination: str, now: datetime) -> None:
    if destination == user.phone:
        user.phone_verified_at = now
        user.save(update_fields=["phone_verified_at"])
    elif user.email and destination.lower() == user.email.lower():
        user.email_verified_at = now
        user.save(update_fields=["email_verified_at"])


def destination_of(*, user: User) -> str:
    """Where codes for this person go: the phone number, else the e-mail."""
    return user.phone or user.email


def is_verified(*, user: User) -> bool:
    """Whether the person proved they own their phone number or e-mail."""
    if user.phone:
        return user.phone_verified_at is not None
    return user.email_verified_at is not None


def _reset_destination(user: User, identifier: str) -> str:
    kind, value = classify_identifier(identifier)
    if kind in ("phone", "email"):
        return value
    return destination_of(user=user)


def request_password_reset(*, identifier: str) -> None:
    """Send a reset code if the identifier names an account; say nothing either way."""
    normalise_identifier(identifier=identifier)
    user = user_for_identifier(identifier)
    if user is None or not user.is_active:
        return
    try:
        send_code(
            user=user,
            purpose=OneTimeCode.Purpose.RESET_PASSWORD,
            destination=_reset_destination(user, identifier),
        )
    except AccountError as error:
        # Telling the person would tell anyone that the account exists.
        logger.info("No reset code sent to user %s: %s", user.pk, error)


def reset_password(*, identifier: str, code: str, new_password: str) -> User:
    """Set a new password with a reset code; also activates accounts made by roster import."""
    user = user_for_identifier(identifier)
    if user is None or not user.is_active:
        raise CodeError(_("The code is not correct. Please check the message and try again."))
    _check_password_strength(new_password, user)
    check_code(
        user=user,
        purpose=OneTimeCode.Purpose.RESET_PASSWORD,
        destination=_reset_destination(user, identifier),
        code=code,
    )
    user.set_password(new_password)
    user.save(update_fields=["password"])
    for name in {classify_identifier(identifier)[1], user.phone, user.email, user.username}:
        if name:
            reset_sign_in_failures(username=name)
    return user


def citizen_id_key() -> bytes:
    """The key of the citizen ID hash: CITIZEN_ID_KEY, or one derived from SECRET_KEY."""
    if settings.CITIZEN_ID_KEY:
        return str(settings.CITIZEN_ID_KEY).encode("utf-8")
    return salted_hmac(_CITIZEN_ID_SALT, "key", algorithm="sha256").digest()


def communes_matching(*, query: str) -> list[AdministrativeUnit]:
    """Communes valid today whose name has every word of query, diacritics ignored."""
    if not query.strip():
        return []
    return campaign_selectors.search_units(
        query, day=timezone.localdate(), level=UnitLevel.COMMUNE, limit=15
    )


def organisations_in_commune(*, unit: AdministrativeUnit) -> list[Organisation]:
    """Organisations placed in a commune, or in the former communes merged into it."""
    graph = campaign_selectors.unit_graph()
    unit_ids = {unit.pk, *graph.predecessors.get(unit.pk, ())}
    return list(account_selectors.organisations_in_units(unit_ids).order_by("name"))


def _profile_errors(
    *,
    user: User,
    birth_year: int | None,
    unit: AdministrativeUnit | None,
    target_group: TargetGroup | None,
    organisation: Organisation | None,
) -> dict[str, str]:
    today = timezone.localdate()
    errors: dict[str, str] = {}
    if birth_year is not None and not 1900 <= birth_year <= today.year:
        errors["birth_year"] = _("Enter a year of birth between 1900 and %(year)s.") % {
            "year": today.year
        }
    if (
        unit is not None
        and not campaign_selectors.units_valid_on(today)
        .filter(pk=unit.pk, level=UnitLevel.COMMUNE)
        .exists()
    ):
        errors["unit"] = _(
            "This commune no longer exists after the 2025 reorganisation. "
            "Please choose the commune it is part of now."
        )
    if target_group is not None and not fits_age_rule(
        birth_year,
        today.year,
        min_age=target_group.min_age_years,
        max_age=target_group.max_age_years,
    ):
        errors["target_group"] = _(
            "Your year of birth does not fit the ages of the group “%(group)s”. "
            "Please choose another group or check your year of birth."
        ) % {"group": target_group.name_vi}
    if organisation is not None and (
        unit is None or organisation not in organisations_in_commune(unit=unit)
    ):
        errors["organisation"] = _("This organisation is not in the commune you chose.")
    return errors


def update_profile(
    *,
    user: User,
    full_name: str,
    birth_year: int | None,
    unit: AdministrativeUnit | None,
    target_group: TargetGroup | None,
    organisation: Organisation | None,
    citizen_id: str = "",
) -> User:
    """Save the profile: a commune of today, a group fitting the age, an optional citizen ID."""
    errors = _profile_errors(
        user=user,
        birth_year=birth_year,
        unit=unit,
        target_group=target_group,
        organisation=organisation,
    )
    if not full_name.strip():
        errors["full_name"] = _("Please enter your full name.")
    digest = None
    if citizen_id.strip() and "birth_year" not in errors:
        try:
            digits = validate_citizen_id(citizen_id, birth_year=birth_year)
        except IdentityError as error:
            errors["citizen_id"] = identity_message(error.problem)
        else:
            digest = citizen_id_digest(digits, key=citizen_id_key())
            taken = User.objects.filter(citizen_id_digest=digest).exclude(pk=user.pk).exists()
            if taken:
                errors["citizen_id"] = _(
                    "This citizen ID is already used by another account. If it is yours, "
                    "please contact the support line on the Contact page."
                )
    if errors:
        raise ProfileError(errors)
    user.full_name = full_name.strip()
    user.birth_year = birth_year
    user.unit = unit
    user.target_group = target_group
    user.organisation = organisation
    if digest is not None:
        user.citizen_id_digest = digest
        user.citizen_id_last_digits = digits[-3:]
    try:
        user.save()
    except IntegrityError as error:
        raise ProfileError(
            {"citizen_id": _("This citizen ID is already used by another account.")}
        ) from error
    return user


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
        user.full_name = ""
        user.first_name = ""
        user.last_name = ""
        user.phone = None
        user.email = ""
        user.username = "erased-" + get_random_string(12, _HANDLE_ALPHABET)
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


def create_api_token(*, user: User, name: str) -> tuple[APIToken, str]:
    """A personal access token for the API; the plaintext is returned only here."""
    label = name.strip()
    if not label:
        raise AccountError(_("Please give the token a name, for example the app that uses it."))
    active = APIToken.objects.filter(user=user, revoked_at__isnull=True).count()
    if active >= MAX_ACTIVE_TOKENS:
        raise AccountError(
            _("You already have 10 active tokens. Please revoke one you no longer use.")
        )
    instance, plaintext = APIToken.create_token(user=user, name=label[:255])
    return instance, plaintext


def revoke_api_token(*, user: User, token_id: int) -> APIToken:
    """Revoke one of the person's own active tokens."""
    token = APIToken.objects.filter(user=user, pk=token_id, revoked_at__isnull=True).first()
    if token is None:
        raise NotFoundError(_("This token does not exist or was already revoked."))
    token.revoke()
    return token


def api_tokens_of(*, user: User) -> list[APIToken]:
    """The person's tokens, newest first."""
    return list(APIToken.objects.filter(user=user).order_by("-created"))


def confirmed_totp_device(*, user: User) -> TOTPDevice | None:
    """The person's confirmed authenticator app, if they set one up."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def start_totp(*, user: User) -> TOTPDevice:
    """A new, unconfirmed authenticator device (replacing an unfinished one)."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        return TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)


def pending_totp(*, user: User) -> TOTPDevice | None:
    """The device being set up, if any."""
    return TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()


def confirm_totp(*, user: User, device: TOTPDevice, code: str) -> TOTPDevice:
    """Confirm a new authenticator with a code it shows."""
    if device.user_id != user.pk:
        raise NotFoundError(_("This authenticator does not exist."))
    if not device.verify_token(re.sub(r"\s", "", code)):
        raise CodeError(
            _("The code is not correct. Check the time on your phone and use the newest code.")
        )
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return device


def verify_totp(*, user: User | AnonymousUser, code: str) -> TOTPDevice:
    """The confirmed device that accepts this code, or CodeError."""
    device = confirmed_totp_device(user=user) if isinstance(user, User) else None
    if device is None or not device.verify_token(re.sub(r"\s", "", code)):
        raise CodeError(
            _("The code is not correct. Check the time on your phone and use the newest code.")
        )
    return device


@dataclass(frozen=True, slots=True)
class TotpSetup:
    """What a person needs to add the portal to an authenticator app."""

    qr_svg: str
    secret_groups: list[str]


def totp_setup(*, device: TOTPDevice) -> TotpSetup:
    """The QR code (inline SVG) and the secret in groups of four for typing by hand."""
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode("utf-8")
    svg = svg[svg.index("<svg") :].replace(
        "<svg ",
        '<svg role="img" aria-label="{}" class="qr-code" '.format(
            _("QR code for the authenticator app")
        ),
        1,
    )
    return TotpSetup(
        qr_svg=svg, secret_groups=[secret[i : i + 4] for i in range(0, len(secret), 4)]
    )


@dataclass(frozen=True, slots=True)
class DemoLogin:
    """A demo account and what it may do."""

    username: str
    password: str
    role: str


DEMO_STAFF = (
    ("admin", "Quản trị hệ thống (administrator)", None, True),
    (
        "bientapvien",
        "Biên tập viên (editor): writes drafts, submits them for review",
        EDITORS_GROUP,
        False,
    ),
    (
        "kiemduyetvien",
        "Kiểm duyệt viên (moderator): reviews and publishes",
        MODERATORS_GROUP,
        False,
    ),
)


def generate_password() -> str:
    """A random password that is easy to type from a printout (no look-alike characters)."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(14))


@transaction.atomic
def ensure_demo_staff(*, password: str | None) -> list[DemoLogin]:
    """Create the demo administrator, editor and moderator; set passwords for new accounts.

    An existing account keeps its password unless password is given.
    """
    logins = []
    for username, role, group_name, is_superuser in DEMO_STAFF:
        user = User.objects.filter(username=username).first()
        chosen = password or generate_password()
        if user is None:
            user = User(username=username, email=f"{username}@example.vn")
            user.is_staff = True
            user.is_superuser = is_superuser
            user.set_password(chosen)
            user.save()
            logins.append(DemoLogin(username, chosen, role))
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
            logins.append(DemoLogin(username, password, role))
        if group_name:
            group, _created = Group.objects.get_or_create(name=group_name)
            user.groups.add(group)
    return logins
