"""The library service: load editions into SQLite and read chapters, organisations, timeline."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from coact_desktop.core.dto import (
    Chapter,
    ChapterInfo,
    EditionInfo,
    FilterChoices,
    Mention,
    Organisation,
    Passage,
    PassageMedia,
    TimelineEvent,
)
from coact_desktop.core.errors import KnownError, NotFound, PackError
from coact_desktop.core.library import changes
from coact_desktop.core.library.edition import Edition, decades_in, form_spans, places_in
from coact_desktop.core.library.group_histories import (
    GROUP_PREFIX,
    KIND,
    AcceptedHistory,
    MediaBytes,
    place_histories,
    prepare,
    replace_group_history,
)
from coact_desktop.core.storage.models import (
    ChapterRow,
    EditionRow,
    EditionStateRow,
    EventRow,
    MediaRow,
    MentionRow,
    OrganisationRow,
    PassageRow,
)
from coact_desktop.core.storage.whole_file import replace_whole


@dataclass(frozen=True)
class IndexDocument:
    """What the search index needs of one passage."""

    passage_id: str
    chapter_slug: str
    chapter_title: str
    text: str
    language: str
    models: tuple[str, ...]
    countries: tuple[str, ...]
    decades: tuple[str, ...]


class LibraryService:
    """Reads and loads the library; every method opens its own short session."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    # -- loading ---------------------------------------------------------------------------

    def ensure_edition(self, edition: Edition) -> bool:
        """Load an edition unless this one or a newer is loaded; return whether anything changed."""
        with self._sessions.begin() as session:
            row = session.get(EditionRow, edition.id)
            if row and (
                row.version > edition.version  # imported from a pack: never replaced by an older
                or (row.version == edition.version and row.source_sha256 == edition.source_sha256)
            ):
                return False
            if row:
                # A newer bundled edition replaces the old one whole, in the same transaction.
                session.delete(row)
                session.flush()
            self._insert(session, edition)
        return True

    def editions(self) -> tuple[EditionInfo, ...]:
        """Every edition the library holds: Coact's first, then each group's history."""
        with self._sessions() as session:
            rows = session.scalars(select(EditionRow).order_by(EditionRow.id))
            found = [
                EditionInfo(
                    r.id, r.version, r.title, r.date, r.publisher, tuple(r.authors), r.credit
                )
                for r in rows
            ]
        return tuple(sorted(found, key=lambda e: (e.id.startswith(GROUP_PREFIX), e.id)))

    def edition_version(self, edition_id: str) -> int | None:
        """The version of an edition in the library, if it is there."""
        return self.edition_signed(edition_id)[0]

    def edition_signed(self, edition_id: str) -> tuple[int | None, str | None]:
        """An edition's version and the key id that signed it (None: shipped with the program)."""
        with self._sessions() as session:
            row = session.get(EditionRow, edition_id)
            return (None, None) if row is None else (row.version, row.publisher_key_id)

    def edition_state(self, edition_id: str) -> bytes | None:
        """The published state (a pack's records) the edition came from, if it came from one."""
        with self._sessions() as session:
            row = session.get(EditionStateRow, edition_id)
            return None if row is None else row.records

    def chapter_texts(self, edition_id: str) -> dict[str, tuple[str, str]]:
        """Each chapter of one edition: slug -> title and whole text (to compare a pack with)."""
        with self._sessions() as session:
            return {
                slug: (title, text)
                for (eid, slug), (title, _group, text) in changes.snapshot(session).items()
                if eid == edition_id
            }

    def import_edition(
        self,
        edition: Edition,
        histories: Sequence[tuple[AcceptedHistory, str]],
        key_id: str,
        replaces: int | None,
        state: bytes,
        notes: str = "",
        left_out: Sequence[tuple[str, str]] = (),
        continues: bool = False,
        placement: Sequence[tuple[str, str | None]] = (),
        media_bytes: MediaBytes | None = None,
    ) -> None:
        """Put a published edition and its groups' histories in place, all in one transaction.

        Each history comes with the hash it is known by; a kill at any moment leaves the old
        library or the new one, never a mix. ``replaces`` is the version the import was checked
        against: if another import changed it meanwhile, nothing is done. ``state`` is kept as
        the base of the next delta; ``placement``: each group in the edition's reading order,
        with the model it is placed under; ``left_out`` names groups (with the hash of the history)
        that the last edition held and this one does not: that history goes, unless the library
        has since taken another one of the group's. ``continues``: this import follows the one
        before on the same route, and "what's new" runs from before that one. ``media_bytes``
        reads the photos and files of the histories that have any.
        """
        held = self._held_histories()
        # A history the library holds already, byte for byte, stays as it is: a delta adding 20
        # histories to 1,000 rewrites 20, not 1,020.
        changed = [(h, sha) for h, sha in histories if held.get(GROUP_PREFIX + h.group_id) != sha]
        prepared = [(history, sha, prepare(history)) for history, sha in changed]
        now = datetime.now(UTC).replace(tzinfo=None)
        with self._sessions.begin() as session:
            if self._held_histories(session) != held:
                raise PackError(
                    "changed_meanwhile",
                    "The library changed while this edition was being checked; import the file "
                    "again.",
                )
            row = session.get(EditionRow, edition.id)
            if (None if row is None else row.version) != replaces:
                raise PackError(
                    "changed_meanwhile",
                    "The library's edition changed while this one was being checked; import "
                    "the file again.",
                )
            before = changes.snapshot(session)
            stored = session.get(EditionStateRow, edition.id) if continues else None
            earlier = changes.from_json(stored.whats_new) if stored is not None else None
            if row:
                session.execute(delete(EditionStateRow).where(EditionStateRow.edition_id == row.id))
                session.delete(row)
                session.flush()
            self._insert(session, edition, key_id)
            for group, sha in left_out:
                session.execute(
                    delete(EditionRow).where(
                        EditionRow.id == GROUP_PREFIX + group, EditionRow.source_sha256 == sha
                    )
                )
            for history, sha, cut in prepared:
                replace_group_history(
                    session, history, cut, sha, key_id, edition.version, now, media_bytes
                )
            session.flush()
            place_histories(session, placement)
            news = changes.compare(
                before,
                changes.snapshot(session),
                edition.version,
                edition.title,
                edition.date,
                notes,
            )
            if earlier is not None:
                news = changes.combine(earlier, news)
            session.add(
                EditionStateRow(
                    edition_id=edition.id, records=state, whats_new=changes.to_json(news)
                )
            )

    def _held_histories(self, session: Session | None = None) -> dict[str, str]:
        """Each group history's library id and the hash it is known by."""
        query = select(EditionRow.id, EditionRow.source_sha256).where(
            EditionRow.id.startswith(GROUP_PREFIX)
        )
        if session is not None:
            return {i: sha for i, sha in session.execute(query)}
        with self._sessions() as own:
            return {i: sha for i, sha in own.execute(query)}

    def whats_new(self, edition_id: str) -> changes.WhatsNew | None:
        """What the last import of an edition brought; None if it came with the program."""
        with self._sessions() as session:
            row = session.get(EditionStateRow, edition_id)
            return None if row is None else changes.from_json(row.whats_new)

    def _insert(self, session: Session, edition: Edition, key_id: str | None = None) -> None:
        session.add(
            EditionRow(
                id=edition.id,
                version=edition.version,
                title=edition.title,
                date=edition.date,
                publisher=edition.publisher,
                authors=list(edition.authors),
                credit=edition.credit,
                language=edition.language,
                source_sha256=edition.source_sha256,
                publisher_key_id=key_id,
                loaded_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
        org_forms = {o.slug: o.all_forms for o in edition.organisations}
        all_org_forms = tuple(f for forms in org_forms.values() for f in forms)
        org_by_slug = {o.slug: o for o in edition.organisations}
        place_country = {
            p.name: (p.name if p.kind == "country" else p.country) for p in edition.places
        }
        session.flush()
        mentions: list[MentionRow] = []
        for chapter in edition.chapters:
            chapter_row = ChapterRow(
                edition_id=edition.id,
                slug=chapter.slug,
                position=chapter.position,
                title=chapter.title,
                kind=chapter.kind,
            )
            for passage in chapter.passages:
                mentioned = [s for s, forms in org_forms.items() if form_spans(passage.text, forms)]
                places = places_in(passage.text, edition.places, all_org_forms)
                countries = {place_country[p] for p in places} | {
                    org_by_slug[s].country for s in mentioned
                }
                chapter_row.passages.append(
                    PassageRow(
                        id=passage.id,
                        position=passage.position,
                        text=passage.text,
                        is_list_item=passage.is_list_item,
                        decades=sorted(decades_in(passage.text)),
                        places=sorted(places),
                        countries=sorted(c for c in countries if c),
                    )
                )
                mentions.extend(
                    MentionRow(organisation_slug=s, passage_id=passage.id) for s in mentioned
                )
            session.add(chapter_row)
        for org in edition.organisations:
            session.add(
                OrganisationRow(
                    slug=org.slug,
                    edition_id=edition.id,
                    name=org.name,
                    aliases=list(org.aliases),
                    mention_forms=list(org.mention_forms),
                    country=org.country,
                    region=org.region,
                    city=org.city,
                    founded=org.founded,
                    founded_text=org.founded_text,
                    closed=org.closed,
                    closed_text=org.closed_text,
                    models=list(org.models),
                )
            )
        session.flush()
        session.add_all(mentions)
        for event in edition.events:
            session.add(
                EventRow(
                    edition_id=edition.id,
                    year_from=event.year_from,
                    year_to=event.year_to,
                    when_text=event.when,
                    quote=event.quote,
                    passage_id=edition.passage_with(event.quote).id,
                    organisations=list(event.organisations),
                )
            )

    # -- reading ---------------------------------------------------------------------------

    def edition_info(self) -> EditionInfo:
        """The loaded edition (the first, while a profile holds one)."""
        with self._sessions() as session:
            row = session.scalars(
                select(EditionRow)
                .where(~EditionRow.id.startswith(GROUP_PREFIX))
                .order_by(EditionRow.loaded_at)
            ).first()
            if row is None:
                raise NotFound("No edition is loaded in this profile.")
            return EditionInfo(
                row.id,
                row.version,
                row.title,
                row.date,
                row.publisher,
                tuple(row.authors),
                row.credit,
            )

    def chapters(self) -> tuple[ChapterInfo, ...]:
        """The contents, in reading order."""
        with self._sessions() as session:
            groups = _group_names(session)
            rows = session.scalars(select(ChapterRow).order_by(ChapterRow.position))
            return tuple(_chapter_info(r, groups) for r in rows)

    def chapter(self, slug: str) -> Chapter:
        """A chapter with all its passages."""
        with self._sessions() as session:
            row = session.scalars(select(ChapterRow).where(ChapterRow.slug == slug)).first()
            if row is None:
                raise NotFound(f"There is no chapter called {slug!r}.", slug=slug)
            info = _chapter_info(row, _group_names(session))
            media: dict[str, PassageMedia] = {}
            if row.kind == KIND:  # only a group's history has photos or files
                for pid, sha, media_type, size in session.execute(
                    select(MediaRow.passage_id, MediaRow.sha256, MediaRow.media_type, MediaRow.size)
                    .join(PassageRow, PassageRow.id == MediaRow.passage_id)
                    .where(PassageRow.chapter_id == row.id)
                ):
                    media[pid] = PassageMedia(sha, media_type, size)
            return Chapter(
                info, tuple(_passage(p, slug)._replace(media=media.get(p.id)) for p in row.passages)
            )

    def media(self, passage_id: str) -> tuple[str, bytes]:
        """The media type and bytes of the photo or file shown with a passage."""
        with self._sessions() as session:
            row = session.get(MediaRow, passage_id)
            if row is None:
                raise NotFound(f"No photo or file goes with {passage_id!r}.", passage=passage_id)
            return row.media_type, row.data

    def save_media(self, passage_id: str, target: Path) -> int:
        """Write a copy of a passage's photo or file to ``target`` (whole, or not at all)."""
        _kind, data = self.media(passage_id)
        try:
            replace_whole(target, lambda out: out.write(data), 0o644)
        except OSError as exc:
            raise KnownError(f"Cannot save {target}: {exc.strerror or exc}.") from exc
        return len(data)

    def organisations(self) -> tuple[Organisation, ...]:
        """Every organisation, by name, with how many passages mention it."""
        with self._sessions() as session:
            counts = dict(
                session.execute(
                    select(MentionRow.organisation_slug, func.count()).group_by(
                        MentionRow.organisation_slug
                    )
                ).all()
            )
            rows = session.scalars(
                select(OrganisationRow).order_by(func.lower(OrganisationRow.name))
            )
            return tuple(_organisation(r, counts.get(r.slug, 0)) for r in rows)

    def organisation(self, slug: str) -> Organisation:
        """One organisation."""
        with self._sessions() as session:
            row = session.get(OrganisationRow, slug)
            if row is None:
                raise NotFound(f"There is no organisation called {slug!r}.", slug=slug)
            count = session.scalar(select(func.count()).where(MentionRow.organisation_slug == slug))
            return _organisation(row, count or 0)

    def mentions(self, slug: str) -> tuple[Mention, ...]:
        """Every passage that mentions an organisation, in reading order, with the names marked."""
        with self._sessions() as session:
            org = session.get(OrganisationRow, slug)
            if org is None:
                raise NotFound(f"There is no organisation called {slug!r}.", slug=slug)
            forms = (org.name, *org.aliases, *org.mention_forms)
            rows = session.execute(
                select(PassageRow, ChapterRow)
                .join(MentionRow, MentionRow.passage_id == PassageRow.id)
                .join(ChapterRow, ChapterRow.id == PassageRow.chapter_id)
                .where(MentionRow.organisation_slug == slug)
                .order_by(ChapterRow.position, PassageRow.position)
            )
            return tuple(
                Mention(p.id, c.slug, c.title, p.text, tuple(form_spans(p.text, forms)))
                for p, c in rows
            )

    def timeline(self) -> tuple[TimelineEvent, ...]:
        """The dated events in time order, each with its passage and where the quote stands."""
        with self._sessions() as session:
            rows = session.execute(
                select(EventRow, PassageRow.text, ChapterRow)
                .join(PassageRow, PassageRow.id == EventRow.passage_id)
                .join(ChapterRow, ChapterRow.id == PassageRow.chapter_id)
                .order_by(EventRow.year_from, EventRow.year_to, EventRow.id)
            )
            events = []
            for e, text, c in rows:
                start = text.find(e.quote)
                events.append(
                    TimelineEvent(
                        year_from=e.year_from,
                        year_to=e.year_to,
                        when=e.when_text,
                        quote=e.quote,
                        passage_id=e.passage_id,
                        chapter_slug=c.slug,
                        chapter_title=c.title,
                        organisations=tuple(e.organisations),
                        span=(start, start + len(e.quote)),
                    )
                )
            return tuple(events)

    def filter_choices(self) -> FilterChoices:
        """The values the search filters can take."""
        chapters = self.chapters()
        countries: set[str] = set()
        decades: set[str] = set()
        for document in self.index_documents():
            countries.update(document.countries)
            decades.update(document.decades)
        return FilterChoices(
            chapters=chapters,
            models=tuple(c for c in chapters if c.kind == "model"),
            countries=tuple(sorted(countries)),
            decades=tuple(sorted(decades)),
        )

    def index_documents(self) -> Iterator[IndexDocument]:
        """Every passage, with the fields search filters on."""
        with self._sessions() as session:
            rows = session.execute(
                select(PassageRow, ChapterRow, EditionRow.language)
                .join(ChapterRow, ChapterRow.id == PassageRow.chapter_id)
                .join(EditionRow, EditionRow.id == ChapterRow.edition_id)
                .order_by(ChapterRow.position, PassageRow.position)
            )
            group_models = {
                org.edition_id: tuple(org.models)
                for org in session.scalars(
                    select(OrganisationRow).where(
                        OrganisationRow.edition_id.startswith(GROUP_PREFIX)
                    )
                )
            }
            for p, c, language in rows:
                if c.kind == "model":
                    models: tuple[str, ...] = (c.slug,)
                else:
                    models = group_models.get(c.edition_id, ())
                yield IndexDocument(
                    passage_id=p.id,
                    chapter_slug=c.slug,
                    chapter_title=c.title,
                    text=p.text,
                    language=language,
                    models=models,
                    countries=tuple(p.countries),
                    decades=tuple(p.decades),
                )

    def passages(self, ids: list[str]) -> dict[str, Passage]:
        """Passages by id (for snippets)."""
        with self._sessions() as session:
            rows = session.execute(
                select(PassageRow, ChapterRow.slug)
                .join(ChapterRow, ChapterRow.id == PassageRow.chapter_id)
                .where(PassageRow.id.in_(ids))
            )
            return {p.id: _passage(p, slug) for p, slug in rows}

    def content_fingerprint(self) -> str:
        """Changes whenever anything the index holds changes (edition ids and versions)."""
        with self._sessions() as session:
            rows = session.execute(
                select(EditionRow.id, EditionRow.version, EditionRow.source_sha256).order_by(
                    EditionRow.id
                )
            )
            return hashlib.sha256(repr(list(rows)).encode()).hexdigest()


def _chapter_info(row: ChapterRow, groups: dict[str, tuple[str, str]]) -> ChapterInfo:
    name, model = groups.get(row.edition_id, ("", ""))
    return ChapterInfo(row.slug, row.title, row.kind, row.position, name, model)


def _group_names(session: Session) -> dict[str, tuple[str, str]]:
    """Edition id → the group's name and its model, for the groups' own histories."""
    rows = session.execute(
        select(EditionRow.id, EditionRow.title, EditionRow.model).where(
            EditionRow.id.startswith(GROUP_PREFIX)
        )
    )
    return {edition_id: (title, model or "") for edition_id, title, model in rows}


def _passage(row: PassageRow, chapter_slug: str) -> Passage:
    return Passage(row.id, chapter_slug, row.position, row.text, row.is_list_item)


def _organisation(row: OrganisationRow, count: int) -> Organisation:
    return Organisation(
        slug=row.slug,
        name=row.name,
        aliases=tuple(row.aliases),
        country=row.country,
        region=row.region,
        city=row.city,
        founded=row.founded,
        founded_text=row.founded_text,
        closed=row.closed,
        closed_text=row.closed_text,
        models=tuple(row.models),
        mention_count=count,
    )
