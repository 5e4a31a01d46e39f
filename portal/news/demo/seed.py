"""Build the demo portal's pages from content/: sections, articles, static pages."""

import hashlib
import html
import io
from datetime import date, datetime, time
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site

from portal.campaign import selectors as campaign_selectors
from portal.campaign.models import TargetGroup
from portal.news.demo import content, media
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

SECTION_SLUGS: dict[str, str] = {
    SectionKind.POLICIES: "chu-truong-chinh-sach",
    SectionKind.ACTIVITIES: "hoat-dong-trien-khai",
    SectionKind.PRACTICES: "mo-hinh-hay",
    SectionKind.PLATFORMS: "nen-tang-so",
}
ENGLISH_SECTION_TITLES = {
    SectionKind.POLICIES: "Policies and directives",
    SectionKind.ACTIVITIES: "Local activities",
    SectionKind.PRACTICES: "Good models and practices",
    SectionKind.PLATFORMS: "Digital platforms",
}
CATEGORY_CODES = {
    "Dịch vụ công": PlatformCategory.PUBLIC_SERVICES,
    "Định danh điện tử": PlatformCategory.IDENTITY,
    "Y tế": PlatformCategory.HEALTH,
    "Giáo dục": PlatformCategory.EDUCATION,
    "Thanh toán": PlatformCategory.PAYMENTS,
    "Nông nghiệp": PlatformCategory.AGRICULTURE,
    "Thông tin, phản ánh": PlatformCategory.INFORMATION,
}
HOME_TITLE = "Bình dân học vụ số – Phổ cập kỹ năng số cho mọi người dân"
RENDITIONS = (
    "fill-160x160|format-webp",
    "fill-320x320|format-webp",
    "fill-320x180|format-webp",
    "fill-640x360|format-webp",
    "fill-400x225|format-webp",
    "fill-800x450|format-webp",
    "fill-1200x675|format-webp",
)


def stream_blocks(body: list[content.Block]) -> list[dict[str, Any]]:
    """Turn content/'s simple blocks into StreamField data."""
    blocks: list[dict[str, Any]] = []
    for kind, raw in body:
        value: Any = raw
        if kind == "heading":
            blocks.append({"type": "heading", "value": str(value)})
        elif kind == "paragraph":
            text = str(value)
            blocks.append(
                {"type": "paragraph", "value": text if text.startswith("<") else f"<p>{text}</p>"}
            )
        elif kind == "list":
            items = "".join(f"<li>{html.escape(str(item))}</li>" for item in value)
            blocks.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        elif kind == "steps":
            steps = [
                {"title": title, "text": f"<p>{html.escape(text)}</p>", "image": None}
                for title, text in value
            ]
            blocks.append({"type": "steps", "value": {"heading": "", "steps": steps}})
        elif kind == "quote":
            quote, who = value
            blocks.append({"type": "quote", "value": {"quote": quote, "attribution": who}})
    return blocks


def _stable_number(text: str, low: int, high: int) -> int:
    digest = int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)
    return low + digest % (high - low + 1)


def _collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _image(article: content.DemoArticle, collection: Collection) -> Image:
    title = f"Minh hoạ: {article.slug}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        data = media.illustration(article.image_theme, seed=article.slug)
        image = Image(
            title=title,
            collection=collection,
            file=ImageFile(io.BytesIO(data), name=f"{article.slug}.png"),
        )
        image.save()
        image.get_renditions(*RENDITIONS)
    return image


def _document(article: content.DemoArticle, collection: Collection) -> Document:
    title = f"{article.document_type} {article.document_number}".strip()
    document = Document.objects.filter(title=title).first()
    if document is None:
        issued = article.issued_on or article.published_on
        data = media.document_pdf(
            title=article.title,
            document_number=article.document_number,
            issuing_body=article.issuing_body,
            issued_on=f"ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}",
            paragraphs=article.document_text or [article.summary],
        )
        document = Document(title=title, collection=collection, file_size=len(data))
        document.file.save(f"{article.slug}.pdf", ContentFile(data), save=False)
        document.save()
    return document


def _publish(page: Page, published_on: date | None = None) -> None:
    revision = page.save_revision()
    revision.publish()
    if published_on is not None:
        moment = timezone.make_aware(datetime.combine(published_on, time(8, 0)))
        Page.objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)


def _site_root() -> tuple[HomePage, bool]:
    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale).first()
    if home is not None:
        return home, False
    root = Page.get_first_root_node()
    home = HomePage(title=HOME_TITLE, slug="trang-chu", intro=content.HOME_INTRO, locale=locale)
    root.add_child(instance=home)
    _publish(home)
    # Wagtail's migrations leave a "Welcome" page; the campaign home replaces it.
    Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
    return home, True


