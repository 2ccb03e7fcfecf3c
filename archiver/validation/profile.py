"""Checking a bag against a BagIt profile (BagIt Profiles specification 1.1.0 to 1.4.0, or DART's form).

A profile is a JSON document in which the producer and the consumer of bags agree on what the BagIt RFC
leaves open: which tags must be there and with which values, which manifest algorithms, which tag and
payload files, whether fetch.txt is allowed, whether and how the bag is serialized, and which BagIt versions
are accepted. Profiles come in two JSON forms (the specification's, and DART's as APTrust publishes it);
:mod:`archiver.profiles.model` reads both into one :class:`~archiver.profiles.model.Profile`, the same the
bag writer follows, so what ``package --profile`` makes and what ``validate --profile`` accepts cannot
drift apart. :func:`load_profile` reads one from a file or a shipped name (never from the network: a
validator that fetches URLs named inside the bag it checks would let the bag decide what it is checked
against, and would give different verdicts offline), :func:`check_profile` reports every way a bag departs
from it, one stable code per rule, and never stops at the first.

Decisions where the specification leaves room (each documented in the code it concerns):

* ``Tag-Files-Allowed`` governs the *other* tag files. ``bagit.txt``, ``bag-info.txt``, ``fetch.txt``,
  ``manifest-*.txt`` and ``tagmanifest-*.txt`` at the bag root are always allowed here, because other fields
  govern them (the RFC requires the first, ``Bag-Info`` the second, ``Allow-Fetch.txt`` the third,
  ``Manifests-*`` and ``Tag-Manifests-*`` the last two). This is what the specification's reference validator
  (bagit-profiles-validator) does, so a profile allowing only ``["aptrust-info.txt"]`` does not forbid the
  bag's own manifests.
* Path patterns follow the reference validator's ``fnmatch``: ``*`` also matches ``/``
  (:func:`archiver.profiles.model.matches`). Matching is case-sensitive.
* A ``Payload-Files-Required`` entry ending in ``/`` names a folder, satisfied by any payload file in it.
* Manifest algorithms compare case-insensitively and ignoring ``-`` and ``_``, so ``sha3-256`` in a profile
  matches ``manifest-sha3256.txt``.
* Serialization media types compare by family, so the aliases real profiles use agree: ``application/tar``
  and ``application/x-tar``; ``application/zip`` and ``application/x-zip-compressed``; and the gzip family
  (``application/gzip``, ``application/x-gzip``, ``application/tar+gzip``, ``application/x-tar+gzip``,
  ``application/x-gtar``, ``application/x-compressed-tar``), which is what a ``.tar.gz`` bag is.
* DART's ``tarDirMustMatchName`` is checked on every serialized bag (tar or zip) whose file name is known:
  the single top-level folder is the file's name without its extension (``b.tar`` holds ``b/``).
* Tags of tag files other than bag-info.txt (DART's ``tags`` with a ``tagFile`` such as
  ``aptrust-info.txt``) are checked when the caller hands a reader of the bag's files; the same codes as
  for bag-info.txt, filed under that tag file.
* ``Data-Empty`` ("no files or a single zero-byte file") is judged from the view alone: a single file is
  known to be non-empty when a manifest records a digest other than the digest of no bytes, or when
  Payload-Oxum counts octets. The manifest digests themselves are the bag validator's to verify.
* A profile that is not usable (:func:`archiver.profiles.model.parse_profile` lists why) is a usage error,
  not a finding about the bag.
* Profiles are checked in full even when ``Accept-BagIt-Version`` or ``Accept-Serialization`` fail, which
  the specification calls fatal: the archivist gets the whole list in one run.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from archiver.errors import UsageError
from archiver.formats.bagit.tagfiles import parse_tag_fields
from archiver.formats.bagit.view import BagReader, BagView
from archiver.own_profile import PROFILE_ID, profile_document
from archiver.profiles import catalog
from archiver.profiles.model import (
    BAG_INFO,
    BAGIT_TXT,
    IDENTIFIER_TAG,
    Profile,
    ProfileProblems,
    TagRule,
    accepts_media_type,
    alg_key,
    clean_path,
    implicit_tag_file,
    json_kind,
    matches,
    parse_profile,
    profile_problems,
)
from archiver.schema_ids import SCHEMA_BASE
from archiver.schemas import default_schemas_dir
from archiver.validation.findings import CodeInfo, Collector, Finding, Severity, finding, register

__all__ = [
    "CODES",
    "MAX_PROFILE_BYTES",
    "archive_stem",
    "as_profile",
    "builtin_profile_for",
    "builtin_profile_model_for",
    "check_profile",
    "default_schemas_dir",
    "json_kind",
    "load_profile",
    "profile_identifier",
    "profile_problems",
    "unfetched_profiles",
]

SPEC: Final = "BagIt Profiles 1.4.0"
#: A profile file bigger than this is not a profile (the largest published ones are a few KiB).
MAX_PROFILE_BYTES: Final = catalog.MAX_PROFILE_BYTES
#: The most read of a tag file other than bag-info.txt to check its tags (such files hold a few lines).
MAX_TAG_FILE_BYTES: Final = 1024 * 1024

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
        "PROFILE-TAG-EMPTY",
        _E,
        f"{SPEC}; DART profiles, emptyOk",
        "a tag has an empty value, which the profile does not allow (DART's emptyOk: false)",
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
        "PROFILE-SERIALIZATION-NAME",
        _E,
        f"{SPEC}, Serialization; DART profiles, tarDirMustMatchName",
        "the serialized bag's top-level folder is not named like the file without its extension",
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


def load_profile(source: Path | str) -> dict[str, Any]:
    """Read a profile document from a local JSON file in either form, or a shipped one by name
    (:data:`archiver.profiles.catalog.NAMES`: ``default``, ``aptrust``, ``btr``), vetted by
    :func:`archiver.profiles.model.parse_profile`.

    Raises UsageError ``PROFILE_UNREADABLE`` (exit 2) when the file is missing or unreadable, is not UTF-8
    JSON, or is not a usable profile. A URL is never fetched: the hint says to download it first.
    """
    return catalog.read_profile_document(source, max_bytes=MAX_PROFILE_BYTES)


def as_profile(profile: Profile | Mapping[str, Any]) -> Profile:
    """The model of a profile given as a model or as a document (UsageError when the document is unusable)."""
    if isinstance(profile, Profile):
        return profile
    try:
        return parse_profile(dict(profile))
    except ProfileProblems as exc:
        raise UsageError("PROFILE_UNREADABLE", f"not a usable BagIt profile: {exc}") from None


def profile_identifier(document: Profile | Mapping[str, Any]) -> str:
    """The profile's BagIt-Profile-Identifier (empty if the document has none), in either form."""
    if isinstance(document, Profile):
        return document.identifier
    for info_key, id_key in (
        ("BagIt-Profile-Info", IDENTIFIER_TAG),
        ("bagItProfileInfo", "bagItProfileIdentifier"),
    ):
        info = document.get(info_key)
        value = info.get(id_key) if isinstance(info, dict) else None
        if isinstance(value, str):
            return value.strip()
    return ""


