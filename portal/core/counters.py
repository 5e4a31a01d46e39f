"""Event counters buffered in memory and written to the database in batches.

A page view must not cost a database write on the request path, yet no view may be lost or
double-counted when many requests and server processes count at once. Each process keeps a
small in-memory tally guarded by a lock; a background thread hands the tally to a flush
function every few seconds, which adds it with one atomic ``UPDATE ... SET n = n + k`` per
row, so concurrent flushes from several processes never overwrite each other.
"""

import atexit
import logging
import os
import threading
from collections import Counter
from collections.abc import Callable

from django.db import close_old_connections

logger = logging.getLogger(__name__)

FlushFunction = Callable[[dict[int, int]], None]


class BufferedCounter:
    """A per-process tally of events by integer key, flushed in batches."""

    def __init__(self, name: str, *, flush: FlushFunction, interval_seconds: float) -> None:
        self.name = name
        self._flush = flush
        self._interval_seconds = interval_seconds
        self._pending: Counter[int] = Counter()
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._thread_pid = 0
        self._stop = threading.Event()

    def add(self, key: int, amount: int = 1) -> None:
        """Count amount events for key; never touches the database."""
        with self._lock:
            self._pending[key] += amount
        if self._interval_seconds > 0:
            self._ensure_flusher()

    def pending(self, key: int) -> int:
        """Events for key counted by this process and not yet flushed."""
        with self._lock:
            return self._pending.get(key, 0)

    def clear(self) -> None:
        """Forget the pending tally without writing it (a fresh start between tests)."""
        with self._lock:
            self._pending.clear()

    def flush(self) -> int:
        """Write the pending tally through the flush function; return how many events."""
        with self._flush_lock:
            with self._lock:
                batch = dict(self._pending)
                self._pending.clear()
            if not batch:
                return 0
            try:
                self._flush(batch)
            except Exception:
                # Put the batch back so the next flush retries it rather than losing views.
                with self._lock:
                    self._pending.update(batch)
                raise
            return sum(batch.values())

    def _ensure_flusher(self) -> None:
        pid = os.getpid()
        if self._thread is not None and self._thread_pid == pid and self._thread.is_alive():
            return
        with self._lock:
            if self._thread is not None and self._thread_pid == pid and self._thread.is_alive():
                return
            self._thread_pid = pid
            self._thread = threading.Thread(
                target=self._run, name=f"flush-{self.name}", daemon=True
            )
            self._thread.start()
            atexit.register(self._flush_quietly)

    def _run(self) -> None:
        while not self._stop.wait(self._interval_seconds):
            self._flush_quietly()

    def _flush_quietly(self) -> None:
        try:
            self.flush()
        except Exception:
            logger.exception("Could not flush counter %s; will retry", self.name)
        finally:
            close_old_connections()


_registry: dict[str, BufferedCounter] = {}


def register(counter: BufferedCounter) -> BufferedCounter:
    """Make a counter reachable by name (the page cache counts hits through it)."""
    _registry[counter.name] = counter
    return counter


def count(name: str, key: int) -> None:
    """Count one event on the registered counter called name."""
    _registry[name].add(key)
