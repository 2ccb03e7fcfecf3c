"""One model of a BagIt profile, read from either of the two JSON forms profiles are published in.

Receivers publish their rules in two shapes. The BagIt Profiles specification (1.1.0 to 1.4.0) has
``BagIt-Profile-Info``, a ``Bag-Info`` object of bag-info.txt tags, and ``Manifests-Required`` and the
like. DART, and APTrust's own published profiles, use camel-case keys (``bagItProfileInfo``,
``manifestsRequired``, ``acceptSerialization``, ``tarDirMustMatchName``) and describe tags as a ``tags``
array whose entries name their tag file (``tagFile``), so they can rule on ``aptrust-info.txt`` as well as
on ``bag-info.txt``. Both become one frozen :class:`Profile` here, which the bag writer
(:mod:`archiver.profiles.plan`) and the checker (:mod:`archiver.validation.profile`) both read: a rule is
interpreted once, whichever form carried it.

What counts as unusable (each one a line of :func:`profile_problems`; the whole list is reported):

* not a JSON object, or neither form's profile-info object with a non-empty identifier;
* a field of the wrong type (a list that is not a list of strings, a flag that is not true or false,
  ``Serialization`` other than forbidden, required or optional);
* a checksum algorithm that is not one of RFC 8493 section 2.4's names archiver can compute (compared
  loosely, so ``SHA-256`` is ``sha256``): a bag could neither be made nor verified with it;
* contradictions the specification forbids: a required manifest algorithm, tag file or payload file that
  the profile's own ``*-Allowed`` list rules out; ``Fetch.txt-Required`` with ``Allow-Fetch.txt`` false; an
  empty ``Accept-BagIt-Version``;
* in the DART form, a tag whose file or name could not be written into a bag (a path that leaves the bag
  or enters ``data/``, a name with a colon or a line break: RFC 8493 section 2.2.2).

Unknown keys are ignored, as the BagIt Profiles specification lets profiles carry extensions (DART's
``id``, ``help``, ``userValue``; 1.4's ``description``; ``recommended``).

Decisions where DART's form leaves room:

* ``values`` may be ``null`` (the BTR profile's): no list, any value.
* ``emptyOk`` is also spelled ``emptyOK`` (the BTR profile's); absent, an empty value is accepted, because
  a rule the profile does not state is not enforced.
* A tag file holding a required tag is a required tag file, although DART lists it in no
  ``tagFilesRequired`` (APTrust's ``aptrust-info.txt``).
* Tags of ``bagit.txt`` describe the declaration RFC 8493 fixes; ``BagIt-Version``'s values stand in for
  ``acceptBagItVersion`` when that is absent.
* ``userValue`` is what one DART user last typed, not part of the receiver's rules: it is never used.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, TypeGuard

from archiver.fixity import BAGIT_TO_HASHLIB
from archiver.formats.safety import escape_problem

__all__ = [
    "BAGIT_TXT",
    "BAG_INFO",
    "IDENTIFIER_TAG",
    "Profile",
    "ProfileProblems",
    "TagRule",
    "accepts_media_type",
    "alg_key",
    "bagit_algorithm",
    "clean_path",
    "implicit_tag_file",
    "json_kind",
    "matches",
    "parse_profile",
    "profile_problems",
    "tag_file_problem",
]

Form = Literal["bagit-profiles", "dart"]
SerializationRule = Literal["forbidden", "required", "optional"]

BAG_INFO: Final = "bag-info.txt"
BAGIT_TXT: Final = "bagit.txt"
IDENTIFIER_TAG: Final = "BagIt-Profile-Identifier"
SERIALIZATION_RULES: Final = ("forbidden", "required", "optional")


@dataclass(frozen=True)
class TagRule:
    """What a profile says of one tag (``Label: value`` line) of one tag file."""

    tag_file: str  # "bag-info.txt", "aptrust-info.txt", ...
    label: str
    required: bool = False
    values: tuple[str, ...] = ()  # the allowed values; empty: any value
    repeatable: bool = True
    empty_ok: bool = True
    default: str | None = None  # DART's defaultValue: the value a receiver suggests

    def allows(self, value: str) -> bool:
        return not self.values or value in self.values


@dataclass(frozen=True)
class Profile:
    """A BagIt profile's rules, whichever JSON form they came in. Lists left out of the profile are None
    where "absent" and "empty" differ (an absent ``*-Allowed`` allows anything), else empty."""

    identifier: str
    form: Form
    title: str = ""  # DART's name, else the identifier: how a person knows the profile
    version: str = ""
    tags: tuple[TagRule, ...] = ()
    manifests_required: tuple[str, ...] = ()
    manifests_allowed: tuple[str, ...] | None = None
    tag_manifests_required: tuple[str, ...] = ()
    tag_manifests_allowed: tuple[str, ...] | None = None
    tag_files_required: tuple[str, ...] = ()
    tag_files_allowed: tuple[str, ...] | None = None
    payload_files_required: tuple[str, ...] = ()
    payload_files_allowed: tuple[str, ...] | None = None
    allow_fetch: bool = True
    fetch_required: bool = False
    data_empty: bool = False
    serialization: SerializationRule = "optional"
    accept_serialization: tuple[str, ...] = ()  # media types; empty: any
    accept_bagit_version: tuple[str, ...] = ()  # empty: any
    tar_dir_must_match_name: bool = False
    document: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def tags_of(self, tag_file: str) -> tuple[TagRule, ...]:
        return tuple(rule for rule in self.tags if rule.tag_file == tag_file)

    def rule(self, tag_file: str, label: str) -> TagRule | None:
        """The rule for ``label`` in ``tag_file``; labels compare case-insensitively (RFC 8493 2.2.2)."""
        wanted = label.casefold()
        return next((r for r in self.tags_of(tag_file) if r.label.casefold() == wanted), None)

    @property
    def tag_files_with_rules(self) -> tuple[str, ...]:
        """Tag files other than bagit.txt and bag-info.txt that the profile has tags for, in order."""
        files = (r.tag_file for r in self.tags if r.tag_file not in (BAGIT_TXT, BAG_INFO))
        return tuple(dict.fromkeys(files))

    @property
    def required_tag_files(self) -> tuple[str, ...]:
        """Tag-Files-Required plus every other tag file holding a required tag (DART lists none)."""
        implied = (r.tag_file for r in self.tags if r.required and r.tag_file not in (BAGIT_TXT, BAG_INFO))
        return tuple(dict.fromkeys((*self.tag_files_required, *implied)))


class ProfileProblems(ValueError):
    """The document is not a usable profile; ``problems`` says every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


