"""Cache invalidation and search-index upkeep when published content changes."""

from typing import Any

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.core import services
from portal.core.middleware import bump_page_cache_version


def _invalidate(**kwargs: Any) -> None:
    bump_page_cache_version()


def _index_published(instance: Page, **kwargs: Any) -> None:
    # Keeping the search index in step is like cache maintenance: it must follow every publish,
    # however it happens (admin, workflow approval, scheduled publishing, scripts).
    services.index_page(page=instance)


def connect() -> None:
    """Connect the page-cache invalidation to Wagtail's publishing signals."""
    page_published.connect(_invalidate, dispatch_uid="pagecache-published")
    page_published.connect(_index_published, dispatch_uid="search-index-published")
    page_unpublished.connect(_invalidate, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(_invalidate, dispatch_uid="pagecache-moved")
