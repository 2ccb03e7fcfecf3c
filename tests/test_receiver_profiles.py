"""Receiver profiles: one model for both JSON forms, bags made to satisfy a profile, and clear refusals.

Every bag made here is checked three ways: archiver's own validator (RFC 8493) with the profile checker,
bagit-python (a second opinion on the bag), and the profile checker run with a reader so that tags of
tag files beyond bag-info.txt (APTrust's aptrust-info.txt) are checked too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest import mock

import bagit
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.config import Organization, Settings
from archiver.errors import ArchiverError, ExitCode, UsageError
from archiver.formats.bagit.tagfiles import parse_tag_fields
from archiver.formats.bagit.validator import BagOptions, validate_bag
from archiver.formats.bagit.writer import PayloadFile, TagFile, write_bag
from archiver.own_profile import PROFILE_ID, profile_document
from archiver.packaging import PackageOptions, bag_info_labels, package_article
from archiver.profiles import catalog
from archiver.profiles.model import ProfileProblems, TagRule, parse_profile, profile_problems
from archiver.profiles.plan import BagPlan, resolve_plan
from archiver.profiles.tags import (
    TagValue,
    format_tag_option,
    parse_bag_info_option,
    parse_tag_option,
    parse_tag_options,
)
from archiver.validation.findings import Finding
from archiver.validation.own_package import check_own_package
from archiver.validation.profile import check_profile, load_profile

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"
WHEN = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
SETTINGS = Settings(organization=Organization(name="Test Archive", contact_email="test@example.org"))
APTRUST_ID = (
    "https://raw.githubusercontent.com/APTrust/preservation-services/master/profiles/aptrust-v2.3.json"
)
BTR_ID = "https://github.com/dpscollaborative/btr_bagit_profile/releases/download/1.0/btr-bagit-profile.json"
ACCESS = TagValue("aptrust-info.txt", "Access", "Institution", "--tag aptrust-info.txt:Access=Institution")
CUSTOM_ID = "https://profiles.example.org/newsroom/1.0.json"

# The same rules in both forms: a newsroom's receiver wanting md5, a rights file with a Rights tag from a
# closed list, a Bag-Group-Identifier, and zip or folders.
CUSTOM_BAGIT_FORM: dict[str, Any] = {
    "BagIt-Profile-Info": {
        "BagIt-Profile-Identifier": CUSTOM_ID,
        "BagIt-Profile-Version": "1.3.0",
        "Source-Organization": "Example Newsroom",
        "External-Description": "Test profile: the same rules as CUSTOM_DART_FORM",
        "Version": "1.0",
    },
    "Bag-Info": {
        "Source-Organization": {"required": True},
        "Bag-Group-Identifier": {"required": True, "repeatable": False},
    },
    "Manifests-Required": ["md5"],
    "Manifests-Allowed": ["md5", "sha256", "sha512"],
    "Tag-Manifests-Required": ["md5"],
    "Tag-Files-Required": ["rights.txt"],
    "Tag-Files-Allowed": ["rights.txt"],
    "Allow-Fetch.txt": False,
    "Serialization": "optional",
    "Accept-Serialization": ["application/zip"],
    "Accept-BagIt-Version": ["1.0"],
}
CUSTOM_DART_FORM: dict[str, Any] = {
    "name": "Newsroom receiver",
    "bagItProfileInfo": {"bagItProfileIdentifier": CUSTOM_ID, "version": "1.0"},
    "acceptBagItVersion": ["1.0"],
    "acceptSerialization": ["application/zip"],
    "allowFetchTxt": False,
    "manifestsRequired": ["md5"],
    "manifestsAllowed": ["md5", "sha256", "sha512"],
    "tagManifestsRequired": ["md5"],
    "tagFilesAllowed": ["rights.txt"],
    "serialization": "optional",
    "tarDirMustMatchName": False,
    "tags": [
        {"tagFile": "bag-info.txt", "tagName": "Source-Organization", "required": True, "values": None},
        {"tagFile": "bag-info.txt", "tagName": "Bag-Group-Identifier", "required": True, "values": []},
        {
            "tagFile": "rights.txt",
            "tagName": "Rights",
            "required": True,
            "values": ["Public", "Embargoed"],
            "emptyOk": False,
            "defaultValue": "",
        },
    ],
}


def options(outdir: Path, plan: BagPlan | None, **kw: Any) -> PackageOptions:
    return PackageOptions(outdir=outdir, settings=SETTINGS, captured=WHEN, durable=False, plan=plan, **kw)


def plan_for(spec: str, *texts: str, serialize: str | None = None, institution: str | None = None) -> BagPlan:
    """The plan the CLI makes for ``--profile spec`` and ``--tag``/``--bag-info`` texts (``Label=Value``
    alone is --bag-info)."""
    tags = parse_tag_options(
        [t for t in texts if ":" in t.partition("=")[0]], [t for t in texts if ":" not in t.partition("=")[0]]
    )
    plan = resolve_plan(
        spec, tags=tags, serialize=serialize, institution=institution, base_labels=bag_info_labels(SETTINGS)
    )
    assert plan is not None
    return plan


def extracted(bag: Path, into: Path) -> Path:
    """A folder bag as it is; a tar unpacked (what a receiver does) into ``into``."""
    if bag.is_dir():
        return bag
    with tarfile.open(bag) as tarred:
        tarred.extractall(into, filter="data")
    (top,) = into.iterdir()
    return top


def check_three_ways(bag: Path, profile: str | Path, tmp_path: Path) -> list[Finding]:
    """archiver's validator plus the profile checker, and bagit-python; returns the profile findings."""
    report, view, read = validate_bag(bag, BagOptions())
    assert report.valid, [f.message for f in report.findings]
    assert view is not None and read is not None
    document = load_profile(profile)
    found = check_profile(view, document, profile_name=str(profile), read=read, archive_name=str(bag))
    folder = extracted(bag, tmp_path / "unpacked")
    bagit.Bag(str(folder)).validate()
    # Still one of ours: the own-package cross-checks (article, metadata, WARC agree) find nothing wrong,
    # once told the bag is ours (they look for our profile's identifier, which such a bag does not name).
    with mock.patch("archiver.validation.own_package.check.is_own_package", return_value=True):
        assert check_own_package(view, read) == []
    return found


