"""The plain-text reader, the decoder and read_path, on the test articles in tests/articles/."""

# Full-width punctuation, dashes and Cyrillic letters are what these tests are about.
# ruff: noqa: RUF001

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

import archiver.sources
from archiver.article import Article, Dateline, ReadWarning
from archiver.errors import ArticleError
from archiver.sources import looks_like_html, parse_bytes, read_path
from archiver.sources.decoding import decode_article_bytes, detect_line_endings
from archiver.sources.text import (
    find_dateline,
    is_credit_line,
    join_lines,
    looks_like_source_line,
    parse_byline,
    parse_text_layout,
)

ARTICLES = Path(__file__).resolve().parent / "articles"


def read(name: str) -> Article:
    return read_path(ARTICLES / name)


def codes(article: Article) -> list[str]:
    return [warning.code for warning in article.parsed.warnings]


# --- the test articles, field by field ---------------------------------------------------------------------


def test_plain_full_layout() -> None:
    article = read("plain.txt")
    parsed = article.parsed
    assert parsed.title == "Harbour town opens floating solar farm on disused quay"
    assert parsed.source == "NORTHSEA GAZETTE"
    assert parsed.item_type == "text"
    assert parsed.credit_lines == ("(NORTHSEA GAZETTE)",)
    assert len(parsed.body_paragraphs) == 3
    assert parsed.body_paragraphs[0].startswith("The town of Kestrelmouth switched on")
    assert parsed.body_paragraphs[-1].endswith("already owned the site.")
    assert parsed.dateline is None
    assert parsed.authors == ()
    assert parsed.language is None  # a text file declares no language
    assert parsed.warnings == ()
    source = article.source
    assert source.filename == "plain.txt"
    assert source.data == (ARTICLES / "plain.txt").read_bytes()
    assert (source.media_type, source.encoding, source.line_endings, source.has_bom) == (
        "text/plain",
        "utf-8",
        "LF",
        False,
    )


def test_no_source_line() -> None:
    parsed = read("no_source.txt").parsed
    assert parsed.title == "Library extends opening hours during exam season"
    assert parsed.source is None
    assert parsed.item_type == "video"  # "Video" in the file: the type is case-insensitive
    assert parsed.credit_lines == ("(CAMPUS WIRE)",)
    assert len(parsed.body_paragraphs) == 2
    assert parsed.warnings == ()


def test_no_type_line_guesses_source_with_warning() -> None:
    article = read("no_type.txt")
    parsed = article.parsed
    assert parsed.title == "Ferry service resumes after winter storms"
    assert parsed.source == "Island Courier"
    assert parsed.item_type is None
    assert parsed.credit_lines == ()
    assert parsed.body_paragraphs[0].startswith("The ferry linking")
    assert codes(article) == ["SOURCE_GUESSED"]


def test_one_line_first_paragraph_is_not_taken_for_a_source() -> None:
    article = read("no_header.txt")
    parsed = article.parsed
    assert parsed.source is None
    assert parsed.item_type is None
    assert parsed.body_paragraphs[0] == "Bakers gathered outside the ministry on Friday."
    assert parsed.credit_lines == ("(PROVINCE POST)",)
    assert codes(article) == []


def test_dateline_xinhua() -> None:
    parsed = read("dateline_xinhua.txt").parsed
    assert parsed.source == "XINHUA"
    assert parsed.dateline == Dateline(
        raw="BEIJING, Sept. 5 (Xinhua) --", place="BEIJING", agency="Xinhua", date_text="Sept. 5"
    )
    # The dateline stays in the text; the Dateline only describes it.
    assert parsed.body_paragraphs[0].startswith("BEIJING, Sept. 5 (Xinhua) -- The national library")
    assert parsed.credit_lines == ("(XINHUA)",)


def test_dateline_ap_with_byline_and_wrapped_paragraph() -> None:
    parsed = read("dateline_ap.txt").parsed
    assert parsed.title == "Tram drivers vote to accept new contract"
    assert parsed.source is None
    assert parsed.item_type is None
    assert parsed.authors == ("MARTA ALVES", "JOHN REED")
    assert parsed.dateline == Dateline(raw="LISBON, Portugal (AP) —", place="LISBON, Portugal", agency="AP")
    assert parsed.body_paragraphs == (
        "LISBON, Portugal (AP) — Tram drivers in the Portuguese capital voted on Saturday to accept a new "
        "contract that raises wages by 6 percent over two years, ending a dispute that had disrupted services "
        "for a month.",
        "The union said 81 percent of its members backed the agreement.",
    )


