"""Deposit targets: a collection to deposit into, the credentials for it, and how its server differs from the
SWORD 2.0 profile, all as settings (``[deposit.targets.NAME]`` in the config file).

Servers differ, and the differences are settings of a target, never branches on a server's name. The ones
met so far, with the value Software Heritage's deposit server (swh-deposit 3.0.1) needs:

=============================  ===========================================  =================================
setting                        what it decides                              Software Heritage
=============================  ===========================================  =================================
``packaging``                  packaging IRIs in order of preference; the   ``["SimpleZip"]`` (BagIt gets a
                               first the collection accepts is sent (§7)    400)
``md5_encoding``               Content-MD5 as hex (profile §6.3.1) or       ``"hex"`` (base64 gets a 500)
                               base64 (RFC 1864)
``max_upload_size_unit``       ``sword:maxUploadSize`` in kB (§6.1) or      ``"bytes"``
                               bytes
``sequence``                   package then Atom entry with In-Progress     either
                               (§6.3.1, §6.7.2, §9), one multipart request
                               (§6.3.2), or the package alone
``multipart_atom_filename``    a ``filename=`` on the Atom part             ``true`` (else 415)
``multipart_md5_on_request``   Content-MD5 of the package also as a         ``true`` (the part's header is
                               request header in a multipart deposit        ignored)
``state``                      SWORD statement (§11) or ``sd:deposit_status``  ``"swh"``
                               at the ``rel="alternate"`` link
``atom_template``              the server's own Atom fields                 codemeta, swh:deposit
=============================  ===========================================  =================================

Credentials come from the environment variable named by ``password_env`` or, failing that, ``password`` in
the config file; never from the command line, where ``ps`` would show them. A URL with ``user:password@`` in
it is refused for the same reason. The password is a pydantic ``SecretStr``: printing a target or its model
never shows it.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from archiver.deposit.errors import DepositUsageError
from archiver.deposit.names import ATOM, DCTERMS, packaging_iri
from archiver.deposit.service import SizeUnit
from archiver.deposit.state import DEFAULT_FAILED, DEFAULT_FINAL, DEFAULT_IN_PROGRESS, StateKind
from archiver.deposit.template import TemplateError, placeholders

__all__ = ["Credentials", "DepositSettings", "Target", "TargetConfig", "check_http_url", "resolve_target"]

Sequence = Literal["package-then-metadata", "multipart", "package-only"]
ArchiveFormat = Literal["zip", "tar", "tar.gz"]
Md5Encoding = Literal["hex", "base64"]
#: The environment variable holding the password for ``--to`` deposits without a configured target.
DEFAULT_PASSWORD_ENV = "ARCHIVER_DEPOSIT_PASSWORD"


def check_http_url(value: str, what: str) -> str:
    """``value`` if it is an absolute http(s) URL without credentials in it; raises ValueError otherwise."""
    try:
        parts = urlsplit(value)
    except ValueError:
        raise ValueError(f"{what} is not a URL: {value!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{what} must be an http:// or https:// URL, not {value!r}")
    if parts.username is not None or parts.password is not None:
        raise ValueError(f"{what} must not carry user:password (set user and password_env instead)")
    return value


class TargetConfig(BaseModel):
    """One ``[deposit.targets.NAME]`` table."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    collection: str = Field(description="The Col-IRI deposits are POSTed to.")
    service_document: str | None = Field(default=None, description="The SD-IRI (packaging, size limit).")
    user: str | None = None
    password_env: str | None = Field(default=None, description="Environment variable holding the password.")
    password: SecretStr | None = Field(
        default=None, description="The password, when kept in the config file."
    )
    packaging: tuple[str, ...] = ("BagIt", "SimpleZip")
    archive_format: ArchiveFormat = "zip"
    sequence: Sequence = "package-then-metadata"
    md5_encoding: Md5Encoding = "hex"
    max_upload_size_unit: SizeUnit = "kB"
    multipart_atom_filename: bool = False
    multipart_md5_on_request: bool = False
    slug: bool = Field(
        default=True, description="Send the bag's identifier as the Slug header (AtomPub §9.7)."
    )
    state: StateKind = "sword-statement"
    final_states: tuple[str, ...] | None = None
    failed_states: tuple[str, ...] | None = None
    in_progress_states: tuple[str, ...] | None = None
    poll_interval: float = Field(default=5.0, ge=0.05, le=3600)
    retries: int = Field(default=3, ge=0, le=10)
    backoff: float = Field(default=1.0, ge=0, le=60)
    timeout: float = Field(default=60.0, gt=0, le=3600)
    namespaces: dict[str, str] = Field(default_factory=dict, description="Prefixes the Atom template uses.")
    atom_template: str = ""

    @field_validator("collection")
    @classmethod
    def _collection_url(cls, value: str) -> str:
        return check_http_url(value, "collection")

    @field_validator("service_document")
    @classmethod
    def _sd_url(cls, value: str | None) -> str | None:
        return None if value is None else check_http_url(value, "service_document")

    @field_validator("packaging")
    @classmethod
    def _packaging(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value or any(not v.strip() for v in value):
            raise ValueError("packaging must list at least one packaging name or IRI")
        return value

    @model_validator(mode="after")
    def _template(self) -> TargetConfig:
        if self.atom_template.strip():
            try:
                placeholders(self.atom_template)
            except TemplateError as exc:
                raise ValueError(f"atom_template: {exc}") from None
            check_template_xml(self.atom_template, self.namespaces)
        return self


def check_template_xml(template: str, namespaces: Mapping[str, str]) -> None:
    """The template, with every placeholder blanked, must be well-formed XML inside an Atom entry."""
    blank = template.replace("{{", "").replace("}}", "")
    blank = "".join(part.split("}", 1)[-1] if "}" in part else part for part in blank.split("{"))
    declared = " ".join(f'xmlns:{p}="{u}"' for p, u in namespaces.items() if p.isidentifier())
    document = f'<entry xmlns="{ATOM}" xmlns:dcterms="{DCTERMS}" {declared}>{blank}</entry>'
    try:
        ET.fromstring(document)
    except ET.ParseError as exc:
        raise ValueError(
            f"atom_template is not well-formed XML inside an Atom entry ({exc}); declare its prefixes "
            "in [deposit.targets.NAME.namespaces]"
        ) from None


class DepositSettings(BaseModel):
    """The ``[deposit]`` table: named targets, and where the ledger lives when not beside the config."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ledger: str | None = None
    targets: dict[str, TargetConfig] = Field(default_factory=dict)


@dataclass(frozen=True)
class Credentials:
    user: str
    password: SecretStr
    source: str  # where the password came from, for `deposit targets` ("env NAME", "config file")


@dataclass(frozen=True)
class Target:
    """A target ready to use: its settings, its name (None for ``--to``) and its credentials."""

    name: str | None
    config: TargetConfig
    credentials: Credentials | None

    @property
    def label(self) -> str:
        return self.name or self.config.collection

    @property
    def packaging_iris(self) -> tuple[str, ...]:
        return tuple(packaging_iri(p) for p in self.config.packaging)

    @property
    def final_states(self) -> tuple[str, ...]:
        c = self.config
        return c.final_states if c.final_states is not None else DEFAULT_FINAL[c.state]

    @property
    def failed_states(self) -> tuple[str, ...]:
        c = self.config
        return c.failed_states if c.failed_states is not None else DEFAULT_FAILED[c.state]

    @property
    def in_progress_states(self) -> tuple[str, ...]:
        c = self.config
        return c.in_progress_states if c.in_progress_states is not None else DEFAULT_IN_PROGRESS[c.state]


def credentials_for(config: TargetConfig, env: Mapping[str, str], where: str) -> Credentials | None:
    """The user and password of a target: the variable ``password_env`` names, else ``password`` from the
    config file. A user without any password, or a ``password_env`` that is unset, is a usage error."""
    if config.user is None:
        return None
    if config.password_env:
        value = env.get(config.password_env)
        if value:
            return Credentials(config.user, SecretStr(value), f"env {config.password_env}")
        if config.password is None:
            raise DepositUsageError(
                "DEPOSIT_NO_PASSWORD",
                f"the environment variable {config.password_env} (password_env) is not set",
                where=where,
                hint=f"export {config.password_env}=... before running archiver",
            )
    if config.password is not None:
        return Credentials(config.user, config.password, "config file")
    raise DepositUsageError(
        "DEPOSIT_NO_PASSWORD",
        f"user {config.user!r} has no password: set password_env (an environment variable's name)",
        where=where,
    )


def resolve_target(
    settings: DepositSettings,
    *,
    name: str | None,
    to: str | None,
    service_document: str | None = None,
    user: str | None = None,
    password_env: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Target:
    """The target named ``name`` in the config, or one for the collection IRI ``to``.

    ``to`` naming the collection of a configured target uses that target's settings (its quirks and
    credentials); otherwise the target has the defaults, the optional service document and, with ``user``,
    the password from ``password_env`` (default ``ARCHIVER_DEPOSIT_PASSWORD``).
    """
    env = os.environ if env is None else env
    if (name is None) == (to is None):
        raise DepositUsageError(
            "DEPOSIT_NO_TARGET",
            "say where to deposit: --to COLLECTION_IRI or --target NAME (one of them)",
            hint="`archiver deposit targets` lists the configured targets",
        )
    if name is not None:
        config = settings.targets.get(name)
        if config is None:
            known = ", ".join(sorted(settings.targets)) or "none configured"
            raise DepositUsageError(
                "DEPOSIT_TARGET_UNKNOWN",
                f"no deposit target named {name!r} (known: {known})",
                hint="add a [deposit.targets.NAME] table to the config file",
            )
        if any(v is not None for v in (service_document, user, password_env)):
            raise DepositUsageError(
                "DEPOSIT_NO_TARGET",
                "--service-document, --user and --password-env go with --to; a named target has its own",
            )
        return Target(name, config, credentials_for(config, env, f"target {name}"))
    assert to is not None
    try:
        check_http_url(to, "--to")
        if service_document is not None:
            check_http_url(service_document, "--service-document")
    except ValueError as exc:
        raise DepositUsageError("DEPOSIT_URL_INVALID", str(exc)) from None
    from archiver.deposit.service import same_iri_key

    for known_name, config in settings.targets.items():
        if same_iri_key(config.collection) == same_iri_key(to) and user is None and password_env is None:
            if service_document is not None:
                config = config.model_copy(update={"service_document": service_document})
            return Target(known_name, config, credentials_for(config, env, f"target {known_name}"))
    config = TargetConfig(
        collection=to,
        service_document=service_document,
        user=user,
        password_env=(password_env or DEFAULT_PASSWORD_ENV) if user else None,
    )
    return Target(None, config, credentials_for(config, env, "--to"))
