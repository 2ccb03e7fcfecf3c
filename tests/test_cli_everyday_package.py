"""``archiver package`` as an archivist uses it (issue 17): what it shows, what it skips, what its errors
say, and what it names a captured page. Every case goes through the command line."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.validation.run import ValidateOptions, validate_target
from archiver.web.naming import original_name
from tests import webserver
from tests.webserver import LocalServer, serve

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"
LATIN1 = "Café au lait\n\nLe café du quartier ouvre à six heures et sert les premiers clients.\n".encode(
    "cp1252"
)
SUMMARY = re.compile(r"^(\d+) articles: (.*) \(\d+\.\d s\)$")


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", SOURCE_DATE_EPOCH="1710417600")
    environ.pop("ARCHIVER_CONTACT_EMAIL", None)
    environ.update(env)
    cmd = [sys.executable, "-m", "archiver", "package", "--organization", "Everyday Archive", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=environ, timeout=120)


def summary_of(stderr: str) -> str:
    """The run's summary: the last line of stderr, without its time."""
    last = stderr.strip().splitlines()[-1]
    found = SUMMARY.match(last)
    assert found, f"no summary line in {stderr!r}"
    return f"{found[1]} articles: {found[2]}"


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    """A windows-1252 article, a clean one, and a one-line note: two of the three have warnings."""
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(LATIN1)
    note = tmp_path / "note.txt"
    note.write_text("Just a title\n", encoding="utf-8")
    return [latin1, SAMPLE, note]


# What it shows -----------------------------------------------------------------------------------------


def test_each_bag_is_listed_with_its_warnings_and_counted(tmp_path: Path, articles: list[Path]) -> None:
    got = run(*map(str, articles), "-o", str(tmp_path / "bags"))
    assert got.returncode == 0, got.stderr
    lines = got.stdout.splitlines()
    bags = [line for line in lines if line.startswith("created  ")]
    assert len(bags) == 3 and all(Path(line.split("  ", 1)[1]).is_dir() for line in bags)
    # Each warning is under its own bag's line, in input order.
    first, second, third = (lines.index(line) for line in bags)
    assert lines[first + 1 : second] == [
        "  warning ENCODING_ASSUMED: the file is not UTF-8 and declares no usable charset; read as windows-1252"
    ]
    assert second + 1 == third  # the clean article: no warning
    codes = [line.split()[1].rstrip(":") for line in lines[third + 1 :]]
    assert "BODY_EMPTY" in codes and all(line.startswith("  warning ") for line in lines[third + 1 :])
    assert summary_of(got.stderr) == "3 articles: 3 created (2 with warnings), 0 failed"


def test_one_article_shows_its_bag_and_warnings_without_a_summary(
    tmp_path: Path, articles: list[Path]
) -> None:
    got = run(str(articles[0]), "-o", str(tmp_path / "bags"))
    assert got.returncode == 0, got.stderr
    assert got.stdout.startswith("created  ") and "  warning ENCODING_ASSUMED: " in got.stdout
    assert got.stderr == ""


def test_json_lines_carry_the_warnings(tmp_path: Path, articles: list[Path]) -> None:
    got = run(*map(str, articles), "-o", str(tmp_path / "bags"), "--json")
    assert got.returncode == 0, got.stderr
    records = [json.loads(line) for line in got.stdout.splitlines()]
    assert [r["status"] for r in records] == ["created"] * 3
    assert [[w["code"] for w in r["warnings"]] for r in records][:2] == [["ENCODING_ASSUMED"], []]
    assert "BODY_EMPTY" in [w["code"] for w in records[2]["warnings"]]
    assert all(set(w) == {"code", "message"} and w["message"] for r in records for w in r["warnings"])
    meta = json.loads((Path(records[0]["bag"]) / "data/metadata/article-metadata.json").read_text())
    assert meta["warnings"] == records[0]["warnings"]  # the same doubts the bag records
    assert records[0]["resources"] is None
    assert summary_of(got.stderr) == "3 articles: 3 created (2 with warnings), 0 failed"


