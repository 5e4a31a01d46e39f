"""Account pages of the public site: sign-up, sign-in, codes, profile, consent, own data."""

import json
from typing import Any
from urllib.parse import urlencode

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from portal.accounts import forms, permissions
from portal.accounts.domain.identity import display_phone
from portal.accounts.models import OneTimeCode, User
from portal.accounts.selectors import latest_consent
from portal.accounts.services.errors import AccountError, CodeError, PasswordError, ProfileError
from portal.accounts.services.personal_data import (
    consent_purposes,
    erase_account,
    export_personal_data,
    record_consent,
)
from portal.accounts.services.profile import communes_matching, update_profile
from portal.accounts.services.registration import (
    check_code,
    destination_of,
    is_verified,
    register_person,
    request_password_reset,
    reset_password,
    send_code,
)
from portal.accounts.services.security import (
    api_tokens_of,
    confirm_totp,
    confirmed_totp_device,
    create_api_token,
    pending_totp,
    revoke_api_token,
    start_totp,
    totp_setup,
    verify_totp,
)
from portal.campaign import selectors as campaign_selectors
from portal.core.exceptions import DomainError

_BACKEND = "portal.accounts.backends.IdentifierBackend"
_RESET_SESSION_KEY = "password_reset_identifier"
PRIVACY_PAGE_URL = "/chinh-sach-bao-ve-du-lieu/"


def _safe_next(request: HttpRequest) -> str:
    """The ?next= (or posted next) address when it stays on this site, else ""."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return ""


def _next_url(request: HttpRequest) -> str:
    """Where to go after an account step: a safe next, else the account page."""
    return _safe_next(request) or reverse("accounts:profile")


def _person(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied
    return user


def _render(
    request: HttpRequest, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    response = render(request, f"accounts/{template}.html", context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def sign_up(request: HttpRequest) -> HttpResponse:
    """Create an account, sign the person in and ask for the code we sent."""
    if request.user.is_authenticated:
        return redirect("accounts:profile")
    form = forms.SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = register_person(
                identifier=form.cleaned_data["identifier"],
                password=form.cleaned_data["password1"],
                full_name=form.cleaned_data["full_name"],
                has_consented=form.cleaned_data["has_consented"],
            )
        except PasswordError as error:
            for message in error.messages:
                form.add_error("password1", message)
        except AccountError as error:
            form.add_error("identifier", str(error))
        else:
            login(request, user, backend=_BACKEND)
            request.session["consent_version"] = settings.PRIVACY_NOTICE_VERSION
            return redirect("accounts:verify")
    return _render(
        request,
        "account_create",
        {
            "form": form,
            "privacy_url": PRIVACY_PAGE_URL,
            "notice_version": settings.PRIVACY_NOTICE_VERSION,
            "purposes": consent_purposes(),
        },
    )


def _shown_destination(user: User) -> str:
    return display_phone(user.phone) if user.phone else user.email


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """Enter the code sent to the phone or e-mail; or ask for a new one."""
    user = _person(request)
    form = forms.CodeForm(None if "resend" in request.POST else request.POST or None)
    destination = destination_of(user=user)
    if not destination:
        return redirect("accounts:profile")
    if request.method == "POST" and "resend" in request.POST:
        try:
            send_code(user=user, purpose=OneTimeCode.Purpose.VERIFY, destination=destination)
        except AccountError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("We sent a new code."))
        return redirect("accounts:verify")
    if request.method == "POST" and form.is_valid():
        try:
            check_code(
                user=user,
                purpose=OneTimeCode.Purpose.VERIFY,
                destination=destination,
                code=form.cleaned_data["code"],
            )
        except CodeError as error:
            form.add_error("code", str(error))
        else:
            messages.success(request, _("Thank you, your account is verified."))
            return redirect("accounts:profile-edit")
    return _render(
        request,
        "code_verify",
        {
            "form": form,
            "destination": _shown_destination(user),
            "is_phone": bool(user.phone),
            "is_verified": is_verified(user=user),
            "minutes": settings.ONE_TIME_CODE_MINUTES,
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    """Sign in with a phone number, e-mail or username; staff then give a second factor."""
    form = forms.SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request=request,
            username=form.cleaned_data["identifier"],
            password=form.cleaned_data["password"],
        )
        if user is None:
            form.add_error(
                None,
                _(
                    "The mobile number, e-mail or password is not correct. After 5 wrong tries "
                    "signing in is blocked for 15 minutes."
                ),
            )
        else:
            login(request, user)
            target = _next_url(request)
            if settings.STAFF_SECOND_FACTOR and permissions.needs_second_factor(user):
                return _redirect_with_next("accounts:two-factor", target)
            return HttpResponseRedirect(target)
    return _render(request, "session_create", {"form": form, "next": _safe_next(request)})


def _redirect_with_next(name: str, target: str) -> HttpResponse:
    return HttpResponseRedirect(f"{reverse(name)}?{urlencode({'next': target})}")


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    """Sign out (POST only, so a link or an image cannot sign anyone out)."""
    logout(request)
    home = "/en/" if request.path.startswith("/en/") else "/"
    return HttpResponseRedirect(home)


@never_cache
@require_http_methods(["GET", "POST"])
def password_reset_request(request: HttpRequest) -> HttpResponse:
    """Ask for a reset code; the answer is the same whether the account exists or not."""
    form = forms.PasswordResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        identifier = form.cleaned_data["identifier"]
        request_password_reset(identifier=identifier)
        request.session[_RESET_SESSION_KEY] = identifier
        return redirect("accounts:password-reset-confirm")
    return _render(request, "password_reset", {"form": form})


@never_cache
@require_http_methods(["GET", "POST"])
def password_reset_confirm(request: HttpRequest) -> HttpResponse:
    """Enter the reset code and a new password (also activates invited accounts)."""
    identifier = request.session.get(_RESET_SESSION_KEY, "")
    form = forms.PasswordResetConfirmForm(request.POST or None, initial={"identifier": identifier})
    if request.method == "POST" and form.is_valid():
        try:
            reset_password(
                identifier=form.cleaned_data["identifier"],
                code=form.cleaned_data["code"],
                new_password=form.cleaned_data["password1"],
            )
        except PasswordError as error:
            for message in error.messages:
                form.add_error("password1", message)
        except AccountError as error:
            form.add_error("code", str(error))
        else:
            request.session.pop(_RESET_SESSION_KEY, None)
            messages.success(request, _("Your new password is saved. Please sign in."))
            return redirect("accounts:sign-in")
    return _render(
        request,
        "password_reset_confirm",
        {"form": form, "minutes": settings.ONE_TIME_CODE_MINUTES},
    )


@never_cache
@login_required
@require_GET
def profile(request: HttpRequest) -> HttpResponse:
    """The person's account: profile, verification status and links."""
    user = _person(request)
    return _render(
        request,
        "profile_detail",
        {
            "person": user,
            "phone": display_phone(user.phone) if user.phone else "",
            "is_verified": is_verified(user=user),
            "consent": latest_consent(user),
            "needs_second_factor": permissions.needs_second_factor(user),
            "has_totp": confirmed_totp_device(user=user) is not None,
        },
    )


