"""Reads about the running system."""

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.models import Q, QuerySet
from wagtail.models import Page

from portal.core.models import SearchEntry

logger = logging.getLogger(__name__)


def health_checks() -> dict[str, bool]:
    """Return whether the database and the cache each answer a trivial round trip."""
    results = {"database": False, "cache": False}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            results["database"] = cursor.fetchone() == (1,)
    except DatabaseError:
        logger.exception("Health check: database unavailable")
    try:
        key = f"healthz:{uuid.uuid4().hex}"
        cache.set(key, "1", timeout=5)
        results["cache"] = cache.get(key) == "1"
        cache.delete(key)
    except Exception:
        logger.exception("Health check: cache unavailable")
    return results


@dataclass(frozen=True, slots=True)
class SearchHits:
    """One page of full-text search results: page ids, best match first."""

    total: int
    page_ids: list[int]


def search_page_ids(
    *, terms: list[str], candidates: QuerySet[Page], offset: int, limit: int
) -> SearchHits:
    """Pages among candidates whose indexed words contain every term, best match first.

    Terms must come from portal.core.domain.text.search_terms (folded words). Ranking: BM25
    with the title weighted 4:1 on SQLite; on PostgreSQL ts_rank of the title alone, newest
    first among equals (ranking whole bodies reads every matching row's large tsvector: 120 ms
    for 7,500 matches). Both use their full-text index to find the matches.
    """
    if not terms:
        return SearchHits(0, [])
    candidate_sql, candidate_params = candidates.order_by().values("pk").query.sql_with_params()
    vendor = connection.vendor
    # The matches are computed first (MATERIALIZED) and only then narrowed to the candidates:
    # probing the full-text index once per candidate page would cost seconds at 10,000 pages.
    if vendor == "sqlite":
        matches = (
            "WITH matches AS MATERIALIZED (SELECT rowid AS page_id, "
            "bm25(core_searchentry_fts, 4.0, 1.0) AS score FROM core_searchentry_fts "
            "WHERE core_searchentry_fts MATCH %s)"
        )
        match: str = " AND ".join(f'"{term}"' for term in terms)
        order = "score ASC, page_id DESC"
    elif vendor == "postgresql":
        matches = (
            "WITH matches AS MATERIALIZED (SELECT page_id, "
            "ts_rank(title_vector, to_tsquery('simple', %s)) AS score FROM core_searchentry "
            "WHERE search_vector @@ to_tsquery('simple', %s))"
        )
        match = " & ".join(terms)
        order = "score DESC, page_id DESC"
    else:
        return _search_without_full_text(terms, candidates, offset, limit)
    where = f"page_id IN ({candidate_sql})"
    count_sql = f"{matches} SELECT count(*) FROM matches WHERE {where}"  # noqa: S608
    # One pass returns the page and the total; the plain count runs only past the last page.
    page_sql = (
        f"{matches} SELECT page_id, count(*) OVER () FROM matches WHERE {where} "  # noqa: S608
        f"ORDER BY {order} LIMIT %s OFFSET %s"
    )
    match_params: list[Any] = [match] if vendor == "sqlite" else [match, match]
    params = [*match_params, *candidate_params]
    with connection.cursor() as cursor:
        cursor.execute(page_sql, [*params, limit, offset])
        rows = cursor.fetchall()
        if rows:
            return SearchHits(rows[0][1], [row[0] for row in rows])
        cursor.execute(count_sql, params)
        total = cursor.fetchone()[0]
    return SearchHits(total, [])


def _search_without_full_text(
    terms: list[str], candidates: QuerySet[Page], offset: int, limit: int
) -> SearchHits:
    """Unranked substring matching for databases without a full-text index here (MySQL)."""
    entries = SearchEntry.objects.filter(page__in=candidates)
    for term in terms:
        entries = entries.filter(Q(title__contains=term) | Q(body__contains=term))
    total = entries.count()
    ordered = entries.order_by("-page_id").values_list("page_id", flat=True)
    ids = list(ordered[offset : offset + limit])
    return SearchHits(total, ids)
