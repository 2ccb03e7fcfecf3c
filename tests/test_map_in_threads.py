"""archiver.workers.map_in_threads: the thread pool that S3 ingests and audits run in (issue 18)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from archiver.workers import map_in_threads


def test_results_come_in_input_order_whatever_order_they_finish_in() -> None:
    def slow_first(n: int) -> int:
        time.sleep(0.05 if n % 3 == 0 else 0.0)
        return n * n

    assert list(map_in_threads(slow_first, range(40), 4)) == [n * n for n in range(40)]


def test_the_items_are_read_lazily_a_few_ahead_of_the_results() -> None:
    """A listing of millions streams through: never more than four items a thread ahead."""
    taken: list[int] = []

    def source() -> Iterator[int]:
        for n in range(10_000):
            taken.append(n)
            yield n

    results = map_in_threads(lambda n: n, source(), 2)
    for n, got in enumerate(results):
        assert got == n
        assert len(taken) <= n + 1 + 4 * 2
        if n == 20:
            break
    results.close()
    assert len(taken) < 40


def test_an_error_is_raised_in_order_and_nothing_after_it_is_started() -> None:
    started: list[int] = []
    lock = threading.Lock()

    def fail_at_five(n: int) -> int:
        with lock:
            started.append(n)
        if n == 5:
            raise ValueError("item 5")
        return n

    got: list[int] = []
    with pytest.raises(ValueError, match="item 5"):
        for value in map_in_threads(fail_at_five, range(1000), 3):
            got.append(value)
    assert got == [0, 1, 2, 3, 4]
    assert max(started) < 5 + 1 + 4 * 3  # the window, not the whole input


def test_no_items_no_threads_needed() -> None:
    assert list(map_in_threads(lambda n: n, [], 8)) == []