def test_credits_stacked_in_one_block_and_several() -> None:
    parsed = read("credits_stacked.txt").parsed
    assert parsed.credit_lines == (
        "(Reporting by Lena Ortiz; editing by Sam Patel)",
        "(Photos: village council)",
        "(CULTURE DESK)",
    )
    assert parsed.body_paragraphs[-1] == "Elders said the door would be placed in the restored meeting house."


def test_fullwidth_credits_and_chinese_dateline() -> None:
    parsed = read("fullwidth_credit.txt").parsed
    assert parsed.title == "港口城市启用新的海水淡化厂"
    assert parsed.source == "新华网"
    assert parsed.item_type == "text"
    assert parsed.credit_lines == ("（新华社）", "（完）")
    assert parsed.dateline == Dateline(
        raw="新华社天津9月5日电", place="天津", agency="新华社", date_text="9月5日"
    )
    assert parsed.body_paragraphs[1] == "该厂由市水务集团建设，工程历时两年。"


def test_crlf_line_endings() -> None:
    data = (ARTICLES / "crlf.txt").read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), "git must not rewrite this fixture"
    article = read("crlf.txt")
    assert article.source.line_endings == "CRLF"
    assert article.source.data == data
    parsed = article.parsed
    assert parsed.title == "Airport tests quieter landing approach"
    assert parsed.source == "SKYWAYS NEWS"
    assert parsed.item_type == "text"
    assert parsed.credit_lines == ("(SKYWAYS NEWS)",)
    assert all("\r" not in paragraph for paragraph in parsed.body_paragraphs)
    assert len(parsed.body_paragraphs) == 2


def test_utf8_bom_is_recorded_and_stripped() -> None:
    article = read("bom.txt")
    assert article.source.data.startswith(codecs.BOM_UTF8)
    assert article.source.has_bom is True
    assert article.source.encoding == "utf-8"
    assert article.parsed.title == "Orchard growers report record cherry harvest"  # no U+FEFF in front
    assert article.parsed.source == "VALLEY FARMER"
    assert article.parsed.credit_lines == ("(VALLEY FARMER)",)


def test_chinese_hard_wrapped_lines_join_without_space() -> None:
    parsed = read("chinese.txt").parsed
    assert parsed.title == "山区小学迎来第一批志愿教师"
    assert parsed.source is None
    assert parsed.item_type == "text"
    assert parsed.body_paragraphs[0] == "二十名志愿教师本周抵达山区，将在当地小学任教一年。"
    assert parsed.credit_lines == ("（完）",)


def test_french_with_afp_dateline() -> None:
    parsed = read("french.txt").parsed
    assert parsed.title == "Les vendanges commencent tôt dans la vallée"
    assert parsed.source == "AGENCE RÉGIONALE"
    assert parsed.dateline == Dateline(
        raw="PARIS, 5 septembre (AFP) -", place="PARIS", agency="AFP", date_text="5 septembre"
    )
    assert parsed.credit_lines == ("(AFP)",)


def test_html_in_text_is_stripped_with_warning() -> None:
    article = read("html_in_text.txt")
    parsed = article.parsed
    assert article.source.media_type == "text/plain"
    assert parsed.title == "Council approves new cycle lanes for the old town"
    assert parsed.source == "CITY HALL NEWS"
    assert parsed.body_paragraphs == (
        "The city council voted on Tuesday to add protected cycle lanes on four streets in the old town & "
        "around the station.",
        "Construction is planned to start in spring. Residents can comment on the plans until the end of the "
        "month.",
    )
    assert codes(article) == ["TEXT_CONTAINS_HTML"]


def test_hard_wrapped_paragraphs_join_with_a_space() -> None:
    parsed = read("wrapped.txt").parsed
    assert parsed.body_paragraphs == (
        "More than 300 volunteers spent the weekend counting cranes that stop at the lake on their way south, "
        "and reported the highest numbers since the count began.",
        "The organisers will publish the full results in November.",
    )


def test_latin1_falls_back_to_windows_1252_with_warning() -> None:
    article = read("latin1.txt")
    assert article.source.encoding == "windows-1252"
    assert article.parsed.title == "Grève des éboueurs à Genève"
    assert article.parsed.source == "TRIBUNE DU LÉMAN"
    assert codes(article) == ["ENCODING_ASSUMED"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("empty.txt", "ARTICLE_EMPTY"),
        ("binary.bin", "ARTICLE_BINARY"),
        ("no_title.txt", "ARTICLE_NO_TITLE"),
    ],
)
def test_refused_articles(name: str, code: str) -> None:
    with pytest.raises(ArticleError) as caught:
        read(name)
    assert caught.value.code == code
    assert caught.value.where == str(ARTICLES / name)


