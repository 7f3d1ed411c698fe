"""Search reads each passage in its own language: word forms, apostrophes, Georgian, Thai.

The sentences below are test text written for these tests, not Coact's history.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.dto import SearchFilters
from coact_desktop.core.library.search.fts5_engine import INDEX_SCHEMA_VERSION, Fts5Engine
from coact_desktop.core.library.search.index_folder import MARKER
from coact_desktop.core.library.search.indonesian import stem
from coact_desktop.core.library.search.languages import analysis_key
from coact_desktop.core.library.service import IndexDocument

# (id, language, test text)
PASSAGES = [
    ("en:1", "en", "The network of peer workers met every week to plan the outreach."),
    ("en:2", "en", "Harm reduction services opened in the city after long campaigns."),
    ("ru:1", "ru", "Наша организация появилась в 2005 году, когда мы начали встречаться."),
    ("ru:2", "ru", "Мы писали письма в министерство и ждали ответа."),
    ("uk:1", "uk", "Наше обʼєднання зібрало людей, які вживають наркотики."),
    ("uk:2", "uk", "Спільнота працювала разом над новою програмою."),
    ("fr:1", "fr", "Les réunions avaient lieu chaque mardi dans l'appartement d'une amie."),
    ("es:1", "es", "Las organizaciones de usuarios pidieron acceso a la metadona."),
    ("pt:1", "pt", "A organização ajudou muitas pessoas a encontrar tratamento."),
    ("id:1", "id", "Kelompok kami mendapat dukungan dari teman-teman di kota."),
    ("ka:1", "ka", "ჩვენი ჯგუფი შეიქმნა თბილისში და დაიწყო მუშაობა."),
    ("th:1", "th", "เราก่อตั้งองค์กรของผู้ใช้ยาในปีนั้นและทำงานด้วยกัน"),
    ("th:2", "th", "การประชุมครั้งแรกจัดขึ้นที่บ้านของเพื่อน"),
]


def _document(passage_id: str, language: str, text: str) -> IndexDocument:
    return IndexDocument(passage_id, passage_id.split(":")[0], "Test", text, language, (), (), ())


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Fts5Engine:
    built = Fts5Engine(tmp_path_factory.mktemp("index"))
    documents = [_document(*p) for p in PASSAGES]
    built.rebuild(documents, len(documents), "test", lambda done, total: None, CancelToken())
    return built


def _found(engine: Fts5Engine, query: str) -> set[str]:
    results = engine.search(query, SearchFilters(), limit=50)
    return {hit.passage_id for hit in results.hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("организации", {"ru:1"}),  # the form written is "организация"
        ("организаций ", {"ru:1"}),
        ("письмо ", {"ru:2"}),
        ("обʼєднання ", {"uk:1"}),
        ("об'єднання ", {"uk:1"}),  # typed with the ASCII apostrophe
        ("об’єднання ", {"uk:1"}),
        ("спільнота ", {"uk:2"}),
        ("réunion ", {"fr:1"}),
        ("appartement ", {"fr:1"}),  # written "l'appartement"
        ("organización ", {"es:1"}),
        ("usuario ", {"es:1"}),
        ("organizações ", {"pt:1"}),
        ("mendukung ", {"id:1"}),  # written "dukungan"
        ("kelompoknya ", {"id:1"}),
        ("ჯგუფი ", {"ka:1"}),
        ("თბილისში ", {"ka:1"}),
        ("องค์กร", {"th:1"}),  # "organisation", in the middle of a sentence
        ("ผู้ใช้ยา", {"th:1"}),  # "people who use drugs"
        ("การประชุม", {"th:2"}),  # "the meeting", at the start of one
        ("เพื่อน", {"th:2"}),  # "friend", at the end
    ],
)
def test_word_forms_are_found_in_their_own_language(
    engine: Fts5Engine, query: str, expected: set[str]
) -> None:
    assert _found(engine, query) == expected


def test_what_is_not_there_is_not_found(engine: Fts5Engine) -> None:
    assert _found(engine, "министерство организация ") == set()  # in two different passages
    assert _found(engine, "กระทรวง") == set()  # "ministry": in no Thai passage
    # Georgian is read as written, without stemming: another form is only a close spelling.
    assert engine.search("ჯგუფები ", SearchFilters(), limit=5).fuzzy


def test_english_is_read_as_before_beside_other_languages(engine: Fts5Engine) -> None:
    assert _found(engine, "networks ") == {"en:1"}
    assert _found(engine, "the network ") == {"en:1"}  # "the" is still an English stop word
    assert _found(engine, '"peer workers"') == {"en:1"}
    assert _found(engine, "servic") == {"en:2"}  # the word being typed, as a prefix


def test_a_word_being_typed_completes_in_any_language(engine: Fts5Engine) -> None:
    assert _found(engine, "органи") == {"ru:1"}
    assert _found(engine, "спіль") == {"uk:2"}


def test_a_phrase_is_found_in_its_language(engine: Fts5Engine) -> None:
    assert _found(engine, '"писали письма"') == {"ru:2"}
    assert engine.search('"письма писали"', SearchFilters(), limit=5).fuzzy  # not as a phrase
    assert _found(engine, '"ผู้ใช้ยา"') == {"th:1"}


def test_the_found_word_is_highlighted(engine: Fts5Engine) -> None:
    for query, passage, word in [
        ("организации", "ru:1", "организация"),
        ("องค์กร", "th:1", "องค์กร"),
        ("об'єднання ", "uk:1", "обʼєднання"),
    ]:
        results = engine.search(query, SearchFilters(), limit=5)
        (hit,) = results.hits
        text = dict((p, t) for p, _, t in PASSAGES)[passage]
        spans = engine.highlight(text, hit.matched)
        assert [text[a:b] for a, b in spans] == [word], query


def test_the_index_records_the_languages_it_read(engine: Fts5Engine, tmp_path: Path) -> None:
    marker = json.loads((engine.folder / MARKER).read_text("utf-8"))
    assert marker["languages"] == ["en", "es", "fr", "id", "plain", "pt", "ru", "th", "uk"]
    assert engine.folder.name == f"fts{INDEX_SCHEMA_VERSION}"


def test_each_language_gets_its_analysis() -> None:
    assert analysis_key("ru") == "ru"
    assert analysis_key("pt-BR") == "pt"
    assert analysis_key("ka") == "plain"
    assert analysis_key("ky") == "plain"
    assert analysis_key("") == "plain"


def test_the_indonesian_stemmer_conflates_word_forms() -> None:
    assert {stem(w) for w in ("mendukung", "didukung", "dukungan", "dukungannya")} == {"dukung"}
    assert stem("menyapu") == stem("sapu") == "sapu"
    assert stem("kota") == "kota"  # two syllables: left as it is


def test_another_language_s_stems_do_not_mark_english_words(tmp_path: Path) -> None:
    # Spanish stems "their" to "the" and Russian "use" to "us": only terms the index holds, in
    # the field that holds them, are marked.
    documents = [
        _document("en:9", "en", "TEST TEXT: The USA group used their influence."),
        _document("es:9", "es", "TEST TEXT: Las organizaciones pidieron acceso."),
        _document("ru:9", "ru", "TEST TEXT: Мы писали письма в министерство."),
    ]
    built = Fts5Engine(tmp_path / "index")
    built.rebuild(documents, len(documents), "test", lambda done, total: None, CancelToken())
    text = documents[0].text
    for query, marked in (("their ", ["their"]), ("use ", ["used"])):
        (hit,) = built.search(query, SearchFilters(), limit=5).hits
        assert [text[a:b] for a, b in built.highlight(text, hit.matched)] == marked, query
    built.close()


def test_letters_outside_ascii_are_kept_as_written(tmp_path: Path) -> None:
    # SQLite's unicode61 folds "µ" (micro) to "μ" (mu) and "ς" to "σ": our words stay ours.
    documents = [_document("el:1", "el", "TEST TEXT: λόγος, 5 µg a day.")]
    built = Fts5Engine(tmp_path / "index")
    built.rebuild(documents, len(documents), "test", lambda done, total: None, CancelToken())
    vocabulary = built._open()[1]
    assert vocabulary.count("µg") == 1
    assert vocabulary.count("λόγος") == 1
    (hit,) = built.search("λόγ", SearchFilters(), limit=5).hits
    text = documents[0].text
    assert [text[a:b] for a, b in built.highlight(text, hit.matched)] == ["λόγος"]
    assert built.search("µgg ", SearchFilters(), limit=5).fuzzy
    built.close()
