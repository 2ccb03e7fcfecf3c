"""The next URLs are captured while the current pages are packaged, and URLs in a row are staged phase by
phase together: same captures, same bags, same order."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from archiver import staging
from archiver.config import Organization, Settings
from archiver.errors import ArchiverError
from archiver.packaging import PackageOptions, PackageResult, StagedBag, commit_staged, package_many
from archiver.packaging import phases as packaging_phases
from archiver.packaging import run as packaging_run
from archiver.staging import STAGING_PREFIX
from archiver.validation.run import ValidateOptions, validate_target
from archiver.web import package_url as package_url_module
from archiver.web.capture import Capture, capture_url
from archiver.web.errors import CaptureError
from archiver.web.options import CaptureOptions
from archiver.web.package_url import stage_captures
from archiver.web.prefetch import Prefetcher, capture_size
from tests import webserver
from tests.webserver import LocalServer, page_bytes, serve

SETTINGS = Settings(organization=Organization(name="Test Archive", contact_email="archive@example.org"))
FAST = CaptureOptions(timeout=5.0)
SAMPLE = Path(__file__).resolve().parent.parent / "archiver" / "data" / "sample-article.txt"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve() as srv:
        yield srv


def test_take_returns_the_capture_started_in_the_background(server: LocalServer) -> None:
    prefetch = Prefetcher(FAST, SETTINGS)
    try:
        prefetch.start(server.url("/articles/jsonld.html"))
        got = prefetch.take(server.url("/articles/jsonld.html"))
        assert got.page.status == 200 and got.html == page_bytes("jsonld.html")
        assert (
            server.recorder.received["/articles/jsonld.html"]
            and len(server.recorder.received["/articles/jsonld.html"]) == 1
        )
    finally:
        prefetch.close()


def test_take_without_start_captures_now_and_drops_an_unwanted_capture(server: LocalServer) -> None:
    calls: list[str] = []

    def logged(url: str, options: CaptureOptions, settings: Settings) -> Capture:
        calls.append(url)
        return capture_url(url, options, settings)

    prefetch = Prefetcher(FAST, SETTINGS, capture=logged)
    try:
        assert prefetch.take(server.url("/articles/og.html")).page.status == 200
        prefetch.start(server.url("/articles/bare.html"))
        assert prefetch.take(server.url("/articles/og.html")).page.status == 200  # not the one started
        prefetch.start(server.url("/articles/bare.html"))  # the dropped one no longer counts as in flight
        assert prefetch.take(server.url("/articles/bare.html")).page.status == 200
    finally:
        prefetch.close()
    assert calls == [server.url(p) for p in ("/articles/og.html", "/articles/bare.html")] * 2


def test_a_failed_background_capture_is_raised_by_take(server: LocalServer) -> None:
    prefetch = Prefetcher(FAST, SETTINGS)
    try:
        prefetch.start(server.url("/missing"))
        prefetch.start(server.url("/articles/og.html"))
        with pytest.raises(CaptureError) as exc:
            prefetch.take(server.url("/missing"))
        assert exc.value.code == "CAPTURE_HTTP_CLIENT_ERROR"
        assert prefetch.take(server.url("/articles/og.html")).page.status == 200  # the next one is unharmed
    finally:
        prefetch.close()
    with pytest.raises(RuntimeError):
        prefetch.start(server.url("/articles/og.html"))


class _Watched:
    """capture_url, recording which URLs were begun and how many ran at the same time."""

    def __init__(self) -> None:
        self.begun: list[str] = []
        self.running = 0
        self.most_at_once = 0
        self.lock = threading.Lock()

    def __call__(self, url: str, options: CaptureOptions, settings: Settings) -> Capture:
        with self.lock:
            self.begun.append(url)
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            return capture_url(url, options, settings)
        finally:
            with self.lock:
                self.running -= 1


def test_captures_started_together_run_one_at_a_time_and_come_back_in_order(server: LocalServer) -> None:
    watched = _Watched()
    prefetch = Prefetcher(FAST, SETTINGS, capture=watched)
    urls = [server.url(f"/bench/{n}.html") for n in range(6)] + [server.url("/articles/jsonld.html")]
    try:
        for url in urls:
            prefetch.start(url)
        assert prefetch.in_flight == len(urls)
        got = [prefetch.take(url) for url in urls]
    finally:
        prefetch.close()
    assert [c.requested_url for c in got] == urls and watched.begun == urls
    assert watched.most_at_once == 1  # a site never sees two requests at once from one worker
    assert prefetch.in_flight == 0


def _wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_finished_captures_past_the_byte_limit_wait_to_be_taken(server: LocalServer) -> None:
    watched = _Watched()
    prefetch = Prefetcher(FAST, SETTINGS, capture=watched, max_held_bytes=1)
    urls = [server.url(f"/bench/{n}.html") for n in range(3)]
    try:
        for url in urls:
            prefetch.start(url)
        _wait_for(lambda: len(watched.begun) == 1 and watched.running == 0)
        time.sleep(0.2)
        assert watched.begun == urls[:1]  # one page held: the next is not begun
        first = prefetch.take(urls[0])
        assert capture_size(first) > 2 * len(
            first.html
        )  # the page twice (as received, decoded), and the heads
        _wait_for(lambda: len(watched.begun) == 2)
        assert [prefetch.take(url).requested_url for url in urls[1:]] == urls[1:]
    finally:
        prefetch.close()


def test_close_drops_the_captures_not_yet_begun(server: LocalServer) -> None:
    watched = _Watched()
    prefetch = Prefetcher(FAST, SETTINGS, capture=watched, max_held_bytes=1)
    for n in range(4):
        prefetch.start(server.url(f"/bench/{n}.html"))
    _wait_for(lambda: len(watched.begun) == 1 and watched.running == 0)
    prefetch.close()
    time.sleep(0.2)
    assert len(watched.begun) == 1


def test_urls_files_and_failures_in_a_row_keep_their_order(tmp_path: Path, server: LocalServer) -> None:
    """One process, so every URL after a URL is prefetched: each page is fetched once, results in order."""
    pages = ["/articles/jsonld.html", "/missing", "/articles/og.html", "/articles/bare.html"]
    inputs: list[Path | str] = [server.url(pages[0]), server.url(pages[1]), server.url(pages[2])]
    inputs += [SAMPLE, server.url(pages[3])]
    results = package_many(inputs, _options(tmp_path / "out"), jobs=1)
    assert [r.status for r in results] == ["created", "failed", "created", "created", "created"]
    assert [r.input for r in results] == [str(i) for i in inputs]
    assert results[1].error is not None and results[1].error.code == "CAPTURE_HTTP_CLIENT_ERROR"
    assert all(len(server.recorder.received[p]) == 1 for p in pages)
    for result in results:
        if result.bag is not None:
            report = validate_target(result.bag, ValidateOptions())
            assert report.valid, [f.to_dict() for f in report.errors]


def _with_untitled_page(path: str) -> webserver.Reply:
    if path == "/untitled.html":
        return webserver.simple("200 OK", b"<html><body><p>No title here.</p></body></html>", "text/html")
    return webserver._route(path)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _options(outdir: Path) -> PackageOptions:
    return PackageOptions(
        outdir=outdir,
        settings=SETTINGS,
        captured=datetime(2024, 5, 1, tzinfo=UTC),
        durable=False,
        capture=FAST,
    )


def _statuses(staged: list[StagedBag | PackageResult], outdir: Path) -> list[str]:
    committed = iter(commit_staged([s for s in staged if isinstance(s, StagedBag)], outdir, durable=False))
    results = [s if isinstance(s, PackageResult) else next(committed) for s in staged]
    return [f"failed {r.error.code}" if r.error else r.status for r in results]


def test_staging_captures_together_gives_the_bags_one_at_a_time_gives(tmp_path: Path) -> None:
    """stage_captures runs phase by phase over a group, for speed: each outcome and every byte must be what
    staging each capture alone gives, with a failure in the capture, in the extraction and at the commit."""
    paths = [
        "/articles/jsonld.html",
        "/missing",
        "/articles/og.html",
        "/untitled.html",
        "/articles/bare.html",
    ]
    paths += ["/articles/og.html", "/articles/latin1.html"]
    captures: list[tuple[str, Capture | ArchiverError | OSError]] = []
    with serve(_with_untitled_page) as server:
        for path in paths:
            try:
                captures.append((server.url(path), capture_url(server.url(path), FAST, SETTINGS)))
            except CaptureError as exc:
                captures.append((server.url(path), exc))
    alone, grouped = tmp_path / "alone", tmp_path / "grouped"
    for outdir in (alone, grouped):  # already there: the same capture again is "exists"
        outdir.mkdir()
        assert _statuses(stage_captures([captures[4]], _options(outdir)), outdir) == ["created"]
    expected = [status for c in captures for status in _statuses(stage_captures([c], _options(alone)), alone)]
    got = _statuses(stage_captures(captures, _options(grouped)), grouped)
    assert got == expected
    assert expected == [
        "created",
        "failed CAPTURE_HTTP_CLIENT_ERROR",
        "created",
        "failed ARTICLE_NO_TITLE",
        "exists",
        "exists",  # the same capture twice in one group: the second finds the first committed
        "created",
    ]
    assert _snapshot(grouped) == _snapshot(alone)
    untitled = stage_captures([captures[3]], _options(tmp_path / "again"))[0]
    assert isinstance(untitled, PackageResult) and untitled.error is not None
    assert untitled.error.where == captures[3][0]  # the URL given, not the file name the bag would use


def test_staging_captures_interrupted_leaves_no_staging_folder(
    server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captures: list[tuple[str, Capture | ArchiverError | OSError]] = [
        (url, capture_url(url, FAST, SETTINGS)) for url in (server.url(f"/bench/{n}.html") for n in range(4))
    ]
    written: list[Path] = []
    real = packaging_phases.write_staged

    def write_then_stop(*args: Any, **kwargs: Any) -> Any:
        if len(written) == 2:
            raise KeyboardInterrupt
        staged = real(*args, **kwargs)
        written.append(staged[0])
        return staged

    monkeypatch.setattr(packaging_phases, "write_staged", write_then_stop)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KeyboardInterrupt):
        stage_captures(captures, _options(out))
    assert len(written) == 2 and list(out.iterdir()) == []


@pytest.fixture
def group_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of captures in each call of stage_captures, as the run makes them."""
    sizes: list[int] = []
    real = package_url_module.stage_captures

    def counted(
        captures: list[tuple[str, Capture | ArchiverError | OSError]], options: PackageOptions
    ) -> list[StagedBag | PackageResult]:
        sizes.append(len(captures))
        return real(captures, options)

    monkeypatch.setattr(package_url_module, "stage_captures", counted)
    return sizes


