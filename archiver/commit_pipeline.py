"""The one way staged work becomes durable under its final names, for packaging and for ingest alike.

A group of staged items (bags, OCFL objects) goes through: handed on (its files written in a staging
folder); flushed (so nothing is published before its bytes are on disk); committed (renamed into place by
the caller's ``commit``); flushed again (the renames, and whatever the commit wrote beside them); reported
(the caller's ``report``: only now is success said, and, for ingest, are the locks released).

One flush serves two groups: it covers the previous group's commit and the next group's staged data
together, and it runs in a thread of its own (``syncfs`` and ``fsync`` hold no Python lock) while the caller
stages the group after, so the waits for the disk overlap with work. For small items the flushes are most
of the cost, which is why they are shared rather than done per item.

Cut here because packaging and ingest differ in what a commit is (a rename into an output folder; an
object exchanged, re-read and recorded) but not in this order of steps, which is where crash safety lives:
kept in one place, it is written and tested once.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import Generic, TypeVar

__all__ = ["CommitPipeline"]

Group = TypeVar("Group")
Done = TypeVar("Done")


class CommitPipeline(Generic[Group, Done]):
    """Groups on their way from staged to reported; see the module's docstring for the order of steps.

    ``flushed_next`` is the group whose data the flush in flight covers (committed next), ``committed`` the
    group whose renames it covers (reported next). A group enters ``flushed_next`` before the caller drops
    it from its own list, so an interruption at any point leaves every group where :meth:`close` or the
    caller finds it (discarding twice is harmless, losing track is not).

    ``flush`` is given the group to commit next and the group just committed (either may be None) and
    returns the work that makes both durable, run in the flush thread, or None when there is nothing to
    flush.
    """

    def __init__(
        self,
        *,
        durable: bool,
        commit: Callable[[Group], Done],
        report: Callable[[Done], None],
        flush: Callable[[Group | None, Done | None], Callable[[], None] | None],
        discard: Callable[[Group], None],
    ) -> None:
        self.durable = durable
        self._commit = commit
        self._report = report
        self._flush = flush
        self._discard = discard
        self.flushed_next: Group | None = None
        self.committed: Done | None = None
        self._flushing: Future[None] | None = None
        self._flusher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archiver-flush")

    def hand_on(self, group: Group | None) -> None:
        """End the group being staged (None: an empty one) and move the pipeline on by one step: report the
        group whose commit the last flush covered, commit the group whose data it covered, flush again.
        Without ``durable`` there is nothing to wait for: the group is committed and reported at once."""
        if not self.durable:
            if group is not None:
                self._report(self._commit(group))
            return
        self._advance()
        if group is not None:
            self.flushed_next = group
        self._start_flush()

    @property
    def busy(self) -> bool:
        return self._flushing is not None or self.committed is not None or self.flushed_next is not None

    def drain(self) -> None:
        """Take every group handed on through to reported."""
        while self.busy:
            self._advance()
            self._start_flush()

    def _advance(self) -> None:
        if self._flushing is not None:
            flushing, self._flushing = self._flushing, None
            flushing.result()
        if self.committed is not None:
            committed, self.committed = self.committed, None
            self._report(committed)
        if self.flushed_next is not None:
            self.committed = self._commit(self.flushed_next)
            self.flushed_next = None

    def _start_flush(self) -> None:
        if self.flushed_next is None and self.committed is None:
            return
        work = self._flush(self.flushed_next, self.committed)
        if work is not None:
            self._flushing = self._flusher.submit(work)

    def close(self) -> None:
        """Interrupted or done: the flush in flight ends (its error, if any, is not raised over the one
        that interrupted), the staged group not yet committed is discarded. A committed group not yet known
        durable is never reported: its items are complete under their final names, but success is only
        said of what is on disk."""
        if self._flushing is not None:
            futures_wait([self._flushing])
            self._flushing = None
        self._flusher.shutdown(wait=True)
        if self.flushed_next is not None:
            self._discard(self.flushed_next)
        self.flushed_next = self.committed = None
