"""Capturing pages from a real local HTTP server into bags: WARC records, metadata, failures, politeness."""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from archiver.config import Organization, Settings
from archiver.errors import UsageError
from archiver.formats.http.body import dechunk
from archiver.formats.warc.validator import validate_warc_stream
from archiver.formats.warc.writer import sha1_base32_digest
from archiver.packaging import PackageOptions, PackageResult
from archiver.web.errors import CaptureError
from archiver.web.options import CaptureOptions
from archiver.web.package_url import package_url, read_url_list, stage_url
from tests.webserver import HUGE_BYTES, LocalServer, page_bytes, serve

SETTINGS = Settings(organization=Organization(name="Test Archive", contact_email="archive@example.org"))
WARCIO = Path(sys.executable).parent / "warcio"
FAST = CaptureOptions(timeout=5.0)


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as srv:
        yield srv


def _options(outdir: Path, **kw: object) -> PackageOptions:
    kw.setdefault("capture", FAST)
    return PackageOptions(outdir=outdir, settings=SETTINGS, durable=False, **kw)  # type: ignore[arg-type]


def _capture(server: LocalServer, path: str, tmp_path: Path, capture: CaptureOptions = FAST) -> PackageResult:
    result = package_url(server.url(path), _options(tmp_path / "out", capture=capture))
    assert result.status == "created" and result.bag is not None
    return result


def _warc(bag: Path) -> Path:
    return next((bag / "data" / "warc").glob("*.warc.gz"))


def _records(warc: Path) -> list[tuple[dict[str, str], bytes]]:
    """(WARC headers, raw block) of every record, read by warcio."""
    out = []
    with warc.open("rb") as fh:
        for rec in ArchiveIterator(fh, ensure_http_headers=False):
            headers = dict(rec.rec_headers.headers)
            out.append((headers, rec.raw_stream.read() if rec.http_headers is None else b""))
    return out


def _blocks(warc: Path) -> list[tuple[dict[str, str], bytes]]:
    """(WARC headers, block bytes exactly as stored), parsed by hand so HTTP blocks stay raw."""
    data = gzip.decompress(warc.read_bytes())
    out = []
    pos = 0
    while pos < len(data):
        head_end = data.index(b"\r\n\r\n", pos)
        lines = data[pos:head_end].decode().split("\r\n")[1:]
        headers = dict(line.split(": ", 1) for line in lines)
        length = int(headers["Content-Length"])
        start = head_end + 4
        out.append((headers, data[start : start + length]))
        pos = start + length + 4
    return out


def _warcio_check(warc: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(WARCIO), "check", "-v", str(warc)], capture_output=True, text=True, check=False
    )


def _our_validator_errors(warc: Path) -> list[str]:
    with warc.open("rb") as fh:
        findings, _ = validate_warc_stream(fh, name=warc.name)
    return [f"{f.code}: {f.message}" for f in findings if f.severity == "error"]


# --- every test page: WARC, metadata, interop --------------------------------------------------------------

PAGES: dict[str, dict[str, Any]] = {
    "/articles/jsonld.html": {
        "title": "Harbour bridge reopens after two years of repairs",
        "authors": ["Ada Lovelace", "Charles Babbage"],
        "published": "2024-05-01T06:30:00Z",
        "modified": "2024-05-02T10:00:00Z",
        "publisher": "Riverside Gazette",
        "language": "en-GB",
        "canonical": "https://news.example.org/2024/05/01/harbour-bridge-reopens",
    },
    "/articles/og.html": {
        "title": "La bibliothèque municipale rouvre ses portes",
        "authors": ["Marie Curie"],
        "published": "2024-03-15T09:00:00Z",
        "modified": "2024-03-15T12:45:00Z",
        "publisher": "Le Courrier du Port",
        "language": "fr",
        "canonical": "https://courrier.example.fr/culture/bibliotheque-rouvre",
    },
    "/articles/bare.html": {
        "title": "Council approves new park",
        "authors": [],
        "published": None,
        "modified": None,
        "publisher": None,
        "language": "en",
        "canonical": None,
    },
    "/articles/latin1.html": {
        "title": "Große Überschwemmung in Köln: Rhein erreicht Höchststand",
        "authors": ["Jürgen Müller"],
        "published": "2024-01-05T06:15:00Z",
        "modified": None,
        "publisher": None,
        "language": "de",
        "canonical": None,
    },
}
SAME_AS_JSONLD = ("/articles/chunked.html", "/articles/gzip.html")