def _profile_form(request: HttpRequest, user: User) -> forms.ProfileForm:
    data = request.POST if request.method == "POST" else None
    source = data if data is not None else request.GET
    communes = communes_matching(query=source.get("unit_query", ""))
    chosen_id = _int(data.get("unit")) if data is not None else (user.unit_id or 0)
    if chosen_id and chosen_id not in {unit.pk for unit in communes}:
        chosen = campaign_selectors.unit_by_id(chosen_id)
        if chosen is not None:
            communes = [chosen, *communes]
    initial = {
        "full_name": user.full_name,
        "birth_year": user.birth_year,
        "unit": user.unit_id,
        "target_group": user.target_group_id,
        "organisation": user.organisation_id,
    }
    return forms.ProfileForm(data, initial=initial, communes=communes)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request: HttpRequest) -> HttpResponse:
    """Edit the profile; without JavaScript the "Find" button lists matching communes."""
    user = _person(request)
    form = _profile_form(request, user)
    if request.method == "POST" and "find" not in request.POST and form.is_valid():
        data = form.cleaned_data
        try:
            update_profile(
                user=user,
                full_name=data["full_name"],
                birth_year=data["birth_year"],
                unit=data["unit"],
                target_group=data["target_group"],
                organisation=data["organisation"],
                citizen_id=data["citizen_id"],
            )
        except ProfileError as error:
            form.apply_errors(error.errors)
        else:
            messages.success(request, _("Your profile is saved."))
            return redirect("accounts:profile")
    searched = "find" in request.POST or bool(request.GET.get("unit_query"))
    return _render(
        request,
        "profile_update",
        {"form": form, "person": user, "searched": searched},
    )


