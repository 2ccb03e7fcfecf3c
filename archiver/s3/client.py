"""The S3 client and its transport rules, shared by every S3 operation: sending bags and reading them back.

What any request to an S3-compatible store needs, whatever it does: the options and where they come from
(:func:`s3_options_from_env`, the AWS tools' precedence), ``s3://BUCKET/PREFIX`` URLs, a boto3 client
that sends Content-MD5 on every request with a body (:func:`make_client`), and the translation of
botocore's exceptions into :class:`~archiver.errors.ArchiverError` with ``S3_...`` codes and one line of
text (:func:`s3_error`, :func:`call`): botocore's exceptions never reach the user. Every S3 flow builds on
this module (ingest into a bucket, its listing and audit, ``package`` to and from a bucket, the OCFL
storage root on S3), which is why it is cut apart from them.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Literal

from archiver.__about__ import DISTRIBUTION, __version__
from archiver.errors import ArchiverError, UsageError

__all__ = [
    "CHUNK",
    "DEFAULT_MULTIPART_THRESHOLD",
    "DEFAULT_PART_SIZE",
    "FATAL_CODES",
    "MAX_PARTS",
    "MiB",
    "S3Error",
    "S3Options",
    "S3UsageError",
    "b64",
    "call",
    "check_options",
    "error_code",
    "head_object",
    "make_client",
    "paginate",
    "parse_s3_url",
    "s3_error",
    "s3_options_from_env",
    "strip_etag",
    "without_secrets",
]

MiB = 1024 * 1024
GiB = 1024 * MiB
DEFAULT_MULTIPART_THRESHOLD = 64 * MiB
DEFAULT_PART_SIZE = 16 * MiB
#: S3's limits: parts of 5 MiB to 5 GiB (the last may be smaller), at most 10,000 parts, single PUTs up to 5 GiB.
MIN_PART_SIZE = 5 * MiB
MAX_PART_SIZE = 5 * GiB
MAX_PARTS = 10_000
MAX_SINGLE_PUT = 5 * GiB
#: HTTP connections a client keeps (botocore's default is 10): threads that share the client each hold
#: one while a request is out, and a full pool drops connections and opens new ones (with a warning).
MAX_CONNECTIONS = 128
#: The most threads one process sends requests from (``--jobs`` beyond it is taken as this): with the
#: threads that list a root at the same time, they stay within :data:`MAX_CONNECTIONS`.
MAX_THREADS = 64
CHUNK = MiB

Form = Literal["tar", "ocfl"]

#: Codes after which no later bag of the batch can succeed either.
FATAL_CODES = frozenset(
    {
        "S3_NO_CREDENTIALS",
        "S3_CONFIG_INVALID",
        "S3_ENDPOINT_UNREACHABLE",
        "S3_ACCESS_DENIED",
        "S3_NO_SUCH_BUCKET",
    }
)
_ACCESS_DENIED = frozenset(
    {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "AllAccessDisabled", "403", "Forbidden"}
)
_BUCKET_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,254}")


class S3Error(ArchiverError):
    """An object-store operation failed, or what it stored is not what was sent."""


class S3UsageError(UsageError):
    """The S3 URL, options or configuration are wrong: nothing was sent."""


@dataclass(frozen=True)
class S3Options:
    """Where and how to upload. ``None`` leaves a setting to boto3's own resolution (environment, profile,
    config files, instance roles), exactly as the AWS command-line tools would."""

    endpoint_url: str | None = None
    region: str | None = None
    access_key: str | None = None
    secret_key: str | None = None
    verify: bool = False  # read each object back and re-hash it
    multipart_threshold: int = DEFAULT_MULTIPART_THRESHOLD
    part_size: int = DEFAULT_PART_SIZE
    validate: bool = True
    form: Form = "tar"
    session_token: str | None = None
    profile: str | None = None  # an AWS profile name; None: boto3 reads AWS_PROFILE itself


def s3_options_from_env(
    *, environ: Mapping[str, str] | None = None, defaults: Mapping[str, Any] | None = None, **overrides: Any
) -> S3Options:
    """Options by the AWS tools' precedence: ``overrides`` (command line) over the environment over
    ``defaults`` (the config file). ``None`` values count as not given; names are S3Options fields.

    Environment read: ``AWS_ENDPOINT_URL_S3`` or ``AWS_ENDPOINT_URL``, ``AWS_REGION`` or
    ``AWS_DEFAULT_REGION``, ``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_SESSION_TOKEN``. Without
    keys, boto3 resolves credentials itself (``AWS_PROFILE``, ``~/.aws``, instance roles), so nothing here
    needs to know about them; and a profile named in ``overrides`` wins over keys in the environment, as
    ``aws --profile`` does.
    """
    env = os.environ if environ is None else environ
    known = {f.name for f in fields(S3Options)}
    unknown = sorted((set(overrides) | set(defaults or {})) - known)
    if unknown:
        raise TypeError(f"unknown S3 option(s): {', '.join(unknown)}")

    def first(*names: str) -> str | None:
        return next((env[n] for n in names if env.get(n)), None)

    from_env: dict[str, Any] = {
        "endpoint_url": first("AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"),
        "region": first("AWS_REGION", "AWS_DEFAULT_REGION"),
        "access_key": first("AWS_ACCESS_KEY_ID"),
        "secret_key": first("AWS_SECRET_ACCESS_KEY"),
        "session_token": first("AWS_SESSION_TOKEN"),
    }
    if overrides.get("profile"):
        for name in ("access_key", "secret_key", "session_token"):
            from_env[name] = None
    values: dict[str, Any] = {}
    for layer in (defaults or {}, from_env, overrides):
        values.update({k: v for k, v in layer.items() if v is not None})
    return S3Options(**values)


def without_secrets(options: S3Options) -> S3Options:
    """The options with no keys in them, for work handed to other machines (a cluster's tasks pass through
    its scheduler): each machine then finds its own credentials the AWS tools' way."""
    return replace(options, access_key=None, secret_key=None, session_token=None)


