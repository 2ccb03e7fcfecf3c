"""The severity policy: why each validation code is an error or a warning.

The policy, as :data:`ERROR_MEANS` and :data:`WARNING_MEANS` state it, is rendered at the top of
``docs/validation-codes.md``. Each code has one :class:`Basis`, and the basis fixes the severity, so a reader
sees for every code not only which severity it has but why. A receiving archive keeps what it was given as it
was given, so an error for a flaw that loses nothing would only make it refuse files it cannot improve, and a
warning for damage would let damage pass as valid.

The OCFL specification's own ``E``/``W`` codes are the one exception: they keep the specification's classes,
because archivists compare them across validators.

:func:`mismatches` compares the registry with :data:`BASIS`; a test keeps the two in agreement, so a new code
cannot be registered without a basis and a severity cannot drift from its reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from archiver.validation.findings import CodeInfo, Severity

__all__ = [
    "ERROR_MEANS",
    "EXCEPTION_MEANS",
    "RETIRED",
    "WARNING_MEANS",
    "Basis",
    "basis_of",
    "mismatches",
    "policy_severity",
]

#: What an error means.
ERROR_MEANS: Final = (
    "An **error** means that content or its evidence is damaged, missing or ambiguous, or cannot be read as "
    "the spec intends. A target that cannot be read safely, a target that could not be judged, and a bag that "
    "breaks the terms the receiving archive set in its BagIt Profile are errors too. An error makes the "
    "target invalid (exit 1)."
)

#: What a warning means.
WARNING_MEANS: Final = (
    "A **warning** means the target departs from the text of its spec (or from its advice) in a way that "
    "loses nothing and that a receiving archive cannot repair, or that this tool left something unverified "
    "that the verdict does not rest on. A warning leaves the target valid, unless `--strict` is given."
)

#: The one exception.
EXCEPTION_MEANS: Final = (
    "The one exception: the OCFL specification's own codes (E001 ..., W001 ...) keep the severity the "
    "specification gives them, because archivists know them from every other OCFL validator."
)


class Basis(StrEnum):
    """The reason a code has its severity."""

    DAMAGED = "damaged"
    MISSING = "missing"
    AMBIGUOUS = "ambiguous"
    UNREADABLE = "unreadable"
    UNSAFE = "unsafe"
    UNCHECKED = "unchecked"
    PROFILE_TERMS = "profile-terms"
    DEPARTS = "departs"
    NOT_VERIFIED = "not-verified"
    SPEC_CLASSED = "spec-classed"

    @property
    def severity(self) -> Severity | None:
        """The severity this basis gives; None for :attr:`SPEC_CLASSED`, whose codes say it themselves."""
        return _SEVERITY[self]

    @property
    def explanation(self) -> str:
        return _EXPLANATION[self]


_SEVERITY: Final[dict[Basis, Severity | None]] = {
    Basis.DAMAGED: Severity.ERROR,
    Basis.MISSING: Severity.ERROR,
    Basis.AMBIGUOUS: Severity.ERROR,
    Basis.UNREADABLE: Severity.ERROR,
    Basis.UNSAFE: Severity.ERROR,
    Basis.UNCHECKED: Severity.ERROR,
    Basis.PROFILE_TERMS: Severity.ERROR,
    Basis.DEPARTS: Severity.WARNING,
    Basis.NOT_VERIFIED: Severity.WARNING,
    Basis.SPEC_CLASSED: None,
}

_EXPLANATION: Final[dict[Basis, str]] = {
    Basis.DAMAGED: (
        "Content or its evidence no longer agree: a checksum, digest, length, copy or reference does not "
        "match what it describes, or the bytes stop short."
    ),
    Basis.MISSING: (
        "Something needed to find, read or verify the content is absent: a file, a manifest, a manifest "
        "entry, a mandatory field."
    ),
    Basis.AMBIGUOUS: (
        "The target can be read in more than one way, and the readings differ in what the content is: the "
        "same name or field twice, statements that disagree, no single item where the spec wants one."
    ),
    Basis.UNREADABLE: (
        "The target cannot be read as its spec intends: its syntax, grammar, encoding or version is not the "
        "spec's, so a reader that follows the spec fails or guesses."
    ),
    Basis.UNSAFE: (
        "Reading it as written would reach outside the target (path traversal, links out, device files) or "
        "exhaust the reader (decompression bombs, endless lines), so a careful reader refuses it and what "
        "lies behind goes unchecked, which is why it is an error."
    ),
    Basis.UNCHECKED: (
        "A check the verdict rests on could not run (an I/O error, a lock, no manifest in an algorithm this "
        "tool computes, a size limit, a bug in this tool), and a target that was not judged must not pass "
        "as valid."
    ),
    Basis.PROFILE_TERMS: (
        "The bag breaks a requirement of the BagIt Profile it is checked against; a profile is the "
        "receiving archive's own written terms of acceptance, so any requirement it states is an error."
    ),
    Basis.DEPARTS: (
        "The target departs from the text of its spec, or from the spec's advice, in a way that loses "
        "nothing and that a receiving archive cannot repair in a file it has received."
    ),
    Basis.NOT_VERIFIED: (
        "This tool left unverified something the verdict does not rest on, with no sign of harm (an "
        "algorithm or record type it does not know, a file over a size limit, a profile or signature it does "
        "not fetch or check), so the target is no worse than one without that part."
    ),
    Basis.SPEC_CLASSED: (
        "One of the OCFL specification's own codes, which keeps the specification's severity (E is an error, "
        "W a warning) because archivists know these codes from every OCFL validator; this is the one "
        "exception to the policy."
    ),
}

_E = Basis.DAMAGED
_M = Basis.MISSING
_A = Basis.AMBIGUOUS
_R = Basis.UNREADABLE
_S = Basis.UNSAFE
_U = Basis.UNCHECKED
_P = Basis.PROFILE_TERMS
_D = Basis.DEPARTS
_N = Basis.NOT_VERIFIED

#: The basis of every code that is not one of the OCFL specification's own (those are
#: :attr:`Basis.SPEC_CLASSED`, see :func:`basis_of`).
BASIS: Final[dict[str, Basis]] = {
    "AUDIT-LOCKED": _U,
    # BagIt
    "BAG-ALGORITHM-NAME": _A,  # a strict reader does not see manifest-sha3_256.txt as a manifest at all
    "BAG-ALGORITHM-UNKNOWN": _N,
    "BAG-DECLARATION-BOM": _R,
    "BAG-DECLARATION-FORMAT": _R,
    "BAG-DECLARATION-WHITESPACE": _D,  # bagit-java 5's 'BagIt-Version : 0.97': read without doubt
    "BAG-DECLARATION-LABEL-CASE": _D,
    "BAG-DECLARATION-MISSING": _M,
    "BAG-DECLARATION-NOT-UTF8": _R,
    "BAG-ENCODING-NOT-UTF8": _D,
    "BAG-ENCODING-UNKNOWN": _R,
    "BAG-FAST-UNCHECKED": _U,  # with --fast and no Payload-Oxum, nothing at all of the payload is judged
    "BAG-FETCH-LENGTH": _R,
    "BAG-FETCH-LINE": _R,
    "BAG-FETCH-NOT-IN-MANIFEST": _M,
    "BAG-FETCH-OUTSIDE-PAYLOAD": _S,  # fetching would overwrite tag files, the bag's evidence
    "BAG-FETCH-UNFETCHED": _M,
    "BAG-FETCH-URL": _R,
    "BAG-FILE-UNREADABLE": _U,
    "BAG-INFO-BAGGING-DATE": _D,
    "BAG-INFO-LINE": _R,
    "BAG-INFO-WHITESPACE": _D,  # bagit-java 5's 'Label : value': the label and value are certain
    "BAG-INFO-REPEATED": _D,
    "BAG-MANIFEST-CHECKSUM": _E,
    "BAG-MANIFEST-CHECKSUM-FORMAT": _R,
    "BAG-MANIFEST-DIRECTORY": _M,
    "BAG-MANIFEST-DUPLICATE": _A,
    "BAG-MANIFEST-DUPLICATE-SAME": _D,
    "BAG-MANIFEST-LINE": _R,
    "BAG-MANIFEST-MD5SUM-STYLE": _D,
    "BAG-MANIFEST-MISSING": _M,
    "BAG-MANIFEST-OUTSIDE-PAYLOAD": _A,  # a tag file claimed as payload
    "BAG-NAME-CASE-CLASH": _D,
    "BAG-NAME-NORMALIZATION-CLASH": _D,
    "BAG-NAME-NORMALIZATION-MISMATCH": _D,
    "BAG-NO-VERIFIABLE-MANIFEST": _U,
    "BAG-OXUM-FORMAT": _R,
    "BAG-OXUM-MISMATCH": _E,
    "BAG-OXUM-REPEATED": _A,
    "BAG-PATH-NONCANONICAL": _A,
    "BAG-PATH-NONCANONICAL-LEGACY": _D,
    "BAG-PATH-PERCENT": _D,
    "BAG-PATH-UNSAFE": _S,
    "BAG-PAYLOAD-DIR-MISSING": _M,
    "BAG-PAYLOAD-MISSING": _M,
    "BAG-PAYLOAD-UNLISTED": _M,
    "BAG-PAYLOAD-UNLISTED-LEGACY": _D,
    "BAG-SPECIAL-FILE": _S,
    "BAG-SYMLINK": _D,
    "BAG-SYMLINK-OUTSIDE": _S,
    "BAG-TAG-FILE-MISSING": _M,
    "BAG-TAG-FILE-UNLISTED": _D,
    "BAG-TAGFILE-BLANK-LINE": _D,
    "BAG-TAGFILE-BOM": _R,
    "BAG-TAGFILE-BOM-LEGACY": _D,  # 0.93 to 0.95 had no rule on byte-order marks
    "BAG-TAGFILE-DECODE": _R,
    "BAG-TAGFILE-LINE-TOO-LONG": _S,
    "BAG-TAGFILE-NO-FINAL-NEWLINE": _D,
    "BAG-TAGFILE-TOO-LARGE": _U,
    "BAG-TAGMANIFEST-CHECKSUM": _E,
    "BAG-TAGMANIFEST-PAYLOAD-ENTRY": _D,  # the payload manifests still list and verify the file
    "BAG-TAGMANIFEST-TAGMANIFEST-ENTRY": _D,  # the entry is skipped; every other entry still verifies
    "BAG-TAGMANIFEST-MISSING-MANIFEST": _M,
    "BAG-TARGET-UNREADABLE": _U,
    "BAG-VERSION-UNKNOWN": _R,
    # The tool itself
    "TARGET-NAME-MISMATCH": _D,
    "INTERNAL": _U,
    "OCFL-UNREADABLE": _U,
    # The tool's own packages
    "PKG-CAPTURE-JSON": _R,
    "PKG-CAPTURE-MISMATCH": _A,
    "PKG-EXTERNAL-IDENTIFIER": _A,
    "PKG-FILE-TOO-LARGE": _N,
    "PKG-FILE-UNREADABLE": _U,
    "PKG-METADATA-JSON": _R,
    "PKG-METADATA-MISSING": _M,
    "PKG-METADATA-SCHEMA": _R,
    "PKG-ORIGINAL-COUNT": _M,
    "PKG-ORIGINAL-NAME": _D,
    "PKG-ORIGINAL-SHA256": _E,
    "PKG-ORIGINAL-SIZE": _E,
    "PKG-SCHEMA-TAG": _A,
    "PKG-SCHEMA-UNKNOWN": _R,
    "PKG-WACZ-COUNT": _M,
    "PKG-WACZ-WARC": _E,
    "PKG-WARC-CAPTURE-CONTENT": _E,
    "PKG-WARC-COUNT": _M,
    "PKG-WARC-METADATA-CONTENT": _E,
    "PKG-WARC-METADATA-COUNT": _M,
    "PKG-WARC-METADATA-DUPLICATE": _A,
    "PKG-WARC-REFERS-TO": _E,
    "PKG-WARC-REFERS-TO-RESPONSE": _E,
    "PKG-WARC-RESOURCE-CONTENT": _E,
    "PKG-WARC-RESOURCE-COUNT": _M,
    "PKG-WARC-RESPONSE-CONTENT": _E,
    "PKG-WARC-RESPONSE-HTTP": _R,
    "PKG-WARC-RESPONSE-TARGET-URI": _E,
    "PKG-WARC-TARGET-URI": _E,
    "PKG-WARC-UNREADABLE": _U,
    # BagIt Profiles
    "PROFILE-BAGIT-VERSION-NOT-ACCEPTED": _P,
    "PROFILE-DATA-NOT-EMPTY": _P,
    "PROFILE-FETCH-NOT-ALLOWED": _P,
    "PROFILE-FETCH-REQUIRED": _P,
    "PROFILE-IDENTIFIER-MISSING": _P,
    "PROFILE-IDENTIFIER-OTHER": _N,
    "PROFILE-MANIFEST-NOT-ALLOWED": _P,
    "PROFILE-MANIFEST-REQUIRED": _P,
    "PROFILE-NOT-FETCHED": _N,
    "PROFILE-PAYLOAD-FILE-NOT-ALLOWED": _P,
    "PROFILE-PAYLOAD-FILE-REQUIRED": _P,
    "PROFILE-SERIALIZATION-FORBIDDEN": _P,
    "PROFILE-SERIALIZATION-NAME": _P,
    "PROFILE-SERIALIZATION-NOT-ACCEPTED": _P,
    "PROFILE-SERIALIZATION-REQUIRED": _P,
    "PROFILE-TAG-EMPTY": _P,
    "PROFILE-TAG-FILE-NOT-ALLOWED": _P,
    "PROFILE-TAG-FILE-REQUIRED": _P,
    "PROFILE-TAG-REPEATED": _P,
    "PROFILE-TAG-REQUIRED": _P,
    "PROFILE-TAG-VALUE": _P,
    "PROFILE-TAGMANIFEST-NOT-ALLOWED": _P,
    "PROFILE-TAGMANIFEST-REQUIRED": _P,
    # Serialized bags
    "TAR-BOMB": _S,
    "TAR-CORRUPT": _E,
    "TAR-END-MARKER-MISSING": _D,
    "TAR-MEMBER-DUPLICATE": _A,
    "TAR-MEMBER-LINK": _S,
    "TAR-MEMBER-SPECIAL": _S,
    "TAR-MEMBER-UNSAFE": _S,
    "TAR-ROOT": _A,
    "TAR-ROOT-NAME": _D,
    "ZIP-BOMB": _S,
    "ZIP-CORRUPT": _E,
    "ZIP-ENCRYPTED": _R,
    "ZIP-MEMBER-DUPLICATE": _A,
    "ZIP-MEMBER-LINK": _S,
    "ZIP-MEMBER-SPECIAL": _S,
    "ZIP-MEMBER-UNSAFE": _S,
    "ZIP-ROOT": _A,
    "ZIP-ROOT-NAME": _D,
    # WACZ
    "WACZ-DATAPACKAGE-INVALID": _R,
    "WACZ-DIGEST-INVALID": _R,
    "WACZ-DIGEST-MISMATCH": _E,
    "WACZ-DIGEST-MISSING": _D,
    "WACZ-EMBEDDED-TOO-LARGE": _N,
    "WACZ-FILE-MISSING": _M,
    "WACZ-HASH-UNSUPPORTED": _N,
    "WACZ-INDEX-INVALID": _R,
    "WACZ-INDEX-NOT-REPLAYABLE": _D,
    "WACZ-INDEX-RECORD-MISMATCH": _E,
    "WACZ-INDEX-TARGET": _E,
    "WACZ-INDEX-UNSORTED": _R,  # a binary search, as replay tools do, misses lines
    "WACZ-NOT-ZIP": _R,
    "WACZ-PAGE-NOT-INDEXED": _D,
    "WACZ-PAGES-HEADER": _D,
    "WACZ-PAGES-INVALID": _R,
    "WACZ-RESOURCE-HASH": _E,
    "WACZ-RESOURCE-MISSING": _M,
    "WACZ-RESOURCE-SIZE": _E,
    "WACZ-RESOURCE-UNLISTED": _M,  # a member with no hash has no evidence
    "WACZ-SIGNATURE-UNVERIFIED": _N,
    "WACZ-UNREADABLE": _U,
    "WACZ-VERSION-OLD": _D,
    "WACZ-ZIP-BOMB": _S,
    "WACZ-ZIP-COMPRESSED-ARCHIVE": _D,
    "WACZ-ZIP-CORRUPT": _E,
    "WACZ-ZIP-DUPLICATE": _A,
    "WACZ-ZIP-UNSAFE-PATH": _S,
    "WACZ-ZIP-UNSUPPORTED": _R,
    # WARC
    "WARC-BLOCK-DIGEST-MISMATCH": _E,
    "WARC-CONTENT-LENGTH-INVALID": _R,
    "WARC-CONTENT-LENGTH-MISMATCH": _E,
    "WARC-CONTENT-TYPE-INVALID": _R,
    "WARC-CONTENT-TYPE-MISSING": _D,
    "WARC-DATE-INVALID": _R,
    "WARC-DATE-LOWERCASE": _D,
    "WARC-DIGEST-INVALID": _R,
    "WARC-DIGEST-UNKNOWN-ALGORITHM": _N,
    "WARC-FIELD-DUPLICATE": _A,
    "WARC-FIELD-EMPTY": _R,
    "WARC-FIELD-INVALID": _R,
    "WARC-FIELD-MISPLACED": _D,
    "WARC-FIELD-MISSING": _M,
    "WARC-FIELD-NOT-ALLOWED": _A,  # segmentation fields off a continuation: is the record whole?
    "WARC-FIELD-REQUIRED-BY-TYPE": _M,
    "WARC-FIELDS-BLOCK-INVALID": _R,
    "WARC-GARBAGE-BETWEEN-RECORDS": _R,
    "WARC-GZIP-CORRUPT": _E,
    "WARC-GZIP-MEMBER-BOUNDARY": _R,  # readers that seek to a member start find no record
    "WARC-GZIP-MULTI-RECORD-MEMBER": _D,
    "WARC-GZIP-TRUNCATED": _E,
    "WARC-HEADER-FOLDED": _D,
    "WARC-HEADER-SYNTAX": _R,
    "WARC-HTTP-HEADER-INCOMPLETE": _N,
    "WARC-ID-FIELD-INVALID": _R,
    "WARC-IP-ADDRESS-INVALID": _R,
    "WARC-LIMIT-EXCEEDED": _S,
    "WARC-NOT-WARC": _R,
    "WARC-PAYLOAD-DIGEST-MISMATCH": _E,
    "WARC-PAYLOAD-DIGEST-NOT-ALLOWED": _D,
    "WARC-PROFILE-UNKNOWN": _N,
    "WARC-RECORD-END-INCOMPLETE": _D,
    "WARC-RECORD-END-SHORT": _D,  # Heritrix 3 before 2014 on empty blocks: the record's end is certain
    "WARC-RECORD-ID-DUPLICATE": _A,
    "WARC-RECORD-ID-INVALID": _R,
    "WARC-RECORD-ID-NOT-UUID": _D,
    "WARC-RECORD-ID-REPEATED": _D,
    "WARC-SEGMENT-NUMBER-INVALID": _R,
    "WARC-TARGET-URI-INVALID": _R,
    "WARC-TARGET-URI-MALFORMED": _D,
    "WARC-TRAILING-GARBAGE": _R,
    "WARC-TRUNCATED": _E,
    "WARC-TYPE-UNKNOWN": _N,
    "WARC-UNREADABLE": _U,
    "WARC-VERSION-INVALID": _R,
    "WARC-VERSION-OLD": _D,
    "WARC-WARCINFO-CONTENT-TYPE": _D,
}

_OCFL_CODE: Final = re.compile(r"[EW][0-9]{3}")


def basis_of(code: str) -> Basis | None:
    """The basis of ``code``; None when it has none yet (a code registered without an entry in :data:`BASIS`)."""
    if _OCFL_CODE.fullmatch(code):
        return Basis.SPEC_CLASSED
    return BASIS.get(code)


def policy_severity(code: str) -> Severity | None:
    """The severity the policy gives ``code``; None when it has no basis."""
    basis = basis_of(code)
    if basis is None:
        return None
    if basis is Basis.SPEC_CLASSED:
        return Severity.ERROR if code.startswith("E") else Severity.WARNING
    return basis.severity


@dataclass(frozen=True)
class Mismatch:
    """A code whose registered severity the policy does not explain."""

    code: str
    registered: Severity | None  # None: the table names a code that is not registered
    basis: Basis | None  # None: the code has no basis
    expected: Severity | None

    def __str__(self) -> str:
        if self.basis is None:
            return f"{self.code}: registered as {self.registered}, but has no basis"
        if self.registered is None:
            return f"{self.code}: has basis {self.basis}, but is not registered"
        return f"{self.code}: registered as {self.registered}, but its basis {self.basis} makes it {self.expected}"


#: Codes no longer reported, each with the code that took its place and why. A code keeps its meaning for
#: good, so a rule whose severity the policy changed got a new code; the old one is listed here, never
#: registered again, so that a report or log that carries it can still be looked up.
RETIRED: Final[dict[str, str]] = {
    "BAG-FAST-NO-OXUM": (
        "BAG-FAST-UNCHECKED, an error: with --fast and no Payload-Oxum nothing of the payload is checked, "
        "and a bag that was not judged must not pass as valid"
    ),
    "BAG-TAGMANIFEST-LISTS-PAYLOAD": (
        "BAG-TAGMANIFEST-PAYLOAD-ENTRY, a warning: the payload manifests still list and verify the file"
    ),
    "BAG-TAGMANIFEST-LISTS-TAGMANIFEST": (
        "BAG-TAGMANIFEST-TAGMANIFEST-ENTRY, a warning: the entry is not used and nothing depends on it"
    ),
}


def mismatches(registry: Mapping[str, CodeInfo], *, stale: bool = False) -> list[Mismatch]:
    """Codes of ``registry`` without a basis, or whose severity is not the one their basis gives.

    With ``stale``, also entries of :data:`BASIS` for codes ``registry`` does not hold, which happens when a
    code was renamed or removed (or its module was not imported).
    """
    found: list[Mismatch] = []
    for code in sorted(registry):
        registered = registry[code].severity
        basis = basis_of(code)
        expected = policy_severity(code)
        if basis is None or expected != registered:
            found.append(Mismatch(code, registered, basis, expected))
    if stale:
        found += [
            Mismatch(code, None, BASIS[code], BASIS[code].severity)
            for code in sorted(BASIS.keys() - registry.keys())
        ]
    return found
