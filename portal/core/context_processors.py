"""Template context shared by every public page."""

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, object]:
    """Expose the site's public address and name to templates."""
    return {"SITE_URL": settings.SITE_URL, "SITE_NAME": settings.WAGTAIL_SITE_NAME}
