"""The command error and warning codes, each registered once: ``docs/error-codes.md`` is generated from here.

Every error the tool raises on purpose carries a stable code (:class:`archiver.errors.ArchiverError`), and so
does every warning packaging reports. Users and scripts key on those codes, so each must be documented with
its exit code and its meaning; a hand-kept table drifted from the code. Here each code is registered once,
with the exit code it ends a command with (None for a warning, which never stops one), the section of the
document it belongs to, and its meaning. ``python -m archiver.error_codes > docs/error-codes.md`` rewrites the
document, and a test keeps it equal to :func:`render`, every code the package raises registered, each
registered exit code equal to the class the code is raised with, and no registered code unused.

Validation findings are not here: their codes (``BAG-...``, ``WARC-...``, OCFL's ``E001``) have a registry
of their own (:mod:`archiver.validation.docs`). This module is low in the layers: it imports nothing of the
package but :mod:`archiver.errors`, so any module may import it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, TypeAlias

from archiver.errors import ExitCode

__all__ = ["CODE_PATTERN", "REGISTRY", "SECTIONS", "ErrorCode", "Section", "render"]

#: What a code looks like: upper case, digits and underscores (validation codes have hyphens instead).
CODE_PATTERN: Final = re.compile(r"[A-Z][A-Z0-9_]+")

FAILED: Final = ExitCode.FAILED
USAGE: Final = ExitCode.USAGE
#: The "exit code" of a warning: it never ends a command.
WARNING: Final = None


@dataclass(frozen=True)
class Section:
    """A section of ``docs/error-codes.md``: its heading, the prose before its table and after it, and
    whether its table has an exit column (warnings and skipped resources end no command)."""

    title: str
    text: str
    exit_column: bool = True
    after: str = ""


@dataclass(frozen=True)
class ErrorCode:
    """One registered code: the exit code a command ends with when it is raised (None: a warning), the
    section it is documented in, and its meaning, in the words of the document."""

    code: str
    exit: ExitCode | None
    section: Section
    meaning: str


TITLE: Final = "# Error and warning codes"
GENERATED: Final = (
    "Generated from the code by `python -m archiver.error_codes`; a test keeps this file current."
)

COMMAND: Final = Section(
    "Command errors",
    """\
An error the user can act on is printed as one line on stderr: `error[CODE] where: what (what to do)`.
`--debug` (anywhere on the command line, or `ARCHIVER_DEBUG=1`) adds the traceback. Exit codes: **0** success, **1** a failure of the work
itself (an article that cannot be packaged, an invalid bag), **2** a usage error (options, config, targets),
**130** stopped by Ctrl-C (`interrupted: nothing half-made was left under a final name`).""",
)
S3_AUDIT: Final = Section(
    "S3 audit problems",
    """\
`archiver audit s3://...` checks each stored bag against what was recorded when it was sent, and lists its
problems under the bag's `DAMAGED` line (and in its `--json` line's `problems`): `S3_ETAG_MISMATCH` above,
the `S3_...` error of a failed `--deep` download, and these. A damaged bag makes the audit exit 1.""",
)
READING: Final = Section(
    "Reading warnings",
    """\
Doubts met while reading an article never stop packaging; they are recorded in the metadata's `warnings`
list with these codes, so an archivist can find every article whose reading was uncertain.""",
    exit_column=False,
)
PACKAGING: Final = Section(
    "Packaging warnings",
    """\
`package` prints each bag's warnings under its line (`--quiet` hides them) and lists them in every `--json`
line's `warnings`: the reading warnings above, and these, which concern the capture rather than the article.
They never stop packaging; the summary counts the bags that have any.""",
    exit_column=False,
)
SKIPPED: Final = Section(
    "Skipped resources",
    """\
