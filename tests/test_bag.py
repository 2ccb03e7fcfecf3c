"""The BagIt 1.0 writer, checked against RFC 8493 and, as an independent second opinion, bagit-python.

bagit-python 1.9.0 gets percent-encoding wrong (it never writes or reads ``%25``, and its decoder replaces
at most two ``%0A`` and two ``%0D`` per path, case-sensitively). Where it is wrong, the bags are checked
with an independent re-reader written here instead: parse the manifests with ``decode_manifest_path``,
re-hash every file from disk with hashlib, and compare with the files actually present.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import bagit
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from archiver.fixity import BAGIT_TO_HASHLIB
from archiver.formats.bagit.tagfiles import decode_manifest_path, encode_manifest_path
from archiver.formats.bagit.writer import (
    PayloadFile,
    bagit_txt,
    check_payload_layout,
    format_bag_info,
    format_manifest,
    payload_oxum,
    safe_payload_path,
    write_bag,
)

INFO = [("Source-Organization", "Riverside Library"), ("Bagging-Date", "2024-05-01")]
SHA256_EMPTY = hashlib.sha256(b"").hexdigest()


# --- an independent re-reader ---------------------------------------------------------------------------


def _hash(data: bytes, alg: str) -> str:
    return hashlib.new(BAGIT_TO_HASHLIB[alg], data).hexdigest()


def _parse_manifest(raw: bytes) -> dict[str, str]:
    """Our own strict reading of a manifest we wrote: LF-terminated ``<hex> <encoded path>`` lines."""
    assert raw == b"" or raw.endswith(b"\n")
    entries: dict[str, str] = {}
    for line in raw.decode("utf-8").split("\n")[:-1]:
        digest, _sep, encoded = line.partition(" ")
        assert "\r" not in encoded and "\n" not in encoded
        path = decode_manifest_path(encoded)
        assert path not in entries, f"{path!r} listed twice"
        entries[path] = digest
    return entries


def _files_on_disk(root: Path) -> set[str]:
    found = set()
    for dirpath, _dirs, files in os.walk(root / "data"):
        for name in files:
            found.add(Path(dirpath, name).relative_to(root).as_posix())
    return found


def _reread(root: Path, algorithms: Sequence[str]) -> dict[str, dict[str, str]]:
    """Check every manifest and tag manifest against the files on disk; return the payload manifests."""
    manifests = {}
    for alg in algorithms:
        payload = _parse_manifest((root / f"manifest-{alg}.txt").read_bytes())
        assert set(payload) == _files_on_disk(root), "RFC 8493 2.1.3: every payload file exactly once"
        for rel, digest in payload.items():
            assert _hash((root / rel).read_bytes(), alg) == digest, rel
        tags = _parse_manifest((root / f"tagmanifest-{alg}.txt").read_bytes())
        for rel, digest in tags.items():
            assert _hash((root / rel).read_bytes(), alg) == digest, rel
        manifests[alg] = payload
    return manifests


def _bag(tmp_path: Path, files: dict[str, bytes], algorithms: Sequence[str] = ("sha256", "sha512")) -> Path:
    """A bag of ``files`` (path -> bytes) in ``tmp_path/bag``, written without fsync."""
    root = tmp_path / "bag"
    root.mkdir()
    write_bag(root, [PayloadFile(p, d) for p, d in files.items()], INFO, algorithms, durable=False)
    return root


# --- pure helpers -----------------------------------------------------------------------------------------


def test_bagit_txt_is_exactly_the_two_rfc_lines() -> None:
    assert bagit_txt() == b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


def test_bagit_python_itself_declares_0_97(tmp_path: Path) -> None:
    """Why we write our own: bagit-python 1.9.0's make_bag still declares the 0.97 version."""
    (tmp_path / "f.txt").write_bytes(b"x")
    bagit.make_bag(str(tmp_path), checksums=["sha256"])
    assert (tmp_path / "bagit.txt").read_bytes().startswith(b"BagIt-Version: 0.97\n")


@pytest.mark.parametrize(
    ("path", "encoded"),
    [
        ("plain name.txt", "plain name.txt"),
        ("100%.txt", "100%25.txt"),
        ("a%0Ab.txt", "a%250Ab.txt"),
        ("line\nbreak", "line%0Abreak"),
        ("cr\rlf\r\n", "cr%0Dlf%0D%0A"),
        ("é 中文 \t#*", "é 中文 \t#*"),  # only CR, LF and % are encoded (RFC 8493 2.1.3)
    ],
)
def test_encode_and_decode_manifest_path(path: str, encoded: str) -> None:
    assert encode_manifest_path(path) == encoded
    assert decode_manifest_path(encoded) == path