@pytest.mark.parametrize("path", [*PAGES, *SAME_AS_JSONLD])
def test_capture_gives_a_bag_whose_metadata_is_what_the_page_says(
    server: LocalServer, tmp_path: Path, path: str
) -> None:
    bag = _capture(server, path, tmp_path).bag
    assert bag is not None
    expected = PAGES.get(path, PAGES["/articles/jsonld.html"])
    meta = json.loads((bag / "data/metadata/article-metadata.json").read_text(encoding="utf-8"))
    assert meta["title"] == expected["title"]
    assert meta["authors"] == expected["authors"]
    assert meta["dates"]["published"] == expected["published"]
    assert meta["dates"]["modified"] == expected["modified"]
    assert meta["publisher"] == expected["publisher"]
    if not meta["language"]["detected"] or expected["language"] == "en":
        assert meta["language"]["code"] == expected["language"]
    assert meta["source_url"] == server.url(path)
    assert meta["original"]["media_type"] == "text/html"
    capture = json.loads((bag / "data/capture/capture.json").read_text(encoding="utf-8"))
    assert capture["canonical_url"] == expected["canonical"]
    assert capture["status"] == 200 and capture["ip_address"] == "127.0.0.1"
    text = (bag / "data/text/article.txt").read_text(encoding="utf-8")
    assert text.strip() and text.endswith("\n")
    if path == "/articles/latin1.html":
        assert meta["original"]["encoding"] == "windows-1252"
        assert "„Wir sind vorbereitet“" in text
        assert not [w for w in meta["warnings"] if w["code"].startswith("ENCODING")]


@pytest.mark.parametrize("path", [*PAGES, *SAME_AS_JSONLD, "/r/1"])
def test_captured_warc_reads_back_and_validates(server: LocalServer, tmp_path: Path, path: str) -> None:
    bag = _capture(server, path, tmp_path).bag
    assert bag is not None
    warc = _warc(bag)
    types = [h["WARC-Type"] for h, _ in _records(warc)]
    hops = 3 if path == "/r/1" else 1
    assert types == ["warcinfo", *(["request", "response"] * hops), "metadata", "metadata"]
    assert _our_validator_errors(warc) == []
    check = _warcio_check(warc)
    if path == "/articles/chunked.html":
        # warcio 1.8.1 digests the chunked framing too (warcio issue 74); we follow WARC 1.1 and RFC 9112:
        # the payload is the de-chunked entity. That one digest is all warcio objects to.
        assert check.returncode == 1
        assert check.stdout.count("failed") == 1 and "payload digest failed" in check.stdout
    else:
        assert check.returncode == 0, check.stdout + check.stderr


def test_http_bytes_are_recorded_exactly_as_sent_and_received(server: LocalServer, tmp_path: Path) -> None:
    path = "/articles/jsonld.html"
    bag = _capture(server, path, tmp_path).bag
    assert bag is not None
    blocks = _blocks(_warc(bag))
    request = next(b for h, b in blocks if h["WARC-Type"] == "request")
    response = next(b for h, b in blocks if h["WARC-Type"] == "response")
    assert response == server.recorder.sent[path][-1]
    assert request == server.recorder.received[path][-1]
    assert b"content-TYPE: text/html;charset=UTF-8\r\nX-Odd-CASE:   kept as sent\r\n" in response
    assert b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n" in response
    assert request.startswith(b"GET /articles/jsonld.html HTTP/1.1\r\nHost: 127.0.0.1:")
    assert b"User-Agent: archiver/0.1.0 (news-archiver; +mailto:archive@example.org)\r\n" in request


