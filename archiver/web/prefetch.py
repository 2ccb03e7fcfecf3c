"""Overlap the network with packaging: the next URL is captured while the current page is packaged.

A capture mostly waits on the network (socket calls release the GIL); packaging is CPU work. One after the
other, a list of URLs costs network + packaging per page; with the next capture running in a thread while
this page is packaged, it costs about the larger of the two. A worker still has one exchange in flight at a
time (it fetches nothing else while the prefetch runs), so a site sees no more requests at once than
before.

The thread is a daemon: an interrupted run does not wait for a capture in flight to time out. A run that
stops early (Ctrl-C, an error) lets that capture finish in the background and drops it, unreported.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from archiver.config import Settings
from archiver.web.capture import Capture, capture_url
from archiver.web.options import CaptureOptions

#: What the thread hands back for one URL: the capture, or the exception it raised.
_Outcome = tuple[str, Capture | None, BaseException | None]


class Prefetcher:
    """Captures URLs one at a time in a background thread: :meth:`start` one, :meth:`take` its capture."""

    def __init__(
        self,
        options: CaptureOptions,
        settings: Settings,
        capture: Callable[[str, CaptureOptions, Settings], Capture] = capture_url,
    ) -> None:
        self._options = options
        self._settings = settings
        self._capture = capture
        self._requests: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._outcomes: queue.SimpleQueue[_Outcome] = queue.SimpleQueue()
        self._started: str | None = None
        self._thread: threading.Thread | None = None

    def start(self, url: str) -> None:
        """Begin capturing ``url`` in the background; at most one capture is in flight."""
        if self._started is not None:
            raise RuntimeError(f"a capture is already in flight: {self._started}")
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="archiver-prefetch", daemon=True)
            self._thread.start()
        self._started = url
        self._requests.put(url)

    def take(self, url: str) -> Capture:
        """The capture of ``url``: the one started in the background, else made now in this thread.

        Raises what :func:`~archiver.web.capture.capture_url` raised for it (CaptureError and the like).
        """
        if self._started != url:
            if self._started is not None:
                self._outcomes.get()  # a capture nobody asked for after all: wait for it and drop it
                self._started = None
            return self._capture(url, self._options, self._settings)
        _url, capture, error = self._outcomes.get()
        self._started = None
        if error is not None:
            raise error
        assert capture is not None
        return capture

    def close(self) -> None:
        """Stop the thread once its capture in flight (if any) ends; never waits for it."""
        if self._thread is not None:
            self._requests.put(None)
            self._thread = None

    def _run(self) -> None:
        while (url := self._requests.get()) is not None:
            try:
                self._outcomes.put((url, self._capture(url, self._options, self._settings), None))
            except BaseException as exc:  # handed to the main thread, which decides
                self._outcomes.put((url, None, exc))
