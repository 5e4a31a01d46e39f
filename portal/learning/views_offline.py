"""Learning without a connection: the web app manifest, the service worker, the list of what
to save for a course, the page shown when a page was not saved, and the endpoint that
receives progress recorded offline."""

import json
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from portal.accounts.models import User
from portal.learning import selectors
from portal.learning.domain import offline_events
from portal.learning.models import CoursePage, LessonPage
from portal.learning.services import progress

# Cache names the service worker and offline.js share; a new shell version drops the old one.
SHELL_CACHE = "bdhvs-shell-v1"
COURSE_CACHE_PREFIX = "bdhvs-course-"
STATIC_CACHE = "bdhvs-static-v1"
# What every saved page needs to display and work (hashed names in production).
SHELL_ASSETS = (
    "css/site.css",
    "js/site.js",
    "img/logo.svg",
    "img/icon-192.png",
    "learning/lesson.js",
    "learning/offline.js",
    "learning/pwa.js",
)


def _json_error(reason: str, status: int) -> JsonResponse:
    response = JsonResponse({"detail": reason}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _signed_in(request: HttpRequest) -> User | None:
    user = request.user
    return user if isinstance(user, User) and user.is_active else None


@require_GET
def web_manifest(request: HttpRequest) -> HttpResponse:
    """/manifest.webmanifest: lets a phone add the portal to its home screen."""
    with translation.override(settings.LANGUAGE_CODE):
        manifest = {
            "name": settings.WAGTAIL_SITE_NAME,
            "short_name": _("Digital literacy"),
            "description": _("Free courses on digital skills for everyone in the province."),
            "lang": settings.LANGUAGE_CODE,
            "dir": "ltr",
            "start_url": "/hoc/?nguon=pwa",
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#a51d15",
            "icons": [
                {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
                {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
                {
                    "src": static("img/maskable-512.png"),
                    "sizes": "512x512",
                    "type": "image/png",
                    "purpose": "maskable",
                },
                {"src": static("img/logo.svg"), "sizes": "any", "type": "image/svg+xml"},
            ],
        }
    response = HttpResponse(
        json.dumps(manifest, ensure_ascii=False, indent=1),
        content_type="application/manifest+json; charset=utf-8",
    )
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """/sw.js: served from the site root so that its scope covers every page (/hoc/ included).
    Never cached by HTTP, so that a new version reaches phones on their next visit."""
    # One worker for every language: the addresses of the default one (no /en/ prefix).
    with translation.override(settings.LANGUAGE_CODE):
        offline_url = reverse("learning:offline")
        sync_url = reverse("learning:offline-sync")
    config = {
        "shellCache": SHELL_CACHE,
        "staticCache": STATIC_CACHE,
        "coursePrefix": COURSE_CACHE_PREFIX,
        "offlineUrl": offline_url,
        "syncUrl": sync_url,
        "precache": [offline_url, *(static(name) for name in SHELL_ASSETS)],
        "queueScript": static("learning/offline.js"),
    }
    response = render(
        request,
        "learning/offline/sw.js",
        {"config_json": json.dumps(config, ensure_ascii=False)},
        content_type="text/javascript; charset=utf-8",
    )
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache, max-age=0"
    return response


@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """/hoc/ngoai-tuyen/: shown instead of a page that was not saved; lists the saved courses
    (read from the phone's cache by offline.js)."""
    return render(request, "learning/offline/offline_page.html")


@never_cache
@require_GET
def offline_course(request: HttpRequest, course_id: int) -> JsonResponse:
    """What to save to read a course offline: its page, its reading lessons and the files they
    need. Quizzes and interactive activities are listed apart: they need a connection."""
    person = _signed_in(request)
    if person is None:
        return _json_error(_("Sign in to keep courses on your phone."), 401)
    # page_id: a number too large for the database is no course, not an overflow.
    course = CoursePage.objects.live().filter(pk=offline_events.page_id(course_id)).first()
    if course is None:
        return _json_error(_("This course is not available."), 404)
    if selectors.enrolment_of(person, course) is None:
        return _json_error(_("Enrol in the course first, so that your progress is saved."), 403)
    lessons = selectors.lessons_of(course)
    pages: list[dict[str, Any]] = [
        {"url": course.get_url(request), "title": course.title, "kind": "course"}
    ]
    online_only: list[dict[str, Any]] = []
    for lesson in lessons:
        item = {"url": lesson.get_url(request), "title": lesson.title, "id": lesson.pk}
        if isinstance(lesson, LessonPage):
            pages.append({**item, "kind": "lesson"})
        else:
            online_only.append({**item, "kind": getattr(lesson, "lesson_kind", "lesson")})
    return JsonResponse(
        {
            "course": {"id": course.pk, "title": course.title, "url": course.get_url(request)},
            "cache": f"{COURSE_CACHE_PREFIX}{course.pk}",
            "pages": pages,
            "assets": [static(name) for name in SHELL_ASSETS],
            "online_only": online_only,
            "generated_at": timezone.now().isoformat(),
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_POST
def offline_sync(request: HttpRequest) -> JsonResponse:
    """/hoc/dong-bo/: progress recorded offline, as JSON {"events": [...]}. Answers which
    events were accepted (applied now, or already before) so that the phone can forget them."""
    person = _signed_in(request)
    if person is None:
        return _json_error(_("Sign in to send your progress."), 401)
    try:
        payload = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        return _json_error(_("The request is not valid JSON."), 400)
    events = payload.get("events") if isinstance(payload, dict) else None
    if not isinstance(events, list):
        return _json_error(_('Send {"events": [...]}, a list of events.'), 400)
    translated = [offline_events.service_event(event) for event in events]
    report = progress.sync_offline_events(person=person, events=translated)
    response = JsonResponse(
        {
            "applied": report.applied,
            "duplicates": report.duplicates,
            "accepted": offline_events.accepted_ids(translated, report.rejected),
            "rejected": report.rejected,
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store"
    return response