# --- the real sample article --------------------------------------------------------------------------------


def test_real_seed_article(shared_dir: Path) -> None:
    seed = shared_dir / "seeds" / "000_7ffd0569fd12fbc1.txt"
    if not seed.is_file():
        pytest.skip("the sample article is not in ../shared/seeds")
    article = read_path(seed)
    parsed = article.parsed
    assert parsed.title == "Syrian army breaks 3-year IS siege to Deir al-Zour"
    assert parsed.source == "APD NEWS"
    assert parsed.item_type == "text"
    assert parsed.credit_lines == ("(ASIA PACIFIC DAILY)",)
    assert parsed.warnings == ()
    assert len(parsed.body_paragraphs) > 10
    assert article.source.data == seed.read_bytes()
    assert article.source.encoding == "utf-8"


# --- read_path and parse_bytes ------------------------------------------------------------------------------


def test_read_path_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as caught:
        read_path(tmp_path / "nope.txt")
    assert caught.value.code == "ARTICLE_NOT_FOUND"
    assert caught.value.where == str(tmp_path / "nope.txt")


def test_read_path_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as caught:
        read_path(tmp_path)
    assert caught.value.code == "ARTICLE_IS_DIRECTORY"
    assert caught.value.where == str(tmp_path)


def test_read_path_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archiver.sources, "MAX_ARTICLE_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_bytes(b"Title\n\n" + b"x" * 20)
    with pytest.raises(ArticleError) as caught:
        read_path(path)
    assert caught.value.code == "ARTICLE_TOO_LARGE"
    assert caught.value.where == str(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_read_path_special_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError) as caught:
        read_path(fifo)  # must not block waiting for a writer
    assert caught.value.code == "ARTICLE_NOT_A_FILE"


def test_read_path_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_bytes(b"Title\n")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that ignore file permissions")
        with pytest.raises(ArticleError) as caught:
            read_path(path)
        assert caught.value.code == "ARTICLE_UNREADABLE"
    finally:
        path.chmod(0o600)


def test_parse_bytes_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("archiver.sources.decoding.MAX_ARTICLE_BYTES", 10)
    with pytest.raises(ArticleError) as caught:
        parse_bytes(b"Title\n\n" + b"x" * 20, "big.txt")
    assert caught.value.code == "ARTICLE_TOO_LARGE"
    assert caught.value.where == "big.txt"


def test_parse_bytes_errors_name_the_file() -> None:
    with pytest.raises(ArticleError) as caught:
        parse_bytes(b"", "story.txt")
    assert (caught.value.code, caught.value.where) == ("ARTICLE_EMPTY", "story.txt")
    assert "story.txt" in caught.value.one_line()


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (b"<!DOCTYPE html><html><title>x</title>", "a.txt", True),
        (b"  \n<html lang=en>", "a.txt", True),
        (codecs.BOM_UTF8 + b"<!doctype HTML>", "a", True),
        (codecs.BOM_UTF16_LE + "<html>".encode("utf-16-le"), "a", True),
        (b"<?xml version='1.0'?><!-- c --><html>", "a", True),
        (b"Title\n\n<p>body</p>", "a.txt", False),
        (b"Title", "story.HTM", True),
        (b"Title", "story.xhtml", True),
    ],
)
def test_html_sniffing(data: bytes, filename: str, expected: bool) -> None:
    assert looks_like_html(data, filename) is expected


def test_parse_bytes_dispatches_on_content() -> None:
    html_article = parse_bytes(b"<!doctype html><title>Hello</title><p>World</p>", "page.txt")
    assert html_article.source.media_type == "text/html"
    assert html_article.parsed.title == "Hello"
    text_article = parse_bytes(b"Hello\n\nWorld\n", "page.txt")
    assert text_article.source.media_type == "text/plain"
    assert text_article.parsed.body_paragraphs == ("World",)


# --- decoding -----------------------------------------------------------------------------------------------


def test_broken_utf8_is_refused_with_the_offset() -> None:
    data = "Crème brûlée café\n\nÉté à Noël\n".encode() + b"\xff tail\n"
    with pytest.raises(ArticleError) as caught:
        decode_article_bytes(data, "broken.txt")
    offset = data.index(b"\xff")
    assert caught.value.code == "ARTICLE_ENCODING"
    assert f"offset {offset}" in caught.value.message
    assert caught.value.where == "broken.txt"


