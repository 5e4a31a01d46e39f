"""Reads for the news portal: listings, related articles, feeds and search."""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import QueryDict
from wagtail.models import Locale, Page
from wagtail.query import PageQuerySet

from portal.campaign import selectors as campaign_selectors
from portal.core import selectors as core_selectors
from portal.core.domain.text import Segment, search_terms, snippet
from portal.core.exceptions import NotFoundError
from portal.news import models as news_models
from portal.news import services

HOME_ITEMS_PER_SECTION = 4
SECTION_PAGE_SIZE = 12
SEARCH_PAGE_SIZE = 10
RELATED_COUNT = 4


def _locale_id(locale: Locale | int | None) -> int:
    if isinstance(locale, int):
        return locale
    return (locale or Locale.get_active()).pk


def live_articles(*, locale: Locale | int | None = None) -> PageQuerySet:
    """Published articles of every kind in the active (or given) locale, newest first."""
    return (
        news_models.NewsPage.objects.live()
        .public()
        .filter(locale_id=_locale_id(locale))
        .select_related("image")
        .order_by("-published_on", "-pk")
    )


def sections(*, locale: Locale | int | None = None) -> PageQuerySet:
    """The published sections in menu order."""
    return (
        news_models.SectionPage.objects.live()
        .public()
        .filter(locale_id=_locale_id(locale))
        .order_by("path")
    )


def section_for_kind(kind: str) -> "news_models.SectionPage | None":
    """The published section of a kind in the active locale."""
    return sections().filter(kind=kind).first()


def articles_in_section(section: "news_models.SectionPage") -> PageQuerySet:
    """Published articles under a section, newest first.

    A translated section with no articles of its own lists the original section's articles, so
    English readers see the (Vietnamese) news rather than an empty page.
    """
    return _articles_in_section(section, live_articles(locale=section.locale_id))


def _articles_in_section(
    section: "news_models.SectionPage", articles: PageQuerySet
) -> PageQuerySet:
    """Like articles_in_section, reusing a queryset of the section's locale."""
    own = articles.child_of(section)
    if section.locale.language_code == settings.LANGUAGE_CODE or own.exists():
        return own
    original = section.get_translation_or_none(_default_locale())
    if original is None:
        return own
    return live_articles(locale=original.locale_id).child_of(original)


def _default_locale() -> Locale:
    return Locale.get_default()


def home_page_context(*, home: "news_models.HomePage") -> dict[str, Any]:
    """Everything the home page shows besides its own fields."""
    blocks = []
    articles = live_articles(locale=home.locale_id)
    for section in sections(locale=home.locale_id).select_related("locale"):
        items = list(_articles_in_section(section, articles)[:HOME_ITEMS_PER_SECTION])
        blocks.append({"section": section, "articles": items})
    return {
        "section_blocks": blocks,
        "target_groups": list(campaign_selectors.target_groups()),
        "progress": campaign_selectors.progress_summary(),
    }


def section_page_context(
    *, section: "news_models.SectionPage", params: QueryDict
) -> dict[str, Any]:
    """A section's paginated listing, narrowed by tag, unit or platform category."""
    articles = articles_in_section(section)
    tag = params.get("tag", "").strip()
    unit = params.get("unit", "").strip()
    category = params.get("category", "").strip()
    if tag:
        articles = articles.filter(tags__slug=tag)
    active_unit = None
    if unit.isdigit():
        active_unit = campaign_selectors.unit_by_id(int(unit))
        articles = articles.filter(units=active_unit) if active_unit else articles.none()
    if category and section.kind == news_models.SectionKind.PLATFORMS:
        platform_ids = news_models.PlatformPage.objects.filter(category=category).values("pk")
        articles = articles.filter(pk__in=platform_ids)
    page = Paginator(articles.distinct(), SECTION_PAGE_SIZE).get_page(params.get("page"))
    context: dict[str, Any] = {
        "articles": page,
        "active_tag": news_models.ArticleTag.objects.filter(slug=tag).first() if tag else None,
        "active_unit": active_unit,
        "active_category": category,
        "section_tags": section_tags(section=section),
    }
    if section.kind == news_models.SectionKind.PLATFORMS:
        context["categories"] = news_models.PlatformCategory.choices
        context["platforms"] = {
            platform.pk: platform
            for platform in news_models.PlatformPage.objects.filter(
                pk__in=[item.pk for item in page]
            )
        }
    return context