# --------------------------------------------------------------------------------------------------------
# One model for both forms


def test_both_forms_of_the_same_rules_give_the_same_model() -> None:
    bagit_form = parse_profile(CUSTOM_BAGIT_FORM)
    dart_form = parse_profile(CUSTOM_DART_FORM)
    assert (bagit_form.form, dart_form.form) == ("bagit-profiles", "dart")
    for name in (
        "identifier",
        "manifests_required",
        "manifests_allowed",
        "tag_manifests_required",
        "tag_files_allowed",
        "allow_fetch",
        "serialization",
        "accept_serialization",
        "accept_bagit_version",
        "required_tag_files",
    ):
        assert getattr(bagit_form, name) == getattr(dart_form, name), name
    assert bagit_form.rule("bag-info.txt", "bag-group-identifier") == TagRule(
        "bag-info.txt", "Bag-Group-Identifier", required=True, repeatable=False
    )
    assert dart_form.rule("rights.txt", "Rights") == TagRule(
        "rights.txt", "Rights", required=True, values=("Public", "Embargoed"), empty_ok=False
    )


def test_the_shipped_aptrust_profile_reads_as_apTrust_says() -> None:
    aptrust = catalog.shipped_profile("aptrust")
    assert aptrust.identifier == APTRUST_ID and aptrust.form == "dart"
    assert aptrust.serialization == "required" and aptrust.tar_dir_must_match_name
    assert aptrust.manifests_required == ("md5",) and not aptrust.allow_fetch
    assert aptrust.required_tag_files == ("aptrust-info.txt",)  # implied by its required tags
    access = aptrust.rule("aptrust-info.txt", "Access")
    assert access is not None and access.values == ("Consortia", "Institution", "Restricted")
    storage = aptrust.rule("aptrust-info.txt", "Storage-Option")
    assert storage is not None and storage.default == "Standard" and "Wasabi-TX" in storage.values
    btr = catalog.shipped_profile("btr")
    assert btr.identifier == BTR_ID and btr.serialization == "optional"
    rule = btr.rule("bag-info.txt", "Bagging-Date")
    assert rule is not None and rule.required and not rule.empty_ok  # BTR spells it "emptyOK"


def test_every_published_profile_in_shared_is_read(shared_dir: Path) -> None:
    for path in sorted((shared_dir / "profiles").glob("*.json")):
        profile = catalog.load(path)
        assert profile.identifier.startswith("https://"), path
        assert load_profile(path) == json.loads(path.read_text(encoding="utf-8"))


def test_shipped_profiles_are_the_published_files(shared_dir: Path) -> None:
    data = REPO / "archiver" / "data" / "profiles"
    assert (data / "aptrust-v2.3.json").read_bytes() == (
        shared_dir / "profiles" / "aptrust-v2.3.json"
    ).read_bytes()
    assert (data / "btr-v1.0.json").read_bytes() == (
        shared_dir / "profiles" / "btr-v1.0-1.3.0.json"
    ).read_bytes()
    licence = (data / "LICENSE-profiles").read_text(encoding="utf-8")
    assert (shared_dir / "profiles" / "LICENSE-dart-runner").read_text(encoding="utf-8") in licence


