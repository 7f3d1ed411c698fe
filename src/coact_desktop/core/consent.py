"""Consent checks: real names that appear in a draft without the person's agreement."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from coact_desktop.core.draft import Draft, Person


@dataclass(frozen=True)
class NameWithoutConsent:
    """A real name found where its person did not agree to be named."""

    person: Person
    section: int  # index into Draft.sections, or -1 for the timeline
    count: int


# Characters that can sit inside a written name without showing: soft hyphens, zero widths.
_INVISIBLE = "[\u00ad\u200b-\u200d\u2060\ufeff]*"


def _pattern(name: str) -> re.Pattern[str]:
    """A name however it is written: any case, any spaces, breaks or marks between its words.

    "Ana Secret" is found as "ana  secret", "Ana\nSecret", "**Ana** Secret", "Ana\u00a0Secret"
    and "Ana Se\u00adcret"; texts and names are compared in Unicode's composed form (NFC).
    """
    words = re.findall(r"\w+", unicodedata.normalize("NFC", name))
    spelled = [_INVISIBLE.join(re.escape(char) for char in word) for word in words]
    between = r"[\W_]+"
    return re.compile(r"(?<!\w)" + between.join(spelled) + r"(?!\w)", re.IGNORECASE)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def mentions(text: str, name: str) -> int:
    """How often a name appears in a text, however it is written."""
    if not re.search(r"\w", name):
        return 0
    return len(_pattern(name).findall(_nfc(text)))


def names_without_consent(draft: Draft) -> list[NameWithoutConsent]:
    """Every person not named with consent whose real name appears in anything that is sent."""
    found: list[NameWithoutConsent] = []
    for person in draft.people:
        if person.consent == "named" or not re.search(r"\w", person.name):
            continue
        name = person.name.strip()
        for index, section in enumerate(draft.sections):
            count = mentions(section.title, name) + mentions(section.body, name)
            if count:
                found.append(NameWithoutConsent(person, index, count))
        # The timeline, every field of it, and the captions of attachments.
        elsewhere = [
            text for e in draft.events for text in (e.when, e.text, *e.people, *e.organisations)
        ]
        elsewhere += [a.caption for a in draft.attachments]
        in_timeline = sum(mentions(text, name) for text in elsewhere)
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
        return pattern.sub(lambda _match: pseudonym, _nfc(text))

    return replace(
        draft,
        sections=tuple(replace(s, title=swap(s.title), body=swap(s.body)) for s in draft.sections),
        events=tuple(
            replace(
                e,
                when=swap(e.when),
                text=swap(e.text),
                people=tuple(swap(p) for p in e.people),
                organisations=tuple(swap(o) for o in e.organisations),
            )
            for e in draft.events
        ),
        attachments=tuple(replace(a, caption=swap(a.caption)) for a in draft.attachments),
    )
