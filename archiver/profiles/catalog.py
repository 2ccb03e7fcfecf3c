"""Where profiles come from: the ones archiver ships, by name, and profile files, by path.

``--profile`` takes a name or a path. The names are a closed list (:data:`NAMES`): ``default`` (the
project's own profile, :mod:`archiver.own_profile`), ``aptrust`` (APTrust 2.3) and ``btr`` (Beyond the
Repository 1.0), the last two shipped unchanged in ``archiver/data/profiles/`` with their licence. Anything
else is a path, so a file that happens to be called ``aptrust`` is passed as ``./aptrust``. Profiles are
never fetched from the network: a validator that fetched the URL a bag names would let the bag choose what
it is checked against, and would give other verdicts offline.

Some receiver rules are not in any profile document: APTrust names every bag ``<institution>.<bag name>``
and wants the tar to unpack to a folder of that name (its bagging requirements, "Bag names"). They are
kept beside the shipped profile as :class:`Receiver` facts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlparse

from archiver.errors import UsageError

# The profile model (and the digest tables it checks algorithms against) is imported by the functions that
# parse a profile: listing the shipped names and descriptions (`archiver package --help`) needs neither.
if TYPE_CHECKING:
    from archiver.profiles.model import Profile

__all__ = [
    "DEFAULT",
    "MAX_PROFILE_BYTES",
    "RECEIVERS",
    "Receiver",
    "load",
    "read_profile_document",
    "receiver_named",
    "shipped_profile",
    "shipped_profile_by_identifier",
]

#: A profile file bigger than this is not a profile (the largest published ones are a few KiB).
MAX_PROFILE_BYTES: Final = 4 * 1024 * 1024
DEFAULT: Final = "default"


@dataclass(frozen=True)
class Receiver:
    """A profile archiver ships, and what its receiver wants beyond the profile document."""

    name: str  # the --profile name
    resource: str | None  # file in archiver/data/profiles/; None: the project's own profile
    description: str
    institution_prefix: bool = False  # bags are named "<institution>.<bag name>"


RECEIVERS: Final = {
    r.name: r
    for r in (
        Receiver(DEFAULT, None, "the project's own profile (news-archiver BagIt profile)"),
        Receiver(
            "aptrust",
            "aptrust-v2.3.json",
            "APTrust 2.3: tar, md5 manifest, aptrust-info.txt (Title, Access, Storage-Option)",
            institution_prefix=True,
        ),
        Receiver("btr", "btr-v1.0.json", "Beyond the Repository (BTR) 1.0"),
    )
}
NAMES: Final = tuple(RECEIVERS)


def receiver_named(spec: str) -> Receiver | None:
    """The shipped receiver ``spec`` names, or None when ``spec`` is a path."""
    return RECEIVERS.get(spec)


def shipped_document(name: str) -> dict[str, Any]:
    """The JSON document of a shipped profile, as published (a fresh copy each call)."""
    receiver = RECEIVERS[name]
    if receiver.resource is None:
        # Imported here: listing the shipped profiles (`archiver package --help`) needs only their names.
        from archiver.own_profile import profile_document

        return profile_document()
    return json.loads(_shipped_text(receiver.resource))  # type: ignore[no-any-return]


@lru_cache(maxsize=8)
def _shipped_text(resource: str) -> str:
    from importlib import resources  # only when a shipped profile is read, not to list their names

    return resources.files("archiver").joinpath("data", "profiles", resource).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def shipped_profile(name: str) -> Profile:
    """A shipped profile, parsed once (shipped files are known good: a failure here is a packaging bug)."""
    from archiver.profiles.model import parse_profile

    return parse_profile(shipped_document(name))


def shipped_profile_by_identifier(identifier: str) -> tuple[str, Profile] | None:
    """(name, profile) of the shipped receiver profile whose identifier a bag names, or None.

    The project's own profile is not among them: :func:`archiver.validation.profile.builtin_profile_for`
    handles it, with its earlier versions.
    """
    for name, receiver in RECEIVERS.items():
        if receiver.resource is None:
            continue
        profile = shipped_profile(name)
        if profile.identifier == identifier.strip():
            return name, profile
    return None


def read_profile_document(source: str | Path, *, max_bytes: int = MAX_PROFILE_BYTES) -> dict[str, Any]:
    """The JSON document ``source`` names (a shipped name or a file), vetted by :func:`parse_profile`.

    Raises UsageError ``PROFILE_UNREADABLE`` (exit 2) when the file is missing or unreadable, is not UTF-8
    JSON, or is not a usable profile in either form, with every reason. A URL is never fetched: the hint
    says to download it first.
    """
    return _read(source, max_bytes)[0]


def load(source: str | Path, *, max_bytes: int = MAX_PROFILE_BYTES) -> Profile:
    """The profile ``source`` names: a shipped name (:data:`NAMES`) or a profile file in either form."""
    return _read(source, max_bytes)[1]


def _read(source: str | Path, max_bytes: int) -> tuple[dict[str, Any], Profile]:
    from archiver.profiles.model import json_kind, parse_profile

    spec = str(source)
    if spec in RECEIVERS:
        document = shipped_document(spec)
        return document, parse_profile(document)
    path = _local_path(spec) or Path(source)
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:/", spec) and not path.exists():
        raise UsageError(
            "PROFILE_UNREADABLE",
            "profiles are read from local files; URLs are never fetched",
            where=spec,
            hint="download the profile and pass the file",
        )
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"cannot read the profile: {exc.strerror or exc}",
            where=spec,
            hint=f"pass one of {', '.join(NAMES)} or the path of a BagIt profile JSON file",
        ) from None
    if len(data) > max_bytes:
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"the profile is larger than {max_bytes} bytes; not a BagIt profile",
            where=spec,
        )
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"the profile is not UTF-8 JSON: {exc}",
            where=spec,
            hint="a BagIt profile is a JSON object (BagIt Profiles specification, or DART's form)",
        ) from None
    if not isinstance(document, dict):
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"the profile is a JSON {json_kind(document)}, not an object",
            where=spec,
            hint="a BagIt profile is a JSON object with BagIt-Profile-Info (or DART's bagItProfileInfo)",
        )
    return document, vet(document, where=spec)


def _local_path(spec: str) -> Path | None:
    """The file a ``file:`` URL names on this machine (``file:///srv/profiles/aptrust.json``), else None:
    a profile's own identifier is often such a URL once downloaded, and reading a local file fetches
    nothing."""
    from urllib.request import url2pathname  # urllib.request loads http.client, ssl and email: only here

    parsed = urlparse(spec)
    if parsed.scheme.lower() != "file" or parsed.netloc not in ("", "localhost"):
        return None
    return Path(url2pathname(parsed.path))


def vet(document: dict[str, Any], *, where: str) -> Profile:
    """``document`` parsed, or UsageError ``PROFILE_UNREADABLE`` listing (up to five of) its problems."""
    from archiver.profiles.model import ProfileProblems, parse_profile

    try:
        return parse_profile(document)
    except ProfileProblems as exc:
        problems = exc.problems
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise UsageError(
            "PROFILE_UNREADABLE",
            f"not a usable BagIt profile: {shown}",
            where=where,
            hint="fix the profile (BagIt Profiles specification 1.x, or DART's form)",
        ) from None
