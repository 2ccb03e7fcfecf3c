"""The validation codes of the BagIt rules (RFC 8493, BagIt 0.93 to 0.97), each with the section it
enforces, and :func:`sink`, the collector every rule module reports through.

Why one module: the rules are split by the tag file they read (:mod:`.declaration`, :mod:`.manifests`,
:mod:`.baginfo`), but a code is a promise to users (``docs/validation-codes.md`` is generated from the
registry), so they are declared in one place, where their sections and severities can be read together.
The codes of reading files and archives are in :mod:`archiver.formats.bagit.readers.codes`.
"""

from __future__ import annotations

from archiver.validation.findings import CodeInfo, Collector, Severity, register

__all__ = ["CODES", "MAX_CODE_FINDINGS", "MAX_LINE_FINDINGS", "sink"]

#: Per file and code, at most this many line-level findings; then one that counts the rest.
MAX_LINE_FINDINGS = 50
#: Findings of one code listed one by one in a bag's report; the rest are counted in a last one.
MAX_CODE_FINDINGS = 10_000

S211 = "RFC 8493 §2.1.1"
S212 = "RFC 8493 §2.1.2"
S213 = "RFC 8493 §2.1.3"
S221 = "RFC 8493 §2.2.1"
S222 = "RFC 8493 §2.2.2"
S223 = "RFC 8493 §2.2.3"
S23 = "RFC 8493 §2.3"
S24 = "RFC 8493 §2.4"
S3 = "RFC 8493 §3"
S51 = "RFC 8493 §5.1"
S6113 = "RFC 8493 §6.1.1.3"

_E, _W = Severity.ERROR, Severity.WARNING

