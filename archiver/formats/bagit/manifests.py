"""Manifests and tag manifests (RFC 8493 §2.1.3, §2.2.1, §3): their names and lines, the paths they may
name, and the checks against the bag: every file listed and present (completeness), every checksum equal
(fixity), names that one filesystem would merge.

Why these together: all of it works on :class:`Manifest` objects and the listing of present files, and
the path rule (:func:`path_problem`) is the manifests' (fetch.txt reads its paths the same way). Pure
functions over strings and dicts, linear in their input (dict and set look-ups, no list scans); the
hashing itself is the readers' (:mod:`archiver.formats.bagit.readers`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from archiver.formats.bagit.codes import sink
from archiver.formats.bagit.declaration import V095, V096, V10
from archiver.formats.bagit.readers.base import HASHERS, HEX_LENGTHS, HashResults, show
from archiver.formats.bagit.tagfiles import decode_manifest_path
from archiver.formats.safety import escape_problem
from archiver.validation.findings import Collector, Finding

__all__ = [
    "Manifest",
    "Matched",
    "check_payload",
    "check_tag_manifests",
    "compare_checksums",
    "hash_requests",
    "manifest_algorithm",
    "name_clashes",
    "parse_manifest",
    "path_problem",
    "usable_path",
]

_MANIFEST_NAME_RE = re.compile(r"(tag)?manifest-(.+)\.txt")
_MANIFEST_LINE_RE = re.compile(r"([^ \t]+)[ \t]+(.*)")
_HEX_RE = re.compile(r"[0-9a-fA-F]+")
_HEX_BYTES = b"0123456789abcdefABCDEF"
_ALG_RE = re.compile(r"[a-z0-9]+")
_PATH_SUSPECT_RE = re.compile(r"[\\\x00]|^[/~.]|^[A-Za-z]:|//|/\.|/$|^$")
_BAD_PERCENT_RE = re.compile(r"%(?!25|0[dDaA])")


def path_problem(path: str) -> tuple[str, str] | None:
    """(code, reason) if a manifest or fetch path must not be used to open a file, else None.

    Unsafe (RFC 8493 section 5.1): anything that could resolve outside the bag on a POSIX or Windows
    system (:func:`archiver.formats.safety.escape_problem`, ``~`` included). Non-canonical: empty or '.'
    segments, which name a file only after normalisation.
    """
    if _PATH_SUSPECT_RE.search(path) is None:
        return None
    if not path:
        return "BAG-PATH-NONCANONICAL", "the path is empty"
    unsafe = escape_problem(path, home=True)
    if unsafe is not None:
        return "BAG-PATH-UNSAFE", f"the path {unsafe}"
    segments = path.split("/")
    if "" in segments or "." in segments:
        return "BAG-PATH-NONCANONICAL", "the path has an empty or '.' segment"
    return None


def _nfc(path: str) -> str:
    return path if path.isascii() else unicodedata.normalize("NFC", path)


@dataclass
class Manifest:
    """One parsed manifest file: paths to lowercase hex checksums, in file order.

    Paths are decoded (RFC 8493 §2.1.3) in 1.0 bags and literal in older ones; ``decoded`` then holds,
    for each literal path with ``%0A``, ``%0D`` or ``%25``, the decoded name to try if no file has the
    literal one.
    """

    name: str  # file name, e.g. "manifest-sha256.txt"
    algorithm: str  # as in the file name
    hash_name: str | None  # the algorithm we compute for it, if any
    tag: bool
    entries: dict[str, str] = field(default_factory=dict)
    decoded: dict[str, str] = field(default_factory=dict)


def manifest_algorithm(name: str, out: Collector) -> tuple[str, str | None, bool] | None:
    """(algorithm, computable name or None, is tag manifest) for a manifest file name, else None."""
    m = _MANIFEST_NAME_RE.fullmatch(name)
    if m is None:
        return None
    algorithm = m.group(2)
    normal = re.sub(r"[^a-z0-9]", "", algorithm.lower())
    if not _ALG_RE.fullmatch(algorithm):
        out.add(
            "BAG-ALGORITHM-NAME",
            name,
            f"algorithm {algorithm!r} must be lowercase letters and digits only ({normal!r})",
        )
    hash_name = normal if normal in HASHERS else None
    if hash_name is None:
        out.add(
            "BAG-ALGORITHM-UNKNOWN", name, f"cannot compute {algorithm!r}; its checksums are not verified"
        )
    return algorithm, hash_name, m.group(1) is not None


def parse_manifest(manifest: Manifest, lines: Sequence[str], version: tuple[int, int]) -> list[Finding]:
    """Fill ``manifest.entries`` from its lines (RFC 8493 sections 2.1.3, 2.2.1); return the findings.

    Paths are checked here (safety, canonical form, payload vs tag) and refused paths are left out, so
    that nothing downstream ever opens them. ``version`` keys the rules that older versions did not have
    (see the module docstring).
    """
    want_len = HEX_LENGTHS.get(manifest.hash_name or "")
    fast = None if manifest.tag else _fast_entries(lines, want_len)
    if fast is not None:
        manifest.entries = fast
        return []
    out = sink()
    name = manifest.name
    entries = manifest.entries
    legacy = version < V10
    # 0.96 and 0.97 §2.1.3: "An asterisk ('*') MAY precede FILENAME"; 0.93 to 0.95 and 1.0 have no '*'.
    star_allowed = V096 <= version < V10
    md5sum_lines = 0
    for number, line in enumerate(lines, 1):
        checksum, _sep, rest = line.partition(" ")
        if "\t" in checksum or not rest:
            m = _MANIFEST_LINE_RE.fullmatch(line)
            if m is None:
                if line.strip(" \t"):
                    out.line(
                        "BAG-MANIFEST-LINE", name, f"line {number}: {line[:80]!r} is not 'checksum path'"
                    )
                else:
                    out.line("BAG-TAGFILE-BLANK-LINE", name, f"line {number} is blank")
                continue
            checksum, rest = m.group(1), m.group(2)
        path = rest.lstrip(" \t")
        if path.startswith("*"):
            md5sum_lines += not star_allowed
            path = path[1:]
        if not path:
            out.line("BAG-MANIFEST-LINE", name, f"line {number}: no file path after the checksum")
            continue
        if (want_len is not None and len(checksum) != want_len) or not _HEX_RE.fullmatch(checksum):
            expect = f"{want_len} hex digits" if want_len else "hex digits"
            out.line(
                "BAG-MANIFEST-CHECKSUM-FORMAT", name, f"line {number}: {checksum[:140]!r} is not {expect}"
            )
            continue
        if "%" in path and not legacy:
            if _BAD_PERCENT_RE.search(path):
                out.line("BAG-PATH-PERCENT", name, f"line {number}: '%' not encoded as %25 in {show(path)!r}")
            path = decode_manifest_path(path)
        checked = usable_path(path, legacy, name, number, out)
        if checked is None:
            continue
        path = checked
        # 0.93 and 0.94 (draft-kunze-bagit-00 §2.1, -01 §2.2): "Any tag (top-level) FILENAME may
        # optionally appear in a manifest"; from 0.95 tag files go to tag manifests only.
        tag_in_payload = version < V095 and "/" not in path
        if not manifest.tag and not path.startswith("data/") and not tag_in_payload:
            out.line(
                "BAG-MANIFEST-OUTSIDE-PAYLOAD", name, f"line {number}: {show(path)!r} is not under data/"
            )
            continue
        if manifest.tag and path.startswith("data/"):
            out.line(
                "BAG-TAGMANIFEST-PAYLOAD-ENTRY", name, f"line {number}: {show(path)!r} is a payload file"
            )
            continue
        if manifest.tag and not legacy and "/" not in path and path.startswith("tagmanifest-"):
            out.line("BAG-TAGMANIFEST-TAGMANIFEST-ENTRY", name, f"line {number}: lists {show(path)!r}")
            continue
        digest = checksum.lower()
        if path in entries:
            if legacy and entries[path] == digest:
                out.line(
                    "BAG-MANIFEST-DUPLICATE-SAME",
                    name,
                    f"line {number}: {show(path)!r} is listed again with the same checksum",
                )
            else:
                out.line("BAG-MANIFEST-DUPLICATE", name, f"line {number}: {show(path)!r} is listed again")
            continue
        entries[path] = digest
        if legacy and "%" in path:
            decoded = decode_manifest_path(path)
            if decoded != path:
                manifest.decoded[path] = decoded
    if md5sum_lines:
        out.add(
            "BAG-MANIFEST-MD5SUM-STYLE",
            name,
            f"{md5sum_lines} lines have md5sum's '*' before the path; read without it",
        )
    return out.close()


def usable_path(path: str, legacy: bool, name: str, number: int, out: Collector) -> str | None:
    """The file a manifest or fetch.txt line's path names, or None (reported on ``out``) when it must not
    be opened: unsafe, or not canonical in a 1.0 bag (before 1.0 read as the file it names, with a
    warning: :func:`_legacy_path`)."""
    problem = path_problem(path)
    if problem is not None and legacy:
        path, problem = _legacy_path(path, problem, name, number, out)
    if problem is not None:
        out.line(problem[0], name, f"line {number}: {show(path)[:200]!r}: {problem[1]}; not opened")
        return None
    return path


def _legacy_path(
    path: str, problem: tuple[str, str], name: str, number: int, out: Collector
) -> tuple[str, tuple[str, str] | None]:
    """A pre-1.0 path with './' or empty segments, read as the file it names (with a warning).

    Every draft before RFC 8493 defines the path only as "the pathname of a file relative to the base
    directory", which ``./data/a`` and ``data//a`` are. A trailing '/' names a folder, never a file, and
    unsafe paths stay refused.
    """
    if problem[0] != "BAG-PATH-NONCANONICAL" or not path or path.endswith("/"):
        return path, problem
    normal = "/".join(s for s in path.split("/") if s not in ("", "."))
    if not normal or path_problem(normal) is not None:
        return path, problem
    out.line(
        "BAG-PATH-NONCANONICAL-LEGACY",
        name,
        f"line {number}: {show(path)[:200]!r} read as {show(normal)[:200]!r} (pre-1.0 bag)",
    )
    return normal, None


def _fast_entries(lines: Sequence[str], want_len: int | None) -> dict[str, str] | None:
    """The entries of a payload manifest that has nothing to report, checked with whole-list operations.

    Returns None as soon as anything is unusual (tabs, '%', '*', a doubtful path, a bad checksum, a
    duplicate): the line-by-line parser then finds and reports it. This path exists for speed only
    (whole-list string operations, which beat both a loop and regular expressions over the joined
    text); it accepts a subset of what the line-by-line parser accepts.
    """
    if not lines:
        return {}
    parts = [line.partition(" ") for line in lines]
    checksums = [c for c, _s, _p in parts]
    paths = [p for _c, _s, p in parts]
    if not all(paths):
        return None
    joined = "\n".join(paths)
    if joined[0] in " \t" or "\n " in joined or "\n\t" in joined:
        paths = [p.lstrip(" \t") for p in paths]
        if not all(paths):
            return None
        joined = "\n".join(paths)
    # Every line starts with "data/" (so none is absolute, '~', a drive, '.' or '*'), no line ends
    # with '/', and no '%', backslash, NUL, '//' or '/.' anywhere: then path_problem finds nothing.
    if not joined.startswith("data/") or joined.count("\ndata/") != len(paths) - 1:
        return None
    if any(bad in joined for bad in ("%", "\\", "\x00", "//", "/.", "/\n")) or joined.endswith("/"):
        return None
    digits = "".join(checksums)
    if want_len is not None:
        if len(digits) != want_len * len(checksums) or min(map(len, checksums)) != want_len:
            return None
    elif not all(checksums):
        return None
    if not digits.isascii() or digits.encode("ascii").translate(None, _HEX_BYTES):
        return None
    if any(letter in digits for letter in "ABCDEF"):
        checksums = [c.lower() for c in checksums]
    entries = dict(zip(paths, checksums, strict=True))
    return entries if len(entries) == len(paths) else None


# --- completeness and fixity (pure) ---------------------------------------------------------------


def name_clashes(paths: Iterable[str]) -> list[Finding]:
    """Names that one filesystem would merge: equal after NFC, or equal after NFC and case folding."""
    out = sink()
    paths = list(paths)
    if "".join(paths).isascii() and len(set(map(str.lower, paths))) == len(paths):
        return []  # the common case: ASCII is its own NFC form, and no two names fold together
    by_form: dict[str, list[str]] = {}
    for path in paths:
        by_form.setdefault(_nfc(path), []).append(path)
    _report_clashes(by_form.values(), "BAG-NAME-NORMALIZATION-CLASH", "Unicode normalisation", out)
    by_case: dict[str, list[str]] = {}
    for form in by_form:
        by_case.setdefault(form.casefold(), []).append(form)
    _report_clashes(by_case.values(), "BAG-NAME-CASE-CLASH", "case", out)
    return out.close()


def _report_clashes(groups: Iterable[list[str]], code: str, differ: str, out: Collector) -> None:
    """Each name of a group after its first (in sorted order), as clashing with that first name."""
    for group in groups:
        if len(group) > 1:
            first, *rest = sorted(group)
            for other in rest:
                out.add(code, show(other), f"{show(other)!r} and {show(first)!r} differ only in {differ}")


class _Resolver:
    """Maps manifest paths to present files: exact, else equal after NFC (RFC 8493 section 6.1.1.3)."""

    def __init__(self, present: Mapping[str, int]) -> None:
        self.present = present
        self._nfc: dict[str, list[str]] | None = None

    def resolve(self, path: str) -> str | None:
        if path in self.present:
            return path
        if self._nfc is None:
            self._nfc = {}
            for p in self.present:
                self._nfc.setdefault(_nfc(p), []).append(p)
        found = self._nfc.get(_nfc(path), [])
        return found[0] if len(found) == 1 else None

    def resolve_entry(self, manifest: Manifest, path: str) -> str | None:
        """A manifest entry's file: its literal name, else (pre-1.0) its %-decoded name."""
        actual = self.resolve(path)
        if actual is None and path in manifest.decoded:
            actual = self.resolve(manifest.decoded[path])
        return actual


