from __future__ import annotations

import pytest

from archiver import identifiers
from archiver.errors import UsageError


def test_url_identifier_is_stable_under_normalisation() -> None:
    a = identifiers.from_url("HTTPS://News.Example.org:443/story?id=1#top")
    b = identifiers.from_url("https://news.example.org/story?id=1")
    assert a == b
    assert a.startswith("urn:uuid:")


def test_content_identifier_depends_only_on_bytes() -> None:
    assert identifiers.from_content("ab" * 32) == identifiers.from_content("ab" * 32)
    assert identifiers.from_content("ab" * 32) != identifiers.from_content("cd" * 32)


def test_explicit_identifier_wins_and_is_checked() -> None:
    got = identifiers.derive_identifier(
        explicit="urn:newsroom:2024-0001", source_url="https://x.org/", sha256_hex="0"
    )
    assert got == "urn:newsroom:2024-0001"
    with pytest.raises(UsageError):
        identifiers.derive_identifier(explicit="newsroom-1", source_url=None, sha256_hex="0")


def test_bag_names_are_safe_and_distinct() -> None:
    assert identifiers.bag_name("urn:uuid:ABCDEF00-0000-5000-8000-000000000000") == (
        "abcdef00-0000-5000-8000-000000000000"
    )
    a = identifiers.bag_name("urn:news:a/b")
    b = identifiers.bag_name("urn:news:a_b")
    assert a != b
    assert "/" not in a and not a.startswith(".")
