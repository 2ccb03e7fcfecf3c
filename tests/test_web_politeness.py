"""Many sites captured at once, politely: through ``archiver package`` against real servers on 127.0.0.x.

Each server is one host and records when each request arrived and how many it was answering at once. The
times checked are lower bounds only (a delay was waited), never how fast a run must be.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from archiver.cli.package_cmd import package_command
from archiver.config import Organization, Settings
from archiver.formats.http.head import parse_head
from archiver.web.fetch import Exchange, Timings
from archiver.web.options import DEFAULT_CONCURRENCY, CaptureOptions
from archiver.web.politeness import MAX_DELAY, HostGate, assign_workers, interleave, share, site_key
from archiver.web.prefetch import Prefetcher
from archiver.web.robots import rules_from_response
from archiver.web.urls import parse_target
from archiver.workers import Emit, run_ordered
from tests import webserver
from tests.webserver import LocalServer, serve

ROBOTS = b"User-agent: *\nDisallow: /private/\n"
#: Seconds every answer of the slow sites waits: long enough that two requests at once would overlap.
SLOW = 0.2
#: Timer and scheduling slack allowed under a delay measured from the server's side.
SLACK = 0.03


def _site(delay: float = 0.0, robots: bytes = ROBOTS) -> Callable[[str], webserver.Reply]:
    """The test server's routes, robots.txt as given, every answer (robots.txt too) after ``delay``."""

    def route(path: str) -> webserver.Reply:
        if path == "/robots.txt":
            reply = webserver.simple("200 OK", robots, "text/plain")
        else:
            reply = webserver._route(path)
        reply.delay = max(reply.delay, delay)
        return reply

    return route


@contextmanager
def _sites(count: int, delay: float = 0.0, robots: bytes = ROBOTS) -> Iterator[list[LocalServer]]:
    """``count`` servers, on 127.0.0.2, 127.0.0.3, ...: one host each."""
    with ExitStack() as stack:
        yield [
            stack.enter_context(serve(_site(delay, robots), host=f"127.0.0.{n + 2}")) for n in range(count)
        ]


def _run(tmp_path: Path, urls: list[str], *options: str) -> list[dict[str, object]]:
    """``archiver package --urls FILE -o OUT --json OPTIONS`` in a fresh process, as users run it."""
    listing = tmp_path / "urls.txt"
    listing.write_text("".join(f"{url}\n" for url in urls), encoding="utf-8")
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", SOURCE_DATE_EPOCH="1710417600")
    cmd = [sys.executable, "-m", "archiver", "package", "--organization", "Politeness Test Archive"]
    cmd += ["--urls", str(listing), "-o", str(tmp_path / "out"), "--json", *options]
    got = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in got.stderr, got.stderr
    return [json.loads(line) for line in got.stdout.splitlines()]


def _interleaved(servers: list[LocalServer], pages: int) -> list[str]:
    """Page n of every site, then page n + 1 of every site...: a list as people make them."""
    return [server.url(f"/bench/{n}.html") for n in range(pages) for server in servers]


def _overlapping(servers: list[LocalServer], seconds: float) -> int:
    """Pairs of requests to different hosts that arrived less than ``seconds`` apart: both were then being
    answered at once (every answer takes ``seconds``)."""
    arrivals = sorted((when, n) for n, s in enumerate(servers) for when in s.recorder.starts())
    return sum(1 for (t1, s1), (t2, s2) in pairwise(arrivals) if s1 != s2 and t2 - t1 < seconds - SLACK)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sites_are_captured_at_once_one_request_per_host_robots_once_results_in_order(
    tmp_path: Path, jobs: str
) -> None:
    """Three slow hosts, four pages each, interleaved; in one process and routed over two workers."""
    with _sites(3, delay=SLOW) as servers:
        urls = [*_interleaved(servers, 4), servers[1].url("/missing")]
        records = _run(tmp_path, urls, "--concurrency", "8", "--jobs", jobs)
        for server in servers:
            assert server.recorder.most_at_once == 1  # never two requests at once to one host
            assert len(server.recorder.received["/robots.txt"]) == 1  # one robots.txt per host per run
            starts = server.recorder.starts()
            assert len(starts) == 1 + 4 + (server is servers[1])
            assert all(b - a >= SLOW - SLACK for a, b in pairwise(starts))  # each waited for the last one
        assert _overlapping(servers, SLOW) >= 6  # the hosts really were asked at the same time
    assert [r["input"] for r in records] == urls  # results in input order, whatever finished first
    assert [r["status"] for r in records] == ["created"] * 12 + ["failed"]
    error = records[-1]["error"]
    assert isinstance(error, dict) and error["code"] == "CAPTURE_HTTP_CLIENT_ERROR"  # as before


