"""One HTTP exchange over a socket, recorded byte for byte.

Why sockets and not ``http.client`` or ``urllib``: those hand back a parsed response (header case and order
normalised, chunked framing removed, the raw status line gone), while a WARC ``response`` record must
hold the bytes exactly as the server sent them, and a ``request`` record the bytes exactly as sent. So the
request is written by :func:`archiver.web.http.build_request`, sent with ``sendall``, and the response is
read into one buffer; the buffer *is* what the WARC records. Parsing only finds where the message ends.

Each exchange uses its own connection (``Connection: close``): captures are a few requests, and a fresh
connection makes the remote IP of every record certain.

Limits, each ending in a :class:`CaptureError` that names the URL:

* ``timeout`` bounds the whole exchange, DNS to last byte; ``connect_timeout`` the TCP connect within it.
  Every ``recv`` waits at most what is left, so a server trickling one byte a second still stops on time.
  (DNS itself is the resolver's: ``getaddrinfo`` cannot be interrupted, so a slow resolver is only noticed
  once it answers.)
* ``max_bytes`` bounds the body as received; a declared Content-Length above it stops before reading.
* The head is bounded at 64 KiB.
"""

from __future__ import annotations

import errno
import socket
import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property

from archiver.formats.http.body import chunked_end, dechunk
from archiver.formats.http.head import (
    MAX_HEAD_BYTES,
    HttpFormatError,
    ResponseHead,
    content_length,
    head_end,
    is_chunked,
    parse_head,
)
from archiver.web.errors import CaptureError
from archiver.web.http import build_request
from archiver.web.urls import Target

__all__ = ["Exchange", "Limits", "Timings", "fetch_once"]

_RECV = 256 * 1024


@dataclass(frozen=True)
class Limits:
    timeout: float
    connect_timeout: float
    max_bytes: int
    #: robots.txt only: a body longer than ``max_bytes`` is cut there rather than refused, as RFC 9309
    #: section 2.5 has crawlers parse the first 500 KiB and ignore the rest. Only with a Content-Length or
    #: an end-of-connection framing: a chunked body over the limit is still refused.
    truncate: bool = False


@dataclass(frozen=True)
class Timings:
    """Milliseconds from the start of the exchange to each step (``tls`` None for plain http)."""

    dns: float
    connect: float
    tls: float | None
    first_byte: float
    total: float

    def to_dict(self) -> dict[str, float | None]:
        return {
            "dns_ms": round(self.dns, 3),
            "connect_ms": round(self.connect, 3),
            "tls_ms": None if self.tls is None else round(self.tls, 3),
            "first_byte_ms": round(self.first_byte, 3),
            "total_ms": round(self.total, 3),
        }


@dataclass(frozen=True)
class Exchange:
    """A request as sent and its response as received, with where and when."""

    target: Target
    method: str
    request: bytes  # the request head as sent (GET has no body)
    head: ResponseHead  # the final (non-1xx) response head; ``head.raw`` as received
    body: bytes  # the body as received: chunked framing and Content-Encoding kept
    ip: str  # the peer address the bytes came from (WARC-IP-Address)
    started: datetime  # UTC, when the connection was begun
    timings: Timings

    @property
    def status(self) -> int:
        return self.head.status

    @property
    def response(self) -> bytes:
        """The whole response message as received: the WARC response record's HTTP block."""
        return self.head.raw + self.body

    @cached_property
    def entity(self) -> bytes:
        """The body with chunked framing removed (Content-Encoding still applied): the WARC payload."""
        return dechunk(self.body) if is_chunked(self.head) else self.body


def _fail(target: Target, code: str, message: str, hint: str | None = None) -> CaptureError:
    return CaptureError(code, message, url=target.url, hint=hint)


class _Clock:
    def __init__(self, limits: Limits) -> None:
        self.start = time.monotonic()
        self.deadline = self.start + limits.timeout
        self.limits = limits

    def ms(self) -> float:
        return (time.monotonic() - self.start) * 1000.0

    def left(self, target: Target, step: str) -> float:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise _timeout(target, step, self.limits.timeout)
        return remaining


def _timeout(target: Target, step: str, seconds: float) -> CaptureError:
    return _fail(
        target,
        "CAPTURE_TIMEOUT",
        f"timed out {step} (limit {seconds:g} s)",
        hint="try again later, or raise --timeout",
    )