@login_required
@require_GET
def unit_search(request: HttpRequest) -> HttpResponse:
    """Radio options of communes valid today matching ?q=, as an HTML fragment.

    The commune already chosen (?selected=) stays first, so typing never loses it.
    """
    query = request.GET.get("q", "")[:100]
    communes = communes_matching(query=query)
    count = len(communes)
    selected = _int(request.GET.get("selected"))
    if selected and selected not in {unit.pk for unit in communes}:
        chosen = campaign_selectors.unit_by_id(selected)
        if chosen is not None:
            communes = [chosen, *communes]
    form = forms.ProfileForm(initial={"unit": selected or None}, communes=communes)
    response = render(
        request,
        "accounts/unit_options.html",
        {"form": form, "query": query, "count": count, "searched": True},
    )
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def consent(request: HttpRequest) -> HttpResponse:
    """Accept the current privacy notice, then go on to where the person was going."""
    user = _person(request)
    form = forms.ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record_consent(user=user)
        request.session["consent_version"] = settings.PRIVACY_NOTICE_VERSION
        return HttpResponseRedirect(_next_url(request))
    return _render(
        request,
        "consent_update",
        {
            "form": form,
            "previous": latest_consent(user),
            "notice_version": settings.PRIVACY_NOTICE_VERSION,
            "purposes": consent_purposes(),
            "privacy_url": PRIVACY_PAGE_URL,
            "next": _next_url(request),
        },
    )


@never_cache
@login_required
@require_GET
def my_data(request: HttpRequest) -> HttpResponse:
    """Download one's data, or erase the account."""
    return _render(request, "data_detail", {"erase_form": forms.EraseAccountForm()})


@login_required
@require_POST
def my_data_download(request: HttpRequest) -> HttpResponse:
    """The person's data as a JSON file."""
    data = export_personal_data(user=_person(request), request=request)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="du-lieu-cua-toi-{day}.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
@require_POST
def account_erase(request: HttpRequest) -> HttpResponse:
    """Erase the account after the password is confirmed, then sign out."""
    form = forms.EraseAccountForm(request.POST)
    if form.is_valid():
        try:
            erase_account(
                user=_person(request), password=form.cleaned_data["password"], request=request
            )
        except PasswordError as error:
            form.add_error("password", str(error))
        else:
            logout(request)
            return _render(request, "account_erased", {})
    return _render(request, "data_detail", {"erase_form": form}, status=400)


def _needs_fresh_second_factor(request: HttpRequest) -> bool:
    return bool(
        settings.STAFF_SECOND_FACTOR
        and permissions.needs_second_factor(request.user)
        and not request.user.is_verified()  # type: ignore[union-attr]
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    """Personal access tokens for the API: list, create (shown once) and revoke."""
    if _needs_fresh_second_factor(request):
        return _redirect_with_next("accounts:two-factor", request.get_full_path())
    user = _person(request)
    form = forms.TokenCreateForm(request.POST if "create" in request.POST else None)
    plaintext = ""
    if request.method == "POST" and "revoke" in request.POST:
        try:
            token = revoke_api_token(user=user, token_id=_int(request.POST["revoke"]))
        except DomainError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The token “%(name)s” is revoked.") % {"name": token.name})
        return redirect("accounts:tokens")
    if request.method == "POST" and form.is_valid():
        try:
            _token, plaintext = create_api_token(user=user, name=form.cleaned_data["name"])
        except AccountError as error:
            form.add_error("name", str(error))
        else:
            form = forms.TokenCreateForm()
    return _render(
        request,
        "token_list",
        {"form": form, "tokens": api_tokens_of(user=user), "plaintext": plaintext},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def two_factor(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app, or give its code, then go on to next."""
    user = _person(request)
    target = _next_url(request)
    device = confirmed_totp_device(user=user)
    form = forms.TotpForm(request.POST or None)
    setup = None
    if device is None:
        pending = pending_totp(user=user) or start_totp(user=user)
        if request.method == "POST" and form.is_valid():
            try:
                device = confirm_totp(user=user, device=pending, code=form.cleaned_data["code"])
            except AccountError as error:
                form.add_error("code", str(error))
            else:
                django_otp.login(request, device)
                messages.success(request, _("The authenticator app is set up."))
                return HttpResponseRedirect(target)
        setup = totp_setup(device=pending)
    elif request.method == "POST" and form.is_valid():
        try:
            device = verify_totp(user=user, code=form.cleaned_data["code"])
        except AccountError as error:
            form.add_error("code", str(error))
        else:
            django_otp.login(request, device)
            return HttpResponseRedirect(target)
    return _render(request, "two_factor_verify", {"form": form, "setup": setup, "next": target})


def locked_out(
    request: HttpRequest, credentials: Any = None, *args: Any, **kwargs: Any
) -> HttpResponse:
    """What django-axes shows after too many wrong passwords: wait 15 minutes or reset."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return _render(request, "session_locked", {"minutes": minutes}, status=429)