# --------------------------------------------------------------------------------------------------------
# Reading


def parse_profile(document: object) -> Profile:
    """The profile a JSON document describes, in either form; raises :class:`ProfileProblems`."""
    if not isinstance(document, dict):
        raise ProfileProblems([f"the profile is a JSON {json_kind(document)}, not an object"])
    problems: list[str] = []
    if _is_dart(document):
        profile = _parse_dart(document, problems)
    else:
        profile = _parse_bagit_profiles(document, problems)
    if problems or profile is None:
        raise ProfileProblems(problems)
    problems += _contradictions(profile)
    if problems:
        raise ProfileProblems(problems)
    return profile


def profile_problems(document: Mapping[str, Any]) -> list[str]:
    """What makes ``document`` unusable as a profile; empty when it is usable."""
    try:
        parse_profile(dict(document))
    except ProfileProblems as exc:
        return exc.problems
    return []


def _is_dart(document: Mapping[str, Any]) -> bool:
    """DART's form is told by its own profile-info key, or by a ``tags`` array without the other's."""
    if "BagIt-Profile-Info" in document:
        return False
    return "bagItProfileInfo" in document or isinstance(document.get("tags"), list)


_BAGIT_LISTS: Final = {
    "Manifests-Required": "manifests_required",
    "Manifests-Allowed": "manifests_allowed",
    "Tag-Manifests-Required": "tag_manifests_required",
    "Tag-Manifests-Allowed": "tag_manifests_allowed",
    "Tag-Files-Required": "tag_files_required",
    "Tag-Files-Allowed": "tag_files_allowed",
    "Payload-Files-Required": "payload_files_required",
    "Payload-Files-Allowed": "payload_files_allowed",
    "Accept-Serialization": "accept_serialization",
    "Accept-BagIt-Version": "accept_bagit_version",
}
_BAGIT_FLAGS: Final = {
    "Allow-Fetch.txt": "allow_fetch",
    "Fetch.txt-Required": "fetch_required",
    "Data-Empty": "data_empty",
}


