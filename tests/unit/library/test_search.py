"""Search over a real FTS5 index built from a real SQLite profile."""

from __future__ import annotations

import contextlib
import gc
import os
import re
import shutil
import sqlite3
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.dto import SearchFilters, SearchHit, SearchResults, Snippet
from coact_desktop.core.errors import Cancelled, KnownError, SearchError
from coact_desktop.core.library.edition import Edition, SourceChapter
from coact_desktop.core.library.search.fts5_engine import INDEX_FILE, Fts5Engine
from coact_desktop.core.library.search.index_folder import MARKER
from coact_desktop.core.library.search.service import MAX_QUERY
from coact_desktop.core.library.search.snippets import ELLIPSIS, WIDTH, make_snippet
from coact_desktop.core.library.service import IndexDocument
from coact_desktop.core.services import AppServices

# The passages "Junkiebond" finds: one spells it so, the next "Junkiesbond".
JUNKIEBOND = {"grassroots:1", "grassroots:2"}


@pytest.fixture(scope="module")
def docs(indexed_services: AppServices) -> dict[str, IndexDocument]:
    """Every passage as the index sees it, by id: the oracle for what a search should find."""
    return {d.passage_id: d for d in indexed_services.library.index_documents()}


def _search(services: AppServices, query: str, **filters: str) -> SearchResults:
    return services.search.search(query, SearchFilters(**filters), limit=500)


def _ids(results: SearchResults) -> set[str]:
    return {h.passage_id for h in results.hits}


def _matching(docs: dict[str, IndexDocument], pattern: str) -> set[str]:
    return {pid for pid, d in docs.items() if re.search(pattern, d.text, re.IGNORECASE)}


def _index_dir(services: AppServices) -> Path:
    return Fts5Engine(services.paths.search_root).folder


def _check_highlights(hit: SearchHit, passage_text: str, word: Callable[[str], bool]) -> list[str]:
    """Assert the offsets of a hit are right; return the highlighted words of its snippet."""
    spans = list(hit.passage_highlights)
    assert spans, f"{hit.passage_id}: no highlights"
    assert spans == sorted(spans)
    for a, b in spans:
        assert 0 <= a < b <= len(passage_text)
        # A mark covers a word, or a phrase of words next to each other.
        marked = re.findall(r"\w+", passage_text[a:b])
        assert marked, (hit.passage_id, passage_text[a:b])
        assert all(word(w) for w in marked), (hit.passage_id, passage_text[a:b])
        # A highlight is a whole word, not part of one.
        assert a == 0 or not passage_text[a - 1].isalnum()
        assert b == len(passage_text) or not passage_text[b].isalnum()
    snippet_words = [hit.snippet.text[a:b] for a, b in hit.snippet.highlights]
    assert snippet_words, f"{hit.passage_id}: the snippet shows no match"
    assert all(word(w) for s in snippet_words for w in re.findall(r"\w+", s)), snippet_words
    # The snippet's words are the passage's words, at the same relative places.
    assert set(snippet_words) <= {passage_text[a:b] for a, b in spans}
    return snippet_words


# -- matching ----------------------------------------------------------------------------------


def test_search_builds_nothing_when_the_index_is_current(indexed_services: AppServices) -> None:
    assert indexed_services.search.is_ready()
    assert indexed_services.search.ensure_index() is False


