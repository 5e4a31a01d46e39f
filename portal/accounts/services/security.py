"""Personal API tokens (Wagtail's APIToken) and the staff's authenticator app (TOTP)."""

import base64
import io
import re
from dataclasses import dataclass

import qrcode
import qrcode.image.svg
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken

from portal.accounts.models import User
from portal.accounts.services.errors import AccountError, CodeError
from portal.core.exceptions import NotFoundError

MAX_ACTIVE_TOKENS = 10


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
