"""News endpoints: list with filters and search, and one article."""

from datetime import date
from typing import Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from portal.news import selectors

router = Router()

SectionCode = Literal["policies", "activities", "practices", "platforms"]


class NewsFilters(Schema):
    section: SectionCode | None = Field(None, description="Only articles of this section.")
    tag: str | None = Field(None, max_length=100, description="Only articles with this tag slug.")
    q: str | None = Field(
        None, max_length=200, description="Words to search for; diacritics and case are ignored."
    )
    page: int = Field(1, ge=1, le=10_000)
    page_size: int = Field(20, ge=1, le=100)


class NewsItemOut(Schema):
    id: int
    title: str
    slug: str
    url: str
    section: str
    summary: str
    published_on: date
    author_unit: str
    tags: list[str]
    image_url: str | None
    view_count: int


class NewsPageOut(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    items: list[NewsItemOut]


class PolicyOut(Schema):
    document_type: str
    document_number: str
    issuing_body: str
    issued_on: date
    document_url: str | None


class PlatformOut(Schema):
    platform_url: str
    audience: str
    category: str


class NewsDetailOut(NewsItemOut):
    body_html: str
    units: list[str]
    policy: PolicyOut | None
    platform: PlatformOut | None


class ErrorOut(Schema):
    detail: str


def _item(item: selectors.ApiArticle) -> dict[str, object]:
    return {
        "id": item.page.pk,
        "title": item.page.title,
        "slug": item.page.slug,
        "url": item.url,
        "section": item.section,
        "summary": item.page.summary,
        "published_on": item.page.published_on,
        "author_unit": item.page.author_unit,
        "tags": item.tags,
        "image_url": item.image_url,
        "view_count": item.view_count,
    }


@router.get("", response={200: NewsPageOut, 404: ErrorOut}, summary="List news")
def list_news(request: HttpRequest, filters: Query[NewsFilters]) -> dict[str, object]:
    """Published articles, newest first, or best match first when q is given."""
    listing = selectors.api_news_list(
        section=filters.section,
        tag=filters.tag,
        query=filters.q,
        page=filters.page,
        page_size=filters.page_size,
    )
    return {
        "count": listing.count,
        "page": listing.page,
        "page_size": listing.page_size,
        "pages": listing.pages,
        "items": [_item(item) for item in listing.items],
    }


@router.get("/{int:news_id}", response={200: NewsDetailOut, 404: ErrorOut}, summary="One article")
def get_news(request: HttpRequest, news_id: int) -> dict[str, object]:
    """One published article with its body and kind-specific fields."""
    detail = selectors.api_news_detail(news_id=news_id)
    data = _item(detail.article)
    data.update(
        body_html=detail.body_html,
        units=detail.units,
        policy=detail.policy,
        platform=detail.platform,
    )
    return data
