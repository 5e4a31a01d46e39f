"""Placeholder; the account pages replace this."""

from typing import Any

from django.http import HttpRequest, HttpResponse


def locked_out(
    request: HttpRequest, credentials: Any = None, *args: Any, **kwargs: Any
) -> HttpResponse:
    """Placeholder."""
    return HttpResponse("locked", status=429)
