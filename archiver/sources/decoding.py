"""Turn an article's bytes into text, or say precisely why they cannot be.

The bytes themselves are preserved untouched elsewhere; decoding only feeds the parsed view. So the aim here
is to read what the author wrote and to record how we read it (codec, byte-order mark, line endings), never
to paper over damage silently.

Order of attempts, first success wins:

1. a byte-order mark (UTF-32, UTF-16, UTF-8) — it states the encoding outright;
2. strict UTF-8 — the overwhelmingly common case, and ASCII is a subset;
3. if the bytes *look like* UTF-8 with some damage (see below) → ``ARTICLE_ENCODING`` naming the offset, or
   for a page (``markup=True``) the damaged bytes read as U+FFFD with an ``ENCODING_BYTES_REPLACED`` warning;
4. a declared charset (an HTML ``<meta>``, or the caller's), with the WHATWG reading of Latin-1 labels;
5. windows-1252, when the result looks like Latin-script prose (few accented letters among many plain);
6. charset-normalizer, only if it is installed: good at Cyrillic, Greek and CJK legacy codecs, but poor on
   short Western text (it reads French Latin-1 as cp1250), which is why step 5 comes first;
7. windows-1252 regardless, if the bytes decode at all;
8. otherwise ``ARTICLE_ENCODING``.

Every guess (steps 5 to 7) leaves a ``ReadWarning``.

Text files and pages differ on purpose. A plain-text article has no browser that would show it anyway and no
declaration to trust, so it stays strict: a UTF-8 file with a few broken bytes is refused with the offset of
the first one, and any NUL byte means binary data. A page is what a browser shows, and a browser shows a
UTF-8 page with a few broken bytes (as U+FFFD) and ignores a stray NUL, so refusing it would lose a page
people can read. For pages:

* **Damaged UTF-8** is read with U+FFFD for each byte that belongs to no UTF-8 sequence, and a warning gives
  the count and the first offsets. The bound: the bytes must still look like UTF-8, that is the valid
  multi-byte sequences (a UTF-8 byte-order mark counts as one) account for at least as many bytes as the
  invalid ones (:func:`_looks_like_damaged_utf8`). Past that the page is not UTF-8 at all, whatever it
  declares, and is read as before: by its declared charset or windows-1252, with a warning (a page saved
  as Latin-1 under ``<meta charset=utf-8>`` reads right that way, where U+FFFD would hide every accent),
  and with a byte-order mark it is refused.
* **NUL bytes** are left out of the parsed view with a warning (count and first offsets), as long as the
  control bytes, NULs included, stay under :data:`CONTROL_SHARE_LIMIT` of the file: an image or an archive
  renamed ``.html`` is far over it and is still refused as ``ARTICLE_BINARY``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from archiver.article import MAX_ARTICLE_BYTES, LineEndings, ReadWarning, SourceFile
from archiver.errors import ArticleError

__all__ = [
    "MAX_ARTICLE_BYTES",
    "decode_article_bytes",
    "detect_line_endings",
    "html_declared_charset",
    "normalize_newlines",
    "strip_control_chars",
]

#: Share of control bytes above which a file is taken for binary data rather than damaged text.
CONTROL_SHARE_LIMIT = 0.02
#: At most this share of the letters may be non-ASCII for windows-1252 to count as a plausible reading.
LATIN_NON_ASCII_LIMIT = 0.3
#: How much decoded text the windows-1252 plausibility test looks at.
PLAUSIBILITY_SAMPLE_CHARS = 200_000
#: How far into an HTML document a charset declaration is looked for.
CHARSET_SCAN_BYTES = 4096
#: How many byte offsets a warning about replaced or ignored bytes names (the count is always given).
OFFSETS_SHOWN = 5

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than tab, LF, FF, CR and ESC (ANSI colour codes turn up in pasted terminal text), and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")

_UTF8_MULTIBYTE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Runs of bytes that decode as UTF-8 (ASCII or a complete multi-byte sequence): the gaps between them are the
# bytes a UTF-8 decoder rejects. Surrogates (\xed\xa0-\xbf) are excluded, as Python's decoder excludes them.
_UTF8_VALID_RUN_RE = re.compile(rb"(?:[\x00-\x7f]+|" + _UTF8_MULTIBYTE_RE.pattern + rb")+")
_META_CHARSET_RE = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)

#: Labels the WHATWG Encoding Standard reads as windows-1252, as browsers do.
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"})

_CANONICAL_NAMES = {
    "cp932": "windows-31j",
    "cp949": "windows-949",
    "euc_jp": "euc-jp",
    "euc_kr": "euc-kr",
    "shift_jis": "shift_jis",
    "mac-roman": "macintosh",
    "koi8-r": "koi8-r",
}


@dataclass(frozen=True)
class Decoded:
    """Text decoded from an article's bytes (byte-order mark removed) and how it was decoded."""

    text: str
    encoding: str
    has_bom: bool
    line_endings: LineEndings
    warnings: tuple[ReadWarning, ...] = ()

    def source_file(self, data: bytes, filename: str, media_type: str) -> SourceFile:
        """The original file as the Article records it: its bytes and how they were decoded."""
        return SourceFile(
            filename=filename,
            data=data,
            media_type=media_type,
            encoding=self.encoding,
            line_endings=self.line_endings,
            has_bom=self.has_bom,
        )