# --------------------------------------------------------------------------------------------------------
# The profiles this tool knows itself: its own (current and committed earlier versions)


_OWN_PROFILE_PATH = re.compile(r"bagit-profile/[0-9]+\.[0-9]+\.[0-9]+/[A-Za-z0-9._-]+\.json\Z")


def builtin_profile_for(view: BagView) -> dict[str, Any] | None:
    """Our own profile document when the bag names it in BagIt-Profile-Identifier, else None.

    The current profile comes from :func:`archiver.own_profile.profile_document` (equal to the committed file, as
    ``schema export --check`` ensures). A bag naming an earlier version of our profile gets that version's
    committed file from ``schemas/bagit-profile/<version>/``, so old bags are judged by the rules they were
    made under. Nothing is ever fetched.
    """
    for value in view.info_values(IDENTIFIER_TAG):
        document = _builtin_document(value.strip())
        if document is not None:
            return document
    return None


def builtin_profile_model_for(view: BagView) -> Profile | None:
    """:func:`builtin_profile_for` as a parsed model, parsed once per identifier in a process: ingest checks
    every bag against our profile, and parsing its document again for each bag is a share of the check worth
    saving (docs/benchmarks.md, issue 14)."""
    for value in view.info_values(IDENTIFIER_TAG):
        model = _builtin_model(value.strip())
        if model is not None:
            return model
    return None


