"""The export wizard's last page: sign, encrypt and write the file, with progress and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from coact_desktop.gui.errors import describe
from coact_desktop.gui.tasks import Task, TaskContext

if TYPE_CHECKING:
    from coact_desktop.gui.export_wizard import ExportWizard


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
        # Selectable by keys too, so Tab reaches it and a screen reader reads what was written.
        selectable = (
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.result.setTextInteractionFlags(selectable)
        self.words = QLabel(self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(self.tr("Key fingerprint words"))
        self.words.setTextInteractionFlags(selectable)
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
        # The outcome is what a person (or their screen reader) wants first, and Enter still
        # finishes; focused before Cancel is disabled, which would hand the focus on to a
        # button not yet laid out.
        self.result.setFocus(Qt.FocusReason.OtherFocusReason)
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
        self.result.setFocus(Qt.FocusReason.OtherFocusReason)

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
