"""Checking a received bundle leaves nothing readable on disk (issue 13).

An encrypted bundle is decrypted into an unnamed scratch file whose bytes are noise, and its
attachments are read from that archive when kept, never extracted: while a checked bundle waits
for a decision, no file (named, or open without a name) holds its history or its photos.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import coact_tests_bundle_factory as bf  # registered by tests/conftest.py
import pytest

from coact_desktop.core.errors import BundleError
from coact_desktop.core.exchange.bundle_read import VerifiedBundle, open_bundle, verify_bundle
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.history import PublicAttachment
from coact_desktop.core.services import AppServices

AGE_KEY = bf.AgeKey.generate()  # a throwaway "Coact" identity, made for these tests


@dataclasses.dataclass(frozen=True)
class Sent:
    """A TEST bundle file, and the random markers it carries."""

    path: Path
    word: bytes  # in the history
    attachment: bytes  # the TEST attachment's bytes, a random marker
    name: str  # its payload path, data/media/<sha256>.txt


def _send(folder: Path, *, recipients: list[str] | None, tamper: bool = False) -> Sent:
    """A TEST bundle whose history and attachment carry random markers.

    With ``tamper``, the attachment in the ZIP is changed after signing (the same size, other
    bytes than the manifest vouches for).
    """
    group = str(uuid.uuid4())
    word = f"TESTMARKER{secrets.token_hex(8)}".encode()
    # Larger than a file buffer: a change in its middle is read from disk, not from memory.
    padding = "TEST padding, not real.\n" * 8000
    attachment = f"TEST ATTACHMENT, not real: {secrets.token_hex(24)}\n{padding}".encode()
    history, media = bf.sample_history(group, note=f"TEST text, {word.decode()}, not real.")
    extra = PublicAttachment(bf.sha256(attachment), "txt", "text/plain", "TEST attachment")
    history = dataclasses.replace(history, attachments=(*history.attachments, extra))

    def files(bag: dict[str, bytes]) -> dict[str, bytes]:
        name = bf.ROOT + extra.path
        return {**bag, name: _changed(bag[name])} if tamper else bag

    recipe = bf.Recipe(
        SecretKey.generate(),
        group_id=group,
        history=history,
        media={**media, extra.path: attachment},
        recipients=recipients,
        files=files,
    )
    path = folder / ("tampered.coact" if tamper else "received.coact")
    path.write_bytes(bf.build(recipe).data)
    return Sent(path, word, attachment, extra.path)


def _changed(attachment: bytes) -> bytes:
    """The TEST attachment with one word changed, the same size."""
    return attachment.replace(b"TEST", b"TENT", 1)


def _named_files_holding(root: Path, markers: tuple[bytes, ...]) -> list[Path]:
    """Every file under root whose bytes hold any marker."""
    return [
        p
        for p in sorted(root.rglob("*"))
        if p.is_file() and any(m in p.read_bytes() for m in markers)
    ]


def _open_files_under(root: Path) -> list[str]:
    """This process's open files under root, named or not (Linux: /proc/self/fd)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # the listing's own descriptor, closed by now
        if target.startswith(str(root) + os.sep):
            found.append(fd)
    return found


