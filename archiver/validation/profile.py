"""Checking a bag against a BagIt profile (BagIt Profiles specification 1.1.0 to 1.4.0).

A profile is a JSON document in which the producer and the consumer of bags agree on what the BagIt RFC
leaves open: which bag-info tags must be there and with which values, which manifest algorithms, which tag
and payload files, whether fetch.txt is allowed, whether and how the bag is serialized, and which BagIt
versions are accepted. :func:`load_profile` reads one from a file (never from the network: a validator that
fetches URLs named inside the bag it checks would let the bag decide what it is checked against, and would
give different verdicts offline), :func:`check_profile` reports every way a bag departs from it, one stable
code per rule, and never stops at the first.

Decisions where the specification leaves room (each documented in the code it concerns):

* ``Tag-Files-Allowed`` governs the *other* tag files. ``bagit.txt``, ``bag-info.txt``, ``fetch.txt``,
  ``manifest-*.txt`` and ``tagmanifest-*.txt`` at the bag root are always allowed here, because other fields
  govern them (the RFC requires the first, ``Bag-Info`` the second, ``Allow-Fetch.txt`` the third,
  ``Manifests-*`` and ``Tag-Manifests-*`` the last two). This is what the specification's reference validator
  (bagit-profiles-validator) does, so a profile allowing only ``["aptrust-info.txt"]`` does not forbid the
  bag's own manifests.
* Path patterns follow the reference validator's ``fnmatch``: ``*`` also matches ``/``. The specification
  cites glob(7), where it does not, but it also says that a missing ``Tag-Files-Allowed`` means ``["*"]``,
  "all tag files are allowed", which only holds if ``*`` reaches into folders. Matching is case-sensitive.
* A ``Payload-Files-Required`` entry ending in ``/`` names a folder, satisfied by any payload file in it.
* Manifest algorithms compare case-insensitively and ignoring ``-`` and ``_``, so ``sha3-256`` in a profile
  matches ``manifest-sha3256.txt``.
* Serialization media types compare by family, so the aliases real profiles use agree: ``application/tar``
  and ``application/x-tar``; ``application/zip`` and ``application/x-zip-compressed``; and the gzip family
  (``application/gzip``, ``application/x-gzip``, ``application/tar+gzip``, ``application/x-tar+gzip``,
  ``application/x-gtar``, ``application/x-compressed-tar``), which is what a ``.tar.gz`` bag is.
* ``Data-Empty`` ("no files or a single zero-byte file") is judged from the view alone: a single file is
  known to be non-empty when a manifest records a digest other than the digest of no bytes, or when
  Payload-Oxum counts octets. The manifest digests themselves are the bag validator's to verify.
* A profile that is not a JSON object, lacks ``BagIt-Profile-Info``/``BagIt-Profile-Identifier``, gives a
  field the wrong type, or contradicts itself (a required manifest, tag file or payload file that its own
  ``*-Allowed`` list forbids; ``Fetch.txt-Required`` with ``Allow-Fetch.txt`` false; an empty
  ``Accept-BagIt-Version``) is a usage error, not a finding about the bag. Unknown keys (``recommended``,
  DART extensions, 1.4's ``description``) are ignored, as the specification lets profiles carry them.
* Profiles are checked in full even when ``Accept-BagIt-Version`` or ``Accept-Serialization`` fail, which
  the specification calls fatal: the archivist gets the whole list in one run.
"""

from __future__ import annotations

import copy
import fnmatch
import hashlib
import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, TypeGuard

from archiver.errors import UsageError
from archiver.metadata import SCHEMA_BASE
from archiver.profile import PROFILE_ID, profile_document
from archiver.schemas import default_schemas_dir
from archiver.validation.findings import CodeInfo, Finding, Severity, finding, register
from archiver.validation.model import BagView

__all__ = [
    "CODES",
    "builtin_profile_for",
    "check_profile",
    "load_profile",
    "profile_identifier",
    "profile_problems",
    "unfetched_profiles",
]

