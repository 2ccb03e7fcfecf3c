"""End to end: ``package`` makes bags that bagit-python, warcio and jsonschema all accept."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import bagit
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator

from archiver import own_profile
from archiver.config import Organization, Settings
from archiver.errors import ArchiverError, UsageError
from archiver.metadata import SCHEMA_ID
from archiver.packaging import (
    PackageOptions,
    PackageResult,
    StagedBag,
    commit_staged,
    finish_one,
    package_article,
    package_many,
    stage_article,
    stage_articles,
)

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"
WHEN = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
SETTINGS = Settings(organization=Organization(name="Test Archive", contact_email="test@example.org"))


def options(outdir: Path, **kw: object) -> PackageOptions:
    base: dict[str, object] = {"outdir": outdir, "settings": SETTINGS, "captured": WHEN, "durable": False}
    base.update(kw)
    return PackageOptions(**base)  # type: ignore[arg-type]


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    result = package_article(SAMPLE, options(tmp_path / "out"))
    assert result.status == "created" and result.bag is not None
    return result.bag


def test_bag_validates_with_bagit_python(bag: Path) -> None:
    b = bagit.Bag(str(bag))
    b.validate()
    assert set(b.algorithms) == {"sha256", "sha512"}
    assert (bag / "bagit.txt").read_bytes() == b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


def test_bag_layout_and_original_bytes(bag: Path) -> None:
    files = snapshot(bag)
    assert files["data/original/sample-article.txt"] == SAMPLE.read_bytes()
    assert "data/metadata/article-metadata.json" in files
    assert f"data/warc/{bag.name}.warc.gz" in files
    for name in (
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
    ):
        assert name in files


def test_bag_info_order_and_values(bag: Path) -> None:
    lines = (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()
    labels = [line.split(":", 1)[0] for line in lines]
    assert labels == [
        "Source-Organization",
        "Contact-Email",
        "External-Identifier",
        "External-Description",
        "Bagging-Date",
        "Payload-Oxum",
        "Bag-Software-Agent",
        "BagIt-Profile-Identifier",
        own_profile.METADATA_SCHEMA_TAG,
    ]
    info = dict(line.split(": ", 1) for line in lines)
    assert info["Source-Organization"] == "Test Archive"
    assert info["Bagging-Date"] == "2024-03-14"
    assert info["BagIt-Profile-Identifier"] == own_profile.PROFILE_ID
    assert info[own_profile.METADATA_SCHEMA_TAG] == SCHEMA_ID
    payload = [p for p in (bag / "data").rglob("*") if p.is_file()]
    assert info["Payload-Oxum"] == f"{sum(p.stat().st_size for p in payload)}.{len(payload)}"


def test_metadata_validates_against_committed_schema(bag: Path) -> None:
    meta = json.loads((bag / "data/metadata/article-metadata.json").read_bytes())
    schema_path = REPO / "schemas/article-metadata" / meta["schema_version"] / "article-metadata.schema.json"
    jsonschema.Draft202012Validator(json.loads(schema_path.read_bytes())).validate(meta)
    assert meta["title"].startswith("Riverside library opens")
    assert meta["publisher"] == "RIVERSIDE GAZETTE"
    assert meta["credit_lines"] == ["(RIVERSIDE GAZETTE)"]
    assert meta["original"]["sha256"] == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    info = (bag / "bag-info.txt").read_text(encoding="utf-8")
    assert f"External-Identifier: {meta['identifier']}\n" in info


def test_warc_passes_warcio_check_and_reads_back(bag: Path) -> None:
    warc = next((bag / "data/warc").iterdir())
    warcio = Path(sys.executable).parent / "warcio"
    check = subprocess.run([str(warcio), "check", "-v", str(warc)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    with warc.open("rb") as fh:
        records = [(r.rec_type, r.rec_headers, r.content_stream().read()) for r in ArchiveIterator(fh)]
    assert [r[0] for r in records] == ["warcinfo", "resource", "metadata"]
    _, res_headers, res_body = records[1]
    _, meta_headers, meta_body = records[2]
    assert res_headers.protocol == "WARC/1.1"
    assert res_body == SAMPLE.read_bytes()
    assert meta_body == (bag / "data/metadata/article-metadata.json").read_bytes()
    assert meta_headers.get_header("WARC-Refers-To") == res_headers.get_header("WARC-Record-ID")
    assert meta_headers.get_header("WARC-Target-URI") != res_headers.get_header("WARC-Target-URI")
    assert meta_headers.get_header("WARC-Payload-Digest") is None


def test_source_url_becomes_target_uri_and_identifier(tmp_path: Path) -> None:
    url = "https://news.example.org/2024/03/14/reading-room"
    result = package_article(SAMPLE, options(tmp_path, source_url=url))
    assert result.bag is not None
    with next((result.bag / "data/warc").iterdir()).open("rb") as fh:
        resource = next(r for r in ArchiveIterator(fh) if r.rec_type == "resource")
        assert resource.rec_headers.get_header("WARC-Target-URI") == url
    again = package_article(SAMPLE, options(tmp_path / "other", source_url=url + "#frag"))
    assert again.identifier == result.identifier


def test_reproducible_with_fixed_date(tmp_path: Path) -> None:
    a = package_article(SAMPLE, options(tmp_path / "a"))
    b = package_article(SAMPLE, options(tmp_path / "b"))
    assert a.bag is not None and b.bag is not None
    assert snapshot(a.bag) == snapshot(b.bag)


def test_source_date_epoch_fixes_capture_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(WHEN.timestamp())))
    a = package_article(SAMPLE, options(tmp_path / "a", captured=None))
    b = package_article(SAMPLE, options(tmp_path / "b"))
    assert a.bag is not None and b.bag is not None
    assert snapshot(a.bag) == snapshot(b.bag)


def test_same_article_again_reports_exists(tmp_path: Path, bag: Path) -> None:
    before = snapshot(bag)
    again = package_article(SAMPLE, options(bag.parent, captured=datetime(2025, 1, 1, tzinfo=UTC)))
    assert again.status == "exists" and again.bag == bag
    assert snapshot(bag) == before


def test_different_content_same_id_refused_then_replaced(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text("Headline one\n\nBody text of the first version.\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("Headline one\n\nBody text of the corrected version.\n", encoding="utf-8")
    out = tmp_path / "out"
    urn = "urn:newsroom:2024-0001"
    made = package_article(first, options(out, identifier=urn))
    assert made.bag is not None
    before = snapshot(made.bag)
    with pytest.raises(ArchiverError) as refused:
        package_article(second, options(out, identifier=urn))
    assert refused.value.code == "BAG_EXISTS_DIFFERENT"
    assert snapshot(made.bag) == before
    replaced = package_article(second, options(out, identifier=urn, if_exists="replace"))
    assert replaced.status == "replaced"
    assert (made.bag / "data/original/second.txt").read_bytes() == second.read_bytes()
    bagit.Bag(str(made.bag)).validate()
    assert [p.name for p in out.iterdir()] == [made.bag.name]


def test_input_is_never_modified(tmp_path: Path) -> None:
    article = tmp_path / "in.txt"
    article.write_bytes(SAMPLE.read_bytes())
    stat = article.stat()
    package_article(article, options(tmp_path / "out"))
    assert article.read_bytes() == SAMPLE.read_bytes()
    assert article.stat().st_mtime_ns == stat.st_mtime_ns


def test_names_with_spaces_percent_and_unicode(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    article = src / "Été 100% news.txt"
    article.write_text(
        "Un titre\n\nLe corps de l'article, en français, assez long pour le détecter.\n", encoding="utf-8"
    )
    result = package_article(article, options(tmp_path / "out"))
    assert result.bag is not None
    manifest = (result.bag / "manifest-sha256.txt").read_text(encoding="utf-8")
    assert "data/original/Été 100%25 news.txt" in manifest


def test_missing_organization_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as exc:
        package_article(SAMPLE, options(tmp_path, settings=Settings()))
    assert exc.value.code == "CONFIG_NO_ORGANIZATION"
    assert not any(tmp_path.iterdir())


def test_bad_article_writes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ArchiverError):
        package_article(empty, options(out))
    assert list(out.iterdir()) == []


def test_many_articles_in_parallel_one_bad_reported(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(6):
        (src / f"a{i}.txt").write_text(
            f"Headline number {i}\n\nBody paragraph {i} of this article.\n", encoding="utf-8"
        )
    (src / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    seen: list[str] = []
    results = package_many(
        [src], options(tmp_path / "out"), jobs=2, on_result=lambda r: seen.append(r.status)
    )
    assert len(results) == 7 and len(seen) == 7
    assert [r.status for r in results].count("created") == 6
    failed = [r for r in results if r.status == "failed"]
    assert len(failed) == 1 and failed[0].error is not None and failed[0].input.endswith("bad.txt")
    for r in results:
        if r.bag:
            bagit.Bag(str(r.bag)).validate()


def test_id_with_many_articles_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        package_many([SAMPLE, SAMPLE], options(tmp_path, identifier="urn:x-test:1"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80).filter(
        str.strip
    ),
    body=st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    crlf=st.booleans(),
)
def test_any_article_text_gives_a_bag_others_accept(
    tmp_path: Path, title: str, body: str, crlf: bool
) -> None:
    """Whatever text an article holds, the bag either is made and passes bagit-python and warcio, or the
    article is refused with an ArchiverError; and the original bytes are always preserved exactly."""
    text = f"{title}\n\n{body}\n"
    data = text.replace("\n", "\r\n").encode("utf-8") if crlf else text.encode("utf-8")
    case = Path(tempfile.mkdtemp(dir=tmp_path))
    article = case / "article.txt"
    article.write_bytes(data)
    try:
        result = package_article(article, options(case / "out"))
    except ArchiverError:
        return
    assert result.bag is not None
    bagit.Bag(str(result.bag)).validate()
    assert (result.bag / "data/original/article.txt").read_bytes() == data
    with next((result.bag / "data/warc").iterdir()).open("rb") as fh:
        blocks = {r.rec_type: r.content_stream().read() for r in ArchiveIterator(fh)}
    assert blocks["resource"] == data


def test_python_api_end_to_end(tmp_path: Path) -> None:
    """The API mirrors the CLI: package, validate, ingest, audit."""
    import archiver

    result = archiver.package(SAMPLE, tmp_path / "bags", organization="API Archive", captured=WHEN)
    assert result.bag is not None
    assert archiver.validate(result.bag).valid
    ingested = archiver.ingest(result.bag, tmp_path / "repo")
    assert (ingested.outcome, ingested.version) == ("created", "v1")
    assert archiver.audit(tmp_path / "repo").ok


def _group_sources(src: Path) -> list[Path]:
    """Articles that end in each phase of staging: read error, fine, already packaged, fine, duplicate."""
    src.mkdir()
    (src / "binary.txt").write_bytes(b"\x00\x01\x02binary")  # fails when read
    for i in range(3):
        (src / f"a{i}.txt").write_text(f"Headline {i}\n\nBody paragraph {i}.\n", encoding="utf-8")
    return [src / "binary.txt", src / "a0.txt", SAMPLE, src / "a1.txt", src / "a0.txt", src / "a2.txt"]


def test_staging_a_group_gives_the_bags_one_at_a_time_gives(tmp_path: Path) -> None:
    """stage_articles runs phase by phase over a group, for speed: each outcome and every byte must be what
    stage_article gives on each path alone."""
    paths = _group_sources(tmp_path / "src")
    alone, grouped = tmp_path / "alone", tmp_path / "grouped"
    for outdir in (alone, grouped):
        package_article(SAMPLE, options(outdir))  # the sample is then "exists"
    expected: list[str] = []
    for path in paths:
        try:
            expected.append(finish_one(stage_article(path, options(alone)), options(alone)).status)
        except ArchiverError as exc:
            expected.append(f"failed {exc.code}")
    staged = stage_articles(paths, options(grouped))
    committed = iter(commit_staged([s for s in staged if isinstance(s, StagedBag)], grouped, durable=False))
    got = [
        f"failed {s.error.code}" if s.error else s.status
        for s in (s if isinstance(s, PackageResult) else next(committed) for s in staged)
    ]
    assert got == expected == ["failed ARTICLE_BINARY", "created", "exists", "created", "exists", "created"]
    assert snapshot(grouped) == snapshot(alone)


@pytest.mark.parametrize("group_bytes", [None, 40])
def test_staging_a_group_interrupted_leaves_no_staging_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group_bytes: int | None
) -> None:
    """Ctrl-C while the group's bags are being written: the ones already staged are removed too, also
    those of an earlier run when the group is staged in several (40 bytes: the third bag is in the second)."""
    from archiver.packaging import phases

    paths = _group_sources(tmp_path / "src")
    if group_bytes is not None:
        monkeypatch.setattr(phases, "STAGE_GROUP_BYTES", group_bytes)
    real_write_bag = phases.write_bag
    calls = 0

    def write_then_interrupt(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return real_write_bag(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(phases, "write_bag", write_then_interrupt)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KeyboardInterrupt):
        stage_articles(paths, options(out))
    assert calls == 3 and list(out.iterdir()) == []


def test_a_group_of_large_articles_is_staged_in_smaller_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A group holds at most about STAGE_GROUP_BYTES of articles in memory; the outcome is the same."""
    from archiver.packaging import phases

    paths = _group_sources(tmp_path / "src")
    whole = stage_articles(paths, options(tmp_path / "whole"))
    runs: list[int] = []
    real_stage_run = phases._stage_run

    def counted(jobs: list[object], *args: object) -> None:
        runs.append(len(jobs))
        real_stage_run(jobs, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(phases, "STAGE_GROUP_BYTES", 40)  # each test article is about 30 bytes
    monkeypatch.setattr(phases, "_stage_run", counted)
    split = stage_articles(paths, options(tmp_path / "split"))
    assert runs == [3, 2, 1]  # the unreadable one holds nothing; the sample alone is over 40 bytes
    assert [type(s) for s in split] == [type(s) for s in whole]
    for a, b in zip(split, whole, strict=True):
        if isinstance(a, StagedBag) and isinstance(b, StagedBag):
            assert snapshot(a.stage) == snapshot(b.stage)


def test_article_files_are_not_read_ahead(tmp_path: Path) -> None:
    """A worker takes no more inputs than the group it stages (only a URL makes it look at the next)."""
    from archiver.packaging import run

    src = tmp_path / "src"
    src.mkdir()
    paths = []
    for i in range(run.STAGE_GROUP + 1):
        paths.append(src / f"a{i}.txt")
        paths[-1].write_text(f"Headline {i}\n\nBody {i}.\n", encoding="utf-8")
    pulled: list[int] = []

    def feed() -> Iterator[Path]:
        for i, path in enumerate(paths):
            pulled.append(i)
            yield path

    groups = run._stage_inputs(feed(), options(tmp_path / "out"))
    assert len(next(groups)) == run.STAGE_GROUP
    assert pulled == list(range(run.STAGE_GROUP))
    assert len(next(groups)) == 1
    groups.close()


def _walked_as_before(inputs: list[Path]) -> list[Path]:
    """What expand_inputs listed before InputList: os.walk, sorted, hidden folders and files skipped."""
    import os

    from archiver.packaging import ARTICLE_SUFFIXES

    found: list[Path] = []
    for item in inputs:
        if not item.is_dir():
            found.append(item)
            continue
        for dirpath, dirnames, filenames in os.walk(item):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            found.extend(
                Path(dirpath, f)
                for f in sorted(filenames)
                if not f.startswith(".") and f.lower().endswith(ARTICLE_SUFFIXES)
            )
    return found


def test_input_list_holds_what_a_sorted_walk_finds_in_its_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Packed names sorted in runs and merged give exactly sorted() over the folder (runs of 3 here)."""
    import os

    from archiver.packaging import inputs as packaging_inputs

    monkeypatch.setattr(packaging_inputs, "SORT_RUN", 3)
    monkeypatch.setattr(
        packaging_inputs._Folder, "RESTART", 4
    )  # names stored whole every 4: reads in between
    src = tmp_path / "src"
    (src / "b-sub").mkdir(parents=True)
    (src / "a-sub" / "deeper").mkdir(parents=True)
    (src / ".hidden").mkdir()
    names = ["z.txt", "a.TXT", "é.html", "Ω.htm", "b c.txt", "10.txt", "9.txt", "ß.xhtml", "x.text", "y.pdf"]
    names += [".dot.txt", "A.txt", "ä.txt", "~.txt", "0.txt"]
    for name in names:
        (src / name).write_text("x", encoding="utf-8")
    undecodable = os.fsencode(src) + b"/\xff\xfe.txt"
    with open(undecodable, "wb") as fh:
        fh.write(b"x")
    for sub in ("b-sub", "a-sub", "a-sub/deeper", ".hidden"):
        for i in (3, 1, 2, 11):
            (src / sub / f"{i}.txt").write_text("x", encoding="utf-8")
    (src / "linked").symlink_to(src / "b-sub")  # a link to a folder is not followed, as os.walk does
    inputs = [SAMPLE, src, tmp_path / "missing.txt"]
    listed = packaging_inputs.InputList(inputs)
    expected = _walked_as_before(inputs)
    assert list(listed) == expected and len(listed) == len(expected) == 2 + 14 + 12
    assert [listed[i] for i in range(len(listed))] == expected  # in order: the cursor
    assert listed[5] == expected[5] and listed[-1] == expected[-1] and listed[2:4] == expected[2:4]
    backwards = list(range(len(expected)))[::-3]  # any index, in any order (routed web captures)
    assert [listed[i] for i in backwards] == [expected[i] for i in backwards]
    assert packaging_inputs.expand_inputs(inputs) == expected
    with pytest.raises(IndexError):
        listed[len(listed)]


def test_results_are_streamed_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """package_iter holds only the batch being reported, never every result (issue 14: memory flat)."""
    import gc

    from archiver.packaging import package_iter
    from archiver.packaging import run as packaging_run

    monkeypatch.setattr(packaging_run, "STAGE_GROUP", 2)
    monkeypatch.setattr(packaging_run, "COMMIT_BATCH", 2)
    src = tmp_path / "src"
    src.mkdir()
    for i in range(6):
        (src / f"a{i}.txt").write_text(f"Headline number {i}\n\nBody {i}.\n", encoding="utf-8")
    statuses = []
    run = package_iter([src], options(tmp_path / "out"), jobs=1)
    for result in run:
        statuses.append(result.status)
        del result
        gc.collect()
        assert len([o for o in gc.get_objects() if isinstance(o, PackageResult)]) <= 2  # this batch's
    assert statuses == ["created"] * 6


def test_bags_made_durable_are_reported_even_when_a_later_commit_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure renaming one batch (a full disk) must not hide the batches already renamed and flushed:
    they are on disk, and the run's output says so before the error."""
    from archiver.packaging import commit as bag_commit
    from archiver.packaging.results import PackageResult

    committed: list[list[object]] = []

    def commit_or_fail(items: list[object], outdir: Path, durable: bool) -> list[object]:
        committed.append(items)
        if len(committed) == 2:
            raise OSError(28, "No space left on device")
        return list(items)

    monkeypatch.setattr(bag_commit, "_commit_in_order", commit_or_fail)
    commits = bag_commit.BagCommits(tmp_path, durable=True)
    batches = [[PackageResult(f"in{n}.txt", "created", tmp_path / f"bag{n}")] for n in range(3)]
    reported: list[list[PackageResult]] = []
    with pytest.raises(OSError, match="No space left"):
        for batch in batches:
            commits.pending += batch
            reported.extend(commits.step())
    commits.close()
    assert reported == [batches[0]]
