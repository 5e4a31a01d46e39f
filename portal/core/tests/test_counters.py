import threading

import pytest

from portal.core.counters import BufferedCounter


def make_counter():
    written: dict[int, int] = {}

    def flush(batch: dict[int, int]) -> None:
        for key, amount in batch.items():
            written[key] = written.get(key, 0) + amount

    return BufferedCounter("test", flush=flush, interval_seconds=0), written


def test_counts_are_buffered_until_flushed():
    counter, written = make_counter()
    counter.add(7)
    counter.add(7)
    assert written == {}
    assert counter.pending(7) == 2
    assert counter.flush() == 2
    assert written == {7: 2}
    assert counter.pending(7) == 0


def test_no_count_is_lost_when_threads_count_and_flush_at_once():
    counter, written = make_counter()
    threads_count, per_thread = 8, 500

    def work(thread_number: int) -> None:
        for index in range(per_thread):
            counter.add(index % 3)
            if thread_number == 0 and index % 50 == 0:
                counter.flush()

    threads = [threading.Thread(target=work, args=(number,)) for number in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counter.flush()
    assert sum(written.values()) == threads_count * per_thread
    assert written[0] == threads_count * 167


def test_failed_flush_keeps_the_batch_for_the_next_one():
    calls = []

    def flaky(batch: dict[int, int]) -> None:
        calls.append(dict(batch))
        if len(calls) == 1:
            raise RuntimeError("database is locked")

    counter = BufferedCounter("flaky", flush=flaky, interval_seconds=0)
    counter.add(1, 5)
    with pytest.raises(RuntimeError):
        counter.flush()
    counter.add(1)
    assert counter.flush() == 6
    assert calls[-1] == {1: 6}