SPEC: Final = "BagIt Profiles 1.4.0"
IDENTIFIER_TAG: Final = "BagIt-Profile-Identifier"
#: A profile file bigger than this is not a profile (the largest published ones are a few KiB).
MAX_PROFILE_BYTES: Final = 4 * 1024 * 1024

_E, _W = Severity.ERROR, Severity.WARNING

CODES = register(
    CodeInfo(
        "PROFILE-IDENTIFIER-MISSING",
        _E,
        f"{SPEC}, Implementation Details",
        "bag-info.txt has no BagIt-Profile-Identifier, which a bag conforming to a profile must carry",
    ),
    CodeInfo(
        "PROFILE-IDENTIFIER-OTHER",
        _W,
        f"{SPEC}, Implementation Details",
        "the bag names other profiles in BagIt-Profile-Identifier, not the one it is checked against",
    ),
    CodeInfo("PROFILE-TAG-REQUIRED", _E, f"{SPEC}, Bag-Info (required)", "a required bag-info tag is absent"),
    CodeInfo(
        "PROFILE-TAG-VALUE",
        _E,
        f"{SPEC}, Bag-Info (values)",
        "a bag-info tag has a value outside the profile's list of values",
    ),
    CodeInfo(
        "PROFILE-TAG-REPEATED",
        _E,
        f"{SPEC}, Bag-Info (repeatable)",
        "a bag-info tag the profile marks non-repeatable appears more than once",
    ),
    CodeInfo(
        "PROFILE-MANIFEST-REQUIRED",
        _E,
        f"{SPEC}, Manifests-Required",
        "a payload manifest of a required algorithm is absent",
    ),
    CodeInfo(
        "PROFILE-MANIFEST-NOT-ALLOWED",
        _E,
        f"{SPEC}, Manifests-Allowed",
        "a payload manifest uses an algorithm the profile does not allow",
    ),
    CodeInfo(
        "PROFILE-TAGMANIFEST-REQUIRED",
        _E,
        f"{SPEC}, Tag-Manifests-Required",
        "a tag manifest of a required algorithm is absent",
    ),
    CodeInfo(
        "PROFILE-TAGMANIFEST-NOT-ALLOWED",
        _E,
        f"{SPEC}, Tag-Manifests-Allowed",
        "a tag manifest uses an algorithm the profile does not allow",
    ),
    CodeInfo("PROFILE-TAG-FILE-REQUIRED", _E, f"{SPEC}, Tag-Files-Required", "a required tag file is absent"),
    CodeInfo(
        "PROFILE-TAG-FILE-NOT-ALLOWED",
        _E,
        f"{SPEC}, Tag-Files-Allowed",
        "a tag file matches no pattern of Tag-Files-Allowed",
    ),
    CodeInfo(
        "PROFILE-PAYLOAD-FILE-REQUIRED",
        _E,
        f"{SPEC}, Payload-Files-Required",
        "a required payload file (or folder) is absent",
    ),
    CodeInfo(
        "PROFILE-PAYLOAD-FILE-NOT-ALLOWED",
        _E,
        f"{SPEC}, Payload-Files-Allowed",
        "a payload file matches no pattern of Payload-Files-Allowed",
    ),
    CodeInfo(
        "PROFILE-FETCH-NOT-ALLOWED",
        _E,
        f"{SPEC}, Allow-Fetch.txt",
        "the bag has a fetch.txt the profile forbids",
    ),
    CodeInfo(
        "PROFILE-FETCH-REQUIRED",
        _E,
        f"{SPEC}, Fetch.txt-Required",
        "the profile requires a fetch.txt; none found",
    ),
    CodeInfo(
        "PROFILE-DATA-NOT-EMPTY",
        _E,
        f"{SPEC}, Data-Empty",
        "the profile requires an empty payload (no file, or one zero-byte file)",
    ),
    CodeInfo(
        "PROFILE-SERIALIZATION-FORBIDDEN",
        _E,
        f"{SPEC}, Serialization",
        "the bag is serialized (tar, zip, ...) but the profile forbids serialization",
    ),
    CodeInfo(
        "PROFILE-SERIALIZATION-REQUIRED",
        _E,
        f"{SPEC}, Serialization",
        "the bag is a folder but the profile requires a serialized bag",
    ),
    CodeInfo(
        "PROFILE-SERIALIZATION-NOT-ACCEPTED",
        _E,
        f"{SPEC}, Accept-Serialization",
        "the bag's serialization media type is not in Accept-Serialization",
    ),
    CodeInfo(
        "PROFILE-BAGIT-VERSION-NOT-ACCEPTED",
        _E,
        f"{SPEC}, Accept-BagIt-Version",
        "the bag's BagIt-Version (bagit.txt) is not in Accept-BagIt-Version",
    ),
    CodeInfo(
        "PROFILE-NOT-FETCHED",
        _W,
        f"{SPEC}, Workflow",
        "the bag names a profile that was not checked: profiles are never fetched from the network",
    ),
)

