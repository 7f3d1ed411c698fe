"""Protecting, locking, unlocking and quick delete in the window (test text, not Coact's)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from coact_desktop.core.services import AppServices
from coact_desktop.core.storage import wrong_tries
from coact_desktop.core.storage.paths import ProfilePaths
from coact_desktop.gui.main_window import MainWindow
from coact_desktop.gui.paper_key_dialog import PaperKeyDialog
from coact_desktop.gui.passphrase_dialog import PassphraseDialog
from coact_desktop.gui.profile_safety import TRIES_CHOICES
from coact_desktop.gui.quick_delete_dialog import QuickDeleteDialog

from .test_drafts_view import start_draft

TIMEOUT = 10_000
PASSPHRASE = "throwaway passphrase"
DURESS = "throwaway duress words"
WORDS = "Mirrowfield test words typed before locking."


def every_byte(profile: ProfilePaths) -> bytes:
    files = [*profile.data_dir.rglob("*"), *profile.cache_dir.rglob("*")]
    return b"".join(p.read_bytes() for p in files if p.is_file())


def protect(qtbot: QtBot, window: MainWindow, duress: str = "", delete_first: bool = False) -> None:
    window.safety.protect_or_change()
    dialog = window.safety.dialog
    assert isinstance(dialog, PassphraseDialog)
    assert dialog.mode == "protect"
    assert not dialog.ok.isEnabled()
    assert "nobody can open your drafts again" in dialog.intro.text()
    qtbot.keyClicks(dialog.new, PASSPHRASE)
    qtbot.keyClicks(dialog.again, PASSPHRASE[:-1])
    assert not dialog.ok.isEnabled()
    assert "same new passphrase" in dialog.problem.text()
    qtbot.keyClicks(dialog.again, PASSPHRASE[-1])
    if duress:
        dialog.with_duress.setChecked(True)
        qtbot.keyClicks(dialog.duress, duress)
        qtbot.keyClicks(dialog.duress_again, duress)
        if delete_first:
            dialog.delete_first.click()
    assert dialog.ok.isEnabled()
    services = window.services
    assert services is not None
    dialog.ok.click()
    qtbot.waitUntil(lambda: services.encrypted, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "now encrypted" in window.status_label.text(), timeout=TIMEOUT)


def protected_with_words(qtbot: QtBot, window: MainWindow) -> AppServices:
    """A draft with WORDS typed in it, then protected through the dialog."""
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, WORDS)
    protect(qtbot, window)
    services = window.services
    assert services is not None
    return services


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    panel = window.drafts.lock_panel
    qtbot.keyClicks(panel.passphrase, passphrase)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)


def test_protect_lock_and_unlock_keep_every_word(
    qtbot: QtBot, window: MainWindow, profile: ProfilePaths
) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "First words. ")
    protect(qtbot, window, DURESS)
    assert b"First words" not in every_byte(profile)
    services = window.services
    assert services is not None
    draft_id = editor.draft.id
    qtbot.keyClicks(editor.text, WORDS)
    window.safety.lock_action.trigger()  # at once, before the autosave's pause is over
    assert window.drafts.locked
    assert window.drafts.list.count() == 0
    assert editor.draft is None
    assert WORDS not in editor.text.toPlainText()
    qtbot.waitUntil(lambda: "locked" in window.status_label.text(), timeout=TIMEOUT)
    assert services.locked

    unlock(qtbot, window, "not the passphrase")
    panel = window.drafts.lock_panel
    qtbot.waitUntil(lambda: "does not open" in panel.problem.text(), timeout=TIMEOUT)
    assert services.locked
    assert panel.button.isEnabled()
    panel.passphrase.clear()
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.drafts.locked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.drafts.list.count() == 1, timeout=TIMEOUT)
    body = services.drafts.get(draft_id).sections[0].body
    assert body == "First words. " + WORDS
    assert WORDS.encode() not in every_byte(profile)

    # The duress passphrase: the same calm window, with no draft in it.
    window.safety.lock()
    qtbot.waitUntil(lambda: services.locked, timeout=TIMEOUT)
    unlock(qtbot, window, DURESS)
    qtbot.waitUntil(lambda: not window.drafts.locked, timeout=TIMEOUT)
    qtbot.wait(300)
    assert window.drafts.list.count() == 0
    assert not services.locked


def test_a_duress_passphrase_that_deletes_first_looks_like_any_unlock(
    qtbot: QtBot, window: MainWindow, profile: ProfilePaths
) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, WORDS)
    protect(qtbot, window, DURESS, delete_first=True)
    services = window.services
    assert services is not None
    window.safety.lock()
    qtbot.waitUntil(lambda: "locked" in window.status_label.text(), timeout=TIMEOUT)
    said = window.status_label.text()
    unlock(qtbot, window, DURESS)
    qtbot.waitUntil(lambda: not window.drafts.locked, timeout=TIMEOUT)
    qtbot.wait(300)
    assert window.drafts.list.count() == 0
    assert window.status_label.text() == said  # nothing on screen says what happened
    assert not window.settings.childGroups().count("drafts")
    assert services.encrypted  # still asks for a passphrase at the next start…
    window.safety.lock()
    qtbot.waitUntil(lambda: services.locked, timeout=TIMEOUT)
    assert WORDS.encode() not in every_byte(profile)
    unlock(qtbot, window, PASSPHRASE)  # …and the real one opens nothing any more
    panel = window.drafts.lock_panel
    qtbot.waitUntil(lambda: "does not open" in panel.problem.text(), timeout=TIMEOUT)


def test_the_paper_key_is_shown_once_asked_and_opens_a_forgotten_passphrase(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = protected_with_words(qtbot, window)
    window.safety.paper_action.trigger()
    dialog = window.safety.dialog
    assert isinstance(dialog, PaperKeyDialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "does not open" in dialog.problem.text(), timeout=TIMEOUT)
    assert not dialog.key.isVisible()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.ok.click()
    qtbot.waitUntil(dialog.key.isVisible, timeout=TIMEOUT)
    lines = dialog.key.text().split("\n")
    assert [len(line.split()) for line in lines] == [7, 7]
    assert dialog.passphrase.text() == ""
    written = "-".join(dialog.key.text().split())
    assert written == services.paper_key(PASSPHRASE)
    # Left open, the key does not outlast the lock (by hand, or after the idle time).
    window.safety.lock()
    assert not dialog.isVisible()
    assert dialog.key.text() == ""
    qtbot.waitUntil(lambda: services.locked, timeout=TIMEOUT)
    panel = window.drafts.lock_panel
    panel.paper.click()
    dialog = window.safety.dialog
    assert isinstance(dialog, PaperKeyDialog)
    assert dialog.mode == "recover"
    other = "Y" if written.endswith("Z") else "Z"  # a mistake whatever the last letter is
    qtbot.keyClicks(dialog.paper, written.replace("-", " ")[:-1] + other)
    qtbot.keyClicks(dialog.new, "a new passphrase")
    qtbot.keyClicks(dialog.again, "a new passphrase")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "mistake" in dialog.problem.text(), timeout=TIMEOUT)
    assert services.locked
    dialog.paper.clear()
    qtbot.keyClicks(dialog.paper, written.lower())
    dialog.ok.click()
    qtbot.waitUntil(lambda: not window.drafts.locked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.drafts.list.count() == 1, timeout=TIMEOUT)
    assert not dialog.isVisible()
    assert dialog.paper.toPlainText() == ""
    assert "new passphrase" in window.status_label.text()
    services.lock()
    services.unlock("a new passphrase")


def test_quick_delete_after_wrong_passphrases_is_warned_then_deletes_quietly(
    qtbot: QtBot, window: MainWindow, profile: ProfilePaths
) -> None:
    assert TRIES_CHOICES == wrong_tries.CHOICES
    services = protected_with_words(qtbot, window)
    safety = window.safety
    safety.update_actions()
    assert safety.tries_menu.isEnabled()
    safety.tries_actions[5].trigger()
    box = safety.dialog
    assert isinstance(box, QMessageBox)
    assert "5 wrong passphrases" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(100)
    assert services.delete_after() is None  # Cancel: nothing turned on
    safety.tries_actions[5].trigger()
    box = safety.dialog
    turn_on = next(b for b in box.buttons() if "Turn it on" in b.text())
    turn_on.click()
    qtbot.waitUntil(lambda: services.delete_after() == 5, timeout=TIMEOUT)

    safety.lock()
    qtbot.waitUntil(lambda: services.locked, timeout=TIMEOUT)
    panel = window.drafts.lock_panel
    for _ in range(4):
        panel.passphrase.clear()
        unlock(qtbot, window, "not the passphrase")
        qtbot.waitUntil(lambda: "does not open" in panel.problem.text(), timeout=TIMEOUT)
        qtbot.waitUntil(panel.button.isEnabled, timeout=TIMEOUT)
    assert services.encrypted
    panel.passphrase.clear()
    unlock(qtbot, window, "not the passphrase")
    qtbot.waitUntil(lambda: not window.drafts.locked, timeout=TIMEOUT)
    assert not services.encrypted
    assert window.drafts.list.count() == 0
    assert WORDS.encode() not in every_byte(profile)


def test_protecting_shows_progress_and_cancel_leaves_the_drafts_as_they_were(
    qtbot: QtBot, window: MainWindow
) -> None:
    start_draft(qtbot, window)
    services = window.services
    assert services is not None
    held = threading.Event()
    # The writer is busy for a moment (a save), so Cancel comes before protecting starts.
    window.runner.submit(lambda _ctx: held.wait(10), name="busy", write=True)
    window.safety.protect_or_change()
    dialog = window.safety.dialog
    qtbot.keyClicks(dialog.new, PASSPHRASE)
    qtbot.keyClicks(dialog.again, PASSPHRASE)
    dialog.ok.click()
    progress = window.safety.progress
    assert progress is not None
    progress.findChild(QPushButton).click()  # its Cancel button
    held.set()
    qtbot.waitUntil(lambda: "Cancelled" in window.status_label.text(), timeout=TIMEOUT)
    assert not services.encrypted
    assert window.safety.progress is None
    protect(qtbot, window)  # and it can be done afterwards


def test_a_protected_profile_starts_locked_with_the_history_readable(
    qtbot: QtBot,
    window: MainWindow,
    profile: ProfilePaths,
    started: Callable[[ProfilePaths], MainWindow],
) -> None:
    start_draft(qtbot, window)
    protect(qtbot, window)
    window.close()
    again = started(profile)
    assert again.reader.chapter is not None  # the history is shown without the passphrase
    qtbot.waitUntil(lambda: again.drafts.locked, timeout=TIMEOUT)
    assert again.services is not None
    assert again.services.locked
    again.show_inbox()
    assert again.tabs.currentWidget() is again.drafts
    assert not again.safety.lock_action.isEnabled() or again.services.locked
    unlock(qtbot, again, PASSPHRASE)
    qtbot.waitUntil(lambda: again.drafts.list.count() == 1, timeout=TIMEOUT)
    again.close()


def test_quick_delete_asks_a_word_counts_down_and_leaves_no_trace(
    qtbot: QtBot, window: MainWindow, profile: ProfilePaths
) -> None:
    start_draft(qtbot, window, name="Quarnholt Test Group")
    editor = window.drafts.editor
    qtbot.keyClicks(editor.text, WORDS)
    protect(qtbot, window)
    window.settings.setValue("export/folder", "/media/stick/Quarnholt")
    window.safety.ask_quick_delete()
    dialog = window.safety.dialog
    assert isinstance(dialog, QuickDeleteDialog)
    assert not dialog.go.isEnabled()
    qtbot.keyClicks(dialog.field, "delet")
    assert not dialog.go.isEnabled()
    qtbot.keyClicks(dialog.field, "e")
    dialog.go.click()
    assert "Deleting in 3" in dialog.countdown.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()  # changed my mind
    qtbot.wait(3500)
    services = window.services
    assert services is not None
    assert services.encrypted
    assert window.drafts.list.count() == 1

    window.safety.ask_quick_delete()
    dialog = window.safety.dialog
    qtbot.keyClicks(dialog.field, "delete")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not services.encrypted, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Removed" in window.status_label.text(), timeout=TIMEOUT)

    assert "the key to your drafts" in window.status_label.text()
    qtbot.waitUntil(lambda: not window.drafts.locked, timeout=TIMEOUT)
    assert window.drafts.list.count() == 0
    assert window.drafts.editor.draft is None
    window.settings.sync()
    data = every_byte(profile)
    for trace in (WORDS, "Quarnholt", "Mirrowfield"):
        assert trace.encode() not in data, trace
    assert window.reader.chapter is not None


def test_the_confirming_word_counts_with_its_accents_anywhere() -> None:
    from coact_desktop.words.quick_delete import same_word

    assert same_word("xoá", "xóa")  # the tone mark on the other vowel, as some input methods
    assert same_word(" Delete ", "delete")
    assert same_word("ลบ", "ลบ")
    assert same_word("«удалить»", "удалить")  # copied with the quotes the sentence shows
    assert not same_word("", "delete")
    assert not same_word("delet", "delete")


def test_the_drafts_lock_themselves_after_the_chosen_idle_time(
    qtbot: QtBot, window: MainWindow
) -> None:
    start_draft(qtbot, window)
    protect(qtbot, window)
    services = window.services
    assert services is not None
    safety = window.safety
    assert safety.lock_after() == 15  # the default
    assert safety._watching  # keys and clicks are watched only while encrypted drafts are open
    safety._last_input -= 14 * 60
    safety._lock_if_idle()
    assert not window.drafts.locked
    safety._last_input -= 2 * 60
    safety._lock_if_idle()
    assert window.drafts.locked
    qtbot.waitUntil(lambda: services.locked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not safety._watching, timeout=TIMEOUT)
    # "Never": no lock however long nobody is there.
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.drafts.locked, timeout=TIMEOUT)
    never = next(a for a in safety.idle_menu.actions() if a.text() == "Never")
    never.trigger()
    assert safety.lock_after() == 0
    safety._last_input -= 24 * 3600
    safety._lock_if_idle()
    assert not window.drafts.locked


def test_each_passphrase_dialog_shows_only_its_own_fields(qtbot: QtBot) -> None:
    shown = {}
    for mode in ("protect", "change", "duress"):
        dialog = PassphraseDialog(mode)
        qtbot.addWidget(dialog)
        dialog.show()
        fields = ("old", "new", "again", "duress", "duress_again", "with_duress", "delete_first")
        shown[mode] = {name for name in fields if getattr(dialog, name).isVisible()}
        dialog.close()
    duress = {"duress", "duress_again", "delete_first"}
    assert shown["protect"] == {"new", "again", "with_duress", *duress}
    assert shown["change"] == {"old", "new", "again"}
    assert shown["duress"] == {"old", *duress}


def test_a_photo_attached_to_protected_drafts_is_sealed_and_still_shows(
    qtbot: QtBot, window: MainWindow, profile: ProfilePaths, tmp_path: Path
) -> None:
    from PIL import Image

    start_draft(qtbot, window)
    protect(qtbot, window)
    photo = tmp_path / "IMG_0001 Mirrowfield stall.png"
    Image.new("RGB", (40, 30), "purple").save(photo)
    view, editor = window.drafts, window.drafts.editor
    with qtbot.waitSignal(view.saved, timeout=TIMEOUT):
        view.attach_file(photo, "Our stall")
    assert editor.files.list.count() == 1
    assert not editor.files.list.item(0).icon().isNull()  # decoded from the sealed copy
    names = [p.name for p in (profile.data_dir / "attachments").iterdir()]
    assert len(names) == 1
    assert names[0].endswith(".sealed")
    (attachment,) = editor.draft.attachments
    assert attachment.sha256 not in names[0]


def test_locking_empties_the_inbox_widgets_not_only_hides_them(window: MainWindow) -> None:
    inbox = window.inbox
    inbox.title.setText("TEST group name")
    inbox.text.setPlainText("TEST TEXT: a received history naming someone.")
    inbox.diff.setPlainText("TEST TEXT: what changed.")
    inbox.forget()
    assert inbox.title.text() == ""
    assert inbox.text.toPlainText() == ""
    assert inbox.diff.toPlainText() == ""
    assert not inbox.details.isVisible()
