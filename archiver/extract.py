"""From an Article (bytes plus parsed view) to its ArticleMetadata.

Pure: the caller supplies the identifier and the capture time, so the same inputs always give the same
metadata (reproducible packages need that).
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from archiver import identifiers
from archiver.__about__ import TOOL_NAME, __version__
from archiver.article import Article, ParsedArticle
from archiver.metadata import (
    Agent,
    ArticleMetadata,
    Dateline,
    Dates,
    Extraction,
    ExtractionSoftware,
    Language,
    OriginalFile,
    ReadingWarning,
)
from archiver.schema_ids import EXTRACTED_FIELDS, ExtractedField, ExtractionTool, FieldSource, LanguageModel
from archiver.sources.language import contradicting_language, detect, normalize_bcp47

__all__ = ["build_metadata", "count_words"]

# A "word": a run of non-space characters, except that each CJK ideograph, kana or Hangul syllable counts as
# one (those scripts do not separate words with spaces).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")


def count_words(text: str) -> int:
    if text.isascii():  # no CJK: the words are exactly the whitespace-separated runs
        return len(text.split())
    return len(_WORD.findall(text))


def _utc(value: datetime | None, what: str, warnings: list[ReadingWarning]) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        warnings.append(
            ReadingWarning(code="DATE_NO_TIMEZONE", message=f"{what} time has no timezone; taken as UTC")
        )
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _as_stated(value: datetime | None) -> datetime | None:
    """The publication time with the offset the source stated, kept for its local day (a page saying
    ``2024-09-02T06:15:00+09:00`` was published on 2 September, though its UTC day is the 1st); None when
    the source stated no offset (then there is no local day other than the one ``published`` already has).
    """
    if value is None or value.tzinfo is None or value.utcoffset() is None:
        return None
    return value


#: BCP 47's special primary tags that name no one language (RFC 5646 §4.1: ``und``, ``mul``, ``zxx``,
#: ``mis``).
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})


def _language(
    text: str, declared: str | None, warnings: list[ReadingWarning]
) -> tuple[Language, tuple[LanguageModel, str] | None]:
    """The article's language, and the statistical detector (name, version) that found it, if one did.

    A declared ``und`` (undetermined), ``mul`` (several), ``zxx`` (no linguistic content) or ``mis``
    (uncoded) names no language, so the text's is detected as where none is declared."""
    if declared:
        code = normalize_bcp47(declared)
        if code and code.split("-")[0] in _NO_LANGUAGE:
            declared = code = None
        if code:
            other = contradicting_language(code, text)
            if other is None:
                return Language(code=code, detected=False), None
            message = f"the source declares {code!r} but its text is clearly {other.code!r}; {other.code!r} recorded"
            warnings.append(ReadingWarning(code="LANGUAGE_DECLARED_CONTRADICTED", message=message))
            return Language(code=other.code, detected=True), other.model
        elif declared:
            warnings.append(
                ReadingWarning(
                    code="LANGUAGE_TAG_INVALID", message=f"declared language {declared!r} is not BCP 47"
                )
            )
    detected = detect(text)
    if detected is None:
        warnings.append(
            ReadingWarning(
                code="LANGUAGE_UNDETERMINED",
                message="the text does not tell its language: too little of it, or no clear answer",
            )
        )
        return Language(code="und", detected=True), None
    return Language(code=detected.code, detected=True), detected.model


def _extraction(
    parsed: ParsedArticle,
    *,
    language: Language,
    detector: tuple[LanguageModel, str] | None,
    url_given: bool,
    found: set[ExtractedField],
) -> Extraction | None:
    """Where each field of the metadata came from: the reader's rule, except where this module decided.

    The language is the reader's only when the declared tag was kept; a detected one (none declared, an
    invalid one, or one the text contradicts) is ``detected``, and ``und`` is no finding; the statistical
    ``detector`` that found it, if one did, joins the tools. A URL the caller gave wins over the page's and
    is ``given``. Only ``found`` fields (those the metadata holds) get an entry, in the schema's field
    order. None for a reader that records nothing (no tools).
    """
    if not parsed.tools:
        return None
    sources: dict[ExtractedField, FieldSource] = dict(parsed.field_sources)
    tools: list[tuple[ExtractionTool, str]] = list(parsed.tools)
    if language.detected:
        sources["language"] = "detected"
        if detector is not None and "language" in found:
            tools.append(detector)
    if url_given:
        sources["source_url"] = "given"
    return Extraction(
        tools=tuple(ExtractionSoftware(name=name, version=version) for name, version in tools),
        fields={name: sources[name] for name in EXTRACTED_FIELDS if name in sources and name in found},
    )


def build_metadata(
    article: Article,
    *,
    captured: datetime,
    identifier: str | None = None,
    source_url: str | None = None,
) -> ArticleMetadata:
    """The metadata of one article. ``identifier`` and ``source_url`` override what the article says."""
    src, parsed = article.source, article.parsed
    sha256 = hashlib.sha256(src.data).hexdigest()
    url = source_url or parsed.source_url
    warnings = [ReadingWarning(code=w.code, message=w.message) for w in parsed.warnings]
    dateline = None
    if parsed.dateline is not None:
        d = parsed.dateline
        dateline = Dateline(raw=d.raw, place=d.place, agency=d.agency, date_text=d.date_text)
    dates = Dates(
        published=_utc(parsed.published, "publication", warnings),
        published_local=_as_stated(parsed.published),
        modified=_utc(parsed.modified, "modification", warnings),
        captured=captured.astimezone(UTC),
    )
    language, detector = _language(parsed.text or parsed.title, parsed.language, warnings)
    publisher = parsed.publisher or parsed.source
    values: dict[ExtractedField, object] = {
        "title": parsed.title,
        "authors": parsed.authors,
        "published": dates.published,
        "modified": dates.modified,
        "language": None if language.code == "und" else language.code,
        "publisher": publisher,
        "source_url": url,
        "rights": parsed.rights,
        "description": parsed.description,
        "main_text": parsed.body_paragraphs,
    }
    extraction = _extraction(
        parsed,
        language=language,
        detector=detector,
        url_given=bool(source_url),
        found={name for name, value in values.items() if value},
    )
    return ArticleMetadata(
        identifier=identifiers.derive_identifier(explicit=identifier, source_url=url, sha256_hex=sha256),
        title=parsed.title,
        item_type=parsed.item_type or "text",
        publisher=publisher,
        credit_lines=parsed.credit_lines,
        dateline=dateline,
        authors=parsed.authors,
        language=language,
        dates=dates,
        source_url=url,
        subjects=parsed.subjects,
        rights=parsed.rights,
        description=parsed.description,
        word_count=count_words(parsed.text),
        paragraph_count=len(parsed.body_paragraphs),
        original=OriginalFile(
            filename=src.filename,
            size=len(src.data),
            media_type=src.media_type,
            encoding=src.encoding,
            has_bom=src.has_bom,
            line_endings=src.line_endings,
            sha256=sha256,
        ),
        agent=Agent(name=TOOL_NAME, version=__version__),
        extraction=extraction,
        warnings=tuple(warnings),
    )
