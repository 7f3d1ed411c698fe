"""Coact's review inbox: open received bundles, check keys, read, compare, accept or reject."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.errors import KnownError
from coact_desktop.gui.errors import describe
from coact_desktop.gui.rendering import ltr, plain_tip
from coact_desktop.gui.tasks import TaskContext, TaskRunner
from coact_desktop.words.inbox import history_text, state_text, trust_text

if TYPE_CHECKING:
    from coact_desktop.core.exchange.bundle_read import VerifiedBundle

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class InboxView(QWidget):
    """Received bundles beside the one chosen; untrusted text is only ever plain text."""

    library_changed = Signal()

    def __init__(self, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._services: Any = None
        self.open_button = QPushButton(self.tr("Open bundle files…"), self)
        self.identity_button = QPushButton(self.tr("Coact's identity file…"), self)
        self.identity_label = QLabel(self)
        self.identity_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Received bundles"))
        self.messages = QPlainTextEdit(self)
        self.messages.setReadOnly(True)
        self.messages.setAccessibleName(self.tr("What happened to each file"))
        self.messages.setMaximumHeight(110)
        self.messages.hide()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel(self)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust = QLabel(self)
        self.trust.setTextFormat(Qt.TextFormat.PlainText)
        self.trust.setWordWrap(True)
        self.words = QLabel(self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(self.tr("Key fingerprint words"))
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words_font = QFont(self.words.font())
        words_font.setPointSize(words_font.pointSize() + 3)
        words_font.setBold(True)
        self.words.setFont(words_font)
        self.trust_button = QPushButton(self.tr("The words match: trust this key"), self)
        self.accept_button = QPushButton(self.tr("Accept into the library"), self)
        self.reject_button = QPushButton(self.tr("Reject…"), self)
        self.answer_button = QPushButton(self.tr("A&nswer the group…"), self)
        self.answer_dialog: QWidget | None = None
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The history, as plain text"))
        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.diff.setAccessibleName(self.tr("Changes since the group's previous file"))
        self.pages = QTabWidget(self)
        self.pages.addTab(self.text, self.tr("The history"))
        self.pages.addTab(self.diff, self.tr("Changes since the previous file"))
        self.empty = QLabel(
            self.tr(
                "Files that groups send to Coact arrive here. Open one with “Open bundle "
                "files…”: it is checked before anything is kept, and nothing goes into the "
                "library until you accept it."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.identity_button)
        top.addWidget(self.identity_label, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.answer_button)
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.title)
        details.addWidget(self.facts)
        details.addWidget(self.trust)
        details.addWidget(self.words)
        details.addLayout(buttons)
        details.addWidget(self.pages, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.messages)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.details.hide()
        self.open_button.clicked.connect(self._choose_files)
        self.identity_button.clicked.connect(self._choose_identity)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.trust_button.clicked.connect(self.trust_key)
        self.accept_button.clicked.connect(self.accept)
        self.reject_button.clicked.connect(self._ask_reject)
        self.answer_button.clicked.connect(self.answer)
        self._task: Any = None
        # After a decision: the bundle decided on, and the button the focus goes on to.
        self._focus_after: tuple[str, QWidget] | None = None
        self.cancel_button.clicked.connect(lambda: self._task and self._task.cancel())
        self._show_identity()

    # -- set-up ------------------------------------------------------------------------------

    def set_services(self, services: Any) -> None:
        """Connect to the open profile and list what it holds."""
        self._services = services
        self.refresh()

    def chosen_identity(self) -> Path | None:
        """The age identity file chosen here (else the profile's own is used, if it has one)."""
        chosen = str(self._settings.value("inbox/identity", "") or "")
        return Path(chosen) if chosen else None

    def set_identity(self, path: Path) -> None:
        """Remember which identity file opens encrypted bundles."""
        self._settings.setValue("inbox/identity", str(path))
        self._show_identity()

    def _show_identity(self) -> None:
        from coact_desktop.core.exchange.age_keys import COACT_IDENTITY

        path = self.chosen_identity()
        own = self._services is not None and self._services.keys.has_coact_identity()
        name = path.name if path is not None else COACT_IDENTITY if own else None
        self.identity_label.setText(
            self.tr("Identity: {name}").format(name=name)
            if name
            else self.tr("No identity file chosen: only unencrypted files can be opened.")
        )

    def _choose_identity(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Coact's age identity file"), str(Path.home())
        )
        if chosen:
            self.set_identity(Path(chosen))

    # -- receiving ---------------------------------------------------------------------------

    def _choose_files(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open bundle files"),
            str(self._settings.value("inbox/folder", str(Path.home()))),
            self.tr("Coact bundles (*.coact);;All files (*)"),
        )
        if chosen:
            self._settings.setValue("inbox/folder", str(Path(chosen[0]).parent))
            self.open_files([Path(c) for c in chosen])

    def open_files(self, files: list[Path]) -> None:
        """Verify each file and keep the good ones for review; one bad file stops nothing."""
        services = self._services
        if services is None:
            return
        identity = self.chosen_identity()
        private = services.paths.data_dir / "tmp"

        def verify(ctx: TaskContext) -> list[tuple[str, VerifiedBundle | str]]:
            # On a reader thread: decrypting and hashing take a while, and saves must not wait.
            from coact_desktop.core.exchange.bundle_read import verify_bundle

            checked: list[tuple[str, VerifiedBundle | str]] = []  # a bundle, or why it was not
            identities = None
            identity_error: KnownError | None = None
            try:
                identities = services.keys.coact_identities(identity)
            except KnownError as exc:
                identity_error = exc
            try:
                for number, file in enumerate(files):
                    ctx.cancel.raise_if_cancelled()

                    def step(done: int, total: int, number: int = number) -> None:
                        ctx.progress(
                            number * 1000 + int(1000 * done / max(1, total)), len(files) * 1000
                        )

                    try:
                        if identity_error is not None:
                            raise identity_error
                        # The scratch copy (no name, noise on disk) goes in the profile's private
                        # tmp: the system's temp may be shared, or in memory and too small.
                        checked.append(
                            (file.name, verify_bundle(file, private, identities, step, ctx.cancel))
                        )
                    except KnownError as exc:
                        if exc.code == "cancelled":
                            raise
                        checked.append((file.name, exc.message))
                    except OSError as exc:  # our own disk: this file fails, the others go on
                        checked.append((file.name, str(exc.strerror or exc)))
            except BaseException:
                _close_bundles(checked)
                raise
            return checked

        def receive(checked: list[tuple[str, VerifiedBundle | str]]) -> None:
            # On the database writer: only keeping what was verified, one file after another.
            def keep(_ctx: TaskContext) -> list[tuple[str, str, str]]:
                outcomes = []
                try:
                    for name, bundle in checked:
                        if isinstance(bundle, str):
                            outcomes.append((name, "refused", bundle))
                            continue
                        try:
                            item, new = services.inbox.receive(bundle)
                            outcomes.append((name, "new" if new else "again", item.bundle_id))
                        except (KnownError, OSError) as exc:
                            outcomes.append((name, "refused", getattr(exc, "message", str(exc))))
                finally:
                    _close_bundles(checked)
                return outcomes

            self._runner.submit(
                keep,
                name="keep bundles",
                write=True,
                done=self._received,
                failed=self._receive_failed,
            )

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.open_button.setEnabled(False)
        self._task = self._runner.submit(
            verify,
            name="verify bundles",
            done=receive,
            failed=self._receive_failed,
            progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _end(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.open_button.setEnabled(True)
        self._task = None

    def _received(self, outcomes: list[tuple[str, str, str]]) -> None:
        self._end()
        lines = []
        select = None
        for name, outcome, detail in outcomes:
            if outcome == "refused":
                lines.append(self.tr("{file}: refused. {why}").format(file=name, why=detail))
            elif outcome == "again":
                lines.append(
                    self.tr("{file}: already received; nothing changed.").format(file=name)
                )
                select = detail
            else:
                lines.append(self.tr("{file}: checked and kept for review.").format(file=name))
                select = detail
        self.messages.setPlainText("\n".join(lines))
        self.messages.setVisible(bool(lines))
        self.refresh(select)

    def _receive_failed(self, error: BaseException) -> None:
        self._end()
        self.messages.setPlainText(describe(error))
        self.messages.show()

    # -- the list and one bundle -------------------------------------------------------------

    def forget(self) -> None:
        """The drafts were locked or deleted: no received history stays shown."""
        self._services = None
        self.list.clear()
        self.details.hide()
        # Emptied, not only hidden: a group's words and names are not kept in the widgets.
        for label in (self.title, self.facts, self.trust, self.words):
            label.clear()
        for view in (self.text, self.diff, self.messages):
            view.clear()

    def refresh(self, select: str | None = None) -> None:
        """Reload the list from the profile."""
        services = self._services
        if services is None:
            return
        current = select or self.current_id()

        def load(_ctx: TaskContext) -> Any:
            return services.inbox.items()

        def show(items: Any) -> None:
            self.list.blockSignals(True)
            self.list.clear()
            for item in items:
                row = QListWidgetItem(
                    self.tr("{group} — file {n}\n{state}, {date}").format(
                        group=item.group_name,
                        n=item.sequence,
                        state=state_text(item.state),
                        date=ltr(item.received_at.strftime("%Y-%m-%d")),
                    )
                )
                row.setData(ID_ROLE, item.bundle_id)
                row.setToolTip(plain_tip(item.group_name))
                self.list.addItem(row)
                if item.bundle_id == current:
                    self.list.setCurrentItem(row)
            self.list.blockSignals(False)
            self.empty.setVisible(not items)
            if self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
            else:
                self._show(self.list.currentItem())

        self._runner.submit(load, name="inbox", done=show, failed=self._failed)

    def current_id(self) -> str | None:
        """The chosen bundle's id."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _show(self, row: QListWidgetItem | None) -> None:
        services = self._services
        if row is None or services is None:
            self.details.hide()
            return
        bundle_id = row.data(ID_ROLE)

        def load(_ctx: TaskContext) -> Any:
            inbox = services.inbox
            item = inbox.item(bundle_id)
            text = history_text(inbox.history(bundle_id))
            before = inbox.previous(bundle_id)
            old = history_text(inbox.history(before.bundle_id)) if before else None
            return item, text, before, old

        self._runner.submit(load, name="inbox item", done=self._fill, failed=self._failed)

    def _fill(self, loaded: Any) -> None:
        item, text, before, old = loaded
        if item.bundle_id != self.current_id():
            return  # another bundle was chosen meanwhile
        self.details.show()
        self.title.setText(
            self.tr("{group}, file {n}").format(group=item.group_name, n=item.sequence)
        )
        self.facts.setText(
            self.tr(
                "State: {state}. Made {date}; received {received}. {encrypted}\n"
                "Key {key}. Bundle {bundle}."
            ).format(
                state=state_text(item.state),
                date=ltr(item.bagging_date),
                received=ltr(item.received_at.strftime("%Y-%m-%d %H:%M")),
                encrypted=self.tr("It was encrypted.")
                if item.encrypted
                else self.tr("It was NOT encrypted."),
                key=item.key_id,
                bundle=item.bundle_id[:16],
            )
            + (
                "\n" + self.tr("Rejected: {reason}").format(reason=item.reason)
                if item.reason
                else ""
            )
        )
        self.trust.setText(trust_text(item.trust, item.state))
        words = item.fingerprint
        self.words.setText("   ".join(" ".join(words[i : i + 2]) for i in range(0, len(words), 2)))
        self.accept_button.setEnabled(item.state == "verified")
        # After a decision the focus goes on to the next step, before the button pressed is
        # hidden or disabled (which would hand the focus to whatever happens to follow it).
        after, self._focus_after = self._focus_after, None
        if after is not None and after[0] == item.bundle_id and after[1].isEnabled():
            after[1].setFocus(Qt.FocusReason.OtherFocusReason)
        self.trust_button.setVisible(item.state == "held")
        self.reject_button.setEnabled(item.state in ("held", "verified"))
        self.text.setPlainText(text)
        if old is None:
            self.diff.setPlainText(self.tr("This is the first file received from this group."))
        else:
            lines = difflib.unified_diff(
                old.splitlines(),
                text.splitlines(),
                self.tr("file {n}").format(n=before.sequence),
                self.tr("file {n}").format(n=item.sequence),
                lineterm="",
            )
            self.diff.setPlainText("\n".join(lines) or self.tr("No changes."))

    # -- decisions ---------------------------------------------------------------------------

    def trust_key(self) -> None:
        """The person compared the words with the group: pin the key."""
        self._decide(
            lambda inbox, bundle_id: inbox.confirm_key(bundle_id),
            changes=False,
            then=self.accept_button,
        )

    def accept(self) -> None:
        """Put the chosen bundle's history into the library."""
        self._decide(
            lambda inbox, bundle_id: inbox.accept(bundle_id), changes=True, then=self.answer_button
        )

    def reject(self, reason: str) -> None:
        """Refuse the chosen bundle with a reason."""
        self._decide(
            lambda inbox, bundle_id: inbox.reject(bundle_id, reason),
            changes=False,
            then=self.answer_button,
        )

    def answer(self) -> None:
        """Write Coact's signed answer to the chosen bundle, in a window of its own."""
        from coact_desktop.gui.answer_dialog import AnswerDialog

        services, bundle_id = self._services, self.current_id()
        if services is None or bundle_id is None:
            return
        dialog = AnswerDialog(services, self._runner, self._settings, bundle_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "answer_dialog", None))
        self.answer_dialog = dialog
        dialog.open()

    def _ask_reject(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Reject the file"), self.tr("Why? (The group can be told.)")
        )
        if ok and reason.strip():
            self.reject(reason)

    def _decide(self, action: Any, changes: bool, then: QWidget) -> None:
        services, bundle_id = self._services, self.current_id()
        if services is None or bundle_id is None:
            return

        def run(_ctx: TaskContext) -> Any:
            return action(services.inbox, bundle_id)

        def done(_item: Any) -> None:
            # Only if the focus was here: a person who moved on keeps their place.
            focused = QApplication.focusWidget()
            if focused is not None and self.isAncestorOf(focused):
                self._focus_after = (bundle_id, then)
            self.refresh(bundle_id)
            if changes:
                self.library_changed.emit()

        self._runner.submit(run, name="inbox decision", write=True, done=done, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._focus_after = None
        self.messages.setPlainText(describe(error))
        self.messages.show()


def _close_bundles(checked: list[tuple[str, VerifiedBundle | str]]) -> None:
    """Let go of every checked bundle (an encrypted one's scratch copy goes with it)."""
    for _name, bundle in checked:
        if not isinstance(bundle, str):
            bundle.close()