@lru_cache(maxsize=16)
def _builtin_model(identifier: str) -> Profile | None:
    document = _builtin_document(identifier)
    return None if document is None else as_profile(document)


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
    out = Collector()
    for value in dict.fromkeys(v.strip() for v in view.info_values(IDENTIFIER_TAG)):
        if value and value not in done and _builtin_document(value) is None:
            shipped = catalog.shipped_profile_by_identifier(value)
            how = (
                f"it ships with archiver: pass --profile {shipped[0]}"
                if shipped
                else "download it and pass it with --profile"
            )
            out.add(
                "PROFILE-NOT-FETCHED",
                "bag-info.txt",
                f"the bag names profile {value}, which was not checked: profiles are never fetched "
                f"from the network ({how})",
            )
    return out.close()


# --------------------------------------------------------------------------------------------------------
# Checking a bag


def check_profile(
    view: BagView,
    profile: Profile | Mapping[str, Any],
    *,
    profile_name: str,
    read: BagReader | None = None,
    archive_name: str | None = None,
) -> list[Finding]:
    """Every way the bag departs from ``profile`` (a model, or a document in either form).

    ``profile_name`` is how messages name the profile (its file name or identifier). ``read`` reads the
    bag's files: with it the tags of tag files other than bag-info.txt are checked too (APTrust's
    aptrust-info.txt). ``archive_name`` is the serialized bag's file name, for ``tarDirMustMatchName``.
    Fields the profile leaves out take the specification's defaults: anything allowed, fetch.txt allowed
    and not required, serialization optional; without Accept-BagIt-Version (which the specification
    requires) any version passes.
    """
    rules = as_profile(profile)
    name = profile_name
    out = Collector()
    out.extend(_check_identifier(view, rules, name))
    out.extend(_check_tags(view, rules, name, read))
    out.extend(_check_algorithms(view.manifest_algorithms, rules, "manifest", name))
    out.extend(_check_algorithms(view.tagmanifest_algorithms, rules, "tagmanifest", name))
    out.extend(_check_tag_files(view, rules, name))
    out.extend(_check_payload_files(view, rules, name))
    out.extend(_check_fetch(view, rules, name))
    out.extend(_check_data_empty(view, rules, name))
    out.extend(_check_serialization(view, rules, name, archive_name))
    out.extend(_check_bagit_version(view, rules, name))
    return out.close()


def _check_identifier(view: BagView, profile: Profile, name: str) -> list[Finding]:
    """Implementation Details: a conforming bag names its profile(s) in BagIt-Profile-Identifier."""
    named = [v.strip() for v in view.info_values(IDENTIFIER_TAG)]
    if not named:
        return [
            finding(
                "PROFILE-IDENTIFIER-MISSING",
                "bag-info.txt",
                f"bag-info.txt has no {IDENTIFIER_TAG}; a bag conforming to profile {name} must name "
                f"{profile.identifier or 'it'}",
            )
        ]
    own = profile.identifier
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


def _check_tags(view: BagView, profile: Profile, name: str, read: BagReader | None) -> list[Finding]:
    """Bag-Info (and DART's tags of other tag files): required tags present, values from the list when one
    is given, no empty value where the profile forbids one, no forbidden repeats."""
    out = Collector()
    fields_by_file: dict[str, list[tuple[str, str]] | None] = {BAG_INFO: list(view.bag_info)}
    for rule in profile.tags:
        if rule.tag_file == BAGIT_TXT:
            out.extend(_check_declaration(view, rule, name))
            continue
        if rule.tag_file not in fields_by_file:
            fields_by_file[rule.tag_file] = _read_tag_file(view, rule.tag_file, read)
        fields = fields_by_file[rule.tag_file]
        if fields is None:
            continue  # absent (Tag-Files-Required reports it) or not readable here
        out.extend(_check_tag(rule, [v for k, v in fields if k.casefold() == rule.label.casefold()], name))
    return out.close()


def _read_tag_file(view: BagView, path: str, read: BagReader | None) -> list[tuple[str, str]] | None:
    """A tag file's ``Label: value`` pairs, or None when it is absent or there is no reader."""
    if read is None or path not in view.tag_files:
        return None
    try:
        data = read(path, MAX_TAG_FILE_BYTES)
    except (KeyError, OSError):
        return None
    return parse_tag_fields(data.decode(view.tag_encoding or "utf-8", errors="replace"))


