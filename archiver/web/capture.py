"""Capture one page: robots.txt, the request, every redirect, the checks, then (optionally) its resources.

The result, :class:`Capture`, holds every exchange as it happened; nothing is written anywhere here, so a
failure leaves nothing behind by construction. The page itself must succeed: a failure anywhere on its
redirect chain raises :class:`CaptureError`. Resources are best effort: each failure or skip is recorded
(with its reason) in :attr:`Capture.skipped`, and the page is still packaged.

Given a :class:`~archiver.web.politeness.HostGate`, every request (robots.txt, page, redirect hop,
resource) waits for its host's turn there, and robots.txt's Crawl-delay is handed to it, so captures
running at once in threads stay polite to each site (see :mod:`archiver.web.politeness`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from archiver.config import Settings
from archiver.formats.http.body import BodyTooLarge, decode_content
from archiver.formats.http.head import HttpFormatError
from archiver.web.errors import CaptureError, CaptureUsageError
from archiver.web.fetch import Exchange, Limits, fetch_once
from archiver.web.http import media_type
from archiver.web.options import CaptureOptions, default_user_agent
from archiver.web.politeness import HostGate
from archiver.web.resources import find_resources, same_site
from archiver.web.robots import RobotsCache, RobotsRules
from archiver.web.urls import DEFAULT_PORTS, Target, parse_target, redact, resolve

__all__ = ["Capture", "Fetch", "capture_url", "resource_warnings", "resources_captured", "skipped_by_reason"]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
#: Content-Encodings we can undo, and so the only ones we ask for (``br`` would need a third-party module).
ACCEPT_ENCODING = "gzip, deflate"

Fetch = Callable[[Target, list[tuple[str, str]], Limits], Exchange]


@dataclass(frozen=True)
class Skipped:
    """A resource not captured, and why (a CAPTURE_... code, or ROBOTS / LIMIT_... for a deliberate skip)."""

    url: str
    code: str
    message: str


@dataclass(frozen=True)
class CaptureWarning:
    """Something about a capture the user should know; the page is packaged all the same. ``code`` is
    stable (docs/error-codes.md); capture.json records the ``message``."""

    code: str
    message: str
    hint: str | None = None  # what to do about it, for the console (capture.json keeps the message only)

    def shown(self) -> str:
        """The message as the console shows it: with its hint, if any."""
        return self.message if self.hint is None else f"{self.message} ({self.hint})"


@dataclass(frozen=True)
class Capture:
    """Everything one capture fetched, in order."""

    requested_url: str  # as given, credentials removed
    hops: tuple[Exchange, ...]  # the page's redirect chain; the last one is the page
    html: bytes  # the page's entity with Content-Encoding undone: what a browser parsed
    resources: tuple[Exchange, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    robots: tuple[RobotsRules, ...] = ()
    robots_ignored: bool = False
    with_resources: bool = False  # resources were asked for (none found is not the same as none asked)
    user_agent: str = ""
    warnings: tuple[CaptureWarning, ...] = field(default_factory=tuple)

    @property
    def page(self) -> Exchange:
        return self.hops[-1]


def request_fields(user_agent: str, accept: str, referer: str | None = None) -> list[tuple[str, str]]:
    """The request header fields after ``Host``, in the order they are sent."""
    fields = [
        ("User-Agent", user_agent),
        ("Accept", accept),
        ("Accept-Encoding", ACCEPT_ENCODING),
    ]
    if referer:
        fields.append(("Referer", referer))
    fields.append(("Connection", "close"))
    return fields


def _limits(options: CaptureOptions, max_bytes: int | None = None, timeout: float | None = None) -> Limits:
    return Limits(
        timeout=timeout if timeout is not None else options.timeout,
        connect_timeout=options.connect_timeout,
        max_bytes=options.max_bytes if max_bytes is None else max_bytes,
    )


def _disallowed(url: str) -> CaptureError:
    return CaptureError(
        "CAPTURE_ROBOTS_DISALLOWED",
        "robots.txt does not allow this tool to fetch this URL",
        url=url,
        hint="respect the site's wishes, or pass --ignore-robots if you have the right to capture it",
    )


def _in_turn(fetch: Fetch, gate: HostGate) -> Fetch:
    """``fetch``, each request made when the gate gives its host's turn."""

    def fetch_in_turn(target: Target, fields: list[tuple[str, str]], limits: Limits) -> Exchange:
        with gate.request(target.host):
            return fetch(target, fields, limits)

    return fetch_in_turn


