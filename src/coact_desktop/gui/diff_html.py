"""A word diff as HTML: removed words struck through, added ones underlined.

Marked by more than colour, for people who do not see it (and for screen readers, which say
"deleted" and "inserted" for these tags).
"""

from __future__ import annotations

from html import escape

from coact_desktop.core.library.changes import word_diff


def diff_html(before: str, after: str, dark: bool, plain: bool = False) -> str:
    """Paragraphs of the text after, with what changed from the text before marked.

    plain: no background colours (high contrast): the strike and the underline still say it.
    """
    removed = "transparent" if plain else "#5c1f1f" if dark else "#ffd7d5"
    added = "transparent" if plain else "#1f4d2a" if dark else "#ccf0d3"
    parts = []
    for op, text in word_diff(before, after):
        if op == "same":
            parts.append(escape(text))
        elif op == "removed":
            parts.append(
                f'<del style="background:{removed}; text-decoration: line-through">'
                f"{escape(text)}</del>"
            )
        else:
            parts.append(
                f'<ins style="background:{added}; text-decoration: underline">{escape(text)}</ins>'
            )
    return paragraphs("".join(parts))


def paragraphs(html: str) -> str:
    """Text with blank lines between paragraphs (already escaped) as HTML paragraphs."""
    return "".join(f"<p>{p}</p>" for p in html.split("\n\n"))
