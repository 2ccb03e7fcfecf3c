"""Overlap the network with packaging: the next URLs are captured while the current pages are packaged.

A capture mostly waits on the network (socket calls release the GIL); packaging is CPU work. One after the
other, a list of URLs costs network + packaging per page; with the next captures running in a thread while
these pages are packaged, it costs about the larger of the two. The thread captures one URL at a time, in
the order they were started, so a worker still has one exchange in flight at a time and a site sees no more
requests at once than before.

Memory: captures finished but not yet taken are held; once they hold ``max_held_bytes`` the thread waits
for :meth:`Prefetcher.take` before it starts another, so a run of very large pages cannot pile up.

The thread is a daemon: an interrupted run does not wait for a capture in flight to time out. A run that
stops early (Ctrl-C, an error) lets that capture finish in the background and drops it, unreported.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable

from archiver.config import Settings
from archiver.web.capture import Capture, capture_url
from archiver.web.options import MIB, CaptureOptions

#: What the thread hands back for one URL: the capture and its size in bytes, or the exception raised.
_Outcome = tuple[Capture | None, int, BaseException | None]

#: Bytes of finished captures the thread may hold before it waits for them to be taken.
MAX_HELD_BYTES = 16 * MIB


def capture_size(capture: Capture) -> int:
    """The bytes a capture holds: every exchange's request, response head and body, and the decoded page."""
    exchanges = (*capture.hops, *capture.resources)
    return len(capture.html) + sum(len(e.request) + len(e.head.raw) + len(e.body) for e in exchanges)


class Prefetcher:
    """Captures URLs one at a time, in order, in a background thread: :meth:`start` them, :meth:`take` them
    back in the same order."""

    def __init__(
        self,
        options: CaptureOptions,
        settings: Settings,
        capture: Callable[[str, CaptureOptions, Settings], Capture] = capture_url,
        max_held_bytes: int = MAX_HELD_BYTES,
    ) -> None:
        self._options = options
        self._settings = settings
        self._capture = capture
        self._max_held = max_held_bytes
        self._requests: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._outcomes: queue.SimpleQueue[_Outcome] = queue.SimpleQueue()
        self._started: deque[str] = deque()  # started and not yet taken, oldest first
        self._held = 0  # bytes of finished captures not yet taken
        self._room = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None

    @property
    def in_flight(self) -> int:
        """URLs started and not yet taken."""
        return len(self._started)

    def start(self, url: str) -> None:
        """Queue ``url`` for capture in the background, after every URL started before it."""
        if self._closed:
            raise RuntimeError("the prefetcher is closed")
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="archiver-prefetch", daemon=True)
            self._thread.start()
        self._started.append(url)
        self._requests.put(url)

    def take(self, url: str) -> Capture:
        """The capture of ``url``: the oldest one started, else (nothing or something else started) made now
        in this thread, after the captures started are waited for and dropped.

        Raises what :func:`~archiver.web.capture.capture_url` raised for it (CaptureError and the like).
        """
        if self._closed:
            raise RuntimeError("the prefetcher is closed")
        if not self._started or self._started[0] != url:
            while self._started:  # captures nobody asked for after all: wait for them and drop them
                self._receive()
            return self._capture(url, self._options, self._settings)
        capture, error = self._receive()
        if error is not None:
            raise error
        assert capture is not None
        return capture

    def close(self) -> None:
        """Stop the thread once its capture in flight (if any) ends, dropping the ones not yet begun; never
        waits for it."""
        with self._room:
            self._closed = True
            self._room.notify_all()
        if self._thread is not None:
            self._requests.put(None)
            self._thread = None

    def _receive(self) -> tuple[Capture | None, BaseException | None]:
        capture, size, error = self._outcomes.get()
        self._started.popleft()
        with self._room:
            self._held -= size
            self._room.notify_all()
        return capture, error

    def _run(self) -> None:
        while (url := self._requests.get()) is not None:
            with self._room:
                self._room.wait_for(lambda: self._closed or self._held < self._max_held)
                if self._closed:
                    return
            outcome: _Outcome
            try:
                capture = self._capture(url, self._options, self._settings)
                size = capture_size(capture)
                with self._room:
                    self._held += size
                outcome = (capture, size, None)
            except BaseException as exc:  # handed to the main thread, which decides
                outcome = (None, 0, exc)  # every URL started gets an outcome: take() never waits in vain
            self._outcomes.put(outcome)