class _Session:
    """One capture's shared state: options, User-Agent, robots.txt cache and the fetch function."""

    def __init__(
        self, options: CaptureOptions, settings: Settings, fetch: Fetch, gate: HostGate | None = None
    ) -> None:
        self.options = options
        self.agent = options.user_agent or default_user_agent(settings)
        self.gate = gate
        if gate is not None:
            fetch = _in_turn(fetch, gate)
        self.fetch = fetch
        robots_fields = request_fields(self.agent, "text/plain,*/*;q=0.5")
        self.robots = RobotsCache(
            fetch=lambda target, limit: fetch(
                target, robots_fields, replace(_limits(options, limit), truncate=True)
            ),
            agent=self.agent,
        )

    def check_robots(self, target: Target) -> None:
        if self.options.ignore_robots:
            return
        try:
            rules = self.robots.for_target(target)
        except CaptureError as exc:  # named after the URL asked for, which is what the user knows
            message = f"{exc.message} (asking for the site's robots.txt, {exc.url}, before the page)"
            raise type(exc)(exc.code, message, url=target.url, hint=exc.hint) from exc
        if self.gate is not None:
            self.gate.set_delay(target.host, rules.delay)
        if not rules.allows(target.url, self.agent):
            raise _disallowed(target.url)

    def follow(
        self,
        url: str,
        fields: list[tuple[str, str]],
        limits: Limits,
        *,
        allow: Callable[[Target], None] | None = None,
    ) -> list[Exchange]:
        """Fetch ``url`` and each redirect it leads to; every hop is returned (the last one is not a redirect)."""
        target = parse_target(url)
        hops: list[Exchange] = []
        seen: set[str] = set()
        while True:
            self.check_robots(target)
            if allow is not None:
                allow(target)
            seen.add(target.url)
            exchange = self.fetch(target, fields, limits)
            hops.append(exchange)
            location = exchange.head.get("Location")
            if exchange.status not in REDIRECT_STATUSES:
                return hops
            if not location:
                raise CaptureError(
                    "CAPTURE_REDIRECT_INVALID", f"HTTP {exchange.status} without a Location", url=target.url
                )
            if len(hops) > self.options.max_redirects:
                raise CaptureError(
                    "CAPTURE_TOO_MANY_REDIRECTS",
                    f"more than {self.options.max_redirects} redirects",
                    url=redact(url),
                    hint="the chain was: " + " -> ".join(h.target.url for h in hops),
                )
            try:
                previous, target = target, parse_target(resolve(target.url, location))
            except CaptureUsageError as exc:
                raise CaptureError(
                    "CAPTURE_REDIRECT_INVALID",
                    f"redirected to an unusable URL: {exc.message}",
                    url=target.url,
                ) from None
            if target.port not in (previous.port, DEFAULT_PORTS[target.scheme]):
                raise CaptureError(  # a page must not steer the tool to another service of a host
                    "CAPTURE_REDIRECT_INVALID",
                    f"redirected to another port ({target.url}): not followed",
                    url=previous.url,
                    hint="capture that URL directly if you mean to",
                )
            if target.url in seen:
                raise CaptureError(
                    "CAPTURE_TOO_MANY_REDIRECTS", f"redirect loop back to {target.url}", url=redact(url)
                )


#: What to check when the server refuses a page with these statuses.
CLIENT_ERROR_HINTS = {
    401: "the page needs a login: only public pages are captured",
    403: "the server refuses this page to this tool: check the URL, or ask the site",
    404: "check the URL for typos; the page may have moved or been removed: try the site's own search",
    410: "the page has been removed for good",
    429: "the site asks for fewer requests: try again later, or give --host-delay",
}