def test_a_file_url_is_a_local_file(tmp_path: Path) -> None:
    path = tmp_path / "newsroom profile.json"
    path.write_text(json.dumps(CUSTOM_DART_FORM), encoding="utf-8")
    assert catalog.load(path.as_uri()).identifier == CUSTOM_ID
    with pytest.raises(UsageError) as caught:
        catalog.load("https://profiles.example.org/newsroom/1.0.json")
    assert "never fetched" in caught.value.message


def test_the_default_name_is_the_own_profile() -> None:
    assert load_profile("default") == profile_document()
    assert catalog.load("default").identifier == PROFILE_ID


@pytest.mark.parametrize(
    ("document", "needle"),
    [
        ({"tags": []}, "bagItProfileInfo is missing"),
        ({"bagItProfileInfo": {"bagItProfileIdentifier": " "}}, "no bagItProfileIdentifier"),
        (
            {"bagItProfileInfo": {"bagItProfileIdentifier": "x"}, "manifestsRequired": ["whirlpool"]},
            "'whirlpool'",
        ),
        (
            {"BagIt-Profile-Info": {"BagIt-Profile-Identifier": "x"}, "Manifests-Allowed": ["crc32"]},
            "'crc32'",
        ),
        (
            {
                "bagItProfileInfo": {"bagItProfileIdentifier": "x"},
                "tags": [{"tagFile": "../x.txt", "tagName": "A"}],
            },
            "'..' segment",
        ),
        (
            {
                "bagItProfileInfo": {"bagItProfileIdentifier": "x"},
                "tags": [{"tagFile": "data/x.txt", "tagName": "A"}],
            },
            "payload folder",
        ),
        (
            {
                "bagItProfileInfo": {"bagItProfileIdentifier": "x"},
                "tags": [{"tagFile": "a.txt", "tagName": "A:B"}],
            },
            "cannot be a tag label",
        ),
        ({"bagItProfileInfo": {"bagItProfileIdentifier": "x"}, "serialization": "sometimes"}, "'sometimes'"),
        (
            {
                "bagItProfileInfo": {"bagItProfileIdentifier": "x"},
                "tags": [{"tagFile": "a.txt", "tagName": "A", "required": "yes"}],
            },
            "required is not true or false",
        ),
        (
            {
                "bagItProfileInfo": {"bagItProfileIdentifier": "x"},
                "manifestsRequired": ["md5"],
                "manifestsAllowed": ["sha256"],
            },
            "does not allow",
        ),
    ],
)
def test_unusable_profiles_say_why(document: dict[str, Any], needle: str) -> None:
    problems = profile_problems(document)
    assert any(needle in p for p in problems), problems
    with pytest.raises(ProfileProblems):
        parse_profile(document)


def test_algorithm_names_are_known_however_spelled() -> None:
    document = {
        "BagIt-Profile-Info": {"BagIt-Profile-Identifier": "x"},
        "Manifests-Required": ["SHA-256", "sha3_512"],
    }
    assert profile_problems(document) == []


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=16,
)
_dart_keys = st.sampled_from(
    [
        "acceptBagItVersion",
        "acceptSerialization",
        "allowFetchTxt",
        "manifestsRequired",
        "manifestsAllowed",
        "tagManifestsRequired",
        "tagManifestsAllowed",
        "tagFilesAllowed",
        "tagFilesRequired",
        "serialization",
        "tarDirMustMatchName",
        "tags",
        "name",
    ]
)
_tag = st.fixed_dictionaries(
    {},
    optional={
        "tagFile": st.sampled_from(["bag-info.txt", "aptrust-info.txt", "bagit.txt", "", "../x", "data/y"])
        | _json,
        "tagName": st.text(max_size=6) | _json,
        "required": st.booleans() | _json,
        "values": st.none() | st.lists(st.text(max_size=4), max_size=3) | _json,
        "emptyOk": st.booleans() | _json,
        "emptyOK": st.booleans(),
        "defaultValue": st.none() | st.text(max_size=4) | _json,
    },
)


@settings(max_examples=300, deadline=None)
@given(
    fields=st.dictionaries(_dart_keys, _json, max_size=6),
    tags=st.lists(_tag, max_size=4),
    with_tags=st.booleans(),
)
def test_any_dart_document_is_refused_or_read(
    fields: dict[str, Any], tags: list[Any], with_tags: bool
) -> None:
    """The DART reader never fails other than by listing problems; what it reads is usable by the checker."""
    document: dict[str, Any] = {
        "bagItProfileInfo": {"bagItProfileIdentifier": "https://x.example/p"},
        **fields,
    }
    if with_tags:
        document["tags"] = tags
    try:
        profile = parse_profile(document)
    except ProfileProblems as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
        return
    assert profile.identifier == "https://x.example/p"
    for rule in profile.tags:
        assert rule.tag_file and rule.label and isinstance(rule.values, tuple)


