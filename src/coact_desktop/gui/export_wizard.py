"""The export wizard: check the draft, choose how to send it, sign, encrypt and write it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coact_desktop.core.errors import PassphraseError
from coact_desktop.core.exchange.preflight import Problem, preflight
from coact_desktop.gui.errors import describe
from coact_desktop.gui.tasks import Task, TaskContext, TaskRunner

translate = QCoreApplication.translate
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


def problem_text(problem: Problem, section_titles: tuple[str, ...]) -> str:
    """One pre-flight problem in words, in the user's language."""
    subject = problem.subject
    fields = {
        "name": translate("ExportWizard", "name"),
        "country": translate("ExportWizard", "country"),
        "city": translate("ExportWizard", "city"),
        "founded": translate("ExportWizard", "year founded"),
        "models": translate("ExportWizard", "models of organising"),
    }
    where = (
        section_titles[problem.index]
        if problem.place == "section" and 0 <= problem.index < len(section_titles)
        else translate("ExportWizard", "the timeline")
    )
    texts = {
        "missing_profile_field": (
            translate("ExportWizard", "The group has no name yet: fill in the group profile.")
            if subject == "name"
            else translate("ExportWizard", "The group profile has no {field}.").format(
                field=fields.get(subject, subject)
            )
        ),
        "name_without_consent": translate(
            "ExportWizard",
            "“{name}” appears in “{where}” but has not agreed to be named. Use their "
            "pseudonym, or record their consent under People and consent.",
        ).format(name=subject, where=where),
        "pseudonym_missing": translate(
            "ExportWizard", "{name} is to be shown by a pseudonym, but none is written yet."
        ).format(name=subject),
        "no_consent_record": translate(
            "ExportWizard",
            "{name} is named in event {number} of the timeline but not listed under People and "
            "consent.",
        ).format(name=subject, number=problem.index + 1),
        "attachment_missing": translate(
            "ExportWizard",
            "The attachment “{name}” is missing from this computer; remove it and attach it again.",
        ).format(name=subject),
        "attachment_changed": translate(
            "ExportWizard",
            "The attachment “{name}” has changed since it was attached; remove it and attach "
            "it again.",
        ).format(name=subject),
        "attachment_metadata": translate(
            "ExportWizard",
            "The attachment “{name}” still carries hidden details (place, camera or author); "
            "remove it and attach it again.",
        ).format(name=subject),
        "nothing_written": translate("ExportWizard", "Nothing is written in the draft yet."),
        "attachment_unchecked": translate(
            "ExportWizard",
            "Some pages of “{name}” could not be read to check for names; make sure it names "
            "nobody who has not agreed.",
        ).format(name=subject),
        "name_in_attachment": translate(
            "ExportWizard",
            "The attachment “{name}” contains the real name of someone who has not agreed to "
            "be named. Remove it, or attach a copy without the name.",
        ).format(name=subject),
        "too_long": translate(
            "ExportWizard",
            "“{name}” is longer than a history sent to Coact may be; shorten it (the limits "
            "are in the user guide).",
        ).format(name=fields.get(subject, subject)),
        "too_many": translate(
            "ExportWizard", "There are more {what} than one file to Coact may carry."
        ).format(what=subject),
        "bad_language": translate(
            "ExportWizard",
            "“{code}” is not a language code Coact can read. In the group profile, choose the "
            "language the history is written in, or type its code (such as ky or pt-BR).",
        ).format(code=subject),
        "empty_section": translate(
            "ExportWizard", "The section “{title}” is empty; it will be left out."
        ).format(title=subject),
    }
    return texts.get(problem.code, problem.code)


