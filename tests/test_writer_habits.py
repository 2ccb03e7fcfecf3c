"""What mainstream writers produce, and archiver's verdict on it (issue 15; the table is docs/writers.md).

Each case makes one writer's habit in the test's temporary folder, the way that writer makes it: with the
writer itself where it is installed here (warcio and pywb's recorder from the test dependencies, bagit-python,
GNU wget), else with a file of the shared corpus (``../shared/corpus/warc/``, skipped when absent), else with
an emulation that follows the writer's published source (wpull, jwarc, warcio.js, bagit-java, DART: each
emulation names the files it follows). Every sample must be valid without ``--strict``, with no error and
exactly the expected warning codes: a writer's habit is a warning or accepted, never an error, unless it
loses data.

Cases marked xfail are habits the validator still calls an error; their expected outcome is the one the
severity policy asks for (docs/validation-codes.md), with the code that the change is expected to bring.

Validation goes through the command line (``python -m archiver validate TARGET --json``), the interface a
user has, so the cases do not depend on the validator's internals.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.webserver import LocalServer, serve

# Codes the pending severity changes are expected to bring (issue 15). If another name is chosen, change it here.
#: warcio (and warcio.js) write WARC-Payload-Digest on metadata records: today WARC-FIELD-NOT-ALLOWED, an error.
PAYLOAD_DIGEST_NOT_ALLOWED = "WARC-PAYLOAD-DIGEST-NOT-ALLOWED"
#: DART 2 never finalizes its tar stream: no end-of-archive blocks. Today TAR-CORRUPT, an error.
TAR_END_MARKER_MISSING = "TAR-END-MARKER-MISSING"
#: bagit-java writes 'BagIt-Version : 0.97' (a space before the colon). Today BAG-DECLARATION-FORMAT, an error.
DECLARATION_WHITESPACE = "BAG-DECLARATION-WHITESPACE"

WHEN = "2024-05-01T10:00:00Z"
BODY = b"<!DOCTYPE html><html><head><title>Hello</title></head><body><p>Hello, archive.</p></body></html>\n"


# ---------------------------------------------------------------------------------------------------------
# The validator, run as a user runs it


def validate(target: Path) -> dict[str, Any]:
    """One target's JSON report from the command line; the exit code must agree with the verdict."""
    done = subprocess.run(
        [sys.executable, "-m", "archiver", "validate", str(target), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert lines, f"no report (exit {done.returncode}): {done.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(lines[-1])
    assert done.returncode == (0 if report["valid"] else 1), done.stderr[-2000:]
    return report


def codes(report: dict[str, Any], severity: str) -> set[str]:
    return {f["code"] for f in report["findings"] if f["severity"] == severity}


# ---------------------------------------------------------------------------------------------------------
# What a case gets: a temporary folder, the local web server, the shared corpus


@dataclass
class Ctx:
    tmp: Path
    request: pytest.FixtureRequest
    stack: contextlib.ExitStack
    _server: LocalServer | None = None

    @property
    def server(self) -> LocalServer:
        """A real HTTP server on 127.0.0.1 (tests/webserver.py), started on first use."""
        if self._server is None:
            self._server = self.stack.enter_context(serve())
        return self._server

    def corpus(self, relative: str, name: str | None = None) -> Path:
        """A copy of a shared-corpus file in the temporary folder (skips when ../shared is absent). ``name``
        renames it: py-wacz's fixtures hold gzipped WARCs named .warc, and the name is not the writer's habit
        under test (a name that disagrees with the content is a warning of its own, TARGET-NAME-MISMATCH)."""
        shared: Path = self.request.getfixturevalue("shared_dir")
        source = shared / "corpus" / "warc" / relative
        if not source.is_file():
            pytest.skip(f"{relative} is not in the shared corpus")
        target = self.tmp / (name or source.name)
        shutil.copyfile(source, target)
        return target


@pytest.fixture
def ctx(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Ctx]:
    with contextlib.ExitStack() as stack:
        yield Ctx(tmp_path, request, stack)


# ---------------------------------------------------------------------------------------------------------
# warcio 1.8 (the installed package: warcio/warcwriter.py, recordbuilder.py, capture_http.py)


def _warcio_writer(out: Any, *, gzip_members: bool, version: str | None = None) -> Any:
    from warcio.warcwriter import WARCWriter

    return WARCWriter(out, gzip=gzip_members, warc_version=version)


def warcio_capture(ctx: Ctx, *, gz: bool, version: str | None, path: str) -> Path:
    """warcinfo, then ``capture_http`` of one page: response first, then its request (both with digests)."""
    from warcio.capture_http import capture_http

    target = ctx.tmp / ("warcio.warc.gz" if gz else "warcio.warc")
    url = ctx.server.url(path)
    with target.open("wb") as out:
        writer = _warcio_writer(out, gzip_members=gz, version=version)
        info = {"software": "warcio/1.8.1", "format": f"WARC File Format {version or '1.0'}"}
        writer.write_record(writer.create_warcinfo_record(target.name, info))
        with capture_http(writer):
            import requests

            requests.get(url, timeout=30)
    return target


def warcio_resource_and_revisit(ctx: Ctx, *, version: str) -> Path:
    """A resource record, then a revisit of it (identical-payload-digest, the profile of the WARC version)."""
    target = ctx.tmp / "warcio-revisit.warc.gz"
    with target.open("wb") as out:
        writer = _warcio_writer(out, gzip_members=True, version=version)
        first = writer.create_warc_record(
            "http://example.com/hello.txt",
            "resource",
            payload=io.BytesIO(BODY),
            length=len(BODY),
            warc_content_type="text/html",
        )
        writer.write_record(first)
        digest = first.rec_headers.get_header("WARC-Payload-Digest")
        date = first.rec_headers.get_header("WARC-Date")
        from warcio.statusandheaders import StatusAndHeaders

        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        revisit = writer.create_revisit_record(
            "http://example.com/hello.txt", digest, "http://example.com/hello.txt", date, http_headers=http
        )
        writer.write_record(revisit)
    return target


def warcio_metadata(ctx: Ctx) -> Path:
    """``create_warc_record(..., "metadata")``: warcio adds WARC-Payload-Digest to every record type except
    warcinfo and revisit (RecordBuilder.NO_PAYLOAD_DIGEST_TYPES), so metadata records carry one."""
    target = ctx.tmp / "warcio-metadata.warc.gz"
    block = b"via: http://example.com/\r\nhopsFromSeed: L\r\n"
    with target.open("wb") as out:
        writer = _warcio_writer(out, gzip_members=True)
        record = writer.create_warc_record(
            "http://example.com/", "metadata", payload=io.BytesIO(block), length=len(block)
        )
        writer.write_record(record)
    return target


# ---------------------------------------------------------------------------------------------------------
# pywb 2.10's recorder (pywb/recorder/multifilewarcwriter.py): warcio's writer under a file template


def pywb_recorder(ctx: Ctx) -> Path:
    """What ``wayback --record`` writes: ``rec-<timestamp>-<host>.warc.gz``, no warcinfo record, response then
    request for each capture. Driven with warcio's ``capture_http`` instead of pywb's proxy app (which needs
    gevent and, offline, fails on its public-suffix download)."""
    pytest.importorskip("pywb", reason="pywb is a test dependency: pip install pywb")
    from pywb.recorder.multifilewarcwriter import MultiFileWARCWriter  # type: ignore[import-untyped]
    from warcio.capture_http import capture_http

    class Writer(MultiFileWARCWriter):  # type: ignore[misc]
        def write_request_response_pair(self, req: Any, resp: Any, params: Any = None) -> None:
            super().write_request_response_pair(req, resp, params or {})

    folder = ctx.tmp / "pywb"
    folder.mkdir()
    writer = Writer(str(folder) + "/")
    # http.client is asked for its connection class at call time, so capture_http's patch applies whatever
    # was imported before (requests binds urllib3's class at import, which a whole test run has done by now).
    import urllib.request

    with capture_http(writer):
        for path in ("/articles/bare.html", "/articles/chunked-plain.html"):
            with urllib.request.urlopen(ctx.server.url(path), timeout=30) as answer:
                answer.read()
    for out, _name in list(writer.fh_cache.values()):
        out.close()
    (written,) = folder.glob("rec-*.warc.gz")
    return written


# ---------------------------------------------------------------------------------------------------------
# GNU wget (the installed /usr/bin/wget; src/warc.c)


def wget(ctx: Ctx, *extra: str) -> Path:
    if shutil.which("wget") is None:
        pytest.skip("GNU wget is not installed")
    stem = ctx.tmp / "wget"
    done = subprocess.run(
        [
            "wget",
            "--quiet",
            "--tries=1",
            "--timeout=30",
            "--output-document=/dev/null",
            f"--warc-file={stem}",
            *extra,
            ctx.server.url("/articles/bare.html"),
            ctx.server.url("/articles/chunked.html"),
        ],
        cwd=ctx.tmp,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (written,) = ctx.tmp.glob("wget.warc*")
    return written


# ---------------------------------------------------------------------------------------------------------
# Emulations: plain WARC records, written the way each writer's source writes them


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def uuid_id(n: int) -> str:
    return f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"


def http_response(body: bytes = BODY, *, chunked: bool = False) -> tuple[bytes, bytes]:
    """An HTTP/1.1 response as received: (head, body as sent, chunk framing included)."""
    if chunked:
        sent = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (40, body[:40], len(body) - 40, body[40:])
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    else:
        sent = body
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
    return head, sent


HTTP_REQUEST = b"GET /page.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: test\r\n\r\n"


def record(version: str, fields: list[tuple[str, str]], block: bytes) -> bytes:
    head = "".join(f"{name}: {value}\r\n" for name, value in fields)
    return f"{version}\r\n{head}\r\n".encode() + block + b"\r\n\r\n"


def wpull(ctx: Ctx) -> Path:
    """wpull 2.0 (ArchiveTeam/wpull wpull/warc/format.py, wpull/warc/recorder.py): WARC/1.0; each record
    appended through its own ``gzip.GzipFile(name, 'ab')`` (one member per record, the file name in FNAME);
    every record, the warcinfo record included, gets WARC-Warcinfo-ID naming the warcinfo record; the payload
    digest of HTTP records is taken over the bytes after the HTTP head, chunk framing included, request
    records too; a duplicate becomes a revisit cut to the HTTP head, with WARC-Truncated: length; the log is a
    resource record at urn:X-wpull:log."""
    target = ctx.tmp / "wpull.warc.gz"
    info_id, request_id, response_id, revisit_id, log_id = (uuid_id(n) for n in range(1, 6))
    date = WHEN

    def common(kind: str, content_type: str, rid: str) -> list[tuple[str, str]]:
        return [
            ("WARC-Type", kind),
            ("Content-Type", content_type),
            ("WARC-Date", date),
            ("WARC-Record-ID", rid),
        ]

    def digests(block: bytes, payload_offset: int | None) -> list[tuple[str, str]]:
        out = [("WARC-Block-Digest", sha1_b32(block))]
        if payload_offset is not None:
            out.append(("WARC-Payload-Digest", sha1_b32(block[payload_offset:])))
        return [*out, ("Content-Length", str(len(block)))]

    info = (
        b"Software: Wpull/2.0.1 Python/3.4.3\r\nformat: WARC File Format 1.0\r\n"
        b"conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n\r\n"
    )
    records = [
        record(
            "WARC/1.0", [*common("warcinfo", "application/warc-fields", info_id), *digests(info, None)], info
        )
    ]
    url = "http://example.com/page.html"
    records.append(
        record(
            "WARC/1.0",
            [
                *common("request", "application/http;msgtype=request", request_id),
                ("WARC-Target-URI", url),
                ("WARC-IP-Address", "127.0.0.1"),
                *digests(HTTP_REQUEST, len(HTTP_REQUEST)),
            ],
            HTTP_REQUEST,
        )
    )
    head, sent = http_response(chunked=True)
    block = head + sent
    records.append(
        record(
            "WARC/1.0",
            [
                *common("response", "application/http;msgtype=response", response_id),
                ("WARC-Target-URI", url),
                ("WARC-IP-Address", "127.0.0.1"),
                ("WARC-Concurrent-To", request_id),
                *digests(block, len(head)),
            ],
            block,
        )
    )
    # The same page fetched again: _record_revisit() keeps the payload digest, cuts the block to the head.
    payload_digest = sha1_b32(sent)
    records.append(
        record(
            "WARC/1.0",
            [
                ("WARC-Type", "revisit"),
                ("Content-Type", "application/http;msgtype=response"),
                ("WARC-Date", date),
                ("WARC-Record-ID", revisit_id),
                ("WARC-Target-URI", url),
                ("WARC-IP-Address", "127.0.0.1"),
                ("WARC-Block-Digest", sha1_b32(head)),
                ("WARC-Payload-Digest", payload_digest),
                ("Content-Length", str(len(head))),
                ("WARC-Refers-To", response_id),
                ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"),
                ("WARC-Truncated", "length"),
            ],
            head,
        )
    )
    log = b"2024-05-01 10:00:00,000 - wpull - INFO - Fetched 'http://example.com/page.html'.\n"
    records.append(
        record(
            "WARC/1.0",
            [
                *common("resource", "text/plain", log_id),
                ("WARC-Target-URI", "urn:X-wpull:log"),
                *digests(log, None),
            ],
            log,
        )
    )
    for data in records:
        # WARCRecorder.write_record(): WARC-Warcinfo-ID is added last, to every record.
        data = data.replace(b"\r\n\r\n", f"\r\nWARC-Warcinfo-ID: {info_id}\r\n\r\n".encode(), 1)
        with gzip.GzipFile(target, mode="ab") as out:
            out.write(data)
    return target


def _jwarc_gzip(data: bytes) -> bytes:
    """jwarc's GzipChannel: a bare 10-byte header (no MTIME, XFL or OS), best compression, one member."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = deflate.compress(data) + deflate.flush()
    trailer = zlib.crc32(data).to_bytes(4, "little") + (len(data) & 0xFFFFFFFF).to_bytes(4, "little")
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x00" + body + trailer


def jwarc(ctx: Ctx) -> Path:
    """jwarc (iipc/jwarc src/org/netpreserve/jwarc/WarcRecord.java, WarcWriter.java, GzipChannel.java,
    WarcDigest.java): WARC/1.1 by default; header fields kept in a case-insensitive sorted map, so they come
    out in alphabetical order; WARC-Date is ``Instant.toString()`` (fractions of a second when there are
    any); sha1 digests in base32; ``fetch()`` writes the response, then the request (no payload digest on
    the request, none on a response without a body)."""
    target = ctx.tmp / "jwarc.warc.gz"
    url = "http://example.com/page.html"
    head, sent = http_response()
    response = head + sent
    date = "2024-05-01T10:00:00.123456Z"
    response_fields = {
        "WARC-Type": "response",
        "Content-Length": str(len(response)),
        "WARC-Date": date,
        "WARC-Record-ID": uuid_id(1),
        "Content-Type": "application/http;msgtype=response",
        "WARC-Block-Digest": sha1_b32(response),
        "WARC-IP-Address": "127.0.0.1",
        "WARC-Payload-Digest": sha1_b32(sent),
        "WARC-Target-URI": url,
    }
    request = b"GET /page.html HTTP/1.0\r\nUser-Agent: jwarc\r\nConnection: close\r\n\r\n"
    request_fields = {
        "WARC-Type": "request",
        "Content-Length": str(len(request)),
        "WARC-Date": date,
        "WARC-Record-ID": uuid_id(2),
        "Content-Type": "application/http;msgtype=request",
        "WARC-Block-Digest": sha1_b32(request),
        "WARC-Concurrent-To": uuid_id(1),
        "WARC-Target-URI": url,
    }
    with target.open("wb") as out:
        for fields, block in ((response_fields, response), (request_fields, request)):
            ordered = sorted(fields.items(), key=lambda item: item[0].lower())
            out.write(_jwarc_gzip(record("WARC/1.1", ordered, block)))
    return target


def warcio_js(ctx: Ctx, *, metadata: bool) -> Path:
    """warcio.js 2.x (webrecorder/warcio.js src/lib/warcrecord.ts, warcserializer.ts), as ArchiveWeb.page and
    browsertrix use it: WARC/1.1 with millisecond dates; sha256 digests in hex with the prefix ``sha256:``,
    payload and block, on every record type except warcinfo and revisit (so metadata records carry a payload
    digest too); Content-Length set last; one gzip member per record."""
    target = ctx.tmp / "warcio-js.warc.gz"
    date = "2024-05-01T10:00:00.000Z"

    def sha256(data: bytes) -> str:
        return "sha256:" + hashlib.sha256(data).hexdigest()

    info = b"software: Webrecorder ArchiveWeb.page 0.11.0, using warcio.js 2.2.0\r\nformat: WARC File Format 1.1\r\n"
    out = [
        record(
            "WARC/1.1",
            [
                ("WARC-Filename", target.name),
                ("WARC-Date", date),
                ("WARC-Type", "warcinfo"),
                ("WARC-Record-ID", uuid_id(1)),
                ("Content-Type", "application/warc-fields"),
                ("Content-Length", str(len(info))),
            ],
            info,
        )
    ]
    url = "https://example.com/"
    if metadata:
        block = b'{"resources": []}'
        kinds = [("metadata", "application/json", b"", block)]
    else:
        head, sent = http_response()
        kinds = [
            ("response", "application/http; msgtype=response", head, sent),
            ("request", "application/http; msgtype=request", HTTP_REQUEST, b""),
        ]
    for n, (kind, content_type, head, payload) in enumerate(kinds, start=2):
        block = head + payload
        out.append(
            record(
                "WARC/1.1",
                [
                    ("WARC-Target-URI", url),
                    ("WARC-Date", date),
                    ("WARC-Type", kind),
                    ("WARC-Record-ID", uuid_id(n)),
                    ("Content-Type", content_type),
                    ("WARC-Payload-Digest", sha256(payload)),
                    ("WARC-Block-Digest", sha256(block)),
                    ("Content-Length", str(len(block))),
                ],
                block,
            )
        )
    target.write_bytes(b"".join(gzip.compress(data, mtime=0) for data in out))
    return target


def heritrix_zero_length_then_next(ctx: Ctx) -> Path:
    """Heritrix 3 before webarchive-commons' fix of 2014 (iipc/webarchive-commons pull request 27) ended a
    record with an empty block with one CRLF too few; ept/warc-hadoop issue 2 shows one in a 2014 crawl,
    followed by the next record. Made here from the corpus: the server-not-modified revisit (which has that
    habit), then another Heritrix record, one gzip member each, as Heritrix writes them."""
    first = ctx.corpus("iipc-warc-specifications/20141124-heritrix-server-not-modified.warc.gz")
    second = ctx.corpus("iipc-warc-specifications/20130729-heritrix-original.warc.gz")
    target = ctx.tmp / "heritrix-crawl.warc.gz"
    target.write_bytes(first.read_bytes() + second.read_bytes())
    return target


# ---------------------------------------------------------------------------------------------------------
# Bags: bagit-python (installed), bagit-java and DART (emulated)

PAYLOAD = {"data/a.txt": b"hello\n", "data/sub/b.bin": b"\x00\x01"}


def bagit_python(
    ctx: Ctx, *, names: dict[str, bytes] | None = None, checksums: list[str] | None = None
) -> Path:
    """``bagit.make_bag`` of bagit-python 1.9: BagIt 0.97, sha256 and sha512 by default, tag manifests,
    bag-info with Bag-Software-Agent, Bagging-Date and Payload-Oxum; only CR and LF are percent-encoded."""
    import bagit

    folder = ctx.tmp / "bag"
    folder.mkdir()
    for name, data in (names or {"a.txt": b"hello\n", "sub/b.bin": b"\x00\x01"}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    kwargs: dict[str, Any] = {"checksums": checksums} if checksums else {}
    bagit.make_bag(str(folder), {"Source-Organization": "Test"}, **kwargs)
    return folder


def bagit_java(ctx: Ctx, *, newline: str) -> Path:
    """bagit-java 5 (LibraryOfCongress/bagit-java src/main/java/gov/loc/repository/bagit/writer/
    BagitFileWriter.java, MetadataWriter.java, ManifestWriter.java; creator/BagCreator.java): BagIt 0.97 by
    default; 'BagIt-Version : 0.97' and every bag-info line written as 'Label : value'; two spaces between
    checksum and path; lines end with the platform's separator (CRLF on Windows)."""
    folder = ctx.tmp / "bag"
    for name, data in PAYLOAD.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    nl = newline
    (folder / "bagit.txt").write_bytes(
        f"BagIt-Version : 0.97{nl}Tag-File-Character-Encoding : UTF-8{nl}".encode()
    )
    lines = "".join(f"{hashlib.sha512(data).hexdigest()}  {name}{nl}" for name, data in PAYLOAD.items())
    (folder / "manifest-sha512.txt").write_bytes(lines.encode())
    size = sum(map(len, PAYLOAD.values()))
    info = f"Payload-Oxum : {size}.{len(PAYLOAD)}{nl}Bagging-Date : 2024-05-01{nl}"
    (folder / "bag-info.txt").write_bytes(info.encode())
    tags = ("bagit.txt", "bag-info.txt", "manifest-sha512.txt")
    lines = "".join(f"{hashlib.sha512((folder / t).read_bytes()).hexdigest()}  {t}{nl}" for t in tags)
    (folder / "tagmanifest-sha512.txt").write_bytes(lines.encode())
    return folder


def dart_tar(ctx: Ctx, *, finalized: bool) -> Path:
    """DART 2 (APTrust/dart plugins/formats/write/tar_writer.js with the tar-stream package; bagit/bagger.js):
    every member under '<bag name>/', directory entries, a PAX header ('x', path and size records) before
    every file, manifests as 'checksum path' with one space, Bagging-Date from ``dateFormat(...,
    'isoUtcDateTime')``; the packer is never finalized, so the tar ends right after the last member's data,
    without the two zero blocks of the end-of-archive marker. ``finalized`` adds them (what Go's
    archive/tar ``Writer.Close`` writes in DART 3 / dart-runner, bagit/tar_writer.go)."""
    name = "dart-bag"
    size = sum(map(len, PAYLOAD.values()))
    tags = {
        "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": (
            f"Bag-Count: 1 of 1\nBagging-Date: {WHEN}\nBagging-Software: DART v2.0.22\n"
            f"Payload-Oxum: {size}.{len(PAYLOAD)}\nSource-Organization: Test\n"
        ).encode(),
    }
    tags["manifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(d).hexdigest()} {p}\n" for p, d in PAYLOAD.items()
    ).encode()
    tags["tagmanifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(d).hexdigest()} {p}\n" for p, d in tags.items()
    ).encode()
    buffer = io.BytesIO()
    archive = tarfile.TarFile(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT)

    def pax_records(path: str, length: int) -> bytes:
        out = b""
        for key, value in (("path", path), ("size", str(length))):
            text = f" {key}={value}\n"
            count = len(text) + len(str(len(text)))
            count = len(text) + len(str(count))
            out += f"{count}{text}".encode()
        return out

    def add(path: str, data: bytes | None) -> None:
        info = tarfile.TarInfo(f"{name}/{path}")
        info.mtime, info.uid, info.gid = 1714557600, 1000, 1000
        if data is None:
            info.type, info.mode = tarfile.DIRTYPE, 0o755
            archive.addfile(info)
            return
        info.size, info.mode = len(data), 0o644
        records = pax_records(info.name, len(data))
        pax = tarfile.TarInfo("PaxHeader")
        pax.type, pax.size, pax.mode, pax.mtime = tarfile.XHDTYPE, len(records), 0o644, info.mtime
        archive.addfile(pax, io.BytesIO(records))
        archive.addfile(info, io.BytesIO(data))

    add("bagit.txt", tags["bagit.txt"])
    add("data", None)
    add("data/a.txt", PAYLOAD["data/a.txt"])
    add("data/sub", None)
    add("data/sub/b.bin", PAYLOAD["data/sub/b.bin"])
    for tag in ("bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"):
        add(tag, tags[tag])
    data = buffer.getvalue()  # not archive.close(): that would add the end-of-archive marker and padding
    if finalized:
        data += b"\0" * 1024
    target = ctx.tmp / f"{name}.tar"
    target.write_bytes(data)
    return target


# ---------------------------------------------------------------------------------------------------------
# The cases: one writer habit each


@dataclass(frozen=True)
class Case:
    id: str
    build: Callable[[Ctx], Path]
    warnings: frozenset[str] = frozenset()
    xfail: str | None = None


def _case(
    id: str, build: Callable[[Ctx], Path], *warnings: str, xfail: str | None = None
) -> Any:  # a pytest ParameterSet
    marks = [pytest.mark.xfail(strict=False, reason=xfail)] if xfail else []
    return pytest.param(Case(id, build, frozenset(warnings), xfail), id=id, marks=marks)


CASES = [
    # warcio 1.8.1, real
    _case(
        "warcio-1.8-gzip-capture-http",
        lambda c: warcio_capture(c, gz=True, version=None, path="/articles/bare.html"),
    ),
    _case(
        "warcio-1.8-warc-1.1-uncompressed",
        lambda c: warcio_capture(c, gz=False, version="1.1", path="/articles/bare.html"),
    ),
    _case(
        "warcio-1.8-chunked-payload-digest",
        lambda c: warcio_capture(c, gz=True, version=None, path="/articles/chunked.html"),
    ),
    _case("warcio-1.8-revisit-warc-1.0", lambda c: warcio_resource_and_revisit(c, version="1.0")),
    _case("warcio-1.8-revisit-warc-1.1", lambda c: warcio_resource_and_revisit(c, version="1.1")),
    _case(
        "warcio-1.8-metadata-payload-digest",
        warcio_metadata,
        PAYLOAD_DIGEST_NOT_ALLOWED,
    ),
    _case("warcio-test-data-example", lambda c: c.corpus("warcio/example.warc.gz"), "WARC-PROFILE-UNKNOWN"),
    # pywb 2.10's recorder, real
    _case("pywb-2.10-recorder", pywb_recorder),
    # warcio.js / Webrecorder's tools
    _case("warcio.js-2-sha256-hex", lambda c: warcio_js(c, metadata=False)),
    _case(
        "warcio.js-2-metadata-payload-digest",
        lambda c: warcio_js(c, metadata=True),
        PAYLOAD_DIGEST_NOT_ALLOWED,
    ),
    _case(
        "archiveweb.page-0.6-warcinfo-repeated",
        lambda c: c.corpus("py-wacz/example-iana.warc", "example-iana.warc.gz"),
        "WARC-RECORD-ID-REPEATED",
    ),
    _case(
        "wabac.js-sha-256-label",
        lambda c: c.corpus("py-wacz/example-warcinfo-metadata.warc", "example-warcinfo-metadata.warc.gz"),
    ),
    _case(
        "webrecorder-platform-4.9",
        lambda c: c.corpus("py-wacz/example-collection.warc", "example-collection.warc.gz"),
    ),
    # GNU wget, real (1.21.3 here) and from the corpus
    _case("wget-1.21-gzip-fextra-brackets", lambda c: wget(c), "WARC-TARGET-URI-MALFORMED"),
    _case("wget-1.21-uncompressed", lambda c: wget(c, "--no-warc-compression"), "WARC-TARGET-URI-MALFORMED"),
    _case("wget-1.16-hello-world", lambda c: c.corpus("iipc-warc-specifications/hello-world.warc.gz")),
    _case(
        "wget-warcio-test-data-brackets",
        lambda c: c.corpus("warcio/example-wget-bad-target-uri.warc.gz"),
        "WARC-TARGET-URI-MALFORMED",
    ),
    # Heritrix, from the corpus
    _case(
        "heritrix-3-response",
        lambda c: c.corpus("iipc-warc-specifications/20130729-heritrix-original.warc.gz"),
    ),
    _case(
        "heritrix-3-revisit-truncated-length",
        lambda c: c.corpus("iipc-warc-specifications/20130729-heritrix-revisit-with-http-headers.warc.gz"),
    ),
    _case(
        "heritrix-3-revisit-refers-to-fields",
        lambda c: c.corpus(
            "iipc-warc-specifications/20141129-heritrix-revisit-with-http-headers-and-new-warc-headers.warc.gz"
        ),
    ),
    _case(
        "heritrix-3-server-not-modified-one-crlf",
        lambda c: c.corpus("iipc-warc-specifications/20141124-heritrix-server-not-modified.warc.gz"),
        "WARC-RECORD-END-INCOMPLETE",
    ),
    _case(
        "heritrix-3-zero-length-record-mid-file",
        heritrix_zero_length_then_next,
        "WARC-RECORD-END-SHORT",
    ),
    _case(
        "heritrix-1.14-warc-0.17",
        lambda c: c.corpus("jwat/IAH-20080430204825-00000-blackbook.warc.gz"),
        "WARC-VERSION-OLD",
    ),
    # wpull and jwarc, emulated
    _case("wpull-2-emulated", wpull, "WARC-FIELD-MISPLACED"),
    _case("jwarc-emulated", jwarc),
    # Bags
    _case("bagit-python-1.9-default", lambda c: bagit_python(c)),
    _case(
        "bagit-python-1.9-percent-and-space-md5",
        lambda c: bagit_python(
            c, names={"100% done.txt": b"x\n", "two words.txt": b"y\n"}, checksums=["md5"]
        ),
    ),
    _case(
        "bagit-java-5-emulated-lf",
        lambda c: bagit_java(c, newline="\n"),
        DECLARATION_WHITESPACE,
    ),
    _case(
        "bagit-java-5-emulated-crlf",
        lambda c: bagit_java(c, newline="\r\n"),
        DECLARATION_WHITESPACE,
    ),
    _case(
        "dart-2-tar-no-end-marker",
        lambda c: dart_tar(c, finalized=False),
        TAR_END_MARKER_MISSING,
        "BAG-INFO-BAGGING-DATE",
    ),
    _case("dart-tar-with-end-marker", lambda c: dart_tar(c, finalized=True), "BAG-INFO-BAGGING-DATE"),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_writer_habit(case: Case, ctx: Ctx) -> None:
    target = case.build(ctx)
    report = validate(target)
    errors = [f"{f['code']}: {f['message']}" for f in report["findings"] if f["severity"] == "error"]
    assert not errors, errors
    assert report["valid"] is True
    assert codes(report, "warning") == set(case.warnings)


def test_every_case_is_named_once() -> None:
    ids = [param.values[0].id for param in CASES]
    assert len(ids) == len(set(ids))
