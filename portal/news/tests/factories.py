"""Builders for portal pages in tests (Wagtail pages must be inserted into the tree)."""

from datetime import date
from typing import Any

import factory
from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from portal.news.models import (
    HomePage,
    NewsPage,
    PlatformCategory,
    PlatformPage,
    PolicyPage,
    SectionKind,
    SectionPage,
    StandardPage,
)

SECTION_TITLES = {
    SectionKind.POLICIES: ("Chủ trương, chính sách", "chu-truong-chinh-sach"),
    SectionKind.ACTIVITIES: ("Hoạt động triển khai", "hoat-dong-trien-khai"),
    SectionKind.PRACTICES: ("Mô hình hay, cách làm hiệu quả", "mo-hinh-hay"),
    SectionKind.PLATFORMS: ("Nền tảng số", "nen-tang-so"),
}


def publish(page: Page) -> Page:
    """Publish a page's latest state and return it fresh from the database."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def _wagtail_roots() -> Page:
    """The root page and collection that Wagtail's migrations make (transactional tests flush
    them, so recreate them when missing)."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


def build_site() -> dict[str, Any]:
    """A published home page with the four sections, served as the default site."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = _wagtail_roots()
    home = HomePage(title="Bình dân học vụ số", slug="trang-chu", intro="Phổ cập kỹ năng số.")
    root.add_child(instance=home)
    home = publish(home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home, "site_name": "BDHVS"},
    )
    sections = {}
    for kind, (title, slug) in SECTION_TITLES.items():
        section = SectionPage(title=title, slug=slug, kind=kind, intro=f"Giới thiệu {title}")
        home.add_child(instance=section)
        sections[kind] = publish(section)
    return {"home": home, "sections": sections}


class NewsPageFactory(factory.Factory):
    """Build (not save) an article; insert it with add_article."""

    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Tin hoạt động số {n}")
    slug = factory.Sequence(lambda n: f"tin-hoat-dong-so-{n}")
    summary = "Người dân được hướng dẫn sử dụng dịch vụ công trực tuyến."
    published_on = date(2025, 9, 15)
    author_unit = "UBND tỉnh"
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Nội dung bài viết về chuyển đổi số.</p>"}]
    )


def add_article(
    section: SectionPage,
    *,
    live: bool = True,
    tags: tuple[str, ...] = (),
    page_class: type[NewsPage] = NewsPage,
    **fields: Any,
) -> NewsPage:
    """Insert an article under section, published unless live is False."""
    defaults = dict(vars(NewsPageFactory.stub()))
    defaults.update(fields)
    if page_class is PolicyPage:
        defaults.setdefault("document_number", "01/KH-UBND")
        defaults.setdefault("issuing_body", "UBND tỉnh")
        defaults.setdefault("issued_on", date(2025, 4, 1))
    if page_class is PlatformPage:
        defaults.setdefault("platform_url", "https://dichvucong.gov.vn")
        defaults.setdefault("audience", "Mọi người dân")
        defaults.setdefault("category", PlatformCategory.PUBLIC_SERVICES)
    page = page_class(**defaults)
    page.live = False
    section.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
        page.save()
    if live:
        return publish(page)
    page.save_revision()
    return page


def add_static_page(home: HomePage, *, title: str, slug: str, text: str) -> StandardPage:
    """Insert and publish a static page under home."""
    page = StandardPage(
        title=title,
        slug=slug,
        summary=text,
        body=[{"type": "paragraph", "value": f"<p>{text}</p>"}],
    )
    home.add_child(instance=page)
    return publish(page)