def test_a_list_sorted_by_site_gives_results_in_its_order(tmp_path: Path) -> None:
    """Two workers are handed their sites' URLs mixed (one of each site in turn): the results still come in
    the list's order, failures in their places."""
    with _sites(3) as servers:
        urls = [server.url(f"/bench/{n}.html") for server in servers for n in range(5)]
        urls.insert(7, servers[0].url("/missing"))
        records = _run(tmp_path, urls, "--jobs", "2")
        assert all(server.recorder.most_at_once == 1 for server in servers)
    assert [r["input"] for r in records] == urls
    assert [r["status"] for r in records] == ["created"] * 7 + ["failed"] + ["created"] * 8


def test_concurrency_one_asks_one_host_at_a_time(tmp_path: Path) -> None:
    with _sites(2, delay=SLOW) as servers:
        records = _run(tmp_path, _interleaved(servers, 2), "--concurrency", "1", "--jobs", "2")
        assert _overlapping(servers, SLOW) == 0
    assert [r["status"] for r in records] == ["created"] * 4


def test_crawl_delay_is_waited_between_the_starts_of_requests_to_a_host(tmp_path: Path) -> None:
    """Crawl-delay 0.6 for us, none for others: from robots.txt to the page, and page to page. A site
    without one is not held back by it."""
    robots = b"User-agent: otherbot\nCrawl-delay: 5\n\nUser-agent: *\nCrawl-delay: 0.6\nDisallow: /private/\n"
    with serve(_site(robots=robots), host="127.0.0.2") as slow, serve(_site(), host="127.0.0.3") as fast:
        urls = [slow.url(f"/bench/{n}.html") for n in range(3)] + [
            fast.url(f"/bench/{n}.html") for n in range(3)
        ]
        records = _run(tmp_path, urls, "--jobs", "1")
        starts = slow.recorder.starts()
        fast_starts = fast.recorder.starts()
    assert [r["status"] for r in records] == ["created"] * 6
    assert len(starts) == 4 and all(b - a >= 0.6 - SLACK for a, b in pairwise(starts))
    assert fast_starts[-1] < starts[-1]  # the other host went on meanwhile


def test_host_delay_option(tmp_path: Path) -> None:
    """--host-delay holds for every host, robots.txt included; a smaller Crawl-delay does not lower it."""
    robots = b"User-agent: *\nCrawl-delay: 0.1\n"
    with _sites(2, robots=robots) as servers:
        records = _run(tmp_path, _interleaved(servers, 3), "--host-delay", "0.5", "--jobs", "2")
        for server in servers:
            starts = server.recorder.starts()
            assert len(starts) == 4 and all(b - a >= 0.5 - SLACK for a, b in pairwise(starts))
    assert [r["status"] for r in records] == ["created"] * 6


def test_resources_wait_their_host_s_turn_too(tmp_path: Path) -> None:
    """--with-resources: the page's images, styles and scripts are requests to the same host like any other."""
    with _sites(2, delay=0.1) as servers:
        urls = [server.url("/articles/resources.html") for server in servers]
        records = _run(tmp_path, urls, "--with-resources", "--host-delay", "0.3", "--jobs", "1")
        for server in servers:
            assert server.recorder.most_at_once == 1
            starts = server.recorder.starts()
            assert len(starts) >= 6  # robots.txt, the page, and its same-site resources
            assert all(b - a >= 0.3 - SLACK for a, b in pairwise(starts))
            assert server.recorder.received["/static/style.css"]
    assert [r["status"] for r in records] == ["created"] * 2


