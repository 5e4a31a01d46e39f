"""Certificate pages: the public verification page (by code or QR), downloads of the PDF and the
signed credential, the issuer profile, and the administrators' list with revocation."""

import json
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from portal.accounts.decorators import manager_required
from portal.core.exceptions import DomainError
from portal.learning.models import Certificate
from portal.learning.selectors import certificates as selectors
from portal.learning.services import certificates as services

ADMIN_PAGE_SIZE = 50
JSON_LD = "application/ld+json"
# The media type of a Verifiable Credential (VC Data Model 2.0, §C.1).
CREDENTIAL_MEDIA_TYPE = "application/vc"


def _certificate(code: str) -> Certificate:
    certificate = selectors.certificate_for_code(code)
    if certificate is None:
        raise Http404
    return certificate


def _not_found(request: HttpRequest, code: str) -> HttpResponse:
    error = _(
        "No certificate has the code {code}. Check the code on the paper (letters and digits, "
        "for example LC-2026-7K3M-Q9TX) and try again."
    ).format(code=code.strip()[:40])
    return render(
        request,
        "learning/certificates/certificate_verify.html",
        {"code": code.strip()[:40], "error": error},
        status=404,
    )


@require_http_methods(["GET", "POST"])
def certificate_verify(request: HttpRequest) -> HttpResponse:
    """/chung-chi/: type a code (GET ?ma=), or paste a credential to check its signature."""
    if request.method == "POST":
        upload = request.FILES.get("credential_file")
        text = (
            upload.read(services.MAX_PASTED_CREDENTIAL_BYTES + 1).decode("utf-8", "replace")
            if upload
            else request.POST.get("credential", "")
        )
        check = services.check_pasted_credential(text=text)
        context = {"check": check, "pasted": text[:20000]}
        if check.certificate is not None:
            context["checked"] = selectors.verification_of(check.certificate)
        return render(request, "learning/certificates/certificate_verify.html", context)
    code = request.GET.get("ma", "")
    if not code.strip():
        return render(request, "learning/certificates/certificate_verify.html", {})
    certificate = selectors.certificate_for_code(code)
    if certificate is None:
        return _not_found(request, code)
    return redirect("learning:certificate-detail", code=certificate.code)


@require_GET
def certificate_detail(request: HttpRequest, code: str) -> HttpResponse:
    """The public verification page: the holder, the course, the status and the signature."""
    certificate = selectors.certificate_for_code(code)
    if certificate is None:
        return _not_found(request, code)
    if certificate.code != code:
        return redirect("learning:certificate-detail", code=certificate.code)
    verification = selectors.verification_of(certificate)
    response = render(
        request,
        "learning/certificates/certificate_detail.html",
        {
            "verification": verification,
            "qr_svg": selectors.qr_svg(verification.verify_url),
            "is_holder": request.user.is_authenticated and request.user.pk == certificate.person_id,
        },
    )
    # The status can change (revocation): caches must ask again every time.
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def certificate_pdf(request: HttpRequest, code: str) -> FileResponse:
    """The printable certificate."""
    certificate = _certificate(code)
    if not certificate.pdf:
        raise Http404
    return FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        filename=f"chung-chi-{certificate.code}.pdf",
    )


def _json(data: object, *, content_type: str, filename: str = "") -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type=content_type
    )
    response["Access-Control-Allow-Origin"] = "*"  # any verifier may fetch it
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def certificate_credential(request: HttpRequest, code: str) -> HttpResponse:
    """The signed Open Badges 3.0 credential, to keep in a wallet or check elsewhere."""
    certificate = _certificate(code)
    if not certificate.credential:
        raise Http404
    return _json(
        certificate.credential,
        content_type=CREDENTIAL_MEDIA_TYPE,
        filename=f"chung-chi-{certificate.code}.json",
    )


@require_GET
def certificate_issuer(request: HttpRequest) -> HttpResponse:
    """The issuer profile with its public keys (what signatures are checked against)."""
    return _json(services.issuer_profile(), content_type=JSON_LD)


@require_GET
@manager_required
def certificate_admin(request: HttpRequest) -> HttpResponse:
    """Administrators: every certificate, searchable, with a revoke form on each."""
    if not services.can_manage_certificates(request.user):
        raise Http404
    query = request.GET.get("q", "").strip()[:200]
    page = Paginator(selectors.certificates_for_admin(query), ADMIN_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request, "learning/certificates/certificate_admin.html", {"page": page, "query": query}
    )


@require_POST
@manager_required
def certificate_revoke(request: HttpRequest, code: str) -> HttpResponse:
    """Revoke one certificate (the service refuses anyone but an administrator: 404)."""
    if not services.can_manage_certificates(request.user):
        raise Http404
    try:
        certificate = services.revoke_certificate(
            actor=request.user, code=code, reason=request.POST.get("reason", ""), request=request
        )
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Certificate {code} is revoked.").format(code=certificate.code))
    query = request.POST.get("q", "")
    target = reverse("learning:certificate-admin")
    return redirect(f"{target}?{urlencode({'q': query})}" if query else target)