def canonical_encoding_name(codec: str) -> str:
    """The IANA-style name of a Python codec, as the metadata records it ("cp1252" → "windows-1252")."""
    name = codecs.lookup(codec).name
    if name in _CANONICAL_NAMES:
        return _CANONICAL_NAMES[name]
    if re.fullmatch(r"cp125\d", name):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[len("iso8859-") :]
    return name.replace("_", "-")


def detect_line_endings(text: str) -> LineEndings:
    """Which line ending the text uses: one kind, "mixed", or "none" when it has a single line."""
    crlf = text.count("\r\n")
    kinds = [
        kind
        for kind, count in (("CRLF", crlf), ("CR", text.count("\r") - crlf), ("LF", text.count("\n") - crlf))
        if count
    ]
    if not kinds:
        return "none"
    if len(kinds) > 1:
        return "mixed"
    only = kinds[0]
    return "CRLF" if only == "CRLF" else "CR" if only == "CR" else "LF"


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so readers see one kind of line break."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def strip_control_chars(text: str) -> tuple[str, int]:
    """Remove stray C0 control characters (they have no place in prose); return the text and how many."""
    cleaned, count = _CONTROL_CHARS_RE.subn("", text)
    return cleaned, count


def html_declared_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in ``<meta charset>`` or ``http-equiv`` within its head."""
    match = _META_CHARSET_RE.search(data[:CHARSET_SCAN_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def _error(code: str, message: str, filename: str, hint: str | None = None) -> ArticleError:
    return ArticleError(code, message, where=filename, hint=hint)


def _split_bom(data: bytes) -> tuple[str | None, bytes]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, data[len(bom) :]
    return None, data


def _check_size(data: bytes, filename: str) -> None:
    if len(data) > MAX_ARTICLE_BYTES:
        raise _error(
            "ARTICLE_TOO_LARGE",
            f"the file is {len(data)} bytes; articles may be at most {MAX_ARTICLE_BYTES} bytes",
            filename,
            "check that this is really a news article",
        )


def _check_not_binary_bytes(data: bytes, filename: str, *, markup: bool = False) -> None:
    """Refuse data that is not text: many control bytes (images, archives, executables), or in a text file
    any NUL byte. A page may hold a few NULs (browsers ignore them); they count among its control bytes."""
    nul = -1 if markup else data.find(b"\x00")
    if nul >= 0:
        raise _error(
            "ARTICLE_BINARY",
            f"the file holds binary data (a NUL byte at offset {nul}), not article text",
            filename,
            "give a plain-text or HTML article",
        )
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls and controls > CONTROL_SHARE_LIMIT * len(data):
        raise _error(
            "ARTICLE_BINARY",
            f"the file holds binary data ({controls} control bytes in {len(data)}), not article text",
            filename,
            "give a plain-text or HTML article",
        )


def _check_not_binary_text(text: str, filename: str, *, markup: bool = False) -> None:
    """The same test on decoded text, for encodings (UTF-16, UTF-32) whose bytes legitimately hold NULs."""
    controls = len(_CONTROL_CHARS_RE.findall(text))
    if (not markup and "\x00" in text) or (controls and controls > CONTROL_SHARE_LIMIT * len(text)):
        raise _error(
            "ARTICLE_BINARY",
            "the file holds binary data (control characters), not article text",
            filename,
            "give a plain-text or HTML article",
        )


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_damaged_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences: UTF-8 with damage, not a legacy codec.

    Latin-1 text only rarely forms a valid UTF-8 sequence by accident (an accented capital followed by a
    symbol), so if the valid sequences account for at least as many bytes as the invalid ones, the file
    was meant as UTF-8. (Every byte a UTF-8 decoder rejects is a high byte, so the invalid bytes are the
    non-ASCII bytes outside valid sequences.)
    """
    valid_bytes = sum(len(seq) for seq in _UTF8_MULTIBYTE_RE.findall(data))
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    return valid_bytes > 0 and valid_bytes >= non_ascii - valid_bytes


def _offsets_text(offsets: list[int], count: int) -> str:
    """Where, for a warning: "at offset 7", or "at offsets 7, 90, ..." naming the first OFFSETS_SHOWN."""
    shown = ", ".join(str(offset) for offset in offsets[:OFFSETS_SHOWN])
    more = ", ..." if count > OFFSETS_SHOWN else ""
    return f"at offset{'s' if count > 1 else ''} {shown}{more}"


