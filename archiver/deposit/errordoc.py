"""Reading what a server says when it refuses a request: the SWORD error document (profile §12), or whatever
else came back.

A ``sword:error`` has an ``href`` naming the error (the reserved ones are listed in §12.1) and, optionally,
the fields of an Atom entry: ``atom:summary`` is the sentence meant for people, ``sword:verboseDescription``
the detail. Servers also answer in JSON (Django REST framework's ``{"detail": ...}``), HTML error pages or
plain text, so :func:`describe_error` never fails: it finds the most useful sentence in any body, and the
caller puts that sentence (scrubbed of secrets) into our own error message.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from archiver.deposit.names import ATOM, ERROR_BASE, SWORD_NAMESPACES
from archiver.deposit.safexml import XmlError, local, namespace, parse_xml, text_of

__all__ = ["describe_error"]

#: The error IRIs SWORD 2.0 reserves (§12.1), by their last segment.
KNOWN_ERRORS = (
    "ErrorContent",
    "ErrorChecksumMismatch",
    "ErrorBadRequest",
    "TargetOwnerUnknown",
    "MediationNotAllowed",
    "MethodNotAllowed",
    "MaxUploadSizeExceeded",  # used by several servers, not in the 2.0 list
)
_TITLE = re.compile(rb"<title[^>]*>(.{1,300}?)</title>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(rb"<h1[^>]*>(.{1,300}?)</h1>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]{0,200}>")


@dataclass(frozen=True)
class ErrorDocument:
    href: str | None  # the error IRI, when the server names one
    summary: str | None  # the server's own sentence
    verbose: str | None
    is_sword: bool  # a sword:error document, as opposed to any other body

    @property
    def error_name(self) -> str | None:
        """``ErrorChecksumMismatch`` and the like for SWORD's reserved IRIs, else None."""
        if not self.href:
            return None
        for base in (ERROR_BASE, "http://purl.org/net/sword/error/"):
            if self.href.startswith(base):
                return self.href[len(base) :] or None
        return None


def _sword_error(data: bytes) -> ErrorDocument | None:
    try:
        root = parse_xml(data)
    except XmlError:
        return None
    if local(root.tag) != "error" or namespace(root.tag) not in SWORD_NAMESPACES:
        return None

    def child(ns: frozenset[str], name: str) -> str | None:
        return next((text_of(e) for e in root if local(e.tag) == name and namespace(e.tag) in ns), None)

    atom = frozenset({ATOM})
    summary = child(atom, "summary") or child(atom, "title")
    return ErrorDocument(
        href=(root.get("href") or "").strip() or None,
        summary=summary,
        verbose=child(SWORD_NAMESPACES, "verboseDescription"),
        is_sword=True,
    )


def _json_error(data: bytes) -> str | None:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if isinstance(value, dict):
        for key in ("detail", "message", "error", "summary"):
            found = value.get(key)
            if isinstance(found, str) and found.strip():
                return found
    return None


def _html_error(data: bytes) -> str | None:
    for pattern in (_H1, _TITLE):
        match = pattern.search(data[:65536])
        if match:
            text = _TAGS.sub(" ", match.group(1).decode("utf-8", errors="replace")).strip()
            if text:
                return text
    return None


def describe_error(data: bytes, content_type: str | None) -> ErrorDocument:
    """The error a response body describes; an empty ErrorDocument when it says nothing usable."""
    data = data[: 1024 * 1024]
    sword = _sword_error(data) if data.lstrip()[:1] == b"<" else None
    if sword is not None:
        return sword
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    summary = None
    if kind.endswith("json") or data.lstrip()[:1] == b"{":
        summary = _json_error(data)
    if summary is None and (kind.endswith("html") or b"<html" in data[:1024].lower()):
        summary = _html_error(data)
    if summary is None and kind.startswith("text/plain"):
        first = data.decode("utf-8", errors="replace").strip().splitlines()
        summary = first[0] if first else None
    return ErrorDocument(href=None, summary=summary, verbose=None, is_sword=False)