def test_titles_are_printed_verbatim_never_as_emoji_or_markup(tmp_path: Path) -> None:
    """The console never reads a title as rich markup or an emoji code: ``:smile:`` stays six letters."""
    title = "Budget :smile: vote [bold]passes[/bold] :red_circle:"
    article = tmp_path / "a.txt"
    article.write_text(f"{title}\n\nThe council passed the budget on Tuesday after a long debate.\n", "utf-8")
    as_json = run(str(article), "-o", str(tmp_path / "out"), "--json")
    assert json.loads(as_json.stdout)["title"] == title
    metadata = [sys.executable, "-m", "archiver", "metadata", str(article)]
    printed = subprocess.run(metadata, capture_output=True, text=True, timeout=120, check=True).stdout
    assert json.loads(printed)["title"] == title


def test_quiet_prints_only_failures_and_the_summary(tmp_path: Path, articles: list[Path]) -> None:
    missing = tmp_path / "missing.txt"
    got = run(*map(str, articles), str(missing), "-o", str(tmp_path / "bags"), "-q")
    assert got.returncode == 1
    assert got.stdout == ""
    errors = got.stderr.strip().splitlines()
    assert (
        len(errors) == 2 and errors[0].startswith("error[ARTICLE_NOT_FOUND]") and "missing.txt" in errors[0]
    )
    assert summary_of(got.stderr) == "4 articles: 3 created (2 with warnings), 1 failed"
    again = run(*map(str, articles), "-o", str(tmp_path / "bags"), "--quiet")
    assert again.returncode == 0 and again.stdout == ""
    assert summary_of(again.stderr) == "3 articles: 0 created, 3 exists (2 with warnings), 0 failed"


# A folder's skipped files ------------------------------------------------------------------------------


