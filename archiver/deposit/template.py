"""The target's Atom template: XML that a repository requires beyond Dublin Core, filled from the metadata.

Servers want fields of their own in the Atom entry (Software Heritage: ``codemeta:`` terms and
``swh:deposit/swh:create_origin``, whose URL must start with the client's provider URL). Writing those is
configuration, not code: the target's ``atom_template`` is an XML fragment placed inside ``atom:entry``,
with ``{field}`` placeholders and ``{a|b}`` for "a, else b". Values are XML-escaped where they are put in, so
a title with ``<`` or ``"`` cannot break the document. ``{{`` and ``}}`` are literal braces.

A placeholder naming no known field is a config error, found when the config is read; a field the bag's
metadata does not have (and no fallback has either) is an error for that bag, before anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from xml.sax.saxutils import escape

__all__ = ["MissingValue", "TemplateError", "fill", "placeholders"]

#: What a template may use, and what each holds.
FIELDS: Mapping[str, str] = {
    "identifier": "the bag's identifier (External-Identifier, e.g. urn:uuid:...)",
    "uuid": "the identifier without 'urn:uuid:' (only for urn:uuid identifiers)",
    "title": "the article's headline",
    "description": "the source's summary",
    "publisher": "the news outlet",
    "author": "the first author",
    "authors": "all authors, separated by '; '",
    "creator": "the authors, else the publisher, else the archive (Source-Organization)",
    "language": "BCP 47 language tag",
    "published": "publication time, ISO 8601 UTC",
    "modified": "last modification, ISO 8601 UTC",
    "captured": "capture time, ISO 8601 UTC",
    "date": "publication time, else capture time (ISO 8601 UTC)",
    "source_url": "the URL the article was published at",
    "rights": "the rights statement",
    "subjects": "subjects, separated by '; '",
    "item_type": "text, audio, video, picture, graphic or composite",
    "organization": "the archive (Source-Organization in bag-info.txt)",
    "bag_name": "the bag folder's name",
    "package_name": "the file name the package is sent under",
}

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


class TemplateError(ValueError):
    """The template itself is wrong: an unknown field, a stray brace."""


class MissingValue(LookupError):
    """The bag's metadata lacks a value the template needs."""

    def __init__(self, alternatives: list[str]) -> None:
        super().__init__("|".join(alternatives))
        self.alternatives = alternatives


def placeholders(template: str) -> list[list[str]]:
    """Each placeholder's alternatives, in order; raises TemplateError for unknown fields or stray braces."""
    found: list[list[str]] = []
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        _check_plain(template[position : match.start()])
        position = match.end()
        if match.group(1) is None:
            continue
        names = [n.strip() for n in match.group(1).split("|")]
        unknown = [n for n in names if n not in FIELDS]
        if unknown:
            raise TemplateError(
                f"unknown template field {{{unknown[0]}}}; known: {', '.join(sorted(FIELDS))}"
            )
        found.append(names)
    _check_plain(template[position:])
    return found


def _check_plain(text: str) -> None:
    if "{" in text or "}" in text:
        raise TemplateError("a lone '{' or '}' in the template (write '{{' or '}}' for a literal brace)")


def fill(template: str, values: Mapping[str, str | None]) -> str:
    """The template with every placeholder replaced by its XML-escaped value; raises MissingValue."""
    placeholders(template)

    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "{{":
            return "{"
        if match.group(0) == "}}":
            return "}"
        names = [n.strip() for n in match.group(1).split("|")]
        for name in names:
            value = values.get(name)
            if value:
                return escape(value, {'"': "&quot;", "'": "&apos;"})
        raise MissingValue(names)

    return _PLACEHOLDER.sub(replace, template)
