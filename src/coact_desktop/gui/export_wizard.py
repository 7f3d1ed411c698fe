"""The export wizard: check the draft, choose how to send it, sign, encrypt and write it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coact_desktop.gui.export_check_page import CheckPage
from coact_desktop.gui.export_key_page import KeyPage
from coact_desktop.gui.export_write_page import WritePage
from coact_desktop.gui.tasks import TaskRunner
from coact_desktop.gui.theme import tinted


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
        self.warning.setStyleSheet(
            tinted("QLabel { background: #fde7e9; color: #4a0008; padding: 6px; }")
        )
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
