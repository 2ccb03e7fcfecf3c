"""This tool's own BagIt profile (BagIt Profiles specification 1.3.0), describing the bags ``package`` makes.

The profile document is generated from the constants here and committed under
``schemas/bagit-profile/<version>/``; ``archiver schema export --check`` fails when the two differ. Every bag
names the profile in ``BagIt-Profile-Identifier`` (bag-info.txt).

Cut here, apart from the profile machinery (:mod:`archiver.profiles`: any profile's model, the shipped
receivers; :mod:`archiver.validation.profile`: checking a bag against any profile), because this module is
light (constants and one document) and is read by the writer, the own-package checks and the schema export
alike, none of which needs that machinery.
"""

from __future__ import annotations

from typing import Any, Final

from archiver.schema_ids import SCHEMA_BASE, SCHEMA_ID

__all__ = [
    "ALGORITHMS",
    "EARLIER_PROFILE_IDS",
    "METADATA_PATH",
    "METADATA_SCHEMA_TAG",
    "ORIGINAL_DIR",
    "PROFILE_ID",
    "PROFILE_SPEC_VERSION",
    "PROFILE_VERSION",
    "WARC_DIR",
    "profile_document",
]

PROFILE_VERSION: Final = "1.3.0"
PROFILE_ID: Final = f"{SCHEMA_BASE}/bagit-profile/{PROFILE_VERSION}/news-archiver-bagit-profile.json"
#: Earlier versions of this profile with the same layout; their bags are judged by their committed files.
#: 1.0.0 named metadata schema 1.0.0; 1.1.0 named 1.1.0, which accepts every BCP 47 language tag; 1.2.0 names
#: 1.2.0, which adds ``dates.published_local``; 1.3.0 names 1.3.0, which adds the language detector to the
#: tools ``extraction`` may name and ``rdfa`` to its rules. The layout is the same in all four.
EARLIER_PROFILE_IDS: Final = (
    f"{SCHEMA_BASE}/bagit-profile/1.0.0/news-archiver-bagit-profile.json",
    f"{SCHEMA_BASE}/bagit-profile/1.1.0/news-archiver-bagit-profile.json",
    f"{SCHEMA_BASE}/bagit-profile/1.2.0/news-archiver-bagit-profile.json",
)
PROFILE_SPEC_VERSION: Final = "1.3.0"
METADATA_SCHEMA_TAG: Final = "Archiver-Metadata-Schema"
ALGORITHMS: Final = ("sha256", "sha512")

#: Payload paths every bag of this profile carries (relative to the bag root).
METADATA_PATH: Final = "data/metadata/article-metadata.json"
ORIGINAL_DIR: Final = "data/original"
WARC_DIR: Final = "data/warc"


def profile_document() -> dict[str, Any]:
    """The profile as a BagIt Profiles 1.3.0 JSON document."""
    return {
        "BagIt-Profile-Info": {
            "BagIt-Profile-Identifier": PROFILE_ID,
            "BagIt-Profile-Version": PROFILE_SPEC_VERSION,
            "Source-Organization": "The news-archiver project",
            "External-Description": (
                "Bags made by archiver (news-archiver) for one news article each: the original file under "
                f"{ORIGINAL_DIR}/, its metadata ({METADATA_PATH}, JSON conforming to {SCHEMA_ID}) and a WARC/1.1 "
                f"file under {WARC_DIR}/ holding the article as a resource record and the metadata as a "
                "metadata record."
            ),
            "Version": PROFILE_VERSION,
        },
        "Bag-Info": {
            "Source-Organization": {"required": True, "repeatable": False},
            "Organization-Address": {"required": False},
            "Contact-Name": {"required": False},
            "Contact-Phone": {"required": False},
            "Contact-Email": {"required": False},
            "External-Identifier": {"required": True, "repeatable": False},
            "External-Description": {"required": True, "repeatable": False},
            "Bagging-Date": {"required": True, "repeatable": False},
            "Payload-Oxum": {"required": True, "repeatable": False},
            "Bag-Software-Agent": {"required": True, "repeatable": False},
            "BagIt-Profile-Identifier": {"required": True, "repeatable": False, "values": [PROFILE_ID]},
            METADATA_SCHEMA_TAG: {"required": True, "repeatable": False, "values": [SCHEMA_ID]},
        },
        "Manifests-Required": list(ALGORITHMS),
        "Manifests-Allowed": list(ALGORITHMS),
        "Tag-Manifests-Required": list(ALGORITHMS),
        "Tag-Manifests-Allowed": list(ALGORITHMS),
        "Tag-Files-Required": [],
        "Tag-Files-Allowed": ["bagit.txt", "bag-info.txt", "manifest-*.txt", "tagmanifest-*.txt"],
        "Allow-Fetch.txt": False,
        "Serialization": "optional",
        "Accept-Serialization": ["application/x-tar", "application/zip", "application/gzip"],
        "Accept-BagIt-Version": ["1.0"],
    }
