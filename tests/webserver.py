"""A real HTTP/1.1 server on 127.0.0.1 (or another loopback address) for the capture tests, at the byte level.

Each response is written as raw bytes, so a test controls (and can compare) every byte on the wire: header
case and order, chunk framing, gzip bodies. The server remembers the raw bytes of every request it received
and every response it sent, per path, for byte-exact comparisons with the WARC records; and when each request
arrived and how many it was answering at once (the politeness tests: one server is one host).

``serve(host="127.0.0.2")`` runs it on another loopback address: Linux answers on all of 127.0.0.0/8
with no set-up, so a test can have many hosts.

Routes (pages come from tests/pages/):

====================== ================================================================================
/robots.txt            disallows /private/
/articles/jsonld.html  JSON-LD article, also served with odd header case (X-Odd-CASE) for byte checks
/articles/og.html      OpenGraph-only article (French)
/articles/bare.html    bare HTML: <title>, <h1>, <p>
/articles/latin1.html  windows-1252 bytes, charset only in the HTTP header
/articles/chunked.html the JSON-LD page in three chunks, with a chunk extension and a trailer
/articles/chunked-plain.html  the same chunks without extension or trailer (as nginx sends them)
/articles/gzip.html    the JSON-LD page with Content-Encoding: gzip
/articles/resources.html  a page using /static/* (two identical images: a revisit), off-site and missing ones
/r/1 -> /r/2 -> page   301 then 302 then the bare page
/r/loop                redirects to itself
/missing               404;  /error: 500;  /data.json: application/json
/slow                  waits ``SLOW_SECONDS`` before answering
/huge                  declares and sends ``HUGE_BYTES``;  /huge-stream: the same without Content-Length
/private/page.html     disallowed by robots.txt
/bench/<n>.html        generated article number n (the benchmark)
====================== ================================================================================
"""

from __future__ import annotations

import gzip
import socketserver
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"
SLOW_SECONDS = 3.0
HUGE_BYTES = 2 * 1024 * 1024
#: 1x1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)
DATE = "Wed, 01 May 2024 10:00:00 GMT"


@dataclass
class Reply:
    """Raw response pieces, written one after the other with ``delay`` seconds before each."""

    pieces: list[bytes]
    delay: float = 0.0


def head(status: str, fields: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in fields)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def simple(status: str, body: bytes, content_type: str, extra: list[tuple[str, str]] | None = None) -> Reply:
    fields = [
        ("Date", DATE),
        ("Server", "archiver-test"),
        ("Content-Type", content_type),
        ("Content-Length", str(len(body))),
        *(extra or []),
        ("Connection", "close"),
    ]
    return Reply([head(status, fields) + body])


