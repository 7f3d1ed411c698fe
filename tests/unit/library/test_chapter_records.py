"""The chapter records (core/chapters.py): immutable, and JSON objects for the command line."""

from __future__ import annotations

import json

import pytest

from coact_desktop.core.chapters import Chapter, ChapterInfo, Passage, PassageMedia
from coact_desktop.core.dto import FilterChoices, to_json

# Test text, not Coact's.
INFO = ChapterInfo("our-group", "Our group", "group-history", 9, "Test Group", "grassroots")
PASSAGE = Passage("our-group:1", "our-group", 1, "We met on Saturdays.", False,
                  PassageMedia("ab" * 32, "image/jpeg", 1234))  # fmt: skip


def test_records_cannot_be_changed_in_place() -> None:
    with pytest.raises(AttributeError):
        INFO.title = "Another"  # type: ignore[misc]
    assert PASSAGE._replace(text="Changed.").text == "Changed."
    assert PASSAGE.text == "We met on Saturdays."


def test_to_json_gives_objects_with_field_names_at_every_depth() -> None:
    chapter = to_json(Chapter(INFO, (PASSAGE,)))
    assert chapter["info"]["group"] == "Test Group"
    assert chapter["passages"][0]["media"] == {
        "sha256": "ab" * 32,
        "media_type": "image/jpeg",
        "size": 1234,
    }
    # Inside a dataclass, too (asdict keeps named tuples as they are).
    choices = to_json(FilterChoices((INFO,), (), ("Kenya",), ("1990s",)))
    assert choices["chapters"] == [dict(INFO._asdict())]
    assert choices["countries"] == ["Kenya"]
    json.dumps(chapter)  # all of it JSON