_Address = tuple[int, tuple[object, ...]]


def _resolve(target: Target) -> list[_Address]:
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _fail(
            target,
            "CAPTURE_DNS",
            f"the host name {target.host} could not be resolved: {exc.strerror}",
            hint="check the host name and the network",
        ) from None
    except UnicodeError:
        raise _fail(target, "CAPTURE_DNS", f"the host name {target.host} is not a valid DNS name") from None
    return [(int(family), (str(sockaddr[0]), *sockaddr[1:])) for family, _t, _p, _c, sockaddr in infos]


def _connect(target: Target, addresses: list[_Address], clock: _Clock) -> socket.socket:
    """A TCP connection to the first address that accepts one (addresses tried in resolver order)."""
    last: OSError | None = None
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(min(clock.limits.connect_timeout, clock.left(target, "connecting")))
            sock.connect(sockaddr)
            return sock
        except TimeoutError:
            sock.close()
            raise _timeout(target, f"connecting to {sockaddr[0]}", clock.limits.connect_timeout) from None
        except OSError as exc:
            sock.close()
            last = exc
    if isinstance(last, ConnectionRefusedError):
        raise _fail(
            target,
            "CAPTURE_CONNECTION_REFUSED",
            f"the server refused the connection on port {target.port}",
            hint="check the URL's host and port, and that the site is up: nothing answers there now",
        )
    reason = last.strerror if last is not None and last.strerror else str(last)
    raise _fail(target, "CAPTURE_CONNECTION_FAILED", f"could not connect: {reason}")


def _wrap_tls(sock: socket.socket, target: Target, clock: _Clock) -> ssl.SSLSocket:
    context = ssl.create_default_context()
    try:
        sock.settimeout(clock.left(target, "in the TLS handshake"))
        return context.wrap_socket(sock, server_hostname=target.host)
    except ssl.SSLCertVerificationError as exc:
        sock.close()
        raise _fail(
            target, "CAPTURE_TLS", f"the server's certificate was not accepted: {exc.verify_message or exc}"
        ) from None
    except ssl.SSLError as exc:
        sock.close()
        raise _fail(target, "CAPTURE_TLS", f"TLS handshake failed: {exc.reason or exc}") from None
    except TimeoutError:
        sock.close()
        raise _timeout(target, "in the TLS handshake", clock.limits.timeout) from None


class _Reader:
    """Receives into one growing buffer, never waiting past the exchange's deadline."""

    def __init__(self, sock: socket.socket, target: Target, clock: _Clock) -> None:
        self.sock, self.target, self.clock = sock, target, clock
        self.buf = bytearray()
        self.eof = False
        self.first_byte: float | None = None

    def more(self, step: str) -> bool:
        """Receive once; False at end of stream."""
        if self.eof:
            return False
        self.sock.settimeout(self.clock.left(self.target, step))
        try:
            data = self.sock.recv(_RECV)
        except TimeoutError:
            raise _timeout(self.target, step, self.clock.limits.timeout) from None
        except ssl.SSLError as exc:
            raise _fail(self.target, "CAPTURE_TLS", f"TLS error while reading: {exc.reason or exc}") from None
        except OSError as exc:
            raise _fail(
                self.target, "CAPTURE_CONNECTION_FAILED", f"connection lost {step}: {exc.strerror or exc}"
            ) from None
        if self.first_byte is None:
            self.first_byte = self.clock.ms()
        if not data:
            self.eof = True
            return False
        self.buf += data
        return True


def _read_head(reader: _Reader, target: Target) -> tuple[ResponseHead, int]:
    """The first final (non-1xx) response head and the buffer offset where its body starts."""
    start = 0
    while True:
        end = head_end(memoryview(reader.buf)[start:])
        if end >= 0:
            try:
                head = parse_head(bytes(reader.buf[start : start + end]))
            except HttpFormatError as exc:
                raise _fail(target, "CAPTURE_PROTOCOL", f"the server's answer is not HTTP: {exc}") from None
            if 100 <= head.status < 200 and head.status != 101:
                start += end  # interim response (100 Continue, 103 Early Hints): the final one follows
                continue
            return head, start + end
        if len(reader.buf) - start > MAX_HEAD_BYTES:
            raise _fail(target, "CAPTURE_PROTOCOL", f"response head larger than {MAX_HEAD_BYTES} bytes")
        if not reader.more("waiting for the response"):
            what = "before answering" if not reader.buf else "in the middle of the response head"
            raise _fail(target, "CAPTURE_PROTOCOL", f"the server closed the connection {what}")