@pytest.fixture
def temp_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A private tmp and a system temp, both under tmp_path, so every file is in sight."""
    private, system = tmp_path / "private-tmp", tmp_path / "system-temp"
    private.mkdir(mode=0o700)
    system.mkdir(mode=0o700)
    # tempfile's documented setting: anything that asks for the system's temp gets this one.
    monkeypatch.setattr(tempfile, "tempdir", str(system))
    return private, system


@pytest.mark.parametrize("entry", ["verify_bundle", "open_bundle"])
def test_a_checked_encrypted_bundle_leaves_nothing_readable_on_disk(
    tmp_path: Path, temp_dirs: tuple[Path, Path], entry: str
) -> None:
    private, system = temp_dirs
    sent = _send(tmp_path, recipients=[AGE_KEY.recipient])
    markers = (sent.word, sent.attachment)
    assert not _named_files_holding(tmp_path, markers)  # the file as received is ciphertext

    def check(bundle: VerifiedBundle) -> None:
        assert bundle.encrypted
        assert sent.word in bundle.history_bytes  # the markers are really in what was checked
        media = {m.name: m for m in bundle.media}
        assert media[sent.name].read() == sent.attachment
        # Held open, as the window holds it while a person decides: nothing named holds the
        # history or the attachment, under the scratch folder, the system temp or anywhere.
        assert not _named_files_holding(tmp_path, markers)
        assert sorted(p.name for p in private.rglob("*")) == []
        assert sorted(p.name for p in system.rglob("*")) == []
        if sys.platform.startswith("linux"):
            # The unnamed scratch file can still be read through /proc: its bytes are noise.
            where = private if entry == "verify_bundle" else system
            open_files = _open_files_under(where)
            assert open_files, "the decrypted ZIP should be in an unnamed file there"
            for fd in open_files:
                with open(f"/proc/self/fd/{fd}", "rb") as scratch:
                    data = scratch.read()
                assert data, "the scratch file holds the ZIP"
                assert not any(m in data for m in markers)
                assert b"PK\x03\x04" not in data

    if entry == "verify_bundle":
        with verify_bundle(sent.path, private, [AGE_KEY.identity]) as bundle:
            check(bundle)
    else:
        with open_bundle(sent.path, [AGE_KEY.identity]) as bundle:
            check(bundle)
    if sys.platform.startswith("linux"):
        assert _open_files_under(tmp_path) == []  # closing let go of the scratch file
    assert not _named_files_holding(tmp_path, markers)


def test_a_plain_bundle_is_read_from_its_own_file_and_extracts_nothing(
    tmp_path: Path, temp_dirs: tuple[Path, Path]
) -> None:
    private, _system = temp_dirs
    sent = _send(tmp_path, recipients=None)
    before = sorted(tmp_path.rglob("*"))
    with verify_bundle(sent.path, private) as bundle:
        assert not bundle.encrypted
        assert {m.name: m for m in bundle.media}[sent.name].read() == sent.attachment
        assert sorted(tmp_path.rglob("*")) == before  # no copy, no extracted attachment


def test_a_tampered_attachment_in_an_encrypted_bundle_is_still_refused(
    tmp_path: Path, temp_dirs: tuple[Path, Path]
) -> None:
    private, _system = temp_dirs
    sent = _send(tmp_path, recipients=[AGE_KEY.recipient], tamper=True)
    with pytest.raises(BundleError) as refused:
        verify_bundle(sent.path, private, [AGE_KEY.identity])
    assert refused.value.reason == "tampered"
    assert sent.name in refused.value.message
    if sys.platform.startswith("linux"):
        assert _open_files_under(tmp_path) == []  # a refused bundle closes its scratch file


def test_an_attachment_changed_after_the_check_is_refused_when_kept(
    tmp_path: Path, temp_dirs: tuple[Path, Path], new_profile: Callable[[], AppServices]
) -> None:
    # A plain bundle is read again from the received file when kept: a change meanwhile (the
    # same size, so only the contents differ) is caught, and the bundle is not kept. (Its other,
    # untouched attachments may be stored first: content-addressed, unused, cleaned later.)
    private, _system = temp_dirs
    sent = _send(tmp_path, recipients=None)
    coact = new_profile()
    attachments = coact.paths.data_dir / "attachments"
    with verify_bundle(sent.path, private) as bundle:
        data = sent.path.read_bytes()
        assert data.count(sent.attachment) == 1
        middle = data.index(sent.attachment) + len(sent.attachment) // 2
        sent.path.write_bytes(bf.flip(data, middle))
        with pytest.raises(BundleError):
            {m.name: m for m in bundle.media}[sent.name].read()
        with pytest.raises(BundleError):
            coact.inbox.receive(bundle)
    assert coact.inbox.items() == ()
    assert sent.name.rsplit("/", 1)[1] not in {p.name for p in attachments.glob("*")}
