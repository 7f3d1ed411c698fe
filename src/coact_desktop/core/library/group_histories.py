"""A group's accepted history in the library: chapters, passages, its index entry, timeline.

An accepted history is stored like an edition of its own (id ``group:<uuid>``), so the reader,
the organisations index, the timeline and search show it with no special cases; accepting a
newer bundle from the same group replaces the older one whole, in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coact_desktop.core.dto import LIST_PREFIX
from coact_desktop.core.library.edition import decades_in, form_spans
from coact_desktop.core.storage.models import (
    ChapterRow,
    EditionRow,
    EventRow,
    MediaRow,
    MentionRow,
    OrganisationRow,
    PassageRow,
)

GROUP_PREFIX = "group:"
KIND = "group-history"
FIRST_POSITION = 100_000  # after every chapter of the bundled edition
STRIDE = 1_000  # room for each group's sections
# Bounded on purpose: an unbounded lazy match is tried from every marker to the end of the
# paragraph, so "*a *a *a …" took time in the square of its length (45 s for 120,000 chars).
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\(([^)\s]{1,500})\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)([^*_`\n]{1,300}?)(?<=\S)\1")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


@dataclass(frozen=True)
class DatedMoment:
    """One moment of a group's timeline, as the library shows it."""

    when: str
    year: int | None
    text: str


@dataclass(frozen=True)
class AcceptedMedia:
    """A cleaned photo or file of a history: its hash, its kind, and the group's caption."""

    sha256: str
    extension: str
    media_type: str
    caption: str

    @property
    def file_name(self) -> str:
        """Its name where the inbox keeps it (the hash, never a person's file name)."""
        return f"{self.sha256}.{self.extension}"


# Where each picture's bytes are to be had when its history goes into the library.
MediaBytes = Callable[[AcceptedMedia], bytes]
MEDIA_CHAPTER = "Photos and files"


@dataclass(frozen=True)
class AcceptedHistory:
    """What the library keeps of an accepted history; the inbox hands it over (no bundle here)."""

    group_id: str
    name: str
    language: str
    country: str
    city: str
    founded: int | None
    models: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]  # (title, Markdown body)
    events: tuple[DatedMoment, ...]
    media: tuple[AcceptedMedia, ...] = ()


def edition_id(group_id: str) -> str:
    """The library id of a group's history."""
    return GROUP_PREFIX + group_id


def plain_blocks(markdown: str) -> list[tuple[str, bool]]:
    """Markdown as plain paragraphs and list items (text, is_list_item), markers removed."""
    blocks: list[tuple[str, bool]] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append((_inline(" ".join(paragraph)), False))
            paragraph.clear()

    for line in markdown.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            end_paragraph()
        elif _BULLET.match(line):
            end_paragraph()
            blocks.append((LIST_PREFIX + _inline(_BULLET.sub("", line, count=1)), True))
        elif _HEADING.match(line):
            end_paragraph()
            blocks.append((_inline(_HEADING.sub("", line, count=1)), False))
        else:
            paragraph.append(line.strip())
    end_paragraph()
    # A block of only punctuation ("---", "…") says nothing a reader or search could use.
    return [(text, is_item) for text, is_item in blocks if re.search(r"\w", text)]


def _inline(text: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)
    return _EMPHASIS.sub(lambda m: m.group(2), text).strip()


def _base_position(session: Session, eid: str) -> int:
    """Where the group's chapters go: its old place when replaced, else after every other."""
    positions = session.execute(
        select(ChapterRow.edition_id, func.min(ChapterRow.position))
        .where(ChapterRow.kind == KIND)
        .group_by(ChapterRow.edition_id)
    ).all()
    own = [p for e, p in positions if e == eid]
    if own:
        return int(own[0])
    return max((int(p) for _, p in positions), default=FIRST_POSITION - STRIDE) + STRIDE


def place_histories(session: Session, placement: Sequence[tuple[str, str | None]]) -> None:
    """Put the groups' histories in the edition's reading order, each under its model.

    Groups the edition does not name (accepted here, not yet published) keep their order after
    it. Only rows whose place changes are written: an import that adds 20 histories to 1,000
    moves 20.
    """
    if not placement:
        return
    models = dict(placement)
    rank = {edition_id(g): i for i, (g, _m) in enumerate(placement)}
    rows = session.execute(
        select(ChapterRow.id, ChapterRow.edition_id, ChapterRow.position)
        .where(ChapterRow.kind == KIND)
        .order_by(ChapterRow.position)
    ).all()
    groups: dict[str, list[tuple[int, int]]] = {}
    for row_id, eid, position in rows:
        groups.setdefault(eid, []).append((row_id, position))
    order = sorted(groups, key=lambda e: (rank.get(e, len(rank)), groups[e][0][1]))
    moves = [
        {"id": row_id, "position": FIRST_POSITION + n * STRIDE + k}
        for n, eid in enumerate(order)
        for k, (row_id, position) in enumerate(groups[eid])
        if position != FIRST_POSITION + n * STRIDE + k
    ]
    if moves:
        session.execute(update(ChapterRow), moves)
    for row in session.scalars(select(EditionRow).where(EditionRow.id.in_(list(rank)))):
        model = models.get(row.id.removeprefix(GROUP_PREFIX))
        if row.model != model:
            row.model = model


