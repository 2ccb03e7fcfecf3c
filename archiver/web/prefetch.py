"""Overlap the network with packaging, and the sites with each other: URLs are captured in threads, many
at once, while the pages already captured are packaged; they are handed back in the order they were started.

A capture mostly waits on the network (socket calls release the GIL); packaging is CPU work. One after the
other, a list of URLs costs network + packaging per page; with captures running in threads while pages are
packaged, it costs about the larger of the two. And a list usually spans many sites: up to
``options.concurrency`` captures run at once, each site still seeing one request at a time (with its
Crawl-delay or ``--host-delay`` between them), so the list takes about its busiest site's time, not the sum
of every round trip.

Which capture a free thread begins: the earliest started whose host has no capture running and whose
delay has passed; a host's URLs are captured in the order they were started. Every request also passes the
:class:`~archiver.web.politeness.HostGate` (a page's resources, a redirect to another host).

Memory: captures finished but not yet taken are held; once they hold ``max_held_bytes`` no other capture
begins except the oldest not yet taken (so :meth:`Prefetcher.take` never waits for a capture nobody will
begin), and a run of very large pages cannot pile up.

Threads and the GIL: a capture thread whose answer has arrived needs the GIL back, and the packaging thread
holds it while it works; Python makes it wait up to the switch interval (5 ms) before asking the holder
to let go, and a request takes it back about five times (resolve, connect, send, receive, close), so a
busy packaging thread stretches every round trip (docs/benchmarks.md, "Design measurements"). While its
threads run, the prefetcher sets the interval to :data:`SWITCH_INTERVAL`, and puts it back when closed.

The threads are daemons: an interrupted run does not wait for captures in flight to time out. A run that
stops early (Ctrl-C, an error) lets those captures finish in the background and drops them, unreported.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Callable

from archiver.config import Settings
from archiver.web.capture import Capture, capture_url
from archiver.web.errors import CaptureError
from archiver.web.options import MIB, CaptureOptions
from archiver.web.politeness import HostGate, host_of
from archiver.web.urls import parse_target

__all__ = ["SWITCH_INTERVAL", "Prefetcher", "capture_size"]

#: What a thread hands back for one URL: the capture and its size in bytes, or the exception raised.
_Outcome = tuple[Capture | None, int, BaseException | None]

#: Bytes of finished captures the threads may hold before they wait for them to be taken.
MAX_HELD_BYTES = 16 * MIB

#: Seconds the interpreter lets a thread run before another waiting for the GIL may (the default is 5 ms).
SWITCH_INTERVAL = 0.0005

#: Prefetchers with threads running, and the interval they found (put back when the last one closes).
_FAST_SWITCHING: list[float] = []
_FAST_SWITCHING_LOCK = threading.Lock()


def _switch_faster() -> None:
    with _FAST_SWITCHING_LOCK:
        _FAST_SWITCHING.append(sys.getswitchinterval())
        sys.setswitchinterval(min(_FAST_SWITCHING[0], SWITCH_INTERVAL))


def _switch_as_before() -> None:
    with _FAST_SWITCHING_LOCK:
        found = _FAST_SWITCHING.pop()
        if not _FAST_SWITCHING:
            sys.setswitchinterval(found)


#: URLs a run starts ahead of the one it packages: enough that every site of a list sorted by site (not
#: only one interleaved) has URLs waiting, and cheap (a URL not yet begun is a string in a queue).
LOOKAHEAD = 1024


def capture_size(capture: Capture) -> int:
    """The bytes a capture holds: every exchange's request, response head and body, and the decoded page."""
    exchanges = (*capture.hops, *capture.resources)
    return len(capture.html) + sum(len(e.request) + len(e.head.raw) + len(e.body) for e in exchanges)


def _host(url: str) -> str:
    """The host as the gate names it (IDNA, lower case), so the turns this queue waits for are the gate's."""
    try:
        return parse_target(url).host.lower()
    except CaptureError:  # the capture will fail at once, on any thread
        return host_of(url)