@dataclass
class Matched:
    """What the completeness check found: manifest path -> present file, per manifest name.

    ``identity`` names the manifests whose every entry is a present file under exactly its own name,
    which lets the checksum comparison be one subset test.
    """

    files: dict[str, dict[str, str]] = field(default_factory=dict)
    identity: set[str] = field(default_factory=set)

    def match(self, manifest: Manifest, present: Mapping[str, int]) -> Iterable[str]:
        """Record the entries present under their own name; return the others, to resolve one by one."""
        entries = manifest.entries
        absent = entries.keys() - present.keys()
        if not absent:
            self.files[manifest.name] = dict(zip(entries, entries, strict=True))
            self.identity.add(manifest.name)
            return ()
        self.files[manifest.name] = {p: p for p in entries if p not in absent}
        return sorted(absent)

    def resolve(
        self, manifest: Manifest, present: Mapping[str, int], resolver: _Resolver
    ) -> Iterator[tuple[str, str | None]]:
        """:meth:`match`, then each entry left with the file it names (recorded here), or None."""
        rest = self.match(manifest, present)
        found = self.files[manifest.name]
        for path in rest:
            actual = resolver.resolve_entry(manifest, path)
            if actual is not None:
                found[path] = actual
            yield path, actual


def check_payload(
    manifests: Sequence[Manifest],
    present: Mapping[str, int],
    dirs: Iterable[str],
    fetch_paths: Iterable[str],
    version: tuple[int, int],
    tag_files: Mapping[str, int] | None = None,
) -> tuple[Matched, list[Finding]]:
    """Every payload file in every payload manifest; every entry present (RFC 8493 2.1.3, 3).

    Files only on fetch.txt's list are left to the fetch checks. Findings are aggregated per file, each
    naming the manifests concerned, rather than one per file and manifest. ``tag_files`` are the
    top-level tag files that a 0.93 or 0.94 payload manifest may list.

    A payload file missing from some manifests is an error in 1.0 (§3: "every payload file MUST be
    listed in every payload manifest") and in 0.93 and 0.94 (drafts -00 and -01 §2.2/§6: "every
    manifest covers the same set of files"); 0.95 to 0.97 need it in one manifest only (draft-02 §6,
    0.97 §3), so there it is a warning.
    """
    out = sink()
    resolver = _Resolver({**present, **tag_files} if tag_files else present)
    folders = set(dirs)
    fetched = set(fetch_paths)
    matched = Matched()
    missing: dict[str, list[str]] = {}
    unlisted: dict[str, list[str]] = {}
    for manifest in manifests:
        for path, actual in matched.resolve(manifest, present, resolver):
            if actual is not None:
                if actual != path and actual != manifest.decoded.get(path):
                    out.add(
                        "BAG-NAME-NORMALIZATION-MISMATCH",
                        show(actual),
                        f"{manifest.name} names it {show(path)!r} (another Unicode normalisation form)",
                    )
            elif path in folders:
                out.add("BAG-MANIFEST-DIRECTORY", show(path), f"{manifest.name} lists this folder")
            elif path not in fetched:
                missing.setdefault(path, []).append(manifest.name)
        listed = matched.files[manifest.name].values()
        for path in present.keys() - listed:
            unlisted.setdefault(path, []).append(manifest.name)
    union = V095 <= version < V10
    for path, names in sorted(missing.items()):
        out.add("BAG-PAYLOAD-MISSING", show(path), f"listed in {', '.join(names)} but not in the bag")
    for path, names in sorted(unlisted.items()):
        if len(names) == len(manifests) or not union:
            out.add("BAG-PAYLOAD-UNLISTED", show(path), f"not listed in {', '.join(names)}")
        else:
            out.add(
                "BAG-PAYLOAD-UNLISTED-LEGACY", show(path), f"not listed in {', '.join(names)} (pre-1.0 bag)"
            )
    return matched, out.close()


