"""The group imports Coact's answer in the window and sees it on its draft; it may take a change.

The history is TEST TEXT; the answer is signed with the throwaway test publishing key.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coact_desktop.core.drafts.model import Draft, Profile, Section
from coact_desktop.core.exchange import answer_format as af
from coact_desktop.core.exchange.bundle_read import open_bundle
from coact_desktop.core.exchange.formats.minisign import LIGHT, SecretKey, encrypt_secret_key
from coact_desktop.core.services import open_services
from coact_desktop.core.storage.paths import resolve_profile
from coact_desktop.gui.answer_dialog import AnswerDialog
from coact_desktop.gui.answer_view import AnswerView
from coact_desktop.gui.main_window import MainWindow

TIMEOUT = 20_000
DRAFT = "6e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b"
CHANGED = "TEST TEXT: We met in 2015, in the back room of a drop-in centre."


def _answered(window: MainWindow, tmp_path: Path, key: SecretKey, decision: str) -> Path:
    """The window's profile sends a TEST history; a Coact profile answers it."""
    group = window.services
    assert group is not None
    draft = Draft(
        id=DRAFT,
        profile=Profile(name="Lanternfolk (test group)", country="Exampleland"),
        sections=(
            Section("How the group began", "TEST TEXT: We met in 2015."),
            Section("What we do", "TEST TEXT: We share news."),
        ),
    )
    group.drafts.create(draft)
    sent = group.exports.export(DRAFT, tmp_path / "out", "throwaway passphrase", None, "light")
    coact = open_services(resolve_profile(tmp_path / "coact"))
    try:
        with open_bundle(sent.path, None) as bundle:
            item, _ = coact.inbox.receive(bundle)
        coact.inbox.confirm_key(item.bundle_id)
        if decision.startswith("accepted"):
            coact.inbox.accept(item.bundle_id)
        reply = af.Reply(
            decision,
            "TEST COMMENT: thank you for your history.",
            (af.SectionNote("How the group began", "TEST COMMENT: we added where.", CHANGED),),
            None,
        )
        target = tmp_path / "answer.coactanswer"
        coact.answers.write(item.bundle_id, reply, key, target)
    finally:
        coact.close()
    return target


def test_an_answer_shows_on_its_draft_and_a_change_can_be_taken(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    answer = _answered(window, tmp_path, throwaway_keys["publishing-1"], "accepted_with_changes")
    window.import_files([answer])
    drafts = window.drafts
    qtbot.waitUntil(lambda: drafts.coact_answers.view is not None, timeout=TIMEOUT)
    view = drafts.coact_answers.view
    assert isinstance(view, AnswerView)
    assert window.tabs.currentWidget() is drafts
    assert drafts.editor.draft is not None
    assert drafts.editor.draft.id == DRAFT
    assert view.comment.text() == "TEST COMMENT: thank you for your history."
    text = view.detail.toPlainText()
    assert "TEST COMMENT: we added where." in text
    assert "drop-in centre" in text  # Coact's words, marked as added
    assert "line-through" in view.detail.toHtml()
    assert view.take_button.isEnabled()
    view.take_button.click()
    assert drafts.editor.draft.sections[0].body == CHANGED
    assert drafts.editor.text.toPlainText() == CHANGED
    assert not view.take_button.isEnabled()  # nothing more to take
    assert "already says it as Coact does" in view.detail.toPlainText()
    # Saved as any edit is.
    qtbot.waitUntil(lambda: not drafts.pending, timeout=TIMEOUT)
    assert window.services is not None
    assert window.services.drafts.get(DRAFT).sections[0].body == CHANGED


def test_reopening_the_draft_says_coact_has_answered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    answer = _answered(window, tmp_path, throwaway_keys["publishing-1"], "accepted")
    assert window.services is not None
    window.services.answers.import_answer(answer)  # as from the command line
    window._build_views()
    window.drafts.open_draft(DRAFT)
    notice = window.drafts.editor.notice
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=TIMEOUT)
    assert "Coact has answered this history" in notice.text.text()
    notice.action.click()
    view = window.drafts.coact_answers.view
    assert isinstance(view, AnswerView)
    assert view.heading.text().startswith("<b>Accepted</b>: Coact's answer to bundle 1")


def test_an_answer_for_another_profile_is_refused_with_its_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    other = open_services(resolve_profile(tmp_path / "other-group"))
    try:
        # Another group's laptop sends; Coact answers it; this window tries to import that.
        answer = _answered_elsewhere(other, tmp_path, throwaway_keys["publishing-1"])
    finally:
        other.close()
    window.import_files([answer])
    qtbot.waitUntil(lambda: window.answer_refusal is not None, timeout=TIMEOUT)
    assert window.answer_refusal is not None
    # Encrypted to the other group's key: this profile cannot even open it.
    assert "sent to another computer" in window.answer_refusal.text()
    assert window.drafts.coact_answers.view is None


def _answered_elsewhere(group: object, tmp_path: Path, key: SecretKey) -> Path:
    class Holder:
        services = group

    return _answered(Holder(), tmp_path, key, "changes_requested")  # type: ignore[arg-type]


