"""A protected profile's photos and files: sealed on disk, under names that tell nothing.

The words and pictures here are test text and test pictures, not Coact's.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.drafts.attachments import Attachment, attach, stored_problem
from coact_desktop.core.drafts.model import Draft, Section
from coact_desktop.core.errors import Cancelled
from coact_desktop.core.exchange.bundle_write import BundlePlan, write_bundle
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.history import public_history
from coact_desktop.core.services import AppServices
from coact_desktop.core.storage import data_key, sealed_files
from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.core.storage.housekeeping import collect_attachments
from coact_desktop.core.storage.paths import attachments_dir
from coact_desktop.core.storage.private_sessions import ProfileLocked
from coact_desktop.core.storage.scratch_file import ScratchFile

PASSPHRASE = "correct horse battery"
DURESS = "nothing to see here"
MINUTES = "TEST TEXT: Minutes. Present: Quillonia Abernathy-Vexley and Zanzibarwort.\n"
PLAIN_NAME = re.compile(r"[0-9a-f]{64}\.(jpg|png|pdf|txt|md)")


def make_test_files(tmp_path: Path) -> tuple[Path, Path]:
    """A TEST PICTURE (noise, so its bytes are its own) and a TEST TEXT file of minutes."""
    picture = tmp_path / "meeting.png"
    Image.frombytes("RGB", (64, 64), os.urandom(64 * 64 * 3)).save(picture)
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, "utf-8")
    return picture, minutes


def attached_draft(services: AppServices, paths: tuple[Path, ...]) -> Draft:
    attachments = tuple(attach(p, services.files, f"TEST {p.stem}").attachment for p in paths)
    draft = Draft(
        id="sealed-draft",
        sections=(Section("Beginnings", "TEST TEXT: our first year."),),
        attachments=attachments,
    )
    services.drafts.create(draft)
    return draft


def leaks(folder: Path, attachments: tuple[Attachment, ...], stored: list[bytes]) -> list[str]:
    """What of the attachments can be read in folder's files and names: contents or hashes."""
    found = []
    every = b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())
    names = " ".join(p.name for p in folder.rglob("*"))
    for data in stored:
        if data[:4096] in every:
            found.append(f"the bytes of a {len(data)}-byte file")
    for word in ("Quillonia", "Zanzibarwort"):
        if word.encode() in every:
            found.append(word)
    for attachment in attachments:
        if attachment.sha256 in names:
            found.append(f"the name {attachment.file_name}")
    return found


@pytest.fixture
def protected_with_files(
    open_profile: Callable[[], AppServices], tmp_path: Path
) -> tuple[AppServices, Draft, list[bytes]]:
    services = open_profile()
    draft = attached_draft(services, make_test_files(tmp_path))
    stored = [services.files.read(a.file_name) for a in draft.attachments]
    folder = attachments_dir(services.paths.data_dir)
    assert leaks(folder, draft.attachments, stored)  # plain before: the test can see a leak
    services.protect(PASSPHRASE, DURESS)
    return services, draft, stored


def test_protecting_seals_every_attachment_under_a_name_that_tells_nothing(
    protected_with_files: tuple[AppServices, Draft, list[bytes]],
) -> None:
    services, draft, stored = protected_with_files
    folder = attachments_dir(services.paths.data_dir)
    assert leaks(services.paths.data_dir, draft.attachments, stored) == []
    names = [p.name for p in folder.iterdir()]
    assert len(names) == 2
    assert all(n.endswith(".sealed") for n in names)
    assert not any(PLAIN_NAME.fullmatch(n) for n in names)
    for path in folder.iterdir():
        assert path.read_bytes().startswith(sealed_files.MAGIC)
    # Unlocked, every reader gets the cleaned copies back, whole.
    assert [services.files.read(a.file_name) for a in draft.attachments] == stored
    assert [stored_problem(services.files, a) for a in draft.attachments] == [None, None]


def test_locked_files_say_so_and_unlock_with_the_passphrase(
    protected_with_files: tuple[AppServices, Draft, list[bytes]],
) -> None:
    services, draft, stored = protected_with_files
    services.lock()
    with pytest.raises(ProfileLocked):
        services.files.read(draft.attachments[0].file_name)
    services.unlock(PASSPHRASE)
    assert services.files.read(draft.attachments[0].file_name) == stored[0]


