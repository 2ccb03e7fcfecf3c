"""The next URL is captured while the current page is packaged: same captures, same bags, same order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archiver.config import Organization, Settings
from archiver.packaging import PackageOptions, package_many
from archiver.validation.run import ValidateOptions, validate_target
from archiver.web.capture import Capture, capture_url
from archiver.web.errors import CaptureError
from archiver.web.options import CaptureOptions
from archiver.web.prefetch import Prefetcher
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
        with pytest.raises(CaptureError) as exc:
            prefetch.take(server.url("/missing"))
        assert exc.value.code == "CAPTURE_HTTP_CLIENT_ERROR"
        with pytest.raises(RuntimeError):
            prefetch.start(server.url("/articles/og.html"))
            prefetch.start(server.url("/articles/bare.html"))
    finally:
        prefetch.close()


def test_urls_files_and_failures_in_a_row_keep_their_order(tmp_path: Path, server: LocalServer) -> None:
    """One process, so every URL after a URL is prefetched: each page is fetched once, results in order."""
    pages = ["/articles/jsonld.html", "/missing", "/articles/og.html", "/articles/bare.html"]
    inputs: list[Path | str] = [server.url(pages[0]), server.url(pages[1]), server.url(pages[2])]
    inputs += [SAMPLE, server.url(pages[3])]
    options = PackageOptions(
        outdir=tmp_path / "out", settings=SETTINGS, captured=datetime(2024, 5, 1, tzinfo=UTC), durable=False
    )
    results = package_many(inputs, options, jobs=1, capture=FAST)
    assert [r.status for r in results] == ["created", "failed", "created", "created", "created"]
    assert [r.input for r in results] == [str(i) for i in inputs]
    assert results[1].error is not None and results[1].error.code == "CAPTURE_HTTP_CLIENT_ERROR"
    assert all(len(server.recorder.received[p]) == 1 for p in pages)
    for result in results:
        if result.bag is not None:
            report = validate_target(result.bag, ValidateOptions())
            assert report.valid, [f.to_dict() for f in report.errors]
