"""The library service over a real SQLite profile: loading, reading, first paint, migrations."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from coact_desktop.core.errors import KnownError, NotFound
from coact_desktop.core.library.edition import Edition, SourceChapter, find_forms
from coact_desktop.core.library.first_paint import read_first_paint
from coact_desktop.core.library.service import LibraryService
from coact_desktop.core.services import AppServices, open_services
from coact_desktop.core.storage import db, schema
from coact_desktop.core.storage.models import Base
from coact_desktop.core.storage.paths import resolve_profile

TABLES = ("editions", "chapters", "passages", "organisations", "mentions", "events")


def _counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _expected_counts(edition: Edition) -> dict[str, int]:
    return {
        "editions": 1,
        "chapters": len(edition.chapters),
        "passages": len(edition.passages),
        "organisations": len(edition.organisations),
        "mentions": sum(
            find_forms(p.text, o.all_forms) for o in edition.organisations for p in edition.passages
        ),
        "events": len(edition.events),
    }


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[tuple[Path, Engine, sessionmaker[Session]]]:
    """An empty, migrated database with no edition loaded."""
    path = tmp_path / "fresh.sqlite3"
    engine, sessions = db.open_database(path)
    yield path, engine, sessions
    engine.dispose()


# -- the text in the database ------------------------------------------------------------------


def test_database_holds_every_passage_verbatim_in_order(
    shared_services: AppServices, edition: Edition, source_lines: list[str]
) -> None:
    library = shared_services.library
    headings = {c.title for c in edition.chapters}
    expected = [line for line in source_lines if line not in headings]
    got = [p.text for c in library.chapters() for p in library.chapter(c.slug).passages]
    assert got == expected
    # The same straight from SQLite, in reading order.
    with sqlite3.connect(shared_services.paths.database) as conn:
        rows = conn.execute(
            "SELECT p.text FROM passages p JOIN chapters c ON c.id = p.chapter_id "
            "ORDER BY c.position, p.position"
        ).fetchall()
    assert [r[0] for r in rows] == expected


def test_chapters_match_the_edition(shared_services: AppServices, edition: Edition) -> None:
    library = shared_services.library
    assert [(c.slug, c.title, c.kind, c.position) for c in library.chapters()] == [
        (c.slug, c.title, c.kind, c.position) for c in edition.chapters
    ]
    for source in edition.chapters:
        chapter = library.chapter(source.slug)
        assert chapter.info.slug == source.slug
        assert [
            (p.id, p.chapter_slug, p.position, p.text, p.is_list_item) for p in chapter.passages
        ] == [(p.id, p.chapter_slug, p.position, p.text, p.is_list_item) for p in source.passages]


def test_unknown_chapter_raises_not_found(shared_services: AppServices) -> None:
    with pytest.raises(NotFound) as caught:
        shared_services.library.chapter("nope")
    assert isinstance(caught.value, KnownError)
    assert caught.value.code == "not_found"
    assert caught.value.details == {"slug": "nope"}


def test_edition_info_is_recorded(shared_services: AppServices, edition: Edition) -> None:
    info = shared_services.library.edition_info()
    assert (info.id, info.version, info.title, info.date, info.publisher) == (
        edition.id,
        edition.version,
        edition.title,
        edition.date,
        edition.publisher,
    )
    assert info.authors == edition.authors
    assert info.credit == edition.credit
    with sqlite3.connect(shared_services.paths.database) as conn:
        row = conn.execute("SELECT id, version, source_sha256, language FROM editions").fetchall()
    assert row == [(edition.id, edition.version, edition.source_sha256, edition.language)]


# -- loading -----------------------------------------------------------------------------------


def test_ensure_edition_loads_once(
    fresh_db: tuple[Path, Engine, sessionmaker[Session]], edition: Edition
) -> None:
    path, _engine, sessions = fresh_db
    library = LibraryService(sessions)
    assert _counts(path) == dict.fromkeys(TABLES, 0)
    with pytest.raises(NotFound):
        library.edition_info()
    assert library.ensure_edition(edition) is True
    loaded = _counts(path)
    assert loaded == _expected_counts(edition)
    assert library.ensure_edition(edition) is False
    assert _counts(path) == loaded
    info = library.edition_info()
    assert (info.id, info.version) == (edition.id, edition.version)


def test_opening_a_profile_twice_loads_nothing_twice(tmp_path: Path, edition: Edition) -> None:
    paths = resolve_profile(tmp_path / "profile")
    first = open_services(paths)
    first.close()
    counts = _counts(paths.database)
    second = open_services(paths)
    try:
        assert second.library.ensure_edition(edition) is False
    finally:
        second.close()
    assert _counts(paths.database) == counts == _expected_counts(edition)


def test_bumped_version_replaces_the_edition(own_services: AppServices, edition: Edition) -> None:
    library = own_services.library
    database = own_services.paths.database
    before = _counts(database)
    bumped = edition._replace(version=edition.version + 1)
    assert library.ensure_edition(bumped) is True
    assert _counts(database) == before
    assert library.edition_info().version == edition.version + 1
    assert library.ensure_edition(bumped) is False
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT version FROM editions").fetchall() == [(edition.version + 1,)]


def _with_new_introduction(edition: Edition, new_text: str, version: int) -> Edition:
    intro = edition.chapters[0]
    passage = intro.passages[0]._replace(text=new_text)
    chapter = SourceChapter(intro.slug, intro.title, intro.kind, intro.position, (passage,))
    return edition._replace(version=version, chapters=(chapter, *edition.chapters[1:]))


def test_new_edition_content_replaces_the_old(own_services: AppServices, edition: Edition) -> None:
    library = own_services.library
    old_text = edition.chapters[0].passages[0].text
    new_text = "A revised introduction that names Coact and the Junkiebond."
    changed = _with_new_introduction(edition, new_text, edition.version + 1)
    assert library.ensure_edition(changed) is True
    assert [p.text for p in library.chapter("introduction").passages] == [new_text]
    with sqlite3.connect(own_services.paths.database) as conn:
        assert (
            conn.execute("SELECT count(*) FROM passages WHERE text = ?", (old_text,)).fetchone()[0]
            == 0
        )
        assert conn.execute("SELECT count(*) FROM passages").fetchone()[0] == len(edition.passages)
    # Mentions are recomputed from the new text.
    assert "introduction:1" in [m.passage_id for m in library.mentions("junkiebond")]
    assert "introduction:1" in [m.passage_id for m in library.mentions("coact")]


# -- organisations and mentions ----------------------------------------------------------------


def test_organisations_have_mentions(shared_services: AppServices, edition: Edition) -> None:
    orgs = shared_services.library.organisations()
    assert len(orgs) > 25
    assert {o.slug for o in orgs} == {o.slug for o in edition.organisations}
    assert [o.name.lower() for o in orgs] == sorted(o.name.lower() for o in orgs)
    assert [o.slug for o in orgs if o.mention_count <= 0] == []
    source = {o.slug: o for o in edition.organisations}
    for org in orgs:
        expected = sum(find_forms(p.text, source[org.slug].all_forms) for p in edition.passages)
        assert org.mention_count == expected, org.slug
        assert org.mention_count == len(shared_services.library.mentions(org.slug)), org.slug


def test_organisation_fields_come_from_the_edition(
    shared_services: AppServices, edition: Edition
) -> None:
    for source in edition.organisations:
        org = shared_services.library.organisation(source.slug)
        assert (
            org.name,
            org.aliases,
            org.country,
            org.region,
            org.city,
            org.founded,
            org.founded_text,
            org.closed,
            org.closed_text,
            org.models,
        ) == (
            source.name,
            source.aliases,
            source.country,
            source.region,
            source.city,
            source.founded,
            source.founded_text,
            source.closed,
            source.closed_text,
            source.models,
        )
    with pytest.raises(NotFound):
        shared_services.library.organisation("nope")


def test_mentions_of_the_junkiebond(shared_services: AppServices) -> None:
    mentions = shared_services.library.mentions("junkiebond")
    assert [m.passage_id for m in mentions] == ["grassroots:1", "grassroots:2"]
    for mention in mentions:
        assert mention.chapter_slug == "grassroots"
        assert mention.chapter_title == "Grassroots drug user organising"
        names = [mention.text[a:b] for a, b in mention.spans]
        assert names
        assert set(names) <= {"Junkiebond", "Junkiesbond"}
        # Every occurrence is marked, once.
        occurrences = [(m.start(), m.end()) for m in re.finditer(r"Junkies?bond", mention.text)]
        assert list(mention.spans) == occurrences
    assert "Junkiesbond" in [mentions[1].text[a:b] for a, b in mentions[1].spans]


def test_mentions_follow_reading_order(shared_services: AppServices, edition: Edition) -> None:
    order = {p.id: i for i, p in enumerate(edition.passages)}
    for org in shared_services.library.organisations():
        ids = [m.passage_id for m in shared_services.library.mentions(org.slug)]
        assert ids == sorted(ids, key=order.__getitem__), org.slug


def test_mentions_of_an_unknown_organisation(shared_services: AppServices) -> None:
    with pytest.raises(NotFound):
        shared_services.library.mentions("nope")


def test_respect_is_not_mentioned_by_the_word_respect(shared_services: AppServices) -> None:
    ids = [m.passage_id for m in shared_services.library.mentions("respect")]
    assert ids == [
        "grassroots:2",
        "grassroots:3",
    ]  # not treatment-advocacy:2 ("choice and respect")
    ids = [m.passage_id for m in shared_services.library.mentions("activ")]
    assert ids == ["womens-organising:1"]  # not the many "activist"s


# -- timeline ----------------------------------------------------------------------------------


def test_timeline_is_sorted_and_quotes_its_passages(
    shared_services: AppServices, edition: Edition
) -> None:
    events = shared_services.library.timeline()
    assert len(events) == len(edition.events)
    keys = [(e.year_from, e.year_to) for e in events]
    assert keys == sorted(keys)
    passages = shared_services.library.passages([e.passage_id for e in events])
    for event in events:
        passage = passages[event.passage_id]
        assert event.quote in passage.text
        start, end = event.span
        assert passage.text[start:end] == event.quote
        assert event.chapter_slug == passage.chapter_slug
        assert event.when in event.quote
    assert sorted((e.quote, e.when, e.organisations) for e in events) == sorted(
        (e.quote, e.when, e.organisations) for e in edition.events
    )


# -- search support ----------------------------------------------------------------------------


def test_index_documents_carry_places_and_models(shared_services: AppServices) -> None:
    docs = {d.passage_id: d for d in shared_services.library.index_documents()}
    assert len(docs) == 33
    assert docs["grassroots:1"].models == ("grassroots",)
    assert docs["introduction:1"].models == ()
    assert docs["conclusion:1"].models == ()
    # "New England Users Union" names no place England.
    assert "England" not in docs["public-health:2"].countries
    assert "United States" in docs["public-health:2"].countries
    assert docs["about-the-authors:1"].countries == ("England", "United Kingdom")
    assert all(d.language == "en" for d in docs.values())


def test_content_fingerprint_is_stable_and_tracks_the_version(
    own_services: AppServices, edition: Edition
) -> None:
    library = own_services.library
    first = library.content_fingerprint()
    assert first == library.content_fingerprint()
    assert re.fullmatch(r"[0-9a-f]{64}", first)
    library.ensure_edition(edition._replace(version=edition.version + 1))
    assert library.content_fingerprint() != first


# -- the database itself -----------------------------------------------------------------------


def test_pragmas_of_the_profile_database(shared_services: AppServices) -> None:
    engine, sessions = db.open_database(shared_services.paths.database)
    try:
        with sessions() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        engine.dispose()
    # WAL is a property of the file: a plain connection sees it too.
    with sqlite3.connect(shared_services.paths.database) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(fresh_db: tuple[Path, Engine, sessionmaker[Session]]) -> None:
    _path, _engine, sessions = fresh_db
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.execute(
            text(
                "INSERT INTO passages (id, chapter_id, position, text, is_list_item, decades, "
                "places, countries) VALUES ('x:1', 999, 1, 'orphan', 0, '[]', '[]', '[]')"
            )
        )


def test_migrated_schema_matches_the_models(
    fresh_db: tuple[Path, Engine, sessionmaker[Session]],
) -> None:
    path, engine, _sessions = fresh_db
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == schema.HEAD_REVISION
        assert compare_metadata(context, Base.metadata) == []
    assert db.current_revision(path) == schema.HEAD_REVISION


def test_head_revision_is_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_heads() == [schema.HEAD_REVISION]
    # Independently of Alembic: the one revision no other file names as its down_revision.
    revisions: dict[str, str | None] = {}
    for path in sorted((db.MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text("utf-8")
        rev = re.search(r'^revision\s*=\s*"([^"]+)"', source, re.M)
        down = re.search(r'^down_revision\s*=\s*(?:"([^"]+)"|None)', source, re.M)
        assert rev, f"{path.name} has no revision"
        assert down, f"{path.name} has no down_revision"
        revisions[rev.group(1)] = down.group(1)
    newest = set(revisions) - {d for d in revisions.values() if d}
    assert newest == {schema.HEAD_REVISION}


def test_current_revision_of_a_missing_or_foreign_file(tmp_path: Path) -> None:
    assert db.current_revision(tmp_path / "missing.sqlite3") is None
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert db.current_revision(other) is None


# -- first paint -------------------------------------------------------------------------------


def test_first_paint_matches_the_library(shared_services: AppServices) -> None:
    library = shared_services.library
    database = shared_services.paths.database
    contents = library.chapters()
    for info in contents:
        painted = read_first_paint(database, info.slug)
        assert painted is not None
        assert painted == (contents, library.chapter(info.slug))


@pytest.mark.parametrize("slug", ["nope", None, ""])
def test_first_paint_falls_back_to_the_first_chapter(
    shared_services: AppServices, slug: str | None
) -> None:
    painted = read_first_paint(shared_services.paths.database, slug)
    assert painted is not None
    contents, chapter = painted
    assert chapter == shared_services.library.chapter(contents[0].slug)
    assert chapter.info.slug == "introduction"


def test_first_paint_without_a_database_comes_from_the_bundled_edition(
    tmp_path: Path, shared_services: AppServices
) -> None:
    # The very first start shows exactly what the library is about to load.
    painted = read_first_paint(tmp_path / "coact.sqlite3", "human-rights")
    library = shared_services.library
    assert painted == (library.chapters(), library.chapter("human-rights"))
    assert not (tmp_path / "coact.sqlite3").exists()  # and it does not create one


def test_first_paint_of_an_empty_or_foreign_database(
    tmp_path: Path, fresh_db: tuple[Path, Engine, sessionmaker[Session]]
) -> None:
    path, _engine, _sessions = fresh_db
    assert read_first_paint(path, "introduction") is None  # migrated, but no edition yet
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert read_first_paint(foreign, None) is None


def test_first_paint_refuses_another_schema_revision(own_services: AppServices) -> None:
    database = own_services.paths.database
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'not-ours'")
    assert read_first_paint(database, "introduction") is None


def test_upgrading_a_reader_database_keeps_the_library(tmp_path: Path) -> None:
    """A profile made by the reader-only schema (0001) keeps everything through the upgrade."""
    from alembic import command
    from alembic.config import Config

    from coact_desktop.core.library.edition import load_edition as load
    from coact_desktop.core.storage.db import MIGRATIONS, open_database

    path = tmp_path / "old.sqlite3"
    # Filled by today's code, then taken down to the reader-only schema: the library as a
    # profile made then would hold it.
    engine, sessions = open_database(path)
    LibraryService(sessions).ensure_edition(load())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_reader")
    tables = ("editions", "chapters", "passages", "organisations", "mentions", "events")

    def read(connection: Any, columns: dict[str, list[str]]) -> dict[str, list[Any]]:
        return {
            t: list(
                connection.exec_driver_sql(f"SELECT {', '.join(columns[t])} FROM {t} ORDER BY 1")
            )
            for t in tables
        }

    with engine.connect() as connection:
        columns = {
            t: [r[1] for r in connection.exec_driver_sql(f"PRAGMA table_info({t})")] for t in tables
        }
        before = read(connection, columns)
    engine.dispose()

    engine, _sessions = open_database(path)
    with engine.connect() as connection:
        after = read(connection, columns)
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        drafts = connection.exec_driver_sql("SELECT count(*) FROM drafts").scalar()
        placed = connection.exec_driver_sql("SELECT count(model) FROM editions").scalar()
    engine.dispose()
    assert placed == 0
    assert after == before
    assert all(before[t] for t in tables), {t: len(before[t]) for t in tables}
    assert revision == schema.HEAD_REVISION
    assert drafts == 0


def _rows(connection: Any, tables: tuple[str, ...]) -> dict[str, list[Any]]:
    return {
        t: list(connection.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1").all()) for t in tables
    }