def section_tags(
    *, section: "news_models.SectionPage", limit: int = 12
) -> list["news_models.ArticleTag"]:
    """The tags most used in a section."""
    article_ids = articles_in_section(section).values("pk")
    return list(
        news_models.ArticleTag.objects.filter(tagged_pages__content_object_id__in=article_ids)
        .annotate(uses=Count("tagged_pages"))
        .order_by("-uses", "name")[:limit]
    )


def related_articles(
    *, article: "news_models.NewsPage", limit: int = RELATED_COUNT
) -> list["news_models.NewsPage"]:
    """Articles sharing the most tags with article, then the newest of its section."""
    tag_ids = list(article.tags.values_list("pk", flat=True))
    candidates = live_articles(locale=article.locale_id).exclude(pk=article.pk)
    related: list[news_models.NewsPage] = []
    if tag_ids:
        related = list(
            candidates.filter(tags__in=tag_ids)
            .annotate(shared=Count("tags", filter=Q(tags__in=tag_ids)))
            .order_by("-shared", "-published_on", "-pk")[:limit]
        )
    if len(related) < limit:
        parent = article.get_parent()
        more = candidates.child_of(parent).exclude(pk__in=[item.pk for item in related])
        related.extend(more[: limit - len(related)])
    return related


def article_page_context(*, article: "news_models.NewsPage") -> dict[str, Any]:
    """What an article shows besides its fields: section, tags, units, related, views."""
    return {
        "section": article.get_parent().specific,
        "article_tags": list(article.tags.all()),
        "article_units": list(article.units.all()),
        "related": related_articles(article=article),
        "view_count": article.view_count + services.article_views.pending(article.pk),
    }


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result with its highlighted title and snippet."""

    page: Page
    title: list[Segment]
    snippet: list[Segment]
    section_title: str


@dataclass(frozen=True, slots=True)
class SearchResults:
    """A page of search results."""

    query: str
    terms: list[str]
    total: int
    hits: list[SearchHit]
    page_number: int
    page_count: int
    section: "news_models.SectionPage | None"


def _searchable_pages(section: "news_models.SectionPage | None") -> PageQuerySet:
    # Most articles exist only in Vietnamese, so readers of other languages search those too.
    locales = {Locale.get_active().pk, _default_locale().pk}
    pages = Page.objects.live().public().filter(locale_id__in=locales)
    # Only searchable page types have index entries, so no type filter is needed.
    return pages.descendant_of(section) if section is not None else pages


def search(
    *, query: str, section: "news_models.SectionPage | None" = None, page_number: int = 1
) -> SearchResults:
    """Find pages whose words match every word of query, ignoring diacritics and case."""
    terms = search_terms(query)
    if not terms:
        return SearchResults(query, terms, 0, [], 1, 0, section)
    candidates = _searchable_pages(section)
    page_number = max(1, page_number)
    found = core_selectors.search_page_ids(
        terms=terms,
        candidates=candidates,
        offset=(page_number - 1) * SEARCH_PAGE_SIZE,
        limit=SEARCH_PAGE_SIZE,
    )
    total = found.total
    page_count = max(1, -(-total // SEARCH_PAGE_SIZE))
    if page_number > page_count:
        page_number = page_count
        found = core_selectors.search_page_ids(
            terms=terms,
            candidates=candidates,
            offset=(page_number - 1) * SEARCH_PAGE_SIZE,
            limit=SEARCH_PAGE_SIZE,
        )
    specific = Page.objects.filter(pk__in=found.page_ids).specific().in_bulk()
    ordered = [specific[page_id] for page_id in found.page_ids if page_id in specific]
    parents = _parent_titles(ordered)
    hits = []
    for item in ordered:
        text = item.body_text() if hasattr(item, "body_text") else ""
        hits.append(
            SearchHit(
                page=item,
                title=snippet(item.title, terms, width=400),
                snippet=snippet(text, terms),
                section_title=parents.get(item.pk, ""),
            )
        )
    return SearchResults(query, terms, total, hits, page_number, page_count, section)


def _parent_titles(pages: list[Page]) -> dict[int, str]:
    """Map page id to its section's title, in one query."""
    parent_paths = {page.pk: page.path[: -Page.steplen] for page in pages}
    titles = dict(
        news_models.SectionPage.objects.filter(path__in=set(parent_paths.values())).values_list(
            "path", "title"
        )
    )
    return {pk: titles.get(path, "") for pk, path in parent_paths.items()}