def test_broken_utf8_after_bom_reports_offset_in_the_file() -> None:
    data = codecs.BOM_UTF8 + "Titré\n\n".encode() + b"\xc3(\n"
    with pytest.raises(ArticleError) as caught:
        decode_article_bytes(data, "b.txt")
    offset = data.index(b"\xc3(")
    assert caught.value.code == "ARTICLE_ENCODING"
    assert f"offset {offset}" in caught.value.message


UNICODE_TEXT = "Título\r\n\r\nCuerpo del artículo.\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF16_LE + UNICODE_TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + UNICODE_TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + UNICODE_TEXT.encode("utf-32-le"), "utf-32-le"),
    ],
)
def test_utf16_and_utf32_with_bom(data: bytes, encoding: str) -> None:
    decoded = decode_article_bytes(data, "u.txt")
    assert decoded.text == UNICODE_TEXT
    assert decoded.has_bom is True
    assert decoded.encoding == encoding
    assert decoded.line_endings == "CRLF"


def test_bom_only_is_empty() -> None:
    with pytest.raises(ArticleError) as caught:
        decode_article_bytes(codecs.BOM_UTF8, "b.txt")
    assert caught.value.code == "ARTICLE_EMPTY"


def test_control_characters_mean_binary() -> None:
    with pytest.raises(ArticleError) as caught:
        decode_article_bytes(b"Title\x01\x02\x03\x04 body", "c.txt")
    assert caught.value.code == "ARTICLE_BINARY"


def test_a_stray_control_character_is_removed_with_warning() -> None:
    data = b"Title\n\n" + b"A long enough paragraph of ordinary text with one stray\x07 bell in the middle.\n"
    article = parse_bytes(data, "s.txt")
    assert article.parsed.body_paragraphs == (
        "A long enough paragraph of ordinary text with one stray bell in the middle.",
    )
    assert codes(article) == ["TEXT_CONTROL_CHARS"]


def test_cyrillic_legacy_encoding_is_guessed() -> None:
    text = "Президент заявил во вторник, что переговоры продолжатся на следующей неделе в Москве."
    data = ("Переговоры продолжатся\n\n" + text + "\n").encode("cp1251")
    article = parse_bytes(data, "ru.txt")
    assert article.parsed.body_paragraphs == (text,)
    assert article.source.encoding == "windows-1251"
    assert codes(article) == ["ENCODING_GUESSED"]


def test_cyrillic_legacy_encoding_without_charset_normalizer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("archiver.sources.decoding._guess_with_charset_normalizer", lambda data: None)
    data = "Переговоры продолжатся\n\nТекст статьи.\n".encode("cp1251")
    article = parse_bytes(data, "ru.txt")
    assert article.source.encoding == "windows-1252"  # the documented last resort, with a warning
    assert codes(article) == ["ENCODING_ASSUMED"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\nb\n", "LF"), ("a\r\nb\r\n", "CRLF"), ("a\rb\r", "CR"), ("a\r\nb\n", "mixed"), ("one line", "none")],
)
def test_line_endings(text: str, expected: str) -> None:
    assert detect_line_endings(text) == expected


