"""The tag files of every bag packaging makes: bag-info.txt's fields in their deliberate order, and, with a
receiver's profile, its tag files and tags checked before anything is written (:func:`plan_tags`).

Cut here because file bags and URL bags carry the same bag-info (who made the bag, which article, which
profile and metadata schema) and the command line asks for the labels up front, to check a receiver's
profile can be met before any article is read (:func:`bag_info_labels`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from archiver import own_profile
from archiver.__about__ import DISTRIBUTION, TOOL_NAME, __version__
from archiver.config import Settings
from archiver.errors import UsageError
from archiver.metadata import SCHEMA_ID, ArticleMetadata

if TYPE_CHECKING:
    from archiver.formats.bagit.writer import PayloadFile, TagFile
    from archiver.packaging.options import PackageOptions

__all__ = ["bag_info_fields", "bag_info_labels", "plan_tags", "require_organization"]


def require_organization(settings: Settings) -> str:
    """The Source-Organization every bag must name (our profile requires it): the archive, not the outlet."""
    if not settings.organization.name:
        raise UsageError(
            "CONFIG_NO_ORGANIZATION",
            "no Source-Organization configured: the archive making the bag must be named",
            hint="pass --organization NAME, set ARCHIVER_ORGANIZATION, or [organization] name in config.toml",
        )
    return settings.organization.name


def bag_info_fields(
    meta: ArticleMetadata, settings: Settings, *, profile_id: str = own_profile.PROFILE_ID
) -> list[tuple[str, str]]:
    """bag-info.txt in its deliberate order (RFC 8493 2.2.2): who, what, when, how, then conformance.

    ``profile_id`` is the profile the bag promises to follow: ours, or a receiver's (``--profile``).
    """
    fields: list[tuple[str, str]] = [("Source-Organization", require_organization(settings))]
    fields += _organization_fields(settings)
    description = f"News article: {meta.title}" + (f" ({meta.publisher})" if meta.publisher else "")
    fields += [
        ("External-Identifier", meta.identifier),
        ("External-Description", " ".join(description.split())),
        ("Bagging-Date", meta.dates.captured.strftime("%Y-%m-%d")),
        ("Payload-Oxum", ""),  # placeholder: write_bag fills in the real value here
        ("Bag-Software-Agent", f"{TOOL_NAME} {__version__} ({DISTRIBUTION})"),
        ("BagIt-Profile-Identifier", profile_id),
        (own_profile.METADATA_SCHEMA_TAG, SCHEMA_ID),
    ]
    return fields


def _organization_fields(settings: Settings) -> list[tuple[str, str]]:
    """The archive's address and contacts, those the config gives."""
    org = settings.organization
    pairs = (
        ("Organization-Address", org.address),
        ("Contact-Name", org.contact_name),
        ("Contact-Phone", org.contact_phone),
        ("Contact-Email", org.contact_email),
    )
    return [(label, value) for label, value in pairs if value]


def bag_info_labels(settings: Settings) -> list[str]:
    """The bag-info labels :func:`bag_info_fields` writes with these settings (whatever the article)."""
    return [
        "Source-Organization",
        *(label for label, _ in _organization_fields(settings)),
        "External-Identifier",
        "External-Description",
        "Bagging-Date",
        "Payload-Oxum",
        "Bag-Software-Agent",
        "BagIt-Profile-Identifier",
        own_profile.METADATA_SCHEMA_TAG,
    ]


def plan_tags(
    meta: ArticleMetadata, name: str, payload: Sequence[PayloadFile], options: PackageOptions
) -> tuple[list[tuple[str, str]], list[TagFile]]:
    """bag-info.txt's fields and the other tag files of one bag; with a receiver's profile, the planned
    bag is checked against it before anything is written (:meth:`BagPlan.check`)."""
    plan = options.plan
    if plan is None:
        return bag_info_fields(meta, options.settings), []
    base = bag_info_fields(meta, options.settings, profile_id=plan.profile.identifier)
    info, tag_files = plan.tag_content(meta, base)
    plan.check(name, payload, info, tag_files)
    return info, tag_files