def test_coact_answers_a_group_from_its_inbox_and_the_group_reads_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    """The window is Coact's: it answers a received TEST history; the group's profile reads it."""
    coact = window.services
    assert coact is not None
    group = open_services(resolve_profile(tmp_path / "group"))
    try:
        group.drafts.create(
            Draft(
                id=DRAFT,
                profile=Profile(name="Lanternfolk (test group)", country="Exampleland"),
                sections=(
                    Section("How the group began", "TEST TEXT: We met in 2015."),
                    Section("What we do", "TEST TEXT: We share news."),
                ),
            )
        )
        sent = group.exports.export(DRAFT, tmp_path / "out", "throwaway passphrase", None, "light")
        with open_bundle(sent.path, None) as bundle:
            item, _ = coact.inbox.receive(bundle)
        coact.inbox.confirm_key(item.bundle_id)
        coact.inbox.accept(item.bundle_id)
        key = tmp_path / "publishing.key"
        key.write_text(encrypt_secret_key(throwaway_keys["publishing-1"], "test passphrase", LIGHT))
        out = tmp_path / "answers"
        out.mkdir()
        window.show_inbox()
        inbox = window.inbox
        inbox.refresh(item.bundle_id)
        qtbot.waitUntil(lambda: inbox.details.isVisible(), timeout=TIMEOUT)
        inbox.answer_button.click()
        dialog = inbox.answer_dialog
        assert isinstance(dialog, AnswerDialog)
        # Accepted: the answer may say accepted, or accepted with changes; nothing else.
        decisions = [dialog.decision.itemData(i) for i in range(dialog.decision.count())]
        assert decisions == ["accepted", "accepted_with_changes"]
        assert "encrypted to the group" in dialog.status.text()
        dialog.decision.setCurrentIndex(1)
        dialog.comment.setPlainText("TEST COMMENT: thank you for your history.")
        dialog.edition.setValue(3)
        assert dialog.wording.toPlainText() == "TEST TEXT: We met in 2015."
        qtbot.keyClicks(dialog.note, "TEST COMMENT: we added where.")
        dialog.wording.setPlainText(CHANGED)
        dialog.section_list.setCurrentRow(1)  # looked at, left as it is
        dialog.section_list.setCurrentRow(0)
        assert dialog.note.text() == "TEST COMMENT: we added where."
        assert dialog.wording.toPlainText() == CHANGED
        assert dialog.section_list.item(0).font().bold()
        assert not dialog.section_list.item(1).font().bold()
        dialog.key_path.setText(str(key))
        dialog.folder.setText(str(out))
        if os.environ.get("COACT_SHOTS"):  # to look at, as the editor sees it
            dialog.grab().save(str(Path(os.environ["COACT_SHOTS"]) / "answer-dialog.png"))
        dialog.passphrase.setText("wrong passphrase")
        dialog.write_button.click()
        qtbot.waitUntil(lambda: dialog.write_button.isEnabled(), timeout=TIMEOUT)
        assert dialog.written is None
        assert dialog.passphrase.hasFocus() or dialog.passphrase.selectedText()
        assert list(out.iterdir()) == []  # a wrong passphrase writes nothing
        dialog.passphrase.setText("test passphrase")
        dialog.write_button.click()
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=TIMEOUT)
        assert dialog.written is not None
        assert dialog.written.name == "lanternfolk-test-group-1-answer.coactanswer"
        assert "Saved" in dialog.status.text()
        got = group.answers.import_answer(dialog.written)
        assert (got.draft_id, got.decision, got.edition) == (DRAFT, "accepted_with_changes", 3)
        assert got.comment == "TEST COMMENT: thank you for your history."
        assert [(s.title, s.comment, s.text) for s in got.sections] == [
            ("How the group began", "TEST COMMENT: we added where.", CHANGED)
        ]
        dialog.close()
    finally:
        group.close()


def test_the_key_backup_from_the_keys_menu_asks_the_passphrase_and_keeps_the_answer_key(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    throwaway_keys: dict[str, SecretKey],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer = _answered(window, tmp_path, throwaway_keys["publishing-1"], "accepted")
    backup = tmp_path / "coact-key-backup.json"
    asked: list[str] = []

    def passphrase(*args: object, **_kw: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "throwaway passphrase", True

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(backup), ""))
    monkeypatch.setattr(QInputDialog, "getText", passphrase)
    window.menus.keys_menu.backup()
    qtbot.waitUntil(backup.exists, timeout=TIMEOUT)
    assert asked == ["Passphrase of the signing key:"]
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and "The key backup is in" in w.text()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=TIMEOUT,
    )
    # A new laptop restores it and opens Coact's answer, which was encrypted to the old one.
    laptop = open_services(resolve_profile(tmp_path / "laptop"))
    try:
        laptop.keys.restore(backup, "throwaway passphrase")
        assert laptop.answers.import_answer(answer).decision == "accepted"
    finally:
        laptop.close()
