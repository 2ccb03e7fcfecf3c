"""Articles read from S3 and bags sent to S3: ``archiver package s3://BUCKET/in/ -o s3://BUCKET/bags/``.

Issue 18: with object storage as the shared store, a cluster's workers need no shared file system. Each
worker reads its articles from the bucket, packages them in a scratch folder of its own, and sends each bag
to the output prefix; nothing but the results comes back to the command.

**Inputs.** ``s3://BUCKET/PREFIX/`` (ending in ``/``, or a bucket alone) is every object under the prefix,
listed once by the command, in key order, with "folder" markers (keys ending in ``/``) and hidden names left
out as a local folder's are; ``s3://BUCKET/KEY`` is that one object (a missing one is that article's failure, ``ARTICLE_NOT_FOUND``). Each is fetched by the worker that
packages it (at most :data:`~archiver.article.MAX_ARTICLE_BYTES`, the local limit) into a file named as the
key's last part, so the article's file name, and so its bag, are what a local run of the same files gives.

**Outputs.** ``-o s3://BUCKET/PREFIX`` stores each bag as one object, ``PREFIX/<bag name>.tar``: the
deterministic tar of :mod:`archiver.formats.bagit.serialize` with the bag folder as its single top-level
folder (the form receiving buckets take, and one object is one atomic write: a bag is in the bucket whole
or not at all; a folder of objects would have no such commit). The upload is the S3 ingest's
(:func:`archiver.s3.tar_object.send_tar`: Content-MD5 on every request, the SHA-256 in the object's
metadata, ``If-None-Match: *``, the ETag checked). As locally, a bag already there is kept: a key
holding a bag of the same article (its original's SHA-256, in the object's metadata) is reported
``exists`` and nothing is sent, so a re-run after a crash sends only what is missing; a bag of another
article under the same identifier is the failure a local run gives, ``BAG_EXISTS_DIFFERENT``.
``--replace`` is refused (an object in a preservation bucket is never overwritten). The scratch
folder is the worker's temporary folder (``TMPDIR``), removed as each bag is sent.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.article import MAX_ARTICLE_BYTES
from archiver.errors import ArchiverError, UsageError
from archiver.packaging.inputs import ARTICLE_SUFFIXES, Input, is_s3
from archiver.packaging.phases import existing_original_sha256, exists_different_error
from archiver.packaging.results import PackageResult, failed_result
from archiver.s3.client import (
    S3Options,
    call,
    error_code,
    head_object,
    make_client,
    paginate,
    parse_s3_url,
    s3_error,
    without_secrets,
)
from archiver.s3.tar_object import object_key, send_tar

if TYPE_CHECKING:
    from archiver.packaging.options import PackageOptions

__all__ = ["ORIGINAL_SHA256", "S3Transfer", "expand_s3_inputs", "output_transfer", "package_s3_stream"]

#: The object metadata (``x-amz-meta-original-sha256``) naming the article a bag in a bucket holds: the
#: SHA-256 of its ``data/original`` file(s), comma-separated, which decides ``exists`` as locally.
ORIGINAL_SHA256 = "original-sha256"

#: ``work(feed, emit, options)``: the packaging pipeline over local inputs (:mod:`archiver.packaging.run`).
Inner = Callable[[Iterator[tuple[int, Input]], Callable[[list[tuple[int, PackageResult]]], None], Any], None]


@dataclass(frozen=True)
class S3Transfer:
    """How a run talks to S3 (plain data: it goes to every worker): the connection options, and the bucket
    and prefix the bags are sent to (None: bags are written to the local ``-o`` folder)."""

    options: S3Options
    output: tuple[str, str] | None = None
    listed: bool = False  # the run's s3:// prefixes are already listed into their articles

    def without_secrets(self) -> S3Transfer:
        """The same transfer with no keys in it, for tasks that travel through a cluster's scheduler."""
        return replace(self, options=without_secrets(self.options))

    @property
    def output_url(self) -> str | None:
        if self.output is None:
            return None
        bucket, prefix = self.output
        return f"s3://{bucket}/{prefix}" if prefix else f"s3://{bucket}"