def test_urls_in_a_row_are_captured_and_staged_a_group_at_a_time(
    server: LocalServer, tmp_path: Path, group_sizes: list[int]
) -> None:
    urls: list[Path | str] = [
        server.url(f"/bench/{n}.html") for n in range(5 + 2 * packaging_run.URL_GROUP + 3)
    ]
    inputs = [*urls[:5], SAMPLE, *urls[5:]]
    results = package_many(inputs, _options(tmp_path / "out"), jobs=1)
    assert [r.input for r in results] == [str(i) for i in inputs]
    assert all(r.status == "created" for r in results)
    assert group_sizes == [5, packaging_run.URL_GROUP, packaging_run.URL_GROUP, 3]  # a file ends a group
    assert all(len(server.recorder.received[f"/bench/{n}.html"]) == 1 for n in range(len(urls)))


def test_large_pages_are_staged_in_smaller_runs(
    server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group_sizes: list[int]
) -> None:
    """A group holds at most about STAGE_GROUP_BYTES of captures; the results are the same."""
    monkeypatch.setattr(packaging_phases, "STAGE_GROUP_BYTES", 1)  # every capture is over it
    urls: list[Path | str] = [server.url(f"/bench/{n}.html") for n in range(5)] + [server.url("/missing")]
    results = package_many(urls, _options(tmp_path / "out"), jobs=1)
    assert [r.status for r in results] == ["created"] * 5 + ["failed"]
    assert group_sizes == [1, 1, 1, 1, 1, 1]


