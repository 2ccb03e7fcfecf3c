"""OCFL storage layout extensions (archiver.formats.ocfl.layouts).

Every worked example of extensions 0002, 0003, 0004, 0006 and 0007 is data here, as the extension documents
give it; every parameter's constraints are probed at and beyond their bounds; ocfl-py 2.1.0, an independent
implementation of 0002 and 0003, is the judge of those two layouts on generated IDs and of the storage-root
files; and ocfl_layout.json / config.json are read back in every shape OCFL 1.1 §4.1 and the Community
Extensions "Configuration Files" rules allow or forbid.
"""

from __future__ import annotations

import hashlib
import json
import string
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.formats.ocfl.layouts import (
    DEFAULT_LAYOUT,
    DIGEST_ALGORITHMS,
    LAYOUTS,
    FlatDirectLayout,
    FlatOmitPrefixLayout,
    HashAndIdNTupleLayout,
    HashedNTupleLayout,
    Layout,
    LayoutError,
    NTupleOmitPrefixLayout,
    layout_files,
    make_layout,
    read_root_layout,
)

try:  # ocfl-py: the independent implementation of 0002 and 0003
    from ocfl.layout_registry import get_layout as ocfl_py_layout
    from ocfl.storage_root import StorageRoot
except ImportError:  # pragma: no cover - the test extra installs it
    ocfl_py_layout = StorageRoot = None

needs_ocfl_py = pytest.mark.skipif(ocfl_py_layout is None, reason="ocfl-py is not installed")

L0002 = "0002-flat-direct-storage-layout"
L0003 = "0003-hash-and-id-n-tuple-storage-layout"
L0004 = "0004-hashed-n-tuple-storage-layout"
L0006 = "0006-flat-omit-prefix-storage-layout"
L0007 = "0007-n-tuple-omit-prefix-storage-layout"

LONG_260 = "abcdefghij" * 26
LONG_101 = "abcdefghij" * 10 + "a"
FIRST_100 = "abcdefghij" * 10

# --------------------------------------------------------------------------------------------------------
# The extension documents' examples: (layout, config.json parameters, object ID, object root path)
# --------------------------------------------------------------------------------------------------------

C0003_EX1 = {"digestAlgorithm": "sha256", "tupleSize": 3, "numberOfTuples": 3}
C0003_EX2 = {"digestAlgorithm": "md5", "tupleSize": 2, "numberOfTuples": 15}
C0003_EX3 = {"digestAlgorithm": "sha256", "tupleSize": 0, "numberOfTuples": 0}
C0004_EX1 = {"digestAlgorithm": "sha256", "tupleSize": 3, "numberOfTuples": 3, "shortObjectRoot": False}
C0004_EX2 = {"digestAlgorithm": "md5", "tupleSize": 2, "numberOfTuples": 15, "shortObjectRoot": True}
C0004_EX3 = {"digestAlgorithm": "sha256", "tupleSize": 0, "numberOfTuples": 0, "shortObjectRoot": False}
C0007_EX1 = {"delimiter": ":", "tupleSize": 4, "numberOfTuples": 2, "zeroPadding": "left"}
C0007_EX1["reverseObjectRoot"] = True
C0007_EX2 = {"delimiter": "edu/", "tupleSize": 3, "numberOfTuples": 3, "zeroPadding": "right"}
C0007_EX2["reverseObjectRoot"] = False

SHA256_OBJECT_01 = "3c0ff4240c1e116dba14c7627f2319b58aa3d77606d0d90dfc6161608ac987d4"
SHA256_HOR_RIB = "487326d8c2a3c0b885e23da1469b4d6671fd4e76978924b4443e9e3c316cda6d"

