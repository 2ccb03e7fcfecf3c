"""The one collector of validation findings: each code listed up to its cap, the rest counted, as each
validator configures it."""

from __future__ import annotations

import io
import warnings
import zipfile

from archiver.formats.bagit.codes import CODES as BAG_CODES
from archiver.formats.wacz.validator import validate_wacz_bytes
from archiver.formats.warc.codes import CODES as WARC_CODES
from archiver.formats.warc.validator import validate_warc_stream
from archiver.validation.findings import Collector

#: The codes used below, registered by importing them (a finding's severity is its code's).
USED = {**BAG_CODES, **WARC_CODES}


def test_no_cap_lists_everything() -> None:
    assert {"BAG-FETCH-LINE", "BAG-FETCH-URL", "WARC-TRUNCATED", "WARC-NOT-WARC"} <= USED.keys()
    out = Collector()
    for i in range(5):
        out.add("BAG-FETCH-LINE", "fetch.txt", f"line {i}")
    assert [f.message for f in out.close()] == [f"line {i}" for i in range(5)]


def test_per_code_cap_counts_the_rest_at_close_in_code_order() -> None:
    out = Collector(2)
    for i in range(5):
        out.add("BAG-FETCH-URL", "fetch.txt", f"url {i}")
        out.add("BAG-FETCH-LINE", "fetch.txt", f"line {i}")
    found = out.close()
    assert [f.message for f in found[:4]] == ["url 0", "line 0", "url 1", "line 1"]
    assert [(f.code, f.path, f.message) for f in found[4:]] == [
        ("BAG-FETCH-LINE", None, "... and 3 more like the above"),
        ("BAG-FETCH-URL", None, "... and 3 more like the above"),
    ]
    assert out.close() == found  # closing again adds nothing


def test_counts_in_the_order_found_with_its_own_message_and_path() -> None:
    out = Collector(1, more="... and {more} more of {code}", more_path="x.warc", more_sorted=False)
    for code in ("WARC-TRUNCATED", "WARC-NOT-WARC", "WARC-TRUNCATED", "WARC-NOT-WARC", "WARC-NOT-WARC"):
        out.add(code, "x.warc", "found")
    assert [(f.code, f.path, f.message) for f in out.close()[2:]] == [
        ("WARC-TRUNCATED", "x.warc", "... and 1 more of WARC-TRUNCATED"),
        ("WARC-NOT-WARC", "x.warc", "... and 2 more of WARC-NOT-WARC"),
    ]


def test_more_at_cap_marks_the_cap_once_where_it_is_passed() -> None:
    out = Collector(1, more="further {code} findings are not listed", more_at_cap=True)
    for i in range(4):
        out.add("BAG-FETCH-URL", "fetch.txt", f"url {i}")
    out.add("BAG-FETCH-LINE", "fetch.txt", "line")
    assert [(f.path, f.message) for f in out.findings] == [
        ("fetch.txt", "url 0"),
        (None, "further BAG-FETCH-URL findings are not listed"),
        ("fetch.txt", "line"),
    ]
    assert len(out.close()) == 3


def test_line_cap_is_per_file_and_code_apart_from_the_code_cap() -> None:
    out = Collector(100, per_line=2)
    for name in ("b.txt", "a.txt"):
        for i in range(3):
            out.line("BAG-FETCH-LINE", name, f"{name} {i}")
    out.add("BAG-FETCH-LINE", None, "whole")
    found = out.close()
    assert len(found) == 2 + 2 + 1 + 2
    assert [(f.path, f.message) for f in found[-2:]] == [
        ("a.txt", "... and 1 more lines like the above"),
        ("b.txt", "... and 1 more lines like the above"),
    ]


def test_a_warc_lists_100_findings_of_a_code_then_counts_the_rest_in_the_order_found() -> None:
    record = (
        b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\n"
        b"WARC-Date: nope\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    )
    data = b"".join(record % i for i in range(103))
    found, _stats = validate_warc_stream(io.BytesIO(data), name="x.warc", path="x.warc")
    assert [f.code for f in found].count("WARC-DATE-INVALID") == 101
    assert [(f.code, f.path, f.message) for f in found[-2:]] == [
        ("WARC-DATE-INVALID", "x.warc", "... and 3 more findings of this kind, not listed"),
        ("WARC-FIELD-REQUIRED-BY-TYPE", "x.warc", "... and 3 more findings of this kind, not listed"),
    ]


def test_a_wacz_lists_50_findings_of_a_code_then_says_the_rest_are_not_listed() -> None:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as zf:
        warnings.simplefilter("ignore")  # zipfile warns of each duplicate name
        for _ in range(53):
            zf.writestr("pages/x.txt", b"")
    duplicates = [
        f for f in validate_wacz_bytes(buffer.getvalue()).findings if f.code == "WACZ-ZIP-DUPLICATE"
    ]
    assert len(duplicates) == 51
    assert (duplicates[-1].path, duplicates[-1].message) == (
        None,
        "further WACZ-ZIP-DUPLICATE findings are not listed",
    )