CODES = register(
    # bagit.txt
    CodeInfo("BAG-DECLARATION-MISSING", _E, S211, "The bag has no bagit.txt."),
    CodeInfo(
        "BAG-DECLARATION-BOM",
        _E,
        S211,
        "bagit.txt begins with a byte-order mark (in a 0.93 to 0.95 bag: BAG-TAGFILE-BOM-LEGACY).",
    ),
    CodeInfo("BAG-DECLARATION-NOT-UTF8", _E, S211, "bagit.txt is not valid UTF-8."),
    CodeInfo(
        "BAG-DECLARATION-FORMAT",
        _E,
        S211,
        "bagit.txt is not exactly the two lines 'BagIt-Version: M.N' and 'Tag-File-Character-Encoding: ENC'.",
    ),
    CodeInfo(
        "BAG-DECLARATION-WHITESPACE",
        _W,
        S211,
        "A bagit.txt line has whitespace before its colon, or not exactly one space after it (bagit-java 5 "
        "writes 'BagIt-Version : 0.97'); the label and value are read without doubt.",
    ),
    CodeInfo(
        "BAG-DECLARATION-LABEL-CASE",
        _W,
        S211,
        "A bagit.txt label differs from the RFC's spelling only in case (the RFC's own example does this).",
    ),
    CodeInfo("BAG-VERSION-UNKNOWN", _E, S211, "BagIt-Version is not one of 0.93 to 0.97 or 1.0."),
    CodeInfo("BAG-ENCODING-UNKNOWN", _E, S211, "Tag-File-Character-Encoding names no known text encoding."),
    CodeInfo("BAG-ENCODING-NOT-UTF8", _W, S211, "Tag files are declared in an encoding other than UTF-8."),
    # structure
    CodeInfo("BAG-PAYLOAD-DIR-MISSING", _E, S212, "The bag has no data/ folder."),
    # text tag files
    CodeInfo(
        "BAG-TAGFILE-BOM",
        _E,
        S23,
        "A UTF-8 tag file begins with a byte-order mark (in a 0.93 to 0.95 bag: BAG-TAGFILE-BOM-LEGACY).",
    ),
    CodeInfo(
        "BAG-TAGFILE-BOM-LEGACY",
        _W,
        "BagIt 0.97 §2.1.1, §2.3 (draft-kunze-bagit-14, as 0.96); no rule in drafts -00 to -02 §2",
        "BagIt 0.93 to 0.95 bag: bagit.txt or a UTF-8 tag file begins with a byte-order mark; ignored.",
    ),
    CodeInfo("BAG-TAGFILE-DECODE", _E, S23, "A tag file is not valid in the encoding bagit.txt declares."),
    CodeInfo("BAG-TAGFILE-NO-FINAL-NEWLINE", _W, S23, "The last line of a tag file has no line ending."),
    CodeInfo(
        "BAG-TAGFILE-BLANK-LINE", _W, "RFC 8493 §7", "A manifest, bag-info.txt or fetch.txt has blank lines."
    ),
    CodeInfo(
        "BAG-TAGFILE-LINE-TOO-LONG",
        _E,
        S51,
        "A tag-file line is longer than 1 MiB; the rest of that file was not read.",
    ),
    CodeInfo(
        "BAG-TAGFILE-TOO-LARGE", _E, S51, "A tag file to parse is larger than 256 MiB; it was not read."
    ),
    # payload manifests
    CodeInfo("BAG-MANIFEST-MISSING", _E, S213, "The bag has no payload manifest (manifest-<algorithm>.txt)."),
    CodeInfo(
        "BAG-ALGORITHM-NAME",
        _E,
        S24,
        "A manifest's algorithm name is not lowercase letters and digits (e.g. sha3_256 for sha3256).",
    ),
    CodeInfo("BAG-ALGORITHM-UNKNOWN", _W, S24, "A manifest uses an algorithm this tool cannot compute."),
    CodeInfo(
        "BAG-NO-VERIFIABLE-MANIFEST",
        _E,
        S3,
        "No payload manifest uses an algorithm this tool can compute, so no checksum could be verified.",
    ),
    CodeInfo("BAG-MANIFEST-LINE", _E, S213, "A manifest line is not 'checksum whitespace filepath'."),
    CodeInfo(
        "BAG-MANIFEST-CHECKSUM-FORMAT",
        _E,
        S213,
        "A manifest checksum is not hexadecimal, or not as long as its algorithm's digests.",
    ),
    CodeInfo(
        "BAG-MANIFEST-MD5SUM-STYLE",
        _W,
        "RFC 8493 §6.1.3",
        "A manifest has md5sum binary-mode lines ('*path'): read without the '*' (0.96 and 0.97 allow it).",
    ),
    CodeInfo(
        "BAG-MANIFEST-DUPLICATE",
        _E,
        S213,
        "A manifest lists the same path more than once (in a 0.93 to 0.97 bag: with different checksums).",
    ),
    CodeInfo(
        "BAG-MANIFEST-DUPLICATE-SAME",
        _W,
        "BagIt 0.97 §2.1.3 (draft-kunze-bagit-14; 0.93 to 0.96 alike); RFC 8493 §2.1.3 ('exactly once')",
        "BagIt 0.93 to 0.97 bag: a manifest lists the same path again with the same checksum.",
    ),
    CodeInfo("BAG-MANIFEST-OUTSIDE-PAYLOAD", _E, S213, "A payload manifest lists a path outside data/."),
    CodeInfo("BAG-MANIFEST-DIRECTORY", _E, S213, "A manifest lists a folder."),
    CodeInfo("BAG-PAYLOAD-MISSING", _E, S3, "A payload manifest lists a file that is not in the bag."),
    CodeInfo("BAG-PAYLOAD-UNLISTED", _E, S213, "A payload file is not listed in every payload manifest."),
    CodeInfo(
        "BAG-PAYLOAD-UNLISTED-LEGACY",
        _W,
        S3,
        "BagIt 0.95 to 0.97 bag: a payload file is missing from some payload manifests (another lists it).",
    ),
    CodeInfo("BAG-MANIFEST-CHECKSUM", _E, S3, "A payload file's checksum differs from its manifest's."),
    CodeInfo(
        "BAG-PATH-UNSAFE",
        _E,
        S51,
        "A manifest or fetch.txt path could reach outside the bag (.., absolute, ~, drive letter, \\, NUL).",
    ),
    CodeInfo(
        "BAG-PATH-NONCANONICAL",
        _E,
        S213,
        "A manifest or fetch.txt path has empty or '.' segments (before 1.0: only one ending in '/').",
    ),
    CodeInfo(
        "BAG-PATH-NONCANONICAL-LEGACY",
        _W,
        "BagIt 0.97 §2.1.3 (draft-kunze-bagit-14; 0.93 to 0.96 alike); RFC 8493 §2.1.3, §7",
        "BagIt 0.93 to 0.97 bag: a path has './' or empty segments; read as the file it names (e.g. data/a).",
    ),
    CodeInfo(
        "BAG-PATH-PERCENT",
        _W,
        S213,
        "A 1.0 path has a '%' that does not start %25, %0D or %0A; it was taken literally.",
    ),
    # names
    CodeInfo("BAG-NAME-CASE-CLASH", _W, S6113, "Two names in the bag differ only in case."),
    CodeInfo(
        "BAG-NAME-NORMALIZATION-CLASH",
        _W,
        S6113,
        "Two names in the bag differ only in Unicode normalisation.",
    ),
    CodeInfo(
        "BAG-NAME-NORMALIZATION-MISMATCH",
        _W,
        S6113,
        "A manifest names a file in another Unicode normalisation form than the bag; matched anyway.",
    ),
    # tag manifests
    CodeInfo(
        "BAG-TAGMANIFEST-MISSING-MANIFEST",
        _E,
        S221,
        "A tag manifest does not list every payload manifest (a 1.0 rule).",
    ),
    CodeInfo(
        "BAG-TAGMANIFEST-TAGMANIFEST-ENTRY",
        _W,
        S221,
        "A 1.0 tag manifest lists a tag manifest; the entry is not used (nothing depends on it).",
    ),
    CodeInfo(
        "BAG-TAGMANIFEST-PAYLOAD-ENTRY",
        _W,
        S221,
        "A tag manifest lists a payload file (data/...); the payload manifests verify that file, this entry "
        "is not used.",
    ),
    CodeInfo("BAG-TAG-FILE-MISSING", _E, S3, "A tag manifest lists a file that is not in the bag."),
    CodeInfo(
        "BAG-TAG-FILE-UNLISTED",
        _W,
        S221,
        "A tag file is not listed in every tag manifest (a 1.0 rule: 0.97 §3 lets tag files go unlisted).",
    ),
    CodeInfo("BAG-TAGMANIFEST-CHECKSUM", _E, S3, "A tag file's checksum differs from its tag manifest's."),
    # bag-info.txt
    CodeInfo(
        "BAG-INFO-LINE",
        _E,
        S222,
        "A bag-info.txt line has no ':' or an empty label, or is a continuation with nothing to continue.",
    ),
    CodeInfo(
        "BAG-INFO-WHITESPACE",
        _W,
        S222,
        "A 1.0 bag-info.txt line has whitespace around its label or none after the colon ('Label : value', "
        "as bagit-java 5 writes); read with the whitespace trimmed.",
    ),
    CodeInfo("BAG-OXUM-FORMAT", _E, S222, "Payload-Oxum is not 'OctetCount.StreamCount'."),
    CodeInfo(
        "BAG-OXUM-REPEATED",
        _E,
        S222,
        "Payload-Oxum appears more than once (in a 0.93 to 0.97 bag: with different values).",
    ),
    CodeInfo("BAG-OXUM-MISMATCH", _E, S222, "Payload-Oxum differs from the payload's byte and file counts."),
    CodeInfo("BAG-INFO-BAGGING-DATE", _W, S222, "Bagging-Date is not a date of the form YYYY-MM-DD."),
    CodeInfo(
        "BAG-INFO-REPEATED",
        _W,
        S222,
        "Bagging-Date, Bag-Size, Bag-Group-Identifier or Bag-Count appears more than once (a 1.0 rule).",
    ),
    CodeInfo(
        "BAG-FAST-UNCHECKED",
        _E,
        S222,
        "Fast validation asked for, but bag-info.txt has no Payload-Oxum: nothing of the payload was checked, "
        "so the bag was not judged (validate without --fast).",
    ),
    # fetch.txt
    CodeInfo("BAG-FETCH-LINE", _E, S223, "A fetch.txt line is not 'url length filepath'."),
    CodeInfo("BAG-FETCH-URL", _E, S223, "A fetch.txt URL is not an absolute URI."),
    CodeInfo("BAG-FETCH-LENGTH", _E, S223, "A fetch.txt length is neither digits nor '-'."),
    CodeInfo("BAG-FETCH-OUTSIDE-PAYLOAD", _E, S223, "fetch.txt lists a path outside data/ (a tag file)."),
    CodeInfo(
        "BAG-FETCH-NOT-IN-MANIFEST", _E, S223, "A fetch.txt file is not listed in every payload manifest."
    ),
    CodeInfo(
        "BAG-FETCH-UNFETCHED",
        _E,
        S3,
        "A file listed in fetch.txt is not in the bag yet: the bag is not complete until it is fetched.",
    ),
)


def sink() -> Collector:
    """The collector every BagIt rule reports through: line-level findings capped per (file, code), and any
    code at MAX_CODE_FINDINGS, so a manifest of a million lines naming missing files gives ten thousand
    findings and a count, not a million."""
    return Collector(MAX_CODE_FINDINGS, per_line=MAX_LINE_FINDINGS)