EXAMPLES: list[tuple[str, dict[str, Any] | None, str, str]] = [
    # 0002 Example 1
    (L0002, None, "object-01", "object-01"),
    (L0002, None, "..hor_rib:lé-$id", "..hor_rib:lé-$id"),
    # 0003 "Encapsulation Directory" table, with the default parameters
    (L0003, None, "object-01", "3c0/ff4/240/object-01"),
    (L0003, None, "..Hor/rib:lè-$id", "373/529/21a/%2e%2eHor%2frib%3al%c3%a8-%24id"),
    (
        L0003,
        None,
        LONG_101,
        f"5cc/73e/648/{FIRST_100}-5cc73e648fbcff136510e330871180922ddacf193b68fdeff855683a01464220",
    ),
    # 0003 Examples 1-3
    (L0003, C0003_EX1, "object-01", "3c0/ff4/240/object-01"),
    (L0003, C0003_EX1, "..hor/rib:le-$id", "487/326/d8c/%2e%2ehor%2frib%3ale-%24id"),
    (L0003, C0003_EX2, "object-01", "ff/75/53/44/92/48/5e/ab/b3/9f/86/35/67/28/88/object-01"),
    (
        L0003,
        C0003_EX2,
        "..hor/rib:le-$id",
        "08/31/97/66/fb/6c/29/35/dd/17/5b/94/26/77/17/%2e%2ehor%2frib%3ale-%24id",
    ),
    # Example 3's table prints `object-id` for object-01: a slip, the procedure (and the document's own
    # checks below) give the percent-encoded ID itself.
    (L0003, C0003_EX3, "object-01", "object-01"),
    (L0003, C0003_EX3, "..hor/rib:le-$id", "%2e%2ehor%2frib%3ale-%24id"),
    # 0003 "Python Code" section: the checks its run_tests() makes
    (L0003, {"digestAlgorithm": "md5"}, "object-01", "ff7/553/449/object-01"),
    (
        L0003,
        {"digestAlgorithm": "md5", "tupleSize": 5, "numberOfTuples": 2},
        "object-01",
        "ff755/34492/object-01",
    ),
    (L0003, {"digestAlgorithm": "md5", "tupleSize": 0, "numberOfTuples": 0}, "object-01", "object-01"),
    (L0003, {"digestAlgorithm": "md5"}, "..hor/rib:le-$id", "083/197/66f/%2e%2ehor%2frib%3ale-%24id"),
    (
        L0003,
        None,
        LONG_260,
        f"55b/432/806/{FIRST_100}-55b432806f4e270da0cf23815ed338742179002153cd8d896f23b3e2d8a14359",
    ),
    # 0004 Examples 1-3 (Example 1 is also the default configuration)
    (L0004, None, "object-01", f"3c0/ff4/240/{SHA256_OBJECT_01}"),
    (L0004, C0004_EX1, "object-01", f"3c0/ff4/240/{SHA256_OBJECT_01}"),
    (L0004, C0004_EX1, "..hor/rib:le-$id", f"487/326/d8c/{SHA256_HOR_RIB}"),
    (L0004, C0004_EX2, "object-01", "ff/75/53/44/92/48/5e/ab/b3/9f/86/35/67/28/88/4e"),
    (L0004, C0004_EX2, "..hor/rib:le-$id", "08/31/97/66/fb/6c/29/35/dd/17/5b/94/26/77/17/e0"),
    (L0004, C0004_EX3, "object-01", SHA256_OBJECT_01),
    (L0004, C0004_EX3, "..hor/rib:le-$id", SHA256_HOR_RIB),
    # 0006 Examples 1-2
    (L0006, {"delimiter": ":"}, "namespace:12887296", "12887296"),
    (
        L0006,
        {"delimiter": ":"},
        "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
        "6e8bc430-9c3a-11d9-9669-0800200c9a66",
    ),
    (L0006, {"delimiter": "edu/"}, "https://institution.edu/3448793", "3448793"),
    (L0006, {"delimiter": "edu/"}, "https://institution.edu/abc/edu/f8.05v", "f8.05v"),
    # 0007 Examples 1-2
    (L0007, C0007_EX1, "namespace:12887296", "6927/8821/12887296"),
    (
        L0007,
        C0007_EX1,
        "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
        "66a9/c002/6e8bc430-9c3a-11d9-9669-0800200c9a66",
    ),
    (L0007, C0007_EX1, "abc123", "321c/ba00/abc123"),
    (L0007, C0007_EX2, "https://institution.edu/3448793", "344/879/300/3448793"),
    (L0007, C0007_EX2, "https://institution.edu/abc/edu/f8.05v", "f8./05v/000/f8.05v"),
]

# The "Digest" columns of the 0003 and 0004 examples.
DIGESTS = [
    ("sha256", "object-01", SHA256_OBJECT_01),
    ("sha256", "..hor/rib:le-$id", SHA256_HOR_RIB),
    ("md5", "object-01", "ff75534492485eabb39f86356728884e"),
    ("md5", "..hor/rib:le-$id", "08319766fb6c2935dd175b94267717e0"),
    ("sha256", LONG_260, "55b432806f4e270da0cf23815ed338742179002153cd8d896f23b3e2d8a14359"),
    ("sha256", LONG_101, "5cc73e648fbcff136510e330871180922ddacf193b68fdeff855683a01464220"),
]

# Examples the documents give as IDs the layout cannot store ("invalid on unix filesystems").
DOCUMENTED_FAILURES: list[tuple[str, dict[str, Any] | None, str]] = [
    (L0002, None, "info:fedora/object-01"),
    (L0002, None, LONG_260),
    (L0006, {"delimiter": "info:"}, "info:fedora/object-01"),
    (L0006, {"delimiter": "info:"}, "https://example.org/info:/12345/x54xz321/s3/f8.05v"),
]


@pytest.mark.parametrize(("name", "config", "object_id", "expected"), EXAMPLES)
def test_extension_examples(name: str, config: dict[str, Any] | None, object_id: str, expected: str) -> None:
    assert make_layout(name, config).object_path(object_id) == expected


@pytest.mark.parametrize(("name", "config", "object_id", "expected"), EXAMPLES)
def test_extension_examples_with_extension_name_in_config(
    name: str, config: dict[str, Any] | None, object_id: str, expected: str
) -> None:
    """The documents' config.json blocks carry extensionName; make_layout takes them as written."""
    assert make_layout(name, {"extensionName": name, **(config or {})}).object_path(object_id) == expected


@pytest.mark.parametrize(("algorithm", "text", "digest"), DIGESTS)
def test_documented_digests(algorithm: str, text: str, digest: str) -> None:
    layout = HashedNTupleLayout(digest_algorithm=algorithm, tuple_size=0, number_of_tuples=0)
    assert layout.object_path(text) == digest


@pytest.mark.parametrize(("name", "config", "object_id"), DOCUMENTED_FAILURES)
def test_documented_unusable_ids(name: str, config: dict[str, Any] | None, object_id: str) -> None:
    with pytest.raises(LayoutError):
        make_layout(name, config).object_path(object_id)