class ExportWizard(QWizard):
    """Four steps: check, choose, unlock the key, write; every slow step is off the GUI."""

    go_to = Signal(str, int)  # place, index: the person wants to fix a problem there
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        services: Any,
        draft_id: str,
        section_titles: tuple[str, ...],
        runner: TaskRunner,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.draft_id = draft_id
        self.section_titles = section_titles
        self.runner = runner
        self.settings = settings
        self.file_name = ""  # read with the check, off the GUI thread
        self.new_key = True
        self.setWindowTitle(self.tr("Send the history to Coact"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.check_page = CheckPage(self)
        self.options_page = OptionsPage(self)
        self.key_page = KeyPage(self)
        self.write_page = WritePage(self)
        for page in (self.check_page, self.options_page, self.key_page, self.write_page):
            self.addPage(page)
        self.resize(640, 480)
        self.fixing = False  # hidden while the person fixes what the check found

    def fix(self, place: str, index: int) -> None:
        """Step aside while the person fixes a problem; resume() comes back to the check."""
        self.fixing = True
        self.hide()
        self.go_to.emit(place, index)

    def resume(self) -> None:
        """Come back after a fix: check the draft again, from the first page."""
        self.fixing = False
        self.restart()
        self.open()

    def reject(self) -> None:
        """Closing or Cancel stops a running export (its partial file is removed)."""
        self.write_page.cancel()
        super().reject()


class CheckPage(QWizardPage):
    """Pre-flight: what must be fixed before the draft may leave the laptop."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check the draft"))
        self.setSubTitle(self.tr("Nothing leaves this computer until the check is passed."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setWordWrap(True)
        self.go_button = QPushButton(self.tr("Go there to fix it"), self)
        self.go_button.setAutoDefault(False)  # Enter goes on with the wizard
        self.go_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.problems.itemActivated.connect(self._go)
        self.problems.currentItemChanged.connect(
            lambda item, _old: self.go_button.setEnabled(item is not None)
        )
        self.go_button.clicked.connect(lambda: self._go(self.problems.currentItem()))
        self.blocking = True
        self.checked = False

    def initializePage(self) -> None:
        """Run the checks off the GUI thread."""
        self.checked = False
        self.summary.setText(self.tr("Checking…"))
        self.problems.clear()
        services, draft_id = self._wizard.services, self._wizard.draft_id
        runner = self._wizard.runner

        def read(_ctx: TaskContext) -> tuple[Any, str, bool]:
            # On the writer: after any save queued just before, so the check sees the newest
            # text; and everything the later pages need from the database, off the GUI thread.
            draft = services.drafts.get(draft_id)
            name = services.exports.suggested_name(draft_id)
            return draft, name, services.keys.current() is None

        def check(read_back: tuple[Any, str, bool]) -> None:
            draft, name, new_key = read_back

            def run(_ctx: TaskContext) -> tuple[tuple[Problem, ...], str, bool]:
                # On a reader: reading the text of long PDFs must not hold up autosaves.
                return preflight(draft, services.paths.data_dir), name, new_key

            runner.submit(run, name="pre-flight", done=self._show, failed=self._failed)

        runner.submit(read, name="read draft", write=True, done=check, failed=self._failed)

    def _show(self, checked: tuple[tuple[Problem, ...], str, bool]) -> None:
        problems, self._wizard.file_name, self._wizard.new_key = checked
        self.problems.clear()
        for problem in problems:
            mark = self.tr("Must fix") if problem.blocking else self.tr("Note")
            text = problem_text(problem, self._wizard.section_titles)
            item = QListWidgetItem(f"{mark}: {text}")
            item.setData(PLACE_ROLE, (problem.place, problem.index))
            if problem.blocking:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.problems.addItem(item)
        self.blocking = any(p.blocking for p in problems)
        if self.blocking:
            self.summary.setText(
                self.tr(
                    "Some things must be fixed before the history can be sent. Double-click "
                    "one to go there; “Check again” above the draft brings you back here, and "
                    "the check runs again."
                )
            )
        elif problems:
            self.summary.setText(self.tr("Ready to send. A few notes:"))
        else:
            self.summary.setText(self.tr("Ready to send: nothing to fix."))
        self.checked = True
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(describe(error))

    def _go(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        place, index = item.data(PLACE_ROLE)
        self._wizard.fix(place, index)

    def isComplete(self) -> bool:
        """Only a draft with nothing blocking goes on."""
        return self.checked and not self.blocking


class OptionsPage(QWizardPage):
    """Where the file goes, and whether it is encrypted for Coact."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Where to save the file"))
        self.setSubTitle(
            self.tr(
                "The history becomes one file. Take it to Coact on a USB stick, or send it by "
                "e-mail or messenger."
            )
        )
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        self.file_name = QLabel(self)
        self.file_name.setTextFormat(Qt.TextFormat.PlainText)
        self.encrypt = QCheckBox(self.tr("Encrypt it so that only Coact can read it"), self)
        self.encrypt.setChecked(True)
        self.warning = QLabel(
            self.tr(
                "Without encryption, anyone who gets the file (on a lost USB stick, in an "
                "e-mail account, on a phone) can read everything in it. Only send it "
                "unencrypted if you are sure."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fde7e9; color: #4a0008; padding: 6px; }")
        self.warning.hide()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("File name:"), self.file_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        browse.clicked.connect(self._browse)
        self.encrypt.toggled.connect(lambda on: self.warning.setVisible(not on))
        self.folder.textChanged.connect(self.completeChanged)
        self.folder.textChanged.connect(self._say_if_missing)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        layout.insertWidget(1, self.missing)

    def initializePage(self) -> None:
        """Suggest the last folder used and the file's name."""
        saved = str(self._wizard.settings.value("export/folder", "") or "")
        self.folder.setText(saved if saved and Path(saved).is_dir() else str(Path.home()))
        self.file_name.setText(self._wizard.file_name)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _say_if_missing(self, text: str) -> None:
        exists = Path(text).is_dir()
        self.missing.setText(
            "" if exists else self.tr("There is no such folder. Choose one with “Choose…”.")
        )

    def isComplete(self) -> bool:
        """A folder that exists."""
        return Path(self.folder.text()).is_dir()

    def target(self) -> Path:
        """The file to write."""
        return Path(self.folder.text()) / self.file_name.text()


class KeyPage(QWizardPage):
    """The group's signing key: made now on the first export, else unlocked."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.again_label = QLabel(self.tr("Again:"), self)
        self.light = QCheckBox(
            self.tr("This computer is old or has little memory (lighter key protection)"), self
        )
        self.mismatch = QLabel(self)
        self.mismatch.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.again_label, self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.light)
        layout.addWidget(self.mismatch)
        layout.addStretch(1)
        self.passphrase.textChanged.connect(self._changed)
        self.again.textChanged.connect(self._changed)
        self.new_key = True
        self.unlocked: Any = None  # the key, opened on this page: wrong passphrases stay here
        self._unlocking: Task | None = None

    def initializePage(self) -> None:
        """Say whether a key is being made or opened."""
        self.new_key = self._wizard.new_key
        self.unlocked, self._unlocking = None, None
        self.passphrase.setEnabled(True)
        if self.new_key:
            self.setTitle(self.tr("Make your group's signing key"))
            self.setSubTitle(self.tr("It shows Coact that the file comes from your group."))
            self.explain.setText(
                self.tr(
                    "This is your group's first export. Coact Desktop now makes a signing key, "
                    "so that Coact can tell that later files come from you. Choose a passphrase "
                    "of at least 8 characters. Nobody can recover a forgotten passphrase, not "
                    "even Coact: write it down somewhere safe."
                )
            )
        else:
            self.setTitle(self.tr("Unlock your group's signing key"))
            self.setSubTitle(self.tr("The key signs the file, so Coact knows it is yours."))
            self.explain.setText(self.tr("Type the passphrase of your group's signing key."))
        for widget in (self.again, self.again_label, self.light):
            widget.setVisible(self.new_key)
        self.passphrase.clear()
        self.again.clear()

    def validatePage(self) -> bool:
        """An existing key is opened here, off the GUI thread; a wrong passphrase stays here."""
        if self.new_key or self.unlocked is not None:
            return True
        if self._unlocking is None:
            keys, passphrase = self._wizard.services.keys, self.passphrase.text()
            self.mismatch.setText(self.tr("Checking the passphrase…"))
            self.passphrase.setEnabled(False)
            self._unlocking = self._wizard.runner.submit(
                lambda _c: keys.unlock(passphrase),
                name="unlock key",
                done=self._unlocked,
                failed=self._not_unlocked,
            )
        return False

    def _unlocked(self, secret: Any) -> None:
        self._unlocking, self.unlocked = None, secret
        self.passphrase.setEnabled(True)
        self.mismatch.setText("")
        if self._wizard.currentPage() is self:
            self._wizard.next()

    def _not_unlocked(self, error: BaseException) -> None:
        self._unlocking = None
        self.passphrase.setEnabled(True)
        if isinstance(error, PassphraseError):
            # No limit on tries: the key file never locks itself, so none is counted.
            self.mismatch.setText(
                self.tr(
                    "Wrong passphrase. Type it again; check the keyboard's language and Caps Lock."
                )
            )
            self.passphrase.selectAll()
        else:
            self.mismatch.setText(describe(error))
        self.passphrase.setFocus()

    def _changed(self) -> None:
        if not self.new_key and self._unlocking is None and self.mismatch.text():
            self.mismatch.setText("")
            self.completeChanged.emit()
            return
        if self.new_key and self.again.text() and self.again.text() != self.passphrase.text():
            self.mismatch.setText(self.tr("The two passphrases differ."))
        elif self.new_key and 0 < len(self.passphrase.text()) < 8:
            self.mismatch.setText(self.tr("At least 8 characters, please."))
        else:
            self.mismatch.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """A passphrase (typed twice alike, and long enough, for a new key)."""
        text = self.passphrase.text()
        if self.new_key:
            return len(text) >= 8 and text == self.again.text()
        return bool(text) and self._unlocking is None


class WritePage(QWizardPage):
    """Signs, encrypts and writes the file, with progress; then says what was written."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Writing the file"))
        self.setSubTitle(self.tr("This takes a moment; Cancel stops it and leaves nothing behind."))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words = QLabel(self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(self.tr("Key fingerprint words"))
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.words.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.words.setFont(font)
        self.words.setWordWrap(True)
        self.show_folder = QPushButton(self.tr("Show the folder"), self)
        self.show_folder.hide()
        self.copy_path = QPushButton(self.tr("Copy the file's path"), self)
        # Enter finishes the wizard; these buttons only act when clicked or pressed with Space.
        for button in (self.show_folder, self.copy_path):
            button.setAutoDefault(False)
        self.copy_path.hide()
        self.folder_note = QLabel(self)
        self.folder_note.setWordWrap(True)
        self.folder_note.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(self.tr("Back, to change the folder or the key"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.words)
        places = QHBoxLayout()
        places.addWidget(self.show_folder)
        places.addWidget(self.copy_path)
        places.addStretch(1)
        layout.addLayout(places)
        layout.addWidget(self.folder_note)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.back_button.clicked.connect(wizard.back)
        layout.addStretch(1)
        self.show_folder.clicked.connect(self._open_folder)
        self.copy_path.clicked.connect(self._copy_path)
        self.task: Task | None = None
        self.outcome: Any = None
        self.error: BaseException | None = None

    def initializePage(self) -> None:
        """Start the export on the database writer."""
        wizard = self._wizard
        self.outcome, self.error = None, None
        self.setTitle(self.tr("Writing the file"))
        self.setSubTitle(self.tr("This takes a moment; Cancel stops it and leaves nothing behind."))
        self.result.setText(self.tr("Signing and writing…"))
        self.words.clear()
        self.show_folder.hide()
        self.copy_path.hide()
        self.folder_note.clear()
        self.back_button.hide()
        wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.progress.setRange(0, 0)
        exports, draft_id = wizard.services.exports, wizard.draft_id
        target = wizard.options_page.target()
        passphrase = wizard.key_page.passphrase.text()
        light = wizard.key_page.light.isChecked()
        unlocked = wizard.key_page.unlocked
        recipients: list[str] | None = None
        if wizard.options_page.encrypt.isChecked():
            from coact_desktop.core.exchange.age_keys import coact_recipients

            recipients = coact_recipients()
        wizard.settings.setValue("export/folder", str(target.parent))

        def export(ctx: TaskContext) -> Any:
            return exports.export(
                draft_id,
                target,
                passphrase,
                recipients,
                "light" if light else "standard",
                progress=ctx.progress,
                cancel=ctx.cancel,
                unlocked=unlocked,
            )

        self.task = wizard.runner.submit(
            export,
            name="export bundle",
            write=True,
            done=self._done,
            failed=self._failed,
            progress=self._progress,
        )

    def cancel(self) -> None:
        """Stop a running export."""
        if self.task is not None and self.outcome is None and self.error is None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / max(1, total)))

    def _done(self, result: Any) -> None:
        self.outcome = result
        self.setTitle(self.tr("The file is ready"))
        self.setSubTitle(self.tr("Send it to Coact in any way that suits you."))
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        size = result.size
        shown = (
            self.tr("{n} KB").format(n=max(1, round(size / 1024)))
            if size < 1024 * 1024
            else self.tr("{n} MB").format(n=f"{size / 1024 / 1024:.1f}")
        )
        lines = [
            self.tr("Written: {path} ({size}).").format(path=result.path, size=shown),
            self.tr("This is file number {n} from your group.").format(n=result.sequence),
        ]
        if not result.encrypted:
            lines.append(self.tr("It is NOT encrypted: keep it safe."))
        if result.created_key:
            lines.append(
                self.tr(
                    "A signing key was made for your group. Make a backup of it (Keys → Back "
                    "up the signing key…) and keep the passphrase apart from the backup."
                )
            )
        lines.append(
            self.tr(
                "When Coact receives your first file they will phone you to compare these "
                "words. Read them out; never send them with the file:"
            )
            if result.sequence == 1
            else self.tr(
                "Your key's words, in case Coact asks for them again (by phone, never with "
                "the file):"
            )
        )
        self.result.setText("\n\n".join(lines))
        words = result.fingerprint
        self.words.setText("   ".join(" ".join(words[i : i + 2]) for i in range(0, len(words), 2)))
        self.show_folder.show()
        self.copy_path.show()
        # Written: nothing is left to cancel, only to finish.
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self._wizard.exported.emit(result)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self.setSubTitle(self.tr("Nothing was written."))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result.setText(
            self.tr("The file was not written. {reason}").format(reason=describe(error))
        )
        self.back_button.show()
        self.completeChanged.emit()

    def _open_folder(self) -> None:
        if self.outcome is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path.parent))):
            # No file manager here (a bare desktop): say where it is instead of nothing.
            self.folder_note.setText(
                self.tr("No program to show folders was found. The file is here: {path}").format(
                    path=self.outcome.path
                )
            )

    def _copy_path(self) -> None:
        if self.outcome is not None:
            QApplication.clipboard().setText(str(self.outcome.path))
            self.folder_note.setText(self.tr("Copied: {path}").format(path=self.outcome.path))

    def isComplete(self) -> bool:
        """Finish once the file is written."""
        return self.outcome is not None

    def isFinalPage(self) -> bool:
        """The last step."""
        return True