def test_decode_is_hex_case_insensitive_and_single_pass() -> None:
    assert decode_manifest_path("a%0ab%0dc%25d") == "a\nb\rc%d"
    assert decode_manifest_path("%250A") == "%0A"  # never decoded twice into a line feed


def test_decode_keeps_other_percent_signs() -> None:
    """Bags from writers that never encode % (bagit-python, 0.97) still resolve such names."""
    assert decode_manifest_path("100%.txt") == "100%.txt"
    assert decode_manifest_path("%41%2") == "%41%2"


@given(st.text())
def test_encode_decode_round_trip(path: str) -> None:
    encoded = encode_manifest_path(path)
    assert "\r" not in encoded and "\n" not in encoded
    assert decode_manifest_path(encoded) == path


def test_format_manifest_sorted_encoded_lf() -> None:
    raw = format_manifest({"data/b%": "bb", "data/a\nx": "AA", "data/é": "0f"})
    assert raw == "AA data/a%0Ax\nbb data/b%25\n0f data/é\n".encode()


@pytest.mark.parametrize(
    ("path", "digest"), [("data/x", "not hex"), ("data/x", ""), (" lead", "ab"), ("", "ab")]
)
def test_format_manifest_refuses_unparseable_entries(path: str, digest: str) -> None:
    with pytest.raises(ValueError):
        format_manifest({path: digest})


def test_format_bag_info_keeps_order_and_form() -> None:
    fields = [("Zeta", "last first"), ("Alpha", "é 中文"), ("Zeta", "again"), ("Inner Space", "a\tb")]
    assert (
        format_bag_info(fields)
        == "Zeta: last first\nAlpha: é 中文\nZeta: again\nInner Space: a\tb\n".encode()
    )


@pytest.mark.parametrize(
    "label", ["", "Has:colon", " Leading", "Trailing ", "Line\nbreak", "Carriage\rreturn", "Nul\x00"]
)
def test_format_bag_info_refuses_bad_labels(label: str) -> None:
    with pytest.raises(ValueError):
        format_bag_info([(label, "value")])


@pytest.mark.parametrize("value", ["two\nlines", "cr\rhere", "crlf\r\n", "sep\u2028line", " lead", "trail "])
def test_format_bag_info_refuses_values_that_would_not_read_back(value: str) -> None:
    """Decision: multi-line values are refused, not folded, since readers unfold them differently."""
    with pytest.raises(ValueError):
        format_bag_info([("External-Description", value)])


def test_bagit_python_unfolds_continuation_lines_differently(tmp_path: Path) -> None:
    """Why folding is refused: RFC 8493 2.2.2 keeps the line break and drops the padding; bagit-python
    1.9.0 drops the line break and keeps the padding, so a folded "a\\nb" comes back as "a b"."""
    folded = tmp_path / "bag-info.txt"
    folded.write_bytes(b"External-Description: a\n b\n")
    assert bagit._load_tag_file(str(folded))["External-Description"] == "a b"


def test_format_bag_info_refuses_repeated_payload_oxum() -> None:
    with pytest.raises(ValueError, match="more than once"):
        format_bag_info([("Payload-Oxum", "1.1"), ("payload-oxum", "1.1")])


def test_payload_oxum() -> None:
    assert payload_oxum([]) == "0.0"
    assert payload_oxum([5, 0, 7]) == "12.3"
    with pytest.raises(ValueError):
        payload_oxum([-1])


@pytest.mark.parametrize(
    "path",
    [
        "../x",
        "/etc/passwd",
        "a/../../b",
        "C:\\x",
        "C:x",
        "\\\\server\\share",
        "",
        "a\x00b",
        "a//b",
        "a/",
        "./a",
        "a/./b",
        "..",
        "bad\ud800surrogate",
        "x" * 256,
    ],
)
def test_safe_payload_path_refuses(path: str) -> None:
    with pytest.raises(ValueError):
        safe_payload_path(path)


@pytest.mark.parametrize(
    "path", ["a.txt", "original/My article.txt", "é/中文/100%.txt", "...", "~", "a\nb", "x" * 255]
)
def test_safe_payload_path_accepts(path: str) -> None:
    assert safe_payload_path(path) == path


# --- writing bags -----------------------------------------------------------------------------------------