def parse_s3_url(url: str) -> tuple[str, str]:
    """``s3://BUCKET[/PREFIX]`` -> (bucket, prefix without leading or trailing slashes)."""
    scheme, sep, rest = url.partition("://")
    bucket, _, prefix = rest.partition("/")
    if scheme.lower() != "s3" or not sep or not _BUCKET_RE.fullmatch(bucket):
        raise S3UsageError(
            "S3_URL_INVALID",
            "not an S3 URL of the form s3://BUCKET/PREFIX",
            where=url,
            hint="e.g. s3://archive/news",
        )
    return bucket, prefix.strip("/")


def check_options(options: S3Options) -> None:
    """Refuse options no S3 server accepts, before anything is read or sent."""
    if options.form == "ocfl":
        raise S3UsageError(
            "S3_FORM_UNSUPPORTED",
            "OCFL objects in S3 are not supported yet; only serialized bags (tar)",
            hint="leave the form at its default, tar",
        )
    if options.form != "tar":
        raise S3UsageError("S3_OPTIONS_INVALID", f"unknown form {options.form!r}: tar or ocfl")
    if not MIN_PART_SIZE <= options.part_size <= MAX_PART_SIZE:
        raise S3UsageError(
            "S3_OPTIONS_INVALID", f"part size {options.part_size} is outside S3's limits (5 MiB to 5 GiB)"
        )
    if not 0 <= options.multipart_threshold <= MAX_SINGLE_PUT:
        raise S3UsageError(
            "S3_OPTIONS_INVALID",
            f"multipart threshold {options.multipart_threshold} is outside 0 to 5 GiB (S3's largest single PUT)",
        )


def make_client(options: S3Options) -> Any:
    """A boto3 S3 client that sends Content-MD5 on every request with a body and nothing we cannot check.

    botocore (1.36 and later) would otherwise add CRC32 checksums with aws-chunked trailers, which older
    S3-compatible servers reject; here checksums are sent only where S3 requires them, and Content-MD5
    everywhere. Path-style addressing with an explicit endpoint, since few S3-compatible servers have
    wildcard DNS.
    """
    try:
        import boto3
        from botocore.config import Config
        from botocore.exceptions import BotoCoreError
    except ImportError:
        raise S3UsageError(
            "S3_NOT_INSTALLED", "boto3 is not installed", hint=f"pip install '{DISTRIBUTION}[s3]'"
        ) from None
    config = Config(
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
        retries={"mode": "standard", "max_attempts": 5},
        max_pool_connections=MAX_CONNECTIONS,
        connect_timeout=10,
        read_timeout=120,
        user_agent_extra=f"{DISTRIBUTION}/{__version__}",
        s3={"addressing_style": "path"} if options.endpoint_url else None,
    )
    try:
        session = boto3.session.Session(
            aws_access_key_id=options.access_key,
            aws_secret_access_key=options.secret_key,
            aws_session_token=options.session_token,
            region_name=options.region,
            profile_name=options.profile,
        )
        client = session.client("s3", endpoint_url=options.endpoint_url, config=config)
    except (BotoCoreError, ValueError) as exc:
        raise S3UsageError("S3_CONFIG_INVALID", _one_line(exc), where=options.endpoint_url) from None
    client.meta.events.register("before-sign.s3", _add_content_md5)
    return client


