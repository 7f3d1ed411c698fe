"""Snippets: a short window of a passage around the matched words."""

from __future__ import annotations

from collections.abc import Callable

from coact_desktop.core.dto import Snippet

WIDTH = 240
LEAD = 60
ELLIPSIS = "…"


def make_snippet(
    text: str,
    spans: list[tuple[int, int]],
    width: int = WIDTH,
    word_key: Callable[[str], str] = str.casefold,
) -> Snippet:
    """The part of text that shows the most of the query's different words (then the most
    matches), cut at word boundaries, offsets adjusted.

    ``word_key`` says when two matched words are the same query word ("network", "Networks").
    """
    if len(text) <= width:
        return Snippet(text, tuple(spans))
    keys = [word_key(text[a:b]) for a, b in spans]
    start = _best_start(spans, keys, width)
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


def _best_start(spans: list[tuple[int, int]], keys: list[str], width: int) -> int:
    if not spans:
        return 0
    # The window that starts a little before some match and covers the most different query
    # words, then the most matches: "drug user network" shows all three, not "drug" four times.
    best, best_score = spans[0][0], (0, 0)
    for a, _ in spans:
        inside = [
            k for (x, y), k in zip(spans, keys, strict=True) if x >= a and y <= a + width - LEAD
        ]
        score = (len(set(inside)), len(inside))
        if score > best_score:
            best, best_score = a, score
    return max(0, best - LEAD)


def _word_start(text: str, index: int) -> int:
    if index <= 0:
        return 0
    space = text.find(" ", index)
    return space + 1 if 0 <= space < index + 30 else index
