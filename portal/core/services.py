"""Writes for cross-cutting pieces: keeping the full-text search index up to date."""

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from django.db import transaction
from wagtail.models import Page

from portal.core.domain.text import index_text
from portal.core.models import SearchEntry


@runtime_checkable
class Searchable(Protocol):
    """A page type that the public search covers: it says what its words are."""

    def search_document(self) -> tuple[str, str]:
        """Return the page's title and the rest of its searchable text."""
        ...


def _entry(page: Searchable) -> SearchEntry:
    title, body = page.search_document()
    assert isinstance(page, Page)  # noqa: S101 - Searchable is only implemented by pages
    return SearchEntry(page_id=page.pk, title=index_text(title), body=index_text(body))


def index_pages(*, pages: Iterable[Page]) -> int:
    """Add or refresh the search entries of pages that are searchable; return how many."""
    entries = [_entry(page) for page in pages if isinstance(page, Searchable)]
    if entries:
        with transaction.atomic():
            SearchEntry.objects.bulk_create(
                entries,
                update_conflicts=True,
                unique_fields=["page"],
                update_fields=["title", "body", "indexed_at"],
            )
    return len(entries)


def index_page(*, page: Page) -> bool:
    """Index one page's published content if its type is searchable."""
    return index_pages(pages=[page]) == 1


def rebuild_search_index() -> int:
    """Re-index every live searchable page from scratch; return how many were indexed."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        count = 0
        batch: list[Page] = []
        for page in Page.objects.live().specific().iterator(chunk_size=500):
            batch.append(page)
            if len(batch) == 500:
                count += index_pages(pages=batch)
                batch = []
        return count + index_pages(pages=batch)
