"""Guess an article's language, and tidy language tags a source declares.

Two detectors. The reader's own rules are small and dependency-free: a news article's language is usually
obvious from its script, and for Latin-script text a handful of very frequent function words tells seven
common languages apart. Where the optional extra ``news-archiver[language]`` is installed, a maintained
statistical detector (lingua, offline trigram models of 75 languages) decides what those rules cannot: a
script that several languages write (Cyrillic, Arabic, Devanagari) and Latin-script text that is not
clearly English. Clearly English text and scripts of one language stay with the rules, which cost a
fraction of the model's time (docs/benchmarks.md). Both answer ``None`` rather than guess when there is
too little text, because a wrong language in preservation metadata is worse than a missing one.
"""

from __future__ import annotations

import functools
import importlib.metadata
import re
import string
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from archiver.langtag import BCP47_RE
from archiver.schema_ids import LanguageModel

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = [
    "MODEL_NAME",
    "Detection",
    "ascii_words",
    "contradicting_language",
    "detect",
    "detect_language",
    "normalize_bcp47",
    "script_counts",
]

#: Fewer letters of a non-Latin script than this, and we do not name a language.
MIN_SCRIPT_LETTERS = 6
#: Latin-script text needs at least this many words, and this many stopword hits for the winner.
MIN_LATIN_WORDS = 5
MIN_STOPWORD_HITS = 3
#: ... and the winner's function words must be at least this share of the words: text in one of the seven
#: languages has 0.25 to 0.35, Danish or Norwegian about 0.11 of English ones ("for", "at"), which must not
#: make it English.
MIN_STOPWORD_SHARE = 0.15
#: A non-Latin script wins when it makes up at least this share of the letters (Latin acronyms are common
#: in, say, Chinese news, and must not drown the Han characters).
NON_LATIN_SHARE = 0.3

# (first code point, last code point, script) — the blocks that decide a language by script alone.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "Greek"),
    (0x1F00, 0x1FFF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0590, 0x05FF, "Hebrew"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x1100, 0x11FF, "Hangul"),
    (0x3130, 0x318F, "Hangul"),
    (0xAC00, 0xD7AF, "Hangul"),
    (0x3040, 0x30FF, "Kana"),
    (0x31F0, 0x31FF, "Kana"),
    (0xFF66, 0xFF9F, "Kana"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xF900, 0xFAFF, "Han"),
    (0x20000, 0x2FA1F, "Han"),
)

_SCRIPT_LANGUAGE = {
    "Greek": "el",
    "Cyrillic": "ru",
    "Hebrew": "he",
    "Arabic": "ar",
    "Devanagari": "hi",
    "Thai": "th",
    "Hangul": "ko",
    "Han": "zh",
    "Kana": "ja",
}

#: Letters found in Ukrainian but not in Russian: their presence makes Cyrillic text "uk", not "ru".
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")

# Frequent function words. Overlaps between languages ("de", "la") are fine: they score for each.
_STOPWORD_TEXT: dict[str, str] = {
    "en": (
        "the and of to is in that it was for on are with as his her they at be this have from by were "
        "which said has had not but an been would their who will its after than"
    ),
    "fr": (
        "le la les des et est une du dans pour qui que sur pas au aux avec ce il elle sont ont été par "
        "plus mais ses leur cette nous lors selon où"
    ),
    "de": (
        "der die das und ist nicht mit den von zu sich des auf für im dem ein eine auch es wird wurde "
        "sind bei nach aus hat werden über sagte"
    ),
    "es": (
        "el la los las de que y en un una por con para es del se al lo como más pero sus fue ha son "
        "está según sobre"
    ),
    "it": (
        "il di che e la le un una per non con del della dei sono è gli nel alla ha anche più come ma "
        "questo essere stato nella"
    ),
    "pt": (
        "o a os as de que e do da dos das em um uma para com não por no na mais se foi ao é são pelo "
        "pela também disse"
    ),
    "nl": (
        "de het een en van in is dat op te met voor niet zijn die er aan ook als bij door werd worden "
        "wordt naar hij ze maar"
    ),
}

_STOPWORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORD_TEXT.items()}

_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


