"""Template helpers used across the public site."""

from typing import Any

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from portal.core.domain.text import Segment

register = template.Library()


@register.simple_tag
def highlighted(segments: list[Segment]) -> SafeString:
    """Render highlight segments as escaped text with <mark> around matches."""
    return format_html_join(
        "",
        "{}",
        ((format_html("<mark>{}</mark>", s.text) if s.is_match else s.text,) for s in segments),
    )


@register.filter
def thousands(value: int | None) -> str:
    """Group an integer's thousands as the active language does (12.345 in Vietnamese)."""
    return number_format(value or 0, force_grouping=True)


@register.simple_tag(takes_context=True)
def query_with(context: dict[str, Any], **changes: object) -> str:
    """The current query string with some parameters replaced (for pagination links)."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        params[name] = str(value)
    return params.urlencode()


@register.filter
def get_item(mapping: dict[Any, Any], key: Any) -> Any:
    """Look a key up in a dict from a template."""
    return mapping.get(key)