def _check_tag(rule: TagRule, values: list[str], name: str) -> list[Finding]:
    where = rule.tag_file
    out = Collector()
    # BagIt-Profile-Identifier's presence is _check_identifier's (one finding, not two).
    if (
        rule.required
        and not values
        and not (where == BAG_INFO and rule.label.lower() == IDENTIFIER_TAG.lower())
    ):
        out.add("PROFILE-TAG-REQUIRED", where, f"{where} has no {rule.label}, which profile {name} requires")
    for value in values:
        if not value.strip():
            if not rule.empty_ok:
                out.add(
                    "PROFILE-TAG-EMPTY",
                    where,
                    f"{where} {rule.label} is empty; profile {name} requires a value (emptyOk: false)",
                )
            continue
        if not rule.allows(value):
            out.add(
                "PROFILE-TAG-VALUE",
                where,
                f"{where} {rule.label} is {value!r}; profile {name} allows only "
                + ", ".join(repr(a) for a in rule.values),
            )
    if not rule.repeatable and len(values) > 1:
        out.add(
            "PROFILE-TAG-REPEATED",
            where,
            f"{where} has {len(values)} {rule.label} lines; profile {name} allows it once",
        )
    return out.close()


def _check_declaration(view: BagView, rule: TagRule, name: str) -> list[Finding]:
    """A DART rule on bagit.txt: its encoding's values (BagIt-Version is Accept-BagIt-Version's to check,
    :func:`_check_bagit_version`; presence is the bag validator's, RFC 8493 section 2.1.1)."""
    if rule.label.casefold() != "tag-file-character-encoding" or view.tag_encoding is None:
        return []
    if rule.allows(view.tag_encoding.strip()):
        return []
    return [
        finding(
            "PROFILE-TAG-VALUE",
            BAGIT_TXT,
            f"bagit.txt Tag-File-Character-Encoding is {view.tag_encoding!r}; profile {name} allows only "
            + ", ".join(repr(a) for a in rule.values),
        )
    ]


def _check_algorithms(present: Sequence[str], profile: Profile, prefix: str, name: str) -> list[Finding]:
    """Manifests-* and Tag-Manifests-*: every required algorithm present, none outside the allowed list."""
    if prefix == "manifest":
        code, kind = "PROFILE-MANIFEST", "Manifests"
        required, allowed = profile.manifests_required, profile.manifests_allowed
    else:
        code, kind = "PROFILE-TAGMANIFEST", "Tag-Manifests"
        required, allowed = profile.tag_manifests_required, profile.tag_manifests_allowed
    have = {alg_key(a): a for a in present}
    out = Collector()
    for alg in required:
        if alg_key(alg) not in have:
            out.add(
                f"{code}-REQUIRED",
                f"{prefix}-{alg}.txt",
                f"{prefix}-{alg}.txt is absent; profile {name} requires a {alg} "
                f"{'payload' if prefix == 'manifest' else 'tag'} manifest ({kind}-Required)",
            )
    if allowed is not None:
        allowed_algs = {alg_key(a) for a in allowed}
        for key, alg in sorted(have.items()):
            if key not in allowed_algs:
                out.add(
                    f"{code}-NOT-ALLOWED",
                    f"{prefix}-{alg}.txt",
                    f"{prefix}-{alg}.txt uses {alg}; profile {name} allows only "
                    f"{', '.join(allowed) or 'none'} ({kind}-Allowed)",
                )
    return out.close()


def _check_tag_files(view: BagView, profile: Profile, name: str) -> list[Finding]:
    """Tag-Files-Required present (exact paths; for DART, also every file holding a required tag); every
    other tag file matches Tag-Files-Allowed."""
    out = Collector()
    present = set(view.tag_files)
    for path in profile.required_tag_files:
        if clean_path(path) not in present:
            out.add(
                "PROFILE-TAG-FILE-REQUIRED",
                clean_path(path),
                f"tag file {clean_path(path)} is absent; profile {name} requires it (Tag-Files-Required)",
            )
    others = [path for path in present if not implicit_tag_file(path)]
    _check_allowed(
        others,
        profile.tag_files_allowed,
        ("PROFILE-TAG-FILE-NOT-ALLOWED", "tag file", "Tag-Files-Allowed"),
        name,
        out,
    )
    return out.close()


