"""The public form of a group's history that travels in a bundle (``data/history.json``).

It is the draft as others may see it: people who did not agree to be named appear only by
pseudonym, or not at all, and the draft's own id stays on the group's laptop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coact_desktop.core.drafts.attachments import KNOWN_FILES
from coact_desktop.core.drafts.model import CONSENTS, Draft
from coact_desktop.core.errors import BundleError
from coact_desktop.core.library.group_histories import (
    AcceptedHistory,
    AcceptedMedia,
    DatedMoment,
)

FORMAT = "coact-history/1"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
SHA256 = re.compile(r"[0-9a-f]{64}")
# The seven models of organising: the history's model chapters (a test keeps the two the same).
MODEL_SLUGS = (
    "grassroots",
    "treatment-advocacy",
    "public-health",
    "human-rights",
    "high-level-advocacy",
    "womens-organising",
    "drug-law-reform",
)
# A BCP 47 language tag as people write them: language, then script, region and variants
# ("en", "ru", "sr-Latn", "pt-BR", "es-419"); case does not matter in BCP 47.
LANGUAGE_TAG = re.compile(
    r"[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*", re.IGNORECASE
)


def is_language_tag(text: str) -> bool:
    """Whether a text is a BCP 47 language tag (the common forms; no private-use tags)."""
    return LANGUAGE_TAG.fullmatch(text) is not None


MAX_SHORT = 300  # names, places, titles, captions (characters)
MAX_BODY = 200_000  # one section's text
MAX_SECTIONS = 200
MAX_EVENTS = 2_000
MAX_PEOPLE = 2_000
MAX_ATTACHMENTS = 500
MAX_LIST = 50  # languages, models, people or organisations of an event
MAX_ROTATIONS = 20
MAX_EVENT_TEXT = 5_000
# Never in a received text: C0 and C1 controls, line and paragraph separators, direction
# overrides and isolates; texts of several lines may hold tabs and line feeds.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_MULTILINE_BAD = re.compile(f"[{_CONTROLS}]")
_SINGLE_LINE_BAD = re.compile(f"[{_CONTROLS}\t\n]")
_OTHER_BREAKS = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")
MAX_CAPTION = 2_000


@dataclass(frozen=True)
class PublicPerson:
    """A person as the bundle names them: their name if they agreed, else their pseudonym."""

    name: str
    consent: str  # "named" or "pseudonym"


@dataclass(frozen=True)
class PublicEvent:
    """A dated moment of the group's timeline."""

    when: str
    year: int | None
    text: str
    people: tuple[str, ...]
    organisations: tuple[str, ...]


@dataclass(frozen=True)
class PublicAttachment:
    """A cleaned attachment, named by its hash inside the bag."""

    sha256: str
    extension: str
    media_type: str
    caption: str

    @property
    def path(self) -> str:
        """Its path inside the bag's payload."""
        return f"data/media/{self.sha256}.{self.extension}"


@dataclass(frozen=True)
class Rotation:
    """A key rotation record: a statement and the old key's minisign signature of it."""

    statement: str
    signature: str


@dataclass(frozen=True)
class History:
    """The whole public history of one group, as one bundle carries it."""

    group_id: str
    name: str
    country: str
    city: str
    founded: int | None
    active: bool | None
    languages: tuple[str, ...]
    models: tuple[str, ...]
    language: str
    sections: tuple[tuple[str, str], ...]  # (title, Markdown body)
    events: tuple[PublicEvent, ...]
    people: tuple[PublicPerson, ...]
    attachments: tuple[PublicAttachment, ...]
    rotations: tuple[Rotation, ...] = ()

    def for_library(self) -> AcceptedHistory:
        """What the library keeps of this history once Coact accepts it."""
        return AcceptedHistory(
            group_id=self.group_id,
            name=self.name,
            language=self.language,
            country=self.country,
            city=self.city,
            founded=self.founded,
            models=self.models,
            sections=self.sections,
            events=tuple(DatedMoment(e.when, e.year, e.text) for e in self.events),
            media=tuple(
                AcceptedMedia(a.sha256, a.extension, a.media_type, a.caption)
                for a in self.attachments
            ),
        )

    def to_json(self) -> dict[str, Any]:
        """The documented JSON form (docs/bundle-format.md)."""
        return {
            "format": FORMAT,
            "group": {
                "id": self.group_id,
                "name": self.name,
                "country": self.country,
                "city": self.city,
                "founded": self.founded,
                "active": self.active,
                "languages": list(self.languages),
                "models": list(self.models),
            },
            "language": self.language,
            "sections": [{"title": t, "body": b} for t, b in self.sections],
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
            "people": [{"name": p.name, "consent": p.consent} for p in self.people],
            "attachments": [
                {
                    "file": a.path,
                    "sha256": a.sha256,
                    "media_type": a.media_type,
                    "caption": a.caption,
                }
                for a in self.attachments
            ],
            "key_rotations": [
                {"statement": r.statement, "signature": r.signature} for r in self.rotations
            ],
        }