def _decode_utf8_replacing(data: bytes) -> tuple[str, ReadWarning]:
    """Damaged UTF-8 read as a browser reads it: what the decoder rejects becomes U+FFFD (one for each
    maximal invalid sequence, the WHATWG practice); the warning says how many bytes were rejected and where
    (offsets into ``data``, the file as given)."""
    offsets: list[int] = []
    invalid = 0
    position = 0
    for run in (*_UTF8_VALID_RUN_RE.finditer(data), None):
        start, end = (run.start(), run.end()) if run is not None else (len(data), len(data))
        if start > position:  # a gap between runs of valid UTF-8: every byte in it is invalid
            offsets.extend(range(position, min(start, position + OFFSETS_SHOWN - len(offsets))))
            invalid += start - position
        position = end
    text = data.decode("utf-8", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]  # the byte-order mark: it said "UTF-8", it is not text
    plural = "s" if invalid > 1 else ""
    message = (
        f"the page is not valid UTF-8: {invalid} byte{plural} belonging to no UTF-8 sequence "
        f"({_offsets_text(offsets, invalid)}) read as U+FFFD; the original bytes are kept unchanged"
    )
    return text, ReadWarning("ENCODING_BYTES_REPLACED", message)


def _without_nuls(text: str, data: bytes, ascii_compatible: bool) -> tuple[str, ReadWarning | None]:
    """A page's text without its NUL characters, and the warning naming them (byte offsets when the codec
    keeps a NUL byte for a NUL character, as every codec but UTF-16 and UTF-32 does)."""
    count = text.count("\x00")
    if not count:
        return text, None
    where = ""
    if ascii_compatible:
        offsets: list[int] = []
        found = data.find(b"\x00")
        while found >= 0 and len(offsets) < OFFSETS_SHOWN:
            offsets.append(found)
            found = data.find(b"\x00", found + 1)
        where = f" ({_offsets_text(offsets, count)})"
    plural = "s" if count > 1 else ""
    message = (
        f"the page holds {count} NUL byte{plural}{where}, left out of the parsed view as browsers ignore "
        "them; the original bytes are kept unchanged"
    )
    return text.replace("\x00", ""), ReadWarning("NUL_BYTES_IGNORED", message)


def _utf8_error(data: bytes, exc: UnicodeDecodeError, filename: str) -> ArticleError:
    return _error(
        "ARTICLE_ENCODING",
        f"the file is not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
        f"does not belong to a UTF-8 sequence ({exc.reason})",
        filename,
        "repair or re-save the file as UTF-8; invalid bytes are never replaced silently",
    )


def _plausible_latin(text: str) -> bool:
    """Does windows-1252 output read like Latin-script prose? Accented letters are a minority there."""
    letters = [char for char in text[:PLAUSIBILITY_SAMPLE_CHARS] if char.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for char in letters if ord(char) >= 0x80)
    return non_ascii <= LATIN_NON_ASCII_LIMIT * len(letters)


