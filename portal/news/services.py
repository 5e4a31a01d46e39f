"""Writes for the news portal."""

from django.conf import settings
from django.db import transaction
from django.db.models import F

from portal.core import counters
from portal.news import models as news_models

VIEW_COUNTER = "article_views"


def _add_views(batch: dict[int, int]) -> None:
    """Add a batch of buffered views to the articles, one atomic increment per article."""
    with transaction.atomic():
        for page_id, views in sorted(batch.items()):
            news_models.NewsPage.objects.filter(pk=page_id).update(
                view_count=F("view_count") + views
            )


article_views = counters.register(
    counters.BufferedCounter(
        VIEW_COUNTER,
        flush=_add_views,
        interval_seconds=settings.VIEW_COUNT_FLUSH_SECONDS,
    )
)


def record_article_view(*, page_id: int) -> None:
    """Count one view of an article; it reaches the database with the next batch."""
    article_views.add(page_id)


def flush_article_views() -> int:
    """Write all buffered views now; return how many were written."""
    return article_views.flush()