#: Letters: word characters that are neither digits nor underscore (combining marks are not letters).
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
#: Word tokens of ASCII text: the same tokens _WORD_RE finds, with a cheaper character class.
_ASCII_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: Only this much of a long text is looked at: a few thousand letters decide a language as well as all.
SAMPLE_CHARS = 20_000


def _class_of(ranges: Iterable[tuple[int, int]]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]")


_LATIN_CLASS = _class_of(
    [
        (0x41, 0x5A),
        (0x61, 0x7A),
        (0xAA, 0xAA),
        (0xB5, 0xB5),
        (0xBA, 0xBA),
        (0xC0, 0xD6),
        (0xD8, 0xF6),
        (0xF8, 0x24F),
        (0x1E00, 0x1EFF),
    ]
)
_SCRIPT_CLASSES: dict[str, re.Pattern[str]] = {
    script: _class_of((a, b) for a, b, s in _SCRIPT_RANGES if s == script)
    for script in dict.fromkeys(s for _, _, s in _SCRIPT_RANGES)
}


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script the text holds (marks, digits and punctuation are not counted).

    Regular expressions do the scanning in C: a per-character Python loop here was the largest single cost
    of packaging an article (docs/benchmarks.md).
    """
    sample = text[:SAMPLE_CHARS]
    counts: Counter[str] = Counter()
    if sample.isascii():  # the common case, counted without a regular expression
        raw = sample.encode("ascii")
        latin = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        if latin:
            counts["Latin"] = latin
        return counts
    letters = "".join(_LETTERS_RE.findall(sample))
    for script, pattern in (("Latin", _LATIN_CLASS), *_SCRIPT_CLASSES.items()):
        n = len(pattern.findall(letters))
        if n:
            counts[script] += n
    return counts


def _language_by_script(text: str, counts: Counter[str]) -> str | None:
    """The language implied by the dominant non-Latin script, or None when no such script dominates."""
    cjk = counts["Han"] + counts["Kana"]
    non_latin = {script: n for script, n in counts.items() if script not in ("Latin", "Han", "Kana")}
    if cjk:
        non_latin["CJK"] = cjk
    if not non_latin:
        return None
    script, count = max(non_latin.items(), key=lambda item: item[1])
    total = sum(counts.values())
    if count < MIN_SCRIPT_LETTERS or count < NON_LATIN_SHARE * total:
        return None
    if script == "CJK":
        # Japanese prose always mixes kana into its kanji; Chinese never uses kana.
        return "ja" if counts["Kana"] >= max(2, 0.05 * cjk) else "zh"
    if script == "Cyrillic" and any(char in _UKRAINIAN_LETTERS for char in text):
        return "uk"
    return _SCRIPT_LANGUAGE[script]


def _stopword_scores(words: Iterable[str]) -> Counter[str]:
    """How many of the words are function words of each language the rules know (in ``_STOPWORDS``'s
    order, which breaks ties): counted once, for every test the rules make of them."""
    counts = Counter(words)
    return Counter({lang: sum(counts[w] for w in stop & counts.keys()) for lang, stop in _STOPWORDS.items()})


def _language_by_stopwords(scores: Counter[str], words: int) -> str | None:
    """The Latin-script language whose function words are clearly the most frequent among ``words``
    words, else None."""
    if words < MIN_LATIN_WORDS:
        return None
    ranked = scores.most_common(2)
    (best, best_score), (_, second_score) = ranked[0], ranked[1]
    if best_score < MIN_STOPWORD_HITS or best_score <= second_score:
        return None
    if best_score < MIN_STOPWORD_SHARE * words:
        return None
    return best


#: The statistical detector's distribution name (``news-archiver[language]``), as ``extraction.tools``
#: records it.
MODEL_NAME: Final[LanguageModel] = "lingua-language-detector"
#: The model reads this much of the text, in :data:`MODEL_SAMPLE_PARTS` pieces spread over its first
#: :data:`SAMPLE_CHARS` (cut at spaces): a few sentences decide a language on its trigram models, its time
#: grows with the length (about 3 µs a character here), and pieces from the middle keep an English lead
#: or standfirst from deciding a Ukrainian page's language.
MODEL_SAMPLE_CHARS = 500
MODEL_SAMPLE_PARTS = 3
#: The model is asked only about text of at least this many letters: on a sentence its trigram models
#: guess (a line of Ukrainian read as Kazakh), where the rules know the script's usual language.
MODEL_MIN_LETTERS = 120
#: The model's answer is taken when it gives the language at least this confidence (0 to 1) ...
MODEL_MIN_CONFIDENCE = 0.5
#: ... and overrules a declared language only at this confidence.
MODEL_OVERRULE_CONFIDENCE = 0.9
#: Scripts the rules map to one language although several write them: the model decides these.
_SHARED_SCRIPT_GUESSES = frozenset({"ru", "uk", "ar", "hi"})
#: Clearly English: the English function words are at least this share of the words, and this many times
#: as frequent as the next language's. Danish and Norwegian text reaches about 0.11 ("for", "at", "en").
ENGLISH_SHARE = 0.2
ENGLISH_LEAD = 3
#: Languages that name one language, or that the model tells apart poorly at news length: one of a group
#: never overrules another of it (a page declaring "no" that the model reads as "nb").
_SAME_FOR_OVERRULING = (frozenset({"no", "nb", "nn"}), frozenset({"id", "ms"}), frozenset({"sr", "hr", "bs"}))


@dataclass(frozen=True, slots=True)
class Detection:
    """A language found in a text: a BCP 47 primary tag, and the statistical model that found it (its name
    and version, for ``extraction.tools``) or None where the reader's own rules did."""

    code: str
    model: tuple[LanguageModel, str] | None = None
    confidence: float | None = None  # the model's (0 to 1); the rules state none


