"""Snippets: a short window of a passage around the matched words."""

from __future__ import annotations

from coact_desktop.core.dto import Snippet

WIDTH = 240
LEAD = 60
ELLIPSIS = "…"


def make_snippet(text: str, spans: list[tuple[int, int]], width: int = WIDTH) -> Snippet:
    """The part of text that shows the most matches, cut at word boundaries, offsets adjusted."""
    if len(text) <= width:
        return Snippet(text, tuple(spans))
    start = _best_start(spans, width)
    start = _word_start(text, start)
    end = min(len(text), start + width)
    if end < len(text):
        # Cut at a space, but never before the first match the window was chosen for.
        keep = next((b for a, b in spans if a >= start), start)
        cut = text.rfind(" ", start, end)
        end = cut if cut >= keep else end
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return Snippet(prefix + text[start:end] + suffix, inside)


def _best_start(spans: list[tuple[int, int]], width: int) -> int:
    if not spans:
        return 0
    # The window that starts a little before some match and covers the most matches.
    best, best_count = spans[0][0], 0
    for a, _ in spans:
        count = sum(1 for x, y in spans if x >= a and y <= a + width - LEAD)
        if count > best_count:
            best, best_count = a, count
    return max(0, best - LEAD)


def _word_start(text: str, index: int) -> int:
    if index <= 0:
        return 0
    space = text.find(" ", index)
    return space + 1 if 0 <= space < index + 30 else index
