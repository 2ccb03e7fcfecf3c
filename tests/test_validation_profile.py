"""BagIt profile checks: our own profile on our own bags, and one hand-built violation per code.

Each rule test starts from a view that conforms to a fixture profile (``tests/fixtures/profiles/``), changes
one thing, and expects exactly that rule's code, so a test named after a code fails if the code is missed
and also if anything else fires.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver import own_profile
from archiver.errors import ExitCode, UsageError
from archiver.formats.bagit.view import BagView
from archiver.metadata import SCHEMA_BASE, SCHEMA_ID, SCHEMA_VERSION
from archiver.validation import profile as profile_module
from archiver.validation.findings import REGISTRY, Finding, Severity
from archiver.validation.profile import (
    CODES,
    builtin_profile_for,
    check_profile,
    load_profile,
    profile_identifier,
    profile_problems,
    unfetched_profiles,
)
from tests.test_validation_own_package import bag_view, make_bag

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "profiles"
COMMITTED = (
    REPO / "schemas" / "bagit-profile" / own_profile.PROFILE_VERSION / "news-archiver-bagit-profile.json"
)

APTRUST_ID = "https://profiles.example.org/aptrust-like/v2.2.json"
BTR_ID = "https://profiles.example.org/btr-like/1.0.json"
PAYLOAD_ID = "https://profiles.example.org/payload-rules/1.0.json"
HOLEY_ID = "https://profiles.example.org/holey/1.0.json"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def fixture(name: str) -> dict[str, Any]:
    return load_profile(FIXTURES / name)


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def info(view: BagView, *, drop: str | None = None, **set_: str) -> BagView:
    """The view with bag-info tag ``drop`` removed and tags in ``set_`` (``_`` for ``-``) replaced or added."""
    wanted = {k.replace("_", "-"): v for k, v in set_.items()}
    kept = [(k, wanted.pop(k, v)) for k, v in view.bag_info if k != drop]
    return dataclasses.replace(view, bag_info=tuple(kept + list(wanted.items())))


# A tarred bag that conforms to aptrust-like.json
APTRUST_OK = BagView(
    name="example.edu.bag-0001",
    bagit_version="1.0",
    tag_encoding="UTF-8",
    bag_info=(
        ("Source-Organization", "Example University"),
        ("Storage-Option", "Standard"),
        ("BagIt-Profile-Identifier", APTRUST_ID),
    ),
    manifest_algorithms=("md5",),
    tagmanifest_algorithms=("md5",),
    payload_files=("data/thesis.pdf",),
    tag_files=(
        "aptrust-info.txt",
        "bag-info.txt",
        "bagit.txt",
        "custom-tags/rights.txt",
        "manifest-md5.txt",
        "tagmanifest-md5.txt",
    ),
    manifests={"md5": {"data/thesis.pdf": "0cc175b9c0f1b6a831c399e269772661"}},
    serialization="application/x-tar",  # the profile says application/tar: the same type
)

# A folder bag that conforms to btr-like.json
BTR_OK = BagView(
    name="btr-bag",
    bagit_version="0.97",
    tag_encoding="UTF-8",
    bag_info=(
        ("Source-Organization", "Example Library"),
        ("Bagging-Date", "2024-03-14"),
        ("Payload-Oxum", "12.1"),
        ("BagIt-Profile-Identifier", BTR_ID),
    ),
    manifest_algorithms=("sha256",),
    payload_files=("data/a.txt",),
    tag_files=("bag-info.txt", "bagit.txt", "manifest-sha256.txt", "metadata/dc.xml"),
)

# A folder bag that conforms to payload-rules-1.4.json
PAYLOAD_OK = BagView(
    name="payload-bag",
    bagit_version="1.0",
    tag_encoding="UTF-8",
    bag_info=(("BagIt-Profile-Identifier", PAYLOAD_ID),),
    manifest_algorithms=("sha512",),
    payload_files=("data/README.txt", "data/objects/a.tif", "data/objects/sub/b.tif"),
    tag_files=("bag-info.txt", "bagit.txt", "manifest-sha512.txt"),
)

# A holey bag (payload all in fetch.txt) that conforms to holey-1.4.json
HOLEY_OK = BagView(
    name="holey-bag",
    bagit_version="1.0",
    tag_encoding="UTF-8",
    bag_info=(("BagIt-Profile-Identifier", HOLEY_ID), ("Payload-Oxum", "0.0")),
    manifest_algorithms=("sha256",),
    payload_files=(),
    tag_files=("bag-info.txt", "bagit.txt", "fetch.txt", "manifest-sha256.txt"),
    has_fetch=True,
)


# --------------------------------------------------------------------------------------------------------
# Fixtures, and the conforming views really conform


@pytest.mark.parametrize(
    ("name", "view"),
    [
        ("aptrust-like.json", APTRUST_OK),
        ("btr-like.json", BTR_OK),
        ("payload-rules-1.4.json", PAYLOAD_OK),
        ("holey-1.4.json", HOLEY_OK),
    ],
)
def test_conforming_views_pass(name: str, view: BagView) -> None:
    assert check_profile(view, fixture(name), profile_name=name) == []


def test_every_code_is_registered_with_a_spec() -> None:
    for code, info_ in CODES.items():
        assert code.startswith("PROFILE-") and REGISTRY[code] == info_
        assert info_.spec.startswith("BagIt Profiles 1.4.0") and info_.summary


def test_messages_name_the_profile_and_the_tag() -> None:
    view = info(APTRUST_OK, drop="Source-Organization", Storage_Option="Cheap")
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="aptrust-like.json")
    assert len(found) == 2
    assert all("aptrust-like.json" in f.message for f in found)
    assert "Source-Organization" in found[0].message and "'Cheap'" in found[1].message


# --------------------------------------------------------------------------------------------------------
# Our own profile on our own bags


@pytest.fixture(scope="module")
def own_bag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_bag(tmp_path_factory.mktemp("own-profile"))


def test_own_profile_passes_own_bag(own_bag: Path) -> None:
    view = bag_view(own_bag)
    ours = builtin_profile_for(view)
    assert ours == own_profile.profile_document()
    assert check_profile(view, ours, profile_name="news-archiver profile") == []


def test_committed_profile_loads_equal_to_the_builtin_and_passes_own_bag(own_bag: Path) -> None:
    committed = load_profile(COMMITTED)
    assert committed == own_profile.profile_document()
    assert check_profile(bag_view(own_bag), committed, profile_name=COMMITTED.name) == []


def test_own_profile_catches_a_wrong_schema_tag(own_bag: Path) -> None:
    view = info(bag_view(own_bag), Archiver_Metadata_Schema=SCHEMA_ID.replace(SCHEMA_VERSION, "0.9.0"))
    found = check_profile(view, own_profile.profile_document(), profile_name="news-archiver profile")
    assert codes(found) == {"PROFILE-TAG-VALUE"}


def test_own_profile_catches_an_md5_manifest(own_bag: Path) -> None:
    view = bag_view(own_bag)
    view = dataclasses.replace(view, manifest_algorithms=(*view.manifest_algorithms, "md5"))
    found = check_profile(view, own_profile.profile_document(), profile_name="news-archiver profile")
    assert codes(found) == {"PROFILE-MANIFEST-NOT-ALLOWED"}
    assert found[0].path == "manifest-md5.txt"


def test_builtin_profile_only_for_bags_naming_it() -> None:
    assert builtin_profile_for(APTRUST_OK) is None
    assert builtin_profile_for(info(APTRUST_OK, BagIt_Profile_Identifier=own_profile.PROFILE_ID)) is not None
    also = dataclasses.replace(
        APTRUST_OK, bag_info=(*APTRUST_OK.bag_info, ("bagit-profile-identifier", own_profile.PROFILE_ID))
    )
    assert profile_identifier(builtin_profile_for(also) or {}) == own_profile.PROFILE_ID


def test_builtin_profile_of_an_earlier_version_comes_from_its_committed_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_id = f"{SCHEMA_BASE}/bagit-profile/0.9.0/news-archiver-bagit-profile.json"
    old = own_profile.profile_document()
    old["BagIt-Profile-Info"]["BagIt-Profile-Identifier"] = old_id
    old["Manifests-Required"] = old["Manifests-Allowed"] = ["sha256"]
    target = tmp_path / "bagit-profile" / "0.9.0" / "news-archiver-bagit-profile.json"
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps(old), encoding="utf-8")
    monkeypatch.setattr(profile_module, "default_schemas_dir", lambda: tmp_path)
    view = info(APTRUST_OK, BagIt_Profile_Identifier=old_id)
    assert builtin_profile_for(view) == old
    # a name that only looks like ours, or that would leave the schemas folder, is not ours
    for fake in (old_id.replace("0.9.0", "0.8.0"), f"{SCHEMA_BASE}/bagit-profile/../../etc/passwd.json"):
        assert builtin_profile_for(info(APTRUST_OK, BagIt_Profile_Identifier=fake)) is None


# --------------------------------------------------------------------------------------------------------
# One test per code


def test_PROFILE_IDENTIFIER_MISSING() -> None:
    found = check_profile(
        info(APTRUST_OK, drop="BagIt-Profile-Identifier"), fixture("aptrust-like.json"), profile_name="A"
    )
    assert codes(found) == {"PROFILE-IDENTIFIER-MISSING"}
    assert found[0].path == "bag-info.txt" and APTRUST_ID in found[0].message


def test_PROFILE_IDENTIFIER_OTHER() -> None:
    view = info(APTRUST_OK, BagIt_Profile_Identifier="https://profiles.example.org/other.json")
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-IDENTIFIER-OTHER"}
    assert found[0].severity is Severity.WARNING


def test_PROFILE_TAG_REQUIRED() -> None:
    found = check_profile(info(BTR_OK, drop="Payload-Oxum"), fixture("btr-like.json"), profile_name="BTR")
    assert codes(found) == {"PROFILE-TAG-REQUIRED"}
    assert "Payload-Oxum" in found[0].message and found[0].path == "bag-info.txt"


def test_PROFILE_TAG_REQUIRED_labels_compare_case_insensitively() -> None:
    view = dataclasses.replace(
        BTR_OK, bag_info=tuple((k.upper(), v) for k, v in BTR_OK.bag_info)
    )  # RFC 8493 §2.2.2
    assert check_profile(view, fixture("btr-like.json"), profile_name="BTR") == []


def test_PROFILE_TAG_VALUE() -> None:
    view = info(APTRUST_OK, Storage_Option="Cheap")
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-TAG-VALUE"}
    assert "Storage-Option" in found[0].message and "'Glacier-OH'" in found[0].message


def test_PROFILE_TAG_REPEATED() -> None:
    view = dataclasses.replace(BTR_OK, bag_info=(*BTR_OK.bag_info, ("Bagging-Date", "2024-03-15")))
    found = check_profile(view, fixture("btr-like.json"), profile_name="BTR")
    assert codes(found) == {"PROFILE-TAG-REPEATED"}
    assert "2 Bagging-Date lines" in found[0].message


def test_repeatable_by_default() -> None:
    view = dataclasses.replace(BTR_OK, bag_info=(*BTR_OK.bag_info, ("Source-Organization", "Partner")))
    assert check_profile(view, fixture("btr-like.json"), profile_name="BTR") == []


def test_PROFILE_MANIFEST_REQUIRED() -> None:
    view = dataclasses.replace(APTRUST_OK, manifest_algorithms=("sha256",))
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-MANIFEST-REQUIRED"}
    assert found[0].path == "manifest-md5.txt"


def test_PROFILE_MANIFEST_NOT_ALLOWED() -> None:
    view = dataclasses.replace(APTRUST_OK, manifest_algorithms=("md5", "sha512"))
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-MANIFEST-NOT-ALLOWED"}
    assert found[0].path == "manifest-sha512.txt" and "md5, sha256" in found[0].message


def test_algorithm_names_compare_loosely() -> None:
    profile = {
        **fixture("aptrust-like.json"),
        "Manifests-Required": ["MD5"],
        "Manifests-Allowed": ["MD5", "SHA-256"],
    }
    view = dataclasses.replace(APTRUST_OK, manifest_algorithms=("md5", "sha256"))
    assert check_profile(view, profile, profile_name="A") == []


def test_PROFILE_TAGMANIFEST_REQUIRED() -> None:
    view = dataclasses.replace(APTRUST_OK, tagmanifest_algorithms=())
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-TAGMANIFEST-REQUIRED"}
    assert found[0].path == "tagmanifest-md5.txt"


def test_PROFILE_TAGMANIFEST_NOT_ALLOWED() -> None:
    view = dataclasses.replace(APTRUST_OK, tagmanifest_algorithms=("md5", "sha1"))
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-TAGMANIFEST-NOT-ALLOWED"}
    assert found[0].path == "tagmanifest-sha1.txt"


def test_PROFILE_TAG_FILE_REQUIRED() -> None:
    view = dataclasses.replace(
        APTRUST_OK, tag_files=tuple(t for t in APTRUST_OK.tag_files if t != "aptrust-info.txt")
    )
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-TAG-FILE-REQUIRED"}
    assert found[0].path == "aptrust-info.txt"


def test_PROFILE_TAG_FILE_NOT_ALLOWED() -> None:
    view = dataclasses.replace(APTRUST_OK, tag_files=(*APTRUST_OK.tag_files, "dpn-tags/dpn-info.txt"))
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-TAG-FILE-NOT-ALLOWED"}
    assert found[0].path == "dpn-tags/dpn-info.txt" and "aptrust-info.txt, custom-tags/*" in found[0].message


def test_bag_own_tag_files_are_always_allowed() -> None:
    """bagit.txt, bag-info.txt, fetch.txt and the manifests are governed by other fields, not Tag-Files-Allowed."""
    profile = {**fixture("btr-like.json"), "Tag-Files-Allowed": []}
    view = dataclasses.replace(
        BTR_OK,
        tag_files=("bag-info.txt", "bagit.txt", "fetch.txt", "manifest-sha256.txt", "tagmanifest-md5.txt"),
    )
    assert check_profile(view, profile, profile_name="BTR") == []
    # a profile may even require them (the specification says it SHOULD NOT) without allowing them
    requiring = {**profile, "Tag-Files-Required": ["bag-info.txt"], "Tag-Files-Allowed": ["aptrust-info.txt"]}
    assert profile_problems(requiring) == []
    # ... but only at the bag root
    nested = dataclasses.replace(view, tag_files=(*view.tag_files, "old/bag-info.txt"))
    assert codes(check_profile(nested, profile, profile_name="BTR")) == {"PROFILE-TAG-FILE-NOT-ALLOWED"}


def test_star_matches_across_folders() -> None:
    profile = {**fixture("btr-like.json"), "Tag-Files-Allowed": ["*"]}
    view = dataclasses.replace(BTR_OK, tag_files=(*BTR_OK.tag_files, "deep/er/tags.txt"))
    assert check_profile(view, profile, profile_name="BTR") == []


def test_PROFILE_PAYLOAD_FILE_REQUIRED() -> None:
    view = dataclasses.replace(PAYLOAD_OK, payload_files=("data/objects/a.tif",))
    found = check_profile(view, fixture("payload-rules-1.4.json"), profile_name="P")
    assert codes(found) == {"PROFILE-PAYLOAD-FILE-REQUIRED"}
    assert found[0].path == "data/README.txt"


def test_PROFILE_PAYLOAD_FILE_REQUIRED_folder() -> None:
    view = dataclasses.replace(PAYLOAD_OK, payload_files=("data/README.txt",))
    found = check_profile(view, fixture("payload-rules-1.4.json"), profile_name="P")
    assert codes(found) == {"PROFILE-PAYLOAD-FILE-REQUIRED"}
    assert found[0].path == "data/objects/" and found[0].message.startswith("folder data/objects/")


def test_PROFILE_PAYLOAD_FILE_NOT_ALLOWED() -> None:
    view = dataclasses.replace(PAYLOAD_OK, payload_files=(*PAYLOAD_OK.payload_files, "data/notes.txt"))
    found = check_profile(view, fixture("payload-rules-1.4.json"), profile_name="P")
    assert codes(found) == {"PROFILE-PAYLOAD-FILE-NOT-ALLOWED"}
    assert found[0].path == "data/notes.txt"


def test_PROFILE_FETCH_NOT_ALLOWED() -> None:
    view = dataclasses.replace(APTRUST_OK, has_fetch=True, tag_files=(*APTRUST_OK.tag_files, "fetch.txt"))
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-FETCH-NOT-ALLOWED"}
    assert found[0].path == "fetch.txt"


def test_PROFILE_FETCH_REQUIRED() -> None:
    view = dataclasses.replace(HOLEY_OK, has_fetch=False, tag_files=("bag-info.txt", "bagit.txt"))
    found = check_profile(view, fixture("holey-1.4.json"), profile_name="H")
    assert codes(found) == {"PROFILE-FETCH-REQUIRED"}


def test_PROFILE_DATA_NOT_EMPTY_two_files() -> None:
    view = dataclasses.replace(HOLEY_OK, payload_files=("data/a", "data/b"))
    found = check_profile(view, fixture("holey-1.4.json"), profile_name="H")
    assert codes(found) == {"PROFILE-DATA-NOT-EMPTY"}
    assert "2 files" in found[0].message


def test_PROFILE_DATA_NOT_EMPTY_one_file_with_content() -> None:
    digest = hashlib.sha256(b"content").hexdigest()
    view = dataclasses.replace(HOLEY_OK, payload_files=("data/a",), manifests={"sha256": {"data/a": digest}})
    found = check_profile(view, fixture("holey-1.4.json"), profile_name="H")
    assert codes(found) == {"PROFILE-DATA-NOT-EMPTY"}
    assert found[0].path == "data/a"


def test_data_empty_allows_one_zero_byte_file() -> None:
    view = dataclasses.replace(
        HOLEY_OK, payload_files=("data/.keep",), manifests={"sha256": {"data/.keep": EMPTY_SHA256}}
    )
    assert check_profile(view, fixture("holey-1.4.json"), profile_name="H") == []


def test_data_empty_falls_back_on_payload_oxum() -> None:
    view = dataclasses.replace(info(HOLEY_OK, Payload_Oxum="7.1"), payload_files=("data/a",))
    assert codes(check_profile(view, fixture("holey-1.4.json"), profile_name="H")) == {
        "PROFILE-DATA-NOT-EMPTY"
    }


def test_PROFILE_SERIALIZATION_FORBIDDEN() -> None:
    view = dataclasses.replace(PAYLOAD_OK, serialization="application/zip")
    found = check_profile(view, fixture("payload-rules-1.4.json"), profile_name="P")
    assert codes(found) == {"PROFILE-SERIALIZATION-FORBIDDEN"}
    assert found[0].path is None


def test_PROFILE_SERIALIZATION_REQUIRED() -> None:
    view = dataclasses.replace(APTRUST_OK, serialization=None)
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-SERIALIZATION-REQUIRED"}


@pytest.mark.parametrize("media_type", ["application/zip", "application/gzip", "application/x-7z-compressed"])
def test_PROFILE_SERIALIZATION_NOT_ACCEPTED(media_type: str) -> None:
    view = dataclasses.replace(APTRUST_OK, serialization=media_type)
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-SERIALIZATION-NOT-ACCEPTED"}
    assert media_type in found[0].message and "application/tar" in found[0].message


@pytest.mark.parametrize(
    ("accepted", "actual"),
    [
        ("application/tar", "application/x-tar"),
        ("application/x-tar", "application/tar"),
        ("application/x-zip-compressed", "application/zip"),
        ("application/x-tar+gzip", "application/gzip"),
        ("application/gzip", "application/x-gzip"),
        ("APPLICATION/ZIP", "application/zip"),
    ],
)
def test_serialization_aliases_agree(accepted: str, actual: str) -> None:
    profile = {**fixture("aptrust-like.json"), "Accept-Serialization": [accepted]}
    view = dataclasses.replace(APTRUST_OK, serialization=actual)
    assert check_profile(view, profile, profile_name="A") == []


def test_optional_serialization_takes_folders_and_accepted_archives() -> None:
    profile = fixture("btr-like.json")
    assert check_profile(BTR_OK, profile, profile_name="BTR") == []
    tarred = dataclasses.replace(BTR_OK, serialization="application/x-tar")
    assert check_profile(tarred, profile, profile_name="BTR") == []


def test_PROFILE_BAGIT_VERSION_NOT_ACCEPTED() -> None:
    view = dataclasses.replace(APTRUST_OK, bagit_version="0.96")
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {"PROFILE-BAGIT-VERSION-NOT-ACCEPTED"}
    assert found[0].path == "bagit.txt" and "0.97, 1.0" in found[0].message


def test_unreadable_bagit_version_is_left_to_the_bag_validator() -> None:
    view = dataclasses.replace(APTRUST_OK, bagit_version=None)
    assert check_profile(view, fixture("aptrust-like.json"), profile_name="A") == []


def test_PROFILE_NOT_FETCHED() -> None:
    found = unfetched_profiles(APTRUST_OK)
    assert codes(found) == {"PROFILE-NOT-FETCHED"}
    assert found[0].severity is Severity.WARNING and APTRUST_ID in found[0].message
    assert unfetched_profiles(APTRUST_OK, checked=[APTRUST_ID]) == []
    assert unfetched_profiles(info(APTRUST_OK, BagIt_Profile_Identifier=own_profile.PROFILE_ID)) == []
    assert unfetched_profiles(info(APTRUST_OK, drop="BagIt-Profile-Identifier")) == []


def test_all_violations_at_once_are_all_reported() -> None:
    view = dataclasses.replace(
        info(APTRUST_OK, drop="Source-Organization", Storage_Option="Cheap"),
        bagit_version="0.96",
        serialization="application/zip",
        manifest_algorithms=("sha512",),
        has_fetch=True,
    )
    found = check_profile(view, fixture("aptrust-like.json"), profile_name="A")
    assert codes(found) == {
        "PROFILE-TAG-REQUIRED",
        "PROFILE-TAG-VALUE",
        "PROFILE-MANIFEST-REQUIRED",
        "PROFILE-MANIFEST-NOT-ALLOWED",
        "PROFILE-FETCH-NOT-ALLOWED",
        "PROFILE-SERIALIZATION-NOT-ACCEPTED",
        "PROFILE-BAGIT-VERSION-NOT-ACCEPTED",
    }


# --------------------------------------------------------------------------------------------------------
# Reading profiles


@pytest.mark.parametrize("path", sorted((FIXTURES / "malformed").glob("*.json")), ids=lambda p: p.stem)
def test_malformed_profile_is_a_usage_error(path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        load_profile(path)
    assert caught.value.code == "PROFILE_UNREADABLE"
    assert caught.value.exit_code is ExitCode.USAGE
    assert caught.value.where == str(path)


def test_malformed_profile_messages_say_what_is_wrong() -> None:
    def message(name: str) -> str:
        with pytest.raises(UsageError) as caught:
            load_profile(FIXTURES / "malformed" / name)
        return caught.value.message

    assert "not an object" in message("array.json")
    assert "not UTF-8 JSON" in message("truncated.json")
    assert "BagIt-Profile-Identifier" in message("no-identifier.json")
    assert "Manifests-Allowed does not allow" in message("required-not-allowed.json")
    assert "Allow-Fetch.txt is not true or false" in message("wrong-types.json")
    assert "'sometimes'" in message("wrong-types.json")


def test_missing_profile_file_is_a_usage_error(tmp_path: Path) -> None:
    for path in (tmp_path / "absent.json", tmp_path):
        with pytest.raises(UsageError) as caught:
            load_profile(path)
        assert caught.value.code == "PROFILE_UNREADABLE"


def test_a_url_is_never_fetched() -> None:
    with pytest.raises(UsageError) as caught:
        load_profile(Path("https://profiles.example.org/aptrust-like/v2.2.json"))
    assert caught.value.code == "PROFILE_UNREADABLE" and "never fetched" in caught.value.message


def test_oversized_profile_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.json"
    big.write_text(json.dumps(fixture("btr-like.json")), encoding="utf-8")
    monkeypatch.setattr(profile_module, "MAX_PROFILE_BYTES", 100)
    with pytest.raises(UsageError, match="larger than 100 bytes"):
        load_profile(big)


def test_unknown_keys_and_descriptions_are_ignored() -> None:
    document = fixture("btr-like.json")  # carries "recommended" and "description" keys
    document["X-Vendor-Extension"] = {"anything": [1, 2]}
    assert profile_problems(document) == []
    assert check_profile(BTR_OK, document, profile_name="BTR") == []


def test_fixture_profiles_are_all_usable() -> None:
    for path in sorted(FIXTURES.glob("*.json")):
        assert profile_identifier(load_profile(path)).startswith("https://profiles.example.org/")


# --------------------------------------------------------------------------------------------------------
# Robustness: any JSON document is either refused as a profile or checked without a traceback

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_field_names = st.sampled_from(
    [
        "Bag-Info",
        "Manifests-Required",
        "Manifests-Allowed",
        "Tag-Manifests-Required",
        "Tag-Manifests-Allowed",
        "Tag-Files-Required",
        "Tag-Files-Allowed",
        "Payload-Files-Required",
        "Payload-Files-Allowed",
        "Allow-Fetch.txt",
        "Fetch.txt-Required",
        "Data-Empty",
        "Serialization",
        "Accept-Serialization",
        "Accept-BagIt-Version",
    ]
)


@settings(max_examples=200, deadline=None)
@given(fields=st.dictionaries(_field_names, _json, max_size=6))
def test_any_json_profile_is_refused_or_checked(fields: dict[str, Any]) -> None:
    document = {"BagIt-Profile-Info": {"BagIt-Profile-Identifier": APTRUST_ID}, **fields}
    if profile_problems(document):
        return
    for view in (APTRUST_OK, BTR_OK, PAYLOAD_OK, HOLEY_OK):
        for found in check_profile(view, document, profile_name="random"):
            assert found.code in CODES
