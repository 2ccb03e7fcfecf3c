"""Writing BagIt 1.0 bags (RFC 8493) into a staging folder, from bytes held in memory: the one writer of
bag folders (serializing a written bag is :mod:`.serialize`; the shared tag-file text rules :mod:`.tagfiles`).

Our own writer rather than ``bagit.make_bag``, because bagit-python 1.9.0 writes ``BagIt-Version: 0.97``,
sorts bag-info.txt, never percent-encodes ``%`` in manifest paths (so a file named ``a%0Ab.txt`` gives a
bag it then rejects) and works in place, moving files around. Here everything is checked before the first
byte is written, every byte is hashed once from memory while it is written, and the caller renames the
finished folder into place (see :mod:`archiver.staging`).

Decisions, each explained where it is made:

* bag-info.txt values containing a line break are refused, not folded (:func:`format_bag_info`).
* Payload paths that are equal after Unicode NFC normalisation are refused; paths equal only after case
  folding are written, with a logged warning (:func:`check_payload_layout`).
* Manifest paths percent-encode CR, LF and ``%`` only (:mod:`archiver.formats.bagit.tagfiles`).
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from archiver.fixity import BAGIT_TO_HASHLIB, digest_bytes
from archiver.formats.bagit.tagfiles import encode_manifest_path
from archiver.formats.safety import escape_problem

# archiver.staging (durable writes: ctypes, sockets, signals) is imported by the functions that write a
# bag, so that loading this module for its checks and formats (profiles, plans) stays light.

__all__ = [
    "BAGIT_TXT",
    "BAGIT_VERSION",
    "BAG_INFO",
    "DEFAULT_ALGORITHMS",
    "MAX_NAME_BYTES",
    "OXUM_LABEL",
    "PAYLOAD_DIR",
    "BagResult",
    "Digests",
    "PayloadFile",
    "TagFile",
    "bagit_txt",
    "check_algorithms",
    "check_payload_layout",
    "check_tag_files",
    "format_bag_info",
    "format_manifest",
    "payload_oxum",
    "safe_payload_path",
    "with_payload_oxum",
    "write_bag",
]

LOG = logging.getLogger(__name__)

BAGIT_VERSION = "1.0"
PAYLOAD_DIR = "data"
BAG_INFO = "bag-info.txt"
BAGIT_TXT = "bagit.txt"
OXUM_LABEL = "Payload-Oxum"
DEFAULT_ALGORITHMS: tuple[str, ...] = ("sha256", "sha512")

#: Longest file or folder name, in UTF-8 bytes, that common filesystems accept (NAME_MAX of ext4, XFS,
#: Btrfs). Checked up front so that a bag never fails half-written.
MAX_NAME_BYTES = 255

_HEX_RE = re.compile(r"[0-9a-fA-F]+")
#: Characters some reader takes as the end of a line: CR and LF for RFC 8493 section 2.3, the rest for
#: every reader that uses Python's ``str.splitlines``. Plus NUL, which C-based tools take as the end.
_LINE_BREAKS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00")


@dataclass(frozen=True)
class PayloadFile:
    """One payload file: its POSIX path relative to ``data/`` (any Unicode name) and its bytes."""

    path: str
    data: bytes


@dataclass(frozen=True)
class TagFile:
    """One tag file beyond bagit.txt and bag-info.txt (RFC 8493 section 2.2.4), e.g. ``aptrust-info.txt``:
    its POSIX path relative to the bag folder and its bytes."""

    path: str
    data: bytes


@dataclass(frozen=True)
class BagResult:
    """What was written: the bag folder, its Payload-Oxum and every manifest entry (decoded paths)."""

    root: Path
    payload_oxum: str
    manifests: dict[str, dict[str, str]]
    tag_manifests: dict[str, dict[str, str]]


# --- pure helpers -------------------------------------------------------------------------------------


def bagit_txt() -> bytes:
    """The bag declaration, RFC 8493 section 2.1.1: exactly two lines, UTF-8, no byte-order mark."""
    return f"BagIt-Version: {BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n".encode()


def format_manifest(entries: Mapping[str, str]) -> bytes:
    """A manifest file (RFC 8493 sections 2.1.3, 2.2.1): ``<checksum> <path>`` lines, LF-terminated.

    ``entries`` maps decoded paths relative to the bag folder to hex digests. Lines are sorted by path so
    that the same bag always gives the same bytes (and the same tag-manifest digests).
    """
    lines = []
    for path, digest in sorted(entries.items()):
        _check_manifest_entry(path, digest)
        lines.append(f"{digest} {encode_manifest_path(path)}\n")
    return "".join(lines).encode("utf-8")


def _check_manifest_entry(path: str, digest: str) -> None:
    """Refuse what no reader could parse back: the separator is "one or more" spaces or tabs (2.1.3)."""
    if not _HEX_RE.fullmatch(digest):
        raise ValueError(f"manifest checksum for {path!r} is not hexadecimal: {digest!r}")
    if not path or path[0] in " \t":
        raise ValueError(f"manifest path {path!r} is empty or starts with whitespace")


def format_bag_info(fields: Sequence[tuple[str, str]]) -> bytes:
    """bag-info.txt (RFC 8493 section 2.2.2): ``Label: value`` lines in the caller's order, UTF-8, LF.

    The order is kept because the RFC says it MUST be preserved. Values containing a line break are
    refused rather than folded onto indented continuation lines: readers disagree on what a folded value
    means (the RFC text keeps the line break and drops the padding; bagit-python 1.9.0 drops the line
    break and keeps the padding), so a folded value would not read back as written. For the same reason
    values may not start or end with whitespace (bagit-python and pre-1.0 readers strip it), and long lines
    are not folded either. Flatten multi-line text, or move it into a file of its own, before calling.
    """
    oxum_count = sum(1 for label, _value in fields if label.casefold() == OXUM_LABEL.casefold())
    if oxum_count > 1:
        raise ValueError("Payload-Oxum must not appear more than once (RFC 8493 section 2.2.2)")
    lines = []
    for label, value in fields:
        _check_label(label)
        _check_value(label, value)
        lines.append(f"{label}: {value}\n")
    return "".join(lines).encode("utf-8")


def _check_label(label: str) -> None:
    """RFC 8493 2.2.2: no colon, CR or LF; inner whitespace allowed, leading or trailing whitespace not."""
    if not label or label != label.strip():
        raise ValueError(f"bag-info label {label!r} is empty or starts or ends with whitespace")
    if ":" in label or not _LINE_BREAKS.isdisjoint(label):
        raise ValueError(f"bag-info label {label!r} contains a colon or a line break")


def _check_value(label: str, value: str) -> None:
    """Refuse values that would not read back unchanged (see :func:`format_bag_info`)."""
    if not _LINE_BREAKS.isdisjoint(value):
        raise ValueError(f"bag-info value of {label!r} contains a line break; flatten it first")
    if value != value.strip():
        raise ValueError(f"bag-info value of {label!r} starts or ends with whitespace")


def payload_oxum(sizes: Iterable[int]) -> str:
    """``OctetCount.StreamCount`` over the payload files (RFC 8493 section 2.2.2)."""
    octets = streams = 0
    for size in sizes:
        if size < 0:
            raise ValueError(f"negative file size {size}")
        octets += size
        streams += 1
    return f"{octets}.{streams}"


def safe_payload_path(path: str) -> str:
    """Return ``path`` unchanged if it names a file inside ``data/`` on every common system, else raise.

    RFC 8493 section 5 warns that manifest paths can be crafted to reach outside the bag. We refuse, rather
    than repair, anything that could: absolute paths, ``..``, a drive letter, backslashes (a separator on
    Windows), NUL. Also refused, because they give one file two spellings or cannot be written: ``.`` and
    empty segments (leading, trailing or doubled ``/``), lone surrogates (not UTF-8, so not expressible in
    a manifest) and names longer than 255 UTF-8 bytes.
    """
    if not path:
        raise ValueError("empty payload path")
    unsafe = escape_problem(path)
    if unsafe is not None:
        raise ValueError(f"payload path {path!r} {unsafe}")
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"payload path {path!r} is not valid Unicode (lone surrogate)") from None
    for segment in path.split("/"):
        _check_segment(path, segment)
    return path


def _check_segment(path: str, segment: str) -> None:
    if segment in ("", ".", ".."):
        raise ValueError(f"payload path {path!r} has an empty, '.' or '..' segment")
    if len(segment.encode("utf-8")) > MAX_NAME_BYTES:
        raise ValueError(f"payload path {path!r} has a name longer than {MAX_NAME_BYTES} bytes")


def check_payload_layout(paths: Sequence[str]) -> None:
    """Refuse sets of payload paths that cannot all exist as distinct files, on Linux or on macOS.

    Refused: exact duplicates; a path that is both a file and a folder (``a`` and ``a/b``); two spellings
    that are equal after Unicode NFC normalisation, at any level (``é/x`` and ``e\\u0301/y``), because
    macOS filesystems normalise names and would merge or overwrite them, and bagit-python compares names
    after NFC. Names equal only after case folding (``A.txt``, ``a.txt``) are distinct files on Linux and
    legitimate, so they are written, with a warning that they collide on case-insensitive filesystems
    (RFC 8493 section 6).
    """
    seen: dict[str, tuple[str, bool]] = {}  # NFC form -> (spelling, is_file)
    for path in paths:
        segments = path.split("/")
        for depth in range(1, len(segments) + 1):
            _claim(seen, "/".join(segments[:depth]), is_file=depth == len(segments))
    _warn_case_clashes(paths)


def _claim(seen: dict[str, tuple[str, bool]], name: str, *, is_file: bool) -> None:
    """Record one file or folder name; a folder may be claimed again, anything else only once."""
    key = unicodedata.normalize("NFC", name)
    previous = seen.get(key)
    if previous is None:
        seen[key] = (name, is_file)
        return
    spelling, was_file = previous
    if spelling != name:
        raise ValueError(f"payload names {spelling!r} and {name!r} are equal after NFC normalisation")
    if is_file or was_file:
        raise ValueError(f"payload path {name!r} is given twice, or as both a file and a folder")


def _warn_case_clashes(paths: Sequence[str]) -> None:
    """Log file paths that one case-insensitive filesystem (macOS, Windows defaults) would merge."""
    folded: dict[str, str] = {}
    for path in paths:
        other = folded.setdefault(unicodedata.normalize("NFC", path).casefold(), path)
        if other != path:
            LOG.warning("payload paths %r and %r differ only in case", other, path)


def check_algorithms(algorithms: Sequence[str]) -> tuple[str, ...]:
    """RFC 8493 section 2.4 names (``sha256``, ``sha3256``) we can compute; at least one, no repeats."""
    if not algorithms:
        raise ValueError("at least one checksum algorithm is needed (RFC 8493 section 2.1.3)")
    for name in algorithms:
        if name not in BAGIT_TO_HASHLIB:
            raise ValueError(f"unsupported checksum algorithm {name!r}")
    if len(set(algorithms)) != len(algorithms):
        raise ValueError(f"checksum algorithm listed twice: {list(algorithms)}")
    return tuple(algorithms)


def with_payload_oxum(fields: Sequence[tuple[str, str]], oxum: str) -> list[tuple[str, str]]:
    """Insert Payload-Oxum where the caller put a ``("Payload-Oxum", "")`` placeholder, else at the end.

    The caller never supplies the value itself: write_bag computes it from the bytes it writes.
    """
    result = list(fields)
    slots = [i for i, (label, _value) in enumerate(result) if label.casefold() == OXUM_LABEL.casefold()]
    if any(result[i][1] for i in slots):
        raise ValueError("Payload-Oxum is computed by write_bag; pass ('Payload-Oxum', '') to place it")
    if len(slots) > 1:
        raise ValueError("Payload-Oxum placeholder given more than once")
    if slots:
        result[slots[0]] = (OXUM_LABEL, oxum)
    else:
        result.append((OXUM_LABEL, oxum))
    return result


# --- writing ------------------------------------------------------------------------------------------

#: algorithm -> {path relative to the bag folder: hex digest}
Digests = dict[str, dict[str, str]]


def write_bag(
    root: Path,
    payload: Sequence[PayloadFile],
    bag_info: Sequence[tuple[str, str]],
    algorithms: Sequence[str] = DEFAULT_ALGORITHMS,
    *,
    durable: bool = True,
    tag_files: Sequence[TagFile] = (),
    tag_algorithms: Sequence[str] | None = None,
) -> BagResult:
    """Write a complete, valid bag into ``root``, an existing empty staging folder.

    ``algorithms`` are the payload manifests'; ``tag_algorithms`` the tag manifests' (default: the same;
    empty: no tag manifest, which RFC 8493 section 2.2.1 allows). ``tag_files`` are written beside
    bag-info.txt and listed in every tag manifest. Every input is checked before the first file is created,
    so a ValueError leaves ``root`` empty. Checksums come from the in-memory bytes as they are written:
    nothing is read back. With ``durable`` each file is flushed as it is written and every folder once its
    entries exist, so the bag is on disk before the caller renames ``root`` into place
    (:func:`archiver.staging.commit_dir`).
    """
    algs = check_algorithms(algorithms)
    tag_algs = algs if tag_algorithms is None else _check_tag_algorithms(tag_algorithms)
    paths = [safe_payload_path(item.path) for item in payload]
    check_payload_layout(paths)
    extra = check_tag_files(tag_files, (*algs, *tag_algs))
    oxum = payload_oxum(len(item.data) for item in payload)
    info = format_bag_info(with_payload_oxum(bag_info, oxum))
    _require_empty(root)
    folders = _make_folders(root, paths, extra)
    manifests = _write_payload(root, payload, algs, durable=durable)
    tag_manifests = _write_tag_files(root, manifests, info, tag_files, algs, tag_algs, durable=durable)
    if durable:
        from archiver.staging import fsync_dir

        for folder in folders:
            fsync_dir(folder)
    return BagResult(root=root, payload_oxum=oxum, manifests=manifests, tag_manifests=tag_manifests)


def _check_tag_algorithms(algorithms: Sequence[str]) -> tuple[str, ...]:
    """Tag manifests are optional (RFC 8493 section 2.2.1): none is fine; any given must be computable."""
    return check_algorithms(algorithms) if algorithms else ()


def check_tag_files(tag_files: Sequence[TagFile], algorithms: Sequence[str]) -> list[str]:
    """The tag files' paths, refused when one could not be written as a tag file of this bag: outside the
    bag or inside ``data/`` (RFC 8493 sections 2.2.4 and 5), or under a name the writer itself uses
    (bagit.txt, bag-info.txt, a manifest, fetch.txt). Returns the folders they need (relative)."""
    own = {BAGIT_TXT, BAG_INFO, "fetch.txt"}
    own.update(f"{kind}-{alg}.txt" for alg in algorithms for kind in ("manifest", "tagmanifest"))
    folders: list[str] = []
    seen: set[str] = set()
    for item in tag_files:
        safe_payload_path(item.path)  # the same path rules as payload files: relative, no "..", no NUL
        if item.path in own or item.path.split("/")[0] == PAYLOAD_DIR or item.path in seen:
            raise ValueError(
                f"tag file {item.path!r} is the payload folder, a file the writer makes, or given twice"
            )
        seen.add(item.path)
        parts = item.path.split("/")[:-1]
        folders.extend("/".join(parts[: depth + 1]) for depth in range(len(parts)))
    clash = seen.intersection(folders)
    if clash:
        raise ValueError(f"tag file {sorted(clash)[0]!r} is also the folder of another tag file")
    return list(dict.fromkeys(folders))


def _require_empty(root: Path) -> None:
    """Refuse to mix a new bag with whatever a folder already holds (raises if it is missing, too)."""
    if any(root.iterdir()):
        raise FileExistsError(f"bag folder is not empty: {root}")


def _make_folders(root: Path, paths: Sequence[str], tag_folders: Sequence[str] = ()) -> list[str]:
    """Create ``data/``, every folder the payload needs and every folder of a tag file (``tag_folders``,
    relative to ``root``); return them deepest first, then ``root``."""
    needed = {""}  # data/ itself, even for an empty payload (RFC 8493 section 2.1.2)
    for path in paths:
        parts = path.split("/")[:-1]
        needed.update("/".join(parts[:depth]) for depth in range(1, len(parts) + 1))
    data_dir = os.path.join(root, PAYLOAD_DIR)
    created = []
    for folder in sorted(needed, key=lambda name: (name.count("/") if name else -1, name)):
        target = os.path.join(data_dir, folder) if folder else data_dir
        os.mkdir(target)
        created.append(target)
    for folder in tag_folders:  # parents come before their children (check_tag_files lists them so)
        target = os.path.join(root, folder)
        if not os.path.isdir(target):
            os.mkdir(target)
            created.append(target)
    return [*reversed(created), str(root)]


def _write_payload(
    root: Path, payload: Sequence[PayloadFile], algorithms: Sequence[str], *, durable: bool
) -> Digests:
    """Write each payload file under ``data/`` and record its digests under its decoded manifest path."""
    manifests: Digests = {alg: {} for alg in algorithms}
    data_dir = os.path.join(root, PAYLOAD_DIR)
    for item in payload:
        target = os.path.join(data_dir, item.path)
        _write_hashed(target, item.data, f"{PAYLOAD_DIR}/{item.path}", manifests, durable)
    return manifests


def _write_tag_files(
    root: Path,
    manifests: Digests,
    bag_info: bytes,
    tag_files: Sequence[TagFile],
    algorithms: Sequence[str],
    tag_algorithms: Sequence[str],
    *,
    durable: bool,
) -> Digests:
    """Write bagit.txt, bag-info.txt, the other tag files, the payload manifests and the tag manifests.

    RFC 8493 section 2.2.1: every tag manifest lists every payload manifest and every other tag file (so
    each is hashed with every tag-manifest algorithm), and no tag manifest lists itself or another tag
    manifest.
    """
    from archiver.staging import write_file

    tags: Digests = {alg: {} for alg in tag_algorithms}
    base = os.fspath(root)
    _write_hashed(os.path.join(base, BAGIT_TXT), bagit_txt(), BAGIT_TXT, tags, durable)
    _write_hashed(os.path.join(base, BAG_INFO), bag_info, BAG_INFO, tags, durable)
    for item in tag_files:
        _write_hashed(os.path.join(base, item.path), item.data, item.path, tags, durable)
    for alg in algorithms:
        name = f"manifest-{alg}.txt"
        _write_hashed(os.path.join(base, name), format_manifest(manifests[alg]), name, tags, durable)
    for alg in tag_algorithms:
        write_file(os.path.join(base, f"tagmanifest-{alg}.txt"), format_manifest(tags[alg]), durable=durable)
    return tags


def _write_hashed(target: str, data: bytes, name: str, into: Digests, durable: bool) -> None:
    """Write one new file and record its digest, under ``name``, in every algorithm's table of ``into``."""
    from archiver.staging import write_file

    write_file(target, data, durable=durable)
    for alg, digest in digest_bytes(data, tuple(into)).items():
        into[alg][name] = digest
