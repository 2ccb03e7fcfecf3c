"""The safety rules every reader of untrusted files shares (archiver.formats.safety)."""

from __future__ import annotations

import io
import tarfile
import zipfile

import pytest

from archiver.formats import safety


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("data/a.txt", None),
        ("data/..a/b", None),
        ("~/x", None),
        ("a\x00b", "NUL"),
        ("a\\b", "backslash"),
        ("\\\\?\\C:\\x", "backslash"),
        ("/etc/passwd", "absolute"),
        ("C:x", "drive letter"),
        ("a/../../b", "'..'"),
        ("..", "'..'"),
    ],
)
def test_escape_problem_names_every_way_out(name: str, why: str | None) -> None:
    found = safety.escape_problem(name)
    assert (found is None) if why is None else (found is not None and why in found)


def test_escape_problem_refuses_a_home_folder_only_when_asked() -> None:
    assert safety.escape_problem("~/x") is None
    assert "home folder" in (safety.escape_problem("~/x", home=True) or "")


@pytest.mark.parametrize(
    ("link", "target", "resolved"),
    [
        ("data/l", "a.txt", "data/a.txt"),
        ("data/sub/l", "../a.txt", "data/a.txt"),
        ("data/l", "../../x", None),
        ("data/l", "/etc/passwd", None),
        ("data/l", "C:x", None),
        ("data/l", "..", None),
        ("l", ".", None),
    ],
)
def test_lexical_target_stays_inside(link: str, target: str, resolved: str | None) -> None:
    assert safety.lexical_target(link, target) == resolved


def test_expansion_is_a_bomb_only_past_the_floor_and_the_ratio() -> None:
    floor, ratio = safety.BOMB_MIN_BYTES, safety.BOMB_RATIO
    assert not safety.expands_too_far(floor, 1)
    assert safety.expands_too_far(floor + 1, 0)
    assert not safety.expands_too_far(floor + 1, (floor + 1) // ratio + 1)
    assert safety.expands_too_far(ratio * floor + 1, floor)


def _tar_info(kind: bytes) -> tarfile.TarInfo:
    info = tarfile.TarInfo("bag/x")
    info.type = kind
    info.linkname = "elsewhere"
    return info


def test_tar_members_that_are_not_files_or_folders_are_refused() -> None:
    assert safety.tar_kind_problem(_tar_info(tarfile.REGTYPE)) is None
    assert safety.tar_kind_problem(_tar_info(tarfile.DIRTYPE)) is None
    assert safety.tar_kind_problem(_tar_info(tarfile.SYMTYPE)) == (
        "MEMBER-LINK",
        "symbolic link to 'elsewhere'; not followed",
    )
    assert (safety.tar_kind_problem(_tar_info(tarfile.LNKTYPE)) or ("",))[0] == "MEMBER-LINK"
    assert (safety.tar_kind_problem(_tar_info(tarfile.FIFOTYPE)) or ("",))[0] == "MEMBER-SPECIAL"


def test_zip_links_and_overlapping_members_are_refused() -> None:
    link = zipfile.ZipInfo("bag/l")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    assert (safety.zip_kind_problem(link) or ("",))[0] == "MEMBER-LINK"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("bag/a", b"a" * 100)
        archive.writestr("bag/b", b"b" * 100)
    infos = zipfile.ZipFile(buffer).infolist()
    assert safety.zip_kind_problem(infos[0]) is None
    assert safety.overlapping_zip_members(infos) == set()
    infos[0].compress_size = infos[1].header_offset  # its data would run into the next member's header
    assert safety.overlapping_zip_members(infos) == {id(infos[0]), id(infos[1])}
