"""A group's own history, as plain data: profile, sections, timeline, people and consent.

The JSON form ``coact-draft/1`` (docs/draft-format.md) is exactly ``Draft.to_json()``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from coact_desktop.core.drafts.attachments import KNOWN_FILES, Attachment
from coact_desktop.core.errors import KnownError

FORMAT = "coact-draft/1"
CONSENTS = ("named", "pseudonym", "withheld")


class DraftError(KnownError):
    """A draft, or its JSON form, is not valid."""

    code = "draft"


@dataclass(frozen=True)
class Profile:
    """Who the group is."""

    name: str = ""
    country: str = ""
    city: str = ""
    founded: int | None = None
    active: bool | None = None
    languages: tuple[str, ...] = ()
    models: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A part of the narrative; ``prompt`` names the guiding question it answers, if any."""

    title: str
    body: str = ""
    prompt: str | None = None


@dataclass(frozen=True)
class Event:
    """A dated moment of the group's own timeline."""

    when: str
    text: str
    year: int | None = None
    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """Someone the history mentions, and what they agreed to."""

    name: str
    consent: str = "withheld"
    pseudonym: str = ""


@dataclass(frozen=True)
class Draft:
    """A whole draft: what a save writes and a revision holds."""

    id: str
    language: str = "en"
    profile: Profile = field(default_factory=Profile)
    sections: tuple[Section, ...] = ()
    events: tuple[Event, ...] = ()
    people: tuple[Person, ...] = ()
    attachments: tuple[Attachment, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The documented JSON form."""
        return {
            "format": FORMAT,
            "id": self.id,
            "language": self.language,
            "profile": {
                "name": self.profile.name,
                "country": self.profile.country,
                "city": self.profile.city,
                "founded": self.profile.founded,
                "active": self.profile.active,
                "languages": list(self.profile.languages),
                "models": list(self.profile.models),
            },
            "sections": [
                {"title": s.title, "prompt": s.prompt, "body": s.body} for s in self.sections
            ],
            "events": [
                {
                    "when": e.when,
                    "year": e.year,
                    "text": e.text,
                    "people": list(e.people),
                    "organisations": list(e.organisations),
                }
                for e in self.events
            ],
            "people": [
                {"name": p.name, "consent": p.consent, "pseudonym": p.pseudonym}
                for p in self.people
            ],
            "attachments": [
                {
                    "sha256": a.sha256,
                    "extension": a.extension,
                    "media_type": a.media_type,
                    "caption": a.caption,
                }
                for a in self.attachments
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> Draft:
        """Parse and check the JSON form; DraftError says what is wrong and where."""
        reader = _Reader(data, "draft")
        reader.only(
            "format", "id", "language", "profile", "sections", "events", "people", "attachments"
        )
        if reader.text("format") != FORMAT:
            raise DraftError(f"This is not a {FORMAT} file (its format field says otherwise).")
        profile = reader.child("profile")
        profile.only("name", "country", "city", "founded", "active", "languages", "models")
        draft = cls(
            id=reader.text("id"),
            language=reader.text("language"),
            profile=Profile(
                name=profile.text("name"),
                country=profile.text("country"),
                city=profile.text("city"),
                founded=profile.year("founded"),
                active=profile.optional_bool("active"),
                languages=profile.texts("languages"),
                models=profile.texts("models"),
            ),
            sections=tuple(
                Section(s.text("title"), s.text("body"), s.optional_text("prompt"))
                for s in reader.children("sections", "title", "prompt", "body")
            ),
            events=tuple(
                Event(
                    e.text("when"),
                    e.text("text"),
                    e.year("year"),
                    e.texts("people"),
                    e.texts("organisations"),
                )
                for e in reader.children(
                    "events", "when", "year", "text", "people", "organisations"
                )
            ),
            people=tuple(
                Person(p.text("name"), p.choice("consent", CONSENTS), p.text("pseudonym"))
                for p in reader.children("people", "name", "consent", "pseudonym")
            ),
            attachments=tuple(
                Attachment(a.sha256("sha256"), *a.file_type(), a.text("caption"))
                for a in reader.children(
                    "attachments", "sha256", "extension", "media_type", "caption", optional=True
                )
            ),
        )
        if not draft.id.strip():
            raise DraftError("The draft has no id.")
        return draft

    def with_section(self, index: int, section: Section) -> Draft:
        """A copy with one section replaced."""
        sections = list(self.sections)
        sections[index] = section
        return replace(self, sections=tuple(sections))


class _Reader:
    """Strict reading of one JSON object, with the path of any problem in the message."""

    def __init__(self, data: Any, where: str, *fields: str) -> None:
        if not isinstance(data, dict):
            raise DraftError(f"{where} must be an object.")
        self._data = data
        self._where = where
        if fields:
            self.only(*fields)

    def only(self, *fields: str) -> None:
        unknown = sorted(set(self._data) - set(fields))
        if unknown:
            raise DraftError(f"{self._where}.{unknown[0]} is not a field of a {FORMAT} draft.")

    def _get(self, key: str) -> Any:
        if key not in self._data:
            raise DraftError(f"{self._where}.{key} is missing.")
        return self._data[key]

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            raise DraftError(f"{self._where}.{key} must be text.")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self._get(key)
        return None if value is None else self.text(key)

    def year(self, key: str) -> int | None:
        value = self._get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
            raise DraftError(f"{self._where}.{key} must be a year such as 1999, or null.")
        return value

    def optional_bool(self, key: str) -> bool | None:
        value = self._get(key)
        if value is not None and not isinstance(value, bool):
            raise DraftError(f"{self._where}.{key} must be true, false or null.")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DraftError(f"{self._where}.{key} must be a list of texts.")
        return tuple(value)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.text(key)
        if value not in allowed:
            raise DraftError(f"{self._where}.{key} must be one of: {', '.join(allowed)}.")
        return value

    def child(self, key: str) -> _Reader:
        return _Reader(self._get(key), f"{self._where}.{key}")

    def file_type(self) -> tuple[str, str]:
        """Extension and media type, only of the kinds Coact Desktop writes."""
        kind = (self.text("extension"), self.text("media_type"))
        if kind not in KNOWN_FILES:
            raise DraftError(f"{self._where} is not a kind of attachment Coact Desktop makes.")
        return kind

    def sha256(self, key: str) -> str:
        value = self.text(key)
        if not re.fullmatch(r"[0-9a-f]{64}", value):
            raise DraftError(f"{self._where}.{key} must be a SHA-256 in lower-case hex.")
        return value

    def children(self, key: str, *fields: str, optional: bool = False) -> list[_Reader]:
        if optional and key not in self._data:
            return []
        value = self._get(key)
        if not isinstance(value, list):
            raise DraftError(f"{self._where}.{key} must be a list.")
        return [_Reader(item, f"{self._where}.{key}[{i}]", *fields) for i, item in enumerate(value)]


# The guiding questions, drawn from the history's framework; new drafts start with these sections.
PROMPTS: tuple[tuple[str, str], ...] = (
    ("beginnings", "How the group began"),
    ("activities", "What the group does"),
    ("milestones", "Milestones"),
    ("challenges", "Challenges and responses"),
    ("achievements", "Achievements"),
    ("lessons", "Lessons for other groups"),
)