# --------------------------------------------------------------------------------------------------------
# --tag and --bag-info


def test_tag_options_parse() -> None:
    assert parse_tag_option("aptrust-info.txt:Access=Institution") == ACCESS
    url = parse_bag_info_option("External-Description = see https://x.example/a=b:c ")
    assert (url.tag_file, url.label, url.value) == (
        "bag-info.txt",
        "External-Description",
        "see https://x.example/a=b:c",
    )
    nested = parse_tag_option("custom-tags/rights.txt:Rights=")
    assert (nested.tag_file, nested.label, nested.value) == ("custom-tags/rights.txt", "Rights", "")
    both = parse_tag_options(["a.txt:X=1"], ["Y=2"])
    assert [(t.tag_file, t.label) for t in both] == [("bag-info.txt", "Y"), ("a.txt", "X")]


@pytest.mark.parametrize(
    "text",
    [
        "aptrust-info.txt:Access",  # no value
        "Access=Institution",  # no file
        "aptrust-info.txt:=x",  # no label
        "bagit.txt:BagIt-Version=0.97",  # fixed by the RFC
        "../escape.txt:A=b",
        "/abs.txt:A=b",
        "data/in-payload.txt:A=b",
        "manifest-md5.txt:A=b",
        "a.txt:A=line\nbreak",
        "a.txt:A=line\u2028break",
    ],
)
def test_bad_tag_options_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_tag_option(text)
    assert caught.value.code == "TAG_OPTION_INVALID" and caught.value.exit_code is ExitCode.USAGE
    assert repr(f"--tag {text}") in caught.value.message


_label = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=":=\x85\x1c\x1d\x1e"),
    min_size=1,
    max_size=20,
).filter(lambda s: s == s.strip() and bool(s))
_segment = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=":=/\\\x85\x1c\x1d\x1e"
    ),
    min_size=1,
    max_size=12,
).filter(lambda s: s not in (".", "..") and s == s.strip())
_file = (
    st.lists(_segment, min_size=1, max_size=3)
    .map("/".join)
    .filter(
        lambda p: (
            not p.startswith("data/")
            and p != "data"
            and p != "bagit.txt"
            and not p.startswith(("manifest-", "tagmanifest-"))
            and p != "fetch.txt"
            and not (len(p) > 1 and p[1] == ":")
        )
    )
)
_value = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85\x1c\x1d\x1e"),
    max_size=30,
).map(str.strip)


@settings(max_examples=300, deadline=None)
@given(tag_file=_file, label=_label, value=_value)
def test_tag_option_round_trips(tag_file: str, label: str, value: str) -> None:
    given_value = TagValue(tag_file, label, value, "")
    parsed = parse_tag_option(format_tag_option(given_value))
    assert (parsed.tag_file, parsed.label, parsed.value) == (tag_file, label, value)


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=40))
def test_any_text_is_a_tag_or_a_usage_error(text: str) -> None:
    """Whatever is typed, the parser gives a tag a bag can carry, or TAG_OPTION_INVALID: never a crash."""
    for parse in (parse_tag_option, parse_bag_info_option):
        try:
            tag = parse(text)
        except UsageError as exc:
            assert exc.code == "TAG_OPTION_INVALID"
            continue
        assert tag.label and tag.label == tag.label.strip() and ":" not in tag.label
        assert "\n" not in tag.value and "\r" not in tag.value and tag.value == tag.value.strip()
        # It reads back from a tag file unchanged.
        assert parse_tag_fields(f"{tag.label}: {tag.value}\n") == [(tag.label, tag.value)]


# --------------------------------------------------------------------------------------------------------
# The writer: md5 manifests, tag manifests of their own algorithms, tag files beyond bag-info.txt


def test_write_bag_with_tag_files_and_other_tag_manifest_algorithms(tmp_path: Path) -> None:
    root = tmp_path / "bag"
    root.mkdir()
    result = write_bag(
        root,
        [PayloadFile("a.txt", b"payload")],
        [("Source-Organization", "X")],
        ("md5", "sha256"),
        durable=False,
        tag_files=[
            TagFile("aptrust-info.txt", b"Title: T\n"),
            TagFile("custom-tags/rights.txt", b"Rights: Public\n"),
        ],
        tag_algorithms=("md5",),
    )
    assert set(result.tag_manifests) == {"md5"}
    assert set(result.tag_manifests["md5"]) == {
        "bagit.txt", "bag-info.txt", "aptrust-info.txt", "custom-tags/rights.txt",
        "manifest-md5.txt", "manifest-sha256.txt",
    }  # fmt: skip
    assert not (root / "tagmanifest-sha256.txt").exists()
    bag = bagit.Bag(str(root))
    bag.validate()
    assert set(bag.algorithms) == {"md5", "sha256"}


