"""Reads about the running system."""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection

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
