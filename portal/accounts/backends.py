"""Sign-in by phone number, e-mail or username, and the hooks django-axes calls."""

from typing import Any

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.http import HttpRequest

from portal.accounts.domain.identity import classify_identifier
from portal.accounts.models import User


def user_for_identifier(identifier: str) -> User | None:
    """The account a phone number, e-mail or username names, if any (erased ones never)."""
    kind, value = classify_identifier(identifier)
    users = User.objects.filter(erased_at__isnull=True)
    if kind == "email":
        return users.filter(email__iexact=value).first()
    if kind == "phone":
        return users.filter(phone=value).first()
    return users.filter(username=value).first()


class IdentifierBackend(ModelBackend):
    """Django's model backend, looking the person up by phone, e-mail or username."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> User | None:
        """Return the user if the identifier and password match an active account."""
        identifier = username or kwargs.get("identifier")
        if not identifier or password is None:
            return None
        user = user_for_identifier(identifier)
        if user is None:
            # Run the hasher anyway so timing does not tell which identifiers exist.
            User().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


def axes_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The identifier django-axes counts failures against, normalised like sign-in does."""
    raw = ""
    if credentials:
        raw = str(credentials.get("username") or credentials.get("identifier") or "")
    if not raw:
        raw = str(request.POST.get("identifier") or request.POST.get("username") or "")
    return classify_identifier(raw)[1] if raw else ""


def client_ip(request: HttpRequest) -> str:
    """The client address; behind a trusted proxy, the X-Forwarded-For entry it appended.

    The last entry is the one the proxy wrote; earlier ones come from the client and could be
    forged to dodge the lockout, so they are ignored.
    """
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and settings.BEHIND_PROXY:
        return forwarded.split(",")[-1].strip()
    return str(request.META.get("REMOTE_ADDR", ""))
