"""URLs as the capture sees them: checked, stripped of credentials, and split into what goes on the wire.

Pure functions only. Rules:

* Only ``http`` and ``https``. Anything else (``file:``, ``ftp:``, ``javascript:``, no scheme at all) is a
  usage error: the tool would otherwise read local files or speak protocols it cannot record.
* ``user:password@`` is removed before anything else sees the URL, so credentials never reach a WARC
  header, a request line, the metadata or a log line; the caller is told, so it can warn. They are not
  sent either: an ``Authorization`` header would be written byte for byte into the request record.
* The fragment (``#...``) is dropped: it is never sent to the server, and WARC-Target-URI names what was
  requested.
* Non-ASCII host names are converted to their ASCII (IDNA) form, which is what DNS and the ``Host`` header
  need; the rest of the URL is percent-encoded as RFC 3987 section 3.1 maps an IRI to a URI
  (:func:`archiver.formats.warc.writer.to_uri`), so the URL written into the WARC is exactly the one requested.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from archiver.formats.warc.writer import to_uri
from archiver.web.errors import CaptureUsageError

__all__ = ["DEFAULT_PORTS", "Target", "parse_target", "redact", "resolve"]

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Target:
    """A URL ready to fetch. ``url`` is what WARC-Target-URI and the metadata carry."""

    url: str  # absolute RFC 3986 URI, no credentials, no fragment
    scheme: str  # "http" or "https"
    host: str  # ASCII host name or IP literal, without brackets
    port: int
    request_target: str  # origin-form: path and query (RFC 9112 section 3.2.1)
    had_credentials: bool = False

    @property
    def host_header(self) -> str:
        """``Host`` header value (RFC 9110 section 7.2): the port only when it is not the default."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"

    @property
    def origin(self) -> str:
        """``scheme://host:port``, the unit robots.txt applies to (RFC 9309 section 2.3)."""
        return f"{self.scheme}://{self.host_header}"


def _invalid(url: str, why: str) -> CaptureUsageError:
    return CaptureUsageError(
        "CAPTURE_URL_INVALID",
        f"not a usable URL: {why}",
        url=redact(url),
        hint="give an absolute http(s) URL",
    )


def redact(url: str) -> str:
    """The URL with any ``user:password@`` removed, for messages. Never fails, whatever the input."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.split("@")[-1] if "@" in url else url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _ascii_host(host: str, url: str) -> str:
    if host.isascii():
        return host.lower()
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise _invalid(url, f"host name {host!r} cannot be written in ASCII (IDNA)") from None


def parse_target(url: str) -> Target:
    """Check one URL and turn it into a :class:`Target`. Raises CaptureUsageError with a clear reason."""
    text = url.strip()
    if not text:
        raise _invalid(url, "empty")
    if any(c in text for c in "\r\n\t\x00"):
        raise _invalid(url, "contains a control character")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(url, str(exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise CaptureUsageError(
            "CAPTURE_SCHEME_UNSUPPORTED",
            f"only http and https URLs can be captured, not {scheme + ':' if scheme else 'a URL without a scheme'}",
            url=redact(text),
            hint="give an http:// or https:// URL",
        )
    if not parts.hostname:
        raise _invalid(text, "no host")
    had_credentials = "@" in parts.netloc
    host = _ascii_host(parts.hostname, text)
    port = port if port is not None else DEFAULT_PORTS[scheme]
    netloc_host = f"[{host}]" if ":" in host else host
    netloc = netloc_host if port == DEFAULT_PORTS[scheme] else f"{netloc_host}:{port}"
    try:
        clean = to_uri(urlunsplit((scheme, netloc, parts.path or "/", parts.query, "")), field="URL")
    except ValueError as exc:
        raise _invalid(text, str(exc)) from None
    path_query = urlsplit(clean)
    request_target = (path_query.path or "/") + (f"?{path_query.query}" if path_query.query else "")
    return Target(clean, scheme, host, port, request_target, had_credentials)


def resolve(base: str, reference: str) -> str:
    """``reference`` (a Location header, an ``src`` attribute) made absolute against ``base`` (RFC 3986 5.2)."""
    return urljoin(base, reference.strip())
