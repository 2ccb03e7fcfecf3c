"""The ASCII fast paths in language detection and word counting give exactly what the general paths give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from archiver import extract
from archiver.sources import language

ASCII_TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=127), max_size=600)


@settings(max_examples=300, deadline=None)
@given(ASCII_TEXT)
def test_ascii_letter_count_matches_the_general_path(text: str) -> None:
    general = sum(1 for c in text if c.isalpha())
    assert language.script_counts(text).get("Latin", 0) == general


@settings(max_examples=300, deadline=None)
@given(ASCII_TEXT)
def test_ascii_word_count_matches_the_general_path(text: str) -> None:
    assert extract.count_words(text) == len(extract._WORD.findall(text))


@settings(max_examples=300, deadline=None)
@given(ASCII_TEXT)
def test_ascii_tokens_match_the_general_tokens(text: str) -> None:
    lowered = text.lower()
    assert language._ASCII_WORD_RE.findall(lowered) == language._WORD_RE.findall(lowered)
