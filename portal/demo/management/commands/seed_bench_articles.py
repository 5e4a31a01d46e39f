"""python manage.py seed_bench_articles N: add demo-like articles until N are live (for make bench).

Articles are recombined from the hand-written demo content (titles, summary sentences and body
sections of articles of the same section and period), numbered so that slugs stay unique.

Adding pages one by one through ``add_child`` and ``save_revision().publish()`` costs about
100 ms each (validation, a revision, log entries, a search-index refresh that rescans the whole
index, reference-index updates, cache invalidation). Here each page is still saved through
Wagtail's ``Page.save`` at a tree path computed in advance, but validation is skipped (the data
is known to be valid), revisions, tags and units are inserted in bulk, the reference index is
updated directly, and both search indexes are fed once per batch (Wagtail's ``add_bulk`` and
``portal.core.services.index_pages``).
"""

import random
import time
from argparse import ArgumentParser
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.utils import timezone
from taggit.models import TagBase
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backend
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

from portal.campaign import selectors as campaign_selectors
from portal.campaign.models import AdministrativeUnit
from portal.core import services as core_services
from portal.core.middleware import bump_page_cache_version
from portal.core.models import SearchEntry
from portal.news.demo import content
from portal.news.demo.seed import CATEGORY_CODES, stream_blocks
from portal.news.models import (
    HomePage,
    NewsPage,
    NewsPageTag,
    PlatformCategory,
    PlatformPage,
    PolicyPage,
    SectionKind,
    SectionPage,
)

BATCH_SIZE = 500
# Demo items dated before the 2025 merger speak of Yên Bái; later ones of Lào Cai.
MERGER_DAY = date(2025, 7, 1)
TITLE_SEPARATORS = (": ", " \u2013 ")

