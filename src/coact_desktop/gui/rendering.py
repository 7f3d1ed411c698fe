"""HTML for the reading view, built from plain text that is always escaped."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from coact_desktop.core.chapters import LIST_PREFIX, Chapter, Passage, PassageMedia
from coact_desktop.gui.markup import escape


def passage_display_text(passage: Passage) -> str:
    """The passage as shown: list items lose their "- " marker (the list shows a bullet)."""
    return passage.text[len(LIST_PREFIX) :] if passage.is_list_item else passage.text


def display_offset(passage: Passage) -> int:
    """How many source characters precede the shown text (to map highlight offsets)."""
    return len(LIST_PREFIX) if passage.is_list_item else 0


def chapter_html(chapter: Chapter) -> str:
    """The chapter as simple HTML: a heading, paragraphs and lists, one block per passage."""
    parts = [f"<h1>{escape(chapter.info.title)}</h1>"]
    if chapter.info.group:
        # A group's own history: credit the group (its name is untrusted text, so escaped).
        credit = QCoreApplication.translate(
            "Reader", "From the history of {group}, in its own words"
        )
        parts.append(f"<p><i>{escape(credit.format(group=chapter.info.group))}</i></p>")
    in_list = False
    for passage in chapter.passages:
        text = escape(passage_display_text(passage))
        anchor = f'<a name="{escape(passage.id)}"></a>'
        if passage.media is not None:
            if in_list:
                parts.append("</ul>")
                in_list = False
            parts.append(media_html(passage.id, passage.media, anchor, text))
        elif passage.is_list_item:
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{anchor}{text}</li>")
        else:
            if in_list:
                parts.append("</ul>")
                in_list = False
            parts.append(f"<p>{anchor}{text}</p>")
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


MEDIA_SCHEME = "coact-media"  # an image the reading view loads from the library
SAVE_SCHEME = "coact-save"  # a link that saves a copy of a file


def media_html(passage_id: str, media: PassageMedia, anchor: str, caption: str) -> str:
    """A photo with its caption below it, or a file's caption with a link to save a copy."""
    pid = escape(passage_id)
    if media.media_type.startswith("image/"):
        picture = f'<div align="center"><img src="{MEDIA_SCHEME}:{pid}" alt="{caption}"></div>'
        return f'{picture}<p align="center">{anchor}<i>{caption}</i></p>'
    kinds = {
        "application/pdf": QCoreApplication.translate("Reader", "PDF document"),
        #: Kind of an attached file, inside a sentence: lower case.
        "text/plain": QCoreApplication.translate("Reader", "text file"),
        "text/markdown": QCoreApplication.translate("Reader", "text file"),
    }
    kind = kinds.get(media.media_type, media.media_type)
    label = QCoreApplication.translate("Reader", "Save a copy ({kind}, {size})…").format(
        kind=kind, size=file_size(media.size)
    )
    link = f'<a href="{SAVE_SCHEME}:{pid}">{escape(label)}</a>'
    return f"<p>{anchor}{caption}{' ' if caption else ''}{link}</p>"


def file_size(size: int) -> str:
    """A size as a person reads it: under 1 KB, 14 KB, 3.2 MB."""
    if size < 1000:
        return QCoreApplication.translate("Reader", "under 1 KB")
    if size < 1_000_000:
        return QCoreApplication.translate("Reader", "{n} KB").format(n=round(size / 1000))
    return QCoreApplication.translate("Reader", "{n} MB").format(n=f"{size / 1_000_000:.1f}")


def marked_html(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """Escaped text with the spans in bold (untrusted text never becomes markup)."""
    out: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out.append(escape(text[last:start]))
        out.append(f"<b>{escape(text[start:end])}</b>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def plain_tip(text: str) -> str:
    """A tooltip that shows text as it is: Qt would render a tooltip that looks like HTML."""
    return f"<qt>{escape(text)}</qt>" if text else ""


def ltr(text: str) -> str:
    """Text kept left to right inside a right-to-left sentence (a date, a time, a number).

    In Persian "2026-11-27" after Arabic letters is read as Arabic numbers, and its hyphens
    split it: it showed as "27-11-2026". Unicode's isolates keep it whole. A left-to-right
    window needs none (nor gets invisible characters in what is copied from it).
    """
    if QGuiApplication.layoutDirection() != QtCore.Qt.LayoutDirection.RightToLeft:
        return text
    return f"\u2066{text}\u2069"
