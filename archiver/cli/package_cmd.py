"""``archiver package``."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from archiver.cli import common
from archiver.errors import ExitCode, UsageError
from archiver.profiles.catalog import RECEIVERS  # light: the names and descriptions --profile's help lists

# Packaging, capture, profiles and rich's progress bars are imported when the command runs, not when it is
# loaded: `archiver package --help` needs none of them (issue 14).
if TYPE_CHECKING:
    from archiver.cluster import ClusterSpec
    from archiver.packaging import (
        Input,
        PackageOptions,
        PackageResult,
        ResourceCount,
        S3Transfer,
        SkippedInput,
    )

__all__ = ["package_command"]

PROFILE_HELP = (
    "The BagIt profile the bags must satisfy: "
    + "; ".join(f"{name} ({receiver.description})" for name, receiver in RECEIVERS.items())
    + "; or the path of a profile file (BagIt Profiles 1.x or DART JSON)."
)


def package_command(
    articles: list[str] = typer.Argument(
        None,
        help="Article files (.txt, .html), folders of them, http(s) URLs to capture, or articles in S3: "
        "s3://BUCKET/KEY, or s3://BUCKET/PREFIX/ for every article under it.",
    ),
    outdir: str = typer.Option(
        ...,
        "--output",
        "-o",
        help="Folder to create the bags in (created if absent), or s3://BUCKET/PREFIX to send each bag "
        "there as PREFIX/BAG-NAME.tar.",
    ),
    identifier: str | None = typer.Option(
        None, "--id", help="The article's URN (keep it for a correction of an article). One article only."
    ),
    url: common.UrlOption = None,
    date: str | None = typer.Option(
        None,
        "--date",
        help="Fixed capture time (ISO 8601), for reproducible bags. Default: SOURCE_DATE_EPOCH or now.",
    ),
    organization: str | None = typer.Option(
        None, "--organization", help="Source-Organization: the archive making the bag (overrides config)."
    ),
    config: common.ConfigOption = None,
    jobs: int = common.jobs_option("Worker processes"),
    cluster: common.ClusterOption = None,
    replace: bool = typer.Option(
        False, "--replace", help="Supersede an existing bag of the same identifier whose content differs."
    ),
    as_json: bool = common.json_option("Print one JSON object per article on stdout (with its warnings)."),
    quiet: bool = common.quiet_option(
        "Print only the articles that fail, with their errors, and the summary."
    ),
    verbose: bool = typer.Option(
        False,
        "--verbose",
        "-v",
        help="Also list, on stderr, each file a folder holds that is not packaged, and why.",
    ),
    trafilatura: common.TrafilaturaOption = False,
    urls: Path | None = typer.Option(
        None,
        "--urls",
        help="A file of URLs to capture, one a line (# starts a comment, also after a URL and a space).",
    ),
    with_resources: bool = typer.Option(
        False, "--with-resources", help="URLs: also capture the page's same-site images, styles and scripts."
    ),
    max_resources: int = typer.Option(
        50, "--max-resources", min=0, help="URLs: at most this many resources."
    ),
    max_bytes: int = typer.Option(
        20 * 1024 * 1024, "--max-bytes", min=1, help="URLs: largest response body accepted, in bytes."
    ),
    max_resources_bytes: int = typer.Option(
        100 * 1024 * 1024,
        "--max-resources-bytes",
        min=1,
        help="URLs: all resources of one page together, in bytes; those past it are skipped (LIMIT_BYTES).",
    ),
    resources_timeout: float = typer.Option(
        60.0,
        "--resources-timeout",
        min=0.1,
        help="URLs: seconds for all resources of one page; those after it are skipped (LIMIT_TIME).",
    ),
    timeout: common.TimeoutOption = 30.0,
    ignore_robots: common.IgnoreRobotsOption = False,
    concurrency: int = typer.Option(
        32,  # archiver.web.options.DEFAULT_CONCURRENCY (not imported here: --help stays light)
        "--concurrency",
        min=1,
        help="URLs: requests in flight at once, over all sites and --jobs workers together. Each site still "
        "gets one at a time, so a list from many sites takes about its busiest site's time; more than the "
        "number of sites gains nothing.",
    ),
    host_delay: float = typer.Option(
        0.0,
        "--host-delay",
        min=0.0,
        help="URLs: seconds at least between the starts of two requests to one host (robots.txt, pages, "
        "resources). A robots.txt Crawl-delay larger than this is honoured instead (up to 300 s).",
    ),
    endpoint_url: common.EndpointUrlOption = None,
    region: common.RegionOption = None,
    profile: str = typer.Option(
        "default",
        "--profile",
        help=PROFILE_HELP,
    ),
    serialize: str | None = typer.Option(
        None,
        "--serialize",
        help="Write each bag as one file: tar, tar.gz or zip (deterministic; the bag folder inside). "
        "Chosen for you when the profile requires one form (aptrust: tar).",
    ),
    tag: list[str] = typer.Option(
        None,
        "--tag",
        help="A tag for a tag file the profile wants, FILE:Label=Value (repeatable), "
        "e.g. --tag aptrust-info.txt:Access=Institution.",
    ),
    bag_info: list[str] = typer.Option(
        None, "--bag-info", help="A bag-info.txt tag, Label=Value (repeatable), e.g. Bag-Group-Identifier=x."
    ),
    institution: str | None = typer.Option(
        None,
        "--institution",
        help="Your institution's identifier at the receiver (e.g. example.edu): bags are named "
        "INSTITUTION.BAGNAME, as APTrust requires.",
    ),
) -> None:
    """Package articles as BagIt 1.0 bags, one bag per article, each with a WARC/1.1 inside.

    Each bag holds data/original/FILE (the article's bytes, unchanged), data/metadata/article-metadata.json
    and data/warc/NAME.warc.gz, with sha256 and sha512 manifests. Bags are built in a staging folder and
    renamed into place, so an interrupted run leaves no half-made bag. Packaging the same article again
    reports that its bag exists.

    Each bag's line is printed with its warnings under it (an encoding assumed, a language not found, a
    resource robots.txt kept out ...); several articles end with a summary line on stderr, counting the
    bags, those with warnings, the failures and the files a folder holds that are not articles (--verbose
    names them). Exit 0 when every article has its bag, 1 when one failed, 2 for a usage error.

    A URL is fetched and recorded as it happened (request and response records, each redirect hop, HTTP
    headers byte-exact) into the WARC, with the page's text and metadata extracted and a WACZ for replay.
    The page is kept as data/original/NAME, NAME from its URL (story.html; index.html for a URL ending in
    /), made safe for a file name on every system. Its line says how many resources were captured and
    skipped.
    A polite User-Agent names the tool and your contact e-mail; robots.txt is respected. Many URLs are
    captured at once (--concurrency), each host asked one request at a time, its robots.txt Crawl-delay or
    --host-delay (the larger) between the starts of two requests, its robots.txt fetched once a run.

    With --profile the bags satisfy a receiver's BagIt profile (its manifests, tag files and tags, its
    serialization and naming), and still carry the article, its metadata and the WARC. Tags the profile
    requires come from --tag and --bag-info, from the article (Title, Description), or from the profile's
    default; a missing or disallowed value is refused before anything is written.

    Example:

        archiver package story.txt -o bags/ --organization "Riverside Library" --url https://example.org/story

        archiver package https://news.example.org/2024/story.html -o bags/ --with-resources

        archiver package story.txt -o outbox/ --profile aptrust --institution example.edu
        --tag aptrust-info.txt:Access=Institution

        archiver package /shared/incoming/ -o /shared/bags/ --cluster tcp://scheduler.example.org:8786

    With s3:// inputs or output (credentials and endpoint the AWS tools' way, or --endpoint-url), each
    article is fetched from the bucket by the worker that packages it, and each bag is sent as one tar
    object (the deterministic tar of the bag folder, Content-MD5 and its SHA-256 with it, never over an
    existing object: a bag already there is reported "exists"), so a cluster's workers need no shared
    folder:

        archiver package s3://news/incoming/ -o s3://news/bags/ --cluster tcp://scheduler.example.org:8786
    """
    from archiver.packaging import InputList, PackageOptions, bag_info_labels, is_url
    from archiver.profiles.plan import resolve_plan
    from archiver.profiles.tags import parse_tag_options, with_defaults
    from archiver.web.options import CaptureOptions
    from archiver.web.package_url import read_url_list

    settings = common.settings_with(config, organization)
    on_cluster = common.cluster_from(cluster, settings)
    receiver = settings.profiles.get(profile)
    given = parse_tag_options(tag or (), bag_info or ())
    if receiver is not None:
        where = f"[profiles.{profile}] in the config"
        defaults = [
            dataclasses.replace(t, option=where) for t in parse_tag_options(receiver.tags, receiver.bag_info)
        ]
        given = with_defaults(given, defaults)
        serialize = serialize or receiver.serialize
        institution = institution or receiver.institution
    plan = resolve_plan(
        profile,
        tags=given,
        serialize=serialize,
        institution=institution,
        base_labels=bag_info_labels(settings),
    )
    s3 = _s3_transfer(outdir, articles or [], endpoint_url, region)
    options = PackageOptions(
        outdir=Path(outdir) if s3 is None or s3.output is None else Path.cwd(),  # a bucket: not used
        s3=s3,
        settings=settings,
        identifier=identifier,
        source_url=url,
        captured=common.parse_date(date),
        if_exists="replace" if replace else "keep",
        use_trafilatura=trafilatura,
        plan=plan,
        capture=CaptureOptions(
            with_resources=with_resources,
            max_resources=max_resources,
            max_bytes=max_bytes,
            max_total_bytes=max_resources_bytes,
            timeout=timeout,
            resources_timeout=resources_timeout,
            ignore_robots=ignore_robots,
            concurrency=concurrency,
            host_delay=host_delay,
        ),
    )
    inputs: list[Input] = [a if is_url(a) else Path(a) for a in articles or []]
    if urls is not None:
        inputs += read_url_list(urls)
    started = time.monotonic()
    # Packed: 100,000 articles take no more memory than 10,000 (issue 14); what a folder holds besides
    # articles is counted, and named as it is met when asked, never kept.
    paths = InputList(inputs, on_skip=_print_skipped if verbose else None)
    if options.s3 is not None:  # the bucket's articles listed now, so that they are counted as any input
        from archiver.packaging import prepare_s3_run

        options, paths = prepare_s3_run(options, paths)
    if not paths:
        raise UsageError(
            "NO_ARTICLES",
            "no article files or URLs to package",
            hint=_no_articles_hint(paths.skipped, verbose),
        )
    tally = _run_with_progress(paths, options, jobs, _Output(as_json, quiet), on_cluster)
    if len(paths) > 1 or paths.skipped:
        common.err.print(
            summary(tally, paths.skipped, time.monotonic() - started), markup=False, highlight=False
        )
    if tally.counts.get("failed"):
        raise typer.Exit(int(ExitCode.FAILED))


def _s3_transfer(
    outdir: str, articles: list[str], endpoint_url: str | None, region: str | None
) -> S3Transfer | None:
    """How the run talks to S3, when an input or the output is in a bucket (None otherwise); the output
    bucket is checked before anything is done."""
    from archiver.packaging.inputs import is_s3

    if not is_s3(outdir) and not any(is_s3(a) for a in articles):
        if endpoint_url or region:
            raise UsageError(
                "S3_OPTIONS_INVALID",
                "--endpoint-url and --region apply to s3:// inputs or output",
                hint="name the bucket as s3://BUCKET/PREFIX",
            )
        return None
    from archiver.packaging import S3Transfer, output_transfer

    options = common.s3_options(endpoint_url, region)
    return output_transfer(outdir, options) if is_s3(outdir) else S3Transfer(options)


def _no_articles_hint(skipped: int, verbose: bool) -> str:
    if not skipped:
        return "give .txt or .html files, folders or URLs"
    things = "1 other file or folder" if skipped == 1 else f"{skipped} other files or folders"
    listed = "listed above" if verbose else "--verbose lists them, with why"
    return f"the folders hold no article, only {things}, left out: {listed}"


def _print_skipped(skipped: SkippedInput) -> None:
    """One line on stderr, written as it is (before any progress bar: a folder of many photos is quick)."""
    print(f"skipped  {skipped.path}: {skipped.reason}", file=sys.stderr)


@dataclasses.dataclass(frozen=True)
class _Output:
    """How results are printed: one JSON object each, or text lines (``quiet``: failures only)."""

    as_json: bool = False
    quiet: bool = False


@dataclasses.dataclass
class _Tally:
    """How many results of each status, and how many of those carry warnings: counted, never kept."""

    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    warned: dict[str, int] = dataclasses.field(default_factory=dict)

    def add(self, result: PackageResult) -> None:
        self.counts[result.status] = self.counts.get(result.status, 0) + 1
        if result.warnings:
            self.warned[result.status] = self.warned.get(result.status, 0) + 1


def _print_result(result: PackageResult, output: _Output) -> None:
    """The result's JSON line; or its text: a failure's error line on stderr, else (unless ``quiet``) the
    bag's line on stdout with one line under it per warning."""
    if output.as_json:
        common.print_line(json.dumps(result.to_dict(), ensure_ascii=False))
    elif result.error is not None:
        common.err.print(result.error.one_line(), markup=False, highlight=False)
    elif not output.quiet:
        resources = "" if result.resources is None else f"  ({_resource_counts(result.resources)})"
        common.print_styled((f"{result.status:8} {result.output}{resources}", None))
        for warning in result.warnings:
            common.print_styled(
                ("  ", None), ("warning", "yellow"), (f" {warning.code}: {warning.message}", None)
            )


