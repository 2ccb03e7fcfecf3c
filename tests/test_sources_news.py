"""The news rules (archiver.sources.news): bylines in text and dates in URLs, each rule on its own."""

from __future__ import annotations

from datetime import datetime

import pytest

from archiver.sources.news import date_from_url, is_byline, looks_like_name, parse_byline

# --- bylines ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By A. Writer and B. Reporter", ("A. Writer", "B. Reporter")),
        ("By Martha Quill", ("Martha Quill",)),
        ("BY Martha Quill & Deon Ashby", ("Martha Quill", "Deon Ashby")),
        ("By: Martha Quill", ("Martha Quill",)),
        ("Written by Martha Quill", ("Martha Quill",)),
        ("By Ann Lee, Bo Chen and Cy Diaz", ("Ann Lee", "Bo Chen", "Cy Diaz")),
        ("Von Jana Ebert und Lukas Brandt", ("Jana Ebert", "Lukas Brandt")),
        ("Autorin: Jana Ebert", ("Jana Ebert",)),
        ("Par Yann Le Goff et Maëlle Caradec", ("Yann Le Goff", "Maëlle Caradec")),
        ("Por Lucía Ferrer y Andrés Molina", ("Lucía Ferrer", "Andrés Molina")),
        ("Por Ana Souza e João Lima", ("Ana Souza", "João Lima")),
        ("Авторы: Анна Соколова и Павел Орлов", ("Анна Соколова", "Павел Орлов")),
        ("Автор: Анна Соколова", ("Анна Соколова",)),
        ("بقلم سارة الحسيني وعمر الخطيب", ("سارة الحسيني", "عمر الخطيب")),
        ("文・中村 美咲、小池 陽介", ("中村 美咲", "小池 陽介")),
        ("文／中村 美咲", ("中村 美咲",)),  # noqa: RUF001 - the full-width slash Japanese bylines use
        ("Von Ludwig van Beethoven", ("Ludwig van Beethoven",)),
        ("By Martha Quill and martha quill", ("Martha Quill",)),  # the same name once
    ],
)
def test_bylines_in_each_language(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names
    assert is_byline(line)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By A. Writer, Staff Reporter", ("A. Writer",)),
        ("By Jane Doe, Senior Political Correspondent, in Paris", ("Jane Doe",)),
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("Von Jana Ebert, dpa", ("Jana Ebert",)),
        ("Par Jean Dupont, envoyé spécial à Lyon", ("Jean Dupont",)),
        ("By Jane Doe, March 5, 2024", ("Jane Doe",)),
        ("By Jane Doe | 5 min read", ("Jane Doe",)),
        ("By Jane Doe on 5 March 2024", ("Jane Doe",)),
        ("By Jane Doe (Reporting from Kyiv)", ("Jane Doe",)),
        ("Von Jana Ebert, 12.03.2024, 14:05 Uhr", ("Jana Ebert",)),
    ],
)
def test_roles_agencies_and_dates_after_the_names_are_not_names(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday the council will decide on the budget.",
        "Von Montag an gilt der neue Fahrplan.",
        "Par ailleurs, la mairie a annoncé des travaux.",
        "Por favor, lea las instrucciones.",
        "By the way",
        "By 2030 the line will be electric",
        "Byline",
        "Buy one, get one free",
        "The story By Jane Doe",  # a byline opens its line
        "By " + "Very Long Name " * 20,
        "",
    ],
)
def test_prose_is_not_a_byline(line: str) -> None:
    assert parse_byline(line) == ()
    assert not is_byline(line)


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("Martha Quill", True),
        ("A. Writer", True),
        ("Maria da Silva", True),
        ("中村 美咲", True),
        ("سارة الحسيني", True),
        ("the council", False),
        ("Agent 007", False),
        ("de", False),
        ("One Two Three Four Five Six Seven", False),
    ],
)
def test_looks_like_name(part: str, expected: bool) -> None:
    assert looks_like_name(part) is expected


# --- dates in URLs ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2024/05/21/lead-pipes", datetime(2024, 5, 21)),
        ("https://news.example/world/2024/5/1/story.html", datetime(2024, 5, 1)),
        ("https://news.example/news/20240305/story", datetime(2024, 3, 5)),
        ("https://news.example/story_20240305.html", datetime(2024, 3, 5)),
        ("https://news.example/2024-03-05-council-budget", datetime(2024, 3, 5)),
        ("https://news.example/news/council-budget-2024-03-05.html", datetime(2024, 3, 5)),
        ("https://news.example/article?date=2024-03-05", datetime(2024, 3, 5)),
    ],
)
def test_dates_in_urls(url: str, expected: datetime) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/news/beekeepers-10403.html",  # an article number
        "https://news.example/2024/13/40/story",  # no such day
        "https://news.example/2024/02/30/story",
        "https://news.example/2024/03/",  # a month, not a day
        "https://2024.example/03/05/x",  # the host is a name
        "https://news.example/12345678/story",  # eight digits that are no date
        "https://news.example/1850/03/05/archive",  # before the web
        "https://news.example/story#2024-03-05",  # the fragment is the reader's, not the page's
        "http://[bad",
        "",
        None,
    ],
)
def test_no_date_in_these_urls(url: str | None) -> None:
    assert date_from_url(url) is None
