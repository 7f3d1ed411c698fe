"""Consent checks: real names that appear in a draft without the person's agreement.

A name is found however it is written: in any case; with spaces, a line break, hyphens,
apostrophes or Markdown emphasis between its words (never a blank line or other punctuation:
"Ana. Secret meetings" is not "Ana Secret"); with invisible characters inside it (soft
hyphens, zero widths, direction marks, control characters the export would drop); and in
compatibility forms (full-width letters, ligatures). The names of people who agreed to be
named are set aside first, so "Maria" (a pseudonym) is not found inside "Maria Lopez" (named).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from coact_desktop.core.drafts.model import Draft, Person


@dataclass(frozen=True)
class NameWithoutConsent:
    """A real name found where its person did not agree to be named."""

    person: Person
    section: int  # index into Draft.sections, or -1 for the timeline
    count: int


# Unicode's format characters (category Cf, as of Unicode 15) and the control characters an
# export drops (all but tab and line breaks), plus the combining grapheme joiner: characters
# that can sit inside a written name without showing.
_INVISIBLE = (
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f\u034f\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")
# What may stand between the words of a name: spaces (one line break at most), hyphens,
# apostrophes and emphasis markers; invisible characters anywhere.
_SPACE = "[ \\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_SEPARATOR = f"{_SPACE}|[-\u2010\u2011'\u2019*_~`]"
_BETWEEN = f"(?:{_SEPARATOR}|{_INVISIBLE})"
_GAP = f"(?:{_BETWEEN}*\\n)?{_BETWEEN}*"
_MARKERS = "*_~`"


def normal(text: str) -> str:
    """A text as it is compared: compatibility forms folded, line breaks of every kind as \\n."""
    return _lines(unicodedata.normalize("NFKC", text))


def _lines(text: str) -> str:
    return _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))


@functools.lru_cache(maxsize=4096)
def _pattern(name: str) -> re.Pattern[str] | None:
    """The pattern that finds a name however it is written (None for a name with no words)."""
    words = re.findall(r"\w+", normal(name))
    if not words:
        return None
    invisible = f"{_INVISIBLE}*"
    spelled = [invisible.join(re.escape(char) for char in word) for word in words]
    body = _GAP.join(spelled)
    # Some separator must stand between two words, unless the name was written without one.
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


_INVISIBLE_RE = re.compile(_INVISIBLE)
_PLAIN_GAP = f"(?:{_SEPARATOR})*"  # in searchable text, which has no invisible characters


def _searchable(text: str) -> str:
    """A text as the check reads it: folded, invisible characters gone, in one case."""
    return _INVISIBLE_RE.sub("", normal(text)).casefold()


@functools.lru_cache(maxsize=4096)
def _finder(name: str) -> tuple[str, re.Pattern[str]] | None:
    """A fast pattern for a name in searchable text, and its first word (to skip texts)."""
    words = re.findall(r"\w+", _searchable(name))
    if not words:
        return None
    gap = f"(?:{_PLAIN_GAP}\n)?{_PLAIN_GAP}"
    return words[0], re.compile(rf"(?<!\w){gap.join(map(re.escape, words))}(?!\w)")


def _count(text: str, name: str) -> int:
    found = _finder(name)
    if found is None or found[0] not in text:
        return 0
    return len(found[1].findall(text))


def _mask(text: str, names: Iterable[str], finder: bool = False) -> str:
    """The text with the names of people who agreed to be named blanked out."""
    for name in names:
        found = _finder(name) if finder else None
        pattern = found[1] if found else None if finder else _pattern(name)
        if pattern is not None:
            text = pattern.sub(lambda match: " " * len(match.group(0)), text)
    return text


def mentions(text: str, name: str, named: Iterable[str] = ()) -> int:
    """How often a name appears in a text, however it is written."""
    return _count(_mask(_searchable(text), named, finder=True), name)


def names_without_consent(draft: Draft) -> list[NameWithoutConsent]:
    """Every person not named with consent whose real name appears in anything that is sent."""
    named = [p.name for p in draft.people if p.consent == "named" and p.name.strip()]

    def prepared(text: str) -> str:
        return _mask(_searchable(text), named, finder=True)

    # Each text is read once, whatever the number of people.
    sections = [prepared(f"{s.title}\n\n{s.body}") for s in draft.sections]
    elsewhere = [
        text for e in draft.events for text in (e.when, e.text, *e.people, *e.organisations)
    ]
    elsewhere += [a.caption for a in draft.attachments]
    timeline = prepared("\n\n".join(elsewhere))
    found: list[NameWithoutConsent] = []
    for person in draft.people:
        if person.consent == "named":
            continue
        for index, text in enumerate(sections):
            count = _count(text, person.name)
            if count:
                found.append(NameWithoutConsent(person, index, count))
        in_timeline = _count(timeline, person.name)
        if in_timeline:
            found.append(NameWithoutConsent(person, -1, in_timeline))
    return found


def replace_with_pseudonym(draft: Draft, person: Person) -> Draft:
    """The draft with the person's real name replaced by their pseudonym everywhere."""
    if not person.pseudonym.strip():
        raise ValueError("The person has no pseudonym to put in place of the name.")
    pattern, pseudonym = _pattern(person.name), person.pseudonym.strip()
    named = [p.name for p in draft.people if p.consent == "named" and p.name.strip()]
    if pattern is None:
        return draft

    def substitute(match: re.Match[str]) -> str:
        # Emphasis inside the name stays, after the pseudonym: "**Ana** Secret" → "**S.**".
        # A function, not a template: a pseudonym such as "M\\1" is text, never a backreference.
        return pseudonym + "".join(c for c in match.group(0) if c in _MARKERS)

    def swap(text: str) -> str:
        # Composed, not compatibility-folded: replacing a name changes nothing else the group
        # wrote (a full-width name is found by the check, and replaced by hand).
        text = _lines(unicodedata.normalize("NFC", text))
        masked = _mask(text, named)
        # Replace where the masked text matches: never inside the name of someone named.
        out, last = [], 0
        for match in pattern.finditer(masked):
            out += [text[last : match.start()], substitute(match)]
            last = match.end()
        return "".join([*out, text[last:]])

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
