"""What a bag made for a profile carries, settled and checked before anything is written.

``archiver package --profile NAME|FILE`` makes bags a receiver accepts as they are. The profile decides:

* the manifests: every algorithm it requires (APTrust: md5), plus the project's own sha256 and sha512
  where it allows them; tag manifests likewise from ``Tag-Manifests-*`` (RFC 8493 sections 2.1.3, 2.2.1);
* the tags: every tag it rules on, in bag-info.txt or in a tag file of its own (APTrust's
  ``aptrust-info.txt``), filled from, in order, the archivist's options (``--tag FILE:Label=Value``,
  ``--bag-info Label=Value``), the article's metadata where the mapping is obvious (:data:`MAPPED`:
  ``Title`` from the title, ``Description`` from the description), and, for a required tag only, the
  profile's suggested default (APTrust's ``Storage-Option: Standard``);
* the serialization: refused when the profile forbids it or does not accept the form; chosen when the
  profile requires one and accepts exactly one form archiver writes (APTrust: tar);
* the name: ``<institution>.<bag name>`` where the receiver wants it (APTrust's bagging rules), the
  serialized file named after the folder it unpacks to (DART's ``tarDirMustMatchName``).

The project's own bag-info tags stay, whatever the profile (Source-Organization, External-Identifier, the
metadata schema, Payload-Oxum...), and so do the payload's metadata JSON and WARC: a bag made for APTrust is
still one of ours. Its BagIt-Profile-Identifier names the receiver's profile, since that is the promise the
receiver checks. Tags archiver computes, or that the own-package checks compare with the payload, cannot be
set by options (:data:`RESERVED`); the descriptive ones archiver fills from the config can be replaced.

Everything the options and the profile decide alone is checked once per run by :func:`resolve_plan`, before
OUTDIR is touched; what depends on the article (a required Description the article lacks) is checked per
article before its bag is written; and the planned bag (its tag files, manifests, payload paths) then goes
through the same checker ``archiver validate --profile`` runs (:func:`BagPlan.check`), so a rule written
once is applied to both the writing and the checking.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Final

from archiver.errors import ArchiverError, UsageError
from archiver.formats.bagit.serialize import FORMS, MEDIA_TYPES, check_form
from archiver.formats.bagit.writer import (
    DEFAULT_ALGORITHMS,
    PayloadFile,
    TagFile,
    format_bag_info,
    payload_oxum,
)
from archiver.metadata import ArticleMetadata
from archiver.profiles import catalog
from archiver.profiles.model import (
    BAG_INFO,
    BAGIT_TXT,
    IDENTIFIER_TAG,
    Profile,
    TagRule,
    accepts_media_type,
    alg_key,
    bagit_algorithm,
    implicit_tag_file,
    matches,
)
from archiver.profiles.tags import TagValue

__all__ = ["BagPlan", "resolve_plan"]

#: bag-info labels archiver sets itself, each with the option or reason that decides it: options may not
#: set them, since they are computed (Payload-Oxum), compared with the payload by the own-package checks
#: (External-Identifier, the schema) or name what the bag promises (the profile).
RESERVED: Final = {
    "payload-oxum": "computed from the payload (RFC 8493 section 2.2.2)",
    "bagging-date": "the capture date: set it with --date",
    "external-identifier": "the article's identifier: set it with --id",
    "bagit-profile-identifier": "the profile given with --profile",
    "bag-software-agent": "names the software that made the bag",
    "archiver-metadata-schema": "names the schema of the bag's metadata file",
    "source-organization": "set it with --organization or [organization] name in the config",
}

#: bag-info labels every bag of archiver carries, whatever the config.
ALWAYS_WRITTEN: Final = (*RESERVED, "external-description")

#: Tag labels filled from the article's metadata when a profile rules on them, and whether every article
#: has a value (a required tag whose mapping can be empty is checked per article).
MAPPED: Final[dict[str, tuple[Callable[[ArticleMetadata], str | None], bool]]] = {
    "title": (lambda meta: meta.title, True),
    "description": (lambda meta: meta.description, False),
}

#: What archiver writes into bagit.txt (RFC 8493 section 2.1.1), for the profiles that rule on it.
DECLARATION: Final = {"bagit-version": "1.0", "tag-file-character-encoding": "UTF-8"}

#: An institution identifier as APTrust uses them (its domain, e.g. ``virginia.edu``): DNS-like labels.
_INSTITUTION: Final = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
)


@dataclass(frozen=True)
class BagPlan:
    """The per-run decisions for bags made for one profile. Frozen and picklable: workers get a copy."""

    profile: Profile
    label: str  # how messages name the profile: "aptrust", or the file given
    tags: tuple[TagValue, ...] = ()
    serialize: str | None = None  # "tar", "tar.gz", "zip"; None: a folder
    institution: str | None = None
    algorithms: tuple[str, ...] = DEFAULT_ALGORITHMS
    tag_algorithms: tuple[str, ...] = DEFAULT_ALGORITHMS

    # --- names -----------------------------------------------------------------------------------------

    def bag_name(self, base: str) -> str:
        """The bag's folder name (also the serialized file's top-level folder)."""
        return f"{self.institution}.{base}" if self.institution else base

    def output_name(self, name: str) -> str:
        """What stands in OUTDIR: the folder, or the serialized file named after the folder it unpacks to."""
        return name + FORMS[self.serialize] if self.serialize else name

    @property
    def media_type(self) -> str | None:
        return MEDIA_TYPES[self.serialize] if self.serialize else None

    # --- tags --------------------------------------------------------------------------------------------

    def tag_content(
        self, meta: ArticleMetadata, base: Sequence[tuple[str, str]]
    ) -> tuple[list[tuple[str, str]], list[TagFile]]:
        """bag-info.txt's fields and the other tag files for one article.

        ``base`` is archiver's own bag-info (naming this profile), with the ``("Payload-Oxum", "")``
        placeholder :func:`archiver.formats.bagit.writer.write_bag` fills. Raises UsageError ``PROFILE_TAG_MISSING`` or
        ``PROFILE_TAG_VALUE`` when the article leaves a required tag empty or gives a value the profile
        does not allow.
        """
        missing: list[str] = []
        base_keys = {label.casefold() for label, _ in base}
        info: list[tuple[str, str]] = []
        replaced: set[str] = set()
        for label, value in base:
            key = label.casefold()
            mine = self._given(BAG_INFO, label)
            if not mine:
                info.append((label, value))
            elif key not in replaced:  # the archivist's value(s) instead of the config's
                replaced.add(key)
                info += [(label, t.value) for t in mine]
        extras = self._lines(BAG_INFO, meta, base_keys, missing)
        at = next((i for i, (label, _) in enumerate(info) if label == IDENTIFIER_TAG), len(info))
        info[at:at] = extras
        files: list[TagFile] = []
        for tag_file in self._other_tag_files():
            lines = self._lines(tag_file, meta, set(), missing)
            if lines:
                files.append(TagFile(tag_file, _format(tag_file, lines)))
        if missing:
            raise _missing(self.label, missing)
        return info, files

    def _given(self, tag_file: str, label: str) -> list[TagValue]:
        return [t for t in self.tags if t.same_tag(tag_file, label)]

    def _other_tag_files(self) -> list[str]:
        """The profile's tag files first, in its order, then those only the options name."""
        named = (t.tag_file for t in self.tags if t.tag_file != BAG_INFO)
        return list(dict.fromkeys((*self.profile.tag_files_with_rules, *named)))

    def _lines(
        self, tag_file: str, meta: ArticleMetadata, skip: Collection[str], missing: list[str]
    ) -> list[tuple[str, str]]:
        """The ``(label, value)`` lines of one tag file beyond ``skip`` (labels written already)."""
        lines: list[tuple[str, str]] = []
        done = set(skip)
        for rule in self.profile.tags_of(tag_file):
            key = rule.label.casefold()
            if key in done:
                continue
            done.add(key)
            mine = self._given(tag_file, rule.label)
            if mine:
                lines += [(rule.label, t.value) for t in mine]
                continue
            value = _automatic(rule, meta)
            if value is None:
                if rule.required:
                    missing.append(_how_to_set(rule))
                continue
            if not rule.allows(value) or (not value and not rule.empty_ok):
                raise _not_allowed(self.label, rule, value, "from the article's metadata")
            lines.append((rule.label, value))
        for given in self.tags:
            if given.tag_file == tag_file and given.label.casefold() not in done:
                lines.append((given.label, given.value))
        return lines

    # --- the final check ---------------------------------------------------------------------------------

    def check(
        self,
        name: str,
        payload: Sequence[PayloadFile],
        bag_info: Sequence[tuple[str, str]],
        tag_files: Sequence[TagFile],
    ) -> None:
        """Run the profile checker on the bag as planned; ArchiverError ``PROFILE_NOT_SATISFIED`` listing
        what it would find (payload or tag file rules no option can change), before anything is written."""
        from archiver.formats.bagit.view import BagView
        from archiver.validation.findings import Severity
        from archiver.validation.profile import check_profile

        oxum = payload_oxum(len(p.data) for p in payload)
        manifests = [f"manifest-{a}.txt" for a in self.algorithms]
        tag_manifests = [f"tagmanifest-{a}.txt" for a in self.tag_algorithms]
        view = BagView(
            name=name,
            bagit_version=DECLARATION["bagit-version"],
            tag_encoding=DECLARATION["tag-file-character-encoding"],
            bag_info=tuple((k, oxum if k == "Payload-Oxum" else v) for k, v in bag_info),
            manifest_algorithms=self.algorithms,
            tagmanifest_algorithms=self.tag_algorithms,
            payload_files=tuple(f"data/{p.path}" for p in payload),
            tag_files=tuple(
                sorted({BAGIT_TXT, BAG_INFO, *(t.path for t in tag_files), *manifests, *tag_manifests})
            ),
            serialization=self.media_type,
        )
        contents = {t.path: t.data for t in tag_files}

        def read(path: str, limit: int) -> bytes:
            return contents[path][:limit]

        found = check_profile(
            view, self.profile, profile_name=self.label, read=read, archive_name=self.output_name(name)
        )
        errors = [f for f in found if f.severity is Severity.ERROR]
        if errors:
            shown = "; ".join(f.message for f in errors[:3])
            more = f"; and {len(errors) - 3} more" if len(errors) > 3 else ""
            raise ArchiverError(
                "PROFILE_NOT_SATISFIED",
                f"the bag would not satisfy profile {self.label}: {shown}{more}",
                where=name,
                hint="nothing was written; this profile's rules cannot be met by an archiver bag",
            )