# --- the pieces ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "BEIJING, Sept. 5 (Xinhua) -- China opened",
            Dateline("BEIJING, Sept. 5 (Xinhua) --", "BEIJING", "Xinhua", "Sept. 5"),
        ),
        (
            "BEIJING, Sept. 5 (Xinhua) --China opened",
            Dateline("BEIJING, Sept. 5 (Xinhua) --", "BEIJING", "Xinhua", "Sept. 5"),
        ),
        ("WASHINGTON (Reuters) - The Senate", Dateline("WASHINGTON (Reuters) -", "WASHINGTON", "Reuters")),
        ("NAIROBI, Kenya (AP) — Rains", Dateline("NAIROBI, Kenya (AP) —", "NAIROBI, Kenya", "AP")),
        ("OSLO (NTB) – Snow", Dateline("OSLO (NTB) –", "OSLO", "NTB")),
        (
            "PARIS, 5 septembre (AFP) - Le",
            Dateline("PARIS, 5 septembre (AFP) -", "PARIS", "AFP", "5 septembre"),
        ),
        (
            "WINSTON-SALEM, N.C., Tuesday, Sept. 5 (AP) -- A",
            Dateline(
                "WINSTON-SALEM, N.C., Tuesday, Sept. 5 (AP) --",
                "WINSTON-SALEM, N.C.",
                "AP",
                "Tuesday, Sept. 5",
            ),
        ),
        ("LONDON — Ministers met", Dateline("LONDON —", "LONDON")),
        (
            "Geneva, March 3 (Reuters) - Talks",
            Dateline("Geneva, March 3 (Reuters) -", "Geneva", "Reuters", "March 3"),
        ),
        ("The minister (left) - who spoke first - said", None),
        ("London — ministers met", None),  # no agency and not all caps: not a dateline
        ("NATO - the alliance said", None),  # a plain hyphen needs an agency before it
        (
            "МОСКВА, 5 сентября (РИА Новости) — Текст",
            Dateline("МОСКВА, 5 сентября (РИА Новости) —", "МОСКВА", "РИА Новости", "5 сентября"),
        ),
        ("It rained well-known rain -- and more", None),
        ("No dateline here.", None),
    ],
)
def test_find_dateline(paragraph: str, expected: Dateline | None) -> None:
    assert find_dateline(paragraph) == expected


def test_dateline_never_invents_a_year() -> None:
    dateline = find_dateline("BEIJING, Sept. 5 (Xinhua) -- Text")
    assert dateline is not None and dateline.date_text == "Sept. 5"
    with_year = find_dateline("BEIJING, Sept. 5, 2017 (Xinhua) -- Text")
    assert with_year is not None and with_year.date_text == "Sept. 5, 2017"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("APD NEWS", True),
        ("Island Courier", True),
        ("The Valley Herald", True),
        ("新华网", True),
        ("Bakers gathered outside the ministry on Friday.", False),
        ("Rain expected", False),  # a lower-case word: more like a sentence than a name
        ("September 5, 2017", False),
        ("(ASIA PACIFIC DAILY)", False),
        ("By JOHN SMITH", False),
        ("A" * 61, False),
    ],
)
def test_looks_like_source_line(line: str, expected: bool) -> None:
    assert looks_like_source_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(ASIA PACIFIC DAILY)", True),
        ("（新华社）", True),
        ("(Reporting by A; editing by B)", True),
        ("(a) and (b)", False),
        ("(unclosed", False),
        ("()", False),
    ],
)
def test_is_credit_line(line: str, expected: bool) -> None:
    assert is_credit_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By John Smith", ("John Smith",)),
        ("By JOHN SMITH and JANE DOE, Associated Press", ("JOHN SMITH", "JANE DOE")),
        ("BY Ana de la Cruz & Li Wei", ("Ana de la Cruz", "Li Wei")),
        ("By the end of the year, prices rose", None),
        ("Byron Smith", None),
    ],
)
def test_parse_byline(line: str, expected: tuple[str, ...] | None) -> None:
    assert parse_byline(line) == expected


def test_join_lines() -> None:
    assert join_lines(["one", "two"]) == "one two"
    assert join_lines(["中文", "句子"]) == "中文句子"
    assert join_lines(["中文", "Latin"]) == "中文 Latin"


def test_title_glued_to_the_next_line_warns() -> None:
    parsed = parse_text_layout("Title\nAPD NEWS\n\ntext\n\nBody.\n", "t.txt")
    assert parsed.title == "Title"
    assert parsed.source == "APD NEWS"
    assert parsed.item_type == "text"
    assert parsed.body_paragraphs == ("Body.",)
    assert ReadWarning in {type(w) for w in parsed.warnings}
    assert [w.code for w in parsed.warnings] == ["TITLE_NOT_SEPARATED"]


def test_title_only_warns_body_empty() -> None:
    parsed = parse_text_layout("Just a title\n", "t.txt")
    assert parsed.title == "Just a title"
    assert parsed.body_paragraphs == ()
    assert [w.code for w in parsed.warnings] == ["BODY_EMPTY"]


def test_mixed_line_endings_and_cr_only() -> None:
    article = parse_bytes(b"Title\r\rSOURCE\r\rtext\r\rBody one.\r\rBody two.", "cr.txt")
    assert article.source.line_endings == "CR"
    assert article.parsed.body_paragraphs == ("Body one.", "Body two.")
    mixed = parse_bytes(b"Title\r\n\nBody.\n", "m.txt")
    assert mixed.source.line_endings == "mixed"
    assert mixed.parsed.body_paragraphs == ("Body.",)
