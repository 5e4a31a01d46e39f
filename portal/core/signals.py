"""Cache invalidation when published content changes (the only use of signals here)."""

from typing import Any

from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.core.middleware import bump_page_cache_version


def _invalidate(**kwargs: Any) -> None:
    bump_page_cache_version()


def connect() -> None:
    """Connect the page-cache invalidation to Wagtail's publishing signals."""
    page_published.connect(_invalidate, dispatch_uid="pagecache-published")
    page_unpublished.connect(_invalidate, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(_invalidate, dispatch_uid="pagecache-moved")