def test_ignore_robots_reads_no_robots_txt_and_so_no_crawl_delay(tmp_path: Path) -> None:
    robots = b"User-agent: *\nCrawl-delay: 30\n"
    with _sites(1, robots=robots) as servers:
        records = _run(tmp_path, _interleaved(servers, 2), "--ignore-robots")
        assert "/robots.txt" not in servers[0].recorder.received
    assert [r["status"] for r in records] == ["created"] * 2


def test_the_concurrency_default_is_the_library_s() -> None:
    option = inspect.signature(package_command).parameters["concurrency"].default
    assert option.default == DEFAULT_CONCURRENCY == CaptureOptions().concurrency


# The pieces, without the command line.

SETTINGS = Settings(organization=Organization(name="Test Archive", contact_email="archive@example.org"))


def _robots_exchange(body: bytes, status: str = "200 OK") -> Exchange:
    target = parse_target("http://example.org/robots.txt")
    raw = f"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    return Exchange(
        target, "GET", b"", parse_head(raw), body, "127.0.0.1", datetime.now(UTC), Timings(0, 0, None, 0, 0)
    )


@pytest.mark.parametrize(
    ("body", "delay"),
    [
        (b"User-agent: *\nCrawl-delay: 2\n", 2.0),
        (b"User-agent: *\nCrawl-delay: 0.25 # a comment\nDisallow: /x\n", 0.25),
        (b"User-agent: archiver\nCrawl-delay: 3\n\nUser-agent: *\nCrawl-delay: 9\n", 3.0),
        (b"User-agent: other\nCrawl-delay: 3\n\nUser-agent: *\nDisallow: /x\n", None),
        (b"User-agent: *\nRequest-rate: 1/5\n", 5.0),
        (b"User-agent: *\nRequest-rate: 2/1\nCrawl-delay: 1\n", 1.0),
        (b"User-agent: *\nCrawl-delay: soon\n", None),
        (b"User-agent: *\nDisallow: /x\n", None),
    ],
)
def test_the_delay_robots_txt_asks_of_us(body: bytes, delay: float | None) -> None:
    rules = rules_from_response("http://example.org/robots.txt", _robots_exchange(body), "archiver/1.0 (x)")
    assert rules.delay == delay
    assert rules.allows("http://example.org/y", "archiver/1.0 (x)")


def test_crawl_delay_rewriting_keeps_the_allow_and_disallow_rules() -> None:
    body = b"User-agent: *\nCrawl-delay: 1.5\nDisallow: /private/\n"
    rules = rules_from_response("http://example.org/robots.txt", _robots_exchange(body), "archiver/1.0")
    assert not rules.allows("http://example.org/private/a", "archiver/1.0")
    assert rules.delay == 1.5


def test_host_gate_caps_a_delay_and_never_lowers_one() -> None:
    gate = HostGate(0.5)
    gate.set_delay("Example.org", 10_000)
    assert gate.delay("example.org") == MAX_DELAY
    gate.set_delay("a.example", 0.1)
    gate.set_delay("a.example", None)
    assert gate.delay("a.example") == 0.5 and gate.delay("b.example") == 0.5
    with pytest.raises(ValueError):
        HostGate(-1)


def test_site_keys_keep_a_host_and_its_subdomains_together() -> None:
    assert site_key("https://www.example.org/a") == site_key("http://static.example.org:8080/b")
    assert site_key("https://www.bbc.co.uk/news") == "bbc.co.uk" != site_key("https://www.itv.co.uk/")
    assert site_key("http://127.0.0.2:8000/x") == "127.0.0.2" != site_key("http://127.0.0.3:8000/x")
    assert site_key("http://[::1]:8000/x") == "::1"


def test_interleave_mixes_sites_within_a_block_keeping_each_site_s_order() -> None:
    keys = ["a", "a", "a", "b", "b", None, "c"]
    assert interleave(keys) == [0, 3, 5, 6, 1, 4, 2]
    assert interleave(["a", "a", "b", "b"], block=2) == [0, 1, 2, 3]  # never across a block
    assert sorted(interleave(keys * 10, block=8)) == list(range(70))