def _check_page(exchange: Exchange, options: CaptureOptions) -> bytes:
    """The page's HTML (Content-Encoding undone) after checking status and type; raises CaptureError."""
    url, status = exchange.target.url, exchange.status
    if 400 <= status < 500:
        raise CaptureError(
            "CAPTURE_HTTP_CLIENT_ERROR",
            f"the server answered HTTP {status} {exchange.head.reason}".rstrip(),
            url=url,
            hint=CLIENT_ERROR_HINTS.get(status, "check the URL"),
        )
    if status >= 500:
        raise CaptureError(
            "CAPTURE_HTTP_SERVER_ERROR",
            f"the server answered HTTP {status} {exchange.head.reason}".rstrip(),
            url=url,
            hint="try again later",
        )
    if status != 200 and status != 203:
        raise CaptureError("CAPTURE_NOT_HTML", f"HTTP {status} carries no page to archive", url=url)
    mime, _charset = media_type(exchange.head.get("Content-Type"))
    try:
        html = decode_content(exchange.entity, exchange.head.get("Content-Encoding"), options.max_bytes)
    except HttpFormatError as exc:
        code = "CAPTURE_TOO_LARGE" if isinstance(exc, BodyTooLarge) else "CAPTURE_DECODING"
        raise CaptureError(code, f"the body cannot be decoded: {exc}", url=url) from None
    if mime is None and html.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return html
    if mime not in HTML_TYPES:
        raise CaptureError(
            "CAPTURE_NOT_HTML",
            f"the response is {mime or 'of no declared type'}, not an HTML page",
            url=url,
            hint="only web pages (text/html) are captured as articles",
        )
    if not html.strip():
        raise CaptureError("CAPTURE_NOT_HTML", "the page is empty", url=url)
    return html


def _html_text(html: bytes, exchange: Exchange) -> str:
    _mime, charset = media_type(exchange.head.get("Content-Type"))
    try:
        return html.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return html.decode("utf-8", errors="replace")


def _capture_resources(
    session: _Session, page: Exchange, html: bytes
) -> tuple[list[Exchange], list[Skipped]]:
    """Same-site resources of the page within the count, byte and time limits; failures are recorded."""
    options = session.options
    page_url = page.target.url
    got: list[Exchange] = []
    skipped: list[Skipped] = []
    urls = find_resources(_html_text(html, page), page_url)
    deadline = time.monotonic() + options.resources_timeout
    used = fetched = 0
    fields = request_fields(session.agent, "*/*", referer=page_url)

    def same_site_only(target: Target) -> None:
        if not same_site(target.url, page_url):
            raise CaptureError("CAPTURE_OFF_SITE", "redirected off the page's site", url=target.url)

    for url in urls:
        if not same_site(url, page_url):
            skipped.append(Skipped(url, "LIMIT_OFF_SITE", "not on the page's site"))
            continue
        if fetched >= options.max_resources:
            skipped.append(Skipped(url, "LIMIT_COUNT", f"more than {options.max_resources} resources"))
            continue
        left_time = deadline - time.monotonic()
        left_bytes = options.max_total_bytes - used
        if left_time <= 0:
            skipped.append(Skipped(url, "LIMIT_TIME", f"resources took over {options.resources_timeout:g} s"))
            continue
        if left_bytes <= 0:
            skipped.append(Skipped(url, "LIMIT_BYTES", f"resources reached {options.max_total_bytes} bytes"))
            continue
        limits = _limits(options, min(options.max_bytes, left_bytes), min(options.timeout, left_time))
        try:
            hops = session.follow(url, fields, limits, allow=same_site_only)
        except CaptureError as exc:
            if exc.code == "CAPTURE_TOO_LARGE" and left_bytes < options.max_bytes:
                # Larger than what is left of the page's budget, not than one response may be.
                message = f"would take the resources past {options.max_total_bytes} bytes"
                skipped.append(Skipped(url, "LIMIT_BYTES", message))
                continue
            code = "ROBOTS" if exc.code == "CAPTURE_ROBOTS_DISALLOWED" else exc.code
            skipped.append(Skipped(url, code, exc.message))
            continue
        fetched += 1
        got.extend(hops)
        used += sum(len(h.body) for h in hops)
    return got, skipped


def capture_url(
    url: str,
    options: CaptureOptions,
    settings: Settings,
    *,
    fetch: Fetch | None = None,
    gate: HostGate | None = None,
) -> Capture:
    """Fetch the page at ``url`` (and its resources when asked). Raises CaptureError; writes nothing.

    ``fetch`` defaults to :func:`archiver.web.fetch.fetch_once`; tests and benchmarks may wrap it. With
    ``gate``, each request waits for its host's turn (one in flight per host, the host's delay between).
    """
    fetch = fetch or (lambda target, fields, limits: fetch_once(target, fields, limits))
    target = parse_target(url)  # raises early for a URL that cannot be captured at all
    warnings: list[CaptureWarning] = []
    if target.had_credentials:
        warnings.append(CaptureWarning("URL_CREDENTIALS_REMOVED", CREDENTIALS_REMOVED))
    if not settings.organization.contact_email and not options.user_agent:
        warnings.append(CaptureWarning("CONTACT_EMAIL_MISSING", NO_CONTACT, CONTACT_HINT))
    session = _Session(options, settings, fetch, gate)
    hops = session.follow(target.url, request_fields(session.agent, PAGE_ACCEPT), _limits(options))
    html = _check_page(hops[-1], options)
    resources: list[Exchange] = []
    skipped: list[Skipped] = []
    if options.with_resources:
        resources, skipped = _capture_resources(session, hops[-1], html)
    return Capture(
        requested_url=redact(url.strip()),
        hops=tuple(hops),
        html=html,
        resources=tuple(resources),
        skipped=tuple(skipped),
        robots=tuple(session.robots.rules.values()),
        robots_ignored=options.ignore_robots,
        with_resources=options.with_resources,
        user_agent=session.agent,
        warnings=tuple(warnings),
    )