def _point_site_at(home: HomePage) -> None:
    host, _, port = settings.SITE_URL.split("://", 1)[1].partition(":")
    scheme_port = 443 if settings.SITE_URL.startswith("https") else 80
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = host
    site.port = int(port) if port else scheme_port
    site.root_page = home
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()


def _target_group_descriptions() -> None:
    for code, _name, description, _t25, _t26 in content.TARGET_GROUPS:
        TargetGroup.objects.filter(code=code, description_vi="").update(description_vi=description)


def _section(home: HomePage, kind: str) -> tuple[SectionPage, bool]:
    section = SectionPage.objects.child_of(home).filter(kind=kind).first()
    if section is not None:
        return section, False
    title, intro = content.SECTION_INTROS[kind]
    section = SectionPage(title=title, slug=SECTION_SLUGS[kind], kind=kind, intro=intro)
    home.add_child(instance=section)
    _publish(section)
    return section, True


def _article(
    section: SectionPage, article: content.DemoArticle, collection: Collection
) -> NewsPage | None:
    if Page.objects.child_of(section).filter(slug=article.slug).exists():
        return None
    fields: dict[str, Any] = {
        "title": article.title,
        "slug": article.slug,
        "summary": article.summary,
        "published_on": article.published_on,
        "author_unit": article.author_unit,
        "image": _image(article, collection),
        "image_alt": article.image_alt,
        "body": stream_blocks(article.body),
        "view_count": _stable_number(article.slug, 180, 4200),
    }
    page: NewsPage
    if section.kind == SectionKind.POLICIES:
        page = PolicyPage(
            **fields,
            document_type=article.document_type,
            document_number=article.document_number,
            issuing_body=article.issuing_body,
            issued_on=article.issued_on or article.published_on,
            document=_document(article, collection),
        )
    elif section.kind == SectionKind.PLATFORMS:
        page = PlatformPage(
            **fields,
            platform_url=article.platform_url,
            audience=article.audience,
            category=CATEGORY_CODES.get(article.category, PlatformCategory.PUBLIC_SERVICES),
        )
    else:
        page = NewsPage(**fields)
    section.add_child(instance=page)
    page.tags.add(*article.tags)
    if article.unit_codes:
        units = campaign_selectors.units_valid_on(article.published_on).filter(
            code__in=article.unit_codes
        )
        page.units.set(units)
    page.save()
    _publish(page, article.published_on)
    return page


def _static_page(home: HomePage, slug: str, title: str, summary: str, body: list[Any]) -> bool:
    if Page.objects.child_of(home).filter(slug=slug).exists():
        return False
    page = StandardPage(title=title, slug=slug, summary=summary, body=stream_blocks(body))
    home.add_child(instance=page)
    _publish(page)
    return True


ENGLISH_HOME_INTRO = (
    "Digital Literacy for All is Lào Cai province's campaign to give every resident the basic "
    "digital skills to use public services online, learn, work and stay safe. Most articles are "
    "published in Vietnamese."
)


def _english_tree(home: HomePage) -> int:
    """Translate the home page and sections into English (articles stay in Vietnamese)."""
    english, _created = Locale.objects.get_or_create(language_code="en")
    if home.get_translation_or_none(english) is not None:
        return 0
    created = 0
    english_home = home.copy_for_translation(english)
    english_home.title = "Digital Literacy for All – basic digital skills for every resident"
    english_home.intro = ENGLISH_HOME_INTRO
    _publish(english_home)
    created += 1
    for section in SectionPage.objects.child_of(home):
        translated = section.copy_for_translation(english)
        translated.title = ENGLISH_SECTION_TITLES[SectionKind(section.kind)]
        translated.intro = ""
        _publish(translated)
        created += 1
    return created


@transaction.atomic
def seed_news() -> int:
    """Create the demo home page, sections, articles and static pages; return pages created."""
    home, created_home = _site_root()
    _point_site_at(home)
    _target_group_descriptions()
    collection = _collection("Ảnh và tài liệu minh hoạ")
    created = int(created_home)
    sections: dict[str, SectionPage] = {}
    for kind in SECTION_SLUGS:
        sections[kind], is_new = _section(home, kind)
        created += int(is_new)
    for article in content.ARTICLES:
        if _article(sections[article.section], article, collection) is not None:
            created += 1
    for slug, title, summary, body in content.STATIC_PAGES:
        created += int(_static_page(home, slug, title, summary, body))
    created += _english_tree(home)
    return created
