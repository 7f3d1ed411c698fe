"""HTML for the reading view, built from plain text that is always escaped."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from coact_desktop.core.dto import LIST_PREFIX, Chapter, Passage


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
        if passage.is_list_item:
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
