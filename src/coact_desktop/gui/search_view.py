"""Search (Ctrl+K): results as you type, with filters, suggestions and highlighted snippets."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.dto import FilterChoices, SearchFilters, SearchHit, SearchResults
from coact_desktop.gui.html_delegate import HtmlDelegate
from coact_desktop.gui.rendering import marked_html

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 120


SENTENCE_ENDS = (".", "?", "!", "…", "؟", "。", "।", ":", "：")  # already ended (or leading on)


class SearchView(QWidget):
    """The search box, filters, a line about the results and the results list."""

    query_changed = Signal(str, object)  # query text, SearchFilters
    open_hit = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Search the history (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Search the history"))
        self.box.setClearButtonEnabled(True)
        self.chapter = self._combo(self.tr("Filter by chapter"))
        self.model = self._combo(self.tr("Filter by model of organising"))
        self.country = self._combo(self.tr("Filter by country"))
        self.decade = self._combo(self.tr("Filter by decade"))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(self._suggestion_clicked)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setSpacing(2)
        filters = QHBoxLayout()
        for combo in (self.chapter, self.model, self.country, self.decade):
            filters.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_query)
        self.box.textChanged.connect(self._timer.start)
        self.box.returnPressed.connect(self._return_pressed)
        self.results.itemActivated.connect(self._item_activated)
        self._suggestion: str | None = None
        self._shown: tuple[str, SearchFilters] | None = None  # what the listed results are for
        self._open_first = False  # Enter came before the results of what was typed
        self.set_ready(False)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        return combo

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the filter menus."""
        self._fill(
            self.chapter, self.tr("All chapters"), [(c.title, c.slug) for c in choices.chapters]
        )
        self._fill(self.model, self.tr("All models"), [(c.title, c.slug) for c in choices.models])
        self._fill(self.country, self.tr("All countries"), [(c, c) for c in choices.countries])
        self._fill(self.decade, self.tr("All decades"), [(d, d) for d in choices.decades])

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.blockSignals(False)

    def set_ready(self, ready: bool, message: str = "") -> None:
        """Enable searching once the index is ready; say why not otherwise."""
        for combo in (self.chapter, self.model, self.country, self.decade):
            combo.setEnabled(ready)
        if not ready:
            self.status.setText(escape(message or self.tr("Preparing search…")))
        elif self.box.text():
            self._timer.start()
        else:
            self.status.setText(
                escape(self.tr("Type a word or a name. Word forms and misspellings are found too."))
            )

    def filters(self) -> SearchFilters:
        """The filters chosen in the menus."""
        return SearchFilters(
            chapter=self.chapter.currentData(),
            model=self.model.currentData(),
            country=self.country.currentData(),
            decade=self.decade.currentData(),
        )

    def focus_box(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+K)."""
        self.box.setFocus()
        self.box.selectAll()

    def show_results(self, results: SearchResults) -> None:
        """Show results, unless the box has changed since they were asked for."""
        if results.query != self.box.text().strip() or results.filters != self.filters():
            return  # stale: a newer query is on its way
        self.results.clear()
        for hit in results.hits:
            item = QListWidgetItem()
            snippet = marked_html(hit.snippet.text, hit.snippet.highlights)
            item.setData(
                Qt.ItemDataRole.DisplayRole, f"<b>{escape(hit.chapter_title)}</b><br>{snippet}"
            )
            item.setData(HIT_ROLE, hit)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{hit.chapter_title}: {hit.snippet.text}"
            )
            self.results.addItem(item)
        self._suggestion = results.suggestion
        self._shown = (results.query, results.filters)
        self.status.setText(self._status_html(results))
        if self._open_first:
            self._open_first = False
            self._return_pressed()

    def show_error(self, message: str) -> None:
        """Say why a search could not run."""
        self.results.clear()
        self.status.setText(escape(message))

    def _status_html(self, results: SearchResults) -> str:
        parts = []
        if results.fuzzy:
            parts.append(escape(self.tr("No exact matches. Showing close spellings:")))
        if results.total == 0:
            parts.append(escape(self.tr("Nothing found.")))
            if any(c.isalpha() and not c.isascii() for c in results.query):
                # Typed in Thai, Russian, Persian…: the reader may not know Coact's text is English.
                parts.append(
                    escape(
                        self.tr(
                            "Coact's history is written in English: try an English word. Each "
                            "group's own history is found in the language it is written in."
                        )
                    )
                )
        else:
            shown = len(results.hits)
            if shown < results.total:
                #: {shown} results are listed of %n found in all.
                count = self.tr("{shown} of %n results", "", results.total).format(shown=shown)
            else:
                count = self.tr("%n results", "", shown)
            parts.append(escape(count))
        if results.suggestion:
            link = f'<a href="suggest">{escape(results.suggestion)}</a>'
            parts.append(escape(self.tr("Did you mean {suggestion}?")).format(suggestion=link))
        # Each part a sentence of its own: "6 results. Did you mean needle?" The full stop is
        # the language's own (Thai has none).
        #: A sentence and the mark that ends it; in a language without one (Thai), only {sentence}.
        stop = self.tr("{sentence}.")
        return " ".join(p if p.endswith(SENTENCE_ENDS) else stop.format(sentence=p) for p in parts)

    def hit_at(self, row: int) -> SearchHit:
        """The hit shown in a row."""
        hit: SearchHit = self.results.item(row).data(HIT_ROLE)
        return hit

    def _emit_query(self) -> None:
        text = self.box.text().strip()
        if not text:
            self.results.clear()
            self.set_ready(self.chapter.isEnabled())
            return
        self.query_changed.emit(text, self.filters())

    def _return_pressed(self) -> None:
        if self._shown != (self.box.text().strip(), self.filters()):
            # The listed results are for an earlier text: open the first of the new ones.
            self._open_first = bool(self.box.text().strip())
            self._timer.stop()
            self._emit_query()
            return
        if self.results.count():
            self.results.setCurrentRow(0)
            self._item_activated(self.results.item(0))

    def _item_activated(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(item.data(HIT_ROLE))

    def _suggestion_clicked(self, _link: str) -> None:
        if self._suggestion:
            self.box.setText(self._suggestion)
