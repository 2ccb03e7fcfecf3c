"""Tag values given on the command line: ``--tag FILE:Label=Value`` and ``--bag-info Label=Value``.

A receiver's profile asks for tags archiver cannot know (APTrust's ``Access`` and ``Storage-Option``, a
``Bag-Group-Identifier``); the archivist gives them as options. The grammar, written once here:

* ``--bag-info Label=Value`` is ``--tag bag-info.txt:Label=Value``.
* The first ``=`` ends the label, so a value may hold ``=`` and ``:`` (URLs do); a label cannot hold ``=``.
* In ``FILE:Label``, the last ``:`` ends the file name: an RFC 8493 label never holds a colon (section 2.2.2).
* Spaces around the label and the value are dropped (``--bag-info "Contact-Name = A. Person"``): readers
  strip them anyway, so they could not be kept.
* A label or value with a line break is refused, not folded: readers disagree on folded values, so a folded
  value would not read back as written (the reason :func:`archiver.formats.bagit.writer.format_bag_info` refuses them too).
* FILE is a tag file path as :func:`archiver.profiles.model.tag_file_problem` allows: relative, inside the
  bag, outside ``data/``, not a manifest. ``bagit.txt`` is refused: RFC 8493 section 2.1.1 fixes it.

Whether a tag is wanted, and whether its value is allowed, is the profile's to say
(:mod:`archiver.profiles.plan`); here only the shape is checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from archiver.errors import UsageError
from archiver.profiles.model import BAG_INFO, BAGIT_TXT, tag_file_problem

__all__ = [
    "TagValue",
    "format_tag_option",
    "parse_bag_info_option",
    "parse_tag_option",
    "parse_tag_options",
    "with_defaults",
]

#: Characters that end a line for some reader (RFC 8493 2.3's CR and LF, and what str.splitlines takes).
_LINE_BREAKS: Final = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00")


@dataclass(frozen=True)
class TagValue:
    """One tag to write: ``label: value`` in ``tag_file``, and the option text it came from."""

    tag_file: str
    label: str
    value: str
    option: str  # e.g. "--tag aptrust-info.txt:Access=Institution", for messages

    def same_tag(self, tag_file: str, label: str) -> bool:
        """Labels compare case-insensitively (RFC 8493 section 2.2.2); file paths exactly."""
        return self.tag_file == tag_file and self.label.casefold() == label.casefold()


def parse_tag_option(text: str) -> TagValue:
    """``FILE:Label=Value`` (the ``--tag`` option) as a TagValue; UsageError ``TAG_OPTION_INVALID`` else."""
    option = f"--tag {text}"
    head, eq, value = text.partition("=")
    if not eq:
        raise _invalid(option, "no '=' between the label and the value", "--tag FILE:Label=Value")
    tag_file, colon, label = head.rpartition(":")
    if not colon:
        raise _invalid(
            option,
            "no ':' between the tag file and the label",
            "--tag FILE:Label=Value, e.g. --tag aptrust-info.txt:Access=Institution",
        )
    tag_file = tag_file.strip()
    problem = tag_file_problem(tag_file)
    if problem is None and tag_file == BAGIT_TXT:
        problem = "bagit.txt is fixed by RFC 8493 section 2.1.1 and written by archiver"
    if problem is not None:
        raise _invalid(option, problem, "name a tag file such as aptrust-info.txt or bag-info.txt")
    return _checked(tag_file, label, value, option)


def parse_bag_info_option(text: str) -> TagValue:
    """``Label=Value`` (the ``--bag-info`` option) as a TagValue for bag-info.txt."""
    option = f"--bag-info {text}"
    label, eq, value = text.partition("=")
    if not eq:
        raise _invalid(option, "no '=' between the label and the value", "--bag-info Label=Value")
    return _checked(BAG_INFO, label, value, option)


def parse_tag_options(tags: Iterable[str] = (), bag_info: Iterable[str] = ()) -> tuple[TagValue, ...]:
    """Every ``--bag-info`` then every ``--tag``, each in the order given (repeats are kept: a profile
    says whether a label may repeat)."""
    return (*(parse_bag_info_option(t) for t in bag_info), *(parse_tag_option(t) for t in tags))


def with_defaults(given: Iterable[TagValue], defaults: Iterable[TagValue]) -> tuple[TagValue, ...]:
    """The values given, then each default (from the config) that sets a tag none of them sets: an option
    always overrides the config for the same tag."""
    given = tuple(given)
    kept = [d for d in defaults if not any(g.same_tag(d.tag_file, d.label) for g in given)]
    return (*kept, *given)


def format_tag_option(value: TagValue) -> str:
    """The ``--tag`` text that :func:`parse_tag_option` reads back as ``value``."""
    return f"{value.tag_file}:{value.label}={value.value}"


def _checked(tag_file: str, label: str, value: str, option: str) -> TagValue:
    label, value = label.strip(), value.strip()
    if not label:
        raise _invalid(option, "the label is empty", "Label=Value")
    if ":" in label or not _LINE_BREAKS.isdisjoint(label):
        raise _invalid(
            option, f"{label!r} cannot be a tag label (RFC 8493 section 2.2.2: no colon, no line break)"
        )
    if not _LINE_BREAKS.isdisjoint(value):
        raise _invalid(option, "the value holds a line break; give it on one line")
    try:
        value.encode("utf-8")
        label.encode("utf-8")
    except UnicodeEncodeError:
        raise _invalid(option, "the label or value is not valid Unicode") from None
    return TagValue(tag_file, label, value, option)


def _invalid(option: str, why: str, form: str | None = None) -> UsageError:
    return UsageError(
        "TAG_OPTION_INVALID",
        f"{option!r}: {why}",
        hint=f"write {form}" if form else "write --tag FILE:Label=Value or --bag-info Label=Value",
    )