def _parse_bagit_profiles(document: Mapping[str, Any], problems: list[str]) -> Profile | None:
    """The BagIt Profiles 1.x form (bagit-profiles specification, "Profile fields")."""
    info = document.get("BagIt-Profile-Info")
    identifier = ""
    if not isinstance(info, dict):
        problems.append(
            "BagIt-Profile-Info is missing or not an object (nor is this DART's form, with bagItProfileInfo)"
        )
    elif not isinstance(info.get(IDENTIFIER_TAG), str) or not info[IDENTIFIER_TAG].strip():
        problems.append(f"BagIt-Profile-Info has no {IDENTIFIER_TAG}")
    else:
        identifier = info[IDENTIFIER_TAG].strip()
    tags: list[TagRule] = []
    bag_info = document.get("Bag-Info", {})
    if not isinstance(bag_info, dict):
        problems.append("Bag-Info is not an object")
    else:
        for label, rule in bag_info.items():
            parsed = _bag_info_rule(label, rule, problems)
            if parsed is not None:
                tags.append(parsed)
    fields: dict[str, Any] = {}
    for key, name in _BAGIT_LISTS.items():
        if key in document:
            value = document[key]
            if is_str_list(value):
                fields[name] = tuple(value)
            else:
                problems.append(f"{key} is not a list of strings")
    for key, name in _BAGIT_FLAGS.items():
        if key in document:
            if isinstance(document[key], bool):
                fields[name] = document[key]
            else:
                problems.append(f"{key} is not true or false")
    if "Serialization" in document:
        fields["serialization"] = _serialization(document["Serialization"], "Serialization", problems)
    if problems:
        return None
    return Profile(
        identifier=identifier,
        form="bagit-profiles",
        title=identifier,
        version=str(info.get("Version", "")) if isinstance(info, dict) else "",
        tags=tuple(tags),
        document=document,
        **fields,
    )


def _bag_info_rule(label: str, rule: object, problems: list[str]) -> TagRule | None:
    where = f"Bag-Info {label}"
    if not isinstance(rule, dict):
        problems.append(f"{where} is not an object")
        return None
    flags: dict[str, bool] = {}
    for key in ("required", "repeatable"):
        if key in rule:
            if isinstance(rule[key], bool):
                flags[key] = rule[key]
            else:
                problems.append(f"{where} {key} is not true or false")
    values: tuple[str, ...] = ()
    if "values" in rule:
        if is_str_list(rule["values"]):
            values = tuple(rule["values"])
        else:
            problems.append(f"{where} values is not a list of strings")
    _check_label(label, where, problems)
    return TagRule(
        BAG_INFO,
        label,
        required=flags.get("required", False),
        values=values,
        repeatable=flags.get("repeatable", True),
    )


_DART_LISTS: Final = {
    "manifestsRequired": "manifests_required",
    "manifestsAllowed": "manifests_allowed",
    "tagManifestsRequired": "tag_manifests_required",
    "tagManifestsAllowed": "tag_manifests_allowed",
    "tagFilesRequired": "tag_files_required",
    "tagFilesAllowed": "tag_files_allowed",
    "acceptSerialization": "accept_serialization",
    "acceptBagItVersion": "accept_bagit_version",
}
_DART_FLAGS: Final = {"allowFetchTxt": "allow_fetch", "tarDirMustMatchName": "tar_dir_must_match_name"}


def _parse_dart(document: Mapping[str, Any], problems: list[str]) -> Profile | None:
    """DART's form: the JSON DART exports and APTrust publishes (camel-case keys, a ``tags`` array)."""
    info = document.get("bagItProfileInfo")
    identifier = ""
    if not isinstance(info, dict):
        problems.append("bagItProfileInfo is missing or not an object")
    elif (
        not isinstance(info.get("bagItProfileIdentifier"), str) or not info["bagItProfileIdentifier"].strip()
    ):
        problems.append("bagItProfileInfo has no bagItProfileIdentifier")
    else:
        identifier = info["bagItProfileIdentifier"].strip()
    fields: dict[str, Any] = {}
    for key, name in _DART_LISTS.items():
        value = document.get(key)
        if value is None:
            continue
        if is_str_list(value):
            fields[name] = tuple(value)
        else:
            problems.append(f"{key} is not a list of strings")
    for key, name in _DART_FLAGS.items():
        if key in document and document[key] is not None:
            if isinstance(document[key], bool):
                fields[name] = document[key]
            else:
                problems.append(f"{key} is not true or false")
    if document.get("serialization") is not None:
        fields["serialization"] = _serialization(document["serialization"], "serialization", problems)
    tags: list[TagRule] = []
    raw_tags = document.get("tags", [])
    if not isinstance(raw_tags, list):
        problems.append("tags is not a list")
    else:
        for index, raw in enumerate(raw_tags):
            parsed = _dart_tag(index, raw, problems)
            if parsed is not None:
                tags.append(parsed)
    if problems:
        return None
    if "accept_bagit_version" not in fields:
        declared = next((r for r in tags if r.tag_file == BAGIT_TXT and r.label == "BagIt-Version"), None)
        if declared is not None and declared.values:
            fields["accept_bagit_version"] = declared.values
    title = document.get("name")
    version = info.get("version") if isinstance(info, dict) else None
    return Profile(
        identifier=identifier,
        form="dart",
        title=title.strip() if isinstance(title, str) and title.strip() else identifier,
        version=version if isinstance(version, str) else "",
        tags=tuple(tags),
        document=document,
        **fields,
    )