# --------------------------------------------------------------------------------------------------------
# Resolving the options, once per run


def resolve_plan(
    spec: str = catalog.DEFAULT,
    *,
    tags: Sequence[TagValue] = (),
    serialize: str | None = None,
    institution: str | None = None,
    base_labels: Collection[str] | None = None,
) -> BagPlan | None:
    """The plan for ``--profile spec`` and the other options, or None for today's own bags (the default
    profile without any option: the writer's own fast path, byte for byte what it always made).

    ``base_labels`` are the bag-info labels archiver writes itself with the config in force
    (:func:`archiver.packaging.bag_info_labels`: a profile requiring Contact-Email is satisfied when the
    config has one); by default those it writes whatever the config. Raises UsageError (exit 2) for every
    problem the options and the profile show alone, before anything is written.
    """
    if spec == catalog.DEFAULT and not tags and serialize is None and institution is None:
        return None
    profile = catalog.load(spec)
    label = spec
    receiver = catalog.receiver_named(spec)
    _refuse_unsupported(profile, label)
    algorithms, tag_algorithms = _algorithms(profile, label)
    plan = BagPlan(
        profile=profile,
        label=label,
        tags=tuple(tags),
        serialize=_serialization(profile, label, serialize),
        institution=_institution(institution, receiver, label),
        algorithms=algorithms,
        tag_algorithms=tag_algorithms,
    )
    _check_given(plan)
    _check_required(plan, {b.casefold() for b in (ALWAYS_WRITTEN if base_labels is None else base_labels)})
    return plan


