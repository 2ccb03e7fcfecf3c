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


def test_an_error_is_raised_in_its_turn_and_only_a_window_after_it_is_started() -> None:
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


def test_a_slow_item_holds_back_the_yielding_not_the_other_threads() -> None:
    """While the first item waits, the other threads go on through the window: the first item is let go
    only by the last item of the window, which could not start if the first held its thread's place."""
    release = threading.Event()

    def first_waits(n: int) -> int:
        if n == 0:
            assert release.wait(30), "the rest of the window never ran while item 0 waited"
        if n == 4 * 3 - 1:
            release.set()
        return n

    assert list(map_in_threads(first_waits, range(100), 3)) == list(range(100))


def test_closing_early_sets_stop_and_waits_for_the_running_items() -> None:
    """An item made of several steps sees ``stop`` and ends between them; closing returns only once every
    started item has returned (none left half-done in the background)."""
    stop = threading.Event()
    running = threading.Semaphore(0)
    returned: list[tuple[int, int]] = []

    def several_steps(n: int) -> int:
        if n == 0:
            return n
        running.release()
        steps = 0
        while steps < 2000 and not stop.is_set():
            time.sleep(0.01)
            steps += 1
        returned.append((n, steps))
        return n

    results = map_in_threads(several_steps, range(1000), 4, stop=stop)
    assert next(results) == 0
    assert running.acquire(timeout=30)  # at least one item is in its steps
    results.close()
    assert stop.is_set()
    count = len(returned)
    time.sleep(0.2)
    assert len(returned) == count and 0 < count < 1000  # every started item returned; none ran on
    assert all(steps < 2000 for _, steps in returned)  # and each stopped between its steps


def test_no_items_no_threads_needed() -> None:
    assert list(map_in_threads(lambda n: n, [], 8)) == []


def test_an_error_of_the_items_comes_after_the_results_before_it() -> None:
    """A listing that fails (S3_LISTING_UNORDERED, a lost connection) after some items: those items'
    results are all given out first, in order, then its error."""

    def listing() -> Iterator[int]:
        yield from range(7)
        raise RuntimeError("the listing broke")

    got: list[int] = []
    with pytest.raises(RuntimeError, match="the listing broke"):
        for value in map_in_threads(lambda n: n * 10, listing(), 3):
            got.append(value)
    assert got == [n * 10 for n in range(7)]


def test_one_thread_runs_in_the_callers_thread_and_closes_the_items() -> None:
    where: set[str] = set()
    stop = threading.Event()

    def source() -> Iterator[int]:
        try:
            yield from range(100)
        finally:
            where.add("closed")

    def note(n: int) -> int:
        where.add(threading.current_thread().name)
        return n

    results = map_in_threads(note, source(), 1, stop=stop)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    results.close()
    assert where == {threading.main_thread().name, "closed"} and stop.is_set()