_MODEL_LOCK = threading.Lock()
_LOADED: list[tuple[LanguageDetector, tuple[LanguageModel, str]] | None] = []  # the one answer, once known


def _model() -> tuple[LanguageDetector, tuple[LanguageModel, str]] | None:
    if not _LOADED:
        with _MODEL_LOCK:  # two threads asking first build it once (0.4 s, 100 MB)
            if not _LOADED:
                _LOADED.append(_load_model())
    return _LOADED[0]


def _load_model() -> tuple[LanguageDetector, tuple[LanguageModel, str]] | None:
    """The statistical detector (for :func:`_model`, which builds it once per process); None where the
    extra is not installed.

    Low-accuracy mode (trigram models only) loads in about 0.4 s and 100 MB where the full models take 13 s
    and 1.1 GB here, and is as good on text of a few sentences, which every article has.
    """
    try:
        from lingua import LanguageDetectorBuilder

        version = importlib.metadata.version(MODEL_NAME)
    except (ImportError, importlib.metadata.PackageNotFoundError):  # not installed, or another "lingua"
        return None
    detector = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
    return detector, (MODEL_NAME, version)


def _by_model(text: str) -> Detection | None:
    loaded = _model()
    if loaded is None:
        return None
    detector, tool = loaded
    ranked = detector.compute_language_confidence_values(_model_sample(text))
    if not ranked or ranked[0].value < MODEL_MIN_CONFIDENCE:
        return None
    return Detection(ranked[0].language.iso_code_639_1.name.lower(), tool, ranked[0].value)


def _model_sample(text: str) -> str:
    """:data:`MODEL_SAMPLE_CHARS` of ``text`` in :data:`MODEL_SAMPLE_PARTS` pieces spread over its first
    :data:`SAMPLE_CHARS`, each cut at spaces (no half words)."""
    text = text[:SAMPLE_CHARS]
    if len(text) <= MODEL_SAMPLE_CHARS:
        return text
    size = MODEL_SAMPLE_CHARS // MODEL_SAMPLE_PARTS
    step = (len(text) - size) // (MODEL_SAMPLE_PARTS - 1)
    pieces = []
    for start in range(0, step * MODEL_SAMPLE_PARTS, step):
        piece = text[start : start + size]
        if start and " " in piece:
            piece = piece.split(" ", 1)[1]
        if start + size < len(text) and " " in piece:
            piece = piece.rsplit(" ", 1)[0]
        pieces.append(piece)
    return " ".join(pieces)