def _refuse_unsupported(profile: Profile, label: str) -> None:
    """What a profile may demand that no archiver bag can be: another BagIt version, another tag
    encoding, a fetch.txt, an empty payload."""
    why: list[str] = []
    if profile.accept_bagit_version and DECLARATION["bagit-version"] not in profile.accept_bagit_version:
        why.append(
            f"it accepts BagIt {', '.join(profile.accept_bagit_version)} only; archiver writes BagIt 1.0 "
            "(RFC 8493)"
        )
    for rule in profile.tags_of(BAGIT_TXT):
        ours = DECLARATION.get(rule.label.casefold())
        if ours is None:
            if rule.required:
                why.append(
                    f"it requires bagit.txt to hold {rule.label}, which RFC 8493 section 2.1.1 does not allow"
                )
        elif rule.label.casefold() != "bagit-version" and rule.values and ours not in rule.values:
            why.append(
                f"it allows bagit.txt {rule.label} {', '.join(rule.values)} only; archiver writes {ours}"
            )
    if profile.fetch_required:
        why.append("it requires a fetch.txt (Fetch.txt-Required); archiver bags hold their payload")
    if profile.data_empty:
        why.append("it requires an empty payload (Data-Empty); archiver bags hold an article")
    if why:
        raise UsageError(
            "PROFILE_UNSUPPORTED",
            f"archiver cannot make bags for profile {label}: {'; '.join(why)}",
            where=label,
        )