def test_request_and_response_records_cite_each_other(server: LocalServer, tmp_path: Path) -> None:
    bag = _capture(server, "/articles/bare.html", tmp_path).bag
    assert bag is not None
    blocks = _blocks(_warc(bag))
    (req, _), (resp, body) = [(h, b) for h, b in blocks if h["WARC-Type"] in ("request", "response")]
    assert req["WARC-Concurrent-To"] == resp["WARC-Record-ID"]
    assert resp["WARC-Concurrent-To"] == req["WARC-Record-ID"]
    assert req["WARC-IP-Address"] == resp["WARC-IP-Address"] == "127.0.0.1"
    assert req["WARC-Target-URI"] == resp["WARC-Target-URI"] == server.url("/articles/bare.html")
    assert resp["WARC-Block-Digest"] == sha1_base32_digest(body)
    assert resp["WARC-Payload-Digest"] == sha1_base32_digest(page_bytes("bare.html"))
    metas = [h for h, _ in blocks if h["WARC-Type"] == "metadata"]
    assert all(m["WARC-Refers-To"] == resp["WARC-Record-ID"] for m in metas)
    assert all(m["WARC-Target-URI"].startswith("urn:uuid:") for m in metas)
    assert all("WARC-Payload-Digest" not in m for m in metas)


def test_chunked_framing_is_kept_and_the_payload_digest_is_of_the_entity(
    server: LocalServer, tmp_path: Path
) -> None:
    path = "/articles/chunked.html"
    bag = _capture(server, path, tmp_path).bag
    assert bag is not None
    headers, block = next((h, b) for h, b in _blocks(_warc(bag)) if h["WARC-Type"] == "response")
    assert block == server.recorder.sent[path][-1]
    body = block.split(b"\r\n\r\n", 1)[1]
    assert body.startswith(b"64;note=first\r\n") and body.endswith(b"0\r\nX-Trailer: done\r\n\r\n")
    assert dechunk(body) == page_bytes("jsonld.html")
    assert headers["WARC-Payload-Digest"] == sha1_base32_digest(page_bytes("jsonld.html"))
    assert (bag / "data/original").iterdir().__next__().read_bytes() == page_bytes("jsonld.html")


def test_gzip_body_stays_compressed_in_the_warc_and_decoded_in_the_payload(
    server: LocalServer, tmp_path: Path
) -> None:
    path = "/articles/gzip.html"
    bag = _capture(server, path, tmp_path).bag
    assert bag is not None
    headers, block = next((h, b) for h, b in _blocks(_warc(bag)) if h["WARC-Type"] == "response")
    body = block.split(b"\r\n\r\n", 1)[1]
    assert gzip.decompress(body) == page_bytes("jsonld.html")
    assert headers["WARC-Payload-Digest"] == sha1_base32_digest(body)
    original = next((bag / "data/original").iterdir())
    assert original.read_bytes() == page_bytes("jsonld.html")
    meta = json.loads((bag / "data/metadata/article-metadata.json").read_text(encoding="utf-8"))
    assert meta["original"]["sha256"] == hashlib.sha256(page_bytes("jsonld.html")).hexdigest()


def test_each_redirect_hop_is_recorded_and_the_final_url_is_the_source(
    server: LocalServer, tmp_path: Path
) -> None:
    bag = _capture(server, "/r/1", tmp_path).bag
    assert bag is not None
    responses = [(h, b) for h, b in _blocks(_warc(bag)) if h["WARC-Type"] == "response"]
    assert [h["WARC-Target-URI"] for h, _ in responses] == [
        server.url("/r/1"),
        server.url("/r/2"),
        server.url("/articles/bare.html"),
    ]
    assert [b.split(b" ", 2)[1] for _, b in responses] == [b"301", b"302", b"200"]
    capture = json.loads((bag / "data/capture/capture.json").read_text(encoding="utf-8"))
    assert [r["status"] for r in capture["redirects"]] == [301, 302]
    assert capture["requested_url"] == server.url("/r/1")
    assert capture["final_url"] == server.url("/articles/bare.html")
    meta = json.loads((bag / "data/metadata/article-metadata.json").read_text(encoding="utf-8"))
    assert meta["source_url"] == server.url("/articles/bare.html")