def _dart_tag(index: int, raw: object, problems: list[str]) -> TagRule | None:
    where = f"tags[{index}]"
    if not isinstance(raw, dict):
        problems.append(f"{where} is not an object")
        return None
    tag_file, label = raw.get("tagFile"), raw.get("tagName")
    if not isinstance(tag_file, str) or not isinstance(label, str):
        problems.append(f"{where} has no tagFile and tagName strings")
        return None
    where = f"tag {label!r} of {tag_file}"
    file_problem = tag_file_problem(tag_file)
    if file_problem:
        problems.append(f"{where}: {file_problem}")
    _check_label(label, where, problems)
    flags: dict[str, bool] = {}
    for key, name in (("required", "required"), ("emptyOk", "empty_ok"), ("emptyOK", "empty_ok")):
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, bool):
            flags[name] = value
        else:
            problems.append(f"{where}: {key} is not true or false")
    values = raw.get("values")
    if values is not None and not is_str_list(values):
        problems.append(f"{where}: values is not a list of strings")
        values = None
    default = raw.get("defaultValue")
    if default is not None and not isinstance(default, str):
        problems.append(f"{where}: defaultValue is not a string")
        default = None
    return TagRule(
        tag_file,
        label,
        values=tuple(values or ()),
        default=default or None,  # DART writes "" for "no default"
        **flags,
    )


def _serialization(value: object, key: str, problems: list[str]) -> SerializationRule:
    if value == "forbidden":
        return "forbidden"
    if value == "required":
        return "required"
    if value != "optional":
        problems.append(f"{key} is {value!r}, not forbidden, required or optional")
    return "optional"


def _check_label(label: str, where: str, problems: list[str]) -> None:
    """A tag label a bag can carry: RFC 8493 2.2.2 ``label ":" value``, so no colon and no line break."""
    if not label.strip() or ":" in label or any(c in label for c in "\r\n\0") or label != label.strip():
        problems.append(f"{where}: {label!r} cannot be a tag label (RFC 8493 section 2.2.2)")


def tag_file_problem(path: str) -> str | None:
    """Why ``path`` cannot name a tag file of a bag, or None: a relative POSIX path outside ``data/``
    (RFC 8493 section 2.2.4) that stays inside the bag (section 5), and not a manifest, which the writer
    makes itself."""
    unsafe = escape_problem(path) if path else "is empty"
    if unsafe is not None:
        return f"{path!r} {unsafe}: not a relative path inside the bag"
    if any(segment in ("", ".", "..") for segment in path.split("/")):
        return f"{path!r} has an empty, '.' or '..' segment"
    if path == "data" or path.startswith("data/"):
        return f"{path!r} is in the payload folder, not a tag file (RFC 8493 section 2.2.4)"
    if re.fullmatch(r"(tag)?manifest-[^/]*\.txt|fetch\.txt", path):
        return f"{path!r} is a manifest or fetch.txt, which is not written from tags"
    return None


def _contradictions(profile: Profile) -> list[str]:
    """Rules that contradict each other or name what cannot exist (see the module notes)."""
    problems: list[str] = []
    if not profile.accept_bagit_version and _declares(profile, "Accept-BagIt-Version", "acceptBagItVersion"):
        problems.append("Accept-BagIt-Version lists no version (at least one is required)")
    if profile.fetch_required and not profile.allow_fetch:
        problems.append("Fetch.txt-Required is true but Allow-Fetch.txt is false")
    for kind, required, allowed in (
        ("Manifests", profile.manifests_required, profile.manifests_allowed),
        ("Tag-Manifests", profile.tag_manifests_required, profile.tag_manifests_allowed),
    ):
        for alg in (*required, *(allowed or ())):
            if alg_key(alg) not in _KNOWN_ALGORITHMS:
                problems.append(
                    f"{kind} names the checksum algorithm {alg!r}, not one of the RFC 8493 section 2.4 "
                    f"names archiver knows ({', '.join(BAGIT_TO_HASHLIB)})"
                )
        if allowed is not None:
            allowed_keys = {alg_key(a) for a in allowed}
            for alg in required:
                if alg_key(alg) not in allowed_keys:
                    problems.append(f"{kind}-Required names {alg}, which {kind}-Allowed does not allow")
    for kind, required, allowed in (
        ("Tag-Files", profile.required_tag_files, profile.tag_files_allowed),
        ("Payload-Files", profile.payload_files_required, profile.payload_files_allowed),
    ):
        if allowed is None:
            continue
        for path in required:
            cleaned = clean_path(path)
            if not matches(cleaned, allowed) and not (kind == "Tag-Files" and implicit_tag_file(cleaned)):
                problems.append(f"{kind}-Required names {path}, which {kind}-Allowed does not allow")
    return problems