def _algorithms(profile: Profile, label: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Payload and tag-manifest algorithms: the profile's required ones, then the project's sha256 and
    sha512 where the profile allows them (each rule of Manifests-* and Tag-Manifests-* followed)."""

    def allowed(alg: str, among: tuple[str, ...] | None) -> bool:
        return among is None or alg_key(alg) in {alg_key(a) for a in among}

    required = [bagit_algorithm(a) for a in profile.manifests_required]
    ours = [a for a in DEFAULT_ALGORITHMS if allowed(a, profile.manifests_allowed)]
    payload = tuple(dict.fromkeys(a for a in (*required, *ours) if a))
    if not payload:
        first = next((bagit_algorithm(a) for a in profile.manifests_allowed or ()), None)
        if first is None:
            raise UsageError(
                "PROFILE_UNSUPPORTED",
                f"profile {label} allows no payload manifest algorithm; a bag needs one "
                "(RFC 8493 section 2.1.3)",
                where=label,
            )
        payload = (first,)
    tag_required = [bagit_algorithm(a) for a in profile.tag_manifests_required]
    tag_ours = [a for a in payload if allowed(a, profile.tag_manifests_allowed)]
    tag = tuple(dict.fromkeys(a for a in (*tag_required, *tag_ours) if a))
    return payload, tag


def _serialization(profile: Profile, label: str, form: str | None) -> str | None:
    """The form to write: the one asked for, if the profile takes it; else the one the profile requires."""
    fitting = [f for f in FORMS if accepts_media_type(profile, MEDIA_TYPES[f])]
    if form is None:
        if profile.serialization != "required":
            return None
        if len(fitting) == 1:
            return fitting[0]
        raise UsageError(
            "PROFILE_SERIALIZATION",
            f"profile {label} requires a serialized bag (Serialization: required)",
            where=label,
            hint=f"pass --serialize {'|'.join(fitting) or 'tar'}",
        )
    check_form(form)
    if profile.serialization == "forbidden":
        raise UsageError(
            "PROFILE_SERIALIZATION",
            f"profile {label} forbids serialized bags (Serialization: forbidden); --serialize {form} refused",
            where=label,
            hint="leave out --serialize: the bag is written as a folder",
        )
    if form not in fitting:
        raise UsageError(
            "PROFILE_SERIALIZATION",
            f"profile {label} does not accept {MEDIA_TYPES[form]} (Accept-Serialization: "
            f"{', '.join(profile.accept_serialization)}); --serialize {form} refused",
            where=label,
            hint=f"use --serialize {'|'.join(fitting)}" if fitting else "archiver writes no form it accepts",
        )
    return form


def _institution(value: str | None, receiver: catalog.Receiver | None, label: str) -> str | None:
    if value is None:
        if receiver is not None and receiver.institution_prefix:
            raise UsageError(
                "INSTITUTION_INVALID",
                f"profile {label} names bags <institution>.<bag name> (the receiver's bag naming rule); "
                "no institution given",
                hint="pass your institution's identifier there, e.g. --institution example.edu",
            )
        return None
    if not _INSTITUTION.fullmatch(value) or len(value) > 100:
        raise UsageError(
            "INSTITUTION_INVALID",
            f"{value!r} is not an institution identifier: letters, digits and '-', in parts joined by '.'",
            hint="e.g. --institution example.edu",
        )
    return value


def _check_given(plan: BagPlan) -> None:
    """Every --tag and --bag-info against the profile: allowed tag file, allowed value, no forbidden
    repeat, not a tag archiver sets itself."""
    profile, label = plan.profile, plan.label
    for given in plan.tags:
        if given.tag_file == BAG_INFO and given.label.casefold() in RESERVED:
            raise UsageError(
                "PROFILE_TAG_RESERVED",
                f"{given.option}: archiver writes {given.label} itself ({RESERVED[given.label.casefold()]})",
                where=BAG_INFO,
            )
        allowed = profile.tag_files_allowed
        if (
            given.tag_file != BAG_INFO
            and allowed is not None
            and not matches(given.tag_file, allowed)
            and not implicit_tag_file(given.tag_file)
        ):
            raise UsageError(
                "PROFILE_TAG_FILE",
                f"{given.option}: profile {label} does not allow the tag file {given.tag_file} "
                f"(Tag-Files-Allowed: {', '.join(allowed) or 'none'})",
                where=given.tag_file,
                hint="choose the profile that wants this tag file, or leave the option out",
            )
        rule = profile.rule(given.tag_file, given.label)
        if rule is None:
            continue
        if not rule.allows(given.value) or (not given.value and not rule.empty_ok):
            raise _not_allowed(label, rule, given.value, f"from {given.option}")
        if not rule.repeatable and len(plan._given(given.tag_file, given.label)) > 1:
            raise UsageError(
                "PROFILE_TAG_VALUE",
                f"{given.tag_file} {rule.label} is given more than once; profile {label} allows it once",
                where=given.tag_file,
            )


def _check_required(plan: BagPlan, base: set[str]) -> None:
    """Every required tag has a source before any article is read: an option, archiver's own bag-info, a
    metadata mapping or the profile's default; a required tag file has content."""
    missing: list[str] = []
    for rule in plan.profile.tags:
        if rule.tag_file == BAGIT_TXT or not rule.required or plan._given(rule.tag_file, rule.label):
            continue
        key = rule.label.casefold()
        if (rule.tag_file == BAG_INFO and key in base) or key in MAPPED or rule.default is not None:
            continue
        missing.append(_how_to_set(rule))
    written = {*plan.profile.tag_files_with_rules, *(t.tag_file for t in plan.tags)}
    for path in plan.profile.required_tag_files:
        if path not in written and not implicit_tag_file(path):
            missing.append(f"the tag file {path} (give its tags with --tag {path}:Label=Value)")
    if missing:
        raise _missing(plan.label, missing)


# --------------------------------------------------------------------------------------------------------
# Helpers


def _automatic(rule: TagRule, meta: ArticleMetadata) -> str | None:
    """A value archiver fills in itself: the metadata's (flattened onto one line), else for a required tag
    the profile's default."""
    mapped = MAPPED.get(rule.label.casefold())
    if mapped is not None:
        value = mapped[0](meta)
        if value and value.split():
            return " ".join(value.split())
    return rule.default if rule.required else None


def _how_to_set(rule: TagRule) -> str:
    option = (
        f"--bag-info {rule.label}=VALUE"
        if rule.tag_file == BAG_INFO
        else f"--tag {rule.tag_file}:{rule.label}=VALUE"
    )
    allowed = f", one of {', '.join(rule.values)}" if rule.values else ""
    return f"{rule.label} in {rule.tag_file} (set it with {option}{allowed})"


def _missing(label: str, missing: list[str]) -> UsageError:
    return UsageError(
        "PROFILE_TAG_MISSING",
        f"profile {label} requires {'; '.join(missing)}",
        where=label,
        hint="nothing was written",
    )


def _not_allowed(label: str, rule: TagRule, value: str, source: str) -> UsageError:
    if not value and not rule.empty_ok:
        what = f"{rule.tag_file} {rule.label} is empty ({source}); profile {label} requires a value"
    else:
        what = f"{rule.tag_file} {rule.label} {value!r} ({source}) is not allowed by profile {label}"
    allowed = f"allowed: {', '.join(rule.values)}" if rule.values else "give a value"
    return UsageError(
        "PROFILE_TAG_VALUE", f"{what}; {allowed}", where=rule.tag_file, hint="nothing was written"
    )


def _format(tag_file: str, lines: list[tuple[str, str]]) -> bytes:
    """A tag file in bag-info.txt's form, which RFC 8493 section 2.2.4 recommends for other tag files."""
    try:
        return format_bag_info(lines)
    except ValueError as exc:
        raise UsageError("PROFILE_TAG_VALUE", f"{tag_file}: {exc}", where=tag_file) from None