def output_transfer(url: str, options: S3Options) -> S3Transfer:
    """The transfer for ``-o s3://BUCKET/PREFIX``; the bucket checked once here, before any work, so that
    a wrong name or missing credentials fail the command at once instead of every bag in turn."""
    bucket, prefix = parse_s3_url(url)
    client = make_client(options)
    call("HeadBucket", f"s3://{bucket}", client.head_bucket, Bucket=bucket)
    return S3Transfer(options, (bucket, prefix))


def expand_s3_inputs(inputs: Sequence[Input], options: S3Options) -> list[Input]:
    """Each ``s3://`` prefix (ending in ``/``, or a bucket alone) replaced by the URLs of the articles under
    it, in key order; a key is kept as it is (a missing one fails as its article, ``ARTICLE_NOT_FOUND``, as
    a missing local file does). Other inputs are left as they are. ``NO_ARTICLES`` for a prefix with none."""
    if not any(is_s3(item) for item in inputs):
        return list(inputs)
    client = make_client(options)
    expanded: list[Input] = []
    for item in inputs:
        url = str(item)
        if not is_s3(item):
            expanded.append(item)
            continue
        bucket, key = parse_s3_url(url)
        if key and not url.endswith("/"):
            expanded.append(f"s3://{bucket}/{key}")
            continue
        listing = paginate(
            client.get_paginator("list_objects_v2"),
            "ListObjectsV2",
            url,
            "Contents",
            Bucket=bucket,
            Prefix=f"{key}/" if key else "",
        )
        found = len(expanded)
        for entry in listing:
            name = str(entry["Key"])
            if _is_article_key(name):
                expanded.append(f"s3://{bucket}/{name}")
        if len(expanded) == found:
            raise UsageError(
                "NO_ARTICLES",
                "no article under the prefix",
                where=url,
                hint="articles are objects whose keys end in .txt, .text, .html, .htm or .xhtml",
            )
    return expanded


def _is_article_key(key: str) -> bool:
    """What a local folder's walk would take: article suffixes, no hidden part, no folder marker."""
    if key.endswith("/") or any(part.startswith(".") for part in key.split("/")):
        return False
    return key.lower().endswith(ARTICLE_SUFFIXES)


def package_s3_stream(
    feed: Iterator[tuple[int, Input]],
    emit: Callable[[list[tuple[int, PackageResult]]], None],
    options: PackageOptions,
    inner: Inner,
) -> None:
    """In a worker: fetch the ``s3://`` inputs ``feed`` hands out, run ``inner`` (the local pipeline) over
    them in a scratch folder, and send each bag made to the output prefix, if there is one."""
    transfer = options.s3
    assert transfer is not None
    client = make_client(transfer.options)
    with tempfile.TemporaryDirectory(prefix="archiver-s3-") as scratch:
        local = replace(options, s3=None)
        if transfer.output is not None:  # the bucket is the commit: a scratch folder needs no flushes
            local = replace(local, outdir=Path(scratch) / "bags", durable=False)
            local.outdir.mkdir()
            if local.plan is not None and local.plan.serialize is not None:
                # The bag is sent as its tar (the profile's form: --serialize tar is all a bucket takes),
                # made from the folder as it is sent, so the folder is what is made here.
                local = replace(local, plan=replace(local.plan, serialize=None))
        fetched: dict[int, tuple[str, Path]] = {}  # index -> (the URL given, the file it was fetched to)

        def inputs() -> Iterator[tuple[int, Input]]:
            for index, item in feed:
                if not is_s3(item):
                    yield index, item
                    continue
                url = str(item)
                try:
                    path = _fetch(client, url, Path(scratch) / f"in-{index}")
                except ArchiverError as exc:
                    emit([(index, failed_result(url, exc))])
                    continue
                fetched[index] = (url, path)
                yield index, path

        def sent(pairs: list[tuple[int, PackageResult]]) -> None:
            done = []
            for index, result in pairs:
                given = fetched.pop(index, None)
                if given is not None:
                    result = _as_given(result, *given)
                    shutil.rmtree(given[1].parent, ignore_errors=True)
                if transfer.output is not None and result.bag is not None:
                    result = _send(client, transfer, result)
                done.append((index, result))
            emit(done)

        inner(inputs(), sent, local)


