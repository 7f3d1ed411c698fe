"""Quick delete after too many wrong passphrases in a row: off by default, counted honestly.

The draft's words here are test text, not Coact's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coact_desktop.core.drafts.model import Draft, Section
from coact_desktop.core.errors import PassphraseError
from coact_desktop.core.services import AppServices
from coact_desktop.core.storage import data_key, wrong_tries

PASSPHRASE = "correct horse battery"
WRONG = "not the passphrase"
SECRET = "Zanzibarwort TEST TEXT in the back room"


def holds_secret(folder: Path) -> bool:
    return any(SECRET.encode() in p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def protected(open_profile: Callable[[], AppServices]) -> AppServices:
    services = open_profile()
    services.drafts.create(Draft(id="tries", sections=(Section("One", SECRET),)))
    services.protect(PASSPHRASE)
    services.lock()
    return services


def wrong(services: AppServices, times: int) -> None:
    for _ in range(times):
        with pytest.raises(PassphraseError):
            services.unlock(WRONG)


def test_it_is_off_unless_turned_on(protected: AppServices) -> None:
    assert protected.delete_after() is None
    wrong(protected, 6)
    assert protected.encrypted
    protected.unlock(PASSPHRASE)
    assert [d.id for d in protected.drafts.list()] == ["tries"]
    assert not wrong_tries.tries_file(protected.paths.data_dir).exists()


def test_the_last_wrong_passphrase_allowed_deletes_everything_private(
    protected: AppServices,
) -> None:
    protected.unlock(PASSPHRASE)
    protected.set_delete_after(5)
    assert protected.delete_after() == 5
    protected.lock()
    wrong(protected, 4)
    protected.unlock(PASSPHRASE)  # a right one in between: the count starts again
    protected.lock()
    wrong(protected, 4)
    assert protected.encrypted
    wrong(protected, 1)  # refused in the same words as the others…
    assert not protected.encrypted  # …and everything private is gone
    assert protected.drafts.list() == ()
    assert not holds_secret(protected.paths.data_dir)
    assert protected.delete_after() is None
    with pytest.raises(data_key.DataKeyError):  # the key is destroyed: nothing opens
        data_key.unlock(protected.paths.data_dir, PASSPHRASE)


def test_a_try_cut_short_by_a_kill_still_counts(protected: AppServices) -> None:
    protected.unlock(PASSPHRASE)
    protected.set_delete_after(5)
    protected.lock()
    folder = protected.paths.data_dir
    for _ in range(4):
        wrong_tries.count_try(folder)  # counted, then the program was killed during the check
    wrong(protected, 1)
    assert not protected.encrypted


def test_only_the_offered_choices_and_a_damaged_count_keeps_the_guard_on(
    tmp_path: Path,
) -> None:
    with pytest.raises(wrong_tries.TriesError):
        wrong_tries.set_limit(tmp_path, 3)
    assert wrong_tries.limit(tmp_path) is None
    wrong_tries.set_limit(tmp_path, 20)
    assert wrong_tries.limit(tmp_path) == 20
    wrong_tries.tries_file(tmp_path).write_text("{damaged")
    assert wrong_tries.limit(tmp_path) == wrong_tries.CHOICES[0]
    wrong_tries.set_limit(tmp_path, None)
    assert wrong_tries.limit(tmp_path) is None


def test_the_paper_key_starts_the_count_again(protected: AppServices) -> None:
    # Whoever forgot the passphrase has usually used most of the tries before the paper.
    protected.unlock(PASSPHRASE)
    protected.set_delete_after(5)
    written = protected.paper_key(PASSPHRASE)
    protected.lock()
    wrong(protected, 4)
    protected.recover(written, "a new passphrase")
    protected.lock()
    wrong(protected, 1)
    assert protected.encrypted


def test_every_passphrase_typed_while_locked_counts(protected: AppServices) -> None:
    # The command line's change, duress and paper key check it too: guessing there counts.
    protected.unlock(PASSPHRASE)
    protected.set_delete_after(5)
    protected.lock()
    for call in (
        lambda: protected.paper_key(WRONG),
        lambda: protected.change_passphrase(WRONG, "another passphrase"),
        lambda: protected.set_duress(WRONG, "a duress passphrase"),
        lambda: protected.paper_key(WRONG),
    ):
        with pytest.raises(PassphraseError):
            call()
    assert protected.encrypted
    wrong(protected, 1)
    assert not protected.encrypted
