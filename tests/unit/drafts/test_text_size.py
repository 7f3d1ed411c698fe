"""A draft's length: words where words are spaced, letters where they are not (TEST TEXT)."""

from __future__ import annotations

from coact_desktop.core.drafts.model import Draft, Profile, Section
from coact_desktop.core.drafts.text_size import TextSize, measure, shrank, text_size


def test_spaced_scripts_count_words() -> None:
    assert measure("We met in a kitchen.") == TextSize(5, 0)
    assert measure("Мы встретились на кухне.") == TextSize(4, 0)
    assert measure("- peer support\n- a needle") == TextSize(6, 0)  # as before: marks count


def test_thai_counts_its_letters_not_its_phrases() -> None:
    # TEST TEXT, Thai: "our group began in 2009" written, as Thai is, without spaces.
    thai = "กลุ่มของเราเริ่มในปี 2009"
    size = measure(thai)
    assert size.words == 1  # only "2009": the Thai phrase is not one word
    letters = sum(1 for c in "กลุ่มของเราเริ่มในปี" if c.isalpha())
    assert size.characters == letters > 10  # the vowel and tone marks are not letters


def test_a_draft_in_both_kinds_of_script() -> None:
    draft = Draft(
        id="d",
        profile=Profile(name="Test"),
        sections=(Section("One", "TEST TEXT in English"), Section("Two", "ภาษาไทย")),
    )
    assert text_size(draft) == TextSize(4, measure("ภาษาไทย").characters)


def test_a_big_cut_is_seen_in_either_kind_of_script() -> None:
    assert shrank(TextSize(40), TextSize(10), 0.5)
    assert not shrank(TextSize(40), TextSize(30), 0.5)
    assert not shrank(TextSize(10), TextSize(0), 0.5)  # too short to matter
    assert shrank(TextSize(0, 400), TextSize(0, 100), 0.5)  # Thai: most of the letters went
    assert not shrank(TextSize(0, 400), TextSize(0, 300), 0.5)