def _fetch(client: Any, url: str, folder: Path) -> Path:
    """GetObject into ``folder/<the key's last part>``, read in pieces and refused past the article limit."""
    from botocore.exceptions import BotoCoreError, ClientError

    bucket, key = parse_s3_url(url)
    try:
        response = client.get_object(Bucket=bucket, Key=key)
    except ClientError as exc:
        if error_code(exc) in ("NoSuchKey", "404", "NotFound"):
            raise ArchiverError("ARTICLE_NOT_FOUND", "no such object in the bucket", where=url) from None
        raise s3_error(exc, action="GetObject", where=url) from None
    except BotoCoreError as exc:
        raise s3_error(exc, action="GetObject", where=url) from None
    body = response["Body"]
    try:
        size = int(response.get("ContentLength") or 0)
        if size > MAX_ARTICLE_BYTES:
            raise ArchiverError(
                "ARTICLE_TOO_LARGE",
                f"the object is {size} bytes; articles may be at most {MAX_ARTICLE_BYTES} bytes",
                where=url,
            )
        folder.mkdir()
        path = folder / key.rsplit("/", 1)[-1]
        got = 0
        with path.open("wb") as out:
            for piece in iter(lambda: body.read(1024 * 1024), b""):
                got += len(piece)
                if got > MAX_ARTICLE_BYTES:
                    raise ArchiverError(
                        "ARTICLE_TOO_LARGE", f"more than {MAX_ARTICLE_BYTES} bytes were read", where=url
                    )
                out.write(piece)
    except BotoCoreError as exc:
        raise s3_error(exc, action="GetObject", where=url) from None
    except OSError as exc:
        raise ArchiverError(
            "IO_ERROR", f"cannot write the fetched article: {exc.strerror or exc}", where=str(folder)
        ) from None
    finally:
        body.close()
    return path


def _as_given(result: PackageResult, url: str, path: Path) -> PackageResult:
    """The result of a fetched article told by its URL, not by the scratch file it was read from."""
    error = result.error
    if error is not None and error.where and error.where.startswith(str(path)):
        error = replace(error, where=url + error.where[len(str(path)) :])
    return replace(result, input=url, error=error)


def _send(client: Any, transfer: S3Transfer, result: PackageResult) -> PackageResult:
    """Send the bag made for ``result`` as ``<prefix>/<bag name>.tar``, unless that key holds a bag already:
    of the same article (its original's SHA-256, kept in the object's metadata) it is ``exists``, as a
    local run's bag would be; of another, the failure a local run gives (``BAG_EXISTS_DIFFERENT``), and
    nothing is overwritten. The local bag is removed either way."""
    assert transfer.output is not None and result.bag is not None
    bucket, prefix = transfer.output
    bag = result.bag
    key = object_key(prefix, bag)
    where = f"s3://{bucket}/{key}"
    ours = ",".join(sorted(existing_original_sha256(bag)))
    status = result.status
    try:
        head = head_object(client, bucket, key, where)
        if head is None:
            try:
                send_tar(client, bag, bucket, key, transfer.options, metadata={ORIGINAL_SHA256: ours})
            except ArchiverError as exc:
                if exc.code != "S3_OBJECT_EXISTS_DIFFERENT":  # another run sent a bag here meanwhile
                    raise
                head = head_object(client, bucket, key, where)
        if head is not None:
            if (head.get("Metadata") or {}).get(ORIGINAL_SHA256) != ours:
                identifier = result.identifier or bag.name
                raise exists_different_error(identifier, where)
            status = "exists"
    except ArchiverError as exc:
        failed = failed_result(str(result.input), exc)
        return replace(failed, input=result.input, identifier=result.identifier, title=result.title)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(bag) if bag.is_dir() else os.unlink(bag)
    return replace(result, status=status, bag=None, url=where)
