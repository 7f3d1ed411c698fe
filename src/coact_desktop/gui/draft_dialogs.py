"""Dialogs of the drafts workspace: the group profile, and a draft's revision history."""

from __future__ import annotations

import difflib
from html import escape

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.drafts.model import Draft, Profile
from coact_desktop.core.drafts.service import RevisionInfo
from coact_desktop.gui.draft_tables import split_names
from coact_desktop.gui.rendering import ltr
from coact_desktop.words.revisions import reason_text
from coact_desktop.words.text_size import size_text

NO_YEAR = 1899  # the spin box's "not given" value, shown as its special text
# Offered first (every language the window speaks); any other can be typed as its code.
WRITTEN_IN = ("en", "ru", "uk", "ka", "ky", "kk", "th", "id", "vi", "fr", "es", "pt", "sw", "fa")


def language_name(code: str) -> str:
    """A language's own name for itself ("русский"), capitalised; plain "English" for en."""
    if code == "en":
        return "English"  # Qt's own name for it is "American English"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class ProfileDialog(QDialog):
    """Who the group is: asked when a draft starts, editable later."""

    def __init__(
        self,
        models: list[tuple[str, str]],
        profile: Profile,
        parent: QWidget | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Group profile"))
        self.written_in = QComboBox(self)
        self.written_in.setEditable(True)  # any language, by its code
        # Its text field is what a screen reader lands on: it says what the field is for.
        field = self.written_in.lineEdit()
        if field is not None:
            field.setAccessibleName(self.tr("Language of the draft"))
        for code in WRITTEN_IN:
            self.written_in.addItem(f"{language_name(code)} ({code})", code)
        index = self.written_in.findData(language)
        if index >= 0:
            self.written_in.setCurrentIndex(index)
        else:
            self.written_in.setEditText(language)
        self.name = QLineEdit(profile.name, self)
        self.name.setPlaceholderText(self.tr("The group's name"))
        self.country = QLineEdit(profile.country, self)
        self.city = QLineEdit(profile.city, self)
        self.founded = QSpinBox(self)
        self.founded.setRange(NO_YEAR, 2100)
        #: Shown in the 'year founded' field when the group gave no year.
        self.founded.setSpecialValueText(self.tr("not given"))
        self.founded.setValue(profile.founded or NO_YEAR)
        self.active = QComboBox(self)
        for label, value in (
            (self.tr("Not given"), None),
            (self.tr("Yes, still active"), True),
            (self.tr("No, no longer active"), False),
        ):
            self.active.addItem(label, value)
        self.active.setCurrentIndex(self.active.findData(profile.active))
        self.languages = QLineEdit(", ".join(profile.languages), self)
        self.languages.setPlaceholderText(self.tr("e.g. English, Russian"))
        self.models = QListWidget(self)
        self.models.setAccessibleName(self.tr("Models of organising"))
        for slug, title in models:
            item = QListWidgetItem(title, self.models)
            item.setData(Qt.ItemDataRole.UserRole, slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = slug in profile.models
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Year founded"), self.founded)
        form.addRow(self.tr("Still active"), self.active)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("This history is written in"), self.written_in)
        form.addRow(self.tr("The group's models of organising"), self.models)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Said beside OK while it is greyed out, so that nobody wonders why.
        self.missing = QLabel(
            self.tr("Give the group's name to go on; everything else can wait."), self
        )
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("What is missing"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bottom)
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()
        # The name first: the cursor starts there, and Tab goes on down the form.
        order = [self.name, self.country, self.city, self.founded, self.active, self.languages]
        for first, second in zip(
            [*order, self.written_in], [*order[1:], self.written_in, self.models], strict=True
        ):
            self.setTabOrder(first, second)
        self.name.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))
        ok.setToolTip("" if ok.isEnabled() else self.tr("Give the group's name first."))
        self.missing.setVisible(not ok.isEnabled())

    def language(self) -> str:
        """The language the history is written in, as a code such as "ru"."""
        index = self.written_in.findText(self.written_in.currentText())
        if index >= 0:
            return str(self.written_in.itemData(index))
        return self.written_in.currentText().strip() or "en"

    def profile(self) -> Profile:
        """The profile as filled in."""
        founded = self.founded.value()
        checked = [
            self.models.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.models.count())
            if self.models.item(i).checkState() == Qt.CheckState.Checked
        ]
        return Profile(
            name=self.name.text().strip(),
            country=self.country.text().strip(),
            city=self.city.text().strip(),
            founded=None if founded == NO_YEAR else founded,
            active=self.active.currentData(),
            languages=tuple(split_names(self.languages.text())),
            models=tuple(checked),
        )


