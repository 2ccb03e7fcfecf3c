"""A packaging run: many inputs, in this process or spread over worker processes, each result reported in
input order as it comes (:func:`package_iter`, :func:`package_many`).

Each worker runs the whole pipeline over the inputs it takes a few at a time: article files staged in
groups, URLs captured ahead and staged in groups (the network overlapping the staging), the staged bags
committed in batches (:class:`~archiver.packaging.commit.BagCommits`). Cut here because this is the
part about many inputs (grouping, reading ahead, routing each site to one worker, the output folder, the
cleanup of an interrupted run), while what one input becomes is the business of :mod:`.files`,
:mod:`archiver.web.package_url` and :mod:`.phases`.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from archiver import staging
from archiver.errors import ArchiverError, InternalError, UsageError
from archiver.packaging import phases
from archiver.packaging.bag_info import require_organization
from archiver.packaging.commit import BagCommits
from archiver.packaging.files import stage_articles
from archiver.packaging.inputs import Input, InputList, is_s3, is_url
from archiver.packaging.options import PackageOptions, capture_time
from archiver.packaging.phases import StagedBag
from archiver.packaging.results import PackageResult
from archiver.workers import Emit, run_ordered

if TYPE_CHECKING:
    from distributed import Client

    from archiver.cluster import ClusterSpec
    from archiver.web.capture import Capture
    from archiver.web.prefetch import Prefetcher

__all__ = [
    "COMMIT_BATCH",
    "COMMIT_INTERVAL_S",
    "STAGE_GROUP",
    "URL_GROUP",
    "make_outdir",
    "package_iter",
    "package_many",
    "prepare_s3_run",
    "remove_if_empty",
]


def package_many(
    inputs: Sequence[Input],
    options: PackageOptions,
    *,
    jobs: int = 0,
    on_result: Callable[[PackageResult], None] | None = None,
    cluster: ClusterSpec | None = None,
) -> list[PackageResult]:
    """Package every article file and capture every URL; results in input order, in a list.

    ``jobs`` 0 means one worker per core; ``options.capture`` sets the limits for URLs; ``cluster`` runs
    the work on a Dask cluster instead (:func:`package_iter`). A long run that only reports its results
    should use :func:`package_iter`, which keeps none of them.
    """
    results: list[PackageResult] = []
    # Closed on the way out, so that Ctrl-C while ``on_result`` runs (a progress bar, a printed line) stops
    # the workers and cleans up at once, not whenever the generator happens to be collected.
    with contextlib.closing(package_iter(inputs, options, jobs=jobs, cluster=cluster)) as run:
        for result in run:
            results.append(result)
            if on_result is not None:
                on_result(result)
    return results


def package_iter(
    inputs: Sequence[Input],
    options: PackageOptions,
    *,
    jobs: int = 0,
    cluster: ClusterSpec | None = None,
) -> Generator[PackageResult, None, None]:
    """Package every article file and capture every URL, yielding each result in input order as it comes.

    Nothing is kept once yielded, so the memory of a run does not grow with it (issue 14: 100,000 articles
    in the memory of 10,000). ``inputs`` may be an :class:`InputList` (used as it is), else it is expanded
    into one. Close the generator when stopping early (``contextlib.closing``): that stops the workers and
    removes what they had staged.

    With ``cluster`` the inputs are packaged as tasks on that Dask cluster (:mod:`archiver.cluster`), every
    one of them, however few: the same bags, the same results in the same order. Every worker must see the
    inputs and the output folder at the same paths (a shared file system); URLs are refused for now (each
    site's politeness rules hold within one worker, which Dask does not promise).
    """
    paths = inputs if isinstance(inputs, InputList) else InputList(inputs)
    if (options.s3 is not None and not options.s3.listed) or (options.s3 is None and any(map(is_s3, paths))):
        options, paths = prepare_s3_run(options, paths)
    if options.identifier and len(paths) > 1:
        raise UsageError(
            "ID_WITH_MANY", "--id names one article, but several were given", hint="package one at a time"
        )
    require_organization(options.settings)
    if cluster is not None and any(_captured(p) for p in paths):
        raise UsageError(
            "CLUSTER_URLS_UNSUPPORTED",
            "URLs cannot be captured on a cluster yet, only article files",
            where=str(cluster),
            hint="capture the URLs without --cluster (--jobs spreads them over this machine's cores)",
        )
    # One capture time for the whole run, so a batch is consistent and reproducible.
    options = replace(options, captured=capture_time(options.captured))
    with contextlib.ExitStack() as stack:
        client = None
        if cluster is not None:  # reached before the output folder is made: a wrong address leaves nothing
            from archiver.cluster import connect

            client = stack.enter_context(connect(cluster))
        local_output = options.s3 is None or options.s3.output is None
        created = make_outdir(options.outdir) if local_output else []
        try:
            if local_output:
                staging.cleanup_stale(options.outdir)
            if client is not None:
                with contextlib.closing(_run_on_cluster(paths, options, client)) as run:
                    yield from run
                return
            workers = min(jobs or os.cpu_count() or 1, max(len(paths), 1))
            with contextlib.closing(_run(paths, options, workers)) as run:
                yield from run
        finally:
            remove_if_empty(created)


def _captured(item: Input) -> bool:
    """A URL to capture over HTTP (an ``s3://`` URL is an article file in a bucket)."""
    return is_url(item) and not is_s3(item)


def prepare_s3_run(options: PackageOptions, paths: InputList) -> tuple[PackageOptions, InputList]:
    """The options and inputs of a run that reads or writes S3: the ``s3://`` prefixes listed into their
    articles (with the options the AWS tools would use when none were given), ``--replace`` refused for a
    bucket. :func:`package_iter` does this itself; a caller that counts the inputs first calls it before."""
    from archiver.packaging.s3_io import S3Transfer, expand_s3_inputs
    from archiver.s3.client import s3_options_from_env

    transfer = options.s3 or S3Transfer(s3_options_from_env())
    if transfer.output is not None and options.if_exists == "replace":
        raise UsageError(
            "PACKAGE_S3_REPLACE",
            "--replace cannot overwrite bags in a bucket: objects there are never overwritten",
            where=transfer.output_url,
            hint="send the corrected bags under another prefix, or remove the old objects deliberately",
        )
    if (
        transfer.output is not None
        and options.plan is not None
        and options.plan.serialize not in (None, "tar")
    ):
        raise UsageError(
            "PACKAGE_S3_SERIALIZE",
            f"bags are sent to a bucket as tar, not {options.plan.serialize}",
            where=transfer.output_url,
            hint="leave --serialize out (or give tar)",
        )
    if any(is_s3(p) for p in paths):
        paths = InputList(expand_s3_inputs(list(paths), transfer.options))
    return replace(options, s3=replace(transfer, listed=True)), paths


def make_outdir(outdir: Path) -> list[Path]:
    """Create the output folder (and its missing parents); returns the folders made, deepest last.

    Raises UsageError ``OUTPUT_NOT_A_FOLDER`` when it, or a folder on its way, is a file: the bags of a
    run go into a folder, and a file is never replaced.
    """
    missing: list[Path] = []
    probe = outdir
    while not probe.is_dir():
        if os.path.lexists(probe):
            raise _not_a_folder(outdir, probe)
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    made: list[Path] = []
    for folder in reversed(missing):
        try:
            folder.mkdir()
        except FileExistsError:
            if not folder.is_dir():  # made meanwhile, as a file
                raise _not_a_folder(outdir, folder) from None
            continue  # made meanwhile by someone else: theirs, not ours to remove
        except OSError as exc:
            remove_if_empty(made)
            raise ArchiverError(
                "IO_ERROR",
                f"cannot create the output folder: {exc.strerror or exc}",
                where=str(folder),
                hint="check the path and its permissions, or choose another -o",
            ) from None
        made.append(folder)
    return made


def _not_a_folder(outdir: Path, file: Path) -> UsageError:
    what = "a broken link" if not file.exists() else "a file"
    where = f"it is {what}" if file == outdir else f"{file} is {what}"
    return UsageError(
        "OUTPUT_NOT_A_FOLDER",
        f"the output (-o) must be a folder, but {where}",
        where=str(outdir),
        hint="name a folder for the bags, e.g. -o bags/; it is created if absent",
    )


def remove_if_empty(created: Sequence[Path]) -> None:
    """Remove the folders a run created (deepest last in ``created``) that it left empty: a run that made
    no bag (a missing input, a 404, a robots.txt refusal) leaves no empty output folder behind. A folder
    anything else was put in stays."""
    for folder in reversed(created):
        try:
            os.rmdir(folder)
        except OSError:
            return


#: Staged bags committed together: one flush per batch, and results reported at least this often.
COMMIT_BATCH = 128
COMMIT_INTERVAL_S = 0.5
#: Articles per task on a Dask cluster, at least and at most. A task runs the whole pipeline over its
#: chunk, flushes included, and its last flush cannot overlap the staging of more bags as a local
#: worker's flushes do: so chunks are as large as keeps every worker fed (four tasks per worker thread),
#: between one and eight commit batches (docs/benchmarks.md: chunks of 16 ran at a third of the local
#: throughput, chunks of one batch at a quarter on 20,000 articles).
CLUSTER_CHUNK_MIN = COMMIT_BATCH
CLUSTER_CHUNK_MAX = 8 * COMMIT_BATCH


def _run(
    paths: Sequence[Input], options: PackageOptions, workers: int
) -> Generator[PackageResult, None, None]:
    """Package every input: in this process, or in worker processes that each run the whole pipeline
    (staging, and committing in batches) over inputs they take a few at a time (:mod:`archiver.workers`).
    """
    if (workers <= 1 or len(paths) < 4) and options.s3 is None:  # S3's transfers run in workers only
        yield from _package_serial(paths, options)
        return
    workers = max(1, workers)
    route = order = worker_args = None
    if any(_captured(p) for p in paths):  # each site in one worker: its politeness rules hold in one place
        from archiver.web.politeness import assign_workers, interleave, share, site_key

        keys = [site_key(str(p)) if is_url(p) else None for p in paths]
        capture = options.capture
        route = assign_workers(keys, min(workers, capture.concurrency))
        order = interleave(keys)  # a list sorted by site still gives each worker its sites in turn
        worker_args = [
            (replace(options, capture=replace(capture, concurrency=n)),)
            for n in share(capture.concurrency, workers)
        ]
    yield from run_ordered(
        paths,
        _package_stream,
        (options,),
        workers,
        interruptible=True,
        route=route,
        order=order,
        worker_args=worker_args,
    )


def _run_on_cluster(
    paths: Sequence[Input], options: PackageOptions, client: Client
) -> Generator[PackageResult, None, None]:
    """Package every input as tasks on a Dask cluster, results as a local run gives them.

    The workers are handed absolute paths (their working folder is not this process's), and each result
    gets back the input and bag paths as they were given here, so the JSON lines are a local run's. S3
    credentials are not sent with the tasks (the scheduler and every worker would hold them): the workers
    take theirs the AWS tools' way (environment, ~/.aws, an instance role), the endpoint and region from
    here. Each
    worker host first removes the staging its own dead workers left (staging is judged by host and PID, so
    only that host can).
    """
    from archiver.cluster import run_ordered_on_cluster, worker_threads

    outdir = options.outdir
    absolute = replace(options, outdir=outdir.absolute())
    if options.s3 is not None:  # no secrets in the tasks: each worker finds its own credentials
        absolute = replace(absolute, s3=options.s3.without_secrets())
    if options.s3 is None or options.s3.output is None:
        client.run(staging.cleanup_stale, absolute.outdir)
    items = _Absolute(paths)
    chunk = max(CLUSTER_CHUNK_MIN, min(CLUSTER_CHUNK_MAX, len(items) // (4 * worker_threads(client))))
    arriving = run_ordered_on_cluster(items, _package_stream, (absolute,), client, chunk=chunk)
    for index, result in enumerate(arriving):
        given = ((str(items[index]), str(paths[index])), (str(absolute.outdir), str(outdir)))
        bag = result.bag if result.bag is None else Path(_as_given(str(result.bag), given))
        error = result.error
        if error is not None and error.where:
            error = replace(error, where=_as_given(error.where, given))
        yield replace(result, input=str(paths[index]), bag=bag, error=error)


def _as_given(path: str, given: Sequence[tuple[str, str]]) -> str:
    """``path`` with the first of ``given``'s absolute prefixes it starts with put back as it was given."""
    for absolute, as_given in given:
        if path == absolute or path.startswith(absolute + os.sep):
            return as_given + path[len(absolute) :]
    return path


class _Absolute(Sequence[Input]):
    """The inputs with each path made absolute as it is read (an InputList stays packed)."""

    def __init__(self, paths: Sequence[Input]) -> None:
        self._paths = paths

    def __len__(self) -> int:
        return len(self._paths)

    def __getitem__(self, index: int) -> Input:  # type: ignore[override]
        item = self._paths[index]
        return item if is_s3(item) else Path(item).absolute()


def _package_stream(feed: Iterator[tuple[int, Input]], emit: Emit, options: PackageOptions) -> None:
    """In a worker: package the inputs ``feed`` hands out, sending each batch's results once committed
    (through S3 for a run that reads or writes it: :mod:`archiver.packaging.s3_io`)."""
    if options.s3 is not None:
        from archiver.packaging.s3_io import package_s3_stream

        package_s3_stream(feed, emit, options, _package_local)
        return
    _package_local(feed, emit, options)


def _package_local(feed: Iterator[tuple[int, Input]], emit: Emit, options: PackageOptions) -> None:
    order: deque[int] = deque()

    def inputs() -> Iterator[Input]:
        for index, item in feed:
            order.append(index)
            yield item

    for batch in _package_batches(inputs(), options):
        emit([(order.popleft(), result) for result in batch])  # results come in input order


def _package_serial(paths: Iterable[Input], options: PackageOptions) -> Iterator[PackageResult]:
    """Package inputs one after the other in this process; results in input order."""
    for batch in _package_batches(paths, options):
        yield from batch


def _package_batches(paths: Iterable[Input], options: PackageOptions) -> Iterator[list[PackageResult]]:
    """Stage bags a group at a time and commit them in batches; yield each batch's results, in input order.

    With ``durable`` a batch goes through: staged; flushed; renamed into place; flushed again; reported.
    One ``syncfs`` serves two batches (the renames of one and the staged files of the next), and it runs in
    a thread of its own (a system call that holds no Python lock) while the next batch is being staged, so
    the waits for the disk overlap with work instead of adding to it.
    """
    options = replace(options, run_tag=staging.new_run_tag())
    pipeline = BagCommits(options.outdir, options.durable)
    last_commit = time.monotonic()
    try:
        for staged in _stage_inputs(paths, options):
            pipeline.pending += staged
            if len(pipeline.pending) >= COMMIT_BATCH or time.monotonic() - last_commit >= COMMIT_INTERVAL_S:
                yield from pipeline.step()
                last_commit = time.monotonic()
        yield from pipeline.drain()
    except BaseException:  # interrupted (Ctrl-C, an error, the caller stopped reading)
        try:
            pipeline.close()
        finally:  # any folder a Ctrl-C caught before it was recorded; a second Ctrl-C does not skip it
            staging.remove_own_staging(options.outdir, options.run_tag)
        raise
    pipeline.close()


#: Article files staged together, phase by phase (:func:`~archiver.packaging.files.stage_articles`).
STAGE_GROUP = 16


def _stage_inputs(
    items: Iterable[Input], options: PackageOptions
) -> Iterator[list[StagedBag | PackageResult]]:
    """Stage inputs in their order: article files in groups of STAGE_GROUP, URLs in a row in groups of
    URL_GROUP (:func:`_stage_url_group`)."""
    group: list[Path] = []
    prefetch: Prefetcher | None = None
    try:
        pending = _Lookahead(items)
        for item in pending:
            if not is_url(item):
                group.append(Path(item))
                if len(group) >= STAGE_GROUP:
                    yield stage_articles(group, options)
                    group = []
                continue
            if group:
                yield stage_articles(group, options)
                group = []
            if prefetch is None:
                from archiver.web.prefetch import Prefetcher

                prefetch = Prefetcher(options.capture, options.settings)
            yield _stage_url_group(str(item), pending, prefetch, options)
        if group:
            yield stage_articles(group, options)
    finally:
        if prefetch is not None:
            prefetch.close()


#: URLs in a row captured, then staged phase by phase, together (the next group is captured meanwhile).
URL_GROUP = 8


def _stage_url_group(
    first: str, pending: _Lookahead, prefetch: Prefetcher, options: PackageOptions
) -> list[StagedBag | PackageResult]:
    """``first`` and the URLs right after it (URL_GROUP at most): their captures, then their bags staged
    phase by phase (:func:`archiver.web.package_url.stage_captures`).

    The captures run in the prefetcher's threads, many sites at once (one request at a time per site);
    the URLs after the group, up to ``prefetch.lookahead`` of them, are started before this group is staged,
    so the network and the staging overlap. The group's own captures were started while the group before
    was staged (none for a run's first group: they start here). A group holds at most about
    :data:`~archiver.packaging.phases.STAGE_GROUP_BYTES` of captures at once: past that, what it has taken is staged first.
    """
    from archiver.web.package_url import stage_captures
    from archiver.web.prefetch import capture_size

    urls = [first]
    while len(urls) < URL_GROUP and is_url(following := pending.peek()):
        urls.append(str(following))
        next(pending)
    if prefetch.in_flight == 0:
        for url in urls:
            prefetch.start(url)
    started_after = prefetch.in_flight - len(urls)  # the URLs after the group already started
    for following in pending.ahead(prefetch.lookahead)[started_after:]:  # read ahead only after a URL: a
        if not is_url(following):  # worker holds no extra files
            break
        prefetch.start(str(following))
    staged: list[StagedBag | PackageResult] = []
    run: list[tuple[str, Capture | ArchiverError | OSError]] = []
    held = 0
    for n, url in enumerate(urls, start=1):
        try:
            capture = prefetch.take(url)
            run.append((url, capture))
            held += capture_size(capture)
        except (ArchiverError, OSError) as exc:
            run.append((url, exc))
        except Exception as exc:  # a bug met capturing this URL only: the others go on (issue 19)
            run.append((url, InternalError.of(exc)))
        if held >= phases.STAGE_GROUP_BYTES or n == len(urls):  # large pages are staged in smaller runs
            staged += stage_captures(run, options)
            run, held = [], 0
    return staged


class _Lookahead(Iterator[Input]):
    """An iterator over inputs that can show the next ones without taking them."""

    def __init__(self, items: Iterable[Input]) -> None:
        self._items = iter(items)
        self._ahead: deque[Input] = deque()  # items looked at and not yet returned, in order

    def __next__(self) -> Input:
        return self._ahead.popleft() if self._ahead else next(self._items)

    def peek(self) -> Input | None:
        """The next item (None at the end), still to be returned by ``next``."""
        ahead = self.ahead(1)
        return ahead[0] if ahead else None

    def ahead(self, count: int) -> list[Input]:
        """The next ``count`` items (fewer at the end), still to be returned by ``next``."""
        while len(self._ahead) < count:
            try:
                self._ahead.append(next(self._items))
            except StopIteration:
                break
        return list(self._ahead)[:count]