@pytest.fixture
def mixed(tmp_path: Path, articles: list[Path]) -> Path:
    """A folder as archivists have them: articles among photos, data, notes, a zip, hidden files, a link."""
    folder = tmp_path / "mixed"
    (folder / "2024").mkdir(parents=True)
    (folder / "a.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "2024" / "b.txt").write_bytes(LATIN1)
    (folder / "2024" / "c.html").write_text("<title>A page</title><p>Its text, one line long.</p>\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not much of a photo")
    (folder / "data.json").write_text("{}\n")
    (folder / "notes.md").write_text("# notes\n")
    (folder / "old.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (folder / "elsewhere").symlink_to(folder / "2024", target_is_directory=True)
    return folder


SKIPPED = {
    "photo.jpg": "not an article file",
    "data.json": "not an article file",
    "notes.md": "not an article file",
    "old.zip": "not an article file",
    ".DS_Store": "hidden",
    "elsewhere": "a link to a folder",
}


def test_a_folders_skipped_files_are_counted(tmp_path: Path, mixed: Path) -> None:
    got = run(str(mixed), "-o", str(tmp_path / "bags"))
    assert got.returncode == 0, got.stderr
    assert summary_of(got.stderr) == "3 articles: 3 created (2 with warnings), 0 failed, 6 skipped"
    assert "skipped  " not in got.stderr  # named only with --verbose


def test_verbose_names_each_skipped_file_and_why(tmp_path: Path, mixed: Path) -> None:
    got = run(str(mixed), "-o", str(tmp_path / "bags"), "--verbose", "--json")
    assert got.returncode == 0, got.stderr
    assert len(got.stdout.splitlines()) == 3  # stdout holds the bags only: the list is on stderr
    listed = {}
    for line in got.stderr.splitlines():
        if line.startswith("skipped  "):
            path, _, why = line[len("skipped  ") :].partition(": ")
            listed[Path(path).name] = why
    assert set(listed) == set(SKIPPED)
    for name, why in SKIPPED.items():
        assert listed[name].startswith(why), (name, listed[name])
    assert summary_of(got.stderr).endswith("0 failed, 6 skipped")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_is_reported(tmp_path: Path, mixed: Path) -> None:
    locked = mixed / "locked"
    locked.mkdir()
    (locked / "d.txt").write_bytes(SAMPLE.read_bytes())
    locked.chmod(0)
    try:
        got = run(str(mixed), "-o", str(tmp_path / "bags"), "-v", "-q")
    finally:
        locked.chmod(0o755)
    assert f"skipped  {locked}: the folder cannot be read" in got.stderr
    assert summary_of(got.stderr).endswith("7 skipped")


def test_a_folder_of_no_articles_says_what_it_held(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8")
    got = run(str(folder), "-o", str(tmp_path / "bags"))
    assert got.returncode == 2
    assert got.stderr.startswith("error[NO_ARTICLES]") and "1 other file or folder" in got.stderr
    assert "--verbose" in got.stderr and not (tmp_path / "bags").exists()


# Errors that say what to do ----------------------------------------------------------------------------


def test_output_naming_a_file_is_refused_as_usage(tmp_path: Path) -> None:
    taken = tmp_path / "bags.txt"
    taken.write_text("my notes\n")
    got = run(str(SAMPLE), "-o", str(taken))
    assert got.returncode == 2
    lines = got.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error[OUTPUT_NOT_A_FOLDER] {taken}: ")
    assert "must be a folder" in lines[0] and "Traceback" not in got.stderr
    assert taken.read_text() == "my notes\n"
    under = run(str(SAMPLE), "-o", str(taken / "bags"))
    assert (
        under.returncode == 2
        and "OUTPUT_NOT_A_FOLDER" in under.stderr
        and f"{taken} is a file" in under.stderr
    )


def test_a_missing_input_leaves_no_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "new" / "bags"
    got = run(str(tmp_path / "nope.txt"), "-o", str(out))
    assert got.returncode == 1 and "ARTICLE_NOT_FOUND" in got.stderr
    assert not (tmp_path / "new").exists()  # neither the folder nor the parent this run made


def test_an_existing_output_folder_stays_even_when_empty(tmp_path: Path) -> None:
    out = tmp_path / "bags"
    out.mkdir()
    got = run(str(tmp_path / "nope.txt"), "-o", str(out))
    assert got.returncode == 1 and out.is_dir() and list(out.iterdir()) == []


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as srv:
        yield srv


def test_404_and_robots_refusal_leave_no_folder_and_say_what_to_check(
    tmp_path: Path, server: LocalServer
) -> None:
    out = tmp_path / "bags"
    got = run(server.url("/missing"), server.url("/private/page.html"), "-o", str(out))
    assert got.returncode == 1 and not out.exists()
    missing, refused = (line for line in got.stderr.splitlines() if line.startswith("error["))
    assert missing.startswith("error[CAPTURE_HTTP_CLIENT_ERROR]") and "HTTP 404" in missing
    assert "(check the URL for typos" in missing
    assert refused.startswith("error[CAPTURE_ROBOTS_DISALLOWED]") and "--ignore-robots" in refused
    assert summary_of(got.stderr) == "2 articles: 0 created, 2 failed"


def test_connection_refused_says_what_to_check(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "bags"
    got = run(f"http://127.0.0.1:{port}/story.html", "-o", str(out))
    assert got.returncode == 1 and not out.exists()
    assert got.stderr.startswith("error[CAPTURE_CONNECTION_REFUSED]")
    assert "(check the URL's host and port, and that the site is up" in got.stderr


# What it names, and what a URL's line says -------------------------------------------------------------


def _named_pages(path: str) -> webserver.Reply:
    """The bare page also at a folder's URL and at a URL without an extension."""
    if path in ("/news/", "/news/story-42", "/news/caf%C3%A9.html"):
        return webserver.simple("200 OK", webserver.page_bytes("bare.html"), "text/html")
    return webserver._route(path)


def _original(bag: Path) -> Path:
    (original,) = (bag / "data/original").iterdir()
    return original


def test_a_captured_page_is_named_from_its_url(tmp_path: Path) -> None:
    with serve(_named_pages) as named:
        urls = [
            named.url(p)
            for p in ("/articles/jsonld.html", "/news/", "/news/story-42", "/news/caf%C3%A9.html")
        ]
        got = run(*urls, "-o", str(tmp_path / "bags"), "--json", ARCHIVER_CONTACT_EMAIL="archive@example.org")
    assert got.returncode == 0, got.stderr
    records = [json.loads(line) for line in got.stdout.splitlines()]
    names = [_original(Path(r["bag"])).name for r in records]
    assert names == ["jsonld.html", "index.html", "story-42.html", "cafe.html"]
    for record, name in zip(records, names, strict=True):
        bag = Path(record["bag"])
        meta = json.loads((bag / "data/metadata/article-metadata.json").read_text())
        assert meta["original"]["filename"] == name
        report = validate_target(bag, ValidateOptions())
        assert report.valid and not report.warnings, [f.to_dict() for f in report.findings]
        assert record["warnings"] == []  # a contact e-mail is configured, and the pages read cleanly
        assert record["resources"] == {"asked": False, "captured": 0, "skipped": 0, "skipped_by": {}}


def test_a_url_line_counts_resources_and_warns_of_those_left_out(tmp_path: Path, server: LocalServer) -> None:
    got = run(server.url("/articles/resources.html"), "-o", str(tmp_path / "bags"), "--with-resources")
    assert got.returncode == 0, got.stderr
    first, *warnings = got.stdout.splitlines()
    assert first.startswith("created  ")
    assert first.endswith("  (5 resources captured, 2 skipped: 1 off-site, 1 robots.txt)")
    codes = [line.split()[1].rstrip(":") for line in warnings]
    assert codes == ["CONTACT_EMAIL_MISSING", "RESOURCES_ROBOTS", "RESOURCES_HTTP_ERROR"]
    assert server.url("/private/hidden.png") in warnings[1]
    assert server.url("/static/missing.png") in warnings[2] and "HTTP 404" in warnings[2]
    assert "contact_email" in warnings[0]  # what to set
    bag = Path(first.split("  ")[1])
    capture = json.loads((bag / "data/capture/capture.json").read_text())
    assert capture["warnings"] == [warnings[0].split(": ", 1)[1].split(" (set ")[0]]  # the record: no hint
    assert _original(bag).name == "resources.html"


def test_a_url_without_resources_says_page_only(tmp_path: Path, server: LocalServer) -> None:
    got = run(server.url("/articles/bare.html"), "-o", str(tmp_path / "bags"))
    assert got.returncode == 0, got.stderr
    assert got.stdout.splitlines()[0].endswith("  (page only)")


def test_url_bags_keep_their_names_and_metadata_when_made_again(tmp_path: Path, server: LocalServer) -> None:
    """Same URL, same SOURCE_DATE_EPOCH: the same bag name, the same original under the same name, the same
    metadata (capture.json and the WARC record the live exchange's timings, which differ)."""
    url = server.url("/articles/og.html")
    bags = []
    for name in ("one", "two"):
        got = run(url, "-o", str(tmp_path / name), "--json")
        assert got.returncode == 0, got.stderr
        bags.append(Path(json.loads(got.stdout)["bag"]))
    assert bags[0].name == bags[1].name
    for rel in ("data/original/og.html", "data/metadata/article-metadata.json"):
        assert (bags[0] / rel).read_bytes() == (bags[1] / rel).read_bytes(), rel


@pytest.mark.parametrize(
    ("url", "media_type", "name"),
    [
        ("https://example.org/news/story.html", "text/html", "story.html"),
        ("https://example.org/news/", "text/html", "index.html"),
        ("https://example.org", None, "index.html"),
        ("https://example.org/news/story", "text/html", "story.html"),
        ("https://example.org/page.xhtml", "application/xhtml+xml", "page.xhtml"),
        ("https://example.org/article.php?id=7", "text/html", "article.php.html"),
        ("https://example.org/STORY.HTM", "text/html", "STORY.HTM"),
        ("https://example.org/a%20b%3Fc%2Fd.html", "text/html", "a_b_c_d.html"),
        ("https://example.org/..%2F..%2Fetc", "text/html", "etc.html"),
        ("https://example.org/.hidden.html", "text/html", "hidden.html"),
        ("https://example.org/con.html", "text/html", "_con.html"),
        ("https://example.org/LPT1", "text/html", "_LPT1.html"),
        ("https://example.org/%E6%96%B0%E8%81%9E", "text/html", "page.html"),
        ("https://example.org/" + "x" * 300 + ".html", "text/html", "x" * 91 + ".html"),
    ],
)
def test_page_names_are_safe_everywhere(url: str, media_type: str | None, name: str) -> None:
    assert original_name(url, media_type) == name


def test_page_names_are_unique_in_their_folder() -> None:
    assert original_name("https://example.org/story.html", "text/html", {"STORY.html"}) == "story-2.html"


def test_a_folder_that_cannot_be_read_is_told_with_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root can read any folder, the refusal is simulated here (the command-line case runs as others)."""
    from archiver.packaging import inputs as packaging_inputs

    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_bytes(SAMPLE.read_bytes())
    real = os.scandir

    def scandir(path: str) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(packaging_inputs.os, "scandir", scandir)
    told: list[packaging_inputs.SkippedInput] = []
    inputs = packaging_inputs.InputList([tmp_path / "in"], on_skip=told.append)
    assert list(inputs) == [tmp_path / "in" / "a.txt"] and inputs.skipped == 1
    assert told == [
        packaging_inputs.SkippedInput(str(locked), "the folder cannot be read: Permission denied")
    ]