# --- resources and revisits --------------------------------------------------------------------------------


def test_with_resources_captures_same_site_assets_and_writes_a_revisit_for_a_repeat(
    server: LocalServer, tmp_path: Path
) -> None:
    bag = _capture(server, "/articles/resources.html", tmp_path, CaptureOptions(with_resources=True)).bag
    assert bag is not None
    warc = _warc(bag)
    blocks = _blocks(warc)
    by_uri = {h["WARC-Target-URI"]: h for h, _ in blocks if h["WARC-Type"] in ("response", "revisit")}
    for path in ("/static/style.css", "/static/app.js", "/static/logo.png", "/static/missing.png"):
        assert by_uri[server.url(path)]["WARC-Type"] == "response"
    revisit = by_uri[server.url("/static/logo-copy.png")]
    assert revisit["WARC-Type"] == "revisit"
    assert revisit["WARC-Profile"] == "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
    assert revisit["WARC-Refers-To"] == by_uri[server.url("/static/logo.png")]["WARC-Record-ID"]
    assert revisit["WARC-Refers-To-Target-URI"] == server.url("/static/logo.png")
    assert revisit["WARC-Payload-Digest"] == by_uri[server.url("/static/logo.png")]["WARC-Payload-Digest"]
    assert server.url("/private/hidden.png") not in by_uri  # robots.txt
    assert not [u for u in by_uri if "other.example" in u]  # off site
    capture = json.loads((bag / "data/capture/capture.json").read_text(encoding="utf-8"))
    skipped = {s["url"]: s["code"] for s in capture["skipped"]}
    assert skipped[server.url("/private/hidden.png")] == "ROBOTS"
    assert skipped["https://cdn.other.example/tracker.js"] == "LIMIT_OFF_SITE"
    assert _our_validator_errors(warc) == []
    assert _warcio_check(warc).returncode == 0


def test_resource_count_limit(server: LocalServer, tmp_path: Path) -> None:
    bag = _capture(
        server, "/articles/resources.html", tmp_path, CaptureOptions(with_resources=True, max_resources=2)
    ).bag
    assert bag is not None
    capture = json.loads((bag / "data/capture/capture.json").read_text(encoding="utf-8"))
    assert len(capture["resources"]) == 2
    assert sum(1 for s in capture["skipped"] if s["code"] == "LIMIT_COUNT") == 4


def test_a_resource_past_the_page_s_byte_budget_is_skipped_as_limit_bytes(
    server: LocalServer, tmp_path: Path
) -> None:
    budget = len((Path(__file__).parent / "pages" / "style.css").read_bytes()) + 1  # one byte left after it
    capture = CaptureOptions(with_resources=True, max_total_bytes=budget)
    bag = _capture(server, "/articles/resources.html", tmp_path, capture).bag
    assert bag is not None
    document = json.loads((bag / "data/capture/capture.json").read_text(encoding="utf-8"))
    assert [r["url"] for r in document["resources"]] == [server.url("/static/style.css")]
    skipped = {s["url"]: s for s in document["skipped"]}
    for path in ("/static/app.js", "/static/logo.png"):
        assert skipped[server.url(path)]["code"] == "LIMIT_BYTES"
        assert skipped[server.url(path)]["message"] == f"would take the resources past {budget} bytes"


# --- failures: the right code, the URL named, nothing left behind -------------------------------------------