def test_a_file_attached_after_protecting_is_never_plain_on_disk(
    protected_with_files: tuple[AppServices, Draft, list[bytes]], tmp_path: Path
) -> None:
    services, _draft, _stored = protected_with_files
    photo = tmp_path / "new.png"
    Image.frombytes("RGB", (32, 32), os.urandom(32 * 32 * 3)).save(photo)
    attachment = attach(photo, services.files, "TEST PHOTO").attachment
    data = services.files.read(attachment.file_name)
    assert hashlib.sha256(data).hexdigest() == attachment.sha256
    assert leaks(services.paths.data_dir, (attachment,), [data]) == []


def test_a_kill_before_the_files_were_sealed_is_finished_at_the_next_unlock(
    protected_with_files: tuple[AppServices, Draft, list[bytes]],
) -> None:
    services, draft, stored = protected_with_files
    folder = attachments_dir(services.paths.data_dir)
    # As if killed between the database's rename and the sealing: one file still plain.
    plain = folder / draft.attachments[1].file_name
    plain.write_bytes(stored[1])
    services.lock()
    services.unlock(PASSPHRASE)
    assert not plain.exists()
    assert services.files.read(plain.name) == stored[1]
    assert leaks(services.paths.data_dir, draft.attachments, stored) == []


def test_a_changed_sealed_file_is_refused_not_read(
    protected_with_files: tuple[AppServices, Draft, list[bytes]],
) -> None:
    services, draft, _stored = protected_with_files
    path = services.files.path_of(draft.attachments[0].file_name)
    data = bytearray(path.read_bytes())
    data[-20] ^= 1
    path.write_bytes(bytes(data))
    assert stored_problem(services.files, draft.attachments[0]) == "changed"


def test_the_duress_passphrase_shows_no_attachment_and_leaves_none_readable(
    protected_with_files: tuple[AppServices, Draft, list[bytes]], tmp_path: Path
) -> None:
    services, draft, stored = protected_with_files
    services.lock()
    services.unlock(DURESS)
    assert stored_problem(services.files, draft.attachments[0]) == "missing"
    photo = tmp_path / "under-duress.png"
    Image.new("RGB", (8, 8), "yellow").save(photo)
    attach(photo, services.files)  # sealed under a key gone at the next lock
    services.lock()
    services.unlock(PASSPHRASE)
    assert [services.files.read(a.file_name) for a in draft.attachments] == stored


def test_a_bundle_from_a_protected_profile_carries_the_attachments_whole(
    protected_with_files: tuple[AppServices, Draft, list[bytes]], tmp_path: Path
) -> None:
    services, draft, stored = protected_with_files
    history = public_history(draft, "a" * 32, ())
    target = tmp_path / "out.coact"
    write_bundle(
        history, services.files, SecretKey.generate(), BundlePlan("a" * 32, 1, None), target, None
    )
    with zipfile.ZipFile(target) as bundle:
        carried = [bundle.read(n) for n in bundle.namelist()]
    assert all(data in carried for data in stored)


def test_quick_delete_removes_the_sealed_files(
    protected_with_files: tuple[AppServices, Draft, list[bytes]],
) -> None:
    services, draft, stored = protected_with_files
    services.quick_delete()
    folder = attachments_dir(services.paths.data_dir)
    assert not folder.exists() or not list(folder.iterdir())
    assert leaks(services.paths.data_dir, draft.attachments, stored) == []