def test_written_bag_is_valid_for_bagit_python(tmp_path: Path) -> None:
    files = {
        "original/My article.txt": b"A story.\n" * 100,
        "Café é.txt": "é".encode() * 50,
        "中文/深/嵌套 文件.html": b"<p>x</p>",
        "empty": b"",
    }
    root = _bag(tmp_path, files)
    bag = bagit.Bag(str(root))
    assert bag.version_info == (1, 0)
    assert bag.validate() is True  # raises BagValidationError otherwise
    assert bag.is_valid()
    assert _reread(root, ["sha256", "sha512"]) == {
        alg: {f"data/{p}": _hash(d, alg) for p, d in files.items()} for alg in ("sha256", "sha512")
    }


def test_result_reports_what_was_written(tmp_path: Path) -> None:
    root = tmp_path / "bag"
    root.mkdir()
    result = write_bag(root, [PayloadFile("a b/c.txt", b"hello"), PayloadFile("d", b"")], INFO, ["sha256"])
    assert result.root == root
    assert result.payload_oxum == "5.2"
    assert result.manifests == {
        "sha256": {"data/a b/c.txt": _hash(b"hello", "sha256"), "data/d": SHA256_EMPTY}
    }
    assert result.tag_manifests == {"sha256": _parse_manifest((root / "tagmanifest-sha256.txt").read_bytes())}
    assert result.manifests == _reread(root, ["sha256"])


def test_bag_info_order_and_payload_oxum(tmp_path: Path) -> None:
    files = {"a": b"12345", "b/c": b"678"}
    root = _bag(tmp_path, files)
    assert (root / "bag-info.txt").read_bytes() == (
        b"Source-Organization: Riverside Library\nBagging-Date: 2024-05-01\nPayload-Oxum: 8.2\n"
    )
    assert bagit.Bag(str(root)).info["Payload-Oxum"] == "8.2"


def test_payload_oxum_placeholder_sets_its_position(tmp_path: Path) -> None:
    root = tmp_path / "bag"
    root.mkdir()
    info = [("Zeta", "1"), ("Payload-Oxum", ""), ("Alpha", "2")]
    write_bag(root, [PayloadFile("x", b"abc")], info, durable=False)
    assert (root / "bag-info.txt").read_bytes() == b"Zeta: 1\nPayload-Oxum: 3.1\nAlpha: 2\n"
    assert bagit.Bag(str(root)).is_valid()


@pytest.mark.parametrize(
    "info", [[("Payload-Oxum", "3.1")], [("Payload-Oxum", ""), ("PAYLOAD-OXUM", "")], [("A", "x\ny")]]
)
def test_bad_bag_info_is_refused_before_writing(tmp_path: Path, info: list[tuple[str, str]]) -> None:
    with pytest.raises(ValueError):
        write_bag(tmp_path, [PayloadFile("x", b"abc")], info, durable=False)
    assert list(tmp_path.iterdir()) == []