def test_a_failure_after_the_capture_is_handed_over_not_lost(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the thread raises for a URL reaches take(): it never waits for an outcome that cannot come."""
    from archiver.web import prefetch as prefetch_module

    def broken(capture: Capture) -> int:
        raise MemoryError("no room for the page")

    monkeypatch.setattr(prefetch_module, "capture_size", broken)
    prefetch = Prefetcher(FAST, SETTINGS)
    try:
        prefetch.start(server.url("/articles/og.html"))
        with pytest.raises(MemoryError):
            prefetch.take(server.url("/articles/og.html"))
    finally:
        prefetch.close()
    with pytest.raises(RuntimeError):
        prefetch.take(server.url("/articles/og.html"))  # closed: refused, never a wait


def _slow_bench_pages(path: str) -> webserver.Reply:
    reply = webserver._route(path)
    if path.startswith("/bench/"):
        reply.delay = 0.25
    return reply


def test_ctrl_c_while_a_result_is_reported_stops_the_workers_at_once(tmp_path: Path) -> None:
    """Ctrl-C lands in ``on_result`` (a progress bar) as often as anywhere: the workers must stop then too."""

    def interrupt(result: PackageResult) -> None:
        raise KeyboardInterrupt

    out = tmp_path / "out"
    with serve(_slow_bench_pages) as slow:
        urls: list[Path | str] = [slow.url(f"/bench/{n}.html") for n in range(60)]
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt) as caught:  # kept, as the CLI keeps it: the frames stay alive
            package_many(urls, _options(out), jobs=2, on_result=interrupt)
        took = time.monotonic() - started

        def asked() -> int:
            return sum(len(v) for path, v in slow.recorder.received.items() if path.startswith("/bench/"))

        asked_when_stopped = asked()
        time.sleep(1.0)
        assert asked() == asked_when_stopped  # the workers were stopped before package_many raised
    assert took < 10  # 60 pages of 0.25 s on two workers would take 7.5 s after the first result
    assert asked_when_stopped < 45 and caught.value is not None
    assert not [p for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)]


def test_a_staging_folder_nobody_recorded_is_removed_on_ctrl_c(
    server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C can land as mkdir returns, before the folder's path is kept anywhere: it is found by name."""
    real = staging.new_staging_dir
    made: list[Path] = []

    def made_then_interrupted(parent: Path, label: str = "", *, run: str = "") -> Path:
        made.append(real(parent, label, run=run))
        raise KeyboardInterrupt

    monkeypatch.setattr(staging, "new_staging_dir", made_then_interrupted)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        package_many([server.url("/articles/og.html")], _options(out), jobs=1)
    assert made and not made[0].exists() and not out.exists()  # the run made the folder, and took it away