def _add_content_md5(request: Any, **_: Any) -> None:
    """Event hook: Content-MD5 on any request whose body is in memory and lacks one (CompleteMultipartUpload)."""
    body = request.body
    if isinstance(body, bytes | bytearray) and body and "Content-MD5" not in request.headers:
        request.headers["Content-MD5"] = b64(hashlib.md5(body).digest())


def b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def error_code(exc: BaseException) -> str:
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", ""))


def s3_error(exc: Exception, *, action: str, where: str) -> ArchiverError:
    """One botocore exception as one ArchiverError with a stable code."""
    from botocore.exceptions import (
        ClientError,
        ConnectionError,
        HTTPClientError,
        NoCredentialsError,
        PartialCredentialsError,
        ProfileNotFound,
    )

    if isinstance(exc, NoCredentialsError | PartialCredentialsError):
        return S3UsageError(
            "S3_NO_CREDENTIALS",
            "no S3 credentials",
            where=where,
            hint="set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or the config file",
        )
    if isinstance(exc, ProfileNotFound):
        return S3UsageError("S3_CONFIG_INVALID", _one_line(exc), where=where)
    if isinstance(exc, ConnectionError | HTTPClientError):
        return S3Error(
            "S3_ENDPOINT_UNREACHABLE",
            f"cannot reach the S3 endpoint: {_one_line(exc)}",
            where=where,
            hint="check the endpoint URL (AWS_ENDPOINT_URL) and the network",
        )
    if isinstance(exc, ClientError):
        code = error_code(exc)
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        message = exc.response.get("Error", {}).get("Message") or ""
        detail = f"{action}: {code or 'error'} (HTTP {status}){' ' + message if message else ''}"
        if code in _ACCESS_DENIED:
            return S3Error(
                "S3_ACCESS_DENIED",
                f"access denied: {detail}",
                where=where,
                hint="check the credentials and bucket policy",
            )
        if code == "NoSuchBucket" or (code in ("404", "NotFound") and action == "HeadBucket"):
            return S3Error("S3_NO_SUCH_BUCKET", "no such bucket", where=where, hint="create it first")
        if code in ("BadDigest", "InvalidDigest"):
            return S3Error(
                "S3_BAD_DIGEST",
                f"the server rejected the bytes: their MD5 is not the Content-MD5 sent ({detail})",
                where=where,
                hint="the data was damaged on the way; retry",
            )
        return S3Error("S3_REQUEST_FAILED", detail, where=where)
    return S3Error("S3_REQUEST_FAILED", f"{action}: {_one_line(exc)}", where=where)


def call(action: str, where: str, method: Callable[..., Any], **kwargs: Any) -> Any:
    """Call one client method; botocore's exceptions come out as ArchiverErrors."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        return method(**kwargs)
    except (BotoCoreError, ClientError) as exc:
        raise s3_error(exc, action=action, where=where) from None


def head_object(client: Any, bucket: str, key: str, where: str) -> dict[str, Any] | None:
    """HeadObject, or None when there is no such object."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        response: dict[str, Any] = client.head_object(Bucket=bucket, Key=key)
    except ClientError as exc:
        if error_code(exc) in ("404", "NoSuchKey", "NotFound"):
            return None
        raise s3_error(exc, action="HeadObject", where=where) from None
    except BotoCoreError as exc:
        raise s3_error(exc, action="HeadObject", where=where) from None
    return response


def strip_etag(etag: object) -> str:
    return str(etag or "").strip('"')


def paginate(
    paginator: Any, action: str, where: str, field: str, **kwargs: Any
) -> Iterator[Mapping[str, Any]]:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        for page in paginator.paginate(**kwargs):
            yield from page.get(field) or []
    except (BotoCoreError, ClientError) as exc:
        raise s3_error(exc, action=action, where=where) from None