def check_tag_manifests(
    tag_manifests: Sequence[Manifest],
    payload_names: Iterable[str],
    present: Mapping[str, int],
    dirs: Iterable[str],
    version: tuple[int, int],
    *,
    completeness: bool,
) -> tuple[Matched, list[Finding]]:
    """Tag manifests list every payload manifest (1.0), and SHOULD list every other tag file (2.2.1).

    Both are 1.0 rules: before it a tag manifest "need not include every tag file" (draft-02, appendix
    A.5 of draft-07) and "Tag files not listed in a tag manifest MAY be present" (0.97 §3).
    """
    out = sink()
    resolver = _Resolver(present)
    folders = set(dirs)
    matched = Matched()
    names = sorted(payload_names)
    unlisted: dict[str, list[str]] = {}
    tag_manifest_names = {m.name for m in tag_manifests}
    for manifest in tag_manifests:
        if version >= V10:
            for name in names:
                if name not in manifest.entries:
                    out.add("BAG-TAGMANIFEST-MISSING-MANIFEST", manifest.name, f"does not list {name}")
        for path, actual in matched.resolve(manifest, present, resolver):
            if actual is not None or not completeness:
                continue
            if path in folders:
                out.add("BAG-MANIFEST-DIRECTORY", show(path), f"{manifest.name} lists this folder")
            else:
                out.add("BAG-TAG-FILE-MISSING", show(path), f"listed in {manifest.name} but not in the bag")
        listed = set(matched.files[manifest.name].values())
        for path in present.keys() - listed - tag_manifest_names:
            unlisted.setdefault(path, []).append(manifest.name)
    if version >= V10:
        for path, where in sorted(unlisted.items()):
            out.add("BAG-TAG-FILE-UNLISTED", show(path), f"not listed in {', '.join(where)}")
    return matched, out.close()