class RevisionsDialog(QDialog):
    """Every saved state of a draft: compare one with the text now, or restore it."""

    restore_requested = Signal(int)
    revision_wanted = Signal(int)

    def __init__(
        self, revisions: tuple[RevisionInfo, ...], current: Draft, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revision history"))
        self.resize(860, 560)
        self._current = current
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Revisions"))
        for info in revisions:
            #: One line of the revision list: its number, date and time, why it was saved, length.
            label = self.tr("Revision {number} · {when} · {reason} · {size}").format(
                size=size_text(info.words, info.characters),
                number=info.number,
                when=ltr(
                    QDateTime.fromString(info.saved_at, Qt.DateFormat.ISODate)
                    .toLocalTime()
                    .toString("yyyy-MM-dd HH:mm")
                ),
                reason=reason_text(info.reason),
            )
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, info.number)
        self.diff = QTextBrowser(self)
        self.diff.setAccessibleName(self.tr("Differences from the text now"))
        self.restore = QPushButton(self.tr("Restore this revision"), self)
        self.restore.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.diff, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        close.clicked.connect(self.reject)
        self.list.currentItemChanged.connect(self._selected)
        self.restore.clicked.connect(self._restore)

    def selected_number(self) -> int | None:
        """The revision chosen in the list."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_revision(self, revision: Draft) -> None:
        """Show how a revision differs from the text now (untrusted text stays plain)."""
        self.diff.setHtml(diff_html(revision, self._current))
        self.restore.setEnabled(True)

    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.restore.setEnabled(False)
        if current is not None:
            self.revision_wanted.emit(current.data(Qt.ItemDataRole.UserRole))

    def _restore(self) -> None:
        number = self.selected_number()
        if number is not None:
            self.restore_requested.emit(number)
            self.accept()


def draft_text(draft: Draft) -> list[str]:
    """A draft as lines of text, for comparing: everything a restore would bring back."""
    translate = QCoreApplication.translate
    timeline = translate("RevisionsDialog", "Timeline")
    people = translate("RevisionsDialog", "People and consent")
    files = translate("RevisionsDialog", "Photos and files")
    profile = draft.profile
    active = {
        True: translate("RevisionsDialog", "yes"),
        False: translate("RevisionsDialog", "no"),
        None: "",
    }
    facts = [
        (translate("RevisionsDialog", "Country"), profile.country),
        (translate("RevisionsDialog", "City"), profile.city),
        (translate("RevisionsDialog", "Founded"), str(profile.founded or "")),
        (translate("RevisionsDialog", "Still active"), active[profile.active]),
        (translate("RevisionsDialog", "Languages"), ", ".join(profile.languages)),
        (translate("RevisionsDialog", "Models of organising"), ", ".join(profile.models)),
        (translate("RevisionsDialog", "Language of the draft"), draft.language),
    ]
    lines = [profile.name, *(f"{label}: {value}" for label, value in facts if value), ""]
    for section in draft.sections:
        lines += [f"## {section.title}", *section.body.splitlines(), ""]
    if draft.events:
        lines.append(f"## {timeline}")
        for event in draft.events:
            who = ", ".join((*event.people, *event.organisations))
            # "When" in words, else the year, else said to be undated (never a bare ": …").
            parts = [event.when] if event.when else []
            if event.year is not None and str(event.year) not in event.when:
                parts.append(str(event.year))
            #: An event of the timeline that has no date.
            when = " · ".join(parts) or translate("RevisionsDialog", "undated")
            lines.append(f"{when}: {event.text}" + (f" ({who})" if who else ""))
    if draft.people:
        lines.append(f"## {people}")
        consents = {
            #: Consent of a person in the draft: agreed to be named with the real name.
            "named": translate("RevisionsDialog", "named"),
            "pseudonym": translate("RevisionsDialog", "pseudonym"),
            #: Consent of a person: neither the name nor the pseudonym is shown.
            "withheld": translate("RevisionsDialog", "withheld"),
        }
        lines += [
            f"{p.name} · {consents.get(p.consent, p.consent)} · {p.pseudonym}" for p in draft.people
        ]
    if draft.attachments:
        lines.append(f"## {files}")
        lines += [f"{a.caption or a.media_type} ({a.sha256[:12]})" for a in draft.attachments]
    return lines


def diff_html(old: Draft, new: Draft) -> str:
    """Lines only in the revision struck through in red, lines only in the text now in green."""
    rows = []
    for line in difflib.ndiff(draft_text(old), draft_text(new)):
        tag, text = line[:2], escape(line[2:]) or "&nbsp;"
        if tag == "- ":
            rows.append(f'<div style="color:#b00020"><s>{text}</s></div>')
        elif tag == "+ ":
            rows.append(f'<div style="color:#1b7f3b">{text}</div>')
        elif tag == "  ":
            rows.append(f"<div>{text}</div>")
    return "".join(rows)