# --------------------------------------------------------------------------------------------------------
# Registry, defaults, digest algorithms
# --------------------------------------------------------------------------------------------------------


def test_registry_names_and_default() -> None:
    assert list(LAYOUTS) == [L0002, L0003, L0004, L0006, L0007]
    assert all(cls.name == name for name, cls in LAYOUTS.items())
    assert DEFAULT_LAYOUT == L0004
    assert make_layout(DEFAULT_LAYOUT) == HashedNTupleLayout("sha256", 3, 3, False)


def test_defaults_are_the_extensions_defaults() -> None:
    assert make_layout(L0003).config() == {"extensionName": L0003, **C0003_EX1}
    assert make_layout(L0004).config() == {"extensionName": L0004, **C0004_EX1}
    assert make_layout(L0007).config() == {
        "extensionName": L0007,
        "delimiter": ":",
        "tupleSize": 3,
        "numberOfTuples": 3,
        "zeroPadding": "left",
        "reverseObjectRoot": False,
    }
    assert make_layout(L0002).config() == {"extensionName": L0002}


@pytest.mark.parametrize(
    ("algorithm", "digits"),
    [
        ("md5", 32),
        ("sha1", 40),
        ("sha256", 64),
        ("sha512", 128),
        ("blake2b-512", 128),
        ("blake2b-160", 40),
        ("blake2b-256", 64),
        ("blake2b-384", 96),
    ],
)
def test_digest_algorithms(algorithm: str, digits: int) -> None:
    """Each algorithm is the one its name says (hashlib directly), and its length bounds the tuples."""
    if algorithm.startswith("blake2b"):
        expected = hashlib.blake2b(b"object-01", digest_size=digits // 2).hexdigest()
    else:
        expected = hashlib.new(algorithm, b"object-01").hexdigest()
    assert HashedNTupleLayout(algorithm, 0, 0).object_path("object-01") == expected
    every_digit = HashedNTupleLayout(algorithm, digits // 8, 8)  # all digits in tuples: allowed
    tuples = [expected[i : i + digits // 8] for i in range(0, digits, digits // 8)]
    assert every_digit.object_path("object-01") == "/".join([*tuples, expected])
    with pytest.raises(LayoutError, match="exceeds"):
        HashedNTupleLayout(algorithm, digits // 8, 9)
    with pytest.raises(LayoutError, match="exceeds"):
        HashAndIdNTupleLayout(algorithm, digits // 8, 9)


def test_sha512_256_when_hashlib_has_it() -> None:
    if "sha512/256" not in DIGEST_ALGORITHMS:
        pytest.skip("this OpenSSL has no sha512_256")
    layout = HashedNTupleLayout(digest_algorithm="sha512/256", tuple_size=0, number_of_tuples=0)
    assert layout.object_path("object-01") == hashlib.new("sha512_256", b"object-01").hexdigest()


# --------------------------------------------------------------------------------------------------------
# Parameter errors: every constraint, just inside and just outside
# --------------------------------------------------------------------------------------------------------

BAD_CONFIGS: list[tuple[str, dict[str, Any] | None]] = [
    ("0005-mutable-head", None),
    ("nnnn-tuple-tree", None),
    ("", None),
    (L0002, {"extensionName": L0004}),
    (L0002, {"tupleSize": 3}),  # 0002 has no parameters: a caller's unknown key is refused
    (L0004, {"tuplesize": 3}),  # misspelt
    (L0004, {"extensionName": 4}),
    (L0006, None),  # delimiter has no default
    (L0006, {}),
    (L0006, {"delimiter": ""}),
    (L0006, {"delimiter": 1}),
    (L0006, {"delimiter": None}),
    (L0006, {"delimiter": [":"]}),
    (L0006, {"extensionName": L0007, "delimiter": ":"}),
    (L0007, {"delimiter": ""}),
    (L0007, {"delimiter": "é"}),
    (L0007, {"delimiter": "\t"}),
    (L0007, {"delimiter": 0}),
    (L0007, {"tupleSize": 0}),
    (L0007, {"tupleSize": 33}),
    (L0007, {"numberOfTuples": 0}),
    (L0007, {"numberOfTuples": 33}),
    (L0007, {"tupleSize": "3"}),
    (L0007, {"tupleSize": 2.5}),
    (L0007, {"tupleSize": True}),
    (L0007, {"zeroPadding": "none"}),
    (L0007, {"zeroPadding": "Left"}),
    (L0007, {"zeroPadding": ""}),
    (L0007, {"zeroPadding": None}),
    (L0007, {"reverseObjectRoot": "true"}),
    (L0007, {"reverseObjectRoot": 1}),
    (L0007, {"reverseObjectRoot": None}),
]
for _name in (L0003, L0004):
    BAD_CONFIGS += [
        (_name, {"digestAlgorithm": ""}),
        (_name, {"digestAlgorithm": "sha3-256"}),
        (_name, {"digestAlgorithm": "SHA256"}),
        (_name, {"digestAlgorithm": "size"}),  # 0009 lists it, but it is no hash
        (_name, {"digestAlgorithm": 256}),
        (_name, {"digestAlgorithm": None}),
        (_name, {"tupleSize": -1}),
        (_name, {"tupleSize": 33}),
        (_name, {"numberOfTuples": -1}),
        (_name, {"numberOfTuples": 33}),
        (_name, {"tupleSize": "3"}),
        (_name, {"tupleSize": 3.5}),
        (_name, {"tupleSize": False}),
        (_name, {"numberOfTuples": None}),
        (_name, {"numberOfTuples": [3]}),
        (_name, {"tupleSize": 0, "numberOfTuples": 3}),
        (_name, {"tupleSize": 3, "numberOfTuples": 0}),
        (_name, {"digestAlgorithm": "md5", "tupleSize": 32, "numberOfTuples": 2}),
        (_name, {"digestAlgorithm": "md5", "tupleSize": 3, "numberOfTuples": 11}),
        (_name, {"digestAlgorithm": "sha1", "tupleSize": 5, "numberOfTuples": 9}),
        (_name, {"digestAlgorithm": "sha256", "tupleSize": 13, "numberOfTuples": 5}),
        (_name, {"extensionName": L0003 if _name == L0004 else L0004}),
    ]
BAD_CONFIGS += [
    (L0004, {"shortObjectRoot": "false"}),
    (L0004, {"shortObjectRoot": 0}),
    (L0004, {"shortObjectRoot": None}),
    # the tuples use the whole digest: nothing would be left to name the object root
    (L0004, {"digestAlgorithm": "md5", "tupleSize": 32, "numberOfTuples": 1, "shortObjectRoot": True}),
    (L0004, {"digestAlgorithm": "sha256", "tupleSize": 32, "numberOfTuples": 2, "shortObjectRoot": True}),
    (L0004, {"digestAlgorithm": "md5", "tupleSize": 2, "numberOfTuples": 16, "shortObjectRoot": True}),
]

GOOD_CONFIGS: list[tuple[str, dict[str, Any]]] = [
    (L0003, {"tupleSize": 32, "numberOfTuples": 2}),  # 64 = every sha256 digit
    (L0003, {"digestAlgorithm": "md5", "tupleSize": 32, "numberOfTuples": 1}),
    (L0003, {"digestAlgorithm": "sha512", "tupleSize": 32, "numberOfTuples": 4}),
    (L0003, {"tupleSize": 3.0, "numberOfTuples": 3.0}),  # JSON numbers with a zero fraction are integers
    (L0004, {"tupleSize": 32, "numberOfTuples": 2, "shortObjectRoot": False}),
    (L0004, {"digestAlgorithm": "md5", "tupleSize": 31, "numberOfTuples": 1, "shortObjectRoot": True}),
    (L0004, {"tupleSize": 0, "numberOfTuples": 0, "shortObjectRoot": True}),  # the rest is the whole digest
    (L0006, {"delimiter": "é"}),
    (L0007, {"tupleSize": 1, "numberOfTuples": 1}),
    (L0007, {"tupleSize": 32, "numberOfTuples": 32}),
    (L0007, {"delimiter": "~", "zeroPadding": "right", "reverseObjectRoot": True}),
    (L0007, {"delimiter": " \x7f"}),
]


@pytest.mark.parametrize(("name", "config"), BAD_CONFIGS)
def test_bad_configuration_is_refused(name: str, config: dict[str, Any] | None) -> None:
    with pytest.raises(LayoutError) as caught:
        make_layout(name, config)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("name", "config"), GOOD_CONFIGS)
def test_boundary_configuration_is_accepted(name: str, config: dict[str, Any]) -> None:
    layout = make_layout(name, config)
    assert layout.object_path(f"abc{config.get('delimiter', ':')}object-01")
    assert make_layout(name, layout.config()) == layout


def test_unknown_layout_message_names_it_and_the_known_ones() -> None:
    with pytest.raises(
        LayoutError, match=r"'0005-mutable-head'.*0002-flat-direct-storage-layout.*0007-n-tuple"
    ):
        make_layout("0005-mutable-head")


def test_direct_construction_is_checked_too() -> None:
    with pytest.raises(LayoutError):
        HashedNTupleLayout(tuple_size="3")  # type: ignore[arg-type]
    with pytest.raises(LayoutError):
        NTupleOmitPrefixLayout(zero_padding="centre")
    with pytest.raises(TypeError):  # 0006's delimiter has no default
        FlatOmitPrefixLayout()


def test_integral_numbers_are_normalised() -> None:
    layout = make_layout(L0004, {"tupleSize": 2.0, "numberOfTuples": 4.0})
    assert layout.config()["tupleSize"] == 2 and type(layout.config()["tupleSize"]) is int


# --------------------------------------------------------------------------------------------------------
# IDs a layout cannot map
# --------------------------------------------------------------------------------------------------------

BAD_IDS: list[tuple[str, dict[str, Any] | None, str]] = [
    *[(name, {"delimiter": ":"} if name == L0006 else None, "") for name in LAYOUTS],
    (L0002, None, "a/b"),
    (L0002, None, "/abs"),
    (L0002, None, "."),
    (L0002, None, ".."),
    (L0002, None, "a\x00b"),
    (L0002, None, "x" * 256),
    (L0002, None, "é" * 128),  # 128 characters, 256 bytes
    (L0002, None, "extensions"),  # the storage root's extension directory (§4.4)
    (L0002, None, "ocfl_layout.json"),
    (L0002, None, "0=ocfl_1.1"),
    (L0002, None, "bad\ud800"),  # a lone surrogate is no Unicode text
    (L0004, None, "bad\udfff"),
    (L0003, {"tupleSize": 0, "numberOfTuples": 0}, "extensions"),
    (L0006, {"delimiter": ":"}, "no-delimiter"),
    (L0006, {"delimiter": ":"}, "ends-with:"),
    (L0006, {"delimiter": ":"}, "a:.."),
    (L0006, {"delimiter": ":"}, "a:b/c"),
    (L0006, {"delimiter": ":"}, "a:extensions"),
    (L0006, {"delimiter": "/"}, "a/" + "y" * 256),
    (L0007, None, "ends-with:"),
    (L0007, None, "ns:é"),  # 0007 is defined over U+0020..U+007F only
    (L0007, None, "é:abc"),  # ... in the whole identifier, prefix included
    (L0007, None, "ns:a\tb"),
    (L0007, None, "ns:a\x00b"),
    (L0007, None, "ns:a/b"),
    (L0007, None, "ns:.."),
    (L0007, {"tupleSize": 2, "numberOfTuples": 1}, "ns:..b"),  # the tuple would be ".."
    (L0007, {"tupleSize": 1, "numberOfTuples": 2}, "ns:a.b"),  # ... or "."
    (L0007, {"tupleSize": 10, "numberOfTuples": 1}, "extensions"),
    (L0007, None, "ns:" + "z" * 256),
]


@pytest.mark.parametrize(("name", "config", "object_id"), BAD_IDS)
def test_unmappable_ids(name: str, config: dict[str, Any] | None, object_id: str) -> None:
    with pytest.raises(LayoutError) as caught:
        make_layout(name, config).object_path(object_id)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("name", "config", "object_id", "expected"),
    [
        (L0002, None, "x" * 255, "x" * 255),
        (L0002, None, "a\\b:c?*", "a\\b:c?*"),  # legal on POSIX; 0002 maps the ID unchanged
        (L0002, None, "...", "..."),
        (L0002, None, "extensions2", "extensions2"),
        (L0003, {"tupleSize": 0, "numberOfTuples": 0}, "a\x00b", "a%00b"),
        (L0006, {"delimiter": "EDU/"}, "https://institution.edu/3448793", "3448793"),  # case-insensitive
        (L0006, {"delimiter": "::"}, "a:::b", "b"),  # the right-most occurrence
        (L0006, {"delimiter": "é"}, "xÉy", "y"),
        (L0007, None, "abc", "000/000/abc/abc"),  # no delimiter: the whole ID
        (L0007, {"delimiter": "NS:"}, "ns:abc", "000/000/abc/abc"),
        (L0007, {"zeroPadding": "right"}, "x:abcdefghijkl", "abc/def/ghi/abcdefghijkl"),  # longer: cut
        (L0007, {"reverseObjectRoot": True}, "x:abcd", "dcb/a00/000/abcd"),  # padded, then reversed
        (L0007, None, "x:a\x7fb", "000/000/a\x7fb/a\x7fb"),  # U+007F is inside the stated range
    ],
)
def test_edge_ids_that_map(name: str, config: dict[str, Any] | None, object_id: str, expected: str) -> None:
    assert make_layout(name, config).object_path(object_id) == expected


# --------------------------------------------------------------------------------------------------------
# Properties, and ocfl-py as the judge of 0002 and 0003
# --------------------------------------------------------------------------------------------------------

ids = st.one_of(
    st.text(min_size=1),
    st.text(alphabet="aZ09-_.:/%é€😀 ", min_size=1, max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=90, max_size=140),  # around 0003's 100 cut
)
OCFL_PY_0003_CONFIGS: list[dict[str, Any]] = [C0003_EX1, C0003_EX2, C0003_EX3]
OCFL_PY_0003_CONFIGS += [
    {"digestAlgorithm": "sha1", "tupleSize": 4, "numberOfTuples": 10},
    {"digestAlgorithm": "sha512", "tupleSize": 32, "numberOfTuples": 4},
]


def _ocfl_py(name: str, config: dict[str, Any] | None = None) -> Any:
    layout = ocfl_py_layout(name)
    if config is not None:
        layout.check_and_set_layout_params(config, require_extension_name=False)
    return layout


def _accepts(layout: Layout, object_id: str) -> str | None:
    try:
        return layout.object_path(object_id)
    except LayoutError:
        return None


@needs_ocfl_py
@settings(max_examples=300)
@given(object_id=ids, config=st.sampled_from(OCFL_PY_0003_CONFIGS))
def test_0003_agrees_with_ocfl_py(object_id: str, config: dict[str, Any]) -> None:
    ours = _accepts(make_layout(L0003, config), object_id)
    if config["tupleSize"]:  # with tuples 0003 refuses no non-empty ID: the comparison is never vacuous
        assert ours is not None
    if ours is not None:
        assert ours == _ocfl_py(L0003, config).identifier_to_path(object_id)


@needs_ocfl_py
@settings(max_examples=300)
@given(object_id=ids)
def test_0002_agrees_with_ocfl_py(object_id: str) -> None:
    ours = _accepts(FlatDirectLayout(), object_id)
    if ours is not None:
        assert ours == _ocfl_py(L0002).identifier_to_path(object_id) == object_id


@needs_ocfl_py
@pytest.mark.parametrize("config", OCFL_PY_0003_CONFIGS)
def test_0003_examples_agree_with_ocfl_py(config: dict[str, Any]) -> None:
    for object_id in ("object-01", "..hor/rib:le-$id", "..Hor/rib:lè-$id", LONG_101, LONG_260, "a" * 100):
        assert make_layout(L0003, config).object_path(object_id) == _ocfl_py(
            L0003, config
        ).identifier_to_path(object_id)


hashed_tuples = st.one_of(st.just((0, 0)), st.tuples(st.integers(1, 4), st.integers(1, 7)))
layouts = st.one_of(
    st.builds(FlatDirectLayout),
    hashed_tuples.flatmap(
        lambda tuples: st.builds(
            HashAndIdNTupleLayout, st.sampled_from(DIGEST_ALGORITHMS), st.just(tuples[0]), st.just(tuples[1])
        )
    ),
    hashed_tuples.flatmap(
        lambda tuples: st.builds(
            HashedNTupleLayout,
            st.sampled_from(DIGEST_ALGORITHMS),
            st.just(tuples[0]),
            st.just(tuples[1]),
            st.booleans(),
        )
    ),
    st.builds(FlatOmitPrefixLayout, st.sampled_from([":", "/", "edu/", "É"])),
    st.builds(
        NTupleOmitPrefixLayout,
        st.sampled_from([":", "edu/", "X"]),
        st.integers(1, 5),
        st.integers(1, 5),
        st.sampled_from(["left", "right"]),
        st.booleans(),
    ),
)


@settings(max_examples=400)
@given(layout=layouts, object_id=ids)
def test_every_path_is_safe_or_refused(layout: Layout, object_id: str) -> None:
    """Whatever the ID, a layout either refuses it or gives a relative path of creatable directory names."""
    path = _accepts(layout, object_id)
    if path is None:
        return
    parts = path.split("/")
    assert all(part not in ("", ".", "..") and "\x00" not in part for part in parts)
    assert all(len(part.encode("utf-8")) <= 255 for part in parts)
    assert parts[0] not in ("extensions", "ocfl_layout.json") and not parts[0].startswith("0=")
    assert layout.object_path(object_id) == path  # deterministic (§4.3 E083)


@given(object_id=ids, algorithm=st.sampled_from(DIGEST_ALGORITHMS))
def test_0003_directory_decodes_to_the_id(object_id: str, algorithm: str) -> None:
    """Up to 100 encoded characters the encapsulation directory is the ID, losslessly percent-encoded."""
    layout = HashAndIdNTupleLayout(digest_algorithm=algorithm, tuple_size=1, number_of_tuples=2)
    name = layout.object_path(object_id).split("/")[-1]
    assert set(name) <= set(string.ascii_letters + string.digits + "-_%")
    safe = string.ascii_letters + string.digits + "-_"
    encoded_length = sum(1 if char in safe else 3 * len(char.encode("utf-8")) for char in object_id)
    if encoded_length <= 100:
        assert urllib.parse.unquote(name, errors="strict") == object_id
    else:  # cut at 100 characters, then "-" and the digest of the ID
        digest = HashedNTupleLayout(algorithm, 0, 0).object_path(object_id)
        assert name[100:] == f"-{digest}"


@given(
    object_id=ids,
    algorithm=st.sampled_from(DIGEST_ALGORITHMS),
    size=st.integers(1, 4),
    count=st.integers(1, 7),  # at most 28 digits: under every digest, so shortObjectRoot always has a rest
    short=st.booleans(),
)
def test_0004_tuples_and_root_are_the_digest(
    object_id: str, algorithm: str, size: int, count: int, short: bool
) -> None:
    layout = HashedNTupleLayout(algorithm, size, count, short)
    *tuples, root = layout.object_path(object_id).split("/")
    digest = HashedNTupleLayout(algorithm, 0, 0).object_path(object_id)
    assert "".join(tuples) == digest[: size * count] and all(len(t) == size for t in tuples)
    assert root == (digest[size * count :] if short else digest)


ascii_ids = st.text(alphabet=[chr(c) for c in range(0x20, 0x80) if chr(c) != "/"], min_size=1, max_size=30)


@given(
    object_id=ascii_ids,
    size=st.integers(1, 5),
    count=st.integers(1, 5),
    padding=st.sampled_from(["left", "right"]),
    reverse=st.booleans(),
)
def test_0007_structure(object_id: str, size: int, count: int, padding: str, reverse: bool) -> None:
    """An oracle written from 0007's "Procedure" alone; the examples above anchor it."""
    path = _accepts(NTupleOmitPrefixLayout(":", size, count, padding, reverse), object_id)
    rest = object_id.rsplit(":", 1)[-1]  # the whole ID when there is no ":"
    width = size * count
    padded = rest.rjust(width, "0") if padding == "left" else rest.ljust(width, "0")
    padded = padded[::-1] if reverse else padded
    parts = [padded[i * size : (i + 1) * size] for i in range(count)] + [rest]
    unusable = not rest or {".", ".."} & set(parts) or parts[0] in ("extensions", "ocfl_layout.json")
    if unusable or parts[0].startswith("0="):
        assert path is None
    else:
        assert path == "/".join(parts)


# --------------------------------------------------------------------------------------------------------
# ocfl_layout.json and config.json
# --------------------------------------------------------------------------------------------------------

EVERY_LAYOUT: list[Layout] = [
    FlatDirectLayout(),
    make_layout(L0003),
    make_layout(L0003, C0003_EX2),
    make_layout(L0004),
    make_layout(L0004, C0004_EX2),
    make_layout(L0004, C0004_EX3),
    make_layout(L0006, {"delimiter": "edu/"}),
    make_layout(L0006, {"delimiter": "é:"}),
    make_layout(L0007),
    make_layout(L0007, C0007_EX1),
    make_layout(L0007, C0007_EX2),
]


def _write(root: Path, files: dict[str, bytes]) -> Path:
    for relative, content in files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes(content)
    return root


def _declare(root: Path, extension: Any, config: Any = None, description: Any = "a layout") -> Path:
    document = {"extension": extension, "description": description}
    files = {"ocfl_layout.json": json.dumps(document).encode()}
    if config is not None:
        files[f"extensions/{extension}/config.json"] = (
            config if isinstance(config, bytes) else json.dumps(config).encode()
        )
    return _write(root, files)


def test_no_layout_file_means_none(tmp_path: Path) -> None:
    assert read_root_layout(tmp_path) is None
    (tmp_path / "extensions" / L0004).mkdir(parents=True)  # an extension folder alone declares nothing
    assert read_root_layout(tmp_path) is None


@pytest.mark.parametrize("layout", EVERY_LAYOUT, ids=lambda layout: layout.description())
def test_layout_files_round_trip(tmp_path: Path, layout: Layout) -> None:
    files = layout_files(layout)
    assert read_root_layout(_write(tmp_path, files)) == layout
    declaration = json.loads(files["ocfl_layout.json"])
    assert list(declaration) == ["extension", "description"]
    assert declaration == {"extension": layout.name, "description": layout.description()}
    assert "\n" not in layout.description()
    for content in files.values():
        assert content.endswith(b"}\n") and content.decode("utf-8").startswith('{\n  "')
    config_file = f"extensions/{layout.name}/config.json"
    if isinstance(layout, FlatDirectLayout):  # no parameters: no config.json (ocfl-py 2.1.0 fails on one)
        assert list(files) == ["ocfl_layout.json"]
    else:
        assert list(json.loads(files[config_file])) == list(layout.config())
        assert next(iter(layout.config())) == "extensionName"
    assert layout_files(layout) == files  # stable bytes


def test_layout_files_keep_non_ascii_readable() -> None:
    content = layout_files(FlatOmitPrefixLayout("é:"))[f"extensions/{L0006}/config.json"]
    assert '"delimiter": "é:"' in content.decode("utf-8")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (L0002, FlatDirectLayout()),
        (L0003, HashAndIdNTupleLayout("sha256", 3, 3)),
        (L0004, HashedNTupleLayout("sha256", 3, 3, False)),
        (L0007, NTupleOmitPrefixLayout(":", 3, 3, "left", False)),
    ],
)
def test_without_config_json_the_defaults_apply(tmp_path: Path, name: str, expected: Layout) -> None:
    assert read_root_layout(_declare(tmp_path, name)) == expected


def test_0006_without_config_json_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LayoutError, match=r"delimiter.*no default.*config\.json is absent"):
        read_root_layout(_declare(tmp_path, L0006))


@pytest.mark.parametrize(
    ("name", "config", "expected"),
    [
        (L0002, {"extensionName": L0002}, FlatDirectLayout()),
        (L0003, {"extensionName": L0003, **C0003_EX2}, HashAndIdNTupleLayout("md5", 2, 15)),
        (L0003, {"extensionName": L0003, "digestAlgorithm": "md5"}, HashAndIdNTupleLayout("md5", 3, 3)),
        (L0004, {"extensionName": L0004, **C0004_EX2}, HashedNTupleLayout("md5", 2, 15, True)),
        (L0006, {"extensionName": L0006, "delimiter": ":"}, FlatOmitPrefixLayout(":")),
        (L0007, {"extensionName": L0007, **C0007_EX1}, NTupleOmitPrefixLayout(":", 4, 2, "left", True)),
        # keys the extension does not define are tolerated in a file (the 0004 schema allows them)
        (L0004, {"extensionName": L0004, "comment": "made elsewhere"}, HashedNTupleLayout()),
    ],
)
def test_config_json_is_read(tmp_path: Path, name: str, config: dict[str, Any], expected: Layout) -> None:
    assert read_root_layout(_declare(tmp_path, name, config)) == expected


@pytest.mark.parametrize(
    ("layout_json", "match"),
    [
        (b"{not json", "ocfl_layout.json is not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xef\xbb\xbf{}", "not valid JSON"),  # RFC 8259: no byte order mark
        (b'{"extension": "\xff"}', "not UTF-8"),
        (b'["0004-hashed-n-tuple-storage-layout"]', "JSON object, not an array"),
        (b'"0004-hashed-n-tuple-storage-layout"', "JSON object, not a string"),
        (b"null", "JSON object, not null"),
        (b'{"description": "x"}', '"extension".*missing'),
        (b'{"extension": "0004-hashed-n-tuple-storage-layout"}', '"description".*missing'),
        (b'{"extension": 4, "description": "x"}', '"extension".*a number'),
        (b'{"extension": "0004-hashed-n-tuple-storage-layout", "description": null}', '"description"'),
        (b'{"extension": "0004-hashed-n-tuple-storage-layout", "description": NaN}', "NaN"),
        (b'{"extension": "nnnn-tuple-tree", "description": "x"}', "nnnn-tuple-tree.*cannot map"),
        (b'{"extension": "0005-mutable-head", "description": "x"}', "0005-mutable-head.*cannot map"),
        (b'{"extension": "../0004-hashed-n-tuple-storage-layout", "description": "x"}', "cannot map"),
    ],
)
def test_broken_layout_json(tmp_path: Path, layout_json: bytes, match: str) -> None:
    (tmp_path / "ocfl_layout.json").write_bytes(layout_json)
    with pytest.raises(LayoutError, match=match) as caught:
        read_root_layout(tmp_path)
    assert "\n" not in str(caught.value)


def test_unknown_extension_message(tmp_path: Path) -> None:
    with pytest.raises(
        LayoutError, match=r"uses storage layout 'nnnn-tuple-tree', which archiver cannot map"
    ):
        read_root_layout(_declare(tmp_path, "nnnn-tuple-tree"))


@pytest.mark.parametrize(
    ("name", "config", "match"),
    [
        (L0004, {"extensionName": L0003}, "must have extensionName"),
        (L0004, {"digestAlgorithm": "sha256"}, "extensionName.*missing"),  # a config file MUST name it
        (L0004, {"extensionName": None}, "must have extensionName"),
        (L0004, [L0004], "JSON object, not an array"),
        (L0004, b"{", "config.json is not valid JSON"),
        (L0004, {"extensionName": L0004, "tupleSize": 40}, "config.json: .*tupleSize"),
        (L0004, {"extensionName": L0004, "digestAlgorithm": "crc32"}, "crc32"),
        (L0003, {"extensionName": L0003, "tupleSize": 0}, "both be 0"),
        (L0006, {"extensionName": L0006}, "delimiter"),
        (L0006, {"extensionName": L0006, "delimiter": ""}, "delimiter must not be empty"),
        (L0007, {"extensionName": L0007, "zeroPadding": "middle"}, "zeroPadding"),
    ],
)
def test_broken_config_json(tmp_path: Path, name: str, config: Any, match: str) -> None:
    with pytest.raises(LayoutError, match=match) as caught:
        read_root_layout(_declare(tmp_path, name, config))
    assert "\n" not in str(caught.value)


def test_layout_json_that_is_a_directory(tmp_path: Path) -> None:
    (tmp_path / "ocfl_layout.json").mkdir()
    with pytest.raises(LayoutError, match="is a directory"):
        read_root_layout(tmp_path)


# --------------------------------------------------------------------------------------------------------
# Storage roots made by ocfl-py, and ours read by ocfl-py
# --------------------------------------------------------------------------------------------------------


@needs_ocfl_py
def test_reads_a_0002_root_made_by_ocfl_py(tmp_path: Path) -> None:
    root = tmp_path / "root"
    StorageRoot(root=str(root), layout_name=L0002).initialize()
    assert not (root / "extensions").exists()  # ocfl-py writes no config.json for 0002
    layout = read_root_layout(root)
    assert layout == FlatDirectLayout() and type(layout) is FlatDirectLayout


@needs_ocfl_py
@pytest.mark.parametrize(
    "params", [None, C0003_EX2, C0003_EX3, {"digestAlgorithm": "sha512", "tupleSize": 4, "numberOfTuples": 5}]
)
def test_reads_a_0003_root_made_by_ocfl_py(tmp_path: Path, params: dict[str, Any] | None) -> None:
    root = tmp_path / "root"
    ocfl_root = StorageRoot(root=str(root), layout_name=L0003)
    ocfl_root.initialize(layout_params=None if params is None else json.dumps(params))
    layout = read_root_layout(root)
    assert type(layout) is HashAndIdNTupleLayout
    assert layout == make_layout(L0003, params)
    for object_id in ("object-01", "..Hor/rib:lè-$id", LONG_260):
        assert layout.object_path(object_id) == ocfl_root.object_path(object_id)


@needs_ocfl_py
@pytest.mark.parametrize("layout", [FlatDirectLayout(), make_layout(L0003), make_layout(L0003, C0003_EX2)])
def test_ocfl_py_reads_our_root(tmp_path: Path, layout: Layout) -> None:
    root = _write(tmp_path, {"0=ocfl_1.1": b"ocfl_1.1\n", **layout_files(layout)})
    ocfl_root = StorageRoot(root=str(root))
    ocfl_root.open_root_fs()
    assert ocfl_root.check_root_structure()
    assert ocfl_root.layout_name == layout.name
    for object_id in ("object-01", "urn:uuid:6e8bc430", LONG_101):
        assert ocfl_root.object_path(object_id) == layout.object_path(object_id)


def test_only_hashed_layouts_with_tuples_promise_an_even_spread_of_top_level_folders() -> None:
    """What an S3 root's listing may split on: 16 ** tupleSize folders for 0003 and 0004, none otherwise."""
    from archiver.formats.ocfl.layouts import FlatDirectLayout, HashAndIdNTupleLayout, HashedNTupleLayout

    assert HashedNTupleLayout().spread == 4096
    assert HashAndIdNTupleLayout(tuple_size=2, number_of_tuples=1).spread == 256
    assert HashedNTupleLayout(tuple_size=0, number_of_tuples=0).spread == 0
    assert FlatDirectLayout().spread == 0