def _declared_codec(declared: str) -> str | None:
    """A Python codec for a declared charset label, reading Latin-1 labels as windows-1252 like browsers."""
    label = declared.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    if label.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a document readable enough to declare it is ASCII-compatible (WHATWG rule)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _guess_with_charset_normalizer(data: bytes) -> tuple[str, str] | None:
    """Ask charset-normalizer (optional dependency) for a codec; return (codec, text) or None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    text = _try_decode(data, best.encoding)
    return (best.encoding, text) if text is not None else None


def _unknown_charset(declared: str | None) -> ReadWarning:
    return ReadWarning("ENCODING_DECLARED_UNKNOWN", f"the declared charset {declared!r} is unknown; ignored")


def _decode_declared(
    data: bytes, declared: str | None, utf8_ok: bool
) -> tuple[str | None, str | None, list[ReadWarning]]:
    """Try a declared charset; return (codec, text, warnings). Text is None when it did not apply."""
    if declared is None:
        return None, None, []
    codec = _declared_codec(declared)
    if codec is None:
        return None, None, [_unknown_charset(declared)]
    if utf8_ok:
        if codec == "utf-8" or data.isascii():
            return None, None, []
        message = f"the file is valid UTF-8 but declares {declared!r}; read as UTF-8"
        return None, None, [ReadWarning("ENCODING_DECLARED_IGNORED", message)]
    text = _try_decode(data, codec)
    if text is None:
        message = f"the file does not decode as its declared charset {declared!r}; ignored"
        return None, None, [ReadWarning("ENCODING_DECLARED_IGNORED", message)]
    return codec, text, []


def _decode_not_utf8(
    data: bytes, filename: str, declared: str | None, utf8_error: UnicodeDecodeError, markup: bool
) -> tuple[str, str, list[ReadWarning]]:
    """Steps 3 to 8 of the module's order for bytes that are not valid UTF-8; (codec, text, warnings)."""
    if _looks_like_damaged_utf8(data) and (declared is None or _declared_codec(declared) in (None, "utf-8")):
        if not markup:
            raise _utf8_error(data, utf8_error, filename)
        text, replaced = _decode_utf8_replacing(data)
        unknown = declared is not None and _declared_codec(declared) is None
        return "utf-8", text, [_unknown_charset(declared), replaced] if unknown else [replaced]
    codec, declared_text, warnings = _decode_declared(data, declared, utf8_ok=False)
    if codec is not None and declared_text is not None:
        return codec, declared_text, warnings
    latin = _try_decode(data, "cp1252")
    assumed = ReadWarning(
        "ENCODING_ASSUMED", "the file is not UTF-8 and declares no usable charset; read as windows-1252"
    )
    if latin is not None and _plausible_latin(latin):
        return "cp1252", latin, [*warnings, assumed]
    guess = _guess_with_charset_normalizer(data)
    if guess is not None:
        message = (
            "the file is not UTF-8 and declares no usable charset; "
            f"guessed {canonical_encoding_name(guess[0])}"
        )
        return guess[0], guess[1], [*warnings, ReadWarning("ENCODING_GUESSED", message)]
    if latin is not None:
        return "cp1252", latin, [*warnings, assumed]
    raise _error(
        "ARTICLE_ENCODING",
        "the file is not UTF-8 (first invalid byte at offset "
        f"{utf8_error.start}) and no other encoding reads it",
        filename,
        "re-save the file as UTF-8",
    )


def _decode_without_bom(
    data: bytes, filename: str, declared: str | None, markup: bool
) -> tuple[str, str, list[ReadWarning]]:
    """Steps 2 to 8 of the module's order; returns (codec, text, warnings) or raises ArticleError."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_not_utf8(data, filename, declared, exc, markup)
    _, _, warnings = _decode_declared(data, declared, utf8_ok=True)
    return "utf-8", text, warnings


def decode_article_bytes(
    data: bytes, filename: str, *, declared: str | None = None, markup: bool = False
) -> Decoded:
    """Decode an article's bytes for parsing; ``declared`` is a charset the document itself states.

    ``markup`` says the bytes are a page a browser would show: a few bytes of damaged UTF-8 are then read as
    U+FFFD and stray NULs left out, each with a warning, where a text file is refused (the module's
    docstring gives the bounds). Raises ArticleError ``ARTICLE_TOO_LARGE``, ``ARTICLE_EMPTY``,
    ``ARTICLE_BINARY`` or ``ARTICLE_ENCODING`` with ``where`` = ``filename``. Whitespace-only text is *not*
    refused here: readers refuse it as ``ARTICLE_NO_TITLE``, which says more.
    """
    _check_size(data, filename)
    if not data:
        raise _error("ARTICLE_EMPTY", "the file is empty", filename, "give a file holding an article")
    bom_codec, body = _split_bom(data)
    if bom_codec is not None and not body:
        raise _error("ARTICLE_EMPTY", "the file holds only a byte-order mark", filename)
    warnings: list[ReadWarning] = []
    if bom_codec is None:
        _check_not_binary_bytes(data, filename, markup=markup)
        codec, text, warnings = _decode_without_bom(data, filename, declared, markup)
    elif bom_codec == "utf-8":
        _check_not_binary_bytes(body, filename, markup=markup)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            if not (markup and _looks_like_damaged_utf8(data)):
                shifted = UnicodeDecodeError(exc.encoding, data, exc.start + 3, exc.end + 3, exc.reason)
                raise _utf8_error(data, shifted, filename) from None
            text, replaced = _decode_utf8_replacing(data)
            warnings = [replaced]
        codec = "utf-8"
    else:
        decoded = _try_decode(body, bom_codec)
        if decoded is None:
            raise _error(
                "ARTICLE_ENCODING",
                f"the file starts with a {canonical_encoding_name(bom_codec)} byte-order mark "
                "but its bytes are not valid in that encoding",
                filename,
                "re-save the file as UTF-8",
            )
        text, codec = decoded, bom_codec
    _check_not_binary_text(text, filename, markup=markup)
    if markup:
        text, nul_warning = _without_nuls(
            text, data, ascii_compatible=not codec.startswith(("utf-16", "utf-32"))
        )
        if nul_warning is not None:
            warnings.append(nul_warning)
    return Decoded(
        text=text,
        encoding=canonical_encoding_name(codec),
        has_bom=bom_codec is not None,
        line_endings=detect_line_endings(text),
        warnings=tuple(warnings),
    )
