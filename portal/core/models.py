"""Cross-cutting models: the full-text search index of published pages."""

from django.db import models


class SearchEntry(models.Model):
    """The folded words of one published page, as the full-text index stores them.

    A database-specific index sits beside this table (migration 0002): an FTS5 table kept in
    step by triggers on SQLite, a generated, GIN-indexed tsvector column on PostgreSQL.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    title = models.TextField()
    body = models.TextField()
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "search entry"
        verbose_name_plural = "search entries"

    def __str__(self) -> str:
        return self.title[:80]
