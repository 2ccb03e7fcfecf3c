"""HTTP for deposits: one request at a time over ``http.client``, bodies streamed from disk, bounded retries.

Why not urllib: a deposit needs to know whether a failed request was sent in full. A network failure while
the body is still going out means the server cannot have acted on it, so sending it again is safe. A failure
after the last byte went out, before any answer, is different for a request that creates something (the
first POST of a deposit): the server may have made the deposit and the answer been lost, and sending again
would make a second one. Such a request is not repeated; the caller reports that the outcome is unknown.

Retried, a bounded number of times with exponential backoff: connection failures and timeouts, 5xx answers
other than 501 and 505, 408 and 429 (``Retry-After`` honoured up to the backoff cap). Everything else is the
server's answer and goes back to the caller. Redirects are followed for GET only, to the same scheme, host
and port (credentials are never sent elsewhere). The Authorization header is added here, at the last
moment, and nothing here logs or formats headers.
"""

from __future__ import annotations

import base64
import http.client
import io
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import BinaryIO, Protocol
from urllib.parse import urljoin, urlsplit

from archiver.__about__ import __version__
from archiver.deposit.targets import Credentials

__all__ = [
    "BytesBody",
    "FileBody",
    "HttpTransport",
    "OutcomeUnknown",
    "PiecesBody",
    "Request",
    "Response",
    "RetriesExhausted",
    "RetryPolicy",
    "Sender",
    "send_with_retries",
]

USER_AGENT = f"archiver/{__version__} (SWORD 2.0 client; news-archiver)"
#: Bodies larger than this are not kept: no SWORD document comes near it.
MAX_RESPONSE_BYTES = 8 * 1024 * 1024
MAX_REDIRECTS = 3
BACKOFF_CAP = 30.0
_SEND_CHUNK = 256 * 1024
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class Body(Protocol):
    """A request body that can be read again from the start (for a retry)."""

    @property
    def length(self) -> int: ...

    def open(self) -> AbstractContextManager[BinaryIO]: ...


@dataclass(frozen=True)
class BytesBody:
    data: bytes

    @property
    def length(self) -> int:
        return len(self.data)

    def open(self) -> AbstractContextManager[BinaryIO]:
        return io.BytesIO(self.data)


@dataclass(frozen=True)
class FileBody:
    path: Path
    length: int

    def open(self) -> AbstractContextManager[BinaryIO]:
        return open(self.path, "rb")


class _Concatenated(io.RawIOBase):
    """Several byte strings and files read as one stream (a multipart body without building it in memory)."""

    def __init__(self, pieces: list[bytes | Path]) -> None:
        self._pieces = iter(pieces)
        self._current: BinaryIO | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while True:
            if self._current is None:
                piece = next(self._pieces, None)
                if piece is None:
                    return 0
                # kept open across reads, closed when used up or by close(): no with-block fits
                self._current = io.BytesIO(piece) if isinstance(piece, bytes) else open(piece, "rb")  # noqa: SIM115
            data = self._current.read(len(buffer))
            if data:
                buffer[: len(data)] = data
                return len(data)
            self._current.close()
            self._current = None

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
        super().close()


@dataclass(frozen=True)
class PiecesBody:
    """Byte strings and whole files, one after the other."""

    pieces: tuple[bytes | Path, ...]
    length: int

    def open(self) -> AbstractContextManager[BinaryIO]:
        return io.BufferedReader(_Concatenated(list(self.pieces)))


@dataclass(frozen=True)
class Request:
    method: str
    url: str
    headers: tuple[tuple[str, str], ...] = ()
    body: Body | None = None
    creates: bool = False  # repeating it after it was sent in full could create a second resource


@dataclass(frozen=True)
class Response:
    status: int
    reason: str
    url: str
    headers: Message
    body: bytes
    truncated: bool = False

    def header(self, name: str) -> str | None:
        value = self.headers.get(name)
        return None if value is None else str(value)

    @property
    def content_type(self) -> str | None:
        return self.header("Content-Type")


class TransportError(Exception):
    """No answer: the connection failed, timed out or broke. ``sent``: the whole request had gone out."""

    def __init__(self, reason: str, *, sent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.sent = sent


class RetriesExhausted(Exception):
    """The last of a bounded number of attempts failed without an answer."""

    def __init__(self, error: TransportError, attempts: int) -> None:
        super().__init__(error.reason)
        self.error = error
        self.attempts = attempts


class OutcomeUnknown(Exception):
    """A request that creates something went out in full and no answer came back."""

    def __init__(self, error: TransportError) -> None:
        super().__init__(error.reason)
        self.error = error


def basic_authorization(credentials: Credentials) -> str:
    token = f"{credentials.user}:{credentials.password.get_secret_value()}".encode()
    return "Basic " + base64.b64encode(token).decode("ascii")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError | BrokenPipeError | http.client.RemoteDisconnected):
        return "connection lost"
    if isinstance(exc, socket.gaierror):
        return "host name not resolved"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc})"
    if isinstance(exc, http.client.HTTPException):
        return f"invalid HTTP answer ({type(exc).__name__})"
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).strip()