def _clean(text: str, lines: bool = False) -> str:
    """A text without the characters a received history may not hold (they do not show)."""
    if not lines:
        return _SINGLE_LINE_BAD.sub(" ", text)
    # Line breaks of other kinds (Word's manual break, a page break) stay line breaks, so that
    # the words on either side are never joined; the other controls do not show, and go.
    text = _OTHER_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    return _MULTILINE_BAD.sub("", text)


def public_history(draft: Draft, group_id: str, rotations: tuple[Rotation, ...]) -> History:
    """The draft as it may leave the laptop: consent applied, empty sections left out."""
    public_name: dict[str, str | None] = {}
    people = []
    for person in draft.people:
        key = person.name.strip().casefold()
        if person.consent == "named":
            public_name[key] = person.name.strip()
            people.append(PublicPerson(person.name.strip(), "named"))
        elif person.consent == "pseudonym" and person.pseudonym.strip():
            public_name[key] = person.pseudonym.strip()
            people.append(PublicPerson(person.pseudonym.strip(), "pseudonym"))
        else:
            public_name[key] = None  # withheld: not in the bundle at all

    def event_people(names: tuple[str, ...]) -> tuple[str, ...]:
        shown = (public_name.get(n.strip().casefold(), n.strip()) for n in names)
        return tuple(n for n in shown if n)

    profile = draft.profile
    one = _clean  # a single line
    return History(
        group_id=group_id,
        name=one(profile.name.strip()),
        country=one(profile.country.strip()),
        city=one(profile.city.strip()),
        founded=profile.founded,
        active=profile.active,
        languages=tuple(one(x) for x in profile.languages),
        models=tuple(one(x) for x in profile.models),
        language=one(draft.language),
        sections=tuple(
            (one(s.title.strip()), _clean(s.body, lines=True))
            for s in draft.sections
            if s.body.strip()
        ),
        events=tuple(
            PublicEvent(
                one(e.when),
                e.year,
                _clean(e.text, lines=True),
                tuple(one(x) for x in event_people(e.people)),
                tuple(one(x) for x in e.organisations),
            )
            for e in draft.events
        ),
        people=tuple(PublicPerson(one(p.name), p.consent) for p in people),
        attachments=tuple(
            PublicAttachment(a.sha256, a.extension, a.media_type, _clean(a.caption, lines=True))
            for a in draft.attachments
        ),
        rotations=rotations,
    )


