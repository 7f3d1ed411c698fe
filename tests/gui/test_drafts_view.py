"""The drafts workspace driven as a group would: start a draft, write, see it saved, restore."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from coact_desktop.core.drafts.model import Person, Profile
from coact_desktop.gui.draft_dialogs import ProfileDialog
from coact_desktop.gui.main_window import MainWindow

TIMEOUT = 10_000


def start_draft(qtbot: QtBot, window: MainWindow, name: str = "Riverside Users") -> None:
    view = window.drafts
    window.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.draft_opened, timeout=TIMEOUT):
        view.create_draft(Profile(name=name, country="Exampleland", models=("grassroots",)))
    qtbot.waitUntil(lambda: view.list.count() == 1, timeout=TIMEOUT)


def test_the_profile_dialog_asks_for_a_name_first(qtbot: QtBot, window: MainWindow) -> None:
    models = [("grassroots", "Grassroots drug user organising"), ("public-health", "Public Health")]
    dialog = ProfileDialog(models, Profile())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Riverside Users")
    assert ok.isEnabled()
    dialog.founded.setValue(2009)
    dialog.active.setCurrentIndex(dialog.active.findData(True))
    dialog.languages.setText("English, Russian")
    dialog.models.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.profile() == Profile(
        name="Riverside Users",
        founded=2009,
        active=True,
        languages=("English", "Russian"),
        models=("public-health",),
    )


def test_a_new_draft_has_the_guided_sections_and_typing_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    assert editor.sections.count() == 6
    assert editor.sections.item(0).text() == "How the group began"
    assert "When and where did the group start" in editor.prompt.text()
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "We met in 2009.")
    services = window.services
    assert services is not None
    # Waited for by what is saved, not by a save signal: one for an earlier state may land first.
    qtbot.waitUntil(
        lambda: services.drafts.get(editor.draft.id).sections[0].body == "We met in 2009.",
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(lambda: "All changes saved" in editor.status.text(), timeout=TIMEOUT)
    assert editor.words.text() == "4 words"
    # Thai puts no spaces between words: its letters are counted, not its phrases (TEST TEXT).
    editor.text.selectAll()
    editor.text.insertPlainText("พวกเราพบกันครั้งแรก 2009")  # as an input method puts it in
    qtbot.waitUntil(lambda: "characters" in editor.words.text(), timeout=TIMEOUT)
    assert editor.words.text() == "16 characters"  # not "1 word · …": its year is no word count


def test_sections_can_be_added_renamed_and_reordered(qtbot: QtBot, window: MainWindow) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.add_section()
    assert editor.sections.count() == 7
    assert editor.sections.currentRow() == 6
    editor.set_section_title(6, "Our newsletter")
    editor.move_section(-1)
    assert editor.sections.item(5).text() == "Our newsletter"
    qtbot.keyClicks(editor.text, "Four issues.")
    services = window.services
    assert services is not None
    qtbot.waitUntil(
        lambda: services.drafts.get(editor.draft.id).sections[5].body == "Four issues.",
        timeout=TIMEOUT,
    )
    saved = services.drafts.get(editor.draft.id)
    assert [s.title for s in saved.sections][4:] == [
        "Achievements",
        "Our newsletter",
        "Lessons for other groups",
    ]
    assert saved.sections[5].body == "Four issues."


def test_closing_the_window_flushes_the_last_words(qtbot: QtBot, window: MainWindow) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    services = window.services
    assert services is not None
    drafts, draft_id = services.drafts, editor.draft.id
    editor.text.insertPlainText("Typed just before closing.")
    assert window.drafts.pending
    window.close()  # no pause for the autosave timer
    from coact_desktop.core.services import open_services

    reopened = open_services(services.paths)
    try:
        assert reopened.drafts.get(draft_id).sections[0].body == "Typed just before closing."
    finally:
        reopened.close()
    del drafts


def test_a_revision_can_be_compared_and_restored(qtbot: QtBot, window: MainWindow) -> None:
    start_draft(qtbot, window)
    view, editor = window.drafts, window.drafts.editor
    with qtbot.waitSignal(view.saved, timeout=TIMEOUT):
        qtbot.keyClicks(editor.text, "First version.")
    assert window.services is not None
    draft_id = editor.draft.id
    # A later working session replaces the text.
    window.services.drafts.save(editor.draft, reason="edit")
    editor.text.selectAll()
    with qtbot.waitSignal(view.saved, timeout=TIMEOUT):
        qtbot.keyClicks(editor.text, "Second version.")
    view._show_history()
    qtbot.waitUntil(lambda: hasattr(view, "history") and view.history.isVisible(), timeout=TIMEOUT)
    dialog = view.history
    rows = {
        dialog.list.item(r).data(Qt.ItemDataRole.UserRole): r for r in range(dialog.list.count())
    }
    dialog.list.setCurrentRow(rows[1])  # the empty start
    qtbot.waitUntil(dialog.restore.isEnabled, timeout=TIMEOUT)
    assert "Second version." in dialog.diff.toPlainText()
    with qtbot.waitSignal(view.draft_opened, timeout=TIMEOUT):
        dialog.restore.click()
    assert editor.text.toPlainText() == ""
    revisions = window.services.drafts.revisions(draft_id)
    assert revisions[0].reason == "restore"
    assert any(
        "Second version." in window.services.drafts.revision(draft_id, r.number).sections[0].body
        for r in revisions
    )


def test_a_failed_save_keeps_the_text_says_so_and_tries_again(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from coact_desktop.core.errors import DatabaseError
    from coact_desktop.gui import drafts_view

    start_draft(qtbot, window)
    assert window.services is not None
    drafts = window.services.drafts
    real_save = drafts.save
    failures = []

    def full_disk_once(draft, reason="autosave"):  # type: ignore[no-untyped-def]
        if not failures:
            failures.append(draft)
            raise DatabaseError("database or disk is full")
        return real_save(draft, reason)

    monkeypatch.setattr(drafts, "save", full_disk_once)
    monkeypatch.setattr(drafts_view, "RETRY_MS", 300)
    editor = window.drafts.editor
    qtbot.keyClicks(editor.text, "Words that must survive.")
    qtbot.waitUntil(lambda: "Not saved yet" in editor.status.text(), timeout=TIMEOUT)
    assert editor.text.toPlainText() == "Words that must survive."
    qtbot.waitUntil(lambda: "All changes saved" in editor.status.text(), timeout=TIMEOUT)
    assert real_save.__self__.get(editor.draft.id).sections[0].body == "Words that must survive."


def test_a_name_without_consent_is_flagged_and_replaced_by_the_pseudonym(
    qtbot: QtBot, window: MainWindow
) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.pages.setCurrentWidget(editor.people)
    editor.people.add_row()
    table = editor.people.table
    table.item(0, 0).setText("Sam Rivers")
    assert editor.draft.people[0].consent == "withheld"  # the safe default
    editor.pages.setCurrentIndex(0)
    qtbot.keyClicks(editor.text, "Sam Rivers opened the first meeting.")
    qtbot.waitUntil(editor.warning.isVisible)  # after a short pause in typing
    assert "“Sam Rivers” is named in this section" in editor.warning.text()
    assert "1 to check" in editor.pages.tabText(2)
    assert not editor.replace_button.isEnabled()  # no pseudonym yet
    table.item(0, 2).setText("S.")
    editor.people.set_consent(0, "pseudonym")
    qtbot.waitUntil(editor.replace_button.isEnabled)
    editor.replace_button.click()
    assert editor.text.toPlainText() == "S. opened the first meeting."
    assert not editor.warning.isVisible()
    services = window.services
    assert services is not None
    # An autosave of the text as it was typed may still be landing (it once made this test
    # read the old text): wait for the save that follows the replacement.
    qtbot.waitUntil(
        lambda: (
            services.drafts.get(editor.draft.id).sections[0].body == "S. opened the first meeting."
        ),
        timeout=TIMEOUT,
    )
    qtbot.wait(800)  # and no older save lands after it
    saved = services.drafts.get(editor.draft.id)
    assert saved.sections[0].body == "S. opened the first meeting."
    assert saved.people[0].consent == "pseudonym"
    # Naming with consent clears the warning without changing the text.
    editor.people.set_consent(0, "named")
    assert editor.draft.people[0].consent == "named"


def test_the_timeline_keeps_events_and_what_is_not_shown(qtbot: QtBot, window: MainWindow) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.pages.setCurrentWidget(editor.events)
    editor.events.add_row()
    table = editor.events.table
    table.item(0, 0).setText("March 2009")
    table.item(0, 1).setText("2009")
    table.item(0, 2).setText("First meeting.")
    services = window.services
    assert services is not None
    qtbot.waitUntil(
        lambda: [e.text for e in services.drafts.get(editor.draft.id).events] == ["First meeting."],
        timeout=TIMEOUT,
    )
    saved = services.drafts.get(editor.draft.id)
    assert [(e.when, e.year, e.text) for e in saved.events] == [
        ("March 2009", 2009, "First meeting.")
    ]
    table.item(0, 3).setText("Sam Rivers, Alex Moor")
    table.item(0, 4).setText("Riverside Harm Reduction Service")
    assert editor.draft.events[0].people == ("Sam Rivers", "Alex Moor")
    assert editor.draft.events[0].organisations == ("Riverside Harm Reduction Service",)
    table.item(0, 1).setText("not a year")
    assert editor.draft.events[0].year is None
    assert editor.draft.events[0].when == "March 2009 (not a year)"  # kept: nothing typed lost
    # Persian digits are digits; a year of another calendar is kept as words, under When.
    table.item(0, 0).setText("spring")
    table.item(0, 1).setText("۲۰۱۱")
    assert (editor.draft.events[0].when, editor.draft.events[0].year) == ("spring", 2011)
    table.item(0, 1).setText("۱۳۹۰")
    assert (editor.draft.events[0].when, editor.draft.events[0].year) == ("spring (۱۳۹۰)", None)
    table.item(0, 1).setText("²")  # a digit-like sign, not a decimal digit: words, no crash
    assert editor.draft.events[0].year is None
    qtbot.waitUntil(
        lambda: services.drafts.get(editor.draft.id).events[0].when == "spring (²)",
        timeout=TIMEOUT,
    )


def test_preview_shows_the_formatted_draft(qtbot: QtBot, window: MainWindow) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.text.insertPlainText("We met in **2009**:\n\n- peer support\n- outreach")
    editor.preview_button.click()
    assert editor.editing.currentWidget() is editor.preview
    shown = editor.preview.toPlainText()
    assert shown.startswith("Riverside Users")
    assert "How the group began" in shown
    assert "**" not in shown  # formatted, not shown as marks
    assert "peer support" in shown
    assert "What the group does" not in shown  # empty sections are left out
    bold = editor.preview.document().find("2009")
    assert bold.charFormat().fontWeight() >= 600
    editor.preview_button.click()
    assert editor.editing.currentWidget() is editor.text


def test_after_a_crash_the_draft_is_reopened_and_the_recovery_said(
    qtbot: QtBot,
    profile,
    started,  # type: ignore[no-untyped-def]
) -> None:
    first = started(profile)
    start_draft(qtbot, first)
    with qtbot.waitSignal(first.drafts.saved, timeout=TIMEOUT):
        qtbot.keyClicks(first.drafts.editor.text, "Saved before the crash.")
    # The process dies here: no closeEvent, nothing flushed but what autosave wrote.
    second = started(profile)
    qtbot.waitUntil(lambda: second.drafts.editor.draft is not None, timeout=TIMEOUT)
    assert second.tabs.currentWidget() is second.drafts
    assert second.drafts.editor.text.toPlainText() == "Saved before the crash."
    qtbot.waitUntil(lambda: "did not close properly" in second.drafts.editor.status.text())
    second.close()
    # A clean close means no recovery message next time.
    third = started(profile)
    qtbot.wait(300)
    assert "did not close properly" not in third.drafts.editor.status.text()
    third.close()


def test_attaching_a_photo_with_gps_keeps_only_a_clean_copy(
    qtbot: QtBot, window: MainWindow, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    photo = tmp_path / "IMG_2041 Sam Rivers.jpg"
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "E", 4: (0.0, 7.0, 0.0)}
    Image.new("RGB", (40, 30), "green").save(photo, exif=exif)
    original = photo.read_bytes()
    start_draft(qtbot, window)
    view, editor = window.drafts, window.drafts.editor
    with qtbot.waitSignal(view.saved, timeout=TIMEOUT):
        view.attach_file(photo, "Our first stall")
    assert "the place it was taken (GPS)" in editor.files.result.text()
    assert "not copied or changed" in editor.files.result.text()
    assert editor.files.list.count() == 1
    assert editor.files.list.item(0).text() == "Our first stall"
    assert window.services is not None
    saved = window.services.drafts.get(editor.draft.id)
    (attachment,) = saved.attachments
    stored = window.services.paths.data_dir / "attachments" / attachment.file_name
    with Image.open(stored) as image:
        assert not image.getexif()
    assert b"PhoneMaker" not in stored.read_bytes()
    assert photo.read_bytes() == original
    assert not list(window.services.paths.data_dir.rglob("*Sam Rivers*"))


def test_typing_without_a_pause_is_still_saved_within_about_a_second(
    qtbot: QtBot, window: MainWindow
) -> None:
    start_draft(qtbot, window)
    view, editor = window.drafts, window.drafts.editor
    saves: list[object] = []
    view.saved.connect(saves.append)
    for _ in range(40):  # two seconds of typing, a key every 50 ms, never pausing
        qtbot.keyClicks(editor.text, "a")
        qtbot.wait(50)
    assert len(saves) >= 1, "nothing was saved while the typing went on"
    assert window.services is not None
    assert window.services.drafts.get(editor.draft.id).sections[0].body.startswith("aaaa")


def test_formatting_buttons_write_markdown(qtbot: QtBot, window: MainWindow) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.text.setPlainText("Our story\nfirst\nsecond")
    cursor = editor.text.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)  # "Our"
    editor.text.setTextCursor(cursor)
    editor.formatting.bold()
    assert editor.text.toPlainText().startswith("**Our** story")
    cursor = editor.text.textCursor()
    cursor.setPosition(0)
    editor.text.setTextCursor(cursor)
    editor.formatting.heading()
    assert editor.text.toPlainText().splitlines()[0] == "## **Our** story"
    lines = editor.text.toPlainText().splitlines()
    start = len(lines[0]) + 1
    cursor.setPosition(start)
    cursor.setPosition(start + len("first\nsec"), cursor.MoveMode.KeepAnchor)
    editor.text.setTextCursor(cursor)
    editor.formatting.as_list()
    assert editor.text.toPlainText().splitlines()[1:] == ["- first", "- second"]
    editor.formatting.as_list()  # again: back to ordinary lines
    assert editor.text.toPlainText().splitlines()[1:] == ["first", "second"]
    cursor = editor.text.textCursor()
    cursor.setPosition(len(editor.text.toPlainText()))
    cursor.setPosition(len(editor.text.toPlainText()) - len("second"), cursor.MoveMode.KeepAnchor)
    editor.text.setTextCursor(cursor)
    editor.formatting.link()
    assert editor.text.toPlainText().endswith("[second](https://)")
    assert editor.text.textCursor().selectedText() == "https://"
    assert editor.draft.sections[0].body == editor.text.toPlainText()  # and it is saved


def test_the_language_a_history_is_written_in(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ProfileDialog([], Profile(name="G"), None, "ru")
    qtbot.addWidget(dialog)
    assert dialog.language() == "ru"
    dialog.written_in.setCurrentIndex(dialog.written_in.findData("ka"))
    assert dialog.language() == "ka"
    dialog.written_in.setEditText("az")
    assert dialog.language() == "az"
    view = window.drafts
    window.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.draft_opened, timeout=TIMEOUT):
        view.create_draft(Profile(name="Tbilisi group"), "ka")
    assert window.services is not None
    assert window.services.drafts.get(view.editor.draft.id).language == "ka"


def test_a_failed_save_is_retried_even_after_switching_drafts(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from coact_desktop.core.errors import DatabaseError
    from coact_desktop.gui import drafts_view

    start_draft(qtbot, window, "First group")
    view, editor = window.drafts, window.drafts.editor
    first_id = editor.draft.id
    assert window.services is not None
    drafts = window.services.drafts
    real_save, disk_full = drafts.save, [True]

    def save(draft, reason="autosave"):  # type: ignore[no-untyped-def]
        if disk_full[0]:
            raise DatabaseError("The disk is full.", reason="full")
        return real_save(draft, reason)

    monkeypatch.setattr(drafts, "save", save)
    monkeypatch.setattr(drafts_view, "RETRY_MS", 300)
    qtbot.keyClicks(editor.text, "Words of the first group.")
    qtbot.waitUntil(lambda: "Not saved yet" in editor.status.text(), timeout=TIMEOUT)
    with qtbot.waitSignal(view.draft_opened, timeout=TIMEOUT):
        view.create_draft(Profile(name="Second group"))
    assert view.pending  # the first group's words are still held
    disk_full[0] = False
    qtbot.waitUntil(lambda: not view.pending, timeout=TIMEOUT)
    assert real_save.__self__.get(first_id).sections[0].body == "Words of the first group."


def test_the_preview_shows_no_raw_html_and_links_do_not_replace_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.text.insertPlainText('<font color="red">hidden</font> [site](https://example.org)')
    editor.preview_button.click()
    assert "<font" in editor.preview.toPlainText()  # shown as text, not obeyed
    editor.preview.anchorClicked.emit(editor.preview.source())
    assert "site" in editor.preview.toPlainText()


def test_a_table_cell_still_being_typed_in_is_saved_on_close(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    start_draft(qtbot, window)
    editor = window.drafts.editor
    window.activateWindow()
    editor.pages.setCurrentWidget(editor.events)
    editor.events.add_row()  # opens the first cell for typing
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "March 2009")  # no Enter
    assert window.services is not None
    paths, draft_id = window.services.paths, editor.draft.id
    window.close()
    from coact_desktop.core.services import open_services

    reopened = open_services(paths)
    try:
        assert [e.when for e in reopened.drafts.get(draft_id).events] == ["March 2009"]
    finally:
        reopened.close()


def test_the_revision_diff_covers_timeline_people_and_attachments() -> None:
    from coact_desktop.core.drafts.model import Draft, Event
    from coact_desktop.gui.draft_dialogs import diff_html

    before = Draft(id="d", profile=Profile(name="G", city="Riverside"))
    after = Draft(
        id="d",
        profile=Profile(name="G", city="Port", founded=2009),
        events=(Event("2009", "First meeting.", 2009, ("S.",), ("City clinic",)),),
        people=(Person("Sam Rivers", "pseudonym", "S."),),
    )
    html = diff_html(before, after)
    assert "<s>City: Riverside</s>" in html
    assert "City: Port" in html
    assert "Founded: 2009" in html
    assert "2009: First meeting. (S., City clinic)" in html
    assert "Sam Rivers · pseudonym · S." in html


def test_the_timeline_suggests_people_as_they_may_be_shown_and_known_organisations(
    qtbot: QtBot, window: MainWindow
) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.people.set_people(
        (
            Person("Sam Rivers", "pseudonym", "S."),
            Person("Alex Moor", "named"),
            Person("Kim Hidden", "withheld"),
        )
    )
    editor._people_edited(editor.people.rows())
    assert editor.events.people_names.names.stringList() == ["S.", "Alex Moor"]
    organisations = editor.events.organisation_names.names.stringList()
    assert "Asian Network of People who Use Drugs" in organisations
    # Typing after a comma completes only the last name, keeping the ones before it.
    editor.events.add_row()
    table = editor.events.table
    delegate = editor.events.people_names
    line = delegate.createEditor(
        table.viewport(), QStyleOptionViewItem(), table.model().index(0, 3)
    )
    assert isinstance(line, QLineEdit)
    line.setText("Alex Moor, s")
    completer = line.completer()
    assert completer is not None
    completer.setCompletionPrefix(completer.splitPath(line.text())[0])
    assert completer.currentIndex().data() == "S."
    assert completer.currentCompletion() == "Alex Moor, S."


def test_attaching_a_pdf_with_an_author_keeps_only_a_clean_copy(
    qtbot: QtBot, window: MainWindow, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import io

    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    plain = io.BytesIO()
    Image.new("RGB", (40, 30), "green").save(plain, "PDF")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain.getvalue())))
    writer.add_metadata({"/Author": "Sam Rivers", "/Creator": "PhoneMaker"})
    document = tmp_path / "Minutes, Sam Rivers.pdf"
    with document.open("wb") as out:
        writer.write(out)
    start_draft(qtbot, window)
    view, editor = window.drafts, window.drafts.editor
    with qtbot.waitSignal(view.saved, timeout=TIMEOUT):
        view.attach_file(document, "Minutes")
    assert "the author and the program that made it" in editor.files.result.text()
    assert window.services is not None
    (attachment,) = window.services.drafts.get(editor.draft.id).attachments
    assert attachment.media_type == "application/pdf"
    stored = window.services.paths.data_dir / "attachments" / attachment.file_name
    assert b"Sam Rivers" not in stored.read_bytes()
    assert PdfReader(stored).metadata is None


def test_a_new_draft_dialog_starts_in_the_name_and_says_what_is_missing(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QApplication

    dialog = ProfileDialog([("grassroots", "Grassroots drug user organising")], Profile())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    assert dialog.missing.isVisible()
    assert "name" in dialog.missing.text()
    qtbot.keyClicks(dialog.name, "Riverside Users")
    assert not dialog.missing.isVisible()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_formatting_is_off_while_previewing(qtbot: QtBot, window: MainWindow) -> None:
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.text.setPlainText("We met.")
    editor.preview_button.click()
    assert editor.formatting.buttons
    assert not any(b.isEnabled() for b in editor.formatting.buttons)
    editor.formatting.bold()  # Ctrl+B reaches nothing either
    editor.formatting.link()
    editor.formatting.as_list()
    assert editor.draft.sections[0].body == "We met."
    editor.preview_button.click()
    assert all(b.isEnabled() for b in editor.formatting.buttons)


def test_after_a_normal_quit_the_draft_reopens_at_the_same_tab_and_place(
    qtbot: QtBot,
    profile,
    started,  # type: ignore[no-untyped-def]
) -> None:
    from coact_desktop.core.drafts.model import Event

    first = started(profile)
    start_draft(qtbot, first)
    editor = first.drafts.editor
    events = (Event("spring", "One."), Event("summer", "Two."), Event("autumn", "Three."))
    editor.replace_draft(replace(editor.draft, events=events))
    editor.pages.setCurrentWidget(editor.events)
    editor.events.table.setCurrentCell(2, 2)
    first.close()
    second = started(profile)
    reopened = second.drafts.editor
    qtbot.waitUntil(lambda: reopened.draft is not None, timeout=TIMEOUT)
    assert second.tabs.currentWidget() is second.drafts
    assert reopened.pages.currentWidget() is reopened.events
    assert reopened.events.current_cell() == (2, 2)
    assert not reopened.notice.isVisible()  # a clean quit is no crash
    assert second.windowTitle() == "Riverside Users"
    # The text page, at the cursor.
    reopened.pages.setCurrentIndex(0)
    reopened.text.setPlainText("We met in 2009 at the port.")
    cursor = reopened.text.textCursor()
    cursor.setPosition(6)
    reopened.text.setTextCursor(cursor)
    second.close()
    third = started(profile)
    again = third.drafts.editor
    qtbot.waitUntil(lambda: again.draft is not None, timeout=TIMEOUT)
    assert again.pages.currentIndex() == 0
    assert again.text.textCursor().position() == 6
    third.close()


def test_typing_in_a_cell_across_saves_and_refreshes_loses_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication

    start_draft(qtbot, window)
    view, editor = window.drafts, window.drafts.editor
    window.activateWindow()
    editor.pages.setCurrentWidget(editor.events)
    editor.events.add_row()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    cell = QApplication.focusWidget()
    qtbot.keyClicks(cell, "kilo lima")
    assert editor.draft.events[0].when == "kilo lima"  # in the draft at once, editor open
    with qtbot.waitSignal(view.saved, timeout=TIMEOUT):
        view.save_now()
    cell.setCursorPosition(4)  # the person goes back into the word
    editor.events.set_events(editor.draft.events)  # a refresh lands meanwhile
    editor._refresh(0)
    assert QApplication.focusWidget() is cell  # the editor was never closed
    assert (cell.text(), cell.cursorPosition()) == ("kilo lima", 4)
    qtbot.keyClicks(cell, "X")
    assert cell.text() == "kiloX lima"
    qtbot.keyClick(cell, Qt.Key.Key_End)
    with qtbot.waitSignal(view.saved, timeout=TIMEOUT):
        qtbot.keyClicks(cell, " mike")
    assert window.services is not None
    assert window.services.drafts.get(editor.draft.id).events[0].when == "kiloX lima mike"


def test_a_consent_is_chosen_from_its_drop_down_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication, QComboBox

    start_draft(qtbot, window)
    editor = window.drafts.editor
    window.activateWindow()
    editor.pages.setCurrentWidget(editor.people)
    editor.people.add_row()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "Sam Rivers")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    # Opening the drop-down chose nothing: the safe default stands until a choice is made.
    assert editor.draft.people[0].consent == "withheld"
    qtbot.keyClicks(QApplication.focusWidget(), "P")
    assert editor.draft.people[0].consent == "pseudonym"  # kept at once, editor still open
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "S.")
    assert editor.draft.people[0] == Person("Sam Rivers", "pseudonym", "S.")
    assert editor.people.table.item(0, 1).text() == "Pseudonym only"


def test_the_timeline_columns_say_what_they_want(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    start_draft(qtbot, window)
    editor = window.drafts.editor
    window.activateWindow()
    table = editor.events.table
    tips = [table.horizontalHeaderItem(c).toolTip() for c in range(table.columnCount())]
    assert all(tips)
    assert "in words" in tips[0]
    assert "number" in tips[1]
    editor.pages.setCurrentWidget(editor.events)
    editor.events.add_row()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert QApplication.focusWidget().placeholderText() == "e.g. spring 2005"


def test_an_undated_event_reads_as_undated_in_the_revision_diff() -> None:
    from coact_desktop.core.drafts.model import Draft, Event
    from coact_desktop.gui.draft_dialogs import diff_html

    before = Draft(id="d", profile=Profile(name="G"))
    after = Draft(id="d", profile=Profile(name="G"), events=(Event("", "alpha bravo"),))
    html = diff_html(before, after)
    assert "undated: alpha bravo" in html
    assert ": alpha" not in html.replace("undated: alpha", "")
    dated = Draft(id="d", profile=Profile(name="G"), events=(Event("spring", "x", 2005),))
    assert "spring · 2005: x" in diff_html(before, dated)


def test_guided_titles_follow_the_language_the_history_is_written_in(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.drafts
    window.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.draft_opened, timeout=TIMEOUT):
        view.create_draft(Profile(name="Группа"), "ru")
    # The window is in English; the history is written in Russian, and so are its titles.
    assert view.editor.sections.item(0).text() == "Как появилась группа"
    assert "When and where did the group start" in view.editor.prompt.text()
    with qtbot.waitSignal(view.draft_opened, timeout=TIMEOUT):
        view.create_draft(Profile(name="Gruppe"), "de")  # no German (yet): the window's
    assert view.editor.sections.item(0).text() == "How the group began"


def test_after_a_crash_the_recovery_is_a_bar_at_the_top_of_the_draft(
    qtbot: QtBot,
    profile,
    started,  # type: ignore[no-untyped-def]
) -> None:
    first = started(profile)
    start_draft(qtbot, first, "A group with a long name that will not fit in the list")
    with qtbot.waitSignal(first.drafts.saved, timeout=TIMEOUT):
        qtbot.keyClicks(first.drafts.editor.text, "Saved before the crash.")
    second = started(profile)  # the first never closed
    editor = second.drafts.editor
    qtbot.waitUntil(lambda: editor.notice.isVisible(), timeout=TIMEOUT)
    assert "did not close properly" in editor.notice.text.text()
    assert editor.notice.geometry().top() < editor.pages.geometry().top()
    # The list of drafts keeps its width and shows a long name whole.
    listing = second.drafts.list
    assert listing.width() >= 160
    assert listing.wordWrap()
    assert "will not fit" in listing.item(0).toolTip()
    second.close()


def test_the_cursor_is_in_the_text_as_soon_as_a_new_draft_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    start_draft(qtbot, window)
    editor = window.drafts.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.text)
    qtbot.keyClicks(QApplication.focusWidget(), "Typed at once.")
    assert editor.draft.sections[0].body == "Typed at once."


def test_page_keys_work_in_any_language_and_on_the_page_already_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    start_draft(qtbot, window)
    editor = window.drafts.editor
    # The keys are actions of their own, not the tabs' translated mnemonics.
    assert [editor.pages.tabText(i) for i in range(4)] == [
        "Text",
        "Timeline",
        "People and consent",
        "Photos and files",
    ]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.text)
    qtbot.keyClick(editor.text, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert editor.pages.currentWidget() is editor.events
    assert QApplication.focusWidget() is editor.events.table
    qtbot.keyClick(editor.events.table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert editor.pages.currentWidget() is editor.people
    qtbot.keyClick(editor.people.table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.text
    editor.sections.setFocus()  # on the text page, but not in the text
    qtbot.keyClick(editor.sections, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.text
    assert editor.draft.sections[0].body == ""  # no stray letters typed anywhere


def test_ctrl_k_searches_and_never_cuts_the_line_being_written(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtGui import QTextCursor

    window.activateWindow()
    start_draft(qtbot, window)
    editor = window.drafts.editor
    editor.text.setPlainText("Our motto: nothing about us without us.")
    cursor = editor.text.textCursor()
    cursor.setPosition(4)
    editor.text.setTextCursor(cursor)
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.search
    assert editor.text.toPlainText() == "Our motto: nothing about us without us."
    # Also in a table cell (a line editor takes Ctrl+K for the same on Linux).
    window.tabs.setCurrentWidget(window.drafts)
    editor.pages.setCurrentWidget(editor.events)
    editor.events.add_row()
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    cell = QApplication.focusWidget()
    qtbot.keyClicks(cell, "spring 2005")
    cell.setCursorPosition(2)
    qtbot.keyClick(cell, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.events[0].when == "spring 2005"
    del QTextCursor


def test_go_there_lands_on_the_cell_with_the_name(qtbot: QtBot, window: MainWindow) -> None:
    from coact_desktop.core.drafts.model import Event

    start_draft(qtbot, window)
    editor = window.drafts.editor
    events = (Event("spring", "One."), Event("summer", "Two.", None, ("Maria Costa",)))
    editor.replace_draft(replace(editor.draft, events=events))
    window.drafts.go_to("timeline", 1)
    assert editor.pages.currentWidget() is editor.events
    assert editor.events.current_cell() == (1, 3)


def test_names_split_at_a_latin_or_an_arabic_comma() -> None:
    from coact_desktop.gui.draft_tables import split_names

    # A Persian keyboard types "،" (U+060C) for a comma: both separate names.
    assert split_names("Ana, Ben") == ["Ana", "Ben"]
    assert split_names("مریم، علی ,  Ben,") == ["مریم", "علی", "Ben"]
    assert split_names(" , ") == []