@pytest.mark.parametrize(
    "path", ["bagit.txt", "bag-info.txt", "manifest-md5.txt", "fetch.txt", "data/x.txt", "../x", ""]
)
def test_write_bag_refuses_tag_files_it_cannot_write(tmp_path: Path, path: str) -> None:
    root = tmp_path / "bag"
    root.mkdir()
    with pytest.raises(ValueError):
        write_bag(root, [], [], ("md5",), durable=False, tag_files=[TagFile(path, b"A: b\n")])
    assert list(root.iterdir()) == []  # checked before the first byte


# --------------------------------------------------------------------------------------------------------
# Bags made for each profile


def test_default_profile_without_options_is_the_own_fast_path() -> None:
    assert resolve_plan("default") is None


def test_own_profile_through_a_plan_makes_the_same_bag(tmp_path: Path) -> None:
    """--serialize with the default profile goes through a plan: inside is today's bag, byte for byte."""
    plain = package_article(SAMPLE, options(tmp_path / "plain", None))
    planned = package_article(SAMPLE, options(tmp_path / "planned", plan_for("default", serialize="tar")))
    assert plain.bag is not None and planned.bag is not None
    inside = extracted(planned.bag, tmp_path / "x")
    files = sorted(p.relative_to(plain.bag).as_posix() for p in plain.bag.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(inside).as_posix() for p in inside.rglob("*") if p.is_file())
    for name in files:
        assert (plain.bag / name).read_bytes() == (inside / name).read_bytes(), name


def test_aptrust_bag(tmp_path: Path) -> None:
    plan = plan_for("aptrust", "aptrust-info.txt:Access=Institution", institution="example.edu")
    made = package_article(SAMPLE, options(tmp_path / "out", plan))
    assert made.status == "created" and made.bag is not None
    assert made.identifier is not None
    assert made.bag.name == f"example.edu.{made.identifier.removeprefix('urn:uuid:')}.tar"
    assert check_three_ways(made.bag, "aptrust", tmp_path) == []
    assert (
        check_three_ways(
            made.bag, REPO / "archiver" / "data" / "profiles" / "aptrust-v2.3.json", tmp_path / "b"
        )
        == []
    )
    top = extracted(made.bag, tmp_path / "c")
    assert top.name == made.bag.name.removesuffix(".tar")  # tarDirMustMatchName
    info = dict(parse_tag_fields((top / "aptrust-info.txt").read_text(encoding="utf-8")))
    assert info == {
        "Title": "Riverside library opens restored newspaper reading room after two-year renovation",
        "Access": "Institution",
        "Storage-Option": "Standard",  # the profile's default for a required tag
    }
    bag_info = dict(parse_tag_fields((top / "bag-info.txt").read_text(encoding="utf-8")))
    assert bag_info["BagIt-Profile-Identifier"] == APTRUST_ID
    assert bag_info["Archiver-Metadata-Schema"].startswith("https://w3id.org/news-archiver/")
    assert {p.name for p in top.glob("*manifest-*.txt")} == {
        f"{kind}-{alg}.txt" for kind in ("manifest", "tagmanifest") for alg in ("md5", "sha256", "sha512")
    }
    # Our payload stays whatever the profile: the original, the metadata JSON and the WARC.
    assert sorted(p.parent.name for p in (top / "data").rglob("*") if p.is_file()) == [
        "metadata",
        "original",
        "warc",
    ]


def test_aptrust_description_comes_from_the_article(tmp_path: Path) -> None:
    plan = plan_for(
        "aptrust",
        "aptrust-info.txt:Access=Consortia",
        "aptrust-info.txt:Storage-Option=Glacier-OR",
        "Bag-Group-Identifier=newsroom-2024",
        institution="example.edu",
    )
    made = package_article(ARTICLES / "article_opengraph.html", options(tmp_path / "out", plan))
    assert made.bag is not None
    top = extracted(made.bag, tmp_path / "x")
    info = dict(parse_tag_fields((top / "aptrust-info.txt").read_text(encoding="utf-8")))
    meta = json.loads((top / "data" / "metadata" / "article-metadata.json").read_text(encoding="utf-8"))
    assert meta["description"] and info["Description"] == " ".join(meta["description"].split())
    assert (info["Access"], info["Storage-Option"]) == ("Consortia", "Glacier-OR")
    assert ("Bag-Group-Identifier", "newsroom-2024") in parse_tag_fields((top / "bag-info.txt").read_text())
    assert check_three_ways(made.bag, "aptrust", tmp_path / "y") == []


