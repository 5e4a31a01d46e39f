"""SCORM at run time (the package's files in a sandboxed frame, commits from the player) and
the package upload form of the Wagtail admin."""

import json
import mimetypes
import re
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    JsonResponse,
)
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.html import json_script
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.accounts.models import User
from portal.core.exceptions import DomainError, NotFoundError, PermissionDeniedError
from portal.learning import selectors
from portal.learning.models import CoursePage, ScormLessonPage
from portal.learning.services import scorm

# The frame's document gets an opaque origin (no allow-same-origin): it cannot read the portal's
# cookies, storage or DOM. Packages routinely use inline scripts and eval, so those are allowed
# inside the sandbox only.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "sandbox allow-scripts allow-forms allow-popups",
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "media-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".xsd": "application/xml",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".ogg": "audio/ogg",
    ".wav": "audio/wav",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".vtt": "text/vtt; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
}
_HEAD = re.compile(rb"<head(?:\s[^>]*)?>", re.IGNORECASE)
_HTML = re.compile(rb"<html(?:\s[^>]*)?>", re.IGNORECASE)
_DOCTYPE = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?<!doctype[^>]*>", re.IGNORECASE)
MAX_COMMIT_BYTES = 512 * 1024


def _person(request: HttpRequest) -> User | None:
    return request.user if isinstance(request.user, User) else None


def _lesson(request: HttpRequest, lesson_id: int) -> ScormLessonPage:
    """A live SCORM lesson the visitor may see, or one an editor is previewing."""
    lesson = ScormLessonPage.objects.select_related("package").filter(pk=lesson_id).first()
    if lesson is None:
        raise Http404
    if not lesson.live and not lesson.permissions_for_user(request.user).can_edit():
        raise Http404
    for restriction in lesson.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Http404
    return lesson


def _content_type(path: str) -> str:
    extension = ("." + path.rsplit(".", 1)[-1].lower()) if "." in path else ""
    return (
        CONTENT_TYPES.get(extension) or mimetypes.guess_type(path)[0] or "application/octet-stream"
    )


def _inject(html: bytes, state: dict[str, object]) -> bytes:
    """Put the saved state and the API shim first in <head>, before any of the SCO's scripts."""
    tags = (
        json_script(state, "scorm-initial-state")
        + f'<script src="{static("learning/scorm-shim.js")}"></script>'
    ).encode()
    for pattern in (_HEAD, _HTML, _DOCTYPE):
        match = pattern.search(html)
        if match:
            return html[: match.end()] + tags + html[match.end() :]
    return tags + html


def _protect(response: HttpResponseBase) -> HttpResponseBase:
    response["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "same-origin"
    return response


@require_safe
def content(request: HttpRequest, lesson_id: int, path: str) -> HttpResponseBase:
    """A file of the lesson's package, sandboxed; HTML pages get the run-time API shim."""
    lesson = _lesson(request, lesson_id)
    name = scorm.package_file_name(lesson, path)
    if name is None or not default_storage.exists(name):
        raise Http404
    content_type = _content_type(path)
    if content_type.startswith("text/html"):
        with default_storage.open(name) as stored:
            html = stored.read()
        state = scorm.launch_state(person=_person(request), lesson=lesson)
        response: HttpResponseBase = HttpResponse(_inject(html, state), content_type=content_type)
        response["Cache-Control"] = "private, no-store"
    else:
        response = FileResponse(default_storage.open(name), content_type=content_type)
        response["Cache-Control"] = "private, max-age=3600"
        # The frame's origin is opaque, so its own XHR/fetch of package files is cross-origin.
        response["Access-Control-Allow-Origin"] = "*"
    return _protect(response)


@require_POST
def commit(request: HttpRequest, lesson_id: int) -> JsonResponse:
    """The player posts what the SCO committed: {sequence, session, finished, cmi}."""
    person = _person(request)
    if person is None:
        return JsonResponse(
            {"saved": False, "error": _("Sign in to save your progress.")}, status=401
        )
    lesson = ScormLessonPage.objects.select_related("package").filter(pk=lesson_id).first()
    if lesson is None:
        raise Http404
    body = _body(request)
    if body is None:
        return JsonResponse({"saved": False, "error": _("The data sent is not valid.")}, status=400)
    try:
        result = scorm.commit_runtime(
            person=person,
            lesson=lesson,
            sequence=int(body.get("sequence") or 0),
            cmi=body["cmi"],
            session=str(body.get("session") or ""),
            is_final=bool(body.get("finished")),
        )
    except NotFoundError as error:
        return JsonResponse({"saved": False, "error": str(error)}, status=404)
    except PermissionDeniedError as error:
        return JsonResponse({"saved": False, "error": str(error)}, status=403)
    except DomainError as error:
        return JsonResponse({"saved": False, "error": str(error)}, status=409)
    return JsonResponse(
        {
            "saved": True,
            "applied": result.is_applied,
            "sequence": result.state.last_sequence,
            "completion_status": result.state.completion_status,
            "success_status": result.state.success_status,
            "is_done": result.is_lesson_done,
        }
    )


def _body(request: HttpRequest) -> dict[str, Any] | None:
    if len(request.body) > MAX_COMMIT_BYTES:
        return None
    text = request.POST.get("payload") if request.POST else request.body.decode("utf-8", "replace")
    try:
        body = json.loads(text or "")
    except ValueError:
        return None
    if not isinstance(body, dict) or not isinstance(body.get("cmi"), dict):
        return None
    try:
        int(body.get("sequence") or 0)
    except (TypeError, ValueError):
        return None
    return body


# Wagtail admin -----------------------------------------------------------------------------


def can_import(user: Any) -> bool:
    """Editors and administrators: people who may add pages somewhere in the site."""
    if not user.is_authenticated or not user.is_active:
        return False
    return bool(user.is_superuser or PagePermissionPolicy().user_has_permission(user, "add"))


class PackageForm(forms.Form):
    package = forms.FileField(
        label=gettext_lazy("SCORM package (.zip)"),
        help_text=gettext_lazy("SCORM 1.2 or SCORM 2004, with imsmanifest.xml at the top level."),
    )
    course = forms.ModelChoiceField(
        label=gettext_lazy("Add to the course"),
        queryset=CoursePage.objects.order_by("title"),
        required=False,
        empty_label=gettext_lazy("A new course, named after the package"),
    )


def _target(user: Any, course: CoursePage | None) -> Page | None:
    return course or selectors.catalog_page()


@require_http_methods(["GET", "POST"])
def admin_import(request: HttpRequest) -> HttpResponse:
    """Upload a package in the Wagtail admin."""
    if not can_import(request.user):
        raise PermissionDenied
    form = PackageForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        course = form.cleaned_data["course"]
        target = _target(request.user, course)
        permissions = target.permissions_for_user(request.user) if target else None
        if permissions is None or not permissions.can_add_subpage():
            form.add_error("course", _("You may not add pages to this course."))
        else:
            upload = form.cleaned_data["package"]
            try:
                result = scorm.import_package(
                    data=upload,
                    filename=upload.name,
                    course=course,
                    uploaded_by=_person(request),
                    publish=permissions.can_publish_subpage(),
                )
            except DomainError as error:
                form.add_error("package", str(error))
            else:
                if not result.created:
                    messages.info(request, _("This package was already imported here."))
                else:
                    messages.success(
                        request,
                        _("Imported “%(title)s”: %(count)s lesson(s).")
                        % {"title": result.package.title, "count": len(result.lessons)},
                    )
                return redirect("wagtailadmin_explore", result.module.pk)
    return render(request, "learning/scorm/admin_import.html", {"form": form})