def test_stemming_finds_other_word_forms(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    # A trailing space: the query is a finished word, not a prefix being typed.
    results = _search(indexed_services, "organise ")
    expected = _matching(docs, r"\borganis(e|ed|es|ing|ation|ations)\b")
    assert _ids(results) == expected
    assert results.total == len(expected)
    texts = [docs[pid].text for pid in _ids(results)]
    assert any("organising" in t and "organise" not in t for t in texts)
    assert any("organisations" in t for t in texts)
    assert not results.fuzzy
    assert results.suggestion is None


def test_snippet_highlights_point_at_the_matched_words(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    results = _search(indexed_services, "organise ")
    for hit in results.hits:
        words = _check_highlights(
            hit, docs[hit.passage_id].text, lambda w: w.lower().startswith("organis")
        )
        assert {w.lower() for w in words} <= {
            "organise",
            "organised",
            "organising",
            "organisation",
            "organisations",
        }


def test_passage_highlights_point_into_the_passage(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    results = _search(indexed_services, "Junkiebond")
    # The second passage spells it "Junkiesbond": an other spelling the library knows.
    assert [h.passage_id for h in results.hits] == ["grassroots:1", "grassroots:2"]
    hit = results.hits[0]
    text = docs["grassroots:1"].text
    assert [text[a:b] for a, b in hit.passage_highlights] == ["Junkiebond", "Junkiebond"]
    assert list(hit.passage_highlights) == [
        (m.start(), m.end()) for m in re.finditer("Junkiebond", text)
    ]
    assert hit.chapter_slug == "grassroots"
    assert hit.chapter_title == "Grassroots drug user organising"
    assert hit.score > 0


def test_multi_word_query_matches_all_words(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    results = _search(indexed_services, "methadone patients ")
    assert _ids(results) == _matching(docs, r"\bmethadone\b") & _matching(docs, r"\bpatients?\b")
    assert _ids(results) == {"treatment-advocacy:1"}
    for hit in results.hits:
        words = _check_highlights(
            hit,
            docs[hit.passage_id].text,
            lambda w: w.lower() in {"methadone", "patient", "patients"},
        )
        assert {w.lower() for w in words} >= {"methadone"}


def test_phrase_search(indexed_services: AppServices, docs: dict[str, IndexDocument]) -> None:
    phrase = _search(indexed_services, '"drug user groups"')
    expected = _matching(docs, r"\bdrugs?\W+users?\W+groups?\b")
    assert _ids(phrase) == expected
    assert phrase.total == len(expected) > 0
    # Without quotes the words may be anywhere: strictly more passages match.
    loose = _search(indexed_services, "drug user groups ")
    assert _ids(phrase) < _ids(loose)
    for hit in phrase.hits:
        _check_highlights(
            hit,
            docs[hit.passage_id].text,
            lambda w: w.lower() in {"drug", "drugs", "user", "users", "group", "groups"},
        )


def test_phrase_with_two_words(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    results = _search(indexed_services, '"human rights"')
    assert _ids(results) == _matching(docs, r"\bhuman rights?\b")
    assert _ids(results) < _ids(_search(indexed_services, "rights "))


def test_as_you_type_prefix(indexed_services: AppServices, docs: dict[str, IndexDocument]) -> None:
    results = _search(indexed_services, "methad")
    expected = _matching(docs, r"\bmethad")
    assert expected
    assert _ids(results) == expected
    assert not results.fuzzy
    assert results.suggestion is None
    for hit in results.hits:
        _check_highlights(hit, docs[hit.passage_id].text, lambda w: w.lower().startswith("methad"))


def test_prefix_of_a_later_word(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    results = _search(indexed_services, "harm reduc")
    assert _ids(results) == _matching(docs, r"\bharm\b") & _matching(docs, r"\breduc")
    assert results.hits


def test_misspelt_query_suggests_and_falls_back_to_fuzzy(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    results = _search(indexed_services, "metadone")
    assert results.suggestion == "methadone"
    assert results.fuzzy is True
    assert _ids(results) == _matching(docs, r"\bmethadone\b")
    assert results.total == len(results.hits)
    for hit in results.hits:
        _check_highlights(hit, docs[hit.passage_id].text, lambda w: w.lower() == "methadone")


def test_misspelt_words_in_a_longer_query(indexed_services: AppServices) -> None:
    results = _search(indexed_services, "metadone pateints")
    assert results.suggestion == "methadone patients"
    assert results.fuzzy is True
    assert _ids(results) == {"treatment-advocacy:1"}


@pytest.mark.parametrize(
    "query",
    [
        "methadone",
        "Junkiesbond closed",
        "pill testing",
        # Words with an apostrophe, copied from the text, are not misspellings.
        "Lee’s Rig Hub",
        "INPUD’s founding statement",
        "UNODC’s World Drugs Report",
    ],
)
def test_no_suggestion_for_words_from_the_text(indexed_services: AppServices, query: str) -> None:
    results = _search(indexed_services, query)
    assert results.hits, query
    assert not results.fuzzy
    assert results.suggestion is None


@pytest.mark.parametrize("query", ["xyzzyq", "qqqqqqqq zzzzzz", "", "   ", "?!", '"', "*"])
def test_no_hits_even_fuzzily(indexed_services: AppServices, query: str) -> None:
    results = _search(indexed_services, query)
    assert results.hits == ()
    assert results.total == 0
    assert results.fuzzy is False
    assert results.query == query


def test_query_length_limit(indexed_services: AppServices) -> None:
    at_limit = ("drug " * (MAX_QUERY // 5))[:MAX_QUERY]
    assert len(at_limit) == MAX_QUERY
    assert _search(indexed_services, at_limit).hits
    with pytest.raises(SearchError, match=str(MAX_QUERY)):
        _search(indexed_services, at_limit + "s")
    with pytest.raises(SearchError):
        _search(indexed_services, "x" * 5000)


@pytest.mark.parametrize("limit", [0, -1, 501])
def test_limit_out_of_range(indexed_services: AppServices, limit: int) -> None:
    with pytest.raises(SearchError):
        indexed_services.search.search("drug", limit=limit)


def test_limit_caps_hits_but_not_total(indexed_services: AppServices) -> None:
    everything = indexed_services.search.search("drug", limit=500)
    three = indexed_services.search.search("drug", limit=3)
    assert len(three.hits) == 3
    assert three.total == everything.total == len(everything.hits) > 3
    # Best first, and the first three are the same.
    scores = [h.score for h in everything.hits]
    assert scores == sorted(scores, reverse=True)
    assert [h.passage_id for h in three.hits] == [h.passage_id for h in everything.hits[:3]]


# -- filters -----------------------------------------------------------------------------------

FILTER_CASES = [
    ({"chapter": "grassroots"}, lambda d: d.chapter_slug == "grassroots"),
    ({"chapter": "conclusion"}, lambda d: d.chapter_slug == "conclusion"),
    ({"model": "public-health"}, lambda d: "public-health" in d.models),
    ({"country": "Australia"}, lambda d: "Australia" in d.countries),
    ({"country": "United Kingdom"}, lambda d: "United Kingdom" in d.countries),
    ({"decade": "1980s"}, lambda d: "1980s" in d.decades),
    (
        {"chapter": "public-health", "country": "Australia"},
        lambda d: d.chapter_slug == "public-health" and "Australia" in d.countries,
    ),
]


@pytest.mark.parametrize(("filters", "satisfies"), FILTER_CASES)
def test_filters_restrict_results(
    indexed_services: AppServices,
    docs: dict[str, IndexDocument],
    filters: dict[str, str],
    satisfies: Callable[[IndexDocument], bool],
) -> None:
    expected = {pid for pid in _matching(docs, r"\bdrug") if satisfies(docs[pid])}
    assert expected, "the case must have something to find"
    results = _search(indexed_services, "drug", **filters)
    assert all(satisfies(docs[h.passage_id]) for h in results.hits)
    assert _ids(results) == expected
    assert results.total == len(expected)
    assert results.filters == SearchFilters(**filters)
    # total counts the filtered matches, also when fewer hits are asked for.
    one = indexed_services.search.search("drug", SearchFilters(**filters), limit=1)
    assert len(one.hits) == 1
    assert one.total == len(expected)
    unfiltered = _search(indexed_services, "drug")
    assert unfiltered.total > results.total


def test_filter_that_excludes_every_match(indexed_services: AppServices) -> None:
    results = _search(indexed_services, "Junkiebond", chapter="drug-law-reform")
    assert results.hits == ()
    assert results.total == 0


def test_filter_applies_to_fuzzy_results(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    results = _search(indexed_services, "metadone", chapter="treatment-advocacy")
    assert results.fuzzy
    assert _ids(results) == _matching(docs, r"\bmethadone\b")
    none = _search(indexed_services, "metadone", chapter="grassroots")
    assert none.hits == ()
    assert none.total == 0


def test_decade_filter_finds_years_followed_by_a_comma(indexed_services: AppServices) -> None:
    # "In January 1981, the Junkiebond was formed ..." is about the 1980s.
    results = _search(indexed_services, "Junkiebond formed", decade="1980s")
    assert _ids(results) == {"grassroots:1"}


def test_filter_choices(indexed_services: AppServices, edition: Edition) -> None:
    choices = indexed_services.search.filter_choices()
    assert [c.slug for c in choices.chapters] == [c.slug for c in edition.chapters]
    assert [c.slug for c in choices.models] == [
        c.slug for c in edition.chapters if c.kind == "model"
    ]
    assert list(choices.countries) == sorted(choices.countries)
    assert {"Netherlands", "United Kingdom", "United States", "Australia"} <= set(choices.countries)
    assert "England" in choices.countries  # "in England and worldwide"
    assert {"1970s", "1980s", "1990s", "2000s"} <= set(choices.decades)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("chapter", "nope"),
        ("model", "conclusion"),  # a chapter, but not a model of organising
        ("country", "Atlantis"),
        ("country", "australia"),  # values are exact
        ("decade", "1960s"),
    ],
)
def test_unknown_filter_value_lists_the_choices(
    indexed_services: AppServices, name: str, value: str
) -> None:
    choices = indexed_services.search.filter_choices()
    allowed = {
        "chapter": [c.slug for c in choices.chapters],
        "model": [c.slug for c in choices.models],
        "country": list(choices.countries),
        "decade": list(choices.decades),
    }[name]
    with pytest.raises(SearchError) as caught:
        _search(indexed_services, "drug", **{name: value})
    error = caught.value
    assert isinstance(error, KnownError)
    assert error.code == "search"
    assert error.details["filter"] == name
    assert error.details["value"] == value
    assert error.details["choices"] == allowed
    assert all(choice in error.message for choice in allowed)


# -- the index as a disposable cache -----------------------------------------------------------


def test_deleted_index_is_rebuilt_once(own_indexed_services: AppServices) -> None:
    search = own_indexed_services.search
    before = _ids(_search(own_indexed_services, "methadone"))
    shutil.rmtree(own_indexed_services.paths.search_root)
    assert not search.is_ready()
    assert search.ensure_index() is True
    assert search.ensure_index() is False
    assert search.is_ready()
    assert _ids(_search(own_indexed_services, "methadone")) == before


def test_search_rebuilds_a_deleted_index_by_itself(own_indexed_services: AppServices) -> None:
    shutil.rmtree(own_indexed_services.paths.search_root)
    assert _ids(_search(own_indexed_services, "Junkiebond")) == JUNKIEBOND
    assert own_indexed_services.search.is_ready()
    assert own_indexed_services.search.ensure_index() is False


def test_progress_is_reported(own_indexed_services: AppServices) -> None:
    shutil.rmtree(own_indexed_services.paths.search_root)
    calls: list[tuple[int, int]] = []
    assert own_indexed_services.search.ensure_index(progress=lambda d, t: calls.append((d, t)))
    assert calls
    assert calls[-1] == (33, 33)
    assert all(0 <= d <= t == 33 for d, t in calls)


def _garble(folder: Path, keep: Callable[[Path], bool] = lambda p: False) -> int:
    garbled = 0
    for path in folder.iterdir():
        if path.is_file() and not keep(path):
            path.write_bytes(b"\x80\x04garbage, not an index file" * 7)
            garbled += 1
    return garbled


def test_corrupt_index_is_rebuilt(own_indexed_services: AppServices) -> None:
    assert _garble(_index_dir(own_indexed_services)) >= 3
    assert not own_indexed_services.search.is_ready()
    assert _ids(_search(own_indexed_services, "Junkiebond")) == JUNKIEBOND
    assert own_indexed_services.search.is_ready()


def test_corrupt_index_files_behind_a_valid_marker_are_rebuilt(
    open_indexed_profile: Callable[[], AppServices],
) -> None:
    first = open_indexed_profile()
    index_dir = _index_dir(first)
    first.close()
    assert _garble(index_dir, keep=lambda p: p.name == MARKER) >= 2
    services = open_indexed_profile()
    assert not services.search.is_ready()
    assert _ids(_search(services, "Junkiebond")) == JUNKIEBOND
    assert services.search.is_ready()


def test_index_corrupted_while_open_recovers(own_indexed_services: AppServices) -> None:
    assert _ids(_search(own_indexed_services, "methadone"))  # the index is open now
    _garble(_index_dir(own_indexed_services), keep=lambda p: p.name == MARKER)
    assert _ids(_search(own_indexed_services, "Junkiebond")) == JUNKIEBOND


def test_changed_content_makes_the_index_stale(
    own_indexed_services: AppServices, edition: Edition
) -> None:
    library, search = own_indexed_services.library, own_indexed_services.search
    assert search.is_ready()
    intro = edition.chapters[0]
    passage = intro.passages[0]._replace(text="Zebras organise crossings.")
    chapter = SourceChapter(intro.slug, intro.title, intro.kind, intro.position, (passage,))
    changed = edition._replace(
        version=edition.version + 1, chapters=(chapter, *edition.chapters[1:])
    )
    assert library.ensure_edition(changed)
    assert not search.is_ready()
    # search() brings the index up to date with the new text on its own.
    assert _ids(_search(own_indexed_services, "zebra ")) == {"introduction:1"}
    assert search.is_ready()
    assert search.ensure_index() is False


def test_a_changed_library_updates_the_index_in_place_without_a_rebuild(
    own_indexed_services: AppServices, edition: Edition, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, search = own_indexed_services.library, own_indexed_services.search
    engine = search._engine
    before = (_index_dir(own_indexed_services) / INDEX_FILE).stat().st_ino
    old_words = _ids(_search(own_indexed_services, "technical briefing"))

    def no_rebuild(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("rebuilt from nothing")

    monkeypatch.setattr(engine, "rebuild", no_rebuild)
    intro = edition.chapters[0]
    passage = intro.passages[0]._replace(text="Zebras organise crossings.")
    chapter = SourceChapter(intro.slug, intro.title, intro.kind, intro.position, (passage,))
    changed = edition._replace(
        version=edition.version + 1, chapters=(chapter, *edition.chapters[1:])
    )
    assert library.ensure_edition(changed)
    seen: list[tuple[int, int]] = []
    assert search.ensure_index(lambda done, total: seen.append((done, total)))
    assert search.is_ready()
    assert _ids(_search(own_indexed_services, "zebra ")) == {"introduction:1"}
    # The passage it replaced is gone; every other passage is found as before.
    assert "introduction:1" in old_words
    assert "introduction:1" not in _ids(_search(own_indexed_services, "technical briefing"))
    assert _ids(_search(own_indexed_services, "Junkiebond")) == JUNKIEBOND
    assert seen[-1] == (seen[-1][1], seen[-1][1])
    # The same index file, changed where it had to be (a rebuild writes a new one).
    assert (_index_dir(own_indexed_services) / INDEX_FILE).stat().st_ino == before


def test_version_bump_alone_makes_the_index_stale(
    own_indexed_services: AppServices, edition: Edition
) -> None:
    own_indexed_services.library.ensure_edition(edition._replace(version=edition.version + 1))
    assert not own_indexed_services.search.is_ready()
    assert own_indexed_services.search.ensure_index() is True
    assert own_indexed_services.search.is_ready()
    # The new index replaced the old one: nothing else is left in the cache folder.
    root = own_indexed_services.paths.search_root
    assert _leftovers(root) == [Fts5Engine(root).folder.name]


def test_a_rebuild_removes_the_indexes_of_earlier_engines(
    own_indexed_services: AppServices,
) -> None:
    root = own_indexed_services.paths.search_root
    (root / "v4").mkdir()  # the Whoosh engine's folder, before this engine
    (root / "v4" / "_MAIN_1.toc").write_bytes(b"an old index")
    (root / "fts1.building-99999").mkdir()  # another process building: not ours to remove
    (root / "fts1.building-99998").mkdir()  # a build killed midway, two days ago
    os.utime(root / "fts1.building-99998", (time.time() - 2 * 86400,) * 2)
    assert own_indexed_services.search.ensure_index(force=True)
    assert _leftovers(root) == sorted(["fts1.building-99999", Fts5Engine(root).folder.name])
    assert _ids(_search(own_indexed_services, "Junkiebond")) == JUNKIEBOND


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_cancelled_before_rebuild(own_indexed_services: AppServices) -> None:
    search = own_indexed_services.search
    root = own_indexed_services.paths.search_root
    shutil.rmtree(root)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        search.ensure_index(cancel=token)
    assert not search.is_ready()
    assert _leftovers(root) == []  # no half-built index, no building folder
    fingerprint = own_indexed_services.library.content_fingerprint()
    assert not Fts5Engine(root).is_current(fingerprint)
    # A later, uncancelled build works.
    assert search.ensure_index() is True
    assert search.is_ready()


def _documents_then_cancel(
    documents: list[IndexDocument], token: CancelToken, after: int
) -> Iterator[IndexDocument]:
    for n, document in enumerate(documents):
        if n == after:
            token.cancel()
        yield document


def test_cancelled_midway_keeps_the_old_index(
    own_indexed_services: AppServices, tmp_path: Path
) -> None:
    root = own_indexed_services.paths.search_root
    documents = list(own_indexed_services.library.index_documents())
    fingerprint = own_indexed_services.library.content_fingerprint()
    engine = Fts5Engine(root)
    assert engine.is_current(fingerprint)
    token = CancelToken()
    with pytest.raises(Cancelled):
        engine.rebuild(
            _documents_then_cancel(documents, token, 10),
            len(documents),
            "another fingerprint",
            lambda d, t: None,
            token,
        )
    assert _leftovers(root) == [Fts5Engine(root).folder.name]
    assert engine.is_current(fingerprint)
    assert not engine.is_current("another fingerprint")
    raw = engine.search("Junkiebond", SearchFilters(), 10)
    assert [h.passage_id for h in raw.hits] == ["grassroots:1"]
    engine.close()


def test_cancelled_midway_without_an_old_index(
    own_indexed_services: AppServices,
) -> None:
    documents = list(own_indexed_services.library.index_documents())
    root = own_indexed_services.paths.search_root.parent / "other-search"
    engine = Fts5Engine(root)
    token = CancelToken()
    with pytest.raises(Cancelled):
        engine.rebuild(
            _documents_then_cancel(documents, token, 5),
            len(documents),
            "fp",
            lambda d, t: None,
            token,
        )
    assert _leftovers(root) == []
    assert not engine.is_current("fp")
    engine.close()


def test_cancelled_rebuild_releases_its_files(own_indexed_services: AppServices) -> None:
    # A cancelled build must close its index file: an open file keeps the half-built
    # folder from being removed on Windows, and leak handles until the garbage collector runs.
    documents = list(own_indexed_services.library.index_documents())
    root = own_indexed_services.paths.search_root.parent / "other-search"
    engine = Fts5Engine(root)
    token = CancelToken()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            engine.rebuild(
                _documents_then_cancel(documents, token, 5),
                len(documents),
                "fp",
                lambda d, t: None,
                token,
            )
        except Cancelled:
            pass
        else:
            pytest.fail("the build was not cancelled")
        gc.collect()
    engine.close()
    leaked = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert leaked == []


def test_index_stores_ids_and_titles_not_text(own_indexed_services: AppServices) -> None:
    # The design: the index holds ids and titles; snippets come from SQLite's text.
    own_indexed_services.close()
    path = _index_dir(own_indexed_services) / INDEX_FILE
    with contextlib.closing(sqlite3.connect(path)) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
        assert "passages_content" not in tables  # contentless: no column's values are kept
        meta = [row[1] for row in db.execute("PRAGMA table_info(meta)")]
        assert meta == ["rowid", "passage_id", "chapter_title", "digest"]
        assert db.execute("SELECT count(*) FROM meta").fetchone() == (33,)
    raw = path.read_bytes()
    for passage in own_indexed_services.library.passages(["grassroots:1"]).values():
        for sentence in passage.text.split(". ")[:3]:
            assert sentence.encode() not in raw


# -- snippets ----------------------------------------------------------------------------------


def test_short_text_is_returned_whole() -> None:
    text = "A short passage about methadone."
    spans = [(22, 31)]
    assert make_snippet(text, spans) == Snippet(text, ((22, 31),))
    assert make_snippet(text, []) == Snippet(text, ())
    exactly = "x" * WIDTH
    assert make_snippet(exactly, []).text == exactly


def _long_text(match_at_word: int, words: int = 200) -> tuple[str, tuple[int, int]]:
    parts = [f"w{i:03d}" for i in range(words)]
    parts[match_at_word] = "methadone"
    text = " ".join(parts)
    start = text.index("methadone")
    return text, (start, start + len("methadone"))


def test_long_text_is_windowed_around_the_match() -> None:
    text, span = _long_text(100)
    snippet = make_snippet(text, [span])
    assert snippet.text.startswith(ELLIPSIS)
    assert snippet.text.endswith(ELLIPSIS)
    assert len(snippet.text) <= WIDTH + 2 * len(ELLIPSIS)
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["methadone"]
    inner = snippet.text.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
    assert inner in text
    # Cut at word boundaries.
    assert re.fullmatch(r"(w\d{3}|methadone)( (w\d{3}|methadone))*", inner)


def test_match_near_the_start_has_no_leading_ellipsis() -> None:
    text, span = _long_text(2)
    snippet = make_snippet(text, [span])
    assert not snippet.text.startswith(ELLIPSIS)
    assert snippet.text.endswith(ELLIPSIS)
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["methadone"]
    assert snippet.highlights == (span,)


def test_match_at_the_end_has_no_trailing_ellipsis() -> None:
    text, span = _long_text(199)
    snippet = make_snippet(text, [span])
    assert snippet.text.startswith(ELLIPSIS)
    assert not snippet.text.endswith(ELLIPSIS)
    assert snippet.text.endswith("methadone")
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["methadone"]


def test_window_shows_the_most_matches() -> None:
    text, _ = _long_text(10)
    for i in (150, 152, 155):
        text = text.replace(f"w{i:03d}", "drugs")
    spans = [(m.start(), m.end()) for m in re.finditer(r"methadone|drugs", text)]
    snippet = make_snippet(text, spans)
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["drugs", "drugs", "drugs"]


def test_no_matches_in_a_long_text_shows_its_start() -> None:
    text, _ = _long_text(100)
    snippet = make_snippet(text, [])
    assert snippet.highlights == ()
    assert snippet.text.endswith(ELLIPSIS)
    assert text.startswith(snippet.text.removesuffix(ELLIPSIS))


def test_match_followed_by_a_long_unbroken_run_stays_in_the_window() -> None:
    # Text without spaces after the match (a long link, or Thai, which does not space words):
    # the window must not be cut back to a space before the match.
    text = "word " * 20 + "methadone" + "x" * 500
    start = text.index("methadone")
    snippet = make_snippet(text, [(start, start + 9)])
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["methadone"]


@st.composite
def _texts_with_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    words = draw(
        st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=12), min_size=1, max_size=120)
    )
    text = " ".join(words)
    offsets, at = [], 0
    for word in words:
        offsets.append((at, at + len(word)))
        at += len(word) + 1
    chosen = draw(st.sets(st.integers(0, len(words) - 1), max_size=8))
    return text, sorted(offsets[i] for i in chosen)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_texts_with_spans())
def test_snippet_offsets_are_right_for_any_text(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    snippet = make_snippet(text, spans)
    if len(text) <= WIDTH:
        assert snippet == Snippet(text, tuple(spans))
        return
    prefix = ELLIPSIS if snippet.text.startswith(ELLIPSIS) else ""
    inner = snippet.text[len(prefix) :].removesuffix(ELLIPSIS)
    assert len(inner) <= WIDTH
    start = text.find(inner) if not prefix else text.find(inner, 1)
    assert start >= 0
    assert (start == 0) == (not prefix)
    shift = len(prefix) - start
    # Exactly the spans that lie inside the window, moved by the same shift.
    inside = [(a + shift, b + shift) for a, b in spans if start <= a and b <= start + len(inner)]
    assert list(snippet.highlights) == inside
    for a, b in snippet.highlights:
        assert snippet.text[a:b] == text[a - shift : b - shift]
    if spans:
        assert snippet.highlights, "a text with matches must show at least one"


def test_not_excludes_the_word_after_it(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    results = _search(indexed_services, "drug NOT user")
    assert results.total > 0
    assert _ids(results) == _matching(docs, r"(?i)\bdrugs?\b") - _matching(docs, r"(?i)\busers?\b")


def test_colons_are_words_not_field_names(indexed_services: AppServices) -> None:
    # "chapter:grassroots" would be a column filter to FTS5; to a person it is two words.
    assert _search(indexed_services, "junkiebond:rotterdam").total == 1


def test_a_filter_combination_that_leaves_nothing_finds_nothing(
    indexed_services: AppServices,
) -> None:
    # No grassroots passage names a year of the 2000s: the filters together leave no passage.
    results = _search(indexed_services, "drug", model="grassroots", decade="2000s")
    assert results.hits == ()
    assert results.total == 0
    assert results.fuzzy is False


def test_a_phrase_is_marked_as_one_span(indexed_services: AppServices) -> None:
    results = _search(indexed_services, '"needle and syringe programme"')
    assert results.total == 2
    for hit in results.hits:
        marked = [hit.snippet.text[a:b].lower() for a, b in hit.snippet.highlights]
        # Word forms count inside a phrase too ("programmes").
        assert any(m.startswith("needle and syringe programme") for m in marked), marked


def test_without_repair_a_missing_index_is_reported_not_built(
    own_indexed_services: AppServices,
) -> None:
    search = own_indexed_services.search
    shutil.rmtree(own_indexed_services.paths.search_root)
    with pytest.raises(SearchError) as caught:
        search.search("methadone", repair=False)
    assert caught.value.details["reason"] == "not_ready"
    assert not own_indexed_services.paths.search_root.exists()  # nothing was built


def test_without_repair_a_damaged_open_index_is_reported(
    own_indexed_services: AppServices,
) -> None:
    search = own_indexed_services.search
    assert _ids(_search(own_indexed_services, "methadone"))  # the index is open now
    _garble(_index_dir(own_indexed_services), keep=lambda p: p.name == MARKER)
    with pytest.raises(SearchError) as caught:
        search.search("Junkiebond", repair=False)
    assert caught.value.details["reason"] in {"damaged", "not_ready"}
    # (The error's traceback holds the index's connection: let it go before the rebuild.)
    del caught
    gc.collect()
    assert search.ensure_index(force=True) is True
    assert _ids(search.search("Junkiebond", repair=False)) == JUNKIEBOND


def test_close_spellings_never_bring_back_what_not_excluded(
    indexed_services: AppServices,
) -> None:
    results = _search(indexed_services, "needle NOT needle")
    assert results.hits == ()
    assert results.fuzzy is False


def test_passages_without_words_are_indexed_without_failing(tmp_path: Path) -> None:
    from coact_desktop.core.library.service import IndexDocument

    documents = [
        IndexDocument(f"p{n}", "c", "C", text, "en", (), (), ())
        for n, text in enumerate(["…", ":", "", "—", "Harbour outreach"])
    ]
    engine = Fts5Engine(tmp_path / "index")
    engine.rebuild(documents, len(documents), "f", lambda d, t: None, CancelToken())
    raw = engine.search("harbour", SearchFilters(), 10)
    assert [h.passage_id for h in raw.hits] == ["p4"]
    engine.close()


# -- finding what a person means -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("needel", "needle"),  # two letters swapped: one slip, though "needs" is commoner
        ("activsim", "activism"),
        ("metadone", "methadone"),
    ],
)
def test_suggestions_rank_by_edits_then_use(
    indexed_services: AppServices, typed: str, meant: str
) -> None:
    assert _search(indexed_services, typed).suggestion == meant


def test_no_suggestion_that_finds_no_more_than_the_query(indexed_services: AppServices) -> None:
    # "prescribed" has a hit (by its stem: "prescribing"); "proscribed" would find no more.
    results = _search(indexed_services, "prescribed")
    assert results.hits
    assert results.suggestion is None


def test_suggestions_rank_in_the_vocabulary_itself() -> None:
    from coact_desktop.core.library.search.vocabulary import Vocabulary, edit_distance

    vocabulary = Vocabulary({"needs": 40, "need": 30, "needle": 2, "needles": 1})
    assert vocabulary.suggest("needel") == "needle"
    assert edit_distance("needel", "needle") == 1
    assert edit_distance("needel", "needs") == 2
    assert edit_distance("activsim", "activism") == 1
    assert edit_distance("", "abc") == 3
    assert edit_distance("same", "same") == 0


def test_close_spellings_find_what_the_corrected_word_finds(
    indexed_services: AppServices,
) -> None:
    corrected = _search(indexed_services, "activism")
    typo = _search(indexed_services, "activsim")
    assert typo.fuzzy
    assert _ids(corrected) <= _ids(typo)
    assert len(_ids(corrected)) >= 4
    # The closest spelling's passages come first.
    assert [h.passage_id for h in typo.hits[: len(corrected.hits)]] == [
        h.passage_id for h in corrected.hits
    ]


def test_other_spellings_of_a_name_count(
    indexed_services: AppServices, docs: dict[str, IndexDocument]
) -> None:
    both = _matching(docs, r"\bJunkiebond\b") | _matching(docs, r"\bJunkiesbond\b")
    assert len(both) >= 2
    for query in ("Junkiebond", "junkiesbond"):
        results = _search(indexed_services, query)
        assert _ids(results) == both, query
        assert not results.fuzzy
    hit = next(
        h
        for h in _search(indexed_services, "Junkiebond").hits
        if "Junkiesbond" in (docs[h.passage_id].text)
    )
    assert "Junkiesbond" in _check_highlights(
        hit, docs[hit.passage_id].text, lambda w: w.lower() in {"junkiebond", "junkiesbond"}
    )


def test_a_snippet_shows_the_most_different_query_words() -> None:
    from coact_desktop.core.library.search.languages import ENGLISH_STEM_ALL

    def key(word: str) -> str:
        return next(iter(ENGLISH_STEM_ALL(word))).text

    filler = "x " * 150
    text = f"drug drug drug drug drug {filler} the drug user network met {filler}"
    spans = [(m.start(), m.end()) for m in re.finditer(r"drug|user|network", text)]
    snippet = make_snippet(text, spans, word_key=key)
    shown = {snippet.text[a:b] for a, b in snippet.highlights}
    assert shown == {"drug", "user", "network"}
    # Without a word key, the same: the casefolded words differ as well.
    assert {
        make_snippet(text, spans).text[a:b] for a, b in make_snippet(text, spans).highlights
    } == {
        "drug",
        "user",
        "network",
    }


def test_a_multi_word_query_shows_each_word_in_its_snippets(
    indexed_services: AppServices,
) -> None:
    results = _search(indexed_services, "drug user network")
    assert results.hits
    for hit in results.hits[:5]:
        words = {hit.snippet.text[a:b].lower()[:4] for a, b in hit.snippet.highlights}
        # Each shows two of the words at least (in some passages they stand too far apart)...
        assert len(words & {"drug", "user", "netw"}) >= 2, (hit.passage_id, words)
    # ...and the best one all three.
    first = results.hits[0]
    assert {first.snippet.text[a:b].lower()[:4] for a, b in first.snippet.highlights} >= {
        "drug",
        "user",
        "netw",
    }


def _test_passage(passage_id: str, text: str) -> IndexDocument:
    return IndexDocument(passage_id, "test", "TEST chapter", text, "en", (), (), ())


def test_an_update_leaves_replaced_passages_out_of_hits_and_counts(tmp_path: Path) -> None:
    engine = Fts5Engine(tmp_path / "index")
    first = [
        _test_passage(f"t:{n}", f"TEST TEXT: zebras crossing, passage {n}.") for n in range(10)
    ]
    engine.rebuild(first, len(first), "one", lambda d, t: None, CancelToken())
    changed = [*first[:9], _test_passage("t:9", "TEST TEXT: lions resting.")]
    assert engine.update(changed, len(changed), "two", lambda d, t: None, CancelToken())
    zebras = engine.search("zebra ", SearchFilters(), 20)
    assert zebras.total == 9
    assert {h.passage_id for h in zebras.hits} == {f"t:{n}" for n in range(9)}
    lions = engine.search("lion ", SearchFilters(), 20)
    assert (lions.total, [h.passage_id for h in lions.hits]) == (1, ["t:9"])
    # Replacing more than a fifth of the passages is a rebuild's work: the update declines.
    most = [_test_passage(f"t:{n}", "TEST TEXT: giraffes.") for n in range(10)]
    assert not engine.update(most, len(most), "three", lambda d, t: None, CancelToken())
    assert engine.is_current("two")
    engine.close()
