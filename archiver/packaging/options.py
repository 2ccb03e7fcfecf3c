"""What a packaging run is told: :class:`PackageOptions` (the output, the settings, the naming, the profile
and, for URLs, the capture's limits) and :func:`capture_time` (the one time every bag of a run records).

Cut here because every other module of the package reads these and none of them decides them: the
command line and the Python API build one ``PackageOptions``, and it travels unchanged (a picklable copy in
each worker) through staging, committing and capturing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from archiver.config import Settings
from archiver.errors import UsageError
from archiver.profiles.plan import BagPlan
from archiver.web.options import CaptureOptions

if TYPE_CHECKING:
    from archiver.packaging.s3_io import S3Transfer

__all__ = ["IfExists", "PackageOptions", "capture_time"]

IfExists = Literal["keep", "replace"]


@dataclass(frozen=True)
class PackageOptions:
    """What ``package`` needs beyond the article itself. Picklable, so workers get a copy."""

    outdir: Path
    settings: Settings = field(default_factory=Settings)
    identifier: str | None = None
    source_url: str | None = None
    captured: datetime | None = None  # fixed capture time (reproducible builds); else now
    if_exists: IfExists = "keep"
    durable: bool = True
    use_trafilatura: bool = False  # HTML main-text extraction by trafilatura (the [html] extra)
    run_tag: str = ""  # names one run's staging folders (set by the run itself: staging.new_run_tag)
    plan: BagPlan | None = None  # a receiver's profile, tags and serialization (None: the own profile's bags)
    capture: CaptureOptions = field(default_factory=CaptureOptions)  # limits and politeness for URLs
    s3: S3Transfer | None = None  # s3:// inputs are fetched with it, and bags sent to its output if set


def capture_time(explicit: datetime | None = None, env: Mapping[str, str] | None = None) -> datetime:
    """The capture time: explicit, else ``SOURCE_DATE_EPOCH`` (reproducible-builds.org), else now; whole seconds, UTC."""
    env = os.environ if env is None else env
    if explicit is not None:
        if explicit.tzinfo is None:
            raise UsageError(
                "DATE_INVALID", "the capture date needs a timezone", hint="e.g. 2024-05-01T12:00:00Z"
            )
        return explicit.astimezone(UTC).replace(microsecond=0)
    epoch = env.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise UsageError(
                "DATE_INVALID", f"SOURCE_DATE_EPOCH is not a Unix time: {epoch!r}", hint="use whole seconds"
            ) from None
    return datetime.now(UTC).replace(microsecond=0)