Section = tuple[str, bool]  # (section kind, published after the merger)


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of body blocks: the intro, or one heading with what follows it."""

    blocks: tuple[content.Block, ...]


def _chunks(body: Sequence[content.Block]) -> list[Chunk]:
    """Cut an article body at its headings."""
    chunks: list[list[content.Block]] = [[]]
    for block in body:
        if block[0] == "heading" and chunks[-1]:
            chunks.append([])
        chunks[-1].append(block)
    return [Chunk(tuple(blocks)) for blocks in chunks if blocks]


def _sentences(text: str) -> list[str]:
    """Split a summary into sentences (Vietnamese uses the same full stops as English)."""
    parts = [part.strip() for part in text.replace("? ", "?. ").split(". ")]
    return [part if part.endswith((".", "?", "!")) else f"{part}." for part in parts if part]


def _title_parts(title: str) -> tuple[str, str] | None:
    for separator in TITLE_SEPARATORS:
        head, found, tail = title.partition(separator)
        if found and head and tail:
            return head, f"{separator}{tail}"
    return None


class Recombiner:
    """Makes new articles from the demo articles of the same section and period."""

    def __init__(self, articles: Sequence[content.DemoArticle]) -> None:
        self.pools: dict[Section, list[content.DemoArticle]] = defaultdict(list)
        for article in articles:
            self.pools[(article.section, article.published_on >= MERGER_DAY)].append(article)
        self.date_ranges: dict[bool, tuple[date, date]] = {}
        for after in (False, True):
            days = [article.published_on for article in articles]
            era = [day for day in days if (day >= MERGER_DAY) == after]
            self.date_ranges[after] = (min(era), max(era)) if era else (min(days), max(days))

    def article(self, *, number: int, kind: str) -> tuple[content.DemoArticle, dict[str, Any]]:
        """The source article and the page fields of bench article number, in section kind."""
        rng = random.Random(number)  # noqa: S311 - reproducible text, not secrets
        eras = [after for after in (False, True) if self.pools[(kind, after)]]
        after = rng.choice(eras)
        pool = self.pools[(kind, after)]
        source = rng.choice(pool)
        others = [article for article in pool if article is not source] or [source]
        second = rng.choice(others)
        first_day, last_day = self.date_ranges[after]
        published_on = first_day + timedelta(days=rng.randint(0, (last_day - first_day).days))
        fields = {
            "title": f"{self._title(source, second, rng)} (bài {number})",
            "slug": f"{source.slug}-{number}",
            "summary": self._summary(source, second),
            "published_on": published_on,
            "author_unit": rng.choice([source.author_unit, second.author_unit]),
            "image_alt": source.image_alt,
            "body": stream_blocks(self._body(source, others, rng)),
            "view_count": rng.randint(0, 900),
        }
        return source, fields

    @staticmethod
    def _title(source: content.DemoArticle, other: content.DemoArticle, rng: random.Random) -> str:
        head, tail = _title_parts(source.title), _title_parts(other.title)
        if head and tail and rng.random() < 0.5:
            return f"{head[0]}{tail[1]}"
        return source.title

    @staticmethod
    def _summary(source: content.DemoArticle, other: content.DemoArticle) -> str:
        sentences = _sentences(source.summary)[:1] + _sentences(other.summary)[-1:]
        text = " ".join(dict.fromkeys(sentences))
        return text if len(text) <= 400 else source.summary

    @staticmethod
    def _body(
        source: content.DemoArticle, others: list[content.DemoArticle], rng: random.Random
    ) -> list[content.Block]:
        own = _chunks(source.body)
        borrowed = [
            chunk
            for article in rng.sample(others, min(2, len(others)))
            for chunk in _chunks(article.body)[1:]
        ]
        kept = own[:1] + rng.sample(own[1:], max(1, len(own) - 2)) if len(own) > 1 else own
        extra = rng.sample(borrowed, min(len(borrowed), rng.randint(1, 2)))
        return [block for chunk in [*kept, *extra] for block in chunk.blocks]


@contextmanager
def _search_auto_update_paused(page_models: Sequence[type[Page]]) -> Iterator[None]:
    """Stop per-save search indexing (each one rescans the whole index); add_bulk follows."""
    disconnected = [
        model
        for model in page_models
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


class Command(BaseCommand):
    help = "Add recombined demo articles until the site has at least N live articles."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("count", type=int, help="How many live articles the site should have.")
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help="Articles per transaction."
        )

    def handle(self, *args: object, **options: object) -> None:
        wanted, batch_size = options["count"], options["batch_size"]
        if not isinstance(wanted, int) or not isinstance(batch_size, int) or batch_size < 1:
            raise CommandError("count and --batch-size must be whole numbers, batch size >= 1.")
        if not HomePage.objects.exists():
            call_command("seed_demo", stdout=self.stdout, stderr=self.stderr)
        existing = NewsPage.objects.live().count()
        missing = wanted - existing
        if missing <= 0:
            if SearchEntry.objects.count() < existing:
                # A database seeded before the full-text index existed: fill it once.
                core_services.rebuild_search_index()
            self.stdout.write(f"{existing} live articles already; nothing to add.")
            return
        seeder = _Seeder(self._sections())
        started = time.monotonic()
        added = 0
        with (
            _search_auto_update_paused([NewsPage, PolicyPage, PlatformPage]),
            disable_reference_index_auto_update(),
        ):
            while added < missing:
                added += seeder.add_batch(min(batch_size, missing - added))
                rate = added / max(time.monotonic() - started, 1e-6)
                self.stdout.write(f"  {added}/{missing} articles ({rate:.0f}/s)")
        bump_page_cache_version()
        if connection.vendor == "postgresql":
            # Fresh planner statistics: a bulk load leaves the tables looking empty.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Added {added} articles in {elapsed:.1f} s; {existing + added} live articles now."
        )

    @staticmethod
    def _sections() -> dict[str, SectionPage]:
        home = (
            HomePage.objects.filter(locale__language_code="vi").first() or HomePage.objects.first()
        )
        sections = {section.kind: section for section in SectionPage.objects.child_of(home)}
        if not sections:
            raise CommandError("The home page has no sections; run seed_demo first.")
        return sections


class _Seeder:
    """Inserts bench articles batch by batch, keeping the page tree, revisions and index right."""

    def __init__(self, sections: dict[str, SectionPage]) -> None:
        self.sections = sections
        self.kinds = [kind for kind in SectionKind.values if kind in sections]
        self.recombiner = Recombiner(content.ARTICLES)
        self.slugs = {
            section.pk: set(Page.objects.child_of(section).values_list("slug", flat=True))
            for section in sections.values()
        }
        self.next_step = {section.pk: self._last_step(section) + 1 for section in sections.values()}
        self.number = NewsPage.objects.count() + 1
        self.images = {
            image.title: image for image in Image.objects.filter(title__startswith="Minh hoạ: ")
        }
        self.documents = {document.title: document for document in Document.objects.all()}
        tag_model = NewsPageTag._meta.get_field("tag").related_model
        if not (isinstance(tag_model, type) and issubclass(tag_model, TagBase)):
            raise CommandError(f"Unexpected tag model {tag_model!r}.")
        self.tag_model: type[TagBase] = tag_model
        self.tags = {tag.name.lower(): tag for tag in self.tag_model._default_manager.all()}
        self.units: dict[bool, dict[str, AdministrativeUnit]] = {
            after: {
                unit.code: unit
                for unit in campaign_selectors.units_valid_on(
                    MERGER_DAY if after else MERGER_DAY - timedelta(days=1)
                )
            }
            for after in (False, True)
        }

    @staticmethod
    def _last_step(section: SectionPage) -> int:
        last = Page.objects.child_of(section).order_by("-path").values_list("path", flat=True)
        path = last.first()
        return Page._str2int(path[-Page.steplen :]) if path else 0

    def add_batch(self, size: int) -> int:
        """Insert size articles in one transaction; return how many were added."""
        with transaction.atomic():
            pages: list[NewsPage] = []
            sources: list[content.DemoArticle] = []
            for _ in range(size):
                source, page = self._build()
                page.save(clean=False)
                pages.append(page)
                sources.append(source)
            self._relations(pages, sources)
            self._publish(pages)
            for page in pages:
                ReferenceIndex.create_or_update_for_object(page)
            for section in self.sections.values():
                Page.objects.filter(pk=section.pk).update(
                    numchild=Page.objects.child_of(section).count()
                )
            self._index(pages)
        return len(pages)

    def _build(self) -> tuple[content.DemoArticle, NewsPage]:
        while True:
            number, self.number = self.number, self.number + 1
            kind = self.kinds[number % len(self.kinds)]
            section = self.sections[kind]
            source, fields = self.recombiner.article(number=number, kind=kind)
            if fields["slug"] not in self.slugs[section.pk]:
                break
        self.slugs[section.pk].add(fields["slug"])
        moment = timezone.make_aware(
            datetime.combine(fields["published_on"], clock(7 + number % 10, number % 60))
        )
        fields.update(
            image=self.images.get(f"Minh hoạ: {source.slug}"),
            draft_title=fields["title"],
            locale_id=section.locale_id,
            live=True,
            has_unpublished_changes=False,
            first_published_at=moment,
            last_published_at=moment,
        )
        page = self._page_of_kind(kind, source, fields)
        step = self.next_step[section.pk]
        self.next_step[section.pk] = step + 1
        page.depth = section.depth + 1
        page.path = Page._get_path(section.path, page.depth, step)
        page.numchild = 0
        page._cached_parent_obj = section
        return source, page

    def _page_of_kind(
        self, kind: str, source: content.DemoArticle, fields: dict[str, Any]
    ) -> NewsPage:
        if kind == SectionKind.POLICIES:
            title = f"{source.document_type} {source.document_number}".strip()
            return PolicyPage(
                **fields,
                document_type=source.document_type,
                document_number=source.document_number or "—",
                issuing_body=source.issuing_body or source.author_unit,
                issued_on=source.issued_on or source.published_on,
                document=self.documents.get(title),
            )
        if kind == SectionKind.PLATFORMS:
            return PlatformPage(
                **fields,
                platform_url=source.platform_url or "https://dichvucong.gov.vn",
                audience=source.audience,
                category=CATEGORY_CODES.get(source.category, PlatformCategory.PUBLIC_SERVICES),
            )
        return NewsPage(**fields)

    def _tag(self, name: str) -> TagBase:
        tag = self.tags.get(name.lower())
        if tag is None:
            tag = self.tag_model(name=name)
            tag.save()
            self.tags[name.lower()] = tag
        return tag

    def _relations(self, pages: list[NewsPage], sources: list[content.DemoArticle]) -> None:
        tagged: list[NewsPageTag] = []
        located: list[Any] = []
        through = NewsPage.units.through
        for page, source in zip(pages, sources, strict=True):
            tagged.extend(
                NewsPageTag(tag=self._tag(name), content_object_id=page.pk) for name in source.tags
            )
            units = self.units[page.published_on >= MERGER_DAY]
            located.extend(
                through(newspage_id=page.pk, administrativeunit_id=units[code].pk)
                for code in source.unit_codes
                if code in units
            )
        NewsPageTag.objects.bulk_create(tagged)
        through.objects.bulk_create(located)

    @staticmethod
    def _publish(pages: list[NewsPage]) -> None:
        """Give each page the one revision that publishing would have made."""
        revisions = [
            Revision(
                content_type_id=page.content_type_id,
                base_content_type_id=page.get_base_content_type().pk,
                object_id=str(page.pk),
                created_at=page.first_published_at,
                object_str=page.title,
                content=page.serializable_data(),
            )
            for page in pages
        ]
        Revision.objects.bulk_create(revisions)
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision = revision
            page.live_revision = revision
            page.latest_revision_created_at = revision.created_at
        Page.objects.bulk_update(
            pages, ["latest_revision", "live_revision", "latest_revision_created_at"]
        )

    @staticmethod
    def _index(pages: list[NewsPage]) -> None:
        """Add the batch to Wagtail's admin index and to the public full-text index."""
        backend = get_search_backend()
        by_model: dict[type[NewsPage], list[NewsPage]] = defaultdict(list)
        for page in pages:
            by_model[type(page)].append(page)
        for model, objects in by_model.items():
            backend.add_bulk(model, objects)
        core_services.index_pages(pages=pages)
