"""Worker processes with long pipelines: results in input order, failures raised, nothing left running."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archiver.errors import ArchiverError
from archiver.repository.results import InvalidBagError
from archiver.validation.findings import Finding, Severity
from archiver.workers import Emit, WorkerFailed, run_ordered


def squares_in_bursts(feed: Iterator[tuple[int, int]], emit: Emit, burst: int) -> None:
    """Emits in bursts, the way a pipeline commits in groups."""
    held: list[tuple[int, Any]] = []
    for index, item in feed:
        held.append((index, (os.getpid(), item * item)))
        if len(held) >= burst:
            emit(held)
            held = []
    emit(held)


class Unpicklable(Exception):
    """An exception holding a lock: pickle refuses it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.lock = threading.Lock()


FINDING = Finding("BAG-MANIFEST-CHECKSUM", Severity.ERROR, "data/a.txt", "checksum differs")


def fails_on(feed: Iterator[tuple[int, int]], emit: Emit, bad: int, kind: str) -> None:
    for index, item in feed:
        if item == bad:
            if kind == "oserror":
                raise OSError(28, "No space left on device", "/somewhere")
            if kind == "unpicklable":
                raise Unpicklable("a message")
            if kind == "refused":
                raise InvalidBagError(
                    "SOME_CODE", "a message", where="here", findings=[FINDING], hint="do this"
                )
            os._exit(3)
        emit([(index, item)])


def slow_marker(feed: Iterator[tuple[int, int]], emit: Emit, folder: str) -> None:
    for index, item in feed:
        time.sleep(0.01)
        Path(folder, f"{item}").touch()
        emit([(index, item)])


def slow_after_the_first(feed: Iterator[tuple[int, int]], emit: Emit, folder: str, seconds: float) -> None:
    """The first item at once; each later one takes ``seconds``, and says how it ended."""
    for index, item in feed:
        if item > 0:
            try:
                Path(folder, f"{item}.started").touch()
                time.sleep(seconds)
            except KeyboardInterrupt:
                Path(folder, f"{item}.interrupted").touch()
                raise
            Path(folder, f"{item}.finished").touch()
        emit([(index, item)])


def _interrupt_after_the_first_result(results: Iterator[Any], folder: Path) -> float:
    """Ctrl-C in the parent while a worker is busy with the second item; the seconds until the run stops."""
    assert next(results) == 0
    deadline = time.monotonic() + 30
    while not (folder / "1.started").exists():
        assert time.monotonic() < deadline
        time.sleep(0.01)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        results.throw(KeyboardInterrupt)  # raised where the parent waits, as Ctrl-C is
    return time.monotonic() - started


def test_an_interruptible_run_interrupts_its_workers_on_ctrl_c(tmp_path: Path) -> None:
    run = run_ordered([0, 1, 2, 3], slow_after_the_first, (str(tmp_path), 60.0), 2, interruptible=True)
    assert _interrupt_after_the_first_result(run, tmp_path) < 10  # not the 60 s the items would take
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {"1.started", "1.interrupted"}  # stopped where it was, and cleaned up


def test_other_runs_let_their_workers_finish_what_they_hold_on_ctrl_c(tmp_path: Path) -> None:
    run = run_ordered([0, 1, 2, 3], slow_after_the_first, (str(tmp_path), 0.5), 2)
    _interrupt_after_the_first_result(run, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".finished") == [
        "1.finished",
        "2.finished",
        "3.finished",
    ]


def test_results_come_in_input_order_from_several_workers() -> None:
    items = list(range(500))
    results = list(run_ordered(items, squares_in_bursts, (7,), 2))
    assert [value for _pid, value in results] == [i * i for i in items]
    assert os.getpid() not in {pid for pid, _value in results}  # the work ran in worker processes


def test_fewer_items_than_workers() -> None:
    assert [v for _p, v in run_ordered([3], squares_in_bursts, (5,), 2)] == [9]
    assert list(run_ordered([], squares_in_bursts, (5,), 2)) == []


def test_an_exception_in_a_worker_is_raised_as_it_was() -> None:
    with pytest.raises(OSError, match="No space left"):
        list(run_ordered(list(range(100)), fails_on, (40, "oserror"), 2))


def test_an_exception_that_does_not_pickle_arrives_as_worker_failed() -> None:
    with pytest.raises(WorkerFailed, match=r"Unpicklable: a message"):
        list(run_ordered(list(range(100)), fails_on, (40, "unpicklable"), 2))


def test_an_archiver_error_crosses_as_itself_with_its_findings() -> None:
    with pytest.raises(InvalidBagError) as caught:
        list(run_ordered(list(range(100)), fails_on, (40, "refused"), 2))
    error = caught.value
    assert (error.code, error.message, error.where, error.hint) == (
        "SOME_CODE",
        "a message",
        "here",
        "do this",
    )
    assert error.findings == [FINDING] and error.exit_code == ArchiverError.exit_code


def test_a_worker_that_dies_is_reported() -> None:
    with pytest.raises(WorkerFailed, match="exit code 3"):
        list(run_ordered(list(range(100)), fails_on, (40, "exit"), 2))


def test_stopping_early_stops_the_workers(tmp_path: Path) -> None:
    items = list(range(2000))
    taken = []
    for value in run_ordered(items, slow_marker, (str(tmp_path),), 2):
        taken.append(value)
        if len(taken) == 5:
            break
    done = len(list(tmp_path.iterdir()))
    time.sleep(0.3)
    assert len(list(tmp_path.iterdir())) == done  # nothing more is processed after the generator closes
    assert done < 200
