"""Drafts: the JSON form, saving, revisions and restoring, in a real profile database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from coact_desktop.core.drafts import service as drafts_module
from coact_desktop.core.drafts.model import Draft, DraftError, Person, Profile, Section
from coact_desktop.core.drafts.service import DraftExists, new_draft, word_count
from coact_desktop.core.errors import NotFound
from coact_desktop.core.services import AppServices, open_services
from coact_desktop.core.storage.paths import resolve_profile

EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "examples" / "draft.json"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[AppServices]:
    opened = open_services(resolve_profile(tmp_path / "profile"))
    yield opened
    opened.close()


def example() -> dict[str, object]:
    data: dict[str, object] = json.loads(EXAMPLE.read_text("utf-8"))
    return data


def test_the_documented_example_round_trips_exactly(services: AppServices) -> None:
    draft = Draft.from_json(example())
    services.drafts.create(draft)
    assert services.drafts.get(draft.id).to_json() == example()


def test_a_new_draft_has_the_guided_sections() -> None:
    draft = new_draft(Profile(name="Our group"))
    assert [s.prompt for s in draft.sections] == [
        "beginnings",
        "activities",
        "milestones",
        "challenges",
        "achievements",
        "lessons",
    ]
    assert all(s.body == "" for s in draft.sections)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("id"), "draft.id is missing"),
        (lambda d: d.update(format="other/1"), "not a coact-draft/1 file"),
        (lambda d: d.update(extra=1), "draft.extra is not a field"),
        (lambda d: d["profile"].update(founded="2009"), "draft.profile.founded must be a year"),
        (lambda d: d["profile"].update(founded=True), "draft.profile.founded must be a year"),
        (lambda d: d["profile"].update(active="yes"), "draft.profile.active must be true"),
        (lambda d: d["people"][1].update(consent="maybe"), "draft.people[1].consent must be"),
        (lambda d: d["sections"].append("text"), "draft.sections[7] must be an object"),
        (lambda d: d["events"][0].update(people="Sam"), "draft.events[0].people must be a list"),
        (lambda d: d.update(sections={}), "draft.sections must be a list"),
    ],
)
def test_bad_json_forms_are_refused_with_where(change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = example()
    change(data)
    with pytest.raises(DraftError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Draft.from_json(data)


def test_a_taken_id_is_refused_and_nothing_changes(services: AppServices) -> None:
    draft = Draft.from_json(example())
    services.drafts.create(draft)
    with pytest.raises(DraftExists):
        services.drafts.create(replace(draft, profile=Profile(name="Someone else")))
    assert services.drafts.get(draft.id) == draft


def test_saves_are_revisions_coalesced_within_a_working_session(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = services.drafts
    draft = new_draft(Profile(name="Group"))
    drafts.create(draft)
    first = draft.with_section(0, Section("How the group began", "We met.", "beginnings"))
    second = first.with_section(0, Section("How the group began", "We met in 2009.", "beginnings"))
    assert drafts.save(first).revision == 2
    assert drafts.save(second).revision == 2  # seconds later: the same working session
    assert drafts.get(draft.id) == second
    assert [r.number for r in drafts.revisions(draft.id)] == [2, 1]
    # Later, a new working session starts a new revision.
    monkeypatch.setattr(drafts_module, "COALESCE", timedelta(0))
    third = second.with_section(1, Section("What the group does", "Outreach.", "activities"))
    assert drafts.save(third).revision == 3
    assert drafts.revision(draft.id, 2) == second
    assert [r.words for r in drafts.revisions(draft.id)] == [5, 4, 0]


def test_restoring_is_itself_a_revision(services: AppServices) -> None:
    drafts = services.drafts
    draft = Draft.from_json(example())
    drafts.create(draft)
    emptied = replace(draft, sections=(), people=(Person("Sam Rivers", "withheld"),))
    drafts.save(emptied, reason="edit")
    restored, receipt = drafts.restore(draft.id, 1)
    assert restored == draft
    assert drafts.get(draft.id) == draft
    assert receipt.revision == 3
    assert [(r.number, r.reason) for r in drafts.revisions(draft.id)] == [
        (3, "restore"),
        (2, "edit"),
        (1, "create"),
    ]
    assert drafts.revision(draft.id, 2) == emptied  # nothing was destroyed


def test_unknown_drafts_and_revisions(services: AppServices) -> None:
    with pytest.raises(NotFound):
        services.drafts.get("nope")
    with pytest.raises(NotFound):
        services.drafts.save(new_draft())
    draft = new_draft()
    services.drafts.create(draft)
    with pytest.raises(NotFound):
        services.drafts.revision(draft.id, 9)


def test_list_and_word_count(services: AppServices) -> None:
    a = new_draft(Profile(name="A"))
    b = Draft.from_json(example())
    services.drafts.create(a)
    services.drafts.create(b)
    listed = services.drafts.list()
    assert {s.name for s in listed} == {"A", "Riverside Users Network"}
    assert word_count(b) == 34


def test_a_saved_draft_is_in_the_database_file_when_save_returns(services: AppServices) -> None:
    draft = new_draft(Profile(name="Durable"))
    services.drafts.create(draft)
    services.drafts.save(draft.with_section(0, Section("How the group began", "Every word.")))
    # A second, independent connection sees it: it is committed, not held in a session.
    engine = sa.create_engine(f"sqlite:///{services.paths.database}")
    with engine.connect() as connection:
        content = connection.execute(
            sa.text("SELECT content FROM drafts WHERE id = :id"), {"id": draft.id}
        ).scalar_one()
    engine.dispose()
    assert "Every word." in content


def test_a_big_deletion_starts_a_new_revision_so_it_can_be_undone(services: AppServices) -> None:
    drafts = services.drafts
    draft = new_draft(Profile(name="Group"))
    drafts.create(draft)
    written = draft.with_section(0, Section("How the group began", "word " * 100))
    assert drafts.save(written).revision == 2
    emptied = written.with_section(0, Section("How the group began", ""))
    assert drafts.save(emptied).revision == 3  # within the same ten minutes, still its own
    assert drafts.revision(draft.id, 2) == written


def test_unknown_attachment_kinds_in_the_json_form_are_refused() -> None:
    data = example()
    data["attachments"] = [
        {"sha256": "a" * 64, "extension": "jpg/../../x", "media_type": "text/html", "caption": ""}
    ]
    with pytest.raises(DraftError, match="not a kind of attachment"):
        Draft.from_json(data)