def test_tag_manifests_cover_tag_files_never_themselves(tmp_path: Path) -> None:
    algorithms = ["sha256", "sha512", "md5"]
    root = _bag(tmp_path, {"x": b"1"}, algorithms=algorithms)
    expected = {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt", "manifest-md5.txt"}
    for alg in algorithms:
        assert set(_parse_manifest((root / f"tagmanifest-{alg}.txt").read_bytes())) == expected
    assert sorted(p.name for p in root.iterdir() if p.is_file()) == sorted(
        [*expected, "tagmanifest-sha256.txt", "tagmanifest-sha512.txt", "tagmanifest-md5.txt"]
    )
    assert bagit.Bag(str(root)).is_valid()


def test_percent_names_we_encode_and_bagit_python_does_not(tmp_path: Path) -> None:
    files = {"100%.txt": b"hundred", "a%0Ab.txt": b"not a line feed"}
    root = _bag(tmp_path, files)
    manifest = (root / "manifest-sha256.txt").read_bytes()
    assert b" data/100%25.txt\n" in manifest and b" data/a%250Ab.txt\n" in manifest
    assert set(_reread(root, ["sha256", "sha512"])["sha256"]) == {f"data/{p}" for p in files}

    # bagit-python 1.9.0 reading our (correct) bag: it does not decode %25, so it looks for files literally
    # named "100%25.txt" and "a%250Ab.txt" and calls the bag incomplete. Recorded as observed.
    with pytest.raises(bagit.BagValidationError) as caught:
        bagit.Bag(str(root)).validate()
    missing = {d.path for d in caught.value.details if isinstance(d, bagit.FileMissing)}
    assert missing == {"data/100%25.txt", "data/a%250Ab.txt"}

    # bagit-python 1.9.0 making a bag of the same files: no %25 in its manifest, and it then rejects its own
    # bag, because it reads "a%0Ab.txt" back as "a<LF>b.txt".
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    for name, data in files.items():
        (theirs / name).write_bytes(data)
    bagit.make_bag(str(theirs), checksums=["sha256"])
    their_manifest = (theirs / "manifest-sha256.txt").read_bytes()
    assert b"%25" not in their_manifest and b" data/100%.txt\n" in their_manifest
    assert not bagit.Bag(str(theirs)).is_valid()


def test_newline_and_carriage_return_in_names(tmp_path: Path) -> None:
    files = {"line\nbreak.txt": b"lf", "car\rriage.txt": b"cr", "both\r\n.txt": b"crlf"}
    root = _bag(tmp_path, files)
    assert (root / "data" / "line\nbreak.txt").read_bytes() == b"lf"
    manifest = (root / "manifest-sha512.txt").read_bytes()
    assert b" data/line%0Abreak.txt\n" in manifest
    assert b" data/car%0Driage.txt\n" in manifest and b" data/both%0D%0A.txt\n" in manifest
    assert manifest.count(b"\n") == 3 and b"\r" not in manifest
    assert bagit.Bag(str(root)).is_valid()  # bagit-python decodes up to two %0A / %0D per path
    assert set(_reread(root, ["sha256", "sha512"])["sha512"]) == {f"data/{p}" for p in files}


@pytest.mark.parametrize("name", ["sep\u2028line.txt", "rs\x1e.txt", "nel\x85.txt", "trailing space "])
def test_names_rfc_allows_but_bagit_python_misreads(tmp_path: Path, name: str) -> None:
    """RFC 8493 lines end only at LF, CR or CRLF, and only those and % are encoded, so these names are
    written as they are. bagit-python 1.9.0 reads manifests through codecs.open, which also breaks lines
    at U+2028, U+001E, U+0085 and the like, and it strips trailing whitespace from each line: it calls
    these bags invalid. Our re-reader finds them complete and correct. Recorded as observed."""
    root = _bag(tmp_path, {name: b"x"})
    assert set(_reread(root, ["sha256"])["sha256"]) == {f"data/{name}"}
    assert not bagit.Bag(str(root)).is_valid()


def test_empty_payload_is_a_valid_bag(tmp_path: Path) -> None:
    root = _bag(tmp_path, {})
    assert (root / "data").is_dir()
    assert (root / "manifest-sha256.txt").read_bytes() == b""
    assert b"Payload-Oxum: 0.0\n" in (root / "bag-info.txt").read_bytes()
    assert bagit.Bag(str(root)).is_valid()


def test_durable_write_gives_the_same_bag(tmp_path: Path) -> None:
    quick, durable = tmp_path / "quick", tmp_path / "durable"
    quick.mkdir()
    durable.mkdir()
    payload = [PayloadFile("a/b.txt", b"x" * 5000), PayloadFile("c.txt", b"y")]
    assert (
        write_bag(quick, payload, INFO, durable=False).manifests
        == write_bag(durable, payload, INFO).manifests
    )
    for name in ("manifest-sha256.txt", "bag-info.txt", "tagmanifest-sha512.txt"):
        assert (quick / name).read_bytes() == (durable / name).read_bytes()


@pytest.mark.parametrize(
    "algorithms", [["sha256", "sha3_256"], ["SHA256"], ["crc32"], [], ["sha256", "sha256"]]
)
def test_bad_algorithms_are_refused_before_writing(tmp_path: Path, algorithms: list[str]) -> None:
    with pytest.raises(ValueError):
        write_bag(tmp_path, [PayloadFile("x", b"1")], INFO, algorithms, durable=False)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "paths",
    [
        ["same.txt", "same.txt"],
        ["café.txt", unicodedata.normalize("NFD", "café.txt")],  # one file on macOS filesystems
        ["café/a", unicodedata.normalize("NFD", "café") + "/b"],  # NFC-equal folders
        ["a", "a/b"],  # a file and a folder of the same name
        ["a/b", "a"],
        ["../escape"],
    ],
)
def test_clashing_or_unsafe_payload_paths_are_refused_before_writing(
    tmp_path: Path, paths: list[str]
) -> None:
    with pytest.raises(ValueError):
        write_bag(tmp_path, [PayloadFile(p, b"") for p in paths], INFO, durable=False)
    assert list(tmp_path.iterdir()) == []


