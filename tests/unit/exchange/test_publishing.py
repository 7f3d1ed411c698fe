"""Coact's editions workspace without the window: plan, preview, publish, and a reader imports.

The chapters added are TEST TEXT; the histories are TEST TEXT from test groups.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from coact_tests_pack_factory import LIBRARY, B

from coact_desktop.core.errors import PackError
from coact_desktop.core.exchange.edition_plan import EditionPlan, PlannedHistory
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.library.edition_compose import ChapterSource
from coact_desktop.core.library.service import LibraryService
from coact_desktop.core.services import AppServices

CHAPTER = "# New voices (TEST TEXT)\n\nTEST TEXT: a chapter added for this test edition.\n"


def _groups(library: LibraryService) -> list[tuple[str, str]]:
    """Each group's history in reading order, with the model it is placed under."""
    seen: dict[str, str] = {}
    for chapter in library.chapters():
        if chapter.kind == "group-history":
            seen.setdefault(chapter.group, chapter.model)
    return list(seen.items())


def test_the_editors_plan_is_what_readers_get(
    coact_with_two_groups: tuple[AppServices, str, str],
    new_profile: Callable[[], AppServices],
    throwaway_keys: dict[str, SecretKey],
    tmp_path: Path,
) -> None:
    services, first, second = coact_with_two_groups
    publishing = services.publishing
    assert [c.name for c in publishing.candidates()] == [
        "Lanternfolk (test group)",
        "Moth Circle (test group)",
    ]
    plan = EditionPlan(
        histories=(PlannedHistory(second, "treatment-advocacy"), PlannedHistory(first)),
        chapters=(ChapterSource(CHAPTER, "new-voices.md", after="conclusion"),),
        notes="TEST NOTES: two groups and a new chapter.",
    )
    publishing.save_plan(plan)
    assert publishing.plan().to_json() == plan.to_json()  # kept in the profile as it is made

    preview = publishing.preview(plan, tmp_path / "preview")
    try:
        shown = preview.library
        slugs = [c.slug for c in shown.chapters()]
        assert slugs.index("new-voices-test-text") == slugs.index("conclusion") + 1
        assert _groups(shown) == [
            ("Moth Circle (test group)", "treatment-advocacy"),
            ("Lanternfolk (test group)", ""),
        ]
        assert shown.edition_version(LIBRARY) == B + 1
    finally:
        preview.close()

    out = tmp_path / "to-send"
    out.mkdir()
    done = publishing.publish(plan, throwaway_keys["publishing-1"], out)
    assert done.delta is None  # the first edition published here: nothing to be a delta of
    assert [p.name for p in done.copies] == [f"{LIBRARY}-{B + 1}.coactpack"]
    assert publishing.plan().chapters == ()
    assert publishing.plan().notes == ""
    assert publishing.plan().histories == plan.histories  # the next edition starts from these

    reader = new_profile()
    check = reader.editions.import_pack(done.copies[0])
    assert check.notes == plan.notes
    assert [c.slug for c in reader.library.chapters()] == slugs
    assert _groups(reader.library) == _groups(shown)
    text = reader.library.chapter("new-voices-test-text").passages[0].text
    assert text == "TEST TEXT: a chapter added for this test edition."

    # The next edition starts from the one published, and comes as a delta too.
    again = publishing.publish(
        EditionPlan(histories=(PlannedHistory(first, "grassroots"),), notes="TEST NOTES: 3."),
        throwaway_keys["publishing-1"],
        out,
    )
    assert again.delta is not None
    assert again.delta.size < again.full.size * 0.6  # the text is not sent again
    reader.editions.import_pack(again.delta.path)
    assert reader.library.edition_version(LIBRARY) == B + 2
    assert "new-voices-test-text" in [c.slug for c in reader.library.chapters()]
    assert _groups(reader.library) == [("Lanternfolk (test group)", "grassroots")]
    published = sorted(p.name for p in (services.paths.data_dir / "published").iterdir())
    assert published == [
        f"{LIBRARY}-{B + 1}.coactpack",
        f"{LIBRARY}-{B + 2}-delta.coactpack",
        f"{LIBRARY}-{B + 2}.coactpack",
    ]


