"""A profile protected by a passphrase: its private tables encrypted, locked and unlocked.

The draft's words here are test text, not Coact's.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from coact_desktop.core.drafts.model import Draft, Event, Person, Section
from coact_desktop.core.errors import PassphraseError
from coact_desktop.core.services import AppServices
from coact_desktop.core.storage import data_key, private_db
from coact_desktop.core.storage.private_sessions import ProfileLocked

PASSPHRASE = "correct horse battery"
DURESS = "nothing to see here"
SECRET_WORDS = "Zanzibarwort meeting in the back room of the pharmacy"
SECRET_NAME = "Quillonia Abernathy-Vexley"


def secret_draft() -> Draft:
    """A test draft whose words and name appear nowhere else (test text, not Coact's)."""
    return Draft(
        id="secret-draft",
        sections=(Section("Beginnings", SECRET_WORDS),),
        events=(Event("2011", f"{SECRET_NAME} opened the room.", 2011),),
        people=(Person(SECRET_NAME, "named"),),
    )


def every_byte(folder: Path) -> bytes:
    """The bytes of every file under folder, one after another."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def holds_secret(folder: Path) -> bool:
    data = every_byte(folder)
    words = (SECRET_WORDS, SECRET_NAME, "Zanzibarwort", "Quillonia")
    return any(w.encode("utf-8") in data or w.encode("utf-16-le") in data for w in words)


@pytest.fixture
def protected(open_profile: Callable[[], AppServices]) -> AppServices:
    services = open_profile()
    services.drafts.create(secret_draft())
    assert holds_secret(services.paths.data_dir)
    services.protect(PASSPHRASE, DURESS)
    return services


def test_protecting_moves_every_private_word_out_of_the_plain_files(
    protected: AppServices,
) -> None:
    assert protected.encrypted
    assert not protected.locked
    assert protected.drafts.get("secret-draft").sections[0].body == SECRET_WORDS
    assert not holds_secret(protected.paths.data_dir)
    raw = private_db.private_database(protected.paths).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    # The plain database still opens without a passphrase and still holds the library.
    with sqlite3.connect(protected.paths.database) as plain:
        assert plain.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
        assert plain.execute("SELECT count(*) FROM passages").fetchone()[0] > 10


def test_a_locked_profile_reads_the_library_and_refuses_drafts_in_words(
    protected: AppServices, open_profile: Callable[[], AppServices]
) -> None:
    protected.close()
    services = open_profile()
    assert services.encrypted
    assert services.locked
    assert services.library.chapters()
    with pytest.raises(ProfileLocked, match="passphrase"):
        services.drafts.list()
    with pytest.raises(PassphraseError):
        services.unlock("not the passphrase")
    assert services.locked
    services.unlock(PASSPHRASE)
    assert [d.id for d in services.drafts.list()] == ["secret-draft"]
    draft = services.drafts.get("secret-draft")
    services.drafts.save(
        dataclasses.replace(draft, sections=(Section("Beginnings", "More words."),))
    )
    services.lock()
    with pytest.raises(ProfileLocked):
        services.drafts.get("secret-draft")
    services.unlock(PASSPHRASE)
    assert services.drafts.get("secret-draft").sections[0].body == "More words."


def test_the_duress_passphrase_opens_an_empty_profile_that_looks_ordinary(
    protected: AppServices, open_profile: Callable[[], AppServices]
) -> None:
    protected.close()
    services = open_profile()
    services.unlock(DURESS)
    assert not services.locked
    assert services.drafts.list() == ()
    assert services.library.chapters()
    services.lock()
    services.unlock(PASSPHRASE)
    assert [d.id for d in services.drafts.list()] == ["secret-draft"]


def test_a_duress_passphrase_that_deletes_first_leaves_an_ordinary_protected_profile(
    open_profile: Callable[[], AppServices],
) -> None:
    services = open_profile()
    services.drafts.create(secret_draft())
    services.protect(PASSPHRASE, DURESS, delete_first=True)
    shape = sorted(len(json.dumps(slot)) for slot in _slots(services))
    services.lock()
    removed = services.unlock(DURESS)
    assert removed[:2] == ["data_key", "private_database"]
    # It looks as a duress unlock does: unlocked, encrypted, nothing private in it…
    assert not services.locked
    assert services.encrypted
    assert services.drafts.list() == ()
    assert not holds_secret(services.paths.data_dir)
    assert not holds_secret(services.paths.cache_dir)
    # …and goes on looking so: the passphrase typed opens it again, the real one nothing.
    services.drafts.create(dataclasses.replace(secret_draft(), id="after", sections=()))
    services.lock()
    with pytest.raises(PassphraseError):
        services.unlock(PASSPHRASE)
    assert services.unlock(DURESS) == []
    assert [d.id for d in services.drafts.list()] == ["after"]
    # The key file has the same two slots of the same size: it never said what was set.
    assert sorted(len(json.dumps(slot)) for slot in _slots(services)) == shape


def test_a_duress_passphrase_set_to_delete_first_is_not_told_by_the_key_file(
    tmp_path: Path,
) -> None:
    sizes = []
    for number, delete_first in enumerate((False, True)):
        folder = tmp_path / f"keys-{number}"
        folder.mkdir()
        data_key.create(folder, PASSPHRASE, DURESS, delete_first)
        sizes.append(data_key.key_file(folder).stat().st_size)
        assert data_key.unlock(folder, DURESS).delete_first is delete_first
        assert not data_key.unlock(folder, PASSPHRASE).delete_first
    assert sizes[0] == sizes[1]


def _slots(services: AppServices) -> list[object]:
    content = json.loads(data_key.key_file(services.paths.data_dir).read_text())
    slots: list[object] = content["slots"]
    return slots


def test_quick_delete_leaves_no_word_and_the_passphrase_opens_nothing(
    protected: AppServices, open_profile: Callable[[], AppServices]
) -> None:
    paths = protected.paths
    removed = protected.quick_delete()
    assert removed[:2] == ["data_key", "private_database"]
    assert not protected.encrypted
    assert not data_key.has_key(paths.data_dir)
    assert not holds_secret(paths.data_dir)
    assert not holds_secret(paths.cache_dir)
    assert protected.drafts.list() == ()  # an ordinary reader's profile, writable again
    protected.close()
    services = open_profile()
    assert not services.encrypted
    assert services.library.chapters()
    with pytest.raises(data_key.DataKeyError):
        data_key.unlock(paths.data_dir, PASSPHRASE)


def test_quick_delete_of_a_plain_profile_scrubs_its_database_too(
    open_profile: Callable[[], AppServices],
) -> None:
    services = open_profile()
    services.drafts.create(secret_draft())
    settings = services.paths.settings
    settings.write_text(
        "[General]\n[drafts]\nopen=secret-draft\n[reader]\nchapter=intro\n"
        f"[export]\nfolder=/media/stick/{SECRET_NAME}\n",
        encoding="utf-8",
    )
    removed = services.quick_delete()
    assert "plain_private_rows" in removed
    assert "settings" in removed
    assert not holds_secret(services.paths.data_dir)
    kept = settings.read_text(encoding="utf-8")
    assert "chapter=intro" in kept
    assert "secret-draft" not in kept


@pytest.mark.parametrize("stop_after", ["key", "export", "rename"])
def test_a_kill_during_protection_leaves_one_whole_profile(
    open_profile: Callable[[], AppServices],
    monkeypatch: pytest.MonkeyPatch,
    stop_after: str,
) -> None:
    services = open_profile()
    services.drafts.create(secret_draft())

    class Killed(BaseException):
        pass

    def stop(*_args: object) -> None:
        raise Killed

    if stop_after == "key":
        monkeypatch.setattr(private_db, "_export", stop)
    elif stop_after == "export":
        monkeypatch.setattr(private_db, "sync_to_disk", stop)
    else:
        monkeypatch.setattr(private_db, "scrub_plain", stop)
    with pytest.raises(Killed):
        services.protect(PASSPHRASE)
    monkeypatch.undo()
    services.close()
    again = open_profile()
    if stop_after == "rename":  # renamed into place: encrypted, and the scrub finished now
        assert again.encrypted
        assert again.locked
        assert not holds_secret(again.paths.data_dir)
        again.unlock(PASSPHRASE)
    else:  # never finished: the plain profile, whole, and no stray key or copy
        assert not again.encrypted
        assert not data_key.has_key(again.paths.data_dir)
        assert not list(again.paths.data_dir.glob("private.sqlcipher*"))
    assert again.drafts.get("secret-draft").sections[0].body == SECRET_WORDS


def test_the_encrypted_drafts_are_backed_up_encrypted_and_restore(
    protected: AppServices, open_profile: Callable[[], AppServices]
) -> None:
    from coact_desktop.core.storage import backups

    paths = protected.paths
    (private,) = [b for b in backups.list_backups(paths) if b.name.startswith("private-")]
    assert not holds_secret(paths.data_dir)
    assert not private.path.read_bytes().startswith(b"SQLite format 3")
    draft = protected.drafts.get("secret-draft")
    protected.drafts.save(dataclasses.replace(draft, sections=(Section("Beginnings", "Later."),)))
    protected.close()
    backups.restore_backup(paths, private.name)
    services = open_profile()
    services.unlock(PASSPHRASE)
    assert services.drafts.get("secret-draft").sections[0].body == SECRET_WORDS


def test_the_search_index_holds_no_private_word(
    open_indexed_profile: Callable[[], AppServices],
) -> None:
    services = open_indexed_profile()
    services.drafts.create(secret_draft())
    services.search.ensure_index(force=True)
    assert any(p.is_file() for p in services.paths.search_root.rglob("*"))  # it was built
    assert not holds_secret(services.paths.cache_dir)


def test_under_duress_changing_the_passphrase_works_and_tells_nothing(
    protected: AppServices,
) -> None:
    protected.lock()
    protected.unlock(DURESS)
    # Made to change "the passphrase", the duress one changes; made to set a duress
    # passphrase, nothing changes; neither refuses, which would tell.
    protected.change_passphrase(DURESS, "another duress passphrase")
    protected.set_duress("another duress passphrase", "yet another one here")
    protected.lock()
    protected.unlock("another duress passphrase")
    assert protected.drafts.list() == ()
    protected.lock()
    with pytest.raises(PassphraseError):
        protected.unlock("yet another one here")
    protected.unlock(PASSPHRASE)
    assert [d.id for d in protected.drafts.list()] == ["secret-draft"]


def test_a_duress_passphrase_that_deletes_first_deletes_wherever_it_is_typed(
    open_profile: Callable[[], AppServices],
) -> None:
    services = open_profile()
    services.drafts.create(secret_draft())
    services.protect(PASSPHRASE, DURESS, delete_first=True)
    services.lock()
    assert len(services.paper_key(DURESS).split("-")) == 14  # (the command line's paper-key)
    services.lock()
    with pytest.raises(PassphraseError):
        services.unlock(PASSPHRASE)
    services.unlock(DURESS)
    assert services.drafts.list() == ()