def _words(text: str) -> list[str]:
    sample = text[:SAMPLE_CHARS].lower()
    return ascii_words(sample) if sample.isascii() else _WORD_RE.findall(sample)


def _clearly_english(scores: Counter[str], words: int) -> bool:
    ranked = sorted(scores.values(), reverse=True)
    english = scores["en"]
    return english == ranked[0] and english >= ENGLISH_SHARE * words and english >= ENGLISH_LEAD * ranked[1]


def detect(text: str, *, use_model: bool = True) -> Detection | None:
    """The language of ``text``, or None if unsure.

    The rules: script decides first (Han → zh, kana → ja, Hangul → ko, Arabic → ar, Cyrillic → ru or uk,
    Greek → el, Hebrew → he, Thai → th, Devanagari → hi); Latin-script text is told apart by stopword
    frequency among en, fr, de, es, it, pt and nl. With the model installed (and ``use_model``), it decides
    the shared scripts and all Latin-script text but the clearly English (:data:`ENGLISH_SHARE`); without
    it, Arabic-script Persian reads as "ar" and Danish may read as "en": the rules are a hint, not an
    authority.
    """
    counts = script_counts(text)
    by_script = _language_by_script(text, counts)
    if by_script is None and counts["Latin"] == 0:
        # A script the rules do not know (Georgian, Bengali, Tamil, ...): the model may.
        letters = len("".join(_LETTERS_RE.findall(text[:SAMPLE_CHARS])))
        return _by_model(text) if use_model and letters >= MODEL_MIN_LETTERS else None
    words = _words(text) if by_script is None else []
    if by_script is None and len(words) < MIN_LATIN_WORDS:
        return None
    scores = _stopword_scores(words)
    ambiguous = by_script in _SHARED_SCRIPT_GUESSES or (
        by_script is None and not _clearly_english(scores, len(words))
    )
    if use_model and ambiguous and sum(counts.values()) >= MODEL_MIN_LETTERS:
        found = _by_model(text)
        if found is not None:
            return found  # else (the model unsure) the rules' answer
    if by_script is not None:
        return Detection(by_script)
    by_words = _language_by_stopwords(scores, len(words))
    return Detection(by_words) if by_words else None


def detect_language(text: str, *, use_model: bool = True) -> str | None:
    """The primary language tag of ``text`` ("en", "zh", ...) by :func:`detect`, or None if unsure."""
    found = detect(text, use_model=use_model)
    return found.code if found else None


#: A declared language is overruled only by this much text, ...
MIN_CONTRADICTING_WORDS = 40
#: ... with at least this many function words of the other language, ...
MIN_CONTRADICTING_HITS = 10
#: ... and this many times as many as of the declared one.
CONTRADICTING_RATIO = 3


#: The model overrules a declaration only on this many letters of text.
MIN_CONTRADICTING_LETTERS = 150


def contradicting_language(declared: str, text: str, *, use_model: bool = True) -> Detection | None:
    """The language ``text`` is clearly written in when it is not the ``declared`` one, else None.

    Pages declare ``lang="en"`` from a template whatever they hold; the declaration is still the better
    evidence in general, so it is overruled only by much text and a clear answer. With the model: a
    language it knows, read with :data:`MODEL_OVERRULE_CONFIDENCE` from at least
    :data:`MIN_CONTRADICTING_LETTERS` letters, against a declared language it knows too (one it cannot
    name, "fy" or "yue", is kept). Where the rules rather than the model read the text (clearly English, a
    script of one language), or without the model: both languages among the Latin-script ones the rules know
    by their function words, and the other language's words outnumbering the declared one's by far; or a
    script only one language writes (Thai, Hangul, Greek, Hebrew, kana) against a declared Latin-script
    language. Shared scripts are left alone (Cyrillic text declared ``sr`` is not Russian to rules that only
    know "ru").
    """
    primary = declared.split("-")[0].lower()
    loaded = _model() if use_model else None
    if loaded is not None:
        if primary not in _model_languages() or sum(script_counts(text).values()) < MIN_CONTRADICTING_LETTERS:
            return None
        found = detect(text)
        if found is not None and found.model is not None:
            overrules = (
                (found.confidence or 0) >= MODEL_OVERRULE_CONFIDENCE
                and found.code != primary
                and not any(primary in group and found.code in group for group in _SAME_FOR_OVERRULING)
            )
            return found if overrules else None
        # the rules found it (clearly English, a script of one language): their own test below decides
    if primary not in _STOPWORDS:
        return None
    counts = script_counts(text)
    by_script = _language_by_script(text, counts)
    if by_script in _ONE_LANGUAGE_SCRIPTS and sum(counts.values()) >= MIN_CONTRADICTING_LETTERS:
        return Detection(
            by_script
        )  # Thai, Korean, Greek, Hebrew or Japanese text declared a Latin-script language
    if by_script is not None or not counts["Latin"]:
        return None
    words = _words(text)
    if len(words) < MIN_CONTRADICTING_WORDS:
        return None
    scores = _stopword_scores(words)
    best = max(scores, key=lambda lang: scores[lang])
    if best == primary or scores[best] < MIN_CONTRADICTING_HITS:
        return None
    return Detection(best) if scores[best] >= CONTRADICTING_RATIO * scores[primary] else None