@pytest.mark.parametrize("form", [None, "zip", "tar.gz"])
def test_btr_bag(tmp_path: Path, form: str | None) -> None:
    made = package_article(SAMPLE, options(tmp_path / "out", plan_for("btr", serialize=form)))
    assert made.bag is not None
    if form == "zip":  # the check below extracts tars only; zip is read in place by the validator
        report, view, read = validate_bag(made.bag, BagOptions())
        assert report.valid and view is not None
        assert (
            check_profile(
                view, load_profile("btr"), profile_name="btr", read=read, archive_name=str(made.bag)
            )
            == []
        )
        return
    assert check_three_ways(made.bag, "btr", tmp_path) == []
    top = extracted(made.bag, tmp_path / "x")
    assert dict(parse_tag_fields((top / "bag-info.txt").read_text()))["BagIt-Profile-Identifier"] == BTR_ID


@pytest.mark.parametrize("document", [CUSTOM_BAGIT_FORM, CUSTOM_DART_FORM], ids=["bagit-profiles", "dart"])
def test_custom_profile_file_in_either_form(tmp_path: Path, document: dict[str, Any]) -> None:
    path = tmp_path / "newsroom.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    plan = plan_for(str(path), "rights.txt:Rights=Public", "Bag-Group-Identifier=spring-2024")
    made = package_article(SAMPLE, options(tmp_path / "out", plan))
    assert made.bag is not None and made.bag.is_dir()
    assert (made.bag / "rights.txt").read_text() == "Rights: Public\n"
    assert "md5" in bagit.Bag(str(made.bag)).algorithms
    for checked_with in (path, tmp_path / "other-form.json"):
        other = CUSTOM_DART_FORM if document is CUSTOM_BAGIT_FORM else CUSTOM_BAGIT_FORM
        (tmp_path / "other-form.json").write_text(json.dumps(other), encoding="utf-8")
        assert check_three_ways(made.bag, checked_with, tmp_path / checked_with.stem) == []


def test_validator_reads_the_tags_of_other_tag_files(tmp_path: Path) -> None:
    """A value changed by hand in aptrust-info.txt is a finding (with the bag's manifests fixed up, so only
    the profile can tell)."""
    path = tmp_path / "newsroom.json"
    path.write_text(json.dumps(CUSTOM_DART_FORM), encoding="utf-8")
    made = package_article(
        SAMPLE,
        options(tmp_path / "out", plan_for(str(path), "rights.txt:Rights=Public", "Bag-Group-Identifier=g")),
    )
    assert made.bag is not None
    (made.bag / "rights.txt").write_text("Rights: Secret\nRights:\n", encoding="utf-8")
    bag = bagit.Bag(str(made.bag))
    bag.save(manifests=True)  # bagit-python rewrites the manifests (and bag-info); the bag is valid again
    _report, view, read = validate_bag(made.bag, BagOptions())
    assert view is not None
    found = check_profile(view, load_profile(path), profile_name="newsroom", read=read)
    assert {(f.code, f.path) for f in found} >= {
        ("PROFILE-TAG-VALUE", "rights.txt"),
        ("PROFILE-TAG-EMPTY", "rights.txt"),
    }
    assert any("'Secret'; profile newsroom allows only 'Public', 'Embargoed'" in f.message for f in found)


# --------------------------------------------------------------------------------------------------------
# Refusals, before anything is written


def test_missing_required_value_names_the_field_file_and_option() -> None:
    with pytest.raises(UsageError) as caught:
        plan_for("aptrust", institution="example.edu")
    error = caught.value
    assert error.code == "PROFILE_TAG_MISSING" and error.exit_code is ExitCode.USAGE
    line = error.one_line()
    assert "Access in aptrust-info.txt" in line and "--tag aptrust-info.txt:Access=VALUE" in line
    assert "Consortia, Institution, Restricted" in line and "\n" not in line


def test_value_outside_the_allowed_ones_lists_them() -> None:
    with pytest.raises(UsageError) as caught:
        plan_for("aptrust", "aptrust-info.txt:Access=Public", institution="example.edu")
    assert caught.value.code == "PROFILE_TAG_VALUE"
    assert (
        "'Public'" in caught.value.message
        and "allowed: Consortia, Institution, Restricted" in caught.value.message
    )


def test_a_non_repeatable_tag_given_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(CUSTOM_BAGIT_FORM), encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        plan_for(str(path), "rights.txt:Rights=x", "Bag-Group-Identifier=a", "Bag-Group-Identifier=b")
    assert caught.value.code == "PROFILE_TAG_VALUE" and "more than once" in caught.value.message


@pytest.mark.parametrize(
    "label", ["Payload-Oxum", "bagging-date", "External-Identifier", "BagIt-Profile-Identifier"]
)
def test_tags_archiver_sets_cannot_be_given(label: str) -> None:
    with pytest.raises(UsageError) as caught:
        plan_for("btr", f"{label}=x")
    assert caught.value.code == "PROFILE_TAG_RESERVED"