def history_from_json(data: object) -> History:
    """Check the JSON form of a received history field by field; BundleError says where."""
    top = _Obj(data, "history")
    top.only(
        "format",
        "group",
        "language",
        "sections",
        "events",
        "people",
        "attachments",
        "key_rotations",
    )
    if top.text("format", MAX_SHORT) != FORMAT:
        raise _bad("history.format", f"must be {FORMAT}")
    group = top.obj("group")
    group.only("id", "name", "country", "city", "founded", "active", "languages", "models")
    group_id = group.text("id", 36)
    if not UUID.fullmatch(group_id):
        raise _bad("history.group.id", "must be a lower-case UUID (version 4)")
    name = group.text("name", MAX_SHORT)
    if not name.strip():
        raise _bad("history.group.name", "is empty")
    sections = []
    for s in top.objs("sections", MAX_SECTIONS):
        s.only("title", "body")
        sections.append((s.text("title", MAX_SHORT), s.text("body", MAX_BODY, lines=True)))
    events = []
    for e in top.objs("events", MAX_EVENTS):
        e.only("when", "year", "text", "people", "organisations")
        events.append(
            PublicEvent(
                e.text("when", MAX_SHORT),
                e.year("year"),
                e.text("text", MAX_EVENT_TEXT, lines=True),
                e.texts("people"),
                e.texts("organisations"),
            )
        )
    people = []
    for p in top.objs("people", MAX_PEOPLE):
        p.only("name", "consent")
        consent = p.text("consent", 20)
        if consent not in CONSENTS or consent == "withheld":
            raise _bad(f"{p.where}.consent", "must be named or pseudonym")
        people.append(PublicPerson(p.text("name", MAX_SHORT), consent))
    attachments = []
    for a in top.objs("attachments", MAX_ATTACHMENTS):
        a.only("file", "sha256", "media_type", "caption")
        sha = a.text("sha256", 64)
        if not SHA256.fullmatch(sha):
            raise _bad(f"{a.where}.sha256", "must be a SHA-256 in lower-case hex")
        media_type = a.text("media_type", 40)
        kinds = [ext for ext, mt in KNOWN_FILES if mt == media_type]
        file = a.text("file", 200)
        extension = file.rpartition(".")[2]
        if extension not in kinds or file != f"data/media/{sha}.{extension}":
            raise _bad(f"{a.where}.file", "does not match its hash and media type")
        attachments.append(
            PublicAttachment(sha, extension, media_type, a.text("caption", MAX_CAPTION, lines=True))
        )
    # What the fields mean, not just their shape: the sender's program is not trusted either.
    named = {p.name for p in people}
    for number, event in enumerate(events):
        unknown = [n for n in event.people if n not in named]
        if unknown:
            raise _bad(
                f"history.events[{number}].people",
                f"names {unknown[0]!r}, who is not among the history's people",
            )
    models = group.texts("models")
    for model in models:
        if model not in MODEL_SLUGS:
            raise _bad("history.group.models", f"holds {model!r}, which is no model of organising")
    language = top.text("language", 20)
    if not is_language_tag(language):
        raise _bad("history.language", "is not a BCP 47 language tag (such as en or pt-BR)")
    rotations = []
    for r in top.objs("key_rotations", MAX_ROTATIONS):
        r.only("statement", "signature")
        rotations.append(
            Rotation(r.text("statement", 1_000, lines=True), r.text("signature", 4_096, lines=True))
        )
    return History(
        group_id=group_id,
        name=name,
        country=group.text("country", MAX_SHORT),
        city=group.text("city", MAX_SHORT),
        founded=group.year("founded"),
        active=group.optional_bool("active"),
        languages=group.texts("languages"),
        models=models,
        language=language,
        sections=tuple(sections),
        events=tuple(events),
        people=tuple(people),
        attachments=tuple(attachments),
        rotations=tuple(rotations),
    )


def _bad(where: str, what: str) -> BundleError:
    return BundleError("bad_history", f"The history in the bundle is not valid: {where} {what}.")


class _Obj:
    """Strict reading of one JSON object of a received history."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise _bad(where, "must be an object")
        self.data: dict[str, object] = data
        self.where = where

    def only(self, *fields: str) -> None:
        unknown = sorted(set(self.data) - set(fields))
        missing = [f for f in fields if f not in self.data]
        if unknown:
            raise _bad(f"{self.where}.{unknown[0]}", "is not a field of " + FORMAT)
        if missing:
            raise _bad(f"{self.where}.{missing[0]}", "is missing")

    def text(self, key: str, limit: int, lines: bool = False) -> str:
        value = self.data.get(key)
        if not isinstance(value, str):
            raise _bad(f"{self.where}.{key}", "must be text")
        if len(value) > limit:
            raise _bad(f"{self.where}.{key}", f"is longer than {limit} characters")
        # Control characters could rewrite a terminal or forge lines in a list; direction
        # overrides could show a name backwards. Only texts of several lines may break lines.
        if (_MULTILINE_BAD if lines else _SINGLE_LINE_BAD).search(value):
            raise _bad(f"{self.where}.{key}", "holds control characters")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if not isinstance(value, list) or len(value) > MAX_LIST:
            raise _bad(f"{self.where}.{key}", f"must be a list of at most {MAX_LIST} texts")
        items = _Obj({str(i): v for i, v in enumerate(value)}, f"{self.where}.{key}")
        return tuple(items.text(str(i), MAX_SHORT) for i in range(len(value)))

    def year(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
            raise _bad(f"{self.where}.{key}", "must be a year such as 1999, or null")
        return value

    def optional_bool(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, bool):
            raise _bad(f"{self.where}.{key}", "must be true, false or null")
        return value

    def obj(self, key: str) -> _Obj:
        return _Obj(self.data.get(key), f"{self.where}.{key}")

    def objs(self, key: str, limit: int) -> list[_Obj]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise _bad(f"{self.where}.{key}", "must be a list")
        if len(value) > limit:
            raise _bad(f"{self.where}.{key}", f"has more than {limit} entries")
        return [_Obj(item, f"{self.where}.{key}[{i}]") for i, item in enumerate(value)]