def _check_allowed(
    paths: Iterable[str], allowed: Sequence[str] | None, rule: tuple[str, str, str], name: str, out: Collector
) -> None:
    """Every path matches a pattern of ``allowed`` (None: anything is allowed). ``rule``: the code, what
    the paths are, and the profile's field."""
    if allowed is None:
        return
    code, what, field = rule
    for path in sorted(paths):
        if not matches(path, allowed):
            out.add(
                code,
                path,
                f"{what} {path} matches none of {', '.join(allowed) or '(nothing)'} ({field} of profile {name})",
            )


def _check_payload_files(view: BagView, profile: Profile, name: str) -> list[Finding]:
    """Payload-Files-Required present (a trailing ``/`` names a folder); all files match -Allowed."""
    out = Collector()
    present = view.payload_files
    files = set(present)
    for entry in profile.payload_files_required:
        path = clean_path(entry)
        found = any(p.startswith(path) for p in present) if path.endswith("/") else path in files
        if not found:
            what = "folder" if path.endswith("/") else "payload file"
            out.add(
                "PROFILE-PAYLOAD-FILE-REQUIRED",
                path,
                f"{what} {path} is absent; profile {name} requires it (Payload-Files-Required)",
            )
    rule = ("PROFILE-PAYLOAD-FILE-NOT-ALLOWED", "payload file", "Payload-Files-Allowed")
    _check_allowed(present, profile.payload_files_allowed, rule, name, out)
    return out.close()


def _check_fetch(view: BagView, profile: Profile, name: str) -> list[Finding]:
    """Allow-Fetch.txt (default true) and Fetch.txt-Required (default false)."""
    if view.has_fetch and not profile.allow_fetch:
        return [
            finding(
                "PROFILE-FETCH-NOT-ALLOWED",
                "fetch.txt",
                f"the bag has a fetch.txt; profile {name} does not allow one (Allow-Fetch.txt: false)",
            )
        ]
    if not view.has_fetch and profile.fetch_required:
        return [
            finding(
                "PROFILE-FETCH-REQUIRED",
                "fetch.txt",
                f"the bag has no fetch.txt; profile {name} requires one (Fetch.txt-Required: true)",
            )
        ]
    return []


def _check_data_empty(view: BagView, profile: Profile, name: str) -> list[Finding]:
    """Data-Empty: the payload is no file at all, or a single zero-byte file."""
    if not profile.data_empty:
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
    key = alg_key(alg)
    name = "sha3_" + key[4:] if key.startswith("sha3") else key
    try:
        return hashlib.new(name, b"").hexdigest()
    except (ValueError, TypeError):  # unknown, or a variable-length digest (shake) needing a length
        return None


#: File-name endings of serialized bags, longest first, as the validator recognises them.
_ARCHIVE_SUFFIXES: Final = (".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tbz2", ".txz", ".tar", ".zip")


def archive_stem(file_name: str) -> str:
    """A serialized bag's file name without its extension: the folder it must unpack to where the profile
    says ``tarDirMustMatchName`` (``virginia.edu.bag.tar`` -> ``virginia.edu.bag``)."""
    lowered = file_name.lower()
    for suffix in _ARCHIVE_SUFFIXES:
        if lowered.endswith(suffix):
            return file_name[: -len(suffix)]
    return file_name


def _check_serialization(
    view: BagView, profile: Profile, name: str, archive_name: str | None
) -> list[Finding]:
    """Serialization (default optional) against the view's, Accept-Serialization's media types, and DART's
    tarDirMustMatchName against the file name."""
    mode = profile.serialization
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
    out = Collector()
    if not accepts_media_type(profile, view.serialization):
        out.add(
            "PROFILE-SERIALIZATION-NOT-ACCEPTED",
            None,
            f"the bag is serialized as {view.serialization}; profile {name} accepts only "
            f"{', '.join(profile.accept_serialization)} (Accept-Serialization)",
        )
    if profile.tar_dir_must_match_name and archive_name is not None:
        file_name = Path(archive_name).name
        if view.name != archive_stem(file_name):
            out.add(
                "PROFILE-SERIALIZATION-NAME",
                None,
                f"{file_name} unpacks to {view.name}/, not {archive_stem(file_name)}/; profile {name} "
                "requires the folder to be named like the file (tarDirMustMatchName)",
            )
    return out.close()


def _check_bagit_version(view: BagView, profile: Profile, name: str) -> list[Finding]:
    """Accept-BagIt-Version against bagit.txt (an unreadable version is the bag validator's to report)."""
    accepted = profile.accept_bagit_version
    if view.bagit_version is None or not accepted:
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
