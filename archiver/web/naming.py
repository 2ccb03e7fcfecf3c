"""The name a captured page is stored under in its bag (``data/original/NAME``): from its URL.

An archivist opening a bag expects ``story.html`` for ``https://example.org/news/story.html``, not a
generated name. The name is also the metadata's ``original.filename``, and it must be a valid file name
wherever the bag is copied, so it is made safe, not merely taken:

* the URL's last path segment, percent-decoded; ``index`` for a path ending in ``/`` (or empty), ``page``
  for a segment with nothing left once made safe (a name in a script without Latin letters);
* letters with accents written without them (``café`` -> ``cafe``), and anything but ASCII letters, digits,
  ``.``, ``-`` and ``_`` replaced by ``_``: no character any file system refuses or changes (Windows
  refuses ``<>:"/\\|?*``; macOS stores accented letters decomposed, which would break the manifest);
* no leading dot (a hidden file), no trailing dot or space (Windows drops them), none of the names Windows
  reserves (``CON``, ``NUL``, ``COM1``, ... whatever the extension): those get a leading ``_``;
* the extension kept when it is one of the page's media type (``.html``, ``.htm`` for text/html), else the
  media type's own added (``article.php`` -> ``article.php.html``, ``12345`` -> ``12345.html``), so the
  file opens as what it is;
* at most :data:`MAX_NAME` characters, and unique in its folder (``-2``, ``-3``, ... before the extension,
  compared without regard to case, as Windows and macOS do).

The same URL and media type always give the same name (reproducible bags).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from urllib.parse import unquote, urlsplit

__all__ = ["original_name"]

#: The longest name made: far below every file system's limit, with room for the folders above it.
MAX_NAME = 100

#: Per media type, the extensions a page of that type may keep; the first is added when it has none.
EXTENSIONS = {
    "text/html": (".html", ".htm", ".shtml"),
    "application/xhtml+xml": (".xhtml", ".xht", ".html", ".htm"),
}
DEFAULT_EXTENSIONS = EXTENSIONS["text/html"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,10}$")
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
)


def original_name(url: str, media_type: str | None, taken: Collection[str] = ()) -> str:
    """The file name for the page fetched from ``url`` with ``media_type`` (see the module docstring),
    not one of ``taken`` (the names already in its folder)."""
    extensions = EXTENSIONS.get((media_type or "").lower(), DEFAULT_EXTENSIONS)
    segment = urlsplit(url).path.rpartition("/")[2]
    name = safe_name(unquote(segment, errors="replace"))
    found = _EXTENSION.search(name)
    if found is not None and found.group().lower() in extensions:
        stem, extension = name[: found.start()], found.group()
    else:
        stem, extension = name, extensions[0]
    fallback = "page" if segment else "index"  # a name with nothing safe left in it, or a folder's URL
    stem = (stem or fallback)[: MAX_NAME - len(extension) - 4].rstrip("._-") or fallback
    if stem.partition(".")[0].lower() in _WINDOWS_RESERVED:
        stem = "_" + stem
    return unique_name(stem, extension, taken)


def safe_name(text: str) -> str:
    """``text`` in ASCII letters, digits, ``.``, ``-`` and ``_`` only, without a leading or trailing dot."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _UNSAFE.sub("_", ascii_text).strip("._")


def unique_name(stem: str, extension: str, taken: Collection[str]) -> str:
    """``stem + extension``, or ``stem-2 + extension`` and on, whichever ``taken`` does not hold (in any
    case)."""
    used = {name.lower() for name in taken}
    name, number = stem + extension, 1
    while name.lower() in used:
        number += 1
        name = f"{stem}-{number}{extension}"
    return name