def _resource_counts(resources: ResourceCount) -> str:
    """``5 resources captured, 2 skipped: 1 off-site, 1 robots.txt``; ``page only`` without
    ``--with-resources``."""
    if not resources.asked:
        return "page only"
    captured = f"{resources.captured} resource{'' if resources.captured == 1 else 's'} captured"
    reasons = ", ".join(f"{n} {label}" for label, n in resources.skipped_by)
    return f"{captured}, {resources.skipped} skipped" + (f": {reasons}" if reasons else "")


def _run_with_progress(
    paths: Sequence[Input],
    options: PackageOptions,
    jobs: int,
    output: _Output,
    cluster: ClusterSpec | None = None,
) -> _Tally:
    """Package, printing each result as it comes; returns the tally. Results are counted, not kept, so
    that the command's memory stays flat however many articles it is given."""
    from archiver.packaging import package_iter, package_many

    tally = _Tally()
    if len(paths) == 1:
        result = package_many(paths, options, jobs=1, cluster=cluster)[0]
        _print_result(result, output)
        tally.add(result)
        return tally
    # The run is closed on the way out, so that Ctrl-C while a result is printed stops the workers at once.
    with (
        common.advancing("packaging", len(paths)) as advance,
        contextlib.closing(package_iter(paths, options, jobs=jobs, cluster=cluster)) as run,
    ):
        for result in run:
            advance()
            tally.add(result)
            _print_result(result, output)
    return tally


def summary(tally: _Tally, skipped: int, seconds: float) -> str:
    """One line for a run: the bags by outcome, how many of them carry warnings, the failures, the files
    left out of folders, and the time (the shape of ``validate``'s summary)."""
    parts = []
    for status in ("created", "replaced", "exists"):
        count = tally.counts.get(status, 0)
        if count or status == "created":
            parts.append(f"{count} {status}" + common.with_warnings(tally.warned.get(status, 0)))
    parts.append(f"{tally.counts.get('failed', 0)} failed")
    if skipped:
        parts.append(f"{skipped} skipped")
    return common.summary_line(sum(tally.counts.values()), "article", parts, seconds)
