"""Signing up by phone or e-mail, one-time codes, and resetting a forgotten password."""

import logging
import re
import secrets
import string
from datetime import datetime, timedelta

from axes.utils import reset as reset_sign_in_failures
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, get_random_string, salted_hmac
from django.utils.translation import gettext as _

from portal.accounts.backends import user_for_identifier
from portal.accounts.domain.identity import (
    IdentityError,
    classify_identifier,
    normalise_email,
    normalise_phone,
)
from portal.accounts.models import OneTimeCode, User
from portal.accounts.senders import sender_for
from portal.accounts.services.errors import (
    AccountError,
    AlreadyRegisteredError,
    CodeError,
    ConsentRequiredError,
    IdentifierError,
    PasswordError,
    RateLimitedError,
)
from portal.accounts.services.personal_data import record_consent

logger = logging.getLogger(__name__)

CODE_DIGITS = 6
CODES_PER_HOUR = 5
SECONDS_BETWEEN_CODES = 60
ATTEMPTS_PER_CODE = 5
_HANDLE_ALPHABET = string.ascii_lowercase
_CODE_SALT = "portal.accounts.one-time-code"


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


# One-time codes


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


# Password reset


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


def prune_one_time_codes(*, older_than: timedelta = timedelta(days=1)) -> int:
    """Delete codes created before now - older_than (they name a phone or e-mail); return how
    many. The send limits only look at the last hour, so a day is plenty."""
    deleted, _by_model = OneTimeCode.objects.filter(
        created_at__lt=timezone.now() - older_than
    ).delete()
    return deleted