def test_own_profile_refuses_other_tag_files() -> None:
    with pytest.raises(UsageError) as caught:
        plan_for("default", "aptrust-info.txt:Access=Institution")
    assert caught.value.code == "PROFILE_TAG_FILE" and "Tag-Files-Allowed" in caught.value.message


def test_aptrust_needs_an_institution() -> None:
    with pytest.raises(UsageError) as caught:
        plan_for("aptrust", "aptrust-info.txt:Access=Institution")
    assert caught.value.code == "INSTITUTION_INVALID" and "--institution" in (caught.value.hint or "")
    with pytest.raises(UsageError) as bad:
        plan_for("aptrust", "aptrust-info.txt:Access=Institution", institution="../etc")
    assert bad.value.code == "INSTITUTION_INVALID"


def test_options_can_replace_the_configured_contacts(tmp_path: Path) -> None:
    plan = plan_for("btr", "Contact-Email=desk@example.org", "Contact-Email=night@example.org")
    made = package_article(SAMPLE, options(tmp_path / "out", plan))
    assert made.bag is not None
    fields = parse_tag_fields((made.bag / "bag-info.txt").read_text(encoding="utf-8"))
    assert [v for k, v in fields if k == "Contact-Email"] == ["desk@example.org", "night@example.org"]


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"Accept-BagIt-Version": ["0.97"]}, "PROFILE_UNSUPPORTED"),
        ({"Allow-Fetch.txt": True, "Fetch.txt-Required": True}, "PROFILE_UNSUPPORTED"),
        ({"Data-Empty": True}, "PROFILE_UNSUPPORTED"),
        ({"Manifests-Allowed": []}, "PROFILE_UNSUPPORTED"),
        ({"Tag-Files-Required": ["dpn-info.txt"]}, "PROFILE_TAG_MISSING"),
        ({"Bag-Info": {"Bag-Size": {"required": True}}}, "PROFILE_TAG_MISSING"),
    ],
)
def test_profiles_archiver_cannot_satisfy_are_refused(
    tmp_path: Path, fields: dict[str, Any], code: str
) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"BagIt-Profile-Info": {"BagIt-Profile-Identifier": CUSTOM_ID}, **fields}))
    with pytest.raises(UsageError) as caught:
        resolve_plan(str(path))
    assert caught.value.code == code


def test_payload_rules_are_checked_on_the_planned_bag(tmp_path: Path) -> None:
    """Rules no option can change (here: no WARC allowed) stop the article before its bag is written."""
    path = tmp_path / "p.json"
    path.write_text(
        json.dumps(
            {
                "BagIt-Profile-Info": {"BagIt-Profile-Identifier": CUSTOM_ID},
                "Payload-Files-Allowed": ["data/original/*", "data/metadata/*"],
            }
        )
    )
    out = tmp_path / "out"
    with pytest.raises(ArchiverError) as caught:
        package_article(SAMPLE, options(out, plan_for(str(path))))
    assert caught.value.code == "PROFILE_NOT_SATISFIED" and "data/warc/" in caught.value.message
    assert list(out.iterdir()) == []


# --------------------------------------------------------------------------------------------------------
# The command line


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test")
    env.pop("ARCHIVER_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args], capture_output=True, text=True, env=env, timeout=120
    )


PACKAGE = ("package", str(SAMPLE), "--organization", "CLI Archive", "--date", "2024-03-14T12:00:00Z")