def test_workers_get_whole_sites_and_even_shares() -> None:
    keys = ["a", "b", "a", None, "c", "a", "b", None]
    route = assign_workers(keys, 2)
    for key in ("a", "b", "c"):
        assert len({w for w, k in zip(route, keys, strict=True) if k == key}) == 1
    assert sorted(route.count(w) for w in (0, 1)) == [4, 4]
    assert share(32, 2) == [16, 16] and share(5, 3) == [2, 2, 1] and share(1, 2) == [1, 1]
    assert assign_workers(["a", "b", "c"], 1) == [0, 0, 0]


def test_prefetcher_keeps_a_slow_site_from_holding_up_the_others() -> None:
    """URLs sorted by site (the slow one first): the other site's pages are captured meanwhile, and every
    capture still comes back in the order started."""
    with serve(_site(delay=SLOW), host="127.0.0.2") as slow, serve(_site(), host="127.0.0.3") as fast:
        urls = [slow.url(f"/bench/{n}.html") for n in range(3)]
        urls += [fast.url(f"/bench/{n}.html") for n in range(5)]
        prefetch = Prefetcher(CaptureOptions(timeout=5.0, concurrency=4), SETTINGS)
        try:
            for url in urls:
                prefetch.start(url)
            got = [prefetch.take(url).requested_url for url in urls]
        finally:
            prefetch.close()
        assert got == urls
        fast_starts, slow_starts = fast.recorder.starts(), slow.recorder.starts()
        assert len(fast_starts) == 6 and len(slow_starts) == 4  # robots.txt and the pages, once each
        assert fast_starts[-1] < slow_starts[-1]  # all of the fast site before the slow site's last page
        assert slow.recorder.most_at_once == 1


def _which_worker(feed: Iterator[tuple[int, str]], emit: Emit) -> None:
    """Each item back with the worker's process id and the place it was handed out at."""
    for place, (index, item) in enumerate(feed):
        emit([(index, (os.getpid(), place, item))])


def test_routed_items_go_to_their_worker_mixed_and_come_back_in_order() -> None:
    keys = ["a"] * 6 + ["b"] * 6 + ["c"] * 3
    route = assign_workers(keys, 2)
    got: list[Any] = list(run_ordered(keys, _which_worker, (), 2, route=route, order=interleave(keys)))
    assert [item for _pid, _place, item in got] == keys  # input order
    pids = {key: {pid for pid, _place, item in got if item == key} for key in "abc"}
    assert all(len(p) == 1 for p in pids.values()) and pids["a"] != pids["b"]
    worker_of_a = [place for pid, place, _item in got if pid in pids["a"]]  # a's and c's, in input order
    assert worker_of_a == [0, 2, 4, 6, 7, 8, 1, 3, 5]  # handed out a, c, a, c, a, c, a, a, a


def test_threads_switch_faster_while_prefetchers_run_and_as_before_after() -> None:
    """The GIL switch interval is lowered while capture threads run beside packaging, and put back once
    the last prefetcher closes, whatever order they close in."""
    from archiver.web import prefetch as prefetch_module

    before = sys.getswitchinterval()
    with serve(_site(), host="127.0.0.2") as site:
        first = Prefetcher(CaptureOptions(timeout=5.0), SETTINGS)
        second = Prefetcher(CaptureOptions(timeout=5.0), SETTINGS)
        try:
            first.start(site.url("/bench/1.html"))
            assert sys.getswitchinterval() == pytest.approx(prefetch_module.SWITCH_INTERVAL)
            second.start(site.url("/bench/2.html"))
            first.take(site.url("/bench/1.html"))
            second.take(site.url("/bench/2.html"))
            first.close()
            assert sys.getswitchinterval() == pytest.approx(prefetch_module.SWITCH_INTERVAL)
        finally:
            first.close()
            second.close()
    assert sys.getswitchinterval() == before
