"""robots.txt (RFC 9309): fetched once per origin, obeyed unless the user overrides it.

What the answer for ``/robots.txt`` means (RFC 9309 section 2.3.1):

* 2xx: the rules are parsed (``urllib.robotparser``) and matched against our product token ``archiver``;
* 4xx (the file does not exist, or is not for us to see): everything is allowed;
* 5xx, or a body that is not a robots file we can read: the site is treated as disallowing everything
  ("complete disallow"), since the owner's wishes cannot be known;
* network failures (DNS, refused, timeout) are raised as they are: the page on the same origin would fail
  the same way, and the user learns the real reason.

Redirects of robots.txt are followed (up to 5, as section 2.3.1.2 asks). At most 500 KiB is read.
The decision, not the robots.txt exchange itself, is recorded in the package's capture.json.

Rules are kept per process for an hour (RFC 9309 section 2.4 allows up to 24), so a batch of URLs from one
site asks for its robots.txt once, not once per article; captures running at once in threads wait for the
one fetch in flight instead of asking again (a lock per origin).

``Crawl-delay`` and ``Request-rate`` (extensions RFC 9309 leaves out) of the group that applies to us are
kept as :attr:`RobotsRules.delay`, seconds between the starts of two requests, which the capture hands to
the :class:`~archiver.web.politeness.HostGate`. ``urllib.robotparser`` reads only whole seconds; we also
read decimals (``Crawl-delay: 0.5``), choosing the group exactly as it does.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser

from archiver.web.errors import CaptureError
from archiver.web.fetch import Exchange
from archiver.web.urls import Target, parse_target, resolve

__all__ = ["RobotsCache", "RobotsRules", "rules_from_response"]

ROBOTS_MAX_BYTES = 500 * 1024
ROBOTS_MAX_REDIRECTS = 5
#: Seconds a robots.txt answer is reused within one process.
CACHE_SECONDS = 3600.0
_CACHE: dict[tuple[str, str], tuple[float, RobotsRules]] = {}
_CACHE_LOCK = threading.Lock()
#: One lock per (origin, agent) being loaded, so that threads asking at once fetch robots.txt once.
_LOADING: dict[tuple[str, str], threading.Lock] = {}

#: Fetches one target with the given byte limit; the capture supplies it with its own headers and limits.
Fetcher = Callable[[Target, int], Exchange]


@dataclass(frozen=True)
class RobotsRules:
    """What one origin's robots.txt said, and how it was read."""

    url: str
    status: int | None  # the final HTTP status of robots.txt; None when it could not be parsed
    mode: str  # "rules", "allow-all" (4xx), "disallow-all" (5xx or unreadable)
    parser: RobotFileParser | None = None
    #: Seconds between the starts of two requests the site asks of us (Crawl-delay, Request-rate), if any.
    delay: float | None = None

    def allows(self, url: str, agent: str) -> bool:
        if self.mode == "allow-all":
            return True
        if self.mode == "disallow-all" or self.parser is None:
            return False
        return self.parser.can_fetch(agent, url)


@dataclass
class RobotsCache:
    """robots.txt per origin for one run, so each is fetched once."""

    fetch: Fetcher
    agent: str
    rules: dict[str, RobotsRules] = field(default_factory=dict)

    def for_target(self, target: Target) -> RobotsRules:
        if target.origin not in self.rules:
            key = (target.origin, self.agent)
            with _CACHE_LOCK:
                loading = _LOADING.setdefault(key, threading.Lock())
            with loading:  # another thread fetching this robots.txt: its answer is ours
                now = time.monotonic()
                with _CACHE_LOCK:
                    cached = _CACHE.get(key)
                if cached is None or now - cached[0] > CACHE_SECONDS:
                    cached = (now, self._load(target))
                    with _CACHE_LOCK:
                        _CACHE[key] = cached
            self.rules[target.origin] = cached[1]
        return self.rules[target.origin]

    def _load(self, target: Target) -> RobotsRules:
        url = f"{target.origin}/robots.txt"
        robots = parse_target(url)
        exchange = self.fetch(robots, ROBOTS_MAX_BYTES)
        for _ in range(ROBOTS_MAX_REDIRECTS):
            location = exchange.head.get("Location")
            if exchange.status not in (301, 302, 303, 307, 308) or not location:
                break
            try:
                robots = parse_target(resolve(robots.url, location))
            except CaptureError:
                break
            exchange = self.fetch(robots, ROBOTS_MAX_BYTES)
        return rules_from_response(url, exchange, self.agent)


def rules_from_response(url: str, exchange: Exchange, agent: str | None = None) -> RobotsRules:
    """Interpret a robots.txt response per RFC 9309 section 2.3.1 (pure, given the exchange); with
    ``agent``, also the delay its group asks for."""
    status = exchange.status
    if 400 <= status < 500:
        return RobotsRules(url, status, "allow-all")
    if not 200 <= status < 300:
        return RobotsRules(url, status, "disallow-all")
    from archiver.formats.http.body import decode_content
    from archiver.formats.http.head import HttpFormatError

    try:
        body = decode_content(exchange.entity, exchange.head.get("Content-Encoding"), ROBOTS_MAX_BYTES)
    except HttpFormatError:
        return RobotsRules(url, None, "disallow-all")
    parser = RobotFileParser(url)
    parser.parse(_delays_in_ms(body.decode("utf-8", errors="replace").splitlines()))
    return RobotsRules(url, status, "rules", parser, None if agent is None else _delay(parser, agent))


_CRAWL_DELAY = re.compile(r"(?i)^(\s*crawl-delay\s*:\s*)(\d*\.?\d+)(\s*(?:#.*)?)$")


def _delays_in_ms(lines: Iterable[str]) -> list[str]:
    """The lines with each Crawl-delay in milliseconds, so that ``urllib.robotparser`` (which takes whole
    numbers only) keeps ``0.5`` too and picks the group it belongs to as it picks them for Allow/Disallow;
    :func:`_delay` divides by 1000 again. Only the delay read here uses that field of the parser."""
    return [_CRAWL_DELAY.sub(lambda m: f"{m[1]}{round(float(m[2]) * 1000)}{m[3]}", line) for line in lines]


def _delay(parser: RobotFileParser, agent: str) -> float | None:
    """Seconds between requests the group for ``agent`` asks for: Crawl-delay, or Request-rate n/s as s/n
    seconds, the larger when both are given; None when neither is."""
    delays: list[float] = []
    crawl_ms = parser.crawl_delay(agent)
    if crawl_ms is not None:
        delays.append(int(crawl_ms) / 1000.0)
    rate = parser.request_rate(agent)
    if rate is not None and rate.requests > 0:
        delays.append(rate.seconds / rate.requests)
    return max(delays) if delays else None