# --------------------------------------------------------------------------------------------------------
# Reading and vetting a profile document


def load_profile(source: Path) -> dict[str, Any]:
    """Read a profile from a local JSON file, vetted by :func:`profile_problems`.

    Raises UsageError ``PROFILE_UNREADABLE`` (exit 2) when the file is missing or unreadable, is not UTF-8
    JSON, or is not a usable profile. A URL is never fetched: the hint says to download it first.
    """
    where = str(source)
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:/", where) and not source.exists():
        raise UsageError(
            "PROFILE_UNREADABLE",
            "profiles are read from local files; URLs are never fetched",
            where=where,
            hint="download the profile and pass the file",
        )
    try:
        with source.open("rb") as fh:
            data = fh.read(MAX_PROFILE_BYTES + 1)
    except OSError as exc:
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"cannot read the profile: {exc.strerror or exc}",
            where=where,
            hint="pass the path of a BagIt profile JSON file",
        ) from None
    if len(data) > MAX_PROFILE_BYTES:
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"the profile is larger than {MAX_PROFILE_BYTES} bytes; not a BagIt profile",
            where=where,
        )
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"the profile is not UTF-8 JSON: {exc}",
            where=where,
            hint="a BagIt profile is a JSON object (BagIt Profiles specification)",
        ) from None
    if not isinstance(document, dict):
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"the profile is a JSON {json_kind(document)}, not an object",
            where=where,
            hint="a BagIt profile is a JSON object with BagIt-Profile-Info (BagIt Profiles specification)",
        )
    problems = profile_problems(document)
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"not a usable BagIt profile: {shown}",
            where=where,
            hint="fix the profile (BagIt Profiles specification 1.x)",
        )
    return document


_LIST_FIELDS: Final = (
    "Manifests-Required",
    "Manifests-Allowed",
    "Tag-Manifests-Required",
    "Tag-Manifests-Allowed",
    "Tag-Files-Required",
    "Tag-Files-Allowed",
    "Payload-Files-Required",
    "Payload-Files-Allowed",
    "Accept-Serialization",
    "Accept-BagIt-Version",
)
_BOOL_FIELDS: Final = ("Allow-Fetch.txt", "Fetch.txt-Required", "Data-Empty")
_SERIALIZATION_VALUES: Final = ("forbidden", "required", "optional")


