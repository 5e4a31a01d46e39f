"""Operational endpoints: health check, robots.txt and the benchmark reference view."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.core import selectors


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Report whether the database and the cache answer; 503 when one does not."""
    checks = selectors.health_checks()
    healthy = all(checks.values())
    payload = {"status": "ok" if healthy else "error", "checks": checks}
    return JsonResponse(payload, status=200 if healthy else 503)


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Let crawlers in, keep them out of the admin and search, and point at the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /tim-kiem/",
        "Allow: /",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def bench_hello(request: HttpRequest) -> HttpResponse:
    """The bare reference view that make bench compares real pages against."""
    return HttpResponse("hello", content_type="text/plain")