def _declares(profile: Profile, *keys: str) -> bool:
    return any(key in profile.document for key in keys)


# --------------------------------------------------------------------------------------------------------
# Shared helpers: the one interpretation of names, paths and media types


_KNOWN_ALGORITHMS: Final = frozenset(BAGIT_TO_HASHLIB)


def alg_key(name: str) -> str:
    """Manifest algorithm names compared loosely: ``SHA-256``, ``sha_256`` and ``sha256`` are one."""
    return name.strip().lower().replace("-", "").replace("_", "")


def bagit_algorithm(name: str) -> str | None:
    """The RFC 8493 section 2.4 name (``sha256``) of a loosely spelled algorithm, or None if unknown."""
    key = alg_key(name)
    return key if key in _KNOWN_ALGORITHMS else None


def clean_path(path: str) -> str:
    """A profile path as bags spell paths: relative, POSIX, no leading ``./``."""
    path = path.strip()
    while path.startswith("./"):
        path = path[2:]
    return path


_MEDIA_FAMILIES: Final = {
    "application/x-tar": "tar",
    "application/tar": "tar",
    "application/zip": "zip",
    "application/x-zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/gzip": "gzip",
    "application/x-gzip": "gzip",
    "application/tar+gzip": "gzip",
    "application/x-tar+gzip": "gzip",
    "application/x-gtar": "gzip",
    "application/x-compressed-tar": "gzip",
    "application/x-tgz": "gzip",
}


def media_family(media_type: str) -> str:
    """Serialization media types compared by family, so the aliases real profiles use agree
    (``application/tar`` is ``application/x-tar``; every gzip type is a ``.tar.gz`` bag)."""
    bare = media_type.split(";", 1)[0].strip().lower()
    return _MEDIA_FAMILIES.get(bare, bare)


def accepts_media_type(profile: Profile, media_type: str) -> bool:
    """Whether Accept-Serialization (empty: anything) takes a bag serialized as ``media_type``."""
    if not profile.accept_serialization:
        return True
    return media_family(media_type) in {media_family(a) for a in profile.accept_serialization}


def is_str_list(value: object) -> TypeGuard[list[str]]:
    """A JSON list of strings (the type of every list field of a profile)."""
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def matches(path: str, patterns: Iterable[str]) -> bool:
    """Whether ``path`` equals or fnmatch-matches (case-sensitively, ``*`` crossing ``/``) any pattern.

    The reference validator's reading (bagit-profiles-validator). The specification cites glob(7), where
    ``*`` stops at ``/``, but also says a missing Tag-Files-Allowed means ``["*"]``, "all tag files are
    allowed", which only holds if ``*`` reaches into folders.
    """
    for pattern in patterns:
        cleaned = clean_path(pattern)
        if path == cleaned or fnmatch.fnmatchcase(path, cleaned):
            return True
    return False


#: Tag files other profile fields govern (RFC 8493 requires bagit.txt; Bag-Info rules bag-info.txt,
#: Allow-Fetch.txt fetch.txt, the Manifests fields the manifests): Tag-Files-Allowed never forbids them.
IMPLICIT_TAG_FILES: Final = ("bagit.txt", "bag-info.txt", "fetch.txt", "manifest-*.txt", "tagmanifest-*.txt")


def implicit_tag_file(path: str) -> bool:
    """Whether ``path`` is one of the bag's own root tag files, which Tag-Files-Allowed never forbids."""
    return "/" not in path and matches(path, IMPLICIT_TAG_FILES)


def json_kind(value: object) -> str:
    """The JSON name of a parsed value's type, for messages."""
    kinds = {
        list: "array",
        str: "string",
        int: "number",
        float: "number",
        bool: "boolean",
        type(None): "null",
        dict: "object",
    }
    return kinds.get(type(value), type(value).__name__)