def test_received_files_are_sealed_in_a_protected_inbox(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    from tests.unit.pack_factory import accept_test_history

    group, coact = new_profile(), new_profile()
    coact.protect(PASSPHRASE)
    picture, minutes = make_test_files(tmp_path)
    accept_test_history(group, coact, tmp_path / "out", attached=(picture, minutes))
    folder = attachments_dir(coact.paths.data_dir)
    names = [p.name for p in folder.iterdir()]
    assert len(names) == 2
    assert all(n.endswith(".sealed") for n in names)
    assert b"Zanzibarwort" not in b"".join(p.read_bytes() for p in folder.iterdir())


def test_a_scratch_file_reads_back_what_was_written_and_holds_only_noise_on_disk(
    tmp_path: Path,
) -> None:
    text = MINUTES.encode() * 200
    with ScratchFile(tmp_path / "tmp") as scratch:
        scratch.write(text[:1000])
        scratch.write(text[1000:])
        scratch.seek(130)  # a header filled in afterwards, at an odd place in a block
        scratch.write(b"HEADER")
        scratch.seek(0)
        expected = text[:130] + b"HEADER" + text[136:]
        assert scratch.read() == expected
        scratch.seek(997)
        assert scratch.read(10) == expected[997:1007]
        on_disk = _raw(scratch)
    assert b"Zanzibarwort" not in on_disk
    assert len(on_disk) == len(text)
    assert list((tmp_path / "tmp").iterdir()) == []  # no name to find (Linux: O_TMPFILE)


def _raw(scratch: ScratchFile) -> bytes:
    """The bytes the scratch file holds on disk (read past its own reader, as a thief would)."""
    handle: io.BufferedRandom = scratch._file  # type: ignore[assignment]
    handle.flush()
    return os.pread(handle.fileno(), 1 << 20, 0)


def test_a_file_that_cannot_be_sealed_yet_does_not_refuse_the_passphrase(
    protected_with_files: tuple[AppServices, Draft, list[bytes]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, draft, stored = protected_with_files
    services.lock()

    def full_disk(_self: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(FileStore, "seal_plain", full_disk)
    services.unlock(PASSPHRASE)
    assert not services.locked
    assert services.files.read(draft.attachments[0].file_name) == stored[0]


def test_locking_under_duress_never_seals_a_real_file_under_its_key(
    protected_with_files: tuple[AppServices, Draft, list[bytes]],
) -> None:
    services, draft, stored = protected_with_files
    plain = attachments_dir(services.paths.data_dir) / draft.attachments[1].file_name
    sealed = services.files.path_of(plain.name)
    services.lock()
    sealed.unlink()
    plain.write_bytes(stored[1])  # as if a kill left it plain
    services.unlock(DURESS)
    services.lock()
    assert plain.read_bytes() == stored[1]
    services.unlock(PASSPHRASE)
    assert not plain.exists()
    assert services.files.read(plain.name) == stored[1]


def test_housekeeping_of_a_protected_profile_keeps_what_is_used(
    protected_with_files: tuple[AppServices, Draft, list[bytes]], tmp_path: Path
) -> None:
    services, draft, _stored = protected_with_files
    unused = tmp_path / "unused.png"
    Image.new("RGB", (8, 8), "green").save(unused)
    attach(unused, services.files)
    folder = attachments_dir(services.paths.data_dir)
    old = time.time() - 2 * 24 * 3600
    for path in folder.iterdir():
        os.utime(path, (old, old))
    removed = collect_attachments(services.private, services.files)
    assert len(removed) == 1
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        services.files.path_of(a.file_name).name for a in draft.attachments
    )


def test_cancelling_protect_while_photos_are_sealed_leaves_the_plain_profile_whole(
    open_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    services = open_profile()
    draft = attached_draft(services, make_test_files(tmp_path))
    stored = [services.files.read(a.file_name) for a in draft.attachments]
    folder = attachments_dir(services.paths.data_dir)
    before = sorted(p.name for p in folder.iterdir())
    cancel = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.cancel()  # as if Cancel were pressed after the first photo

    with pytest.raises(Cancelled):
        services.protect(PASSPHRASE, progress=progress, cancel=cancel)
    assert seen
    assert seen[0][1] == sum(len(data) for data in stored)
    assert not services.encrypted
    assert not data_key.has_key(services.paths.data_dir)
    assert sorted(p.name for p in folder.iterdir()) == before  # no sealed copy left behind
    assert [services.files.read(a.file_name) for a in draft.attachments] == stored
    assert services.drafts.get(draft.id) == draft
    # And protecting again works, with every file sealed.
    services.protect(PASSPHRASE)
    assert leaks(services.paths.data_dir, draft.attachments, stored) == []
