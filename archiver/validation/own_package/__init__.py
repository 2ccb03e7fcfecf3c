"""Checks of the tool's own packages: what the BagIt and WARC rules cannot see.

A bag made by ``archiver package`` can be a perfectly valid bag, with a perfectly valid WARC inside, and still
be wrong: metadata that no longer validates, an original whose digest is not the one its metadata records,
a WARC that holds some other article, or identifiers that disagree between bag-info, metadata and WARC. The
manifests cannot catch any of this when whoever changed a file also rewrote the manifests. These checks run
on every bag that names our profile (``BagIt-Profile-Identifier``), and only there: another tool's bag owes
nothing to our layout.

They read the bag only through :class:`~archiver.formats.bagit.view.BagView` and a
:class:`~archiver.formats.bagit.view.BagReader`, so folders, tars and zips are all the same here, and each file
is read at most once, up to a size limit: a file over the limit is reported as not checked (a warning),
never read whole. Structural rules of the WARC (headers, digests, truncation) belong to the WARC validator;
here the WARC is only split into records to compare their blocks and identifiers with the bag's files.

Layout checked (:mod:`archiver.own_profile`): ``data/metadata/article-metadata.json`` (JSON, valid against the
committed schema of the ``schema_version`` it names), exactly one file under ``data/original/`` (its SHA-256
and size those of ``metadata.original``), exactly one WARC under ``data/warc/`` whose single resource record
holds the original's bytes under ``WARC-Target-URI`` = the metadata's ``source_url`` (else its
``identifier``), and whose single metadata record holds the metadata file's bytes and refers to the resource
record. bag-info's ``External-Identifier`` is the metadata's ``identifier`` and its
``Archiver-Metadata-Schema`` the metadata's ``schema_id``. A bag-info tag that is absent is not reported
here: the profile check (run on the same bag) reports it as ``PROFILE-TAG-REQUIRED``.

A bag captured from the web (``archiver package URL``, :mod:`archiver.web.package_url`) is recognised by its
``data/capture/capture.json`` and has another WARC: no resource record, but request/response pairs (one per
redirect hop and resource), revisits, and two metadata records (the metadata file, then capture.json), each
under its own URN and referring to the page's final response. There the rules are: capture.json is a JSON
object; exactly one metadata record holds the metadata file's bytes and exactly one capture.json's, both
referring to the same response record; that response is filed under the metadata's ``source_url``, and
its HTTP entity, with chunked framing and Content-Encoding undone exactly as the capture undid them
(:mod:`archiver.formats.http`), is the original byte for byte; capture.json names that URL, that record and that
WARC; and ``data/wacz/`` holds exactly one WACZ, whose ``archive/`` holds the bag's WARC byte for byte. The
WACZ's own structure is the WACZ validator's (run on every ``.wacz`` of every bag).

The modules: :mod:`.codes` (the ``PKG-...`` codes), :mod:`.reading` (each file read once, up to a limit),
:mod:`.check` (the entry, the metadata, the original, bag-info), :mod:`.warc` (a file package's WARC) and
:mod:`.capture` (a web capture's WARC, capture.json and WACZ).
"""

from archiver.validation.own_package.check import check_own_package, is_own_package, is_web_package
from archiver.validation.own_package.codes import (
    CAPTURE_PATH,
    CODES,
    DEFAULT_LIMIT,
    KNOWN_PROFILE_IDS,
    WACZ_DIR,
)

__all__ = [
    "CAPTURE_PATH",
    "CODES",
    "DEFAULT_LIMIT",
    "KNOWN_PROFILE_IDS",
    "WACZ_DIR",
    "check_own_package",
    "is_own_package",
    "is_web_package",
]