@dataclass(frozen=True)
class Prepared:
    """A history cut into the library's chapters and passages, before any database work."""

    chapters: list[tuple[str, list[tuple[str, bool]]]]
    dated: list[DatedMoment]
    timeline: list[tuple[str, bool]]
    media_chapter: int | None = None  # the chapter whose passages are the captions, in order


def prepare(history: AcceptedHistory) -> Prepared:
    """Turn the Markdown into passages (done before the write transaction, never inside it)."""
    chapters = [(title, plain_blocks(body)) for title, body in history.sections]
    media_chapter = None
    if history.media:
        # Each caption is a passage (so search finds a photo by what the group said of it),
        # shown with its picture; on one line, as the reader shows a caption.
        media_chapter = len(chapters)
        captions = [(" ".join(m.caption.split()), False) for m in history.media]
        chapters.append((MEDIA_CHAPTER, captions))
    dated = [e for e in history.events if re.search(r"\w", e.when + e.text)]
    timeline = [(f"{e.when}: {e.text}", False) for e in dated]
    if timeline:
        chapters.append(("Timeline", timeline))
    return Prepared(chapters, dated, timeline, media_chapter)


def replace_group_history(
    session: Session,
    history: AcceptedHistory,
    prepared: Prepared,
    bundle_id: str,
    key_id: str,
    sequence: int,
    now: datetime,
    media_bytes: MediaBytes | None = None,
) -> None:
    """Put a group's history into the library, replacing its earlier one if any.

    ``media_bytes`` reads each photo or file the history has (required if it has any).
    """
    eid = edition_id(history.group_id)
    old = session.get(EditionRow, eid)
    base = _base_position(session, eid)
    if old is not None:
        session.delete(old)
        session.flush()
    session.add(
        EditionRow(
            id=eid,
            version=sequence,
            title=history.name,
            date=now.strftime("%Y-%m-%d"),
            publisher=history.name,
            authors=[history.name],
            credit=history.name,
            language=history.language,
            source_sha256=bundle_id,
            publisher_key_id=key_id,
            loaded_at=now,
        )
    )
    session.flush()
    org_slug = f"group-{history.group_id}"
    session.add(
        OrganisationRow(
            slug=org_slug,
            edition_id=eid,
            name=history.name,
            aliases=[],
            mention_forms=[],
            country=history.country or None,
            region=None,
            city=history.city or None,
            founded=history.founded,
            founded_text=str(history.founded) if history.founded else None,
            closed=None,
            closed_text=None,
            models=list(history.models),
        )
    )
    countries = [history.country] if history.country else []
    chapters, dated = prepared.chapters, prepared.dated
    passage_ids: dict[str, str] = {}
    made: list[tuple[str, str]] = []
    pictured: list[tuple[str, AcceptedMedia]] = []
    for number, (title, blocks) in enumerate(chapters):
        chapter = ChapterRow(
            edition_id=eid,
            slug=f"group-{history.group_id}-{number + 1}",
            position=base + number,
            title=title,
            kind=KIND,
        )
        for position, (text, is_item) in enumerate(blocks):
            pid = f"g-{history.group_id}-{number + 1}-{position + 1}"
            passage_ids[text] = passage_ids.get(text, pid)
            made.append((pid, text))
            if number == prepared.media_chapter:
                pictured.append((pid, history.media[position]))
            chapter.passages.append(
                PassageRow(
                    id=pid,
                    position=position,
                    text=text,
                    is_list_item=is_item,
                    decades=sorted(decades_in(text)),
                    places=[],
                    countries=countries,
                )
            )
        session.add(chapter)
    session.flush()  # the passages before the mentions and pictures that name them
    _add_media(session, pictured, media_bytes)
    # The rows just made, not read back: a thousand histories imported at once stay quick.
    mentions = [pid for pid, text in made if form_spans(text, (history.name,))]
    session.add_all(MentionRow(organisation_slug=org_slug, passage_id=pid) for pid in mentions)
    for event, (text, _) in zip(dated, prepared.timeline, strict=True):
        if event.year is None:
            continue  # kept in the group's timeline chapter; the library timeline needs a year
        session.add(
            EventRow(
                edition_id=eid,
                year_from=event.year,
                year_to=event.year,
                when_text=event.when,
                quote=event.text,
                passage_id=passage_ids[text],
                organisations=[org_slug],
            )
        )


def _add_media(
    session: Session, pictured: list[tuple[str, AcceptedMedia]], media_bytes: MediaBytes | None
) -> None:
    """Each photo or file beside the passage that is its caption."""
    if not pictured:
        return
    if media_bytes is None:
        raise ValueError("a history with photos or files needs where to read them from")
    for pid, media in pictured:
        data = media_bytes(media)
        session.add(
            MediaRow(
                passage_id=pid,
                sha256=media.sha256,
                media_type=media.media_type,
                size=len(data),
                data=data,
            )
        )
