"""Reading a package's files for the cross-checks: each file at most once, up to a size limit (a file over
it is reported as not checked, never read whole), strict JSON, and the digests comparisons need.

Cut here because the metadata, the original, the WARC, capture.json and the WACZ are all read the same
way, through the bag's reader, whatever the bag is (a folder, a tar or a zip).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from archiver.formats.bagit.view import BagReader, BagView
from archiver.validation.findings import Collector
from archiver.validation.profile import json_kind

__all__ = [
    "Digest",
    "files_in",
    "json_object",
    "listing",
    "read_limited",
    "report_count",
    "shorten",
]


@dataclass(frozen=True)
class Digest:
    """What comparisons need of a file or record block: its path, size and SHA-256, not its bytes."""

    path: str
    size: int
    sha256: str

    @classmethod
    def of(cls, path: str, data: bytes) -> Digest:
        return cls(path, len(data), hashlib.sha256(data).hexdigest())

    def same(self, other: Digest) -> bool:
        """The same bytes, as far as SHA-256 and size tell (paths aside: a copy is elsewhere)."""
        return (self.sha256, self.size) == (other.sha256, other.size)

    def describe(self) -> str:
        return f"{self.size} bytes, SHA-256 {self.sha256}"


def read_limited(
    read: BagReader, path: str, limit: int, out: Collector, missing: tuple[str, str] | None = None
) -> bytes | None:
    """The file's bytes, or None after adding why not. ``missing``: the code and message for a file the
    reader does not have; by default, a payload file that is listed but could not be read."""
    try:
        data = read(path, limit + 1)
    except KeyError:
        code, message = missing or ("PKG-FILE-UNREADABLE", f"{path} is in the bag but could not be read")
        out.add(code, path, message)
        return None
    except OSError as exc:
        out.add("PKG-FILE-UNREADABLE", path, f"{path} could not be read: {exc.strerror or exc}")
        return None
    if len(data) > limit:
        out.add(
            "PKG-FILE-TOO-LARGE",
            path,
            f"{path} is larger than {limit} bytes; its content was not compared with the rest of the package",
        )
        return None
    return data


def json_object(raw: bytes, path: str, code: str, out: Collector) -> dict[str, Any] | None:
    """The file's JSON object, strictly per RFC 8259; None after adding a finding of ``code`` if it is not."""
    try:
        document = json.loads(
            raw.decode("utf-8"), parse_constant=_no_constant, object_pairs_hook=_unique_names
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        out.add(code, path, f"{path} is not UTF-8 JSON: {exc}")
        return None
    if not isinstance(document, dict):
        out.add(code, path, f"{path} is a JSON {json_kind(document)}, not an object")
        return None
    return document


def _no_constant(name: str) -> Any:
    """RFC 8259 has no NaN or Infinity; Python's json would accept them."""
    raise ValueError(f"{name} is not JSON (RFC 8259 section 6)")


def _unique_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Refuse repeated member names: a schema validator sees only the last, a human reading the file the first."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"member name {key!r} repeated in one object (RFC 8259 section 4)")
        result[key] = value
    return result


def files_in(view: BagView, folder: str) -> list[str]:
    """The payload files under ``folder`` (a bag-relative folder such as ``data/warc``), sorted."""
    prefix = folder + "/"
    return sorted(p for p in view.payload_files if p.startswith(prefix))


def report_count(out: Collector, code: str, folder: str, files: list[str], role: str) -> None:
    """A folder that should hold exactly one file holds another number of them."""
    out.add(code, folder + "/", f"{folder}/ holds {len(files)} files{listing(files)}; {role}")


def listing(paths: list[str]) -> str:
    if not paths:
        return ""
    shown = ", ".join(paths[:5]) + (f", and {len(paths) - 5} more" if len(paths) > 5 else "")
    return f" ({shown})"


def shorten(text: str, limit: int = 300) -> str:
    """jsonschema messages repeat the offending value, which may be a whole object."""
    return text if len(text) <= limit else text[: limit - 3] + "..."
