"""Names without consent are found, and replaced by pseudonyms everywhere on request."""

from __future__ import annotations

import unicodedata

import pytest

from coact_desktop.core.drafts.consent import names_without_consent, replace_with_pseudonym
from coact_desktop.core.drafts.model import Draft, Event, Person, Section

SAM = Person("Sam Rivers", "pseudonym", "S.")
ALEX = Person("Alex Moor", "named")
KIM = Person("Kim", "withheld")


def draft() -> Draft:
    return Draft(
        id="d",
        sections=(
            Section("Beginnings", "Sam Rivers and Alex Moor met. Sam Rivers spoke first."),
            Section("Now", "Kimberley runs outreach; Kim does not."),
        ),
        events=(Event("2009", "Sam Rivers opened the room.", 2009, people=("Sam Rivers",)),),
        people=(SAM, ALEX, KIM),
    )


def test_only_names_without_consent_are_reported_with_where_and_how_often() -> None:
    found = {(p.person.name, p.section, p.count) for p in names_without_consent(draft())}
    assert found == {("Sam Rivers", 0, 2), ("Sam Rivers", -1, 2), ("Kim", 1, 1)}


def test_a_name_inside_a_longer_word_is_not_a_mention() -> None:
    text = Draft(id="d", sections=(Section("x", "Kimberley came."),), people=(KIM,))
    assert names_without_consent(text) == []


def test_replacing_puts_the_pseudonym_everywhere_and_nowhere_else() -> None:
    replaced = replace_with_pseudonym(draft(), SAM)
    assert replaced.sections[0].body == "S. and Alex Moor met. S. spoke first."
    assert replaced.events[0].text == "S. opened the room."
    assert replaced.events[0].people == ("S.",)
    assert replaced.sections[1] == draft().sections[1]
    assert [p.person.name for p in names_without_consent(replaced)] == ["Kim"]


def test_replacing_needs_a_pseudonym() -> None:
    with pytest.raises(ValueError, match="no pseudonym"):
        replace_with_pseudonym(draft(), KIM)


def test_names_match_whatever_their_case_and_titles_and_captions_count() -> None:
    from coact_desktop.core.drafts.attachments import Attachment

    text = Draft(
        id="d",
        sections=(Section("About SAM RIVERS", "sam rivers came."),),
        attachments=(Attachment("0" * 64, "jpg", "image/jpeg", "Sam Rivers at the stall"),),
        people=(SAM,),
    )
    found = {(p.section, p.count) for p in names_without_consent(text)}
    assert found == {(0, 2), (-1, 1)}
    replaced = replace_with_pseudonym(text, SAM)
    assert replaced.sections[0] == Section("About S.", "S. came.")
    assert replaced.attachments[0].caption == "S. at the stall"


def test_a_pseudonym_is_text_not_a_pattern() -> None:
    tricky = Person("Sam Rivers", "pseudonym", r"M\1 \g<0>")
    replaced = replace_with_pseudonym(draft(), tricky)
    assert replaced.sections[0].body.startswith(r"M\1 \g<0> and Alex Moor met.")


@pytest.mark.parametrize(
    "written",
    [
        "sam rivers",
        "Sam  Rivers",
        "Sam\nRivers",
        "Sam\u00a0Rivers",
        "**Sam** Rivers",
        "Sam Ri\u00advers",
        "SAM RIVERS",
    ],
)
def test_a_name_is_found_however_it_is_written(written: str) -> None:
    one = Draft(id="d", sections=(Section("S", f"We met {written} there."),), people=(SAM,))
    assert [(p.section, p.count) for p in names_without_consent(one)] == [(0, 1)]
    replaced = replace_with_pseudonym(one, SAM)
    assert replaced.sections[0].body.replace("**", "") == "We met S. there."


def test_accented_names_match_in_either_unicode_form() -> None:
    jose = Person(unicodedata.normalize("NFC", "José Pérez"), "withheld")
    text = unicodedata.normalize("NFD", "José Pérez came.")
    one = Draft(id="d", sections=(Section("S", text),), people=(jose,))
    assert len(names_without_consent(one)) == 1


def test_every_field_of_the_timeline_is_checked() -> None:
    events = (Event("When Sam Rivers joined", "x", organisations=("Sam Rivers' collective",)),)
    one = Draft(id="d", events=events, people=(SAM,))
    assert [(p.section, p.count) for p in names_without_consent(one)] == [(-1, 2)]
    cleaned = replace_with_pseudonym(one, SAM)
    assert cleaned.events[0].when == "When S. joined"
    assert cleaned.events[0].organisations == ("S.' collective",)
    assert names_without_consent(cleaned) == []


def test_a_pseudonym_inside_a_named_persons_name_is_not_a_mention() -> None:
    maria = Person("Maria", "pseudonym", "M.")
    lopez = Person("Maria Lopez", "named")
    one = Draft(
        id="d",
        sections=(Section("S", "Maria Lopez chaired. Maria spoke."),),
        events=(Event("2009", "Meeting", people=("Maria Lopez",)),),
        people=(maria, lopez),
    )
    assert [(p.person.name, p.section, p.count) for p in names_without_consent(one)] == [
        ("Maria", 0, 1)
    ]
    replaced = replace_with_pseudonym(one, maria)
    assert replaced.sections[0].body == "Maria Lopez chaired. M. spoke."
    assert replaced.events[0].people == ("Maria Lopez",)


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("I phoned Sam. Rivers run here.", 0),  # a full stop ends the name
        ("Sam\n\nRivers", 0),  # so does a blank line
        ("Sam\u200eRivers", 1),  # a direction mark does not show
        ("Sam Riv\u2063ers", 1),
        ("Ｓａｍ Ｒｉｖｅｒｓ", 1),  # full-width letters
        ("Sam-Rivers", 1),
        ("Samuel Riversdale", 0),
    ],
)
def test_what_counts_as_the_name_and_what_does_not(written: str, found: int) -> None:
    one = Draft(id="d", sections=(Section("S", written),), people=(SAM,))
    assert sum(p.count for p in names_without_consent(one)) == found


def test_replacing_keeps_emphasis_balanced() -> None:
    one = Draft(id="d", sections=(Section("S", "We met **Sam** Rivers."),), people=(SAM,))
    assert replace_with_pseudonym(one, SAM).sections[0].body == "We met **S.**."