FAILURES = [
    ("/missing", FAST, "CAPTURE_HTTP_CLIENT_ERROR"),
    ("/error", FAST, "CAPTURE_HTTP_SERVER_ERROR"),
    ("/data.json", FAST, "CAPTURE_NOT_HTML"),
    ("/slow", CaptureOptions(timeout=0.5), "CAPTURE_TIMEOUT"),
    ("/huge", CaptureOptions(max_bytes=HUGE_BYTES // 2), "CAPTURE_TOO_LARGE"),
    ("/huge-stream", CaptureOptions(max_bytes=HUGE_BYTES // 2), "CAPTURE_TOO_LARGE"),
    ("/private/page.html", FAST, "CAPTURE_ROBOTS_DISALLOWED"),
    ("/r/loop", FAST, "CAPTURE_TOO_MANY_REDIRECTS"),
]


@pytest.mark.parametrize(("path", "capture", "code"), FAILURES)
def test_failures_have_their_code_name_the_url_and_leave_nothing(
    server: LocalServer, tmp_path: Path, path: str, capture: CaptureOptions, code: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CaptureError) as info:
        package_url(server.url(path), _options(out, capture=capture))
    assert info.value.code == code
    assert info.value.where is not None and path in info.value.where
    assert list(out.iterdir()) == []


def test_ignore_robots_fetches_a_disallowed_page(server: LocalServer, tmp_path: Path) -> None:
    before = len(server.recorder.received["/robots.txt"])
    bag = _capture(server, "/private/page.html", tmp_path, CaptureOptions(ignore_robots=True)).bag
    assert bag is not None
    assert len(server.recorder.received["/robots.txt"]) == before  # not even asked
    capture = json.loads((bag / "data/capture/capture.json").read_text(encoding="utf-8"))
    assert capture["robots"] == "ignored"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ftp://example.org/file", "CAPTURE_SCHEME_UNSUPPORTED"),
        ("file:///etc/passwd", "CAPTURE_SCHEME_UNSUPPORTED"),
        ("example.org/no-scheme", "CAPTURE_SCHEME_UNSUPPORTED"),
        ("http://", "CAPTURE_URL_INVALID"),
        ("http://host.invalid/", "CAPTURE_DNS"),
    ],
)
def test_unusable_urls(tmp_path: Path, url: str, code: str) -> None:
    with pytest.raises(CaptureError) as info:
        stage_url(url, _options(tmp_path))
    assert info.value.code == code
    assert list(tmp_path.iterdir()) == []


def test_connection_refused_and_tls_failures(server: LocalServer, tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    with pytest.raises(CaptureError) as refused:
        stage_url(f"http://127.0.0.1:{free}/", _options(tmp_path))
    assert refused.value.code == "CAPTURE_CONNECTION_REFUSED"
    assert refused.value.url == f"http://127.0.0.1:{free}/"  # the URL asked for, robots.txt in the message
    assert f"http://127.0.0.1:{free}/robots.txt" in refused.value.message
    with pytest.raises(CaptureError) as tls:  # TLS spoken to a plain HTTP server
        stage_url(f"https://127.0.0.1:{server.port}/articles/bare.html", _options(tmp_path))
    assert tls.value.code == "CAPTURE_TLS"
    assert list(tmp_path.iterdir()) == []


def test_credentials_in_the_url_never_reach_the_warc(server: LocalServer, tmp_path: Path) -> None:
    url = server.url("/articles/bare.html").replace("http://", "http://alice:s3cret@")
    result = package_url(url, _options(tmp_path / "out"))
    assert result.bag is not None
    for file in result.bag.rglob("*"):
        if file.is_file():
            data = gzip.decompress(file.read_bytes()) if file.name.endswith(".gz") else file.read_bytes()
            assert b"s3cret" not in data and b"alice" not in data, file
    assert not [r for r in server.recorder.received["/articles/bare.html"] if b"Authorization" in r]
    capture = json.loads((result.bag / "data/capture/capture.json").read_text(encoding="utf-8"))
    assert any("credentials" in w for w in capture["warnings"])


def test_a_fixed_capture_date_names_the_bag_and_dates_every_record(
    server: LocalServer, tmp_path: Path
) -> None:
    when = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    out = tmp_path / "out"
    first = package_url(server.url("/articles/bare.html"), _options(out, captured=when))
    assert first.bag is not None and first.bag.name.endswith("-20240501120000")
    dates = {h["WARC-Date"] for h, _ in _blocks(_warc(first.bag))}
    assert dates == {"2024-05-01T12:00:00Z"}
    again = package_url(server.url("/articles/bare.html"), _options(out, captured=when))
    assert again.status == "exists"
    later = package_url(
        server.url("/articles/bare.html"), _options(out, captured=datetime(2024, 6, 1, tzinfo=UTC))
    )
    assert later.status == "created" and later.identifier == first.identifier and later.bag != first.bag


def test_read_url_list(tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(
        "\ufeff# morning run\nhttps://example.org/a\n\n  http://example.org/b  \n# done\n", encoding="utf-8"
    )
    assert read_url_list(listing) == ["https://example.org/a", "http://example.org/b"]
    listing.write_text("https://example.org/a#part   # the second part\nhttps://example.org/c\t# c\n")
    assert read_url_list(listing) == ["https://example.org/a#part", "https://example.org/c"]  # notes dropped
    listing.write_text("https://example.org/a\nftp://example.org/b\nnot a url\nmailto:x@example.org\n")
    with pytest.raises(UsageError) as info:
        read_url_list(listing)
    assert info.value.code == "URL_LIST_INVALID"
    assert info.value.message.startswith("line 2: ") and info.value.message.endswith("; also lines 3, 4")


def test_our_validator_sees_the_same_records_warcio_sees(server: LocalServer, tmp_path: Path) -> None:
    bag = _capture(server, "/articles/og.html", tmp_path).bag
    assert bag is not None
    data = _warc(bag).read_bytes()
    findings, stats = validate_warc_stream(BytesIO(data), name="x.warc.gz")
    assert stats["records"] == len(_records(_warc(bag))) == 5
    assert findings == []


DATED_PAGE = (
    b"<!doctype html><html lang='en'><head><title>Lead pipes replaced</title></head><body><article>"
    b"<h1>Lead pipes replaced</h1><p>The water company replaced the last lead pipes in the old town this "
    b"week, two years ahead of the plan it agreed with the regulator.</p>"
    b"<p>Households were told to run their taps for a minute after the works.</p></article></body></html>"
)


def test_a_capture_reads_its_date_from_the_pages_url(tmp_path: Path) -> None:
    """A page that states its date nowhere but its address (issue 16): the capture reads the URL it fetched,
    as ``package FILE --url`` does, and its bag's text file is the one a page file's bag gets."""
    from tests.webserver import simple

    def route(path: str) -> Any:
        if path == "/2024/05/21/lead-pipes":
            return simple("200 OK", DATED_PAGE, "text/html; charset=utf-8")
        return simple("404 Not Found", b"no", "text/plain")

    with serve(route) as server:
        bag = _capture(server, "/2024/05/21/lead-pipes", tmp_path).bag
    assert bag is not None
    meta = json.loads((bag / "data/metadata/article-metadata.json").read_text(encoding="utf-8"))
    assert meta["dates"]["published"] == "2024-05-21T00:00:00Z"
    assert meta["dates"]["published_local"] is None  # the URL states a day, no offset
    text = (bag / "data/text/article.txt").read_text(encoding="utf-8")
    assert text.startswith("The water company replaced") and text.endswith("minute after the works.\n")


def test_parse_page_passes_the_url_to_the_reader() -> None:
    from archiver.web.page import parse_page

    article = parse_page(DATED_PAGE, "page.html", http_charset=None, url="https://x.example/2024/05/21/a")
    assert article.parsed.published == datetime(2024, 5, 21)
    assert parse_page(DATED_PAGE, "page.html", http_charset=None).parsed.published is None
