"""The text conventions of BagIt tag files that the writer and every reader share: manifest paths
percent-encoded (RFC 8493 §2.1.3) and ``Label: value`` lines read leniently (§2.2.2).

Why a module of its own: the writer (:mod:`.writer`), the validator (:mod:`.manifests`, :mod:`.baginfo`),
the repository and the profile checks all read or write these, and none of them should load another's
code to do it. ``decode_manifest_path`` decodes only ``%0D``, ``%0A`` and ``%25``; any other ``%`` is kept
literally.
"""

from __future__ import annotations

import re

__all__ = ["decode_manifest_path", "encode_manifest_path", "manifest_pairs", "parse_tag_fields"]

# RFC 8493 section 2.1.3: CR, LF and "%" (and only those) are percent-encoded in manifest paths. Encoding
# and decoding are each one pass, so "%250A" decodes to "%0A", never to a line feed.
_ENCODE = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
_DECODE_RE = re.compile(r"%(25|0[dD]|0[aA])")
_DECODED = {"25": "%", "0d": "\r", "0a": "\n"}


def encode_manifest_path(path: str) -> str:
    """Percent-encode CR, LF and ``%``, and nothing else (RFC 8493 sections 2.1.3 and 2.2.3).

    ``%`` must be encoded too, or a file really named ``a%0Ab.txt`` could not be told from ``a<LF>b.txt``.
    """
    return path.translate(_ENCODE)


def decode_manifest_path(encoded: str) -> str:
    """Undo :func:`encode_manifest_path`; the hex digits may be upper or lower case (RFC 3986 2.1).

    Any other ``%`` is kept as it is: a conforming writer never leaves one, and bags from writers that do
    not encode ``%`` (bagit-python, 0.97 bags) then still resolve names such as ``100%.txt``.
    """
    return _DECODE_RE.sub(lambda m: _DECODED[m.group(1).lower()], encoded)


def manifest_pairs(text: str) -> list[tuple[str, str]]:
    """``(checksum, path as written)`` of each manifest line that has both, split at the first run of
    whitespace (RFC 8493 §2.1.3).

    Lenient on purpose, like :func:`parse_tag_fields`: for a bag the validator has passed, or whose
    manifests it judges (:func:`archiver.formats.bagit.manifests.parse_manifest` holds the rules).
    """
    pairs = []
    for line in text.splitlines():
        parts = line.strip().split(None, 1)
        if len(parts) == 2:
            pairs.append((parts[0], parts[1]))
    return pairs


def parse_tag_fields(text: str) -> list[tuple[str, str]]:
    """``Label: value`` lines of a tag file (RFC 8493 §2.2.2) in file order, continuation lines folded in.

    Lenient on purpose, for reading what a bag says about itself (its identifier, its dates); whether the
    file is well formed is the validator's business.
    """
    fields: list[tuple[str, str]] = []
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and fields:
            label, value = fields[-1]
            fields[-1] = (label, f"{value} {line.strip()}")
        elif ":" in line:
            label, _, value = line.partition(":")
            fields.append((label.strip(), value.strip()))
    return fields
