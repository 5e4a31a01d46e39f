"""RSS 2.0 and Atom 1.0 feeds, for the whole portal and for each section."""

from datetime import datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.news import selectors
from portal.news.models import NewsPage, SectionKind, SectionPage

FEED_SIZE = 30


class LatestNewsFeed(Feed):
    """The newest articles, optionally of one section."""

    def get_object(self, request: HttpRequest, kind: str = "") -> SectionPage | None:
        if not kind:
            return None
        if kind not in SectionKind.values:
            raise Http404(_("No such section"))
        section = selectors.section_for_kind(kind)
        if section is None:
            raise Http404(_("No such section"))
        return section

    def title(self, obj: SectionPage | None) -> str:
        name = settings.WAGTAIL_SITE_NAME
        return f"{obj.title} – {name}" if obj else name

    def link(self, obj: SectionPage | None) -> str:
        return obj.get_full_url() if obj else f"{settings.SITE_URL}/"

    def description(self, obj: SectionPage | None) -> str:
        if obj and obj.intro:
            return obj.intro
        return _("News of the Digital Literacy for All campaign")

    def items(self, obj: SectionPage | None) -> list[NewsPage]:
        articles = selectors.articles_in_section(obj) if obj else selectors.live_articles()
        return list(articles[:FEED_SIZE])

    def item_title(self, item: NewsPage) -> str:
        return item.title

    def item_description(self, item: NewsPage) -> str:
        return item.summary

    def item_link(self, item: NewsPage) -> str:
        return item.get_full_url() or item.url

    def item_pubdate(self, item: NewsPage) -> datetime:
        return timezone.make_aware(datetime.combine(item.published_on, time(7, 0)))

    def item_updateddate(self, item: NewsPage) -> datetime:
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item: NewsPage) -> str:
        return item.author_unit

    def item_categories(self, item: NewsPage) -> list[str]:
        return [tag.name for tag in item.tags.all()]


class LatestNewsAtomFeed(LatestNewsFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj: SectionPage | None) -> str:
        return self.description(obj)
