"""Wagtail pages of the public portal: home, sections, articles and static pages."""

from typing import Any, ClassVar

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core.domain.text import slugify_vi
from portal.core.middleware import PageCacheHint
from portal.news import selectors, services
from portal.news.blocks import BodyBlock, plain_text


class SectionKind(models.TextChoices):
    POLICIES = "policies", _("Policies and directives")
    ACTIVITIES = "activities", _("Local activities")
    PRACTICES = "practices", _("Innovative models and best practices")
    PLATFORMS = "platforms", _("Digital platforms")


class CachedPageMixin:
    """Lets anonymous readers get the page from the page cache (see core.middleware)."""

    def page_cache_hint(self) -> PageCacheHint:
        return PageCacheHint()

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().serve(request, *args, **kwargs)  # type: ignore[misc]
        response.page_cache = self.page_cache_hint()
        return response


class HomePage(CachedPageMixin, Page):
    """The campaign's front page."""

    intro = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels: ClassVar = [*Page.content_panels, FieldPanel("intro"), FieldPanel("hero_image")]
    subpage_types: ClassVar = ["news.SectionPage", "news.StandardPage", "learning.CatalogPage"]
    parent_page_types: ClassVar = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.home_page_context(home=self))
        return context


class SectionPage(CachedPageMixin, Page):
    """One of the four news sections; lists its articles newest first."""

    kind = models.CharField(_("section kind"), max_length=20, choices=SectionKind.choices)
    intro = models.TextField(_("introduction"), blank=True)

    content_panels: ClassVar = [*Page.content_panels, FieldPanel("kind"), FieldPanel("intro")]
    subpage_types: ClassVar = ["news.NewsPage", "news.PolicyPage", "news.PlatformPage"]
    parent_page_types: ClassVar = ["news.HomePage"]

    class Meta:
        verbose_name = _("section")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.section_page_context(section=self, params=request.GET))
        return context


class ArticleTag(TagBase):
    """A topic tag whose slug has no diacritics ("Lừa đảo" -> "lua-dao")."""

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def slugify(self, tag: str, i: int | None = None) -> str:
        """ASCII slug, with a number appended when taken."""
        slug = slugify_vi(tag, max_length=90) or "tag"
        return f"{slug}-{i}" if i is not None else slug


class NewsPageTag(ItemBase):
    tag = models.ForeignKey(ArticleTag, related_name="tagged_pages", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(CachedPageMixin, Page):
    """An article: local activities and best practices use it as is; other kinds extend it."""

    summary = models.TextField(_("summary"), max_length=400)
    published_on = models.DateField(_("date"), default=timezone.localdate)
    author_unit = models.CharField(_("author unit"), max_length=200, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("cover image description"), max_length=250, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    units = ParentalManyToManyField(
        "campaign.AdministrativeUnit",
        blank=True,
        verbose_name=_("administrative units"),
        related_name="news_pages",
    )
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)

    section_kinds: ClassVar[tuple[str, ...]] = (SectionKind.ACTIVITIES, SectionKind.PRACTICES)

    content_panels: ClassVar = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("published_on"), FieldPanel("author_unit"), FieldPanel("tags")],
            heading=_("About the article"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Cover image")),
        FieldPanel("units"),
        FieldPanel("body"),
    ]
    search_fields: ClassVar = [*Page.search_fields, index.FilterField("published_on")]
    parent_page_types: ClassVar = ["news.SectionPage"]
    subpage_types: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("article")
        ordering: ClassVar = ["-published_on", "-pk"]

    @classmethod
    def can_create_at(cls, parent: Page) -> bool:
        """Each kind of article may only be created in a section of its kind."""
        specific = parent.specific_deferred
        return super().can_create_at(parent) and (
            isinstance(specific, SectionPage) and specific.kind in cls.section_kinds
        )

    def body_text(self) -> str:
        """The summary and body as plain words."""
        return f"{self.summary} {plain_text(self.body)}"

    def search_document(self) -> tuple[str, str]:
        """Title and searchable text for the public search (portal.core.services)."""
        tags = " ".join(tag.name for tag in self.tags.all())
        units = " ".join(unit.name for unit in self.units.all())
        return (
            self.title,
            f"{self.body_text()} {tags} {units} {self.author_unit} {self.extra_search_text()}",
        )

    def extra_search_text(self) -> str:
        """Kind-specific words to search besides the body."""
        return ""

    def page_cache_hint(self) -> PageCacheHint:
        return PageCacheHint(counter=services.VIEW_COUNTER, count_key=self.pk)

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not getattr(request, "is_preview", False):
            services.record_article_view(page_id=self.pk)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.article_page_context(article=self))
        return context


class PolicyPage(NewsPage):
    """A policy or directive, with its official document attached."""

    document_type = models.CharField(_("document type"), max_length=60, blank=True)
    document_number = models.CharField(_("document number"), max_length=60)
    issuing_body = models.CharField(_("issuing body"), max_length=200)
    issued_on = models.DateField(_("date issued"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    section_kinds: ClassVar[tuple[str, ...]] = (SectionKind.POLICIES,)
    content_panels: ClassVar = [
        *NewsPage.content_panels[:2],
        MultiFieldPanel(
            [
                FieldPanel("document_type"),
                FieldPanel("document_number"),
                FieldPanel("issuing_body"),
                FieldPanel("issued_on"),
                FieldPanel("document"),
            ],
            heading=_("Official document"),
        ),
        *NewsPage.content_panels[2:],
    ]

    class Meta:
        verbose_name = _("policy document")

    def extra_search_text(self) -> str:
        """Number and issuing body, so "757 qd bkhcn" finds the decision."""
        return f"{self.document_type} {self.document_number} {self.issuing_body}"


class PlatformCategory(models.TextChoices):
    PUBLIC_SERVICES = "public-services", _("Public services")
    IDENTITY = "identity", _("Digital identity")
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("Education")
    PAYMENTS = "payments", _("Payments")
    AGRICULTURE = "agriculture", _("Agriculture")
    INFORMATION = "information", _("Information and feedback")


class PlatformPage(NewsPage):
    """A directory entry for a digital platform or public service, with a how-to guide."""

    platform_url = models.URLField(_("address"))
    audience = models.CharField(_("who it serves"), max_length=300)
    category = models.CharField(_("category"), max_length=30, choices=PlatformCategory.choices)

    section_kinds: ClassVar[tuple[str, ...]] = (SectionKind.PLATFORMS,)
    content_panels: ClassVar = [
        *NewsPage.content_panels[:2],
        MultiFieldPanel(
            [FieldPanel("platform_url"), FieldPanel("audience"), FieldPanel("category")],
            heading=_("Platform"),
        ),
        *NewsPage.content_panels[2:],
    ]

    class Meta:
        verbose_name = _("digital platform")

    def extra_search_text(self) -> str:
        """Audience, category and address."""
        return f"{self.audience} {self.get_category_display()} {self.platform_url}"


class StandardPage(CachedPageMixin, Page):
    """A static page: about the campaign, contact, accessibility, privacy."""

    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels: ClassVar = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    parent_page_types: ClassVar = ["news.HomePage"]
    subpage_types: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("static page")

    def body_text(self) -> str:
        """The summary and body as plain words."""
        return f"{self.summary} {plain_text(self.body)}"

    def search_document(self) -> tuple[str, str]:
        """Title and searchable text for the public search (portal.core.services)."""
        return self.title, self.body_text()
