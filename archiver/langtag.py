"""The grammar of language tags (BCP 47, RFC 5646 section 2.1), written once.

The metadata schema's ``language.code`` pattern and the readers that take a declared language from a source
(``<html lang>``, ``Content-Language``, JSON-LD ``inLanguage``) share it, so a tag a reader accepts is always
one the schema accepts. The pattern is ECMA-262 compatible (no flags, no lookaround) because it is published
in the JSON Schema, and it checks well-formedness only: tags are not looked up in the IANA registry.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["BCP47_PATTERN", "BCP47_RE", "IRREGULAR_TAGS"]


def _any_case(literal: str) -> str:
    """A pattern matching ``literal`` (letters and hyphens) in any letter case: JSON Schema patterns
    (ECMA-262) have no flags. A hyphen stays bare: ``\\-`` is a syntax error under ECMA-262's ``u`` flag."""
    assert all(c.isascii() and (c.isalpha() or c == "-") for c in literal), literal
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in literal)


#: RFC 5646 section 2.1, ``langtag``: language (2-3 letters with up to three extlangs, or 4-8 letters),
#: script, region, variants, extensions (a singleton other than x, then 2-8 alphanumerics) and private use.
_LANGTAG = (
    r"(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
    r"(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*"
    r"(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"
)
#: RFC 5646 section 2.1, ``privateuse`` as a whole tag.
_PRIVATEUSE = r"[Xx](?:-[A-Za-z0-9]{1,8})+"
#: RFC 5646 section 2.1, ``irregular``: the grandfathered tags outside the langtag grammar (the ``regular``
#: ones, such as zh-min-nan, already match it).
IRREGULAR_TAGS: Final = (
    "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
    "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
)  # fmt: skip
#: Every tag RFC 5646's grammar allows (``Language-Tag``), in any case; well-formed, not checked against the
#: IANA registry. Schema 1.0.0 had a narrower shape that refused extlangs (``de-ere``) and extensions.
BCP47_PATTERN: Final = f"^(?:{_LANGTAG}|{_PRIVATEUSE}|{'|'.join(_any_case(tag) for tag in IRREGULAR_TAGS)})$"

BCP47_RE: Final = re.compile(BCP47_PATTERN)