def test_case_only_clash_is_written_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Distinct files on Linux; RFC 8493 section 6 asks for a warning, since they clash elsewhere."""
    with caplog.at_level(logging.WARNING, logger="archiver.formats.bagit.writer"):
        root = _bag(tmp_path, {"Report.txt": b"1", "report.txt": b"2"})
    assert "differ only in case" in caplog.text
    assert bagit.Bag(str(root)).is_valid()


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "leftover").write_bytes(b"")
    with pytest.raises(FileExistsError):
        write_bag(tmp_path, [PayloadFile("x", b"1")], INFO, durable=False)


# --- properties -------------------------------------------------------------------------------------------

#: Pieces that exercise the encoding rules, mixed into otherwise arbitrary names.
_SPECIAL = [
    "%",
    "%0A",
    "%25",
    "%0d",
    " ",
    "\t",
    "\r",
    "\n",
    "\r\n",
    "é",
    "e\u0301",
    "中文",
    "*",
    "#",
    "~",
    ":",
]
#: Characters that str.splitlines (and so bagit-python's codecs.open reader) takes as line ends, besides
#: CR and LF, which are percent-encoded. RFC 8493 2.3 ends lines only at LF, CR or CRLF.
_SPLITLINES_ONLY = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _paths(specials: list[str], excluded: str) -> st.SearchStrategy[str]:
    """Relative paths of 1-3 non-empty segments, neither '.' nor '..', without '/', NUL or backslash."""
    char = st.characters(exclude_characters="/\\\x00" + excluded, exclude_categories=["Cs"])
    segment = (
        st.lists(st.one_of(st.sampled_from(specials), char), min_size=1, max_size=8)
        .map("".join)
        .filter(lambda s: s not in (".", ".."))
    )
    return st.lists(segment, min_size=1, max_size=3).map("/".join)


_path = _paths(_SPECIAL, excluded="")
_readable_path = _paths([p for p in _SPECIAL if "%" not in p], excluded="%" + _SPLITLINES_ONLY)
_payload = st.lists(st.tuples(_path, st.binary(max_size=40)), max_size=6)


def _without_clashes(items: list[tuple[str, bytes]]) -> list[PayloadFile]:
    """Keep the files the writer can take together (safe paths, no duplicate under NFC, no file/folder)."""
    kept: list[PayloadFile] = []
    for path, data in items:
        try:
            check_payload_layout([*(k.path for k in kept), safe_payload_path(path)])
        except ValueError:
            continue
        kept.append(PayloadFile(path, data))
    return kept


def _bagit_python_can_read(path: str) -> bool:
    """Paths bagit-python 1.9.0 reads back: no %; at most two CR and two LF (its decoder passes
    re.IGNORECASE as the replacement count); none of the extra splitlines() line ends (it reads manifests
    through codecs.open); and no trailing whitespace (it strips manifest lines)."""
    return (
        "%" not in path
        and path.count("\r") <= 2
        and path.count("\n") <= 2
        and not set(_SPLITLINES_ONLY) & set(path)
        and not path[-1].isspace()
    )


class logging_disabled:
    """bagit-python logs every file it checks; keep hypothesis runs quiet."""

    def __enter__(self) -> None:
        logging.disable(logging.CRITICAL)

    def __exit__(self, *exc: object) -> None:
        logging.disable(logging.NOTSET)


def _check_written_bag(items: list[tuple[str, bytes]]) -> bool:
    """Write a bag, re-read it ourselves, and ask bagit-python when it can read the names.

    Returns whether bagit-python was asked."""
    payload = _without_clashes(items)
    with tempfile.TemporaryDirectory() as tmp, logging_disabled():
        root = Path(tmp)
        result = write_bag(root, payload, INFO, durable=False)
        expected = {f"data/{f.path}": _hash(f.data, "sha256") for f in payload}
        assert _reread(root, ["sha256", "sha512"])["sha256"] == expected == result.manifests["sha256"]
        assert result.payload_oxum == f"{sum(len(f.data) for f in payload)}.{len(payload)}"
        if not all(_bagit_python_can_read(f.path) for f in payload):
            return False
        assert bagit.Bag(str(root)).is_valid()
        return True


_PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_PROPERTY
@given(_payload)
def test_property_any_names_read_back(items: list[tuple[str, bytes]]) -> None:
    """Any valid Unicode names (with %, CR, LF, spaces, NFD): complete and correct by our re-reader."""
    if _check_written_bag(items):
        event("checked by bagit-python too")


@_PROPERTY
@given(st.lists(st.tuples(_readable_path.filter(_bagit_python_can_read), st.binary(max_size=40)), max_size=6))
def test_property_bagit_python_agrees(items: list[tuple[str, bytes]]) -> None:
    """Names bagit-python 1.9.0 can handle (see _bagit_python_can_read): it validates every bag."""
    assert _check_written_bag(items)