def profile_problems(document: Mapping[str, Any]) -> list[str]:
    """What makes ``document`` unusable as a profile; empty when it is usable.

    Only what :func:`check_profile` relies on is enforced: the identifier, the types of the fields it reads,
    and the consistency the specification demands between ``*-Required`` and ``*-Allowed``. Informative
    fields (Source-Organization, Version, descriptions) are left to the profile's author.
    """
    problems: list[str] = []
    info = document.get("BagIt-Profile-Info")
    if not isinstance(info, dict):
        problems.append("BagIt-Profile-Info is missing or not an object")
    elif not isinstance(info.get(IDENTIFIER_TAG), str) or not info[IDENTIFIER_TAG].strip():
        problems.append(f"BagIt-Profile-Info has no {IDENTIFIER_TAG}")
    bag_info = document.get("Bag-Info", {})
    if not isinstance(bag_info, dict):
        problems.append("Bag-Info is not an object")
    else:
        for label, rule in bag_info.items():
            if not isinstance(rule, dict):
                problems.append(f"Bag-Info {label} is not an object")
                continue
            for key in ("required", "repeatable"):
                if key in rule and not isinstance(rule[key], bool):
                    problems.append(f"Bag-Info {label} {key} is not true or false")
            if "values" in rule and not _is_str_list(rule["values"]):
                problems.append(f"Bag-Info {label} values is not a list of strings")
    for name in _LIST_FIELDS:
        if name in document and not _is_str_list(document[name]):
            problems.append(f"{name} is not a list of strings")
    for name in _BOOL_FIELDS:
        if name in document and not isinstance(document[name], bool):
            problems.append(f"{name} is not true or false")
    if "Serialization" in document and document["Serialization"] not in _SERIALIZATION_VALUES:
        problems.append(
            f"Serialization is {document['Serialization']!r}, not forbidden, required or optional"
        )
    if problems:
        return problems  # the consistency checks below assume well-typed fields
    if "Accept-BagIt-Version" in document and not document["Accept-BagIt-Version"]:
        problems.append("Accept-BagIt-Version lists no version (at least one is required)")
    if document.get("Fetch.txt-Required") is True and document.get("Allow-Fetch.txt") is False:
        problems.append("Fetch.txt-Required is true but Allow-Fetch.txt is false")
    for kind in ("Manifests", "Tag-Manifests"):
        required = document.get(f"{kind}-Required", [])
        allowed = document.get(f"{kind}-Allowed")
        if allowed is not None:
            allowed_algs = {_alg(a) for a in allowed}
            for alg in required:
                if _alg(alg) not in allowed_algs:
                    problems.append(f"{kind}-Required names {alg}, which {kind}-Allowed does not allow")
    for kind in ("Tag-Files", "Payload-Files"):
        allowed = document.get(f"{kind}-Allowed")
        if allowed is not None:
            for path in document.get(f"{kind}-Required", []):
                if not _matches(_clean(path), allowed) and not (
                    kind == "Tag-Files" and _implicit(_clean(path))
                ):
                    problems.append(f"{kind}-Required names {path}, which {kind}-Allowed does not allow")
    return problems


def profile_identifier(document: Mapping[str, Any]) -> str:
    """The profile's BagIt-Profile-Identifier (empty if the document has none)."""
    info = document.get("BagIt-Profile-Info")
    value = info.get(IDENTIFIER_TAG) if isinstance(info, dict) else None
    return value.strip() if isinstance(value, str) else ""


# --------------------------------------------------------------------------------------------------------
# The profiles this tool knows itself: its own (current and committed earlier versions)


_OWN_PROFILE_PATH = re.compile(r"bagit-profile/[0-9]+\.[0-9]+\.[0-9]+/[A-Za-z0-9._-]+\.json\Z")


def builtin_profile_for(view: BagView) -> dict[str, Any] | None:
    """Our own profile document when the bag names it in BagIt-Profile-Identifier, else None.

    The current profile comes from :func:`archiver.profile.profile_document` (equal to the committed file, as
    ``schema export --check`` ensures). A bag naming an earlier version of our profile gets that version's
    committed file from ``schemas/bagit-profile/<version>/``, so old bags are judged by the rules they were
    made under. Nothing is ever fetched.
    """
    for value in view.info_values(IDENTIFIER_TAG):
        document = _builtin_document(value.strip())
        if document is not None:
            return document
    return None


