"""Cross-cutting middleware: content security policy and the anonymous page cache."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase

from portal.core import counters

T = TypeVar("T")

ADMIN_PREFIXES = ("/admin/", "/django-admin/", "/api/v1/docs")
_RELAXED = {
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'", "https:"],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, relaxed only for the Wagtail/Django admin and API docs."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        """Return the policy parts, adding inline allowances on admin pages."""
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(ADMIN_PREFIXES):
            parts.replace = {**(parts.replace or {}), **_RELAXED}
        return parts


VERSION_KEY = "pagecache:version"
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "Cache-Control")


@dataclass(frozen=True, slots=True)
class PageCacheHint:
    """Set on a response as ``response.page_cache`` to let anonymous readers get it cached.

    ``counter``/``count_key`` name a registered counter that counts every serve, cached or not.
    """

    counter: str = ""
    count_key: int = 0


def bump_page_cache_version() -> None:
    """Invalidate every cached page at once (called when content is published or removed)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def content_version() -> int:
    """The current content version; it changes whenever published content changes."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return int(version)


def cached_for_content(key: str, build: Callable[[], T]) -> T:
    """Return build()'s result, cached until published content next changes."""
    full_key = f"content:{content_version()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, settings.PAGE_CACHE_SECONDS or 1)
    return value  # type: ignore[no-any-return]


def _cache_key(request: HttpRequest, version: int) -> str:
    host = request.get_host()
    return f"pagecache:{version}:{request.method}:{host}{request.get_full_path()}"


class AnonymousPageCacheMiddleware:
    """Serve public pages from the cache to readers without a session.

    Unlike Django's per-site cache, only responses that opt in (``response.page_cache``) are
    stored, and a hit still counts the view through the page's counter.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        """Answer from the cache when possible, else render and maybe store."""
        if not self._is_cacheable_request(request):
            return self.get_response(request)
        key = _cache_key(request, content_version())
        entry = cache.get(key)
        if entry is not None:
            return self._from_entry(entry)
        response = self.get_response(request)
        hint = getattr(response, "page_cache", None)
        if isinstance(hint, PageCacheHint) and self._is_cacheable_response(response):
            cache.set(key, self._to_entry(response, hint), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _is_cacheable_request(request: HttpRequest) -> bool:
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(ADMIN_PREFIXES)
        )

    @staticmethod
    def _is_cacheable_response(response: HttpResponseBase) -> bool:
        return (
            response.status_code == 200
            and isinstance(response, HttpResponse)
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _to_entry(response: HttpResponseBase, hint: PageCacheHint) -> dict[str, Any]:
        if not isinstance(response, HttpResponse):
            raise TypeError("only complete HttpResponses can be cached")
        headers = {name: response[name] for name in _KEPT_HEADERS if name in response}
        return {
            "content": response.content,
            "headers": headers,
            "counter": hint.counter,
            "count_key": hint.count_key,
        }

    @staticmethod
    def _from_entry(entry: dict[str, Any]) -> HttpResponse:
        if entry["counter"]:
            counters.count(entry["counter"], entry["count_key"])
        response = HttpResponse(entry["content"])
        for name, value in entry["headers"].items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response


class RejectNulMiddleware:
    """Answer 400 to a query string carrying a NUL character.

    No legitimate link has one, and PostgreSQL refuses NUL in text, so letting it reach a query
    would turn hostile input into a server error. Form fields are checked by Django's forms.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            return HttpResponse(
                "Yêu cầu có ký tự không hợp lệ. / The request contains an invalid character.",
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