def _too_large(target: Target, limit: int, size: int | None = None) -> CaptureError:
    said = f" (it declares {size} bytes)" if size is not None else ""
    return _fail(
        target,
        "CAPTURE_TOO_LARGE",
        f"the response body is larger than the limit of {limit} bytes{said}",
        hint="raise --max-bytes if this really is the article",
    )


def _read_body(reader: _Reader, head: ResponseHead, start: int, method: str, limits: Limits) -> bytes:
    """The body bytes as received, up to the end of the message as its framing defines it (RFC 9112 6.3)."""
    target = reader.target
    if method == "HEAD" or head.status in (204, 304) or 100 <= head.status < 200:
        return b""
    if is_chunked(head):
        resume = start
        while True:
            try:
                end, resume = chunked_end(reader.buf, resume)
            except HttpFormatError as exc:
                raise _fail(target, "CAPTURE_PROTOCOL", f"broken chunked framing: {exc}") from None
            if end >= 0:
                return bytes(reader.buf[start:end])
            if len(reader.buf) - start > limits.max_bytes:
                raise _too_large(target, limits.max_bytes)
            if not reader.more("reading the response body"):
                raise _fail(target, "CAPTURE_PROTOCOL", "the connection closed before the last chunk")
    try:
        length = content_length(head)
    except HttpFormatError as exc:
        raise _fail(target, "CAPTURE_PROTOCOL", str(exc)) from None
    if length is not None:
        if length > limits.max_bytes:
            if not limits.truncate:
                raise _too_large(target, limits.max_bytes, length)
            length = limits.max_bytes
        while len(reader.buf) - start < length:
            if not reader.more("reading the response body"):
                got = len(reader.buf) - start
                raise _fail(
                    target, "CAPTURE_PROTOCOL", f"the connection closed after {got} of {length} body bytes"
                )
        return bytes(reader.buf[start : start + length])
    while reader.more("reading the response body"):  # delimited by the end of the connection
        if len(reader.buf) - start > limits.max_bytes:
            if limits.truncate:
                break
            raise _too_large(target, limits.max_bytes)
    if len(reader.buf) - start > limits.max_bytes and not limits.truncate:
        raise _too_large(target, limits.max_bytes)
    return bytes(reader.buf[start : start + limits.max_bytes])


def fetch_once(
    target: Target, fields: list[tuple[str, str]], limits: Limits, *, method: str = "GET"
) -> Exchange:
    """Send one request and read its whole response. Raises CaptureError; never returns a partial one (but
    for a robots.txt read with ``limits.truncate``)."""
    started = datetime.now(UTC)
    clock = _Clock(limits)
    request = build_request(method, target.request_target, target.host_header, fields)
    addresses = _resolve(target)
    dns_ms = clock.ms()
    sock: socket.socket = _connect(target, addresses, clock)
    connect_ms = clock.ms()
    tls_ms: float | None = None
    try:
        ip = str(sock.getpeername()[0])
        if target.scheme == "https":
            sock = _wrap_tls(sock, target, clock)
            tls_ms = clock.ms()
        try:
            sock.settimeout(clock.left(target, "sending the request"))
            sock.sendall(request)
        except TimeoutError:
            raise _timeout(target, "sending the request", limits.timeout) from None
        except OSError as exc:
            if exc.errno == errno.EPIPE or isinstance(exc, ConnectionError):
                raise _fail(target, "CAPTURE_CONNECTION_FAILED", "the server closed the connection") from None
            raise _fail(
                target, "CAPTURE_CONNECTION_FAILED", f"sending failed: {exc.strerror or exc}"
            ) from None
        reader = _Reader(sock, target, clock)
        head, body_start = _read_head(reader, target)
        body = _read_body(reader, head, body_start, method, limits)
        timings = Timings(dns_ms, connect_ms, tls_ms, reader.first_byte or clock.ms(), clock.ms())
    finally:
        sock.close()
    return Exchange(target, method, request, head, body, ip, started, timings)