CREDENTIALS_REMOVED = "the URL carried credentials (user:password@): they were removed and not sent"
NO_CONTACT = "no contact e-mail configured: the User-Agent names no one site owners can write to"
CONTACT_HINT = "set contact_email under [organization] in config.toml, or ARCHIVER_CONTACT_EMAIL"


@dataclass(frozen=True)
class _SkipGroup:
    """How the console and the warnings name one kind of skipped resource."""

    label: str  # in the console's count: "2 skipped: 1 off-site, 1 robots.txt"
    code: str | None  # the warning's code; None: skipped by design, no warning
    why: str  # the warning's words: "N resources WHY: URL, URL"


_SKIP_GROUPS = {
    "LIMIT_OFF_SITE": _SkipGroup("off-site", None, ""),
    "ROBOTS": _SkipGroup("robots.txt", "RESOURCES_ROBOTS", "not captured, disallowed by robots.txt"),
    "LIMIT_COUNT": _SkipGroup("over limits", "RESOURCES_LIMIT", "not captured, past --max-resources"),
    "LIMIT_BYTES": _SkipGroup("over limits", "RESOURCES_LIMIT", "not captured, past --max-resources-bytes"),
    "LIMIT_TIME": _SkipGroup("over limits", "RESOURCES_LIMIT", "not captured, past --resources-timeout"),
}
_FAILED = _SkipGroup("failed", "RESOURCES_FAILED", "not captured, fetching failed")
_HTTP_ERROR = _SkipGroup("", "RESOURCES_HTTP_ERROR", "answered with an HTTP error (recorded as it came)")

#: A warning names at most this many of its resources (capture.json lists them all).
SHOWN_URLS = 3


def resources_captured(capture: Capture) -> int:
    """How many resources were fetched: the responses recorded, a redirect chain counting once."""
    return sum(1 for ex in capture.resources if ex.status not in REDIRECT_STATUSES)


def skipped_by_reason(skipped: tuple[Skipped, ...]) -> list[tuple[str, int]]:
    """How many resources were skipped per reason label (``off-site``, ``robots.txt``, ``over limits``,
    ``failed``), in the order the reasons were first met."""
    counts: dict[str, int] = {}
    for skip in skipped:
        label = _SKIP_GROUPS.get(skip.code, _FAILED).label
        counts[label] = counts.get(label, 0) + 1
    return list(counts.items())


def resource_warnings(capture: Capture) -> list[CaptureWarning]:
    """One warning per reason resources were skipped for (robots.txt, each limit, failures), and one for
    the resources the server answered with an HTTP error, each naming the first few. Resources off the
    page's site are never captured, which is no cause for a warning."""
    groups: dict[str, tuple[_SkipGroup, list[str]]] = {}  # by the warning's words
    for skip in capture.skipped:
        group = _SKIP_GROUPS.get(skip.code, _FAILED)
        if group.code is not None:
            named = f"{skip.url} ({skip.message})" if group is _FAILED else skip.url
            groups.setdefault(group.why, (group, []))[1].append(named)
    for ex in capture.resources:
        if ex.status >= 400:
            status = f"HTTP {ex.status} {ex.head.reason}".rstrip()
            groups.setdefault(_HTTP_ERROR.why, (_HTTP_ERROR, []))[1].append(f"{ex.target.url} ({status})")
    warnings = []
    for group, urls in groups.values():
        assert group.code is not None
        noun = "resource" if len(urls) == 1 else "resources"
        more = f", and {len(urls) - SHOWN_URLS} more" if len(urls) > SHOWN_URLS else ""
        message = f"{len(urls)} {noun} {group.why}: {', '.join(urls[:SHOWN_URLS])}{more}"
        warnings.append(CaptureWarning(group.code, message))
    return warnings
