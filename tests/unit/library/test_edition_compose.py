"""Composing a new edition from the old: chapters from Markdown (TEST TEXT), facts kept by quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from coact_desktop.core.errors import EditionError
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition
from coact_desktop.core.library.edition_compose import ChapterSource, compose, read_markdown

NEW = """# A test chapter (TEST TEXT)

TEST TEXT: a first paragraph,
written over two lines.

- TEST TEXT: a list item
- TEST TEXT: another
"""


def test_a_new_chapter_goes_where_it_is_put_and_the_old_text_stays_verbatim(
    tmp_path: Path,
) -> None:
    old = load_edition()
    made = compose(
        bundled_edition_dir(),
        old.version + 1,
        "2026-12-02",
        [ChapterSource(NEW, "new.md", after="conclusion")],
        tmp_path,
    ).edition
    slugs = [c.slug for c in made.chapters]
    assert slugs[slugs.index("conclusion") + 1] == "a-test-chapter-test-text"
    chapter = made.chapters[slugs.index("a-test-chapter-test-text")]
    assert chapter.title == "A test chapter (TEST TEXT)"
    assert [p.text for p in chapter.passages] == [
        "TEST TEXT: a first paragraph, written over two lines.",
        "- TEST TEXT: a list item",
        "- TEST TEXT: another",
    ]
    # Every old chapter is as it was, word for word, and so are the facts drawn from it.
    for before in old.chapters:
        after = made.chapters[slugs.index(before.slug)]
        assert (after.title, [p.text for p in after.passages]) == (
            before.title,
            [p.text for p in before.passages],
        )
    assert (made.events, made.organisations) == (old.events, old.organisations)
    assert (made.version, made.date, made.id) == (old.version + 1, "2026-12-02", old.id)


def test_a_replaced_chapter_drops_the_facts_whose_quote_it_no_longer_holds(tmp_path: Path) -> None:
    old = load_edition()
    lost = [e for e in old.events if old.passage_with(e.quote).chapter_slug == "grassroots"]
    assert lost  # the chapter has dated events
    composed = compose(
        bundled_edition_dir(),
        old.version + 1,
        "2026-12-02",
        [ChapterSource("TEST TEXT: one new paragraph.\n", "g.md", replaces="grassroots")],
        tmp_path,
    )
    chapter = next(c for c in composed.edition.chapters if c.slug == "grassroots")
    assert chapter.title == old.chapters[1].title  # no "# " line: the title stays
    assert [p.text for p in chapter.passages] == ["TEST TEXT: one new paragraph."]
    assert len(composed.edition.events) == len(old.events) - len(lost)
    assert len([d for d in composed.dropped if d.startswith("event")]) == len(lost)
    assert composed.dropped  # named for the editors, never silently


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (ChapterSource("TEST TEXT without a title.\n", "x.md"), "no title"),
        (ChapterSource("# Only a title\n\n---\n", "x.md"), "no paragraphs"),
        (ChapterSource("TEST TEXT.\n", "x.md", replaces="nowhere"), "no chapter"),
        (ChapterSource(NEW, "x.md", after="nowhere"), "no chapter"),
    ],
)
def test_a_chapter_that_cannot_be_placed_is_refused_in_words(
    tmp_path: Path, source: ChapterSource, words: str
) -> None:
    with pytest.raises(EditionError) as caught:
        compose(bundled_edition_dir(), 9, "2026-12-02", [source], tmp_path / "out")
    assert words in caught.value.message
    assert not (tmp_path / "out").exists()


def test_a_markdown_file_that_is_not_text_is_refused(tmp_path: Path) -> None:
    binary = tmp_path / "photo.md"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    with pytest.raises(EditionError, match="UTF-8"):
        read_markdown(binary)
    good = tmp_path / "good.md"
    good.write_bytes("\ufeff# Заголовок (TEST TEXT)\n\nТЕСТ.\n".encode())
    assert read_markdown(good).startswith("# Заголовок")
