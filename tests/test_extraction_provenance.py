"""The metadata's ``extraction`` block (schema 1.2.0, issue 16): which tool read an article and which rule
of it gave each field, recorded for HTML pages and text files, valid under the committed schema, and a bag
carrying it valid under ``archiver validate`` and the own-package checks."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import ValidationError

from archiver import own_profile
from archiver.__about__ import __version__
from archiver.config import Organization, Settings
from archiver.extract import build_metadata
from archiver.metadata import SCHEMA_VERSION, ArticleMetadata, Extraction, read_metadata_json
from archiver.packaging import PackageOptions, package_article
from archiver.schema_ids import EXTRACTED_FIELDS
from archiver.sources import parse_bytes
from archiver.validation.own_package import check_own_package
from tests.test_validation_own_package import bag_view, folder_reader

REPO = Path(__file__).resolve().parent.parent
WHEN = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
HAS_TRAFILATURA = importlib.util.find_spec("trafilatura") is not None
STORY = (
    "The harbour council met on Tuesday evening and agreed a plan for the old quay, after a long debate "
    "about the cost of the repairs and who should pay for them. "
)


def page(head: str = "", body: str = "", *, lang: str = "") -> bytes:
    html_lang = f' lang="{lang}"' if lang else ""
    return f"<!doctype html><html{html_lang}><head>{head}</head><body>{body}</body></html>".encode()


def jsonld(payload: str) -> str:
    return f'<script type="application/ld+json">{payload}</script>'


def extraction_of(
    data: bytes, filename: str = "a.html", *, url: str | None = None, given_url: str | None = None, **kw: Any
) -> Extraction:
    article = parse_bytes(data, filename, url=url, **kw)
    meta = build_metadata(article, captured=WHEN, source_url=given_url)
    assert meta.extraction is not None
    return meta.extraction


def tool_names(extraction: Extraction) -> list[str]:
    return [tool.name for tool in extraction.tools]


# --- HTML pages ---------------------------------------------------------------------------------------------


def test_jsonld_title_byline_authors_and_url_date() -> None:
    data = page(
        jsonld('{"@type":"NewsArticle","headline":"Harbour plan agreed"}'),
        f"<article><h1>Harbour plan agreed</h1><p>By Anna Writer and Bob Reporter</p><p>{STORY * 3}</p>"
        "</article>",
    )
    extraction = extraction_of(data, url="https://news.example.org/2024/03/05/harbour-plan")
    assert extraction.fields == {
        "title": "json-ld",
        "authors": "byline",
        "published": "url",
        "language": "detected",
        "main_text": "archiver-html-reader",
    }
    assert [(tool.name, tool.version) for tool in extraction.tools] == [("archiver-html-reader", __version__)]


def test_only_fields_found_get_an_entry_in_the_schema_order() -> None:
    extraction = extraction_of(page("<title>Just a title</title>", f"<p>{STORY * 2}</p>", lang="en"))
    assert list(extraction.fields) == ["title", "language", "main_text"]
    assert extraction.fields["title"] == "title-tag"
    assert extraction.fields["language"] == "html-lang"
    assert list(extraction.fields) == [name for name in EXTRACTED_FIELDS if name in extraction.fields]


def test_meta_and_opengraph_sources() -> None:
    head = (
        '<meta property="og:title" content="Harbour plan agreed">'
        '<meta name="author" content="Anna Writer">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
        '<meta property="og:site_name" content="The Harbour Courier">'
        '<meta name="description" content="The council agreed a plan.">'
        '<link rel="canonical" href="https://news.example.org/harbour-plan">'
    )
    extraction = extraction_of(page(head, f"<article><p>{STORY * 2}</p></article>", lang="en"))
    assert extraction.fields == {
        "title": "opengraph",
        "authors": "meta",
        "published": "opengraph",
        "language": "html-lang",
        "publisher": "opengraph",
        "source_url": "canonical-link",
        "description": "meta",
        "main_text": "archiver-html-reader",
    }


def test_date_line_in_the_text_and_time_element() -> None:
    in_text = page(
        "<title>Harbour plan agreed</title>",
        f"<article><h1>Harbour plan agreed</h1><p>Published 5 March 2024</p><p>{STORY * 2}</p></article>",
    )
    assert extraction_of(in_text).fields["published"] == "text"
    timed = page(
        "<title>Harbour plan agreed</title>",
        '<article><h1>Harbour plan agreed</h1><time datetime="2024-03-05T09:30:00Z">5 March</time>'
        f"<p>{STORY * 2}</p></article>",
    )
    assert extraction_of(timed).fields["published"] == "time-element"


def test_language_declared_detected_and_contradicted() -> None:
    body = f"<article><p>{STORY * 3}</p></article>"
    assert extraction_of(page("<title>T</title>", body, lang="en")).fields["language"] == "html-lang"
    assert extraction_of(page("<title>T</title>", body)).fields["language"] == "detected"
    # Declared German, written in English: the detected language is recorded, and said to be detected.
    assert extraction_of(page("<title>T</title>", body, lang="de")).fields["language"] == "detected"


def test_an_undetermined_language_has_no_entry() -> None:
    extraction = extraction_of(page("<title>Only a title</title>"))
    assert "language" not in extraction.fields
    assert "main_text" not in extraction.fields  # no body: nothing extracted


def test_a_url_given_by_the_caller_is_given() -> None:
    head = '<title>T</title><link rel="canonical" href="https://news.example.org/a">'
    data = page(head, f"<p>{STORY * 2}</p>")
    assert extraction_of(data).fields["source_url"] == "canonical-link"
    assert extraction_of(data, given_url="https://news.example.org/b").fields["source_url"] == "given"


@pytest.mark.skipif(not HAS_TRAFILATURA, reason="trafilatura is not installed")
def test_trafilatura_main_text_names_trafilatura_and_its_version() -> None:
    import trafilatura

    data = page("<title>Harbour plan agreed</title>", f"<article><p>{STORY * 4}</p><p>{STORY}</p></article>")
    extraction = extraction_of(data, use_trafilatura=True)
    assert extraction.fields["main_text"] == "trafilatura"
    assert tool_names(extraction) == ["archiver-html-reader", "trafilatura"]
    assert extraction.tools[1].version == trafilatura.__version__


def test_without_trafilatura_the_own_reader_gives_the_text() -> None:
    extraction = extraction_of(page("<title>T</title>", f"<p>{STORY * 2}</p>"))
    assert extraction.fields["main_text"] == "archiver-html-reader"
    assert tool_names(extraction) == ["archiver-html-reader"]


# --- plain text ---------------------------------------------------------------------------------------------


def test_text_article_records_its_reader_and_its_lines() -> None:
    text = (
        "Harbour plan agreed\n\nAPD NEWS\n\ntext\n\nBy John Smith\n"
        f"BEIJING, Sept. 5 (Xinhua) -- {STORY}\n\n(ASIA PACIFIC DAILY)\n"
    )
    extraction = extraction_of(text.encode(), "a.txt")
    assert extraction.fields == {
        "title": "title-line",
        "authors": "byline",
        "language": "detected",
        "publisher": "source-line",
        "main_text": "archiver-text-reader",
    }
    assert [(tool.name, tool.version) for tool in extraction.tools] == [("archiver-text-reader", __version__)]


def test_text_article_without_byline_or_source_line() -> None:
    extraction = extraction_of(f"A title\n\n{STORY}\n".encode(), "a.txt")
    assert extraction.fields == {
        "title": "title-line",
        "language": "detected",
        "main_text": "archiver-text-reader",
    }


# --- the model and the committed schema ---------------------------------------------------------------------


def _committed_schema() -> dict[str, Any]:
    path = REPO / "schemas" / "article-metadata" / SCHEMA_VERSION / "article-metadata.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def _document() -> dict[str, Any]:
    data = page(jsonld('{"@type":"NewsArticle","headline":"Harbour plan"}'), f"<p>{STORY * 2}</p>")
    document: dict[str, Any] = json.loads(
        build_metadata(parse_bytes(data, "a.html"), captured=WHEN).to_json_bytes()
    )
    return document


def test_documents_with_extraction_are_valid_under_the_committed_schema() -> None:
    document = _document()
    assert document["extraction"]["fields"]["title"] == "json-ld"
    jsonschema.Draft202012Validator(_committed_schema()).validate(document)
    assert read_metadata_json(json.dumps(document)).extraction is not None


@pytest.mark.parametrize(
    "change",
    [
        {"fields": {"title": "guessed"}},  # not in the vocabulary
        {"fields": {"headline": "json-ld"}},  # not a recorded field
        {"fields": {"title": "trafilatura"}},  # a tool only extracts the main text
        {"fields": {"main_text": "json-ld"}},  # the main text names its tool
        {"tools": [{"name": "newspaper3k", "version": "1"}]},  # not a known tool
    ],
)
def test_the_model_and_the_schema_refuse_what_is_not_in_the_vocabulary(change: dict[str, Any]) -> None:
    document = _document()
    document["extraction"] = {**document["extraction"], **change}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(_committed_schema()).validate(document)
    with pytest.raises(ValidationError):
        ArticleMetadata.model_validate(document)


def test_the_main_text_tool_must_be_listed() -> None:
    with pytest.raises(ValidationError, match=r"not in extraction\.tools"):
        Extraction.model_validate(
            {
                "tools": [{"name": "archiver-html-reader", "version": "0.1"}],
                "fields": {"main_text": "trafilatura"},
            }
        )


def test_extraction_is_optional() -> None:
    document = _document()
    document["extraction"] = None
    jsonschema.Draft202012Validator(_committed_schema()).validate(document)
    del document["extraction"]
    assert ArticleMetadata.model_validate(document).extraction is None


# --- a bag that carries it ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def html_bag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("extraction")
    article = folder / "harbour.html"
    article.write_bytes(
        page(
            jsonld('{"@type":"NewsArticle","headline":"Harbour plan agreed"}'),
            f"<article><p>By Anna Writer</p><p>{STORY * 3}</p></article>",
            lang="en",
        )
    )
    options = PackageOptions(
        outdir=folder / "bags",
        settings=Settings(organization=Organization(name="Test Archive")),
        captured=WHEN,
        durable=False,
        source_url="https://news.example.org/2024/03/05/harbour-plan",
    )
    result = package_article(article, options)
    assert result.bag is not None
    return result.bag


def test_a_bag_records_the_extraction(html_bag: Path) -> None:
    meta = json.loads((html_bag / own_profile.METADATA_PATH).read_text(encoding="utf-8"))
    assert meta["extraction"]["fields"] == {
        "title": "json-ld",
        "authors": "byline",
        "published": "url",
        "language": "html-lang",
        "source_url": "given",
        "main_text": "archiver-html-reader",
    }


def test_a_bag_with_extraction_passes_the_own_package_checks(html_bag: Path) -> None:
    assert check_own_package(bag_view(html_bag), folder_reader(html_bag)) == []


def test_a_bag_with_extraction_passes_archiver_validate(html_bag: Path) -> None:
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", COLUMNS="200")
    got = subprocess.run(
        [sys.executable, "-m", "archiver", "validate", "--json", str(html_bag)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert got.returncode == 0, got.stdout + got.stderr
