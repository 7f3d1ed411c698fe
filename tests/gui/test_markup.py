"""Our escape is the standard library's, without its import."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from coact_desktop.gui.markup import escape


@given(st.text())
def test_escape_is_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_escape_marks_every_meaningful_character() -> None:
    assert escape("""<a href="x">Tom & Jerry's</a>""") == (
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;"
    )
