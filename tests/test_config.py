from __future__ import annotations

from pathlib import Path

import pytest

from archiver.config import load_settings
from archiver.errors import UsageError


def test_missing_default_config_is_fine(tmp_path: Path) -> None:
    settings = load_settings(env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert settings.organization.name is None


def test_file_then_environment(tmp_path: Path) -> None:
    cfg = tmp_path / "archiver" / "config.toml"
    cfg.parent.mkdir()
    cfg.write_text('[organization]\nname = "File Org"\ncontact_email = "a@example.org"\n', encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    assert load_settings(env=env).organization.name == "File Org"
    env["ARCHIVER_ORGANIZATION"] = "Env Org"
    settings = load_settings(env=env)
    assert settings.organization.name == "Env Org"
    assert settings.organization.contact_email == "a@example.org"


def test_explicit_missing_or_malformed_config_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as missing:
        load_settings(tmp_path / "nope.toml", env={})
    assert missing.value.code == "CONFIG_UNREADABLE"
    bad = tmp_path / "bad.toml"
    bad.write_text("[organization\n", encoding="utf-8")
    with pytest.raises(UsageError) as malformed:
        load_settings(bad, env={})
    assert malformed.value.code == "CONFIG_INVALID"
    typo = tmp_path / "typo.toml"
    typo.write_text('[organization]\nnmae = "x"\n', encoding="utf-8")
    with pytest.raises(UsageError) as unknown:
        load_settings(typo, env={})
    assert "nmae" in unknown.value.message