#: The languages whose script no other language the rules know writes: text in it declared as a
#: Latin-script language contradicts the declaration, model or not.
_ONE_LANGUAGE_SCRIPTS = frozenset({"th", "ko", "el", "he", "ja"})


@functools.cache
def _model_languages() -> frozenset[str]:
    """The primary tags of the languages the model knows ("no" too, which it reads as "nb" or "nn")."""
    from lingua import Language

    return frozenset({language.iso_code_639_1.name.lower() for language in Language.all()} | {"no"})


#: Every ASCII byte that cannot be part of an ASCII word token becomes a space.
_NOT_WORD_BYTES = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz'" else 0x20 for c in range(256))


def ascii_words(sample: str) -> list[str]:
    """``_ASCII_WORD_RE.findall(sample)`` for lower-case ASCII text, in half the time.

    Word tokens never span a character outside ``[a-z']``, so the text splits there first (a byte
    translation in C); a run without an apostrophe is one token, and only runs with one need the regex.
    """
    spaced = sample.encode("ascii").translate(_NOT_WORD_BYTES).decode("ascii")
    if "'" not in spaced:  # the usual case: every run is a token
        return spaced.split()
    words: list[str] = []
    for run in spaced.split():
        if "'" in run:
            words += _ASCII_WORD_RE.findall(run)
        else:
            words.append(run)
    return words


def _case_subtag(subtag: str, index: int) -> str:
    """Apply BCP 47's conventional case: language lower, Script title, REGION upper, the rest lower."""
    if index == 0:
        return subtag.lower()
    if len(subtag) == 4 and subtag.isalpha():
        return subtag.title()
    if len(subtag) == 2 and subtag.isalpha():
        return subtag.upper()
    return subtag.lower()


def normalize_bcp47(tag: str | None) -> str | None:
    """Return ``tag`` as a well-formed BCP 47 tag in conventional case, or None if it is not one.

    Well-formed means RFC 5646's grammar (:data:`archiver.langtag.BCP47_RE`, the metadata schema's own
    pattern), extlangs and extensions included ("de-ere"). Accepts the POSIX spelling sources often use
    ("en_US" → "en-US") and any case ("EN" → "en"). Only 2 to 3 letter primary languages are accepted: the
    rarely used 4 to 8 letter forms are far more likely to be garbage such as "english" than real tags, and
    private-use and grandfathered tags say nothing a reader could use.
    """
    if tag is None:
        return None
    candidate = tag.strip().replace("_", "-")
    if not candidate or len(candidate) > 64 or not BCP47_RE.fullmatch(candidate):
        return None
    primary = candidate.split("-", 1)[0]
    if not (2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha()):
        return None
    subtags = candidate.split("-")
    out: list[str] = []
    in_extension = False
    for index, subtag in enumerate(subtags):
        if index > 0 and len(subtag) == 1:
            in_extension = True
        out.append(subtag.lower() if in_extension else _case_subtag(subtag, index))
    return "-".join(out)
