"""The edition source format: the bundled text verbatim, and the data derived from it."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coact_desktop.core.errors import EditionError, KnownError
from coact_desktop.core.library.edition import (
    FORMAT,
    Edition,
    bundled_edition_dir,
    decades_in,
    find_forms,
    form_spans,
    load_edition,
    places_in,
)

TEXT_NAME = "coact-history-of-drug-user-organising.txt"
SHARED_TEXT = Path("/work/shared/content") / TEXT_NAME

EXPECTED_CHAPTERS = [
    ("introduction", "introduction"),
    ("grassroots", "model"),
    ("treatment-advocacy", "model"),
    ("public-health", "model"),
    ("human-rights", "model"),
    ("high-level-advocacy", "model"),
    ("womens-organising", "model"),
    ("drug-law-reform", "model"),
    ("conclusion", "conclusion"),
    ("about-the-authors", "about"),
]
# The introduction and the note on the authors have no heading line in the text.
UNHEADED = {"introduction", "about-the-authors"}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _walk(edition: Edition, lines: list[str]) -> tuple[list[str], int]:
    """Match the chapters against the text line by line: (slugs with a heading line, lines used)."""
    cursor = 0
    headed: list[str] = []
    for chapter in edition.chapters:
        first_text = chapter.passages[0].text if chapter.passages else None
        if cursor < len(lines) and lines[cursor] == chapter.title and lines[cursor] != first_text:
            headed.append(chapter.slug)
            cursor += 1
        for passage in chapter.passages:
            assert cursor < len(lines), f"{passage.id} lies beyond the end of the text"
            assert passage.text == lines[cursor], f"{passage.id} is not line {cursor + 1}"
            cursor += 1
    return headed, cursor


# -- the text ----------------------------------------------------------------------------------


def test_every_line_is_one_heading_or_one_passage_in_order(
    edition: Edition, source_lines: list[str]
) -> None:
    headed, used = _walk(edition, source_lines)
    assert used == len(source_lines), f"lines {used + 1}.. are not in any chapter"
    assert set(headed) == {slug for slug, _ in EXPECTED_CHAPTERS} - UNHEADED
    assert len(edition.passages) + len(headed) == len(source_lines)
    assert list(edition.lines) == source_lines


def test_passage_ids_and_positions_follow_reading_order(edition: Edition) -> None:
    for chapter in edition.chapters:
        assert chapter.passages, f"chapter {chapter.slug} has no passages"
        for n, passage in enumerate(chapter.passages, start=1):
            assert passage.chapter_slug == chapter.slug
            assert passage.position == n
            assert passage.id == f"{chapter.slug}:{n}"
    ids = [p.id for p in edition.passages]
    assert len(ids) == len(set(ids))


def test_list_items_are_the_bulleted_lines(edition: Edition, source_lines: list[str]) -> None:
    bulleted = {line for line in source_lines if line.startswith("- ")}
    assert len(bulleted) == 6  # the six levels of the human rights model
    assert {p.text for p in edition.passages if p.is_list_item} == bulleted
    assert all(p.chapter_slug == "human-rights" for p in edition.passages if p.is_list_item)


def test_ten_chapters_with_expected_slugs_kinds_and_positions(edition: Edition) -> None:
    assert [(c.slug, c.kind) for c in edition.chapters] == EXPECTED_CHAPTERS
    assert [c.position for c in edition.chapters] == list(range(10))
    assert sum(c.kind == "model" for c in edition.chapters) == 7


def test_edition_metadata(edition: Edition) -> None:
    assert edition.id == "coact-history-of-drug-user-organising"
    assert edition.version >= 1
    assert edition.language == "en"
    assert edition.publisher == "Coact"
    assert edition.authors == ("Mat Southwell", "Lana Durjava")
    assert edition.source_sha256 == _sha256(bundled_edition_dir() / TEXT_NAME)


def test_recorded_checksum_is_the_bundled_texts() -> None:
    folder = bundled_edition_dir()
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    assert meta["format"] == FORMAT
    assert meta["source"]["file"] == TEXT_NAME
    assert meta["source"]["sha256"] == _sha256(folder / TEXT_NAME)


@pytest.mark.skipif(
    not SHARED_TEXT.exists(),
    reason=f"Coact's original text is not available at {SHARED_TEXT} on this machine",
)
def test_bundled_text_is_byte_identical_to_coacts_original() -> None:
    assert _sha256(bundled_edition_dir() / TEXT_NAME) == _sha256(SHARED_TEXT)


# -- invalid editions --------------------------------------------------------------------------

MetaChange = Callable[[dict[str, Any]], None]


@pytest.fixture
def edition_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "edition"
    shutil.copytree(bundled_edition_dir(), folder)
    return folder


def _modify(
    folder: Path,
    meta_change: MetaChange | None = None,
    text_change: Callable[[str], str] | None = None,
    fix_checksum: bool = True,
) -> None:
    """Rewrite a copied edition; by default the checksum is kept true to the (new) text."""
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    if text_change is not None:
        text_path = folder / meta["source"]["file"]
        text_path.write_bytes(text_change(text_path.read_bytes().decode("utf-8")).encode("utf-8"))
        if fix_checksum:
            meta["source"]["sha256"] = _sha256(text_path)
    if meta_change is not None:
        meta_change(meta)
    (folder / "edition.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")


def _chapter(meta: dict[str, Any], slug: str) -> dict[str, Any]:
    return next(c for c in meta["chapters"] if c["slug"] == slug)


def test_an_unmodified_copy_loads(edition_copy: Path, edition: Edition) -> None:
    # The control for the tests below: copying and rewriting the JSON alone breaks nothing.
    _modify(edition_copy, meta_change=lambda meta: None)
    assert load_edition(edition_copy) == edition


def test_changed_text_fails_the_checksum(edition_copy: Path) -> None:
    _modify(
        edition_copy, text_change=lambda t: t.replace("Rotterdam", "Amsterdam"), fix_checksum=False
    )
    with pytest.raises(EditionError, match="checksum"):
        load_edition(edition_copy)


def test_changed_recorded_checksum_fails(edition_copy: Path) -> None:
    def change(meta: dict[str, Any]) -> None:
        meta["source"]["sha256"] = "0" * 64

    _modify(edition_copy, change)
    with pytest.raises(EditionError, match="checksum"):
        load_edition(edition_copy)


@pytest.mark.parametrize("fmt", ["coact-edition/2", "coact-edition", "", None])
def test_wrong_format_string_is_refused(edition_copy: Path, fmt: str | None) -> None:
    def change(meta: dict[str, Any]) -> None:
        meta["format"] = fmt

    _modify(edition_copy, change)
    with pytest.raises(EditionError, match="format"):
        load_edition(edition_copy)


def test_missing_format_is_refused(edition_copy: Path) -> None:
    _modify(edition_copy, lambda meta: meta.pop("format"))
    with pytest.raises(EditionError):
        load_edition(edition_copy)


def test_chapter_title_must_match_its_heading_line(edition_copy: Path) -> None:
    def change(meta: dict[str, Any]) -> None:
        _chapter(meta, "public-health")["title"] = "Public Health"

    _modify(edition_copy, change)
    with pytest.raises(EditionError, match="public-health"):
        load_edition(edition_copy)


def test_heading_line_must_hold_the_title(edition_copy: Path) -> None:
    def change(meta: dict[str, Any]) -> None:
        # Move the heading to the chapter's last line: coverage is intact, the title is not.
        chapter = _chapter(meta, "conclusion")
        chapter["heading_line"], chapter["first_line"], chapter["last_line"] = 38, 35, 37

    _modify(edition_copy, change)
    with pytest.raises(EditionError, match="conclusion"):
        load_edition(edition_copy)


def _drop_last_line_of_conclusion(meta: dict[str, Any]) -> None:
    _chapter(meta, "conclusion")["last_line"] -= 1


def _overlap_two_chapters(meta: dict[str, Any]) -> None:
    _chapter(meta, "drug-law-reform")["last_line"] += 1  # also takes the heading "Conclusion"


def _leave_a_heading_uncovered(meta: dict[str, Any]) -> None:
    _chapter(meta, "grassroots")["heading_line"] = None


def _run_past_the_end(meta: dict[str, Any]) -> None:
    _chapter(meta, "about-the-authors")["last_line"] += 1


@pytest.mark.parametrize(
    "change",
    [
        _drop_last_line_of_conclusion,
        _overlap_two_chapters,
        _leave_a_heading_uncovered,
        _run_past_the_end,
    ],
)
def test_chapters_must_cover_every_line_exactly_once(
    edition_copy: Path, change: MetaChange
) -> None:
    _modify(edition_copy, change)
    with pytest.raises(EditionError, match=r"cover|not a line of the text"):
        load_edition(edition_copy)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda m: m["organisations"][0].update(aliases=[1]), "aliases"),
        (lambda m: m.update(chapters=["introduction"]), "chapters"),
        (lambda m: m["chapters"][0].update(last_line=10**9), "last_line"),
        (lambda m: m.update(version=True), "version"),
        (lambda m: m["events"][0].update(year_from="1973"), "year_from"),
        (lambda m: m["places"][0].update(forms="Netherlands"), "forms"),
        (lambda m: m.pop("credit"), "credit"),
    ],
)
def test_an_edition_of_the_wrong_shape_is_refused_in_words(
    edition_copy: Path, change: MetaChange, words: str
) -> None:
    # What a pack carries travels: a wrong type is a refusal, never a crash further on.
    _modify(edition_copy, change)
    with pytest.raises(EditionError, match=words):
        load_edition(edition_copy)


def test_a_line_added_to_the_text_must_be_covered(edition_copy: Path) -> None:
    _modify(edition_copy, text_change=lambda t: t + "\nA paragraph no chapter claims.")
    with pytest.raises(EditionError, match="cover"):
        load_edition(edition_copy)


def test_unreadable_description_is_an_edition_error(edition_copy: Path) -> None:
    (edition_copy / "edition.json").write_text('{"format": "coact-edition/1",', "utf-8")
    with pytest.raises(EditionError):
        load_edition(edition_copy)
    (edition_copy / "edition.json").unlink()
    with pytest.raises(EditionError):
        load_edition(edition_copy)


def test_missing_text_file_is_an_edition_error(edition_copy: Path) -> None:
    # EditionError's contract: "The bundled edition is missing or does not match its own
    # description" -- a missing text must not surface as a bare OSError (a bug, not a KnownError).
    (edition_copy / TEXT_NAME).unlink()
    with pytest.raises(KnownError) as caught:
        load_edition(edition_copy)
    assert isinstance(caught.value, EditionError)


# -- organisations -----------------------------------------------------------------------------


def _place_forms(edition: Edition, name: str) -> tuple[str, ...]:
    return tuple(f for p in edition.places if p.name == name for f in (p.name, *p.forms))


def _in_evidence(evidence: tuple[str, ...], forms: tuple[str, ...]) -> bool:
    return any(find_forms(quote, forms) for quote in evidence)


def test_more_than_25_organisations_with_unique_slugs(edition: Edition) -> None:
    slugs = [o.slug for o in edition.organisations]
    assert len(slugs) > 25
    assert len(slugs) == len(set(slugs))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s) for s in slugs)


def test_every_alias_and_mention_form_occurs_as_whole_words(edition: Edition) -> None:
    text = "\n".join(edition.lines)
    missing = [
        (o.slug, form)
        for o in edition.organisations
        for form in (*o.aliases, *o.mention_forms)
        if not find_forms(text, (form,))
    ]
    assert missing == []


def test_every_organisation_is_mentioned_in_some_passage(edition: Edition) -> None:
    unmentioned = [
        o.slug
        for o in edition.organisations
        if not any(find_forms(p.text, o.all_forms) for p in edition.passages)
    ]
    assert unmentioned == []


def test_every_evidence_quote_is_verbatim_in_a_single_passage(edition: Edition) -> None:
    problems = []
    for org in edition.organisations:
        assert org.evidence, f"{org.slug} has no evidence"
        for quote in org.evidence:
            holders = [p.id for p in edition.passages if quote in p.text]
            if len(holders) != 1:
                problems.append((org.slug, quote, holders))
    assert problems == []


def test_dates_and_places_of_organisations_are_in_their_evidence(edition: Edition) -> None:
    problems = []
    for org in edition.organisations:
        claims: list[tuple[str, tuple[str, ...]]] = []
        for year in (org.founded, org.closed):
            if year is not None:
                claims.append((str(year), (str(year),)))
        for phrase in (org.founded_text, org.closed_text, org.city):
            if phrase is not None:
                claims.append((phrase, (phrase,)))
        if org.country is not None:
            claims.append((org.country, (org.country, *_place_forms(edition, org.country))))
        problems += [
            (org.slug, claim) for claim, forms in claims if not _in_evidence(org.evidence, forms)
        ]
    assert problems == []


def test_founded_and_closed_texts_agree_with_the_years(edition: Edition) -> None:
    for org in edition.organisations:
        if org.founded is not None and org.founded_text is not None:
            assert str(org.founded) in org.founded_text, org.slug
        if org.closed is not None and org.closed_text is not None:
            assert str(org.closed) in org.closed_text, org.slug
        if org.founded is not None and org.closed is not None:
            assert org.founded <= org.closed, org.slug


def test_countries_cities_and_regions_are_known_places(edition: Edition) -> None:
    kinds = {p.name: p.kind for p in edition.places}
    for org in edition.organisations:
        if org.country is not None:
            assert kinds.get(org.country) == "country", (org.slug, org.country)
        if org.city is not None:
            assert kinds.get(org.city) == "city", (org.slug, org.city)
        if org.region is not None:
            assert kinds.get(org.region) == "region", (org.slug, org.region)


def test_models_of_organisations_are_model_chapters(edition: Edition) -> None:
    model_slugs = {c.slug for c in edition.chapters if c.kind == "model"}
    assert len(model_slugs) == 7
    bad = [(o.slug, m) for o in edition.organisations for m in o.models if m not in model_slugs]
    assert bad == []
    # Every model of organising has at least one example organisation.
    assert {m for o in edition.organisations for m in o.models} == model_slugs


# -- events ------------------------------------------------------------------------------------


def test_events_quote_exactly_one_passage_and_contain_their_when(edition: Edition) -> None:
    assert edition.events
    for event in edition.events:
        holders = [p for p in edition.passages if event.quote in p.text]
        assert len(holders) == 1, event.quote
        assert edition.passage_with(event.quote) == holders[0]
        assert event.when in event.quote, event.when


def test_event_years_are_ordered_and_agree_with_when(edition: Edition) -> None:
    for event in edition.events:
        assert 1900 <= event.year_from <= event.year_to <= 2100, event
        written = {int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", event.when)}
        decades = re.findall(r"(?<!\d)(\d{3})0s\b", event.when)
        if decades:
            low = int(decades[0]) * 10
            assert low <= event.year_from <= event.year_to <= low + 9, event
        else:
            assert written, f"no year in {event.when!r}"
            assert written == {event.year_from, event.year_to}, event


def test_events_name_existing_organisations(edition: Edition) -> None:
    slugs = {o.slug for o in edition.organisations}
    for event in edition.events:
        assert event.organisations, event.quote
        assert set(event.organisations) <= slugs, event.organisations


def test_passage_with_an_unknown_quote_raises(edition: Edition) -> None:
    with pytest.raises(EditionError):
        edition.passage_with("a sentence the history does not contain")


# -- matching names, places and years ----------------------------------------------------------


def test_find_forms_matches_whole_words_only() -> None:
    assert not find_forms("activists and activist groups", ("ACTIV",))
    assert not find_forms("an ACTIVIST group", ("ACTIV",))
    assert find_forms("as was pioneered by ACTIV in Canberra", ("ACTIV",))
    assert not find_forms("in the USA", ("US",))
    assert not find_forms("UNODC and UNAIDS", ("UN",))
    assert find_forms("the UN’s civil society processes", ("UN",))


def test_find_forms_is_case_sensitive() -> None:
    assert not find_forms("self-determination, choice and respect, whether", ("Respect",))
    assert find_forms("groups like Respect in the UK", ("Respect",))
    assert not find_forms("groups like respect in the uk", ("Respect", "UK"))


def test_find_forms_handles_forms_that_end_in_punctuation(edition: Edition) -> None:
    ccmp = next(o for o in edition.organisations if o.slug == "ccmp")
    line = edition.passage_with("Committee of Concerned").text
    assert find_forms(line, (ccmp.name,))  # "...Friends Inc." followed by a closing quote
    assert form_spans(line, (ccmp.name,)) == [
        (line.index(ccmp.name), line.index(ccmp.name) + len(ccmp.name))
    ]


def test_form_spans_are_sorted_offsets_of_each_occurrence() -> None:
    text = "NAMA Recovery grew from NAMA; not NAMAS."
    assert form_spans(text, ("NAMA",)) == [(0, 4), (24, 28)]
    # A form inside a longer form is merged into one mark over the longer one.
    assert form_spans(text, ("NAMA Recovery", "NAMA")) == [(0, 13), (24, 28)]


def _org_forms(edition: Edition) -> tuple[str, ...]:
    return tuple(f for o in edition.organisations for f in o.all_forms)


def test_places_in_ignores_places_inside_organisation_names(edition: Edition) -> None:
    masked = _org_forms(edition)
    text = "such as the San Francisco Users Union, the New England Users Union, and Lee’s Rig Hub."
    assert "England" not in places_in(text, edition.places, masked)
    # The control: England outside a name is found.
    assert places_in("in England and worldwide", edition.places, masked) == {"England"}
    assert "Europe" not in places_in(
        "an appeal to the European Court of Human Rights", edition.places, masked
    )


def test_places_in_prefers_the_longer_place_name(edition: Edition) -> None:
    found = places_in("across Asia and Eastern Europe where", edition.places, ())
    assert found == {"Asia", "Eastern Europe"}
    assert places_in("in Europe and North America", edition.places, ()) == {
        "Europe",
        "North America",
    }
    passage = edition.passage_with("particularly common in Eastern Europe and Central Asia")
    assert places_in(passage.text, edition.places, _org_forms(edition)) == {
        "Eastern Europe",
        "Central Asia",
        "Eurasia",
        "Ukraine",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "which was formed in the late 1980s and went on to become a formally constituted "
            "and incorporated association in 1992.",
            {"1980s", "1990s"},
        ),
        ("in New York in 1973.", {"1970s"}),
        ("INPUD was formed in 2006 at the Vancouver Harm Reduction Conference", {"2000s"}),
        ("the deaths of 2,800 people in extra-judicial executions", set()),
        ("about 10% of people who use drugs; the last five years", set()),
        ("for 25 years, in England and worldwide", set()),
        # A year followed by a comma is still a year: "In January 1981, the Junkiebond ...".
        ("In January 1981, the Junkiebond was formed", {"1980s"}),
        ("the UK from 1999 to 2013, or within a drug user group", {"1990s", "2010s"}),
    ],
)
def test_decades_in(text: str, expected: set[str]) -> None:
    assert decades_in(text) == expected


def test_the_documented_example_edition_loads() -> None:
    example = Path(__file__).resolve().parents[3] / "docs" / "examples" / "edition"
    edition = load_edition(example)
    assert [c.slug for c in edition.chapters] == ["introduction", "example-model"]
    assert [p.is_list_item for p in edition.passages] == [False, False, False, True, True]
    euu = edition.organisations[0]
    assert find_forms(edition.passages[2].text, euu.all_forms)
    assert edition.passage_with(edition.events[0].quote).id == "example-model:1"