def _builtin_document(identifier: str) -> dict[str, Any] | None:
    if identifier == PROFILE_ID:
        return profile_document()
    prefix = SCHEMA_BASE + "/"
    if not identifier.startswith(prefix) or not _OWN_PROFILE_PATH.match(identifier[len(prefix) :]):
        return None
    cached = _committed_profile(str(default_schemas_dir()), identifier[len(prefix) :])
    if cached is None or profile_identifier(cached) != identifier:
        return None
    return copy.deepcopy(cached)


@lru_cache(maxsize=16)
def _committed_profile(schemas_dir: str, relative: str) -> dict[str, Any] | None:
    try:
        document = json.loads((Path(schemas_dir) / relative).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(document, dict) or profile_problems(document):
        return None
    return document


def unfetched_profiles(view: BagView, *, checked: Collection[str] = ()) -> list[Finding]:
    """A ``PROFILE-NOT-FETCHED`` warning for each profile the bag names that will not be checked.

    Those are the identifiers that are neither our own profile (see :func:`builtin_profile_for`) nor among
    ``checked`` (the identifiers of the profiles the caller was given). Whether to report them is the
    caller's choice: an archivist who passes no ``--profile`` may not want a warning for every bag made by
    someone else's tool.
    """
    done = {c.strip() for c in checked}
    out: list[Finding] = []
    for value in dict.fromkeys(v.strip() for v in view.info_values(IDENTIFIER_TAG)):
        if value and value not in done and _builtin_document(value) is None:
            out.append(
                finding(
                    "PROFILE-NOT-FETCHED",
                    "bag-info.txt",
                    f"the bag names profile {value}, which was not checked: profiles are never fetched "
                    "from the network (download it and pass it with --profile)",
                )
            )
    return out


# --------------------------------------------------------------------------------------------------------
# Checking a bag


def check_profile(view: BagView, profile: Mapping[str, Any], *, profile_name: str) -> list[Finding]:
    """Every way the bag departs from ``profile`` (a document :func:`profile_problems` accepts).

    ``profile_name`` is how messages name the profile (its file name or identifier). Fields the profile
    leaves out take the specification's defaults: anything allowed, fetch.txt allowed and not required,
    serialization optional; without Accept-BagIt-Version (which the specification requires) any version
    passes. A malformed field is skipped rather than trusted.
    """
    name = profile_name
    out: list[Finding] = []
    out += _check_identifier(view, profile, name)
    out += _check_bag_info(view, profile, name)
    out += _check_algorithms(view.manifest_algorithms, profile, "Manifests", "manifest", name)
    out += _check_algorithms(view.tagmanifest_algorithms, profile, "Tag-Manifests", "tagmanifest", name)
    out += _check_tag_files(view, profile, name)
    out += _check_payload_files(view, profile, name)
    out += _check_fetch(view, profile, name)
    out += _check_data_empty(view, profile, name)
    out += _check_serialization(view, profile, name)
    out += _check_bagit_version(view, profile, name)
    return out


def _check_identifier(view: BagView, profile: Mapping[str, Any], name: str) -> list[Finding]:
    """Implementation Details: a conforming bag names its profile(s) in BagIt-Profile-Identifier."""
    named = [v.strip() for v in view.info_values(IDENTIFIER_TAG)]
    if not named:
        return [
            finding(
                "PROFILE-IDENTIFIER-MISSING",
                "bag-info.txt",
                f"bag-info.txt has no {IDENTIFIER_TAG}; a bag conforming to profile {name} must name "
                f"{profile_identifier(profile) or 'it'}",
            )
        ]
    own = profile_identifier(profile)
    if own and own not in named:
        return [
            finding(
                "PROFILE-IDENTIFIER-OTHER",
                "bag-info.txt",
                f"{IDENTIFIER_TAG} names {', '.join(named)}, not {own} (profile {name}): the bag does not "
                "claim to conform to the profile it is checked against",
            )
        ]
    return []


def _check_bag_info(view: BagView, profile: Mapping[str, Any], name: str) -> list[Finding]:
    """Bag-Info: required tags present, values from the list when one is given, no forbidden repeats."""
    rules = profile.get("Bag-Info")
    if not isinstance(rules, dict):
        return []
    out: list[Finding] = []
    for label, rule in rules.items():
        if not isinstance(rule, dict):
            continue
        values = view.info_values(label)
        # BagIt-Profile-Identifier's presence is _check_identifier's (one finding, not two).
        if rule.get("required") is True and not values and label.lower() != IDENTIFIER_TAG.lower():
            out.append(
                finding(
                    "PROFILE-TAG-REQUIRED",
                    "bag-info.txt",
                    f"bag-info.txt has no {label}, which profile {name} requires",
                )
            )
        allowed = rule.get("values")
        if _is_str_list(allowed) and allowed:
            for value in values:
                if value not in allowed:
                    out.append(
                        finding(
                            "PROFILE-TAG-VALUE",
                            "bag-info.txt",
                            f"bag-info.txt {label} is {value!r}; profile {name} allows only "
                            + ", ".join(repr(a) for a in allowed),
                        )
                    )
        if rule.get("repeatable") is False and len(values) > 1:
            out.append(
                finding(
                    "PROFILE-TAG-REPEATED",
                    "bag-info.txt",
                    f"bag-info.txt has {len(values)} {label} lines; profile {name} allows it once",
                )
            )
    return out


def _check_algorithms(
    present: Sequence[str], profile: Mapping[str, Any], kind: str, prefix: str, name: str
) -> list[Finding]:
    """Manifests-* and Tag-Manifests-*: every required algorithm present, none outside the allowed list."""
    code = "PROFILE-MANIFEST" if prefix == "manifest" else "PROFILE-TAGMANIFEST"
    have = {_alg(a): a for a in present}
    out: list[Finding] = []
    required = profile.get(f"{kind}-Required")
    if _is_str_list(required):
        for alg in required:
            if _alg(alg) not in have:
                out.append(
                    finding(
                        f"{code}-REQUIRED",
                        f"{prefix}-{alg}.txt",
                        f"{prefix}-{alg}.txt is absent; profile {name} requires a {alg} "
                        f"{'payload' if prefix == 'manifest' else 'tag'} manifest ({kind}-Required)",
                    )
                )
    allowed = profile.get(f"{kind}-Allowed")
    if _is_str_list(allowed):
        allowed_algs = {_alg(a) for a in allowed}
        for key, alg in sorted(have.items()):
            if key not in allowed_algs:
                out.append(
                    finding(
                        f"{code}-NOT-ALLOWED",
                        f"{prefix}-{alg}.txt",
                        f"{prefix}-{alg}.txt uses {alg}; profile {name} allows only "
                        f"{', '.join(allowed) or 'none'} ({kind}-Allowed)",
                    )
                )
    return out


#: Tag files other profile fields govern, always allowed by Tag-Files-Allowed (see the module docstring).
_IMPLICIT_TAG_FILES: Final = ("bagit.txt", "bag-info.txt", "fetch.txt", "manifest-*.txt", "tagmanifest-*.txt")


def _implicit(path: str) -> bool:
    """Whether ``path`` is one of the bag's own tag files at the root, which Tag-Files-Allowed never forbids."""
    return "/" not in path and _matches(path, _IMPLICIT_TAG_FILES)


def _check_tag_files(view: BagView, profile: Mapping[str, Any], name: str) -> list[Finding]:
    """Tag-Files-Required present (exact paths); every other tag file matches Tag-Files-Allowed."""
    out: list[Finding] = []
    present = set(view.tag_files)
    required = profile.get("Tag-Files-Required")
    if _is_str_list(required):
        for path in required:
            if _clean(path) not in present:
                out.append(
                    finding(
                        "PROFILE-TAG-FILE-REQUIRED",
                        _clean(path),
                        f"tag file {_clean(path)} is absent; profile {name} requires it (Tag-Files-Required)",
                    )
                )
    allowed = profile.get("Tag-Files-Allowed")
    if _is_str_list(allowed):
        for path in sorted(present):
            if _implicit(path):
                continue
            if not _matches(path, allowed):
                out.append(
                    finding(
                        "PROFILE-TAG-FILE-NOT-ALLOWED",
                        path,
                        f"tag file {path} matches none of {', '.join(allowed) or '(nothing)'} "
                        f"(Tag-Files-Allowed of profile {name})",
                    )
                )
    return out


def _check_payload_files(view: BagView, profile: Mapping[str, Any], name: str) -> list[Finding]:
    """Payload-Files-Required present (a trailing ``/`` names a folder); all files match -Allowed."""
    out: list[Finding] = []
    present = view.payload_files
    required = profile.get("Payload-Files-Required")
    if _is_str_list(required):
        files = set(present)
        for entry in required:
            path = _clean(entry)
            found = any(p.startswith(path) for p in present) if path.endswith("/") else path in files
            if not found:
                what = "folder" if path.endswith("/") else "payload file"
                out.append(
                    finding(
                        "PROFILE-PAYLOAD-FILE-REQUIRED",
                        path,
                        f"{what} {path} is absent; profile {name} requires it (Payload-Files-Required)",
                    )
                )
    allowed = profile.get("Payload-Files-Allowed")
    if _is_str_list(allowed):
        for path in sorted(present):
            if not _matches(path, allowed):
                out.append(
                    finding(
                        "PROFILE-PAYLOAD-FILE-NOT-ALLOWED",
                        path,
                        f"payload file {path} matches none of {', '.join(allowed) or '(nothing)'} "
                        f"(Payload-Files-Allowed of profile {name})",
                    )
                )
    return out


def _check_fetch(view: BagView, profile: Mapping[str, Any], name: str) -> list[Finding]:
    """Allow-Fetch.txt (default true) and Fetch.txt-Required (default false)."""
    if view.has_fetch and profile.get("Allow-Fetch.txt") is False:
        return [
            finding(
                "PROFILE-FETCH-NOT-ALLOWED",
                "fetch.txt",
                f"the bag has a fetch.txt; profile {name} does not allow one (Allow-Fetch.txt: false)",
            )
        ]
    if not view.has_fetch and profile.get("Fetch.txt-Required") is True:
        return [
            finding(
                "PROFILE-FETCH-REQUIRED",
                "fetch.txt",
                f"the bag has no fetch.txt; profile {name} requires one (Fetch.txt-Required: true)",
            )
        ]
    return []


def _check_data_empty(view: BagView, profile: Mapping[str, Any], name: str) -> list[Finding]:
    """Data-Empty: the payload is no file at all, or a single zero-byte file."""
    if profile.get("Data-Empty") is not True:
        return []
    files = view.payload_files
    if len(files) > 1:
        return [
            finding(
                "PROFILE-DATA-NOT-EMPTY",
                "data/",
                f"data/ holds {len(files)} files; profile {name} requires no file or a single zero-byte file "
                "(Data-Empty: true)",
            )
        ]
    if len(files) == 1 and _known_non_empty(view, files[0]):
        return [
            finding(
                "PROFILE-DATA-NOT-EMPTY",
                files[0],
                f"{files[0]} is not empty; profile {name} requires no file or a single zero-byte file "
                "(Data-Empty: true)",
            )
        ]
    return []


def _known_non_empty(view: BagView, path: str) -> bool:
    """Whether the view shows ``path`` has content: a manifest digest not of b"", or octets in the Oxum."""
    for alg, entries in view.manifests.items():
        digest = entries.get(path)
        empty = _empty_digest(alg)
        if digest is not None and empty is not None:
            return digest.strip().lower() != empty
    for oxum in view.info_values("Payload-Oxum"):
        octets, _, _count = oxum.strip().partition(".")
        if octets.isdigit():
            return int(octets) > 0
    return False


def _empty_digest(alg: str) -> str | None:
    """The hex digest of no bytes under a manifest algorithm name, None if hashlib does not know it."""
    key = _alg(alg)
    name = "sha3_" + key[4:] if key.startswith("sha3") else key
    try:
        return hashlib.new(name, b"").hexdigest()
    except (ValueError, TypeError):  # unknown, or a variable-length digest (shake) needing a length
        return None


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


def _media_family(media_type: str) -> str:
    bare = media_type.split(";", 1)[0].strip().lower()
    return _MEDIA_FAMILIES.get(bare, bare)


def _check_serialization(view: BagView, profile: Mapping[str, Any], name: str) -> list[Finding]:
    """Serialization (default optional) against the view's, and Accept-Serialization's media types."""
    mode = profile.get("Serialization", "optional")
    if view.serialization is None:
        if mode == "required":
            return [
                finding(
                    "PROFILE-SERIALIZATION-REQUIRED",
                    None,
                    f"the bag is a folder; profile {name} requires a serialized bag (Serialization: required)",
                )
            ]
        return []
    if mode == "forbidden":
        return [
            finding(
                "PROFILE-SERIALIZATION-FORBIDDEN",
                None,
                f"the bag is serialized as {view.serialization}; profile {name} forbids serialization "
                "(Serialization: forbidden)",
            )
        ]
    accepted = profile.get("Accept-Serialization")
    if (
        _is_str_list(accepted)
        and accepted
        and _media_family(view.serialization) not in {_media_family(a) for a in accepted}
    ):
        return [
            finding(
                "PROFILE-SERIALIZATION-NOT-ACCEPTED",
                None,
                f"the bag is serialized as {view.serialization}; profile {name} accepts only "
                f"{', '.join(accepted)} (Accept-Serialization)",
            )
        ]
    return []


def _check_bagit_version(view: BagView, profile: Mapping[str, Any], name: str) -> list[Finding]:
    """Accept-BagIt-Version against bagit.txt (an unreadable version is the bag validator's to report)."""
    accepted = profile.get("Accept-BagIt-Version")
    if view.bagit_version is None or not _is_str_list(accepted) or not accepted:
        return []
    if view.bagit_version.strip() in {a.strip() for a in accepted}:
        return []
    return [
        finding(
            "PROFILE-BAGIT-VERSION-NOT-ACCEPTED",
            "bagit.txt",
            f"the bag is BagIt {view.bagit_version}; profile {name} accepts only "
            f"{', '.join(accepted)} (Accept-BagIt-Version)",
        )
    ]


# --------------------------------------------------------------------------------------------------------
# Helpers


def _is_str_list(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _alg(name: str) -> str:
    """Manifest algorithm names compared loosely: ``SHA-256``, ``sha_256`` and ``sha256`` are one."""
    return name.strip().lower().replace("-", "").replace("_", "")


def _clean(path: str) -> str:
    """A profile path as the view spells paths: relative, POSIX, no leading ``./``."""
    path = path.strip()
    while path.startswith("./"):
        path = path[2:]
    return path


def _matches(path: str, patterns: Iterable[str]) -> bool:
    """Whether ``path`` equals or fnmatch-matches (case-sensitively, ``*`` crossing ``/``) any pattern."""
    for pattern in patterns:
        cleaned = _clean(pattern)
        if path == cleaned or fnmatch.fnmatchcase(path, cleaned):
            return True
    return False


def json_kind(value: object) -> str:
    """The JSON name of a parsed value's type, for messages."""
    kinds = {
        list: "array",
        str: "string",
        int: "number",
        float: "number",
        bool: "boolean",
        type(None): "null",
    }
    return kinds.get(type(value), type(value).__name__)