class Prefetcher:
    """Captures URLs in up to ``options.concurrency`` threads, politely (see the module docstring):
    :meth:`start` them, :meth:`take` them back in the same order."""

    def __init__(
        self,
        options: CaptureOptions,
        settings: Settings,
        capture: Callable[[str, CaptureOptions, Settings], Capture] | None = None,
        max_held_bytes: int = MAX_HELD_BYTES,
        gate: HostGate | None = None,
    ) -> None:
        self._options = options
        self._settings = settings
        self.gate = gate if gate is not None else HostGate(options.host_delay)
        if capture is None:
            polite = self.gate

            def capture(url: str, options: CaptureOptions, settings: Settings) -> Capture:
                return capture_url(url, options, settings, gate=polite)

        self._capture = capture
        self._max_held = max_held_bytes
        self._cond = threading.Condition()
        self._next = 0  # the number the next URL started gets: its place in the order
        self._started: deque[tuple[int, str]] = deque()  # started and not yet taken, oldest first
        self._waiting: dict[str, deque[tuple[int, str]]] = {}  # not yet begun, per host, oldest first
        self._active: set[str] = set()  # hosts with a capture running
        self._done: dict[int, _Outcome] = {}  # finished, not yet taken
        self._held = 0  # bytes of finished captures not yet taken
        self._threads = 0
        self._closed = False
        self._fast_switching = False  # SWITCH_INTERVAL asked for by this prefetcher, until it is closed

    #: How many URLs after the one being packaged a caller should have started.
    lookahead = LOOKAHEAD

    @property
    def in_flight(self) -> int:
        """URLs started and not yet taken."""
        return len(self._started)

    def start(self, url: str) -> None:
        """Queue ``url`` for capture in the background, after every URL started before it on its host."""
        with self._cond:
            if self._closed:
                raise RuntimeError("the prefetcher is closed")
            item = (self._next, url)
            self._next += 1
            self._started.append(item)
            self._waiting.setdefault(_host(url), deque()).append(item)
            if self._threads < self._options.concurrency:
                if self._threads == 0:  # captures now run beside the packaging
                    _switch_faster()
                    self._fast_switching = True
                self._threads += 1
                threading.Thread(target=self._run, name="archiver-prefetch", daemon=True).start()
            self._cond.notify()

    def take(self, url: str) -> Capture:
        """The capture of ``url``: the oldest one started, else (nothing or something else started) made now
        in this thread, after the captures started are waited for and dropped.

        Raises what :func:`~archiver.web.capture.capture_url` raised for it (CaptureError and the like).
        """
        with self._cond:
            if self._closed:
                raise RuntimeError("the prefetcher is closed")
            if self._started and self._started[0][1] == url:
                capture, error = self._receive()
                if error is not None:
                    raise error
                assert capture is not None
                return capture
            while self._started:  # captures nobody asked for after all: wait for them and drop them
                self._receive()
        return self._capture(url, self._options, self._settings)

    def close(self) -> None:
        """Stop the threads once their captures in flight (if any) end, dropping the ones not yet begun;
        never waits for them."""
        with self._cond:
            self._closed = True
            self._waiting.clear()
            self._cond.notify_all()
            if self._fast_switching:
                _switch_as_before()
                self._fast_switching = False

    def _receive(self) -> tuple[Capture | None, BaseException | None]:
        """Wait for the oldest capture started (the lock held) and take it out of the books."""
        number = self._started[0][0]
        while number not in self._done:
            self._cond.wait()
        capture, size, error = self._done.pop(number)
        self._started.popleft()
        self._held -= size
        self._cond.notify_all()  # room for another capture, and the oldest may have changed
        return capture, error

    def _next_job(self) -> tuple[str, int, str] | float | None:
        """(host, number, URL) of the capture to begin now; else how long until one may (None: until told).

        The earliest started among hosts that are free and past their delay; past the byte limit, only the
        oldest capture not yet taken may begin.
        """
        now = time.monotonic()
        oldest = self._started[0][0] if self._started else -1
        full = self._held >= self._max_held
        best: tuple[str, int, str] | None = None
        soonest: float | None = None
        for host, queue in self._waiting.items():
            number, url = queue[0]
            if host in self._active or (full and number != oldest):
                continue
            ready = self.gate.ready_at(host) if host else 0.0
            if ready > now:
                soonest = ready if soonest is None else min(soonest, ready)
            elif best is None or number < best[1]:
                best = (host, number, url)
        if best is not None:
            return best
        return None if soonest is None else soonest - now

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    if self._closed:
                        return
                    job = self._next_job()
                    if isinstance(job, tuple):
                        break
                    self._cond.wait(job)
                host, number, url = job
                queue = self._waiting[host]
                queue.popleft()
                if not queue:
                    del self._waiting[host]
                self._active.add(host)
            outcome: _Outcome
            try:
                capture = self._capture(url, self._options, self._settings)
                outcome = (capture, capture_size(capture), None)
            except BaseException as exc:  # handed to the taker, which decides
                outcome = (None, 0, exc)  # every URL started gets an outcome: take() never waits in vain
            with self._cond:
                self._active.discard(host)
                self._done[number] = outcome
                self._held += outcome[1]
                self._cond.notify_all()
