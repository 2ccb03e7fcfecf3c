"""Capturing articles from the web: ``archiver package URL``.

Modules, from the wire up: :mod:`~archiver.web.urls` (which URLs, credentials removed),
:mod:`~archiver.web.http` (the request head; reading responses is :mod:`archiver.formats.http`'s), :mod:`~archiver.web.fetch` (one exchange over a
socket, recorded byte for byte), :mod:`~archiver.web.robots`, :mod:`~archiver.web.resources`,
:mod:`~archiver.web.capture` (the page, its redirects and resources), :mod:`~archiver.web.politeness` and
:mod:`~archiver.web.prefetch` (many sites at once, one request at a time per host),
:mod:`~archiver.web.capture_json`, :mod:`~archiver.web.page` (extraction) and :mod:`~archiver.web.package_url`
(the bag). What the exchanges become in a WARC is a format concern, :mod:`archiver.formats.warc.capture`.
Errors are :class:`CaptureError` with ``CAPTURE_...`` codes.
"""

from __future__ import annotations

from archiver.web.errors import CaptureError, CaptureUsageError
from archiver.web.options import CaptureOptions, default_user_agent

__all__ = ["CaptureError", "CaptureOptions", "CaptureUsageError", "default_user_agent"]
