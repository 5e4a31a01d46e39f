"""Guards every signed-in request: a second factor for staff areas, fresh consent for all."""

from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from portal.accounts import permissions
from portal.accounts.selectors import latest_consent

# Staff areas, and the page that issues API tokens (a token must not bypass the second factor).
SECOND_FACTOR_PREFIXES = ("/admin/", "/django-admin/", "/quan-ly/", "/tai-khoan/ung-dung/")
# The person's own account pages work with an old consent, so that they can read, download or
# erase their data, and sign out, without agreeing first; editing the profile and issuing API
# tokens are new processing, so they need the current consent.
CONSENT_FREE_PREFIXES = ("/tai-khoan/",)
CONSENT_NEEDED_PREFIXES = ("/tai-khoan/ho-so/", "/tai-khoan/ung-dung/")
_FREE_PREFIXES = ("/static/", "/media/", "/api/", "/healthz", "/favicon")


class AccountGuardMiddleware:
    """Send staff without a verified second factor, and people whose consent is out of date,
    to the page that fixes it before they go on."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated and not request.path.startswith(_FREE_PREFIXES):
            redirect = self._redirect_for(request)
            if redirect is not None:
                return redirect
        return self.get_response(request)

    def _redirect_for(self, request: HttpRequest) -> HttpResponse | None:
        path = request.path.removeprefix("/en")
        user = request.user
        if (
            settings.STAFF_SECOND_FACTOR
            and path.startswith(SECOND_FACTOR_PREFIXES)
            and permissions.needs_second_factor(user)
            and not user.is_verified()  # type: ignore[union-attr]
        ):
            return _to("accounts:two-factor", request)
        if (
            request.method == "GET"
            and (
                not path.startswith(CONSENT_FREE_PREFIXES)
                or path.startswith(CONSENT_NEEDED_PREFIXES)
            )
            and _consent_is_outdated(request)
        ):
            return _to("accounts:consent", request)
        return None


def _consent_is_outdated(request: HttpRequest) -> bool:
    cached = request.session.get("consent_version")
    if cached == settings.PRIVACY_NOTICE_VERSION:
        return False
    consent = latest_consent(request.user)  # type: ignore[arg-type]
    if consent and consent.notice_version == settings.PRIVACY_NOTICE_VERSION:
        request.session["consent_version"] = consent.notice_version
        return False
    return True


def _to(name: str, request: HttpRequest) -> HttpResponse:
    return HttpResponseRedirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")
