"""Dates as sources write them, turned into datetimes without inventing what the source did not say.

Policy (the metadata depends on it):

* An ISO 8601 date-time with ``Z`` or an offset becomes a timezone-aware datetime.
* An ISO 8601 date-time without an offset stays *naive*: the source did not say which zone it meant, and
  guessing UTC could move the article to another day.
* A date without a time (``2017-09-05``) becomes a naive datetime at 00:00, with a ``DATE_WITHOUT_TIME``
  warning so later stages know the time of day is not real.
* RFC 2822 dates (``Tue, 05 Sep 2017 10:00:00 GMT``), seen in older ``<meta>`` tags, are accepted too.
* Anything else yields no datetime and a ``DATE_UNPARSEABLE`` warning; reading never fails on a bad date.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from archiver.article import ReadWarning

__all__ = ["parse_date"]

_DATE_ONLY_RE = re.compile(r"\d{4}-?(?:\d{2}-?\d{2}|W\d{2}-?\d|\d{3})")
_SPACE_BEFORE_OFFSET_RE = re.compile(r"(\d)\s+([+-]\d{2}:?\d{2}|Z)$")
#: How much of a bad value to quote back in a warning.
_QUOTE_LIMIT = 60


def _quote(value: str) -> str:
    return value if len(value) <= _QUOTE_LIMIT else value[:_QUOTE_LIMIT] + "…"


def _parse_iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(_SPACE_BEFORE_OFFSET_RE.sub(r"\1\2", value))
    except ValueError:
        return None


def _parse_rfc2822(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def parse_date(value: str | None, *, field: str) -> tuple[datetime | None, tuple[ReadWarning, ...]]:
    """Parse one date value found in a source; ``field`` names it in warnings (e.g. "datePublished").

    Returns the datetime (or None) and the warnings met. A missing or blank value is simply absent: no
    warning, since most sources leave some dates out.
    """
    if value is None or not value.strip():
        return None, ()
    text = value.strip()
    if _DATE_ONLY_RE.fullmatch(text):
        parsed = _parse_iso(text)
        if parsed is not None:
            warning = ReadWarning(
                "DATE_WITHOUT_TIME", f"{field} {text!r} gives no time of day; read as 00:00 in no time zone"
            )
            return parsed, (warning,)
    parsed = _parse_iso(text) or _parse_rfc2822(text)
    if parsed is None:
        return None, (ReadWarning("DATE_UNPARSEABLE", f"{field} {_quote(text)!r} is not a date we can read"),)
    return parsed, ()
