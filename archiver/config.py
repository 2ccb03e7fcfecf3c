"""Settings: the archive's identity and defaults, from a TOML file, the environment and options.

Precedence, highest first: command-line options, environment variables (``ARCHIVER_*``), the config file,
built-in defaults. The config file is ``$ARCHIVER_CONFIG`` if set, else ``config.toml`` in the user's config
folder (``$XDG_CONFIG_HOME/archiver/`` or ``~/.config/archiver/``). A missing default file is fine; a file
named explicitly that is missing or malformed is a usage error.

Example ``config.toml``::

    [organization]
    name = "Riverside Public Library, News Archive"
    address = "1 Library Square, Riverside"
    contact_name = "Digital Preservation Team"
    contact_email = "preservation@example.org"

    [repository]
    path = "~/archiver-repository"

    [cluster]                         # `--cluster` when none is given: tcp://HOST:PORT or local:N
    address = "tcp://scheduler.example.org:8786"

    [profiles.aptrust]                # what `archiver package --profile aptrust` fills in (options win)
    institution = "example.edu"
    tags = ["aptrust-info.txt:Access=Institution"]
    bag_info = ["Bag-Group-Identifier=newsroom-2024"]

    [deposit.targets.swh]             # SWORD v2 deposit targets: `archiver deposit BAG --target swh`
    collection = "https://deposit.softwareheritage.org/1/my-collection/"
    service_document = "https://deposit.softwareheritage.org/1/servicedocument/"
    user = "my-client"
    password_env = "SWH_DEPOSIT_PASSWORD"   # the password's environment variable, never the password
    packaging = ["SimpleZip"]                # the server's quirks are settings: archiver/deposit/targets.py
    md5_encoding = "hex"
    state = "swh"
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from archiver.deposit.targets import DepositSettings
from archiver.errors import UsageError

__all__ = ["Organization", "Settings", "default_config_path", "load_settings"]

ENV_CONFIG = "ARCHIVER_CONFIG"
#: Environment variable -> (section, key) it overrides.
ENV_OVERRIDES: Mapping[str, tuple[str, str]] = {
    "ARCHIVER_ORGANIZATION": ("organization", "name"),
    "ARCHIVER_ORGANIZATION_ADDRESS": ("organization", "address"),
    "ARCHIVER_CONTACT_NAME": ("organization", "contact_name"),
    "ARCHIVER_CONTACT_EMAIL": ("organization", "contact_email"),
    "ARCHIVER_REPOSITORY": ("repository", "path"),
    "ARCHIVER_CLUSTER": ("cluster", "address"),
}


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Organization(_Section):
    """The archive doing the preserving (BagIt Source-Organization), not the news outlet."""

    name: str | None = None
    address: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None


class RepositoryDefaults(_Section):
    path: str | None = None
    user_name: str | None = None
    user_address: str | None = None


class ClusterDefaults(_Section):
    """The Dask cluster a job runs on when ``--cluster`` is not given (``archiver.cluster.ClusterSpec``'s
    forms: ``tcp://HOST:PORT`` or ``local:N``); none: this machine's worker processes."""

    address: str | None = None


class ReceiverDefaults(_Section):
    """What a receiver's profile wants that the article cannot give, for ``package --profile NAME``: the same
    texts as the options (``tags`` as ``--tag FILE:Label=Value``, ``bag_info`` as ``--bag-info Label=Value``),
    each overridden by the option that sets the same tag."""

    institution: str | None = None
    serialize: str | None = None
    tags: tuple[str, ...] = ()
    bag_info: tuple[str, ...] = ()


class Settings(_Section):
    organization: Organization = Organization()
    repository: RepositoryDefaults = RepositoryDefaults()
    deposit: DepositSettings = DepositSettings()
    cluster: ClusterDefaults = ClusterDefaults()
    #: ``[profiles.NAME]`` tables, keyed by what ``--profile`` is given (``aptrust``, ``btr``, a file path).
    profiles: dict[str, ReceiverDefaults] = {}
    source: str | None = Field(default=None, description="The config file these settings came from, if any.")


def default_config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "archiver" / "config.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError("CONFIG_INVALID", f"not valid TOML: {exc}", where=str(path)) from None
    except OSError as exc:
        raise UsageError(
            "CONFIG_UNREADABLE", f"cannot read config file: {exc.strerror}", where=str(path)
        ) from None


def load_settings(config: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Settings from the config file (explicit, ``$ARCHIVER_CONFIG`` or the default) and the environment."""
    env = os.environ if env is None else env
    explicit = config or (Path(env[ENV_CONFIG]) if env.get(ENV_CONFIG) else None)
    path = explicit or default_config_path(env)
    data: dict[str, Any] = {}
    if explicit is not None or path.is_file():
        data = _read_toml(path)
        data["source"] = str(path)
    for var, (section, key) in ENV_OVERRIDES.items():
        if env.get(var):
            data.setdefault(section, {})[key] = env[var]
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise UsageError(
            "CONFIG_INVALID",
            f"{loc}: {first['msg']}",
            where=str(path),
            hint="see the README's Configuration section",
        ) from None
