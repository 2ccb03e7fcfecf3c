"""Packaging: one article in (a file, or a URL captured), one BagIt 1.0 bag out, with the original, its
metadata and a WARC/1.1 inside.

The flow for one input: read it (or capture it); build the metadata; build the WARC in memory; write the
bag into a staging folder inside OUTDIR; flush; rename to ``OUTDIR/<bag name>``. An input file is only
ever read. Many inputs are spread over worker processes; each result (success or a clear error) is
reported as it comes, and one bad input never stops the others.

The modules, in the order of the flow: :mod:`.options` (what a run is told), :mod:`.inputs` (what it
packages), :mod:`.files` (an article file's phases; a URL's are :mod:`archiver.web.package_url`),
:mod:`.phases` (the one phase runner, and the phases both kinds share), :mod:`.bag_info` (the tag files),
:mod:`.commit` (the durable rename into place), :mod:`.run` (many inputs over workers) and
:mod:`.results` (what is reported).
"""

from archiver.errors import ErrorInfo
from archiver.packaging.bag_info import bag_info_fields, bag_info_labels, plan_tags, require_organization
from archiver.packaging.commit import commit_staged, finish_one
from archiver.packaging.files import metadata_record_uri, package_article, stage_article, stage_articles
from archiver.packaging.inputs import ARTICLE_SUFFIXES, Input, InputList, SkippedInput, expand_inputs, is_url
from archiver.packaging.options import IfExists, PackageOptions, capture_time
from archiver.packaging.phases import StagedBag
from archiver.packaging.results import PackageResult, PackageWarning, ResourceCount, Status
from archiver.packaging.run import make_outdir, package_iter, package_many, prepare_s3_run
from archiver.packaging.s3_io import S3Transfer, output_transfer

__all__ = [
    "ARTICLE_SUFFIXES",
    "ErrorInfo",
    "IfExists",
    "Input",
    "InputList",
    "PackageOptions",
    "PackageResult",
    "PackageWarning",
    "ResourceCount",
    "S3Transfer",
    "SkippedInput",
    "StagedBag",
    "Status",
    "bag_info_fields",
    "bag_info_labels",
    "capture_time",
    "commit_staged",
    "expand_inputs",
    "finish_one",
    "is_url",
    "make_outdir",
    "metadata_record_uri",
    "output_transfer",
    "package_article",
    "package_iter",
    "package_many",
    "plan_tags",
    "prepare_s3_run",
    "require_organization",
    "stage_article",
    "stage_articles",
]