Resources skipped by `--with-resources` do not fail a capture; each is listed in the bag's
`data/capture/capture.json` with its reason: one of these codes, or the `CAPTURE_...` code of the error that
ended its fetch.""",
    exit_column=False,
)
VALIDATION: Final = Section(
    "Validation findings",
    "`archiver validate` reports findings with their own codes, listed in [validation-codes.md](validation-codes.md).",
)

#: The sections in the order of the document.
SECTIONS: Final = (COMMAND, S3_AUDIT, READING, PACKAGING, SKIPPED, VALIDATION)

_Row: TypeAlias = tuple[str, ExitCode | None, str]

# One line a code, kept unwrapped so the tables read as tables.
# fmt: off
_COMMAND_ROWS: Final[tuple[_Row, ...]] = (
    ("ARTICLE_EMPTY", FAILED, "the article file has no bytes (or only a byte-order mark)"),
    ("ARTICLE_BINARY", FAILED, "the file holds binary data: more than 2% control characters, or in a text file any NUL byte (a page may hold a few: `NUL_BYTES_IGNORED`)"),
    ("ARTICLE_ENCODING", FAILED, "a text file in UTF-8 with invalid bytes (the offset is given; a page is read with U+FFFD instead: `ENCODING_BYTES_REPLACED`), a byte-order mark that does not match, or no encoding reads the file; nothing is replaced silently"),
    ("ARTICLE_NO_TITLE", FAILED, "no title line in a text file; no headline, og:title, `<title>` or `<h1>` in a page"),
    ("ARTICLE_TOO_LARGE", FAILED, "larger than 64 MiB: not an article"),
    ("ARTICLE_NOT_FOUND", FAILED, "the path does not exist"),
    ("ARTICLE_IS_DIRECTORY", FAILED, "a folder where a file was expected"),
    ("ARTICLE_NOT_A_FILE", FAILED, "a FIFO, device or other special file (refused so reading cannot block)"),
    ("ARTICLE_UNREADABLE", FAILED, "the operating system refused to read the file"),
    ("BAG_EXISTS_DIFFERENT", FAILED, "a bag with the same identifier but different article bytes exists; use `--replace` or `--id`"),
    ("IO_ERROR", FAILED, "writing the output failed (disk full, permissions)"),
    ("INTERNAL", FAILED, "an unexpected error on one input (a bug in archiver: please report it, with the traceback `--debug` prints); that input is not done, every other input of the run is"),
    ("CONFIG_NO_ORGANIZATION", USAGE, "no Source-Organization: pass `--organization`, set `ARCHIVER_ORGANIZATION` or the config file"),
    ("CONFIG_INVALID", USAGE, "the config file is not valid TOML or has an unknown or wrong setting"),
    ("CONFIG_UNREADABLE", USAGE, "the config file named by `--config` or `ARCHIVER_CONFIG` cannot be read"),
    ("DATE_INVALID", USAGE, "`--date` or `SOURCE_DATE_EPOCH` is not a valid time (a date-time needs a timezone, e.g. `Z`)"),
    ("ID_INVALID", USAGE, "`--id` is not a URN (RFC 8141)"),
    ("ID_WITH_MANY", USAGE, "`--id` names one article but several were given"),
    ("URL_GIVEN_TWICE", USAGE, "`metadata URL --url ...`: `--url` is for files; a page fetched from a URL has that URL"),
    ("PACKAGE_S3_REPLACE", USAGE, "`package --replace` with `-o s3://...`: objects in a bucket are never overwritten"),
    ("PACKAGE_S3_SERIALIZE", USAGE, "`package -o s3://...` with `--serialize zip` or `tar.gz`: bags are sent to a bucket as tar"),
    ("NO_ARTICLES", USAGE, "the folders (or `s3://` prefixes) given hold no `.txt`, `.text`, `.html`, `.htm` or `.xhtml` files"),
    ("OUTPUT_NOT_A_FOLDER", USAGE, "`-o` names a file, or a path under a file: bags go into a folder (created if absent); the file is left as it was"),
    ("TARGET_MISSING", USAGE, "a validate target does not exist"),
    ("USAGE", USAGE, "the command line itself is wrong: an unknown option or command, a missing argument, a value of the wrong kind or out of range (the option parser's words follow, then the command's `--help` to see)"),
    ("ABORTED", FAILED, "input ended at a prompt"),
    ("TARGET_UNKNOWN", USAGE, "a validate target is neither a bag folder, a `.tar`/`.tar.gz`/`.tgz`/`.zip` nor a `.warc`/`.warc.gz`"),
    ("PROFILE_UNREADABLE", USAGE, "the `--profile` file is missing, not JSON or not a BagIt profile"),
    ("REPO_NOT_FOUND", USAGE, "no repository at the path (create one with `archiver repo init PATH`)"),
    ("REPO_NOT_OCFL", USAGE, "the folder has no `0=ocfl_1.0` or `0=ocfl_1.1` declaration (a single object is named as such: `archiver validate` or `archiver audit` checks it)"),
    ("REPO_NOT_EMPTY", USAGE, "`repo init` on a non-empty folder that is not an OCFL storage root"),
    ("REPO_LAYOUT_UNSUPPORTED", USAGE, "ingest into a storage root that declares no layout, or one archiver cannot map (nothing is written; reading, export and audit still work); `repo init --layout` with an unknown layout"),
    ("REPO_LAYOUT_PARAM", USAGE, "a `--layout-param` of `repo init` is not `KEY=VALUE`"),
    ("REPO_ID_UNMAPPABLE", USAGE, "the root's layout cannot turn this object ID into a path (e.g. 0002 and an ID with `/`)"),
    ("INGEST_NOT_A_BAG", USAGE, "the path given to `ingest` is not a bag folder"),
    ("INGEST_PROFILE_S3_ONLY", USAGE, "`ingest --profile` without `--into s3://...`: a receiver's profile applies to receiving buckets"),
    ("INGEST_USER_ADDRESS", USAGE, "the user address is not a URI (use `mailto:...`)"),
    ("INGEST_ID_NOT_URI", USAGE, "`ingest --id` is not an absolute URI (e.g. `urn:uuid:...`; OCFL 1.1 §3.5.1 wants object ids to be URIs)"),
    ("INGEST_ID_ONE_BAG", USAGE, "`ingest --id` names one object but several bags were given"),
    ("INGEST_ID_S3", USAGE, "`ingest --id` with `--into s3://...`: a receiving bucket takes bags as they are"),
    ("REPO_S3_UNSUPPORTED", USAGE, "`export`, `repo show`, `repo diff` or `repo log` with an `s3://` repository: a bucket of serialized bags has no OCFL objects (use `repo list` or `audit` on it)"),
    ("REPO_S3_NO_TITLES", USAGE, "`repo list --title` on an `s3://` bucket, whose bags carry no titles in their object metadata"),
    ("AUDIT_DEEP_S3_ONLY", USAGE, "`audit --deep` on an OCFL repository (on disk or on S3), which is always audited in full; it applies to buckets of serialized bags"),
    ("AUDIT_SINCE_INVALID", USAGE, "`audit --since` takes an age, a number and a unit: 36h, 90d, 12w or 1y"),
    ("AUDIT_OPTION_LOCAL_ONLY", USAGE, "`audit --since` or `audit --cluster` on a bucket of serialized bags (they apply to OCFL roots, on disk or on S3; bags keep no audit log)"),
    ("OBJECT_NOT_FOUND", USAGE, "no object with that identifier in the repository"),
    ("OBJECT_NO_VERSION", USAGE, "`repo show --version` or `repo diff` names a version the object does not have (`2`, `v2` and `v0002` all name version 2)"),
    ("EXPORT_NO_VERSION", USAGE, "the object has no such version"),
    ("EXPORT_EXISTS", USAGE, "the export destination already exists"),
    ("EXPORT_OUTPUT_NOT_FOLDER", USAGE, "`export -o` names a file, not a folder"),
    ("INGEST_INVALID_BAG", FAILED, "the bag failed validation; its findings are listed and nothing was written"),
    ("INGEST_NO_IDENTIFIER", FAILED, "the bag has not exactly one External-Identifier in bag-info.txt"),
    ("INGEST_ID_CONFLICT", FAILED, "`ingest --id` differs from the External-Identifier the bag already has"),
    ("INGEST_UNSUPPORTED_FILE", FAILED, "a symlink, special file or non-UTF-8 file name in the bag"),
    ("INGEST_CHECKSUM_MISMATCH", FAILED, "a file did not match the bag's own manifest while it was copied in"),
    ("INGEST_VERIFY_FAILED", FAILED, "stored files did not match after writing; the version was rolled back"),
    ("REPO_OBJECT_DAMAGED", FAILED, "a version will not be added to, or exported from, an object whose inventory is damaged or unusable (run `archiver validate` on it)"),
    ("REPO_OBJECT_NEWER", FAILED, "the object declares a later OCFL version than its storage root (OCFL 1.1 §4.2, E081); no version is added"),
    ("REPO_VERSIONS_EXHAUSTED", FAILED, "the object's zero-padded version names have no room for another version (OCFL 1.1 §3.3)"),
    ("REPO_LOCKED", FAILED, "another ingest held the object's lock past `--lock-timeout`"),
    ("EXPORT_FIXITY", FAILED, "a stored file is damaged; nothing was exported"),
    ("EXPORT_UNSAFE_PATH", USAGE, "the inventory holds a logical or content path that would leave the object or the destination; nothing was exported"),
    ("CAPTURE_URL_INVALID", USAGE, "the URL is malformed"),
    ("CAPTURE_SCHEME_UNSUPPORTED", USAGE, "not an http or https URL"),
    ("URL_LIST_UNREADABLE", USAGE, "the `--urls` file cannot be read or is not UTF-8"),
    ("URL_LIST_INVALID", USAGE, "a line of the `--urls` file is not a usable URL (the first such line is given, and the numbers of the others)"),
    ("CAPTURE_DNS", FAILED, "the host name could not be resolved"),
    ("CAPTURE_CONNECTION_REFUSED", FAILED, "the server refused the connection"),
    ("CAPTURE_CONNECTION_FAILED", FAILED, "connecting failed, or the connection was lost"),
    ("CAPTURE_TIMEOUT", FAILED, "a connect, read or total time limit (`--timeout`) was passed"),
    ("CAPTURE_TLS", FAILED, "the TLS handshake or the certificate check failed"),
    ("CAPTURE_PROTOCOL", FAILED, "the answer is not valid HTTP, or is truncated"),
    ("CAPTURE_HTTP_CLIENT_ERROR", FAILED, "the server answered 4xx (e.g. 404)"),
    ("CAPTURE_HTTP_SERVER_ERROR", FAILED, "the server answered 5xx"),
    ("CAPTURE_NOT_HTML", FAILED, "not an HTML page, or an empty one"),
    ("CAPTURE_TOO_LARGE", FAILED, "larger than `--max-bytes`, also after gzip decoding"),
    ("CAPTURE_DECODING", FAILED, "a corrupt or unsupported Content-Encoding"),
    ("CAPTURE_TOO_MANY_REDIRECTS", FAILED, "more than 10 redirects, or a redirect loop"),
    ("CAPTURE_REDIRECT_INVALID", FAILED, "a redirect without Location, to an unusable URL, or to another port of a host than the one asked for (or the scheme's default): a page must not steer the tool to another service"),
    ("CAPTURE_ROBOTS_DISALLOWED", FAILED, "robots.txt forbids the URL (a 5xx robots.txt forbids everything, RFC 9309); `--ignore-robots` overrides"),
    ("TAG_OPTION_INVALID", USAGE, "a `--tag`/`--bag-info` is not `FILE:Label=Value`/`Label=Value`, or names bagit.txt, a manifest, a path outside the bag or in `data/`"),
    ("PROFILE_TAG_MISSING", USAGE, "a tag (or tag file) the receiver's profile requires has no value; the message names the field, the file and the option that sets it"),
    ("PROFILE_TAG_VALUE", USAGE, "a value outside the profile's allowed values (they are listed), empty where the profile forbids it, or a non-repeatable tag given twice"),
    ("PROFILE_TAG_RESERVED", USAGE, "`--bag-info` for a tag archiver sets itself (Payload-Oxum, Bagging-Date, External-Identifier, ...)"),
    ("PROFILE_TAG_FILE", USAGE, "`--tag` names a tag file the profile's Tag-Files-Allowed forbids (the project's own profile allows no extra tag files)"),
    ("PROFILE_SERIALIZATION", USAGE, "a `--serialize` the profile forbids or does not accept, or none given where it requires one and several forms fit"),
    ("PROFILE_UNSUPPORTED", USAGE, "the profile demands what no archiver bag can be (a BagIt version other than 1.0, fetch.txt, an empty payload, no manifest algorithm archiver writes)"),
    ("PROFILE_NOT_SATISFIED", FAILED, "the planned bag breaks a profile rule no option can change (e.g. Payload-Files-Allowed); nothing was written"),
    ("INSTITUTION_INVALID", USAGE, "`--institution` missing where the receiver names bags by it (APTrust), or not a domain-like identifier"),
    ("SERIALIZE_FORM_UNKNOWN", USAGE, "`--serialize` is not tar, tar.gz or zip"),
    ("SERIALIZE_TOP_INVALID", USAGE, "the serialized bag's top folder is not a single folder name"),
    ("SERIALIZE_DEST_EXISTS", FAILED, "a file already stands where the serialized bag would go; it is never overwritten"),
    ("SERIALIZE_DEST_IN_BAG", USAGE, "the serialized bag would be written inside the bag itself"),
    ("DEPOSIT_NO_TARGET", USAGE, "neither or both of `--to` and `--target`, or options that do not go together"),
    ("DEPOSIT_TARGET_UNKNOWN", USAGE, "no such target in the config's `[deposit.targets]`"),
    ("DEPOSIT_URL_INVALID", USAGE, "a deposit URL is not http(s), or carries `user:password@` (credentials go in the environment or the config)"),
    ("DEPOSIT_NO_PASSWORD", USAGE, "the target's `password_env` variable is unset and the config has no password"),
    ("DEPOSIT_NOT_A_BAG", USAGE, "a deposit input is missing, has an unknown suffix, or has no `bagit.txt`"),
    ("DEPOSIT_LEDGER_INVALID", USAGE, "the deposit ledger cannot be read or is malformed; it is left untouched"),
    ("DEPOSIT_AUTH_FAILED", USAGE, "the server refused the credentials (401)"),
    ("DEPOSIT_COLLECTION_UNKNOWN", USAGE, "the collection is not in the service document, or the server answered 404"),
    ("DEPOSIT_PACKAGING_UNSUPPORTED", USAGE, "the collection accepts none of the target's packaging formats or media types"),
    ("DEPOSIT_BAG_UNREADABLE", FAILED, "a serialized bag cannot be read, or has not exactly one top-level folder"),
    ("DEPOSIT_NO_IDENTIFIER", FAILED, "the bag has no External-Identifier to record the deposit under"),
    ("DEPOSIT_BAG_INVALID", FAILED, "the bag failed validation; nothing was sent"),
    ("DEPOSIT_TEMPLATE_VALUE", FAILED, "the target's Atom template needs a value this bag's metadata does not have"),
    ("DEPOSIT_TOO_LARGE", FAILED, "the package is over the server's upload limit (checked before sending, or the server said 413)"),
    ("DEPOSIT_CHANGED", FAILED, "a different bag with the same identifier was deposited before; `--replace` sends it as a replacement"),
    ("DEPOSIT_CHECKSUM_MISMATCH", FAILED, "the server says the package's MD5 does not match (412, `sword:ErrorChecksumMismatch`)"),
    ("DEPOSIT_FORBIDDEN", FAILED, "the server forbids the deposit (403), e.g. an origin URL outside the client's provider URL"),
    ("DEPOSIT_REFUSED", FAILED, "any other 4xx answer, with the server's own summary"),
    ("DEPOSIT_SERVER_ERROR", FAILED, "5xx answers after the bounded retries"),
    ("DEPOSIT_UNREACHABLE", FAILED, "no answer from the server after the bounded retries"),
    ("DEPOSIT_OUTCOME_UNKNOWN", FAILED, "a creating request went out in full and got no answer; it is not repeated (that could make a second deposit): check the server"),
    ("DEPOSIT_BAD_RESPONSE", FAILED, "the server's answer is not a document archiver can use"),
    ("DEPOSIT_REJECTED", FAILED, "`--wait` saw the deposit fail or disappear on the server"),
    ("DEPOSIT_WAIT_TIMEOUT", FAILED, "`--wait` gave up before the deposit reached a final state"),
    ("DEPOSIT_LEDGER_LOCKED", FAILED, "another deposit held the ledger's lock"),
    ("S3_URL_INVALID", USAGE, "not `s3://BUCKET[/PREFIX]`"),
    ("S3_FORM_UNSUPPORTED", USAGE, "`form=\"ocfl\"` in a bucket of bags: an OCFL storage root on S3 is made with `archiver repo init s3://...` and then ingested into by its URL"),
    ("S3_OPTIONS_INVALID", USAGE, "part size outside 5 MiB to 5 GiB, threshold outside 0 to 5 GiB, unknown form"),
    ("S3_NOT_INSTALLED", USAGE, "boto3 is missing: `pip install 'news-archiver[s3]'`"),
    ("S3_NO_CREDENTIALS", USAGE, "no credentials found (options, `AWS_*` environment, or an AWS profile)"),
    ("S3_CONFIG_INVALID", USAGE, "unknown AWS profile, or an unusable endpoint or region"),
    ("S3_NOT_A_BAG", USAGE, "the path given is not a folder"),
    ("S3_BAG_INVALID", FAILED, "the bag failed validation; nothing was sent; the findings are listed"),
    ("S3_ENDPOINT_UNREACHABLE", FAILED, "the connection to the endpoint failed or timed out"),
    ("S3_ACCESS_DENIED", FAILED, "access denied, a bad key or signature (HEAD needs s3:GetObject and s3:ListBucket)"),
    ("S3_NO_SUCH_BUCKET", FAILED, "the bucket does not exist"),
    ("S3_OBJECT_EXISTS_DIFFERENT", FAILED, "a different object is already at the key; it was not overwritten"),
    ("S3_NOT_OCFL_ROOT", USAGE, "the prefix holds no `0=ocfl_1.1` declaration: not an OCFL storage root on S3 (`archiver repo init s3://...` makes one)"),
    ("S3_OCFL_NOT_EMPTY", USAGE, "`repo init s3://...` on a prefix that already holds other keys: a storage root starts empty"),
    ("S3_OCFL_LOCKED", FAILED, "another writer held the object's lock (a conditional PUT) for the whole wait; nothing was written"),
    ("S3_OCFL_LOCK_LOST", FAILED, "this writer stalled so long that its lock was taken over as stale; it stopped before its commit, so the object is as the other writer left it"),
    ("S3_OCFL_CONFLICT", FAILED, "another writer's version got there first (a conditional write lost); nothing of this one was committed: ingest again"),
    ("S3_OCFL_FILE_TOO_LARGE", FAILED, "a content file over 5 GiB, the largest single PUT: an OCFL object on S3 takes no multipart upload, whose commit Ceph does not make conditional"),
    ("S3_BAD_DIGEST", FAILED, "the server rejected bytes whose MD5 differs from the Content-MD5 sent"),
    ("S3_ETAG_MISMATCH", FAILED, "the stored or part ETag is not the one predicted (MD5, or MD5 of the part MD5s plus `-N`)"),
    ("S3_METADATA_MISMATCH", FAILED, "after upload, the object shows a different SHA-256 or length"),
    ("S3_VERIFY_FAILED", FAILED, "`--verify`: the object read back hashes differently"),
    ("S3_LISTING_UNORDERED", FAILED, "the server listed a storage root's keys out of UTF-8 binary order (S3 Express directory buckets, some gateways), so its objects cannot be found while the listing streams; nothing was audited or listed from it"),
    ("S3_REQUEST_FAILED", FAILED, "any other S3 error (the operation, code, HTTP status and message are given)"),
    ("SERIALIZE_NOT_A_FOLDER", FAILED, "the bag path is missing or not a folder"),
    ("SERIALIZE_SYMLINK", FAILED, "a symbolic link inside the bag (never followed, never sent)"),
    ("SERIALIZE_SPECIAL_FILE", FAILED, "a FIFO, socket or device inside the bag"),
    ("SERIALIZE_NAME_INVALID", FAILED, "a file name that is not valid UTF-8"),
    ("SERIALIZE_UNREADABLE", FAILED, "a file or folder could not be read"),
    ("SERIALIZE_BAG_CHANGED", FAILED, "a file changed size or content during the upload"),
    ("CLUSTER_ADDRESS_INVALID", USAGE, "`--cluster` (or `ARCHIVER_CLUSTER`, `[cluster] address`) is not `tcp://HOST:PORT` or `local:N`"),
    ("CLUSTER_UNREACHABLE", USAGE, "no Dask scheduler answered at the address within 10 s (refused, unknown host, or a port that does not speak Dask); nothing was written"),
    ("CLUSTER_NO_WORKERS", USAGE, "the Dask scheduler answered but no worker joined it within 10 s: start `dask worker ADDRESS` where the work is to run"),
    ("CLUSTER_VERSION_MISMATCH", USAGE, "the scheduler or a worker cannot import archiver, or runs another version of it: install the same `news-archiver[cluster]` everywhere"),
    ("CLUSTER_NOT_INSTALLED", USAGE, "`--cluster` without Dask distributed installed: `pip install 'news-archiver[cluster]'` (on the scheduler and every worker too)"),
    ("CLUSTER_URLS_UNSUPPORTED", USAGE, "`package --cluster` with URLs: captures run on this machine only, for now (each site's politeness rules hold within one worker)"),
    ("CLUSTER_S3_UNSUPPORTED", USAGE, "`ingest --cluster` into a bucket of bags: tars are sent from this machine (an OCFL root on S3 takes `--cluster`)"),
    ("CLUSTER_LOST", FAILED, "the Dask scheduler went away mid-run: the results printed before stand, and a re-run of the same command finishes the rest"),
)

_S3_AUDIT_ROWS: Final[tuple[_Row, ...]] = (
    ("S3_NO_SHA256", FAILED, "the object's metadata has no sha256: it was not sent by `archiver ingest`, so there is nothing to check it against"),
    ("S3_SHA256_MISMATCH", FAILED, "`--deep`: the downloaded bytes have another SHA-256 than the one recorded when the bag was sent"),
    ("S3_MD5_MISMATCH", FAILED, "`--deep`: the downloaded bytes have another MD5 than the one recorded"),
    ("S3_SIZE_MISMATCH", FAILED, "`--deep`: another number of bytes was read than the listing gives"),
)

_READING_ROWS: Final[tuple[_Row, ...]] = (
    ("ENCODING_ASSUMED", WARNING, "not UTF-8 and no usable charset declared: read as windows-1252"),
    ("ENCODING_GUESSED", WARNING, "the encoding was guessed by charset-normalizer"),
    ("ENCODING_DECLARED_IGNORED", WARNING, "the declared charset does not decode the bytes, or the bytes are valid UTF-8 while something else was declared"),
    ("ENCODING_DECLARED_UNKNOWN", WARNING, "the declared charset label is unknown"),
    ("ENCODING_BYTES_REPLACED", WARNING, "a page in UTF-8 with a few invalid bytes (at most as many as its valid multi-byte ones; past that it is read as its declared charset or windows-1252): they are read as U+FFFD, as browsers do; the count and the first offsets are given, the original bytes are kept unchanged"),
    ("NUL_BYTES_IGNORED", WARNING, "a page holds NUL bytes (control bytes under 2% of it): left out of the parsed view, as browsers ignore them; the count and the first offsets are given, the original bytes are kept unchanged"),
    ("TEXT_CONTAINS_HTML", WARNING, "HTML tags in a text file were removed from the parsed view (the original bytes keep them)"),
    ("TEXT_CONTROL_CHARS", WARNING, "stray control characters were left out of the parsed view"),
    ("SOURCE_GUESSED", WARNING, "a source line was recognised without an item-type line to confirm it"),
    ("TITLE_NOT_SEPARATED", WARNING, "no blank line after the title; its first line was taken"),
    ("TITLE_LONG", WARNING, "the title line is over 300 characters"),
    ("BODY_EMPTY", WARNING, "a title but no body text"),
    ("DATE_UNPARSEABLE", WARNING, "a date value that cannot be read; the next source of that date was tried"),
    ("DATE_WITHOUT_TIME", WARNING, "a date with no time of day"),
    ("DATE_NO_TIMEZONE", WARNING, "a date-time without a timezone, taken as UTC"),
    ("JSONLD_INVALID", WARNING, "a JSON-LD block is not valid JSON"),
    ("LANGUAGE_INVALID", WARNING, "a declared language is not a BCP 47 tag"),
    ("LANGUAGE_TAG_INVALID", WARNING, "a declared language could not be normalised; the language was detected instead"),
    ("LANGUAGE_UNDETERMINED", WARNING, "the text does not tell its language (too little of it, or no clear answer): recorded as `und`"),
    ("LANGUAGE_DECLARED_CONTRADICTED", WARNING, "the source declares a language but its long text is clearly in another (far more of that language's function words, or the language model's confident answer): the detected language was recorded"),
    ("URL_NOT_ABSOLUTE", WARNING, "a canonical or og:url is not an absolute http(s) URL; ignored"),
    ("HTML_NO_PARAGRAPHS", WARNING, "the page has no `<p>`; the body was taken from other blocks"),
    ("HTML_MALFORMED", WARNING, "the HTML parser stopped early"),
    ("TRAFILATURA_UNAVAILABLE", WARNING, "`--trafilatura` was asked for but is not installed; built-in extraction used"),
    ("TRAFILATURA_EMPTY", WARNING, "trafilatura found no text; built-in extraction used"),
)

_PACKAGING_ROWS: Final[tuple[_Row, ...]] = (
    ("CONTACT_EMAIL_MISSING", WARNING, "no contact e-mail configured, so the User-Agent names no one a site owner can write to (set `[organization] contact_email` or `ARCHIVER_CONTACT_EMAIL`)"),
    ("URL_CREDENTIALS_REMOVED", WARNING, "the URL carried `user:password@`; they were removed and never sent"),
    ("RESOURCES_ROBOTS", WARNING, "resources of the page not captured because robots.txt disallows them (the first three named)"),
    ("RESOURCES_LIMIT", WARNING, "resources past `--max-resources`, `--max-resources-bytes` or `--resources-timeout`"),
    ("RESOURCES_FAILED", WARNING, "resources that could not be fetched (network errors)"),
    ("RESOURCES_HTTP_ERROR", WARNING, "resources the server answered with 4xx or 5xx: kept as answered, named here"),
)

_SKIPPED_ROWS: Final[tuple[_Row, ...]] = (
    ("ROBOTS", WARNING, "robots.txt disallows the resource (`--ignore-robots` overrides)"),
    ("LIMIT_OFF_SITE", WARNING, "the resource is not on the page's site: never fetched"),
    ("LIMIT_COUNT", WARNING, "past `--max-resources`"),
    ("LIMIT_TIME", WARNING, "the page's resources took longer than `--resources-timeout`"),
    ("LIMIT_BYTES", WARNING, "the page's resources reached `--max-resources-bytes`, or this one would take them past it"),
    # Raised as a CaptureError inside the capture, and recorded as the resource's reason: exit 1 by its class.
    ("CAPTURE_OFF_SITE", FAILED, "a resource redirected off the page's site; the redirect was not followed"),
)
# fmt: on


def _register(groups: Iterable[tuple[Section, tuple[_Row, ...]]]) -> dict[str, ErrorCode]:
    """The registry of ``groups``; a code registered twice, or not shaped like a code, fails the import, so
    the mistake cannot reach the document."""
    registry: dict[str, ErrorCode] = {}
    for section, rows in groups:
        for code, exit_code, meaning in rows:
            if code in registry:
                raise ValueError(f"error code {code} is registered twice")
            if not CODE_PATTERN.fullmatch(code):
                raise ValueError(f"{code!r} is not an error code (A-Z, 0-9 and _)")
            registry[code] = ErrorCode(code, exit_code, section, meaning)
    return registry


#: Every command error and warning code, in the order of the document.
REGISTRY: Final[Mapping[str, ErrorCode]] = MappingProxyType(
    _register(
        [
            (COMMAND, _COMMAND_ROWS),
            (S3_AUDIT, _S3_AUDIT_ROWS),
            (READING, _READING_ROWS),
            (PACKAGING, _PACKAGING_ROWS),
            (SKIPPED, _SKIPPED_ROWS),
        ]
    )
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _table(section: Section) -> list[str]:
    codes = [entry for entry in REGISTRY.values() if entry.section is section]
    if not codes:
        return []
    if section.exit_column:
        lines = ["| code | exit | meaning |", "|---|---|---|"]
        for entry in codes:
            shown = "-" if entry.exit is None else str(int(entry.exit))
            lines.append(f"| `{entry.code}` | {shown} | {_cell(entry.meaning)} |")
    else:
        lines = ["| code | meaning |", "|---|---|"]
        lines += [f"| `{entry.code}` | {_cell(entry.meaning)} |" for entry in codes]
    return [*lines, ""]


def render() -> str:
    """``docs/error-codes.md``: the sections in order, each its prose and its table of codes."""
    lines = [TITLE, "", GENERATED, ""]
    for section in SECTIONS:
        lines += [f"## {section.title}", "", section.text, ""]
        lines += _table(section)
        if section.after:
            lines += [section.after, ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
