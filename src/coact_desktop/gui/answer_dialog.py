"""Coact answers a group from its inbox: the decision, a word, notes and wording per section."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.errors import PassphraseError
from coact_desktop.core.exchange.answer_format import Reply, SectionNote
from coact_desktop.core.exchange.answers import ALLOWED
from coact_desktop.core.exchange.export import file_stem
from coact_desktop.gui.errors import describe
from coact_desktop.gui.form_rows import add_row_with_button
from coact_desktop.gui.tasks import TaskContext, TaskRunner

EXTENSION = ".coactanswer"


class AnswerDialog(QDialog):
    """Write one signed answer to a received bundle; nothing is sent, a file is saved."""

    def __init__(
        self,
        services: Any,
        runner: TaskRunner,
        settings: QSettings,
        bundle_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._runner, self._settings = services, runner, settings
        self.item = services.inbox.item(bundle_id)
        self._sections = list(services.inbox.history(bundle_id).sections)
        self._notes: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self.written: Path | None = None
        self.setWindowTitle(
            self.tr("Answer {group}, file {n}").format(
                group=self.item.group_name, n=self.item.sequence
            )
        )
        self.resize(900, 640)
        self.decision = QComboBox(self)
        for decision in ALLOWED.get(self.item.state, ()):
            self.decision.addItem(decision_text(decision), decision)
        self.comment = QPlainTextEdit(self)
        self.comment.setAccessibleName(self.tr("A word to the group"))
        self.comment.setMaximumHeight(self.comment.fontMetrics().lineSpacing() * 6)
        self.edition = QSpinBox(self)
        self.edition.setRange(0, 10**6)
        self.edition.setSpecialValueText(self.tr("not in an edition yet"))
        self.edition.setAccessibleName(self.tr("The edition the history went into"))
        self.section_list = QListWidget(self)
        self.section_list.setAccessibleName(self.tr("The history's sections"))
        for title, _body in self._sections:
            self.section_list.addItem(QListWidgetItem(title))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("A note on this section"))
        self.wording = QPlainTextEdit(self)
        self.wording.setAccessibleName(self.tr("Coact's wording of this section"))
        self.wording.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.key_path = QLineEdit(str(settings.value("publishing/key", "")), self)
        self.key_path.setAccessibleName(self.tr("Publishing key file"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the publishing key"))
        folder = str(settings.value("publishing/folder", "")) or str(Path.home())
        self.folder = QLineEdit(folder, self)
        self.folder.setAccessibleName(self.tr("Folder to save the answer in"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.write_button = QPushButton(self.tr("W&rite the answer…"), self)
        self.write_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self._layout()
        self.section_list.currentRowChanged.connect(self._section_chosen)
        self.note.textEdited.connect(self._keep_section)
        self.wording.textChanged.connect(self._keep_section)
        self.write_button.clicked.connect(self.write)
        self.close_button.clicked.connect(self.reject)
        self.status.setText(self._sealed_text())
        if self._sections:
            self.section_list.setCurrentRow(0)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Decision:"), self.decision)
        form.addRow(self.tr("A &word to the group:"), self.comment)
        form.addRow(self.tr("In &edition:"), self.edition)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        note_label = QLabel(self.tr("&Note on this section:"), right)
        note_label.setBuddy(self.note)
        wording_label = QLabel(
            self.tr("Coact's wording (leave it as the group wrote it to suggest no change):"),
            right,
        )
        wording_label.setWordWrap(True)
        column.addWidget(note_label)
        column.addWidget(self.note)
        column.addWidget(wording_label)
        column.addWidget(self.wording, 1)
        sections = QSplitter(self)
        sections.addWidget(self.section_list)
        sections.addWidget(right)
        sections.setSizes([240, 620])
        sections_label = QLabel(self.tr("&Sections:"), self)
        sections_label.setBuddy(self.section_list)
        files = QFormLayout()
        choose_key = QPushButton(self.tr("Choose…"), self)
        choose_key.clicked.connect(self._choose_key)
        choose_folder = QPushButton(self.tr("Choose…"), self)
        choose_folder.clicked.connect(self._choose_folder)
        add_row_with_button(files, self, self.tr("Publishing &key:"), self.key_path, choose_key)
        files.addRow(self.tr("Pass&phrase:"), self.passphrase)
        add_row_with_button(files, self, self.tr("Save &to:"), self.folder, choose_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(sections_label)
        outer.addWidget(sections, 1)
        outer.addLayout(files)
        outer.addLayout(buttons)

    def _sealed_text(self) -> str:
        if self.item.answer_recipient:
            return self.tr("The answer is encrypted to the group: only its program can read it.")
        return self.tr(
            "This group's file named no key for answers (an older program): the answer is "
            "signed but not encrypted, and whoever carries it can read it."
        )

    # -- sections ----------------------------------------------------------------------------

    def _section_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._sections):
            return
        title, body = self._sections[row]
        # Filling the fields is not the editor's typing: keep it from counting as a change.
        for field in (self.note, self.wording):
            field.blockSignals(True)
        self.note.setText(self._notes.get(title, ""))
        self.wording.setPlainText(self._texts.get(title, body))
        for field in (self.note, self.wording):
            field.blockSignals(False)

    def _keep_section(self, *_args: object) -> None:
        row = self.section_list.currentRow()
        if not 0 <= row < len(self._sections):
            return
        title, body = self._sections[row]
        self._notes[title] = self.note.text()
        wording = self.wording.toPlainText()
        if wording.strip() == body.strip():
            self._texts.pop(title, None)
        else:
            self._texts[title] = wording
        item = self.section_list.item(row)
        font = item.font()
        font.setBold(bool(self._notes[title].strip()) or title in self._texts)
        item.setFont(font)

    def reply(self) -> Reply:
        """The answer as it stands in the fields."""
        notes = tuple(
            SectionNote(title, self._notes.get(title, "").strip(), self._texts.get(title))
            for title, _body in self._sections
            if self._notes.get(title, "").strip() or title in self._texts
        )
        comment, edition = self.comment.toPlainText().strip(), self.edition.value() or None
        return Reply(self.decision.currentData(), comment, notes, edition)

    # -- files -------------------------------------------------------------------------------

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The publishing key"), self.key_path.text()
        )
        if path:
            self.key_path.setText(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Save the answer in"), self.folder.text()
        )
        if path:
            self.folder.setText(path)

    def target(self) -> Path:
        """Where the answer is saved: ``<group>-<n>-answer.coactanswer`` in the folder chosen."""
        name = f"{file_stem(self.item.group_name)}-{self.item.sequence}-answer{EXTENSION}"
        return Path(self.folder.text().strip()) / name

    def write(self) -> None:
        """Sign and save the answer in a task; the window stays usable meanwhile."""
        key = Path(self.key_path.text().strip())
        if not self.key_path.text().strip() or not key.is_file():
            self.status.setText(self.tr("Choose the publishing key file first."))
            self.key_path.setFocus()
            return
        if not Path(self.folder.text().strip()).is_dir():
            self.status.setText(self.tr("Choose a folder to save the answer in."))
            self.folder.setFocus()
            return
        target = self.target()
        if target.exists():
            self.status.setText(
                self.tr("{name} is there already: choose another folder.").format(name=target.name)
            )
            self.folder.setFocus()
            return
        self._settings.setValue("publishing/key", str(key))
        self._settings.setValue("publishing/folder", self.folder.text().strip())
        reply, passphrase = self.reply(), self.passphrase.text()
        answers, bundle_id = self._services.answers, self.item.bundle_id

        def sign(_ctx: TaskContext) -> Path:
            from coact_desktop.core.exchange.editions import open_publishing_key

            answers.write(bundle_id, reply, open_publishing_key(key, passphrase), target)
            return target

        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Signing the answer…"))
        self._runner.submit(
            sign, name="answer", write=False, done=self._written, failed=self._failed
        )

    def _written(self, target: Path) -> None:
        self.write_button.setEnabled(True)
        self.passphrase.clear()
        self.written = target
        self.status.setText(
            self.tr("Saved {path}. Send it to the group as it is, by any way.").format(path=target)
        )
        self.close_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.status.setText(describe(error))
        if isinstance(error, PassphraseError):
            self.passphrase.selectAll()
            self.passphrase.setFocus()


def decision_text(decision: str) -> str:
    """A decision in the editor's words."""
    words = {
        #: Coact's decision on a group's history: taken into the library.
        "accepted": QCoreApplication.translate("AnswerDialog", "Accepted"),
        "accepted_with_changes": QCoreApplication.translate(
            "AnswerDialog", "Accepted with changes"
        ),
        "changes_requested": QCoreApplication.translate("AnswerDialog", "Changes asked for"),
    }
    return words.get(decision, decision)
