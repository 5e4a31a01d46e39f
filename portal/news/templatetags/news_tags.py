"""Template tags for the public site's navigation."""

from dataclasses import dataclass
from typing import Any

from django import template
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from portal.core.middleware import cached_for_content
from portal.news import selectors

register = template.Library()

_LANGUAGE_LABELS = {"vi": "Tiếng Việt", "en": "English"}


@dataclass(frozen=True, slots=True)
class Link:
    title: str
    url: str
    is_current: bool = False


@dataclass(frozen=True, slots=True)
class LanguageLink:
    code: str
    label: str
    url: str
    is_current: bool


def _locale_root_url(code: str) -> str:
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


@register.simple_tag(takes_context=True)
def language_links(context: dict[str, Any]) -> list[LanguageLink]:
    """Links to this page in each language, or to that language's home page."""
    current = get_language() or settings.LANGUAGE_CODE
    page = context.get("page")
    translations: dict[str, str] = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.url or ""
    return [
        LanguageLink(
            code=code,
            label=_LANGUAGE_LABELS.get(code, code),
            url=translations.get(code) or _locale_root_url(code),
            is_current=code == current,
        )
        for code, _name in settings.LANGUAGES
    ]


@dataclass(frozen=True, slots=True)
class _MenuItem:
    title: str
    url: str
    path: str


def _active_locale() -> Locale | None:
    """The active language's locale; None in a database not set up yet (no menu, no footer)."""
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None


def _menu_items() -> list[_MenuItem]:
    locale = _active_locale()
    if locale is None:
        return []
    items = []
    home = Page.objects.filter(depth=2, locale=locale).live().first()
    if home is not None:
        items.append(_MenuItem(str(_("Home")), home.url or "/", home.path))
    for section in selectors.sections(locale=locale):
        items.append(_MenuItem(section.title, section.url or "", section.path))
    return items


@register.simple_tag(takes_context=True)
def main_menu(context: dict[str, Any]) -> list[Link]:
    """The home page and the four sections of the active language (cached until a publish)."""
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    items = cached_for_content(f"menu:{get_language()}", _menu_items)
    links = [Link(items[0].title, items[0].url, current_path == items[0].path)] if items else []
    for item in items[1:]:
        is_current = bool(current_path) and current_path.startswith(item.path)
        links.append(Link(item.title, item.url, is_current))
    return links


def _footer_links() -> list[Link]:
    locale = _active_locale()
    if locale is None:
        return []
    return [Link(page.title, page.url or "") for page in selectors.static_pages(locale=locale)]


@register.simple_tag
def footer_pages() -> list[Link]:
    """The static pages (about, contact, accessibility, privacy) of the active language."""
    return cached_for_content(f"footer:{get_language()}", _footer_links)


@register.simple_tag(takes_context=True)
def meta_description(context: dict[str, Any]) -> str:
    """The current page's description for search engines and link previews."""
    page = context.get("page")
    for attribute in ("search_description", "summary", "intro"):
        value = getattr(page, attribute, "")
        if value:
            return str(value)
    return ""
