"""Pages browsers show are read, not refused (issue 16): damaged UTF-8 and stray NULs in a page are warnings.

A text file stays strict (refused with the offset), and real binary data named ``.html`` is still refused.
"""

from __future__ import annotations

import codecs
import random
import zlib

import pytest

from archiver.article import Article
from archiver.errors import ArticleError
from archiver.sources import parse_bytes
from archiver.sources.decoding import OFFSETS_SHOWN, decode_article_bytes

STORY = "Crème brûlée à Noël : les pâtissiers de Genève ont été très occupés cette année."
PAGE = (
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Pâtisserie à Genève</title></head>'
    f"<body><article><p>{STORY}</p><p>Deuxième paragraphe, écrit en français.</p></article></body></html>"
).encode()


def codes(article: Article) -> list[str]:
    return [warning.code for warning in article.parsed.warnings]


def damaged(page: bytes, *words: str) -> bytes:
    """``page`` with each of ``words`` (holding one accented letter) in Latin-1: one invalid byte each."""
    for word in words:
        page = page.replace(word.encode(), word.encode("latin-1"), 1)
    return page


def test_a_page_with_a_few_invalid_bytes_is_read_with_replacement_characters() -> None:
    data = damaged(PAGE, "Crème", "pâtissiers")
    article = parse_bytes(data, "page.html")
    assert article.source.data == data  # the bytes as given
    assert article.source.encoding == "utf-8"
    assert article.parsed.body_paragraphs[0] == STORY.replace("Crème", "Cr\ufffdme").replace(
        "pâtissiers", "p\ufffdtissiers"
    )
    assert article.parsed.title == "Pâtisserie à Genève"
    assert codes(article) == ["ENCODING_BYTES_REPLACED"]
    message = article.parsed.warnings[0].message
    first, second = data.index(b"\xe8"), data.index(b"\xe2")
    assert f"2 bytes belonging to no UTF-8 sequence (at offsets {first}, {second})" in message
    assert "original bytes are kept unchanged" in message


def test_only_the_first_offsets_are_named_but_every_byte_is_counted() -> None:
    story = "é" * 60 + " " + "à" * 60
    page = f"<title>Été</title><p>{story}</p>".encode()
    data = page.replace("à".encode(), b"\xe0", 8)
    article = parse_bytes(data, "page.html")
    message = article.parsed.warnings[0].message
    assert "8 bytes belonging to no UTF-8 sequence" in message
    first = data.index(b"\xe0")
    shown = ", ".join(str(first + n) for n in range(OFFSETS_SHOWN))
    assert f"(at offsets {shown}, ...)" in message
    assert article.parsed.body_paragraphs[0].count("\ufffd") == 8


def test_a_page_declaring_utf8_but_saved_as_latin1_is_read_as_windows_1252() -> None:
    """Past the bound (more invalid bytes than valid UTF-8 ones) the page is not UTF-8 at all: replacing
    would hide every accent, while windows-1252 reads it right."""
    data = PAGE.decode().encode("latin-1")
    article = parse_bytes(data, "page.html")
    assert article.source.encoding == "windows-1252"
    assert article.parsed.body_paragraphs[0] == STORY
    assert "ENCODING_BYTES_REPLACED" not in codes(article)
    assert "ENCODING_DECLARED_IGNORED" in codes(article)


def test_a_page_with_a_byte_order_mark_and_an_invalid_byte_is_read() -> None:
    data = codecs.BOM_UTF8 + b"<title>Page</title><p>An ordinary paragraph \xff with one bad byte.</p>"
    article = parse_bytes(data, "page.html")
    assert article.source.has_bom is True
    assert article.parsed.body_paragraphs == ("An ordinary paragraph \ufffd with one bad byte.",)
    bad = data.index(b"\xff")
    assert f"at offset {bad})" in article.parsed.warnings[0].message


def test_a_byte_order_mark_over_latin1_text_is_still_refused() -> None:
    data = codecs.BOM_UTF8 + "<title>Été</title><p>àéèùâêîôûç àéèùâêîôûç</p>".encode("latin-1")
    with pytest.raises(ArticleError) as caught:
        parse_bytes(data, "page.html")
    assert caught.value.code == "ARTICLE_ENCODING"


def test_an_unknown_declared_charset_is_still_reported_beside_the_replacement() -> None:
    data = damaged(PAGE.replace(b'charset="utf-8"', b'charset="x-nonsense"'), "Crème")
    assert codes(parse_bytes(data, "page.html")) == ["ENCODING_DECLARED_UNKNOWN", "ENCODING_BYTES_REPLACED"]


def test_a_text_file_with_invalid_utf8_is_still_refused() -> None:
    """Text files stay strict: no browser shows them, nothing declares their encoding."""
    data = damaged(f"Pâtisserie à Genève\n\n{STORY}\n".encode(), "Crème")
    with pytest.raises(ArticleError) as caught:
        parse_bytes(data, "story.txt")
    assert caught.value.code == "ARTICLE_ENCODING"
    bad = data.index(b"\xe8")
    assert f"offset {bad}" in caught.value.message


def test_a_stray_nul_in_a_page_is_a_warning() -> None:
    data = PAGE.replace(b"<p>", b"<p>\x00", 1).replace(b"</article>", b"\x00\x00</article>")
    article = parse_bytes(data, "page.html")
    assert article.source.data == data
    assert article.parsed.body_paragraphs == (STORY, "Deuxième paragraphe, écrit en français.")
    assert codes(article) == ["NUL_BYTES_IGNORED"]
    first = data.index(b"\x00")
    assert f"3 NUL bytes (at offsets {first}, " in article.parsed.warnings[0].message


def test_a_nul_in_a_text_file_still_means_binary() -> None:
    with pytest.raises(ArticleError) as caught:
        parse_bytes(b"Title\n\nA body with a \x00 in it, long enough to be text.\n", "story.txt")
    assert caught.value.code == "ARTICLE_BINARY"


def _png() -> bytes:
    """A small real PNG (an 8x8 grey gradient)."""
    raw = b"".join(b"\x00" + bytes(range(row * 8, row * 8 + 8)) for row in range(8))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body).to_bytes(4, "big")
        return len(body).to_bytes(4, "big") + kind + body + crc

    header = chunk(b"IHDR", (8).to_bytes(4, "big") * 2 + b"\x08\x00\x00\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    "data",
    [_png(), random.Random(16).randbytes(4096), "<title>x</title>".encode("utf-16-le") * 20],
    ids=["png", "random", "utf16-without-bom"],
)
def test_binary_data_named_html_is_still_refused(data: bytes) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_bytes(data, "photo.html")
    assert caught.value.code == "ARTICLE_BINARY"


def test_nuls_in_a_utf16_page_with_a_byte_order_mark_are_counted_without_offsets() -> None:
    text = "<title>Titre</title><p>Un paragraphe\x00 assez long pour être du texte ordinaire.</p>"
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    article = parse_bytes(data, "page.html")
    assert article.parsed.body_paragraphs == ("Un paragraphe assez long pour être du texte ordinaire.",)
    assert article.parsed.warnings[0].message.startswith("the page holds 1 NUL byte, left out")


def test_decoding_is_strict_unless_told_the_bytes_are_markup() -> None:
    data = damaged(PAGE, "Crème")
    with pytest.raises(ArticleError):
        decode_article_bytes(data, "page.html")
    assert "\ufffd" in decode_article_bytes(data, "page.html", markup=True).text