@pytest.mark.slow
def test_cli_aptrust_bag_validates_with_the_profile(tmp_path: Path) -> None:
    out = tmp_path / "out"
    got = run(
        *PACKAGE,
        "-o",
        str(out),
        "--profile",
        "aptrust",
        "--institution",
        "example.edu",
        "--tag",
        "aptrust-info.txt:Access=Institution",
        "--bag-info",
        "Bag-Group-Identifier=spring",
        "--json",
    )
    assert got.returncode == 0, got.stderr
    made = Path(json.loads(got.stdout)["bag"])
    assert made.suffix == ".tar" and made.name.startswith("example.edu.")
    for profile in ("aptrust", str(REPO / "archiver" / "data" / "profiles" / "aptrust-v2.3.json")):
        checked = run("validate", str(made), "--profile", profile)
        assert checked.returncode == 0, checked.stdout
        assert "VALID" in checked.stdout and "PROFILE-NOT-FETCHED" not in checked.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (("--profile", "aptrust", "--institution", "example.edu"), "PROFILE_TAG_MISSING"),
        (
            ("--profile", "aptrust", "--institution", "example.edu", "--tag", "aptrust-info.txt:Access=All"),
            "PROFILE_TAG_VALUE",
        ),
        (("--profile", "no-such-profile.json"), "PROFILE_UNREADABLE"),
        (("--tag", "no-equals-sign"), "TAG_OPTION_INVALID"),
        (("--serialize", "rar"), "SERIALIZE_FORM_UNKNOWN"),
    ],
)
def test_cli_refusals_are_one_line_and_write_nothing(
    tmp_path: Path, extra: tuple[str, ...], code: str
) -> None:
    out = tmp_path / "out"
    got = run(*PACKAGE, "-o", str(out), *extra)
    assert got.returncode == 2, got.stderr
    lines = got.stderr.strip().splitlines()
    assert len(lines) == 1 and f"error[{code}]" in lines[0] and "Traceback" not in got.stderr
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"{not json", "not UTF-8 JSON"),
        (b"[1, 2]", "not an object"),
        (b'{"name": "a DART profile without its info"}', "BagIt-Profile-Info is missing"),
        (
            b'{"bagItProfileInfo": {"bagItProfileIdentifier": "x"}, "manifestsRequired": ["sha-257"]}',
            "'sha-257'",
        ),
    ],
)
def test_cli_bad_profile_file_is_one_clear_error(tmp_path: Path, content: bytes, needle: str) -> None:
    profile = tmp_path / "bad.json"
    profile.write_bytes(content)
    out = tmp_path / "out"
    for command in (("package", *PACKAGE[1:], "-o", str(out)), ("validate", str(SAMPLE.parent))):
        got = run(*command, "--profile", str(profile))
        assert got.returncode == 2
        lines = got.stderr.strip().splitlines()
        assert len(lines) == 1 and "error[PROFILE_UNREADABLE]" in lines[0] and needle in lines[0], lines
    assert not out.exists()


def test_bagit_profile_package_agrees(tmp_path: Path) -> None:
    """The bagit-profiles reference implementation (the ``bagit-profile`` package, where installed) accepts
    the bags made for a BagIt Profiles 1.x file. It reads that form only, and only folders."""
    bagit_profile = pytest.importorskip("bagit_profile")
    path = tmp_path / "newsroom.json"
    path.write_text(json.dumps(CUSTOM_BAGIT_FORM), encoding="utf-8")
    made = package_article(
        SAMPLE,
        options(tmp_path / "out", plan_for(str(path), "rights.txt:Rights=Public", "Bag-Group-Identifier=g")),
    )
    assert made.bag is not None
    checker = bagit_profile.Profile(CUSTOM_ID, profile=CUSTOM_BAGIT_FORM)
    assert checker.validate(bagit.Bag(str(made.bag))), checker.report.errors


@pytest.mark.slow
def test_cli_profile_values_from_the_config_and_options_override_them(tmp_path: Path) -> None:
    """``[profiles.aptrust]`` in the config supplies what the options would; an option for the same tag wins."""
    config = tmp_path / "config.toml"
    config.write_text(
        "[profiles.aptrust]\n"
        'institution = "example.edu"\n'
        'tags = ["aptrust-info.txt:Access=Institution"]\n'
        'bag_info = ["Bag-Group-Identifier=from-config"]\n'
    )
    made = run(*PACKAGE, "-o", str(tmp_path / "a"), "--profile", "aptrust", "--config", str(config), "--json")
    assert made.returncode == 0, made.stderr
    tar = Path(json.loads(made.stdout)["bag"])
    assert tar.name.startswith("example.edu.")
    with tarfile.open(tar) as archive:
        info = archive.extractfile(f"{tar.name.removesuffix('.tar')}/bag-info.txt")
        assert info is not None and b"Bag-Group-Identifier: from-config" in info.read()
        aptrust = archive.extractfile(f"{tar.name.removesuffix('.tar')}/aptrust-info.txt")
        assert aptrust is not None and b"Access: Institution" in aptrust.read()

    overridden = run(
        *PACKAGE,
        "-o",
        str(tmp_path / "b"),
        "--profile",
        "aptrust",
        "--config",
        str(config),
        "--tag",
        "aptrust-info.txt:Access=Consortia",
        "--json",
    )
    assert overridden.returncode == 0, overridden.stderr
    tar = Path(json.loads(overridden.stdout)["bag"])
    with tarfile.open(tar) as archive:
        aptrust = archive.extractfile(f"{tar.name.removesuffix('.tar')}/aptrust-info.txt")
        assert aptrust is not None and b"Access: Consortia" in aptrust.read()

    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[profiles.aptrust]\ninstitution = "example.edu"\ntags = ["aptrust-info.txt:Access=Everyone"]\n'
    )
    refused = run(*PACKAGE, "-o", str(tmp_path / "c"), "--profile", "aptrust", "--config", str(bad))
    assert refused.returncode == 2 and "[profiles.aptrust] in the config" in refused.stderr
    assert not (tmp_path / "c").exists()
