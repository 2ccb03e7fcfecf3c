"""Finding an S3 storage root's objects while its listing streams by (issue 18: roots of millions of objects).

:func:`object_roots_in` holds only the folders whose run of keys is still open; these tests hold it to the
obvious rule that needs every key in memory: a folder with a declaration and an inventory, outside the root's
``extensions``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.errors import ArchiverError
from archiver.repository.s3_ocfl_read import object_roots_in

DECLARATION = "0=ocfl_object_1.1"


def roots_by_sets(rels: list[str]) -> set[str]:
    declared = {r.rpartition("/")[0] for r in rels if r.rpartition("/")[2].startswith("0=ocfl_object_")}
    inventoried = {r.rpartition("/")[0] for r in rels if r.rpartition("/")[2] == "inventory.json"}
    found = declared & inventoried
    return {f for f in found if f and not f.startswith("extensions/") and f != "extensions"}


def listing(rels: list[str]) -> list[str]:
    """As ListObjectsV2 gives them: UTF-8 binary order, each key once."""
    return sorted(set(rels), key=lambda r: r.encode("utf-8"))


def test_neighbours_that_sort_between_a_folder_and_its_keys_are_told_apart() -> None:
    """'a/b-c/...' sorts between 'a/b' and 'a/b/...' ('-' < '/'), 'a/b.x' too; a folder's own keys are still
    one run, so every object is found once; a declaration alone (a creation that never committed), an
    inventory alone, a version's inventory and the root's extensions are no objects."""
    rels = [
        f"a/b/{DECLARATION}",
        "a/b/inventory.json",
        "a/b/inventory.json.sha512",
        "a/b/v1/inventory.json",
        "a/b/v1/content/data/x.txt",
        f"a/b-c/{DECLARATION}",
        "a/b-c/inventory.json",
        "a/b.x",
        f"a/b0/{DECLARATION}",
        "a/b0/v1/content/inventory.json",
        "a/b1/inventory.json",
        f"extensions/mine/{DECLARATION}",
        "extensions/mine/inventory.json",
        "0=ocfl_1.1",
        "0=ocfl_object_1.1",  # in the storage root itself: the root's files are no object's (§4.2)
        "inventory.json",
        "ocfl_layout.json",
        f"z/{DECLARATION}",
        "z/inventory.json",
    ]
    found = list(object_roots_in(listing(rels)))
    assert sorted(found) == ["a/b", "a/b-c", "z"]


SEGMENTS = st.sampled_from(["a", "a-b", "a.b", "ab", "a0", "b", "v1", "content", "extensions", "é", "a/"])
NAMES = st.sampled_from([DECLARATION, "0=ocfl_object_1.0", "inventory.json", "inventory.json.sha512", "x"])
KEYS = st.builds(lambda folders, name: "/".join([*folders, name]), st.lists(SEGMENTS, max_size=4), NAMES)


@given(st.lists(KEYS, max_size=60))
def test_the_streamed_roots_are_those_of_the_whole_listing(rels: list[str]) -> None:
    """For any set of keys listed in order, the streamed roots are the whole listing's, each once."""
    found = list(object_roots_in(listing(rels)))
    assert len(found) == len(set(found))
    assert set(found) == roots_by_sets(listing(rels))


def test_a_listing_out_of_order_is_an_error_not_a_shorter_list() -> None:
    """Out of order (S3 Express directory buckets, some gateways), a folder's run would close before its
    inventory arrived and the object be dropped without a word: it is S3_LISTING_UNORDERED instead."""
    rels = [f"x/{DECLARATION}", f"y/{DECLARATION}", "x/inventory.json", "y/inventory.json"]
    with pytest.raises(ArchiverError) as info:
        list(object_roots_in(rels))
    assert info.value.code == "S3_LISTING_UNORDERED"
