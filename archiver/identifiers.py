"""Article identifiers: URNs that stay the same for the same article.

Rules (documented in the README):

* ``--id URN`` wins: a correction of an article keeps the identifier of the article it corrects.
* Else, when the source URL is known: ``urn:uuid:`` + UUIDv5 (RFC 9562 section 5.5) of the normalised URL in
  the standard URL namespace. Re-capturing the same URL later gives the same identifier (a new version of the
  same object once ingested).
* Else: ``urn:uuid:`` + UUIDv5 of ``sha256:<hex of the original bytes>`` in the project's own namespace, so the
  same bytes always get the same identifier, wherever and whenever they are packaged.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from urllib.parse import urlsplit, urlunsplit

from archiver.errors import UsageError

__all__ = ["ARCHIVER_NAMESPACE", "bag_name", "derive_identifier", "from_content", "from_url"]

#: The project's UUID namespace (itself the UUIDv5 of our schema base URL in the URL namespace).
ARCHIVER_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://w3id.org/news-archiver/")

# RFC 8141 section 2: "urn:" NID ":" NSS; NID is 2-32 chars of letters, digits and hyphens.
_URN = re.compile(r"^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:[^\s]+$", re.IGNORECASE)


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop the fragment and a default port; the path stays as given."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port in (None, default) else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def from_url(url: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, normalize_url(url))}"


def from_content(sha256_hex: str) -> str:
    return f"urn:uuid:{uuid.uuid5(ARCHIVER_NAMESPACE, 'sha256:' + sha256_hex)}"


def check_urn(value: str) -> str:
    """Return the URN unchanged if well-formed (RFC 8141), else raise a usage error."""
    if not _URN.match(value):
        raise UsageError(
            "ID_INVALID",
            f"not a URN: {value!r}",
            hint="give an identifier like urn:uuid:... or urn:newsroom:2024-0001",
        )
    return value


def derive_identifier(*, explicit: str | None, source_url: str | None, sha256_hex: str) -> str:
    if explicit:
        return check_urn(explicit)
    if source_url:
        return from_url(source_url)
    return from_content(sha256_hex)


def bag_name(identifier: str) -> str:
    """A folder name for the bag of this identifier.

    A ``urn:uuid:`` identifier gives the UUID itself. Any other URN is made file-name safe and gets a short
    hash of the full URN appended, so two URNs that differ only in punctuation never share a folder.
    """
    if identifier.lower().startswith("urn:uuid:"):
        return identifier[len("urn:uuid:") :].lower()
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", identifier).strip("._")[:80] or "article"
    return f"{safe}-{hashlib.sha256(identifier.encode('utf-8')).hexdigest()[:10]}"