class HttpTransport:
    """Sends one request and returns the answer; raises TransportError when there is none."""

    def __init__(self, timeout: float = 60.0) -> None:
        self.timeout = timeout

    def send(self, request: Request, credentials: Credentials | None) -> Response:
        parts = urlsplit(request.url)
        if parts.scheme == "https":
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                parts.hostname or "", parts.port, timeout=self.timeout, context=ssl.create_default_context()
            )
        elif parts.scheme == "http":
            conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=self.timeout)
        else:
            raise TransportError(f"unsupported URL scheme {parts.scheme!r}", sent=False)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            sent = False
            send_error: BaseException | None = None
            try:
                conn.putrequest(request.method, path, skip_accept_encoding=True)
                conn.putheader("User-Agent", USER_AGENT)
                for name, value in request.headers:
                    conn.putheader(name, value)
                if credentials is not None:
                    conn.putheader("Authorization", basic_authorization(credentials))
                length = request.body.length if request.body is not None else 0
                if request.body is not None or request.method in ("POST", "PUT"):
                    conn.putheader("Content-Length", str(length))
                conn.endheaders()
                if request.body is not None:
                    with request.body.open() as fh:
                        while chunk := fh.read(_SEND_CHUNK):
                            conn.send(chunk)
                sent = True
            except (OSError, http.client.HTTPException) as exc:
                send_error = exc  # the server may have answered already (e.g. 401 or 413 before the body)
            if send_error is not None and conn.sock is None:  # never connected, or the connection is gone
                raise TransportError(_reason(send_error), sent=False)
            try:
                answer = conn.getresponse()
                body = answer.read(MAX_RESPONSE_BYTES + 1)
            except (OSError, http.client.HTTPException) as exc:
                raise TransportError(_reason(send_error or exc), sent=sent) from None
            return Response(
                status=answer.status,
                reason=answer.reason,
                url=request.url,
                headers=answer.msg,
                body=body[:MAX_RESPONSE_BYTES],
                truncated=len(body) > MAX_RESPONSE_BYTES,
            )
        finally:
            conn.close()


class Sender(Protocol):
    def send(self, request: Request, credentials: Credentials | None) -> Response: ...


@dataclass
class RetryPolicy:
    retries: int = 3
    backoff: float = 1.0
    sleep: Callable[[float], None] = time.sleep
    on_retry: Callable[[str], None] | None = None
    attempts_made: list[str] = field(default_factory=list)

    def delays(self) -> Iterator[float]:
        for attempt in range(self.retries):
            yield min(BACKOFF_CAP, self.backoff * (2**attempt))


def _retry_after(response: Response, default: float) -> float:
    value = (response.header("Retry-After") or "").strip()
    if value.isdigit():
        return min(BACKOFF_CAP, float(value))
    return default


def send_with_retries(
    sender: Sender, request: Request, credentials: Credentials | None, policy: RetryPolicy
) -> Response:
    """The server's answer to ``request``, repeating it after failures that allow it (module notes).

    Raises RetriesExhausted when every attempt failed without an answer, OutcomeUnknown when a creating
    request went out in full without an answer; returns the last answer otherwise (also a 5xx one).
    """
    delays = policy.delays()
    redirects = 0
    while True:
        try:
            response = sender.send(request, credentials)
        except TransportError as error:
            if error.sent and request.creates:
                raise OutcomeUnknown(error) from None
            delay = next(delays, None)
            if delay is None:
                raise RetriesExhausted(error, policy.retries + 1) from None
            _note(policy, f"{request.method} {_show(request.url)}: {error.reason}; again in {delay:g} s")
            policy.sleep(delay)
            continue
        if response.status in RETRY_STATUSES:
            delay = next(delays, None)
            if delay is None:
                return response
            delay = _retry_after(response, delay)
            _note(
                policy, f"{request.method} {_show(request.url)}: HTTP {response.status}; again in {delay:g} s"
            )
            policy.sleep(delay)
            continue
        if (
            request.method == "GET"
            and response.status in (301, 302, 303, 307, 308)
            and redirects < MAX_REDIRECTS
        ):
            location = response.header("Location")
            target = urljoin(request.url, location) if location else None
            if target and _same_origin(request.url, target):
                redirects += 1
                request = Request("GET", target, request.headers)
                continue
        return response


def _note(policy: RetryPolicy, message: str) -> None:
    policy.attempts_made.append(message)
    if policy.on_retry is not None:
        policy.on_retry(message)


def _show(url: str) -> str:
    from archiver.deposit.errors import public_url

    return public_url(url)


def _same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)
