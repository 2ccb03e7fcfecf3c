"""Per-host politeness for many captures at once: one request in flight per host, and a pause between them.

Capturing a list of URLs from many sites, the network wait is the cost; politeness only asks that no one
site be hammered. So captures run concurrently (``--concurrency``) while every request, whatever it is for
(robots.txt, the page, a redirect hop, a resource), passes a :class:`HostGate` first:

* **one request in flight per host**: a host is a host name (or IP address) whatever the scheme or port,
  since it is the machine that is spared;
* **a minimum time between the starts of two requests to a host**: the larger of ``--host-delay`` and
  the ``Crawl-delay`` (or ``Request-rate``) of the robots.txt group that applies to us. RFC 9309 does not
  define ``Crawl-delay``; we read it as most crawlers do: seconds (decimals allowed) between the *start*
  of one request and the start of the next to that host. robots.txt itself is the first request to a
  host, so the page after it waits the delay too. A delay over :data:`MAX_DELAY` is taken as
  :data:`MAX_DELAY` (Heritrix caps it the same way), so one site cannot stall a run for hours. With
  ``--ignore-robots``, robots.txt is not read, and only ``--host-delay`` applies.

The gate lives in one process. When captures run in several worker processes, every URL of a site is
routed to the same worker (:func:`assign_workers`), so the rules, and robots.txt's one fetch per origin,
hold across the whole run. A site is the host's registrable part (see :func:`site_key`), so a page's
same-site resources (``static.example.org`` for ``www.example.org``) stay in the page's worker too.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from urllib.parse import urlsplit

__all__ = ["MAX_DELAY", "HostGate", "assign_workers", "host_of", "interleave", "share", "site_key"]

#: The longest delay between two requests to a host we accept from a robots.txt, in seconds.
MAX_DELAY = 300.0


class HostGate:
    """One request in flight per host, with starts at least the host's delay apart (thread-safe).

    ``min_delay`` is the delay every host gets (``--host-delay``); :meth:`set_delay` raises it for one host
    (robots.txt's Crawl-delay). Hosts are compared lower-cased.
    """

    def __init__(self, min_delay: float = 0.0) -> None:
        if min_delay < 0:
            raise ValueError("the delay between requests to a host must not be negative")
        self.min_delay = min_delay
        self._cond = threading.Condition()
        self._busy: set[str] = set()
        self._last_start: dict[str, float] = {}
        self._delay: dict[str, float] = {}

    def delay(self, host: str) -> float:
        """Seconds between the starts of two requests to ``host``."""
        return max(self.min_delay, self._delay.get(host.lower(), 0.0))

    def set_delay(self, host: str, seconds: float | None) -> None:
        """Ask for at least ``seconds`` (capped at MAX_DELAY) between requests to ``host``; None: no change."""
        if seconds is None or not seconds > 0:
            return
        key = host.lower()
        with self._cond:
            self._delay[key] = max(self._delay.get(key, 0.0), min(seconds, MAX_DELAY))

    def ready_at(self, host: str) -> float:
        """The ``time.monotonic()`` from which a request to ``host`` may start, the host being free."""
        key = host.lower()
        last = self._last_start.get(key)
        return 0.0 if last is None else last + self.delay(key)

    def busy(self, host: str) -> bool:
        """Whether a request to ``host`` is in flight."""
        return host.lower() in self._busy

    @contextmanager
    def request(self, host: str) -> Iterator[None]:
        """Wait until a request to ``host`` may start, hold the host while the ``with`` body runs it."""
        key = host.lower()
        with self._cond:
            while True:
                if key not in self._busy:
                    wait = self.ready_at(key) - time.monotonic()
                    if wait <= 0:
                        break
                    self._cond.wait(wait)
                else:
                    self._cond.wait()
            self._busy.add(key)
            self._last_start[key] = time.monotonic()
        try:
            yield
        finally:
            with self._cond:
                self._busy.discard(key)
                self._cond.notify_all()


def host_of(url: str) -> str:
    """The lower-cased host of ``url`` ("" when it has none): the unit the gate spares."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


#: Second-level labels under which a country's registrable names sit (``example.co.uk``, ``abc.net.au``).
_SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "gov", "govt", "net", "org", "ne", "or", "go", "gob"})


def site_key(url: str) -> str:
    """The site a URL belongs to, for routing it to a worker: an IP address as it is, else the host's last
    two labels (three under a country's ``co.``/``com.``/``org.``... level, as in ``bbc.co.uk``).

    It only has to keep a host and its subdomains together (a page's resources may be on either, and a
    worker must own every host it sends requests to); a site grouped with another by mistake only makes
    the workers' shares less even.
    """
    host = host_of(url)
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def assign_workers(keys: Sequence[str | None], workers: int) -> list[int]:
    """A worker number for each item, every item of one key with the same worker, the workers' item counts
    as even as keys allow (largest key first to the least loaded worker). A None key (an article file) is
    an item on its own."""
    counts: dict[object, int] = {}
    first: dict[object, int] = {}
    labels: list[object] = []
    for index, key in enumerate(keys):
        label: object = ("file", index) if key is None else key
        labels.append(label)
        counts[label] = counts.get(label, 0) + 1
        first.setdefault(label, index)
    load = [0] * max(workers, 1)
    owner: dict[object, int] = {}
    for label in sorted(counts, key=lambda k: (-counts[k], first[k])):
        worker = min(range(len(load)), key=lambda w: (load[w], w))
        owner[label] = worker
        load[worker] += counts[label]
    return [owner[label] for label in labels]


def share(total: int, workers: int) -> list[int]:
    """``total`` split among ``workers`` as evenly as it goes, each at least 1 (the first ``total`` workers
    are the ones :func:`assign_workers` uses when there are fewer of them than workers; the others get no
    URLs, and their 1 is never used)."""
    used = max(1, min(total, workers))
    return [total // used + (n < total % used) if n < used else 1 for n in range(workers)]


#: Input positions a worker's URLs are mixed within (see :func:`interleave`).
INTERLEAVE_BLOCK = 4096


def interleave(keys: Sequence[str | None], block: int = INTERLEAVE_BLOCK) -> list[int]:
    """Item indexes in the order to hand them out: within each ``block`` of consecutive items, one item of
    each key in turn (keys in order of first appearance, each key's items in their order).

    A list sorted by site would otherwise give a worker all of one site's URLs first: packaging then waits
    for that site, one page per round trip, while the pages of the others lie captured and unpackaged. Mixed,
    every site's pages come in turn. Results are put back in input order by whoever gathers them; the block
    bounds how far out of order they come back (and so how many wait there).
    """
    order: list[int] = []
    for start in range(0, len(keys), block):
        queues: dict[object, list[int]] = {}
        for index in range(start, min(start + block, len(keys))):
            key = keys[index]
            queues.setdefault(("file", index) if key is None else key, []).append(index)
        rounds = max((len(q) for q in queues.values()), default=0)
        order += [q[n] for n in range(rounds) for q in queues.values() if n < len(q)]
    return order