@dataclass(frozen=True, slots=True)
class ApiArticle:
    """An article with what the API shows beside its own fields."""

    page: "news_models.NewsPage"
    url: str
    section: str
    tags: list[str]
    image_url: str | None
    view_count: int


@dataclass(frozen=True, slots=True)
class ApiListing:
    """One page of the API's news list."""

    count: int
    page: int
    page_size: int
    pages: int
    items: list[ApiArticle]


@dataclass(frozen=True, slots=True)
class ApiDetail:
    """One article for the API, with its rendered body and kind-specific fields."""

    article: ApiArticle
    body_html: str
    units: list[str]
    policy: dict[str, Any] | None
    platform: dict[str, Any] | None


def _api_articles(pages: list["news_models.NewsPage"]) -> list[ApiArticle]:
    parents = _parent_kinds(pages)
    tags: dict[int, list[str]] = {page.pk: [] for page in pages}
    for page_id, name in news_models.NewsPageTag.objects.filter(
        content_object_id__in=tags.keys()
    ).values_list("content_object_id", "tag__name"):
        tags[page_id].append(name)
    return [
        ApiArticle(
            page=page,
            url=page.get_full_url() or "",
            section=parents.get(page.pk, ""),
            tags=sorted(tags[page.pk]),
            image_url=page.image.file.url if page.image else None,
            view_count=page.view_count + services.article_views.pending(page.pk),
        )
        for page in pages
    ]


def _parent_kinds(pages: list["news_models.NewsPage"]) -> dict[int, str]:
    parent_paths = {page.pk: page.path[: -Page.steplen] for page in pages}
    kinds = dict(
        news_models.SectionPage.objects.filter(path__in=set(parent_paths.values())).values_list(
            "path", "kind"
        )
    )
    return {pk: kinds.get(path, "") for pk, path in parent_paths.items()}


def api_news_list(
    *, section: str | None, tag: str | None, query: str | None, page: int, page_size: int
) -> ApiListing:
    """Filter and page the published articles for the API; 404 past the last page."""
    articles = live_articles()
    if section:
        section_page = section_for_kind(section)
        if section_page is None:
            return ApiListing(0, page, page_size, 0, [])
        articles = articles.child_of(section_page)
    if tag:
        articles = articles.filter(
            pk__in=news_models.NewsPageTag.objects.filter(tag__slug=tag).values("content_object_id")
        )
    terms = search_terms(query or "")
    start = (page - 1) * page_size
    if terms:
        found = core_selectors.search_page_ids(
            terms=terms, candidates=articles, offset=start, limit=page_size
        )
        count = found.total
        by_id = articles.filter(pk__in=found.page_ids).in_bulk()
        items = [by_id[page_id] for page_id in found.page_ids if page_id in by_id]
    else:
        count = articles.count()
        items = list(articles[start : start + page_size])
    pages = -(-count // page_size)
    if page > max(pages, 1):
        raise NotFoundError(f"Page {page} does not exist; there are {pages} page(s).")
    return ApiListing(count, page, page_size, pages, _api_articles(items))


def api_news_detail(*, news_id: int) -> ApiDetail:
    """One published article for the API, or NotFoundError."""
    page = live_articles().filter(pk=news_id).first()
    if page is None:
        raise NotFoundError(f"No published article has id {news_id}.")
    specific = page.specific
    policy = platform = None
    if isinstance(specific, news_models.PolicyPage):
        policy = {
            "document_type": specific.document_type,
            "document_number": specific.document_number,
            "issuing_body": specific.issuing_body,
            "issued_on": specific.issued_on,
            "document_url": specific.document.url if specific.document else None,
        }
    if isinstance(specific, news_models.PlatformPage):
        platform = {
            "platform_url": specific.platform_url,
            "audience": specific.audience,
            "category": specific.category,
        }
    return ApiDetail(
        article=_api_articles([page])[0],
        body_html=str(specific.body),
        units=[unit.code for unit in specific.units.all()],
        policy=policy,
        platform=platform,
    )


def static_pages(*, locale: Locale | int) -> PageQuerySet:
    """Published static pages (about, contact, accessibility, privacy) in tree order."""
    return (
        news_models.StandardPage.objects.live()
        .public()
        .filter(locale_id=_locale_id(locale))
        .order_by("path")
    )
