"""A huge answer is ranked among the passages that use its words often: the same best hits."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.dto import SearchFilters
from coact_desktop.core.library.search import fts5_engine
from coact_desktop.core.library.search import query as queries
from coact_desktop.core.library.search.fts5_engine import RANK_ALL, Fts5Engine
from coact_desktop.core.library.service import IndexDocument

# Test text, not Coact's: made-up passages in which "harbour" is used from once to a dozen times.
FILLER = [
    "test",
    "text",
    "about",
    "a",
    "meeting",
    "on",
    "a",
    "quiet",
    "evening",
    "with",
    "tea",
    "and",
    "long",
    "talk",
]


def _passages(count: int, seed: int) -> list[IndexDocument]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        words = [rng.choice(FILLER) for _ in range(rng.randint(40, 160))]
        uses = rng.choice((1, 1, 1, 1, 2, 2, 3, 4, 6, 9, 12))
        for _ in range(uses):
            words.insert(rng.randrange(len(words) + 1), rng.choice(("harbour", "harbours")))
        if n % 2 == 0:
            words.insert(rng.randrange(len(words) + 1), "lighthouse")
        out.append(
            IndexDocument(
                passage_id=f"test-{n:05d}",
                chapter_slug=f"test-history-{n % 40}",
                chapter_title=f"Test history {n % 40}",
                text=" ".join(words),
                language="en",
                models=(),
                countries=(),
                decades=(),
            )
        )
    return out


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Fts5Engine:
    documents = _passages(3 * RANK_ALL, seed=14)
    engine = Fts5Engine(Path(tmp_path_factory.mktemp("search")))
    engine.rebuild(documents, len(documents), "test", lambda done, total: None, CancelToken())
    return engine


def _every_passage_ranked(engine: Fts5Engine, text: str, limit: int) -> list[str]:
    """The reference: bm25 over every passage of the answer."""
    db, vocabulary, keys = engine._open()
    parsed = queries.parse(text, vocabulary, keys)
    assert parsed is not None
    return [p for p, _, _ in fts5_engine._ranked(db, parsed, None, limit)]


@pytest.mark.parametrize("text", ["harbour", "harbour lighthouse", "harbour "])
def test_a_huge_answer_has_the_best_hits_of_ranking_every_passage(
    engine: Fts5Engine, text: str
) -> None:
    found = engine.search(text, SearchFilters(), 20)
    assert found.total > RANK_ALL
    assert [h.passage_id for h in found.hits] == _every_passage_ranked(engine, text, 20)


def test_a_huge_answer_ranks_only_the_passages_its_word_weighs_most_in(
    engine: Fts5Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    every_passage: list[object] = []
    rank = fts5_engine._ranked

    def ranking_every_passage(db, query, restrict, limit, among_candidates=False):  # type: ignore[no-untyped-def]
        if not among_candidates:
            every_passage.append(query)
        return rank(db, query, restrict, limit, among_candidates)

    monkeypatch.setattr(fts5_engine, "_ranked", ranking_every_passage)
    found = engine.search("harbour", SearchFilters(), 20)
    db = engine._open()[0]
    (ranked,) = db.execute("SELECT count(*) FROM temp.candidates").fetchone()
    # No ranking of the whole answer: a few hundred passages of it.
    assert found.total > RANK_ALL
    assert every_passage == []
    assert fts5_engine.OFTEN_ENOUGH <= ranked < found.total // 4


def test_a_passage_s_score_does_not_count_its_often_terms(engine: Fts5Engine) -> None:
    # They are in a table of their own: in the passages' table bm25 would count them in the
    # passage's length and score a passage that repeats a word lower for it.
    db = engine._open()[0]
    columns = [row[1] for row in db.execute("PRAGMA table_info(passages)")]
    assert "often" not in columns
    assert "steps" not in columns
    (often,) = db.execute(
        "SELECT count(*) FROM often WHERE often MATCH 'steps : \"1.5.content.harbour\"'"
    ).fetchone()
    assert often > 0
