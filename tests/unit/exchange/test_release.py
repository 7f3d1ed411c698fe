"""A release folder's signed list of files: what Debian's tools and the program itself check.

The folder is a stand-in for the frozen program (a few files, TEST content); it is signed with
the THROWAWAY test publishing key that the development root lists.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from coact_desktop.core.errors import ReleaseError
from coact_desktop.core.exchange import release
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.trust_root import shipped_root

ROOT = shipped_root()


@pytest.fixture
def built(tmp_path: Path, throwaway_keys: dict[str, SecretKey]) -> Path:
    folder = tmp_path / "coact-desktop-0.1.0-linux-x86_64"
    (folder / "_internal" / "lib").mkdir(parents=True)
    (folder / "coact-desktop").write_bytes(b"\x7fELF TEST PROGRAM")
    (folder / "_internal" / "lib" / "libTEST.so.1").write_bytes(b"TEST LIBRARY" * 1000)
    (folder / "README.txt").write_text("TEST README\n")
    release.sign_release(folder, "0.1.0", throwaway_keys["publishing-1"])
    return folder


def _reason(call: Callable[[], object]) -> str:
    with pytest.raises(ReleaseError) as caught:
        call()
    assert len(caught.value.message) > 20
    return caught.value.reason


def test_debian_sha256sum_and_minisign_check_a_signed_release(
    built: Path,
    minisign_verifies: Callable[[Path, Path, str], subprocess.CompletedProcess[str]],
) -> None:
    summed = subprocess.run(
        ["sha256sum", "-c", "--strict", release.MANIFEST], cwd=built, capture_output=True, text=True
    )
    assert summed.returncode == 0, summed.stdout + summed.stderr
    assert summed.stdout.count(": OK") == 3
    key = ROOT.publishing_keys[0].to_base64()
    signed = minisign_verifies(built / release.MANIFEST, built / release.SIGNATURE, key)
    assert signed.returncode == 0, signed.stderr
    assert "coact-release/1\tversion:0.1.0\tmanifest:" in signed.stdout
    check = release.verify_release(built, ROOT)
    assert (check.version, check.files) == ("0.1.0", 3)


def test_signing_the_same_files_again_gives_the_same_bytes(
    built: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    first = (built / release.SIGNATURE).read_bytes()
    release.sign_release(built, "0.1.0", throwaway_keys["publishing-1"])
    assert (built / release.SIGNATURE).read_bytes() == first  # the build stays reproducible


def test_a_link_inside_the_folder_is_its_file_and_a_copy_holds_the_file(
    built: Path, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    # PyInstaller links some libraries (libfoo.so.1 -> libfoo-abc.so.1.2); FAT sticks hold none.
    (built / "_internal" / "lib" / "libTEST.so").symlink_to("libTEST.so.1")
    release.sign_release(built, "0.1.0", throwaway_keys["publishing-1"])
    assert release.verify_release(built, ROOT).files == 4
    copy = release.copy_release(built, tmp_path / "stick" / built.name, ROOT)
    copied = copy.folder / "_internal" / "lib" / "libTEST.so"
    assert copied.is_file()
    assert not copied.is_symlink()


def test_what_a_person_adds_by_using_it_is_not_part_of_it(built: Path) -> None:
    (built / "coact-portable").touch()
    (built / "coact-profile").mkdir()
    (built / "coact-profile" / "coact.sqlite3").write_text("drafts")
    release.verify_release(built, ROOT)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda f: (f / "coact-desktop").write_bytes(b"\x7fELF EVIL"), "changed_file"),
        (lambda f: (f / "_internal" / "lib" / "libTEST.so.1").unlink(), "missing_file"),
        (lambda f: (f / "_internal" / "sitecustomize.py").write_text("evil"), "extra_file"),
        (lambda f: (f / release.SIGNATURE).unlink(), "not_a_release"),
        (lambda f: (f / release.MANIFEST).write_text("0" * 64 + "  README.txt\n"), "bad_signature"),
        (lambda f: (f / release.SIGNATURE).write_text("not a signature"), "bad_signature"),
        (lambda f: (f / "link").symlink_to("/bin/sh"), "odd_file"),
        (lambda f: (f / "link").symlink_to("README.txt"), "extra_file"),
    ],
    ids=[
        "changed",
        "missing",
        "added",
        "unsigned",
        "list edited",
        "garbled",
        "a link out",
        "a link added",
    ],
)
def test_a_copy_that_is_not_the_release_is_refused(
    built: Path, change: Callable[[Path], object], reason: str
) -> None:
    change(built)
    assert _reason(lambda: release.verify_release(built, ROOT)) == reason


def test_a_release_signed_by_a_key_the_root_does_not_list_is_refused(built: Path) -> None:
    release.sign_release(built, "0.1.0", SecretKey.generate())
    assert _reason(lambda: release.verify_release(built, ROOT)) == "unknown_key"


@pytest.mark.parametrize(
    "listed",
    [
        b"",
        b"zz  README.txt\n",
        b"0" * 64 + b"  ../etc/passwd\n",
        b"0" * 64 + b"  b\n" + b"0" * 64 + b"  a\n",
    ],
    ids=["empty", "not a hash", "out of the folder", "unsorted"],
)
def test_a_signed_list_that_is_not_valid_is_refused(
    built: Path, throwaway_keys: dict[str, SecretKey], listed: bytes
) -> None:
    # Signed by the real key: the list's own checks are what refuses it.
    (built / release.MANIFEST).write_bytes(listed)
    signature = throwaway_keys["publishing-1"].sign(
        listed, release.trusted_comment("0.1.0", listed)
    )
    (built / release.SIGNATURE).write_text(signature)
    assert _reason(lambda: release.verify_release(built, ROOT)) == "bad_manifest"


def test_a_release_is_copied_whole_and_checked_again(built: Path, tmp_path: Path) -> None:
    (built / "coact-profile").mkdir()
    (built / "coact-profile" / "coact.sqlite3").write_text("drafts: never passed on")
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = release.copy_release(built, stick / built.name, ROOT)
    assert copy.files == 3
    assert not (stick / built.name / "coact-profile").exists()
    assert _reason(lambda: release.copy_release(built, stick / built.name, ROOT)) == "exists"
    (built / "README.txt").write_text("changed on this laptop")
    assert _reason(lambda: release.copy_release(built, stick / "again", ROOT)) == "changed_file"
    assert sorted(p.name for p in stick.iterdir()) == [built.name]  # nothing half-written
    shutil.rmtree(stick / built.name)