def test_what_is_published_verifies_with_debian_minisign(
    coact_with_two_groups: tuple[AppServices, str, str],
    throwaway_keys: dict[str, SecretKey],
    tmp_path: Path,
) -> None:
    import zipfile

    services, first, _second = coact_with_two_groups
    done = services.publishing.publish(
        EditionPlan(histories=(PlannedHistory(first),)), throwaway_keys["publishing-1"]
    )
    with zipfile.ZipFile(done.full.path) as archive:
        archive.extractall(tmp_path / "x")
    public = tmp_path / "p.pub"
    public.write_text(throwaway_keys["publishing-1"].public_key().to_text(), "utf-8")
    bag = tmp_path / "x" / "coact-pack"
    subprocess.run(
        ["minisign", "-V", "-q", "-p", str(public), "-m", str(bag / "pack.json")], check=True
    )


def test_a_plan_with_nothing_in_it_or_an_unknown_model_publishes_nothing(
    coact_with_two_groups: tuple[AppServices, str, str], throwaway_keys: dict[str, SecretKey]
) -> None:
    services, first, _second = coact_with_two_groups
    key = throwaway_keys["publishing-1"]
    with pytest.raises(PackError) as caught:
        services.publishing.publish(EditionPlan(), key)
    assert caught.value.reason == "nothing_changed"
    with pytest.raises(PackError) as caught:
        services.publishing.publish(
            EditionPlan(histories=(PlannedHistory(first, "conclusion"),)), key
        )
    assert caught.value.reason == "no_such_model"
    assert not list((services.paths.data_dir / "published").glob("*"))


REPLACED = "# About the authors\n\nTEST TEXT: this chapter is replaced for a test edition.\n"


def test_a_reader_sees_what_a_pack_would_change_before_importing_it(
    coact_with_two_groups: tuple[AppServices, str, str],
    new_profile: Callable[[], AppServices],
    throwaway_keys: dict[str, SecretKey],
    tmp_path: Path,
) -> None:
    """``editions diff``: chapters and histories added, changed, placed, removed; nothing kept."""
    services, first, second = coact_with_two_groups
    out = tmp_path / "to-send"
    out.mkdir()
    key = throwaway_keys["publishing-1"]
    one = services.publishing.publish(
        EditionPlan(
            histories=(PlannedHistory(first), PlannedHistory(second)),
            chapters=(
                ChapterSource(CHAPTER, "new-voices.md", after="conclusion"),
                ChapterSource(REPLACED, "authors.md", replaces="about-the-authors"),
            ),
        ),
        key,
        out,
    )
    reader = new_profile()
    before = reader.library.content_fingerprint()
    found = reader.editions.diff(one.full.path)
    assert (found.edition, found.have_edition) == (B + 1, B)
    assert [(c.slug, c.change) for c in found.chapters] == [  # in reading order
        ("new-voices-test-text", "added"),
        ("about-the-authors", "changed"),
    ]
    changed = found.chapters[1]
    assert changed.words_added >= 8  # "this chapter is replaced for a test edition."
    assert changed.words_removed > 20  # the authors' own words, all gone from it
    assert [(h.name, h.change) for h in found.histories] == [
        ("Lanternfolk (test group)", "added"),
        ("Moth Circle (test group)", "added"),
    ]
    assert reader.library.content_fingerprint() == before  # a diff changes nothing
    assert reader.library.edition_version(LIBRARY) == B

    reader.editions.import_pack(one.full.path)
    two = services.publishing.publish(
        EditionPlan(histories=(PlannedHistory(first, "grassroots"),)), key, out
    )
    assert two.delta is not None
    found = reader.editions.diff(two.delta.path)
    assert found.chapters == ()
    assert [(h.name, h.change) for h in found.histories] == [
        ("Lanternfolk (test group)", "placed"),
        ("Moth Circle (test group)", "removed"),
    ]