def page_bytes(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def chunked(body: bytes, sizes: tuple[int, ...], *, extras: bool = True) -> bytes:
    out: list[bytes] = []
    pos = 0
    for i, size in enumerate(sizes):
        part = body[pos : pos + size]
        pos += size
        ext = ";note=first" if i == 0 and extras else ""
        out.append(b"%x%s\r\n%s\r\n" % (len(part), ext.encode(), part))
    rest = body[pos:]
    if rest:
        out.append(b"%x\r\n%s\r\n" % (len(rest), rest))
    out.append(b"0\r\nX-Trailer: done\r\n\r\n" if extras else b"0\r\n\r\n")
    return b"".join(out)


def bench_article(n: int) -> bytes:
    paragraphs = "\n".join(
        f"<p>Paragraph {i} of article {n}: the council discussed the budget, the harbour and the schools "
        f"for the {i}th time this year, and residents asked questions about roads and parks.</p>"
        for i in range(12)
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Article {n}</title>"
        f'<script type=\'application/ld+json\'>{{"@type": "NewsArticle", "headline": "Bench article {n}", '
        f'"datePublished": "2024-05-01T10:00:00Z", "author": {{"name": "Reporter {n % 7}"}}}}</script>'
        f"</head><body><article><h1>Bench article {n}</h1>{paragraphs}</article></body></html>"
    ).encode()


def _route(path: str) -> Reply:
    html = "text/html; charset=utf-8"
    if path == "/robots.txt":
        return simple("200 OK", page_bytes("robots.txt"), "text/plain")
    if path == "/articles/jsonld.html":
        body = page_bytes("jsonld.html")
        fields = [
            ("Date", DATE),
            ("content-TYPE", "text/html;charset=UTF-8"),
            ("X-Odd-CASE", "  kept as sent"),
            ("Set-Cookie", "a=1"),
            ("Set-Cookie", "b=2"),
            ("Content-Length", str(len(body))),
            ("Connection", "close"),
        ]
        return Reply([head("200 OK", fields) + body])
    if path == "/articles/og.html":
        return simple("200 OK", page_bytes("opengraph.html"), html)
    if path == "/articles/bare.html":
        return simple("200 OK", page_bytes("bare.html"), "text/html")
    if path == "/articles/latin1.html":
        return simple("200 OK", page_bytes("latin1.html"), "text/html; charset=windows-1252")
    if path in ("/articles/chunked.html", "/articles/chunked-plain.html"):
        body = page_bytes("jsonld.html")
        fields = [
            ("Date", DATE),
            ("Content-Type", html),
            ("Transfer-Encoding", "chunked"),
            ("Connection", "close"),
        ]
        framed = chunked(body, (100, 700), extras=path == "/articles/chunked.html")
        return Reply([head("200 OK", fields), framed[:300], framed[300:]])
    if path == "/articles/gzip.html":
        body = gzip.compress(page_bytes("jsonld.html"), mtime=0)
        return simple("200 OK", body, html, [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")])
    if path == "/articles/resources.html":
        return simple("200 OK", page_bytes("with-resources.html"), html)
    if path == "/static/style.css":
        return simple("200 OK", page_bytes("style.css"), "text/css")
    if path == "/static/app.js":
        return simple("200 OK", page_bytes("app.js"), "application/javascript")
    if path in ("/static/logo.png", "/static/logo-copy.png", "/private/hidden.png"):
        return simple("200 OK", PNG, "image/png")
    if path == "/r/1":
        return simple("301 Moved Permanently", b"", html, [("Location", "/r/2")])
    if path == "/r/2":
        return simple("302 Found", b"moved", "text/plain", [("Location", "/articles/bare.html")])
    if path == "/r/loop":
        return simple("302 Found", b"", html, [("Location", "/r/loop")])
    if path == "/error":
        return simple("500 Internal Server Error", b"<html><body>oops</body></html>", html)
    if path == "/data.json":
        return simple("200 OK", b'{"title": "not a page"}', "application/json")
    if path == "/slow":
        reply = simple("200 OK", page_bytes("bare.html"), html)
        reply.delay = SLOW_SECONDS
        return reply
    if path == "/huge":
        return simple("200 OK", b"<html>" + b"x" * (HUGE_BYTES - 6), html)
    if path == "/huge-stream":
        fields = [("Content-Type", html), ("Connection", "close")]
        return Reply([head("200 OK", fields), *([b"y" * 65536] * (HUGE_BYTES // 65536))])
    if path == "/private/page.html":
        return simple("200 OK", page_bytes("private.html"), html)
    if path.startswith("/bench/") and path.endswith(".html"):
        number = path[len("/bench/") : -len(".html")]
        if number.isdigit():
            return simple("200 OK", bench_article(int(number)), html)
    return simple("404 Not Found", b"<html><body>not found</body></html>", html)


@dataclass
class Recorder:
    """Raw bytes per path: what the server received and what it sent (thread-safe appends); and every
    request's path with the ``time.monotonic()`` it arrived, in arrival order, with the most requests ever
    being answered at once (a request counts from its arrival until just before its last bytes are sent,
    so a client that waits for the whole answer before its next request is never counted twice)."""

    received: dict[str, list[bytes]] = field(default_factory=lambda: defaultdict(list))
    sent: dict[str, list[bytes]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)
    arrivals: list[tuple[str, float]] = field(default_factory=list)
    answering: int = 0
    most_at_once: int = 0

    def starts(self, prefix: str = "/") -> list[float]:
        """When each request for a path starting with ``prefix`` arrived, in order."""
        with self.lock:
            return [when for path, when in self.arrivals if path.startswith(prefix)]


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        raw = self.rfile.read(1)
        if raw == b"\x16":  # a TLS handshake sent to this plain-HTTP server: answer in HTTP, as nginx does
            self.wfile.write(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n")
            return
        while b"\r\n\r\n" not in raw and len(raw) < 65536:
            line = self.rfile.readline(65537)
            if not line:
                return
            raw += line
        path = raw.split(b" ", 2)[1].decode("ascii", "replace") if raw.count(b" ") >= 2 else "/"
        arrived = time.monotonic()
        reply = self.server.route(path.split("?", 1)[0])
        recorder = self.server.recorder
        with recorder.lock:
            recorder.received[path].append(raw)
            recorder.arrivals.append((path, arrived))
            recorder.answering += 1
            recorder.most_at_once = max(recorder.most_at_once, recorder.answering)
        answering = True
        sent: list[bytes] = []
        try:
            for i, piece in enumerate(reply.pieces):
                if i == 0 and reply.delay:
                    time.sleep(reply.delay)
                if i == len(reply.pieces) - 1:
                    with recorder.lock:
                        recorder.answering -= 1
                        answering = False
                self.wfile.write(piece)
                self.wfile.flush()
                sent.append(piece)
        except OSError:
            pass  # the client gave up (a timeout or size test): expected
        finally:
            with recorder.lock:
                recorder.answering -= answering
                recorder.sent[path].append(b"".join(sent))


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, route: Callable[[str], Reply], host: str = "127.0.0.1") -> None:
        super().__init__((host, 0), _Handler)
        self.route = route
        self.recorder = Recorder()


@dataclass
class LocalServer:
    server: _Server

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def recorder(self) -> Recorder:
        return self.server.recorder


@contextmanager
def serve(route: Callable[[str], Reply] = _route, host: str = "127.0.0.1") -> Iterator[LocalServer]:
    """Run the server on ``host`` (a loopback address) in a background thread for the ``with`` block."""
    server = _Server(route, host)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield LocalServer(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
