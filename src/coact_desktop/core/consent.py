"""Consent checks: real names that appear in a draft without the person's agreement."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from coact_desktop.core.draft import Draft, Person


@dataclass(frozen=True)
class NameWithoutConsent:
    """A real name found where its person did not agree to be named."""

    person: Person
    section: int  # index into Draft.sections, or -1 for the timeline
    count: int


def _pattern(name: str) -> re.Pattern[str]:
    # Case-insensitive: "maria lopez" and "MARIA LOPEZ" name the same person.
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)


def names_without_consent(draft: Draft) -> list[NameWithoutConsent]:
    """Every person not named with consent whose real name appears in the text or timeline."""
    found: list[NameWithoutConsent] = []
    for person in draft.people:
        if person.consent == "named" or not person.name.strip():
            continue
        pattern = _pattern(person.name.strip())
        for index, section in enumerate(draft.sections):
            count = len(pattern.findall(section.title)) + len(pattern.findall(section.body))
            if count:
                found.append(NameWithoutConsent(person, index, count))
        in_timeline = sum(len(pattern.findall(e.text)) for e in draft.events)
        in_timeline += sum(
            1 for e in draft.events for p in e.people if p.casefold() == person.name.casefold()
        )
        in_timeline += sum(len(pattern.findall(a.caption)) for a in draft.attachments)
        if in_timeline:
            found.append(NameWithoutConsent(person, -1, in_timeline))
    return found


def replace_with_pseudonym(draft: Draft, person: Person) -> Draft:
    """The draft with the person's real name replaced by their pseudonym everywhere."""
    if not person.pseudonym.strip():
        raise ValueError("The person has no pseudonym to put in place of the name.")
    pattern, pseudonym = _pattern(person.name.strip()), person.pseudonym.strip()

    def swap(text: str) -> str:
        # A function, not a template: a pseudonym such as "M\\1" is text, never a backreference.
        return pattern.sub(lambda _match: pseudonym, text)

    return replace(
        draft,
        sections=tuple(replace(s, title=swap(s.title), body=swap(s.body)) for s in draft.sections),
        events=tuple(
            replace(
                e,
                text=swap(e.text),
                people=tuple(
                    pseudonym if p.casefold() == person.name.casefold() else p for p in e.people
                ),
            )
            for e in draft.events
        ),
        attachments=tuple(replace(a, caption=swap(a.caption)) for a in draft.attachments),
    )
