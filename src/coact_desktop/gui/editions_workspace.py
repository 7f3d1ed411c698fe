"""Coact's editions workspace: choose and order the histories, add chapters, preview, publish."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.errors import Cancelled, PassphraseError
from coact_desktop.core.exchange.edition_plan import EditionPlan, PlannedHistory
from coact_desktop.core.library.edition import Edition, load_edition
from coact_desktop.core.library.edition_compose import ChapterSource, read_markdown, title_of
from coact_desktop.gui.edition_preview import EditionPreview
from coact_desktop.gui.errors import describe, show_error
from coact_desktop.gui.form_rows import add_row_with_button
from coact_desktop.gui.tasks import Task, TaskContext, TaskRunner

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 400  # the plan is saved this long after the last change


@dataclass(frozen=True)
class WorkspaceStart:
    """The edition the next one is made from, unpacked (off the GUI thread) into ``work``."""

    work: tempfile.TemporaryDirectory[str]
    edition: Edition
    version: int


def prepare_start(services: Any) -> WorkspaceStart:
    """Unpack and check the last edition published here (a task: a full pack takes a while)."""
    work = tempfile.TemporaryDirectory(prefix="coact-workspace-")
    try:
        folder = services.publishing.start(Path(work.name))
        return WorkspaceStart(work, load_edition(folder), services.publishing.next_version(folder))
    except BaseException:
        work.cleanup()
        raise


class EditionsWorkspace(QDialog):
    """The next edition as Coact's editors make it; every change is kept in the profile."""

    def __init__(
        self,
        services: Any,
        runner: TaskRunner,
        settings: QSettings,
        start: WorkspaceStart,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Editions workspace"))
        self.setObjectName("editions-workspace")
        self._services = services
        self._runner = runner
        self._settings = settings
        self._work = start.work
        self._plan: EditionPlan = services.publishing.plan()
        self._chapters: list[ChapterSource] = list(self._plan.chapters)
        self._start = start.edition
        self._version = start.version
        self._models = [(c.slug, c.title) for c in self._start.chapters if c.kind == "model"]
        self.preview: EditionPreview | None = None
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._published_now = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setText(
            self.tr("Edition {new}, made from edition {old} of {date}.").format(
                new=self._version, old=self._start.version, date=self._start.date
            )
        )
        self.histories = QListWidget(self)
        self.histories.setAccessibleName(self.tr("Accepted histories"))
        self.histories.setAccessibleDescription(
            self.tr("Ticked histories go into the edition, in this order.")
        )
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.model = QComboBox(self)
        self.model.setAccessibleName(self.tr("Model of organising"))
        self.model.addItem(self.tr("No model: under “Groups' own histories”"), "")
        for slug, title in self._models:
            self.model.addItem(title, slug)
        self.chapters = QListWidget(self)
        self.chapters.setAccessibleName(self.tr("Chapters of the edition"))
        self.add_button = QPushButton(self.tr("&Add a chapter from Markdown…"), self)
        self.replace_button = QPushButton(self.tr("&Replace with Markdown…"), self)
        self.undo_button = QPushButton(self.tr("Take the change &out"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("What's new, for readers"))
        self.notes.setPlaceholderText(self.tr("What is new in this edition, in a few lines."))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlainText(self._plan.notes)
        self.key_path = QLineEdit(self)
        self.key_path.setAccessibleName(self.tr("Publishing key file"))
        self.key_path.setText(str(settings.value("publishing/key", "", str)))
        self.key_button = QPushButton(self.tr("Choose…"), self)
        self.key_button.setAccessibleName(self.tr("Choose the publishing key file"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the publishing key"))
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder to save the edition in"))
        self.folder.setText(str(settings.value("publishing/folder", str(Path.home()), str)))
        self.folder_button = QPushButton(self.tr("Choose…"), self)
        self.folder_button.setAccessibleName(self.tr("Choose the folder"))
        self.preview_button = QPushButton(self.tr("Pre&view as readers will see it"), self)
        self.publish_button = QPushButton(self.tr("&Publish…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self._layout()
        self._fill_histories()
        self._fill_chapters()

        self.histories.itemChanged.connect(self._changed)
        self.histories.currentRowChanged.connect(self._history_selected)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.model.activated.connect(self._model_chosen)
        self.add_button.clicked.connect(lambda: self.add_chapter())
        self.replace_button.clicked.connect(lambda: self.replace_chapter())
        self.undo_button.clicked.connect(self.take_out)
        self.chapters.currentRowChanged.connect(self._chapter_selected)
        self.notes.textChanged.connect(self._changed)
        self.key_button.clicked.connect(self._choose_key)
        self.folder_button.clicked.connect(self._choose_folder)
        self.preview_button.clicked.connect(self.show_preview)
        self.publish_button.clicked.connect(self.publish)
        self.close_button.clicked.connect(self.close)
        self.histories.setCurrentRow(0)
        self._chapter_selected(self.chapters.currentRow())
        self.resize(980, 680)

    def _layout(self) -> None:
        left = QGroupBox(self.tr("&Groups' histories"), self)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        column = QVBoxLayout(left)
        column.addWidget(self.histories, 1)
        column.addLayout(moves)
        under = QLabel(self.tr("Under the &model:"), left)
        under.setBuddy(self.model)
        column.addWidget(under)
        column.addWidget(self.model)
        middle = QGroupBox(self.tr("C&hapters"), self)
        column = QVBoxLayout(middle)
        column.addWidget(self.chapters, 1)
        column.addWidget(self.add_button)
        column.addWidget(self.replace_button)
        column.addWidget(self.undo_button)
        lists = QHBoxLayout()
        lists.addWidget(left, 1)
        lists.addWidget(middle, 1)
        form = QFormLayout()
        form.addRow(self.tr("What's &new:"), self.notes)
        add_row_with_button(form, self, self.tr("Publishing &key:"), self.key_path, self.key_button)
        form.addRow(self.tr("Pa&ssphrase:"), self.passphrase)
        add_row_with_button(form, self, self.tr("Save &to:"), self.folder, self.folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addLayout(lists, 3)
        outer.addLayout(form, 1)
        outer.addLayout(buttons)

    # -- histories -------------------------------------------------------------------------

    def _fill_histories(self) -> None:
        candidates = {c.group_id: c for c in self._services.publishing.candidates()}
        planned = [h for h in self._plan.histories if h.group_id in candidates]
        models = dict(self._models)
        self.histories.blockSignals(True)
        self.histories.clear()
        chosen = {h.group_id: h.model for h in planned}
        # The plan's histories in its order, then the others (by name) to be ticked.
        order = [*chosen, *(g for g in candidates if g not in chosen)]
        for group_id in order:
            item = QListWidgetItem()
            item.setData(GROUP_ROLE, group_id)
            item.setData(GROUP_ROLE + 2, candidates[group_id].name)
            item.setData(GROUP_ROLE + 1, chosen.get(group_id) or "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = group_id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self._label(item, models)
            self.histories.addItem(item)
        self.histories.blockSignals(False)
        if not candidates:
            self.status.setText(
                self.tr("No history has been accepted in the inbox yet: chapters and notes only.")
            )

    @staticmethod
    def _label(item: QListWidgetItem, models: dict[str, str]) -> None:
        """The group's name, and the model it goes under if one is chosen."""
        name = item.data(GROUP_ROLE + 2)
        model = item.data(GROUP_ROLE + 1)
        item.setText(f"{name}  —  {models[model]}" if model in models else name)
        item.setToolTip(item.text())

    def _history_selected(self, row: int) -> None:
        item = self.histories.item(row)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.histories.count() - 1)
        self.model.setEnabled(item is not None)
        if item is not None:
            self.model.setCurrentIndex(max(0, self.model.findData(item.data(GROUP_ROLE + 1))))

    def _move(self, step: int) -> None:
        row = self.histories.currentRow()
        if not 0 <= row + step < self.histories.count():
            return
        self.histories.blockSignals(True)
        item = self.histories.takeItem(row)
        self.histories.insertItem(row + step, item)
        self.histories.blockSignals(False)
        self.histories.setCurrentRow(row + step)
        self._changed()

    def _model_chosen(self, _index: int) -> None:
        item = self.histories.currentItem()
        if item is None:
            return
        item.setData(GROUP_ROLE + 1, self.model.currentData())
        self._label(item, dict(self._models))
        if item.checkState() != Qt.CheckState.Checked:
            item.setCheckState(Qt.CheckState.Checked)  # placing it means putting it in
        self._changed()

    # -- chapters --------------------------------------------------------------------------

    def _fill_chapters(self) -> None:
        row = self.chapters.currentRow()
        self.chapters.clear()
        replaced = {c.replaces: c for c in self._chapters if c.replaces}
        added: dict[str | None, list[ChapterSource]] = {}
        for source in self._chapters:
            if source.replaces is None:
                added.setdefault(source.after, []).append(source)
        for chapter in self._start.chapters:
            change = replaced.get(chapter.slug)
            if change is None:
                text = chapter.title
            else:
                text = self.tr("{title}  (replaced from {file})").format(
                    title=title_of(change) or chapter.title, file=change.name
                )
            self._chapter_item(text, chapter.slug, change)
            for source in added.get(chapter.slug, []):
                self._added_item(source)
        for source in added.get(None, []):
            self._added_item(source)
        self.chapters.setCurrentRow(max(0, min(row, self.chapters.count() - 1)))

    def _added_item(self, source: ChapterSource) -> None:
        text = self.tr("New: {title}  (from {file})").format(
            title=title_of(source) or source.name, file=source.name
        )
        self._chapter_item(text, None, source)

    def _chapter_item(self, text: str, slug: str | None, change: ChapterSource | None) -> None:
        item = QListWidgetItem(text)
        item.setData(GROUP_ROLE, slug)
        item.setData(GROUP_ROLE + 1, self._chapters.index(change) if change else -1)
        if change is not None:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        item.setToolTip(text)
        self.chapters.addItem(item)

    def _chapter_selected(self, row: int) -> None:
        item = self.chapters.item(row)
        self.replace_button.setEnabled(item is not None and item.data(GROUP_ROLE) is not None)
        self.undo_button.setEnabled(item is not None and item.data(GROUP_ROLE + 1) >= 0)

    def _markdown_file(self, title: str) -> tuple[Path, str] | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            title,
            str(self._settings.value("publishing/markdown", str(Path.home()), str)),
            self.tr("Markdown (*.md *.markdown *.txt);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        self._settings.setValue("publishing/markdown", str(path.parent))
        try:
            return path, read_markdown(path)
        except Exception as exc:
            show_error(self, self.tr("This file cannot be used"), exc)
            return None

    def _after_slug(self) -> str | None:
        """The chapter a new one goes after: the selected one (or the one it follows)."""
        row = self.chapters.currentRow()
        while row >= 0:
            slug = self.chapters.item(row).data(GROUP_ROLE)
            if slug is not None:
                return str(slug)
            row -= 1
        return None

    def add_chapter(self, path: Path | None = None) -> None:
        """Add a chapter from a Markdown file, after the selected chapter."""
        found = (
            (path, read_markdown(path)) if path else self._markdown_file(self.tr("Add a chapter"))
        )
        if found is None:
            return
        source = ChapterSource(found[1], found[0].name, after=self._after_slug())
        if title_of(source) is None:
            QMessageBox.warning(
                self,
                self.tr("No title"),
                self.tr("Start the file with its title on a line of its own, as “# Title”."),
            )
            return
        self._chapters.append(source)
        self._fill_chapters()
        self._changed()

    def replace_chapter(self, path: Path | None = None) -> None:
        """Replace the selected chapter's text with a Markdown file's."""
        item = self.chapters.currentItem()
        if item is None or item.data(GROUP_ROLE) is None:
            return
        #: Title of a file dialog: choose a Markdown file to replace a chapter's text.
        found = (path, read_markdown(path)) if path else self._markdown_file(self.tr("Replace"))
        if found is None:
            return
        slug = str(item.data(GROUP_ROLE))
        self._chapters = [c for c in self._chapters if c.replaces != slug]
        self._chapters.append(ChapterSource(found[1], found[0].name, replaces=slug))
        self._fill_chapters()
        self._changed()

    def take_out(self) -> None:
        """Take the selected chapter's change out of the plan."""
        item = self.chapters.currentItem()
        if item is None or item.data(GROUP_ROLE + 1) < 0:
            return
        del self._chapters[item.data(GROUP_ROLE + 1)]
        self._fill_chapters()
        self._changed()

    # -- the plan --------------------------------------------------------------------------

    def current_plan(self) -> EditionPlan:
        """The plan as the window shows it."""
        histories = []
        for row in range(self.histories.count()):
            item = self.histories.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                model = item.data(GROUP_ROLE + 1) or None
                histories.append(PlannedHistory(str(item.data(GROUP_ROLE)), model))
        return EditionPlan(
            tuple(histories), tuple(self._chapters), self.notes.toPlainText(), started=True
        )

    def _changed(self, *_args: object) -> None:
        self._save_timer.start()

    def save(self) -> None:
        """Keep the plan in the profile (small: done on the GUI thread, whole-file)."""
        self._save_timer.stop()
        try:
            self._services.publishing.save_plan(self.current_plan())
        except OSError as exc:
            self.status.setText(self.tr("The plan could not be saved: {error}").format(error=exc))

    def done(self, result: int) -> None:
        """Save what is on screen, then let the window go (Close, Escape and the title bar's ×)."""
        if not self._published_now:
            self.save()  # after a publish the service has started the next plan: keep it
        if self._task is not None:
            self._task.cancel()
        if self.preview is not None:
            self.preview.close()
            self.preview = None
        super().done(result)
        self._work.cleanup()

    # -- preview and publish ---------------------------------------------------------------

    def show_preview(self) -> None:
        """Build the edition into a throwaway library, off the GUI thread, and show it."""
        self.save()
        plan = self.current_plan()
        publishing = self._services.publishing
        # A folder of its own each time: a second preview must never open the first's library.
        work = Path(tempfile.mkdtemp(dir=self._work.name, prefix="preview-"))

        def build(_ctx: TaskContext) -> Any:
            return publishing.preview(plan, work)

        self._busy(self.tr("Putting the edition together…"))
        self._task = self._runner.submit(
            build, name="preview", done=self._previewed, failed=self._failed
        )

    def _previewed(self, preview: Any) -> None:
        self._idle()
        if not self.isVisible():  # closed while it was being built
            preview.close()
            return
        if self.preview is not None:
            self.preview.close()
        self.preview = EditionPreview(preview, self._runner, self)
        self.preview.show()
        dropped = preview.composed.dropped
        self.status.setText(
            self.tr("Facts no longer quoted by the text are left out: {n}.").format(n=len(dropped))
            if dropped
            else ""
        )

    def publish(self) -> None:
        """Sign and write the edition, after one question that says what will go out."""
        self.save()
        plan = self.current_plan()
        key, folder = Path(self.key_path.text().strip()), Path(self.folder.text().strip())
        if not self.key_path.text().strip() or not key.is_file():
            self.status.setText(self.tr("Choose the publishing key file first."))
            self.key_path.setFocus()
            return
        if not folder.is_dir():
            self.status.setText(self.tr("Choose a folder to save the edition in."))
            self.folder.setFocus()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Publish edition {n}?").format(n=self._version),
            #: {histories} and {chapters} are the two phrases translated just before this one.
            self.tr(
                "Edition {n} will hold {histories} and {chapters}. "
                "It is signed with the key in {key} and saved in {folder}. Readers who import "
                "it see it as it was in the preview."
            ).format(
                n=self._version,
                #: Part of "Edition 5 will hold 3 groups' histories and …".
                histories=self.tr("%n groups' histories", "", len(plan.histories)),
                #: Part of "Edition 5 will hold … and 2 new or changed chapters".
                chapters=self.tr("%n new or changed chapters", "", len(plan.chapters)),
                key=key.name,
                folder=folder,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._settings.setValue("publishing/key", str(key))
        self._settings.setValue("publishing/folder", str(folder))
        passphrase = self.passphrase.text()
        publishing = self._services.publishing

        def sign(ctx: TaskContext) -> Any:
            from coact_desktop.core.exchange.editions import open_publishing_key

            secret = open_publishing_key(key, passphrase)
            return publishing.publish(plan, secret, folder, ctx.cancel)

        self._busy(self.tr("Signing and writing edition {n}…").format(n=self._version))
        self._task = self._runner.submit(
            sign, name="publish", write=True, done=self._published, failed=self._failed
        )

    def _published(self, done: Any) -> None:
        self._idle()
        self._published_now = True
        self.passphrase.clear()
        names = ", ".join(p.name for p in done.copies)
        QMessageBox.information(
            self,
            self.tr("Edition published"),
            self.tr(
                "Saved in {folder}: {names}. Send the small “-delta” file to readers who "
                "have the edition before; the full one to everyone else."
            ).format(folder=self.folder.text(), names=names),
        )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Stopped. Nothing was published."))
            return
        self.status.setText(describe(error))
        if isinstance(error, PassphraseError):
            # A typing slip, not a failure: say so beside the field and let them retype.
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        show_error(self, self.tr("Not done"), error)

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        for button in (self.preview_button, self.publish_button):
            button.setEnabled(False)
        self._progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, self)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self._cancel)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _idle(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._task = None
        for button in (self.preview_button, self.publish_button):
            button.setEnabled(True)
        self.status.setText("")

    def _choose_key(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The publishing key"), self.key_path.text() or str(Path.home())
        )
        if chosen:
            self.key_path.setText(chosen)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Save the edition in"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
