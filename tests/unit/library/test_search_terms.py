"""The one-pass terms are exactly what the fields' Whoosh analyzers give, in every language.

The multilingual sentences are test text written for these tests, not Coact's history; the
English passages are the bundled edition's own, read, not changed.
"""

from __future__ import annotations

import re

import pytest

from coact_desktop.core.library.edition import load_edition
from coact_desktop.core.library.search.languages import (
    KEYS,
    SPELL,
    content_analyzer,
    content_field,
    pairs_analyzer,
    pairs_field,
)
from coact_desktop.core.library.search.terms import PassageTerms

TEST_TEXTS = [
    "TEST TEXT: The U.S. network of peer workers met every week, a 2*3 plan; I said no.",
    "Наша организация появилась в 2005 году, когда мы начали встречаться. Ёлка, ещё всё.",
    "Наше обʼєднання зібрало людей, які вживають наркотики; об’єднання, об'єднання.",
    "Les réunions avaient lieu chaque mardi dans l'appartement d'une amie.",
    "Las organizaciones de usuarios pidieron acceso a la metadona.",
    "A organização ajudou muitas pessoas a encontrar tratamento.",
    "Kelompok kami mendapat dukungan dari teman-teman di kota, memperjuangkan hak.",
    "ჩვენი ჯგუფი შეიქმნა თბილისში და დაიწყო მუშაობა.",
    "เราก่อตั้งองค์กรของผู้ใช้ยาในปีนั้นและทำงานด้วยกัน ABC การประชุม 2019",
    "Біз Бишкекте топ түздүк. Кыргыз тилинде жазабыз. Ногиз əлем.",
    "ما در تهران گروهی ساختیم و با هم کار کردیم.",
    "Word",
    "… : —",
    "",
]


def _analysed(analyzer: object, text: str) -> list[str]:
    return [t.text for t in analyzer(text)]  # type: ignore[operator]


def _texts() -> list[str]:
    passages = load_edition().passages
    return TEST_TEXTS + [p.text for p in passages[:: max(1, len(passages) // 150)]]


@pytest.mark.parametrize("key", KEYS)
def test_each_field_gets_what_its_analyzer_gives(key: str) -> None:
    terms = PassageTerms()
    for text in _texts():
        fields = terms.fields(key, text)
        assert fields["spell"] == _analysed(SPELL, text), text
        assert fields[content_field(key)] == _analysed(content_analyzer(key), text), text
        pairs = pairs_field(key)
        if pairs is None:
            assert set(fields) == {"spell", content_field(key)}
        else:
            # (BiWordFilter fails on text with no words at all: such text has no pairs.)
            words = re.search(r"\w", text) is not None
            expected = _analysed(pairs_analyzer(key), text) if words else []
            assert fields.get(pairs, []) == expected, text


def test_a_stem_is_remembered_not_recomputed() -> None:
    terms = PassageTerms()
    first = terms.fields("ru", "организации организация")
    assert terms.fields("ru", "организации организация") == first
    assert first["content_ru"][0] == first["content_ru"][1]
