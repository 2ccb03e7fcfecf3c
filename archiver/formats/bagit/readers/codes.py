"""The validation codes of reading a bag's files: the target, its files, links and special files, and the
members, root folder and damage of a tar or zip.

Why a module of their own: every reader (folder, tar, compressed tar, zip) reports with them, and the
registry (:mod:`archiver.validation.docs`) loads them without loading any reader. The BagIt rules' own
codes are in :mod:`archiver.formats.bagit.codes`.
"""

from __future__ import annotations

from archiver.validation.findings import CodeInfo, Severity, register

__all__ = ["CODES", "SPEC_SAFETY", "SPEC_SERIAL", "SPEC_TAR_END"]

SPEC_SAFETY = "RFC 8493 §5.1"
SPEC_SERIAL = "BagIt 0.97 §4 (serialization; not carried into RFC 8493)"
SPEC_TAR_END = "POSIX.1-2017 pax, ustar format: the archive ends with two 512-byte zero blocks"

CODES = register(
    CodeInfo(
        "BAG-TARGET-UNREADABLE",
        Severity.ERROR,
        "RFC 8493 §2",
        "The target is not a readable bag folder, tar or zip file.",
    ),
    CodeInfo(
        "BAG-FILE-UNREADABLE",
        Severity.ERROR,
        "RFC 8493 §3",
        "A file of the bag could not be read, so its checksums could not be verified.",
    ),
    CodeInfo(
        "BAG-SYMLINK",
        Severity.WARNING,
        SPEC_SAFETY,
        "A symlink inside the bag points at a file inside the bag; it was read as that file.",
    ),
    CodeInfo(
        "BAG-SYMLINK-OUTSIDE",
        Severity.ERROR,
        SPEC_SAFETY,
        "A symlink points outside the bag, or at nothing in it; it was not followed.",
    ),
    CodeInfo(
        "BAG-SPECIAL-FILE",
        Severity.ERROR,
        SPEC_SAFETY,
        "A device, FIFO or socket is in the bag folder; it was not opened.",
    ),
    CodeInfo(
        "TAR-MEMBER-UNSAFE",
        Severity.ERROR,
        SPEC_SAFETY,
        "A tar member name would land outside the folder it is extracted into (.., absolute, drive, \\).",
    ),
    CodeInfo(
        "TAR-MEMBER-LINK",
        Severity.ERROR,
        SPEC_SAFETY,
        "A tar member is a symbolic or hard link; it was not followed.",
    ),
    CodeInfo(
        "TAR-MEMBER-SPECIAL",
        Severity.ERROR,
        SPEC_SAFETY,
        "A tar member is a device, FIFO or sparse file; it was not read.",
    ),
    CodeInfo(
        "TAR-MEMBER-DUPLICATE",
        Severity.ERROR,
        SPEC_SERIAL,
        "Two tar members have the same name; extraction would keep only the last.",
    ),
    CodeInfo(
        "TAR-ROOT",
        Severity.ERROR,
        SPEC_SERIAL,
        "A serialized bag must hold exactly one top-level folder, the bag.",
    ),
    CodeInfo(
        "TAR-ROOT-NAME",
        Severity.WARNING,
        SPEC_SERIAL,
        "The bag folder inside the archive should have the archive's name without its extension.",
    ),
    CodeInfo(
        "TAR-BOMB",
        Severity.ERROR,
        SPEC_SAFETY,
        "The compressed tar expands far beyond its size (decompression bomb); reading stopped.",
    ),
    CodeInfo(
        "TAR-CORRUPT",
        Severity.ERROR,
        SPEC_SERIAL,
        "The tar (or its compression) is damaged or truncated; members after the damage were not read.",
    ),
    CodeInfo(
        "TAR-END-MARKER-MISSING",
        Severity.WARNING,
        SPEC_TAR_END,
        "The tar ends right after a complete member, or after one zero block, instead of with the two zero "
        "blocks of the end-of-archive marker; every member was read whole (DART's tars end so).",
    ),
    CodeInfo(
        "ZIP-MEMBER-UNSAFE",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member name would land outside the folder it is extracted into (.., absolute, drive, \\).",
    ),
    CodeInfo(
        "ZIP-MEMBER-LINK",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member is a symbolic link; it was not followed.",
    ),
    CodeInfo(
        "ZIP-MEMBER-SPECIAL",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member is a device, FIFO or socket; it was not read.",
    ),
    CodeInfo(
        "ZIP-MEMBER-DUPLICATE",
        Severity.ERROR,
        SPEC_SERIAL,
        "Two zip members have the same name; extraction would keep only one.",
    ),
    CodeInfo(
        "ZIP-ROOT",
        Severity.ERROR,
        SPEC_SERIAL,
        "A serialized bag must hold exactly one top-level folder, the bag.",
    ),
    CodeInfo(
        "ZIP-ROOT-NAME",
        Severity.WARNING,
        SPEC_SERIAL,
        "The bag folder inside the archive should have the archive's name without its extension.",
    ),
    CodeInfo(
        "ZIP-BOMB",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member expands far beyond its compressed size, or members overlap (zip bomb); not read.",
    ),
    CodeInfo(
        "ZIP-ENCRYPTED",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member is encrypted; it cannot be verified.",
    ),
    CodeInfo(
        "ZIP-CORRUPT",
        Severity.ERROR,
        SPEC_SERIAL,
        "The zip file is damaged (unreadable central directory).",
    ),
)