def compare_checksums(
    manifests: Sequence[Manifest], matched: Matched, results: HashResults, *, tag: bool
) -> list[Finding]:
    """Every checksum of every manifest against the file's digest; unreadable files once each."""
    out = sink()
    code = "BAG-TAGMANIFEST-CHECKSUM" if tag else "BAG-MANIFEST-CHECKSUM"
    reported: set[str] = set()
    for manifest in manifests:
        alg = manifest.hash_name
        if alg is None:
            continue
        got = results.digests.get(alg, {})
        found = matched.files.get(manifest.name, {})
        if manifest.name in matched.identity and manifest.entries.items() <= got.items():
            continue  # the common case, as one subset test in C
        for path, expected in manifest.entries.items():
            actual = found.get(path)
            if actual is None:
                continue
            error = results.errors.get(actual)
            if error is not None:
                if actual not in reported:
                    reported.add(actual)
                    out.add("BAG-FILE-UNREADABLE", show(actual), f"cannot read it: {error}")
                continue
            digest = got.get(actual)
            if digest is not None and digest != expected:
                out.add(
                    code,
                    show(actual),
                    f"{alg} mismatch: {manifest.name} expects {expected}, the file has {digest}",
                )
    return out.close()


def hash_requests(wanted: Sequence[tuple[str, Iterable[str]]]) -> dict[str, tuple[str, ...]]:
    """Path -> every algorithm wanted for it, so that each file is read once for all its manifests.

    ``wanted`` holds (algorithm, files) per manifest. Usually every manifest lists the same files; then
    the table is built in one step instead of one update per file and manifest.
    """
    groups: dict[str, set[str]] = {}
    for alg, paths in wanted:
        groups.setdefault(alg, set()).update(paths)
    sets = list(groups.values())
    if sets and all(s == sets[0] for s in sets[1:]):
        return dict.fromkeys(sets[0], tuple(sorted(groups)))
    requests: dict[str, tuple[str, ...]] = {}
    for alg, paths in sorted(groups.items()):
        for path in paths:
            requests[path] = (*requests.get(path, ()), alg)
    return requests
