"""What only the capture does with HTTP/1.1: write a request head, and read a Content-Type.

Reading responses (heads, chunked bodies, content codings) is the format's, in :mod:`archiver.formats.http`,
shared with every reader of WARC records; what is here is what the fetching side alone needs.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["build_request", "media_type"]


def build_request(
    method: str, request_target: str, host_header: str, fields: Sequence[tuple[str, str]]
) -> bytes:
    """A request head in origin form (RFC 9112 section 3): ``Host`` first, then ``fields`` in order.

    Values are checked for CR, LF and NUL, which would let a value smuggle a header line in.
    """
    lines = [f"{method} {request_target} HTTP/1.1", f"Host: {host_header}"]
    for name, value in fields:
        if any(c in value or c in name for c in "\r\n\x00"):
            raise ValueError(f"header {name!r} holds a line break or NUL")
        lines.append(f"{name}: {value}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def media_type(content_type: str | None) -> tuple[str | None, str | None]:
    """(``type/subtype`` lower-cased, ``charset`` parameter) of a Content-Type value; (None, None) if absent."""
    if not content_type:
        return None, None
    main, *params = content_type.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').strip() or None
    return main.strip().lower() or None, charset
