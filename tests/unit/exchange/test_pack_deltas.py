"""Delta packs: only what changed since an edition readers hold, checked against their own copy.

The editions are TEST EDITIONS (Coact's text unchanged, a new number); the histories TEST TEXT.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import coact_tests_bundle_factory as bf
import pytest
from coact_tests_pack_factory import LANTERNFOLK, LIBRARY, B, accept_test_history
from PIL import Image

from coact_desktop.core.drafts.model import Section
from coact_desktop.core.errors import PackError
from coact_desktop.core.exchange import pack_format as pf
from coact_desktop.core.exchange.bundle_read import open_bundle
from coact_desktop.core.exchange.editions import SHIPPED, shipped_state
from coact_desktop.core.library.changes import ChapterChange, WhatsNew, combine, word_diff
from coact_desktop.core.services import AppServices


def _reason(call: Callable[[], object]) -> str:
    with pytest.raises(PackError) as caught:
        call()
    assert len(caught.value.message) > 20
    return caught.value.reason


def _blobs(pack: Path) -> set[str]:
    with zipfile.ZipFile(pack) as z:
        return {n.rsplit("/", 1)[1] for n in z.namelist() if "/data/blobs/" in n}


def test_a_delta_carries_only_what_changed_and_the_reader_ends_in_the_signed_state(
    coact_with_two_groups: tuple[AppServices, str, str],
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
) -> None:
    coact, first, second = coact_with_two_groups
    reader = new_profile()
    full = publish(coact, B + 1, groups=(first,))
    delta = publish(coact, B + 2, groups=(first, second), base=full)
    # Only the new edition.json and the new history travel; the text and the first history not.
    assert len(_blobs(delta)) == 2
    assert _blobs(delta) < _blobs(full) | _blobs(delta)
    assert not _blobs(delta) & _blobs(full)
    assert delta.stat().st_size < full.stat().st_size * 0.6  # the new edition.json dominates

    assert _reason(lambda: reader.editions.import_pack(delta)) == "delta_base"
    reader.editions.import_pack(full)
    check = reader.editions.import_pack(delta)
    assert (check.statement.kind, check.statement.edition) == ("delta", B + 2)
    assert sorted(check.histories) == ["Lanternfolk (test group)", "Moth Circle (test group)"]
    histories = {c.group for c in reader.library.chapters() if c.kind == "group-history"}
    assert histories == {"Lanternfolk (test group)", "Moth Circle (test group)"}
    state = reader.library.edition_state(LIBRARY)
    assert state is not None
    assert pf.parse_records(state).state() == check.statement.state
    kept = sorted(p.name for p in (reader.paths.data_dir / "editions").iterdir())
    assert kept == [f"{LIBRARY}-{B + 1}.coactpack", f"{LIBRARY}-{B + 2}-delta.coactpack"]


def test_histories_come_in_the_editors_order_and_under_the_model_they_chose(
    coact_with_two_groups: tuple[AppServices, str, str],
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
) -> None:
    coact, first, second = coact_with_two_groups
    reader = new_profile()

    def placed() -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for c in reader.library.chapters():
            if c.kind == "group-history":
                seen.setdefault(c.group, c.model)
        return list(seen.items())

    full = publish(coact, B + 1, groups=(second, first), models={second: "treatment-advocacy"})
    reader.editions.import_pack(full)
    assert placed() == [
        ("Moth Circle (test group)", "treatment-advocacy"),
        ("Lanternfolk (test group)", ""),
    ]
    # The next edition turns the order round and moves the first group: a delta, no history sent.
    delta = publish(coact, B + 2, groups=(first, second), models={first: "grassroots"}, base=full)
    assert len(_blobs(delta)) == 1  # the new edition.json; the histories are where they were
    reader.editions.import_pack(delta)
    assert placed() == [
        ("Lanternfolk (test group)", "grassroots"),
        ("Moth Circle (test group)", ""),
    ]
    assert (
        _reason(lambda: publish(coact, B + 3, groups=(first,), models={first: "conclusion"}))
        == "no_such_model"
    )
    assert _reason(lambda: publish(coact, B + 3, groups=(first, first))) == "no_such_history"


def test_a_delta_from_the_shipped_edition_needs_no_earlier_pack(
    coact_with_two_groups: tuple[AppServices, str, str],
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
) -> None:
    coact, first, _second = coact_with_two_groups
    reader = new_profile()
    delta = publish(coact, B + 1, groups=(first,), base=SHIPPED)
    text = shipped_state().edition_text
    assert text not in _blobs(delta)  # every reader has the text already
    reader.editions.import_pack(delta)
    assert reader.library.edition_version(LIBRARY) == B + 1
    assert reader.library.chapter("introduction").passages


def test_a_history_left_out_of_the_next_edition_leaves_the_library(
    coact_with_two_groups: tuple[AppServices, str, str],
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
) -> None:
    coact, first, second = coact_with_two_groups
    reader = new_profile()
    both = publish(coact, B + 1, groups=(first, second))
    reader.editions.import_pack(both)
    only_first = publish(coact, B + 2, groups=(first,), base=both)
    check = reader.editions.verify(only_first)
    assert check.left_out == ("Moth Circle (test group)",)  # said before it is imported
    reader.editions.import_pack(only_first)
    groups = {c.group for c in reader.library.chapters() if c.kind == "group-history"}
    assert groups == {"Lanternfolk (test group)"}
    assert not [o for o in reader.library.organisations() if o.name.startswith("Moth")]


def test_a_damaged_copy_of_the_base_asks_for_the_full_pack_and_changes_nothing(
    coact_with_two_groups: tuple[AppServices, str, str],
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
) -> None:
    coact, first, second = coact_with_two_groups
    reader = new_profile()
    full = publish(coact, B + 1, groups=(first,))
    reader.editions.import_pack(full)
    kept = reader.paths.data_dir / "editions" / f"{LIBRARY}-{B + 1}.coactpack"
    kept.write_bytes(b"not a pack any more")
    delta = publish(coact, B + 2, groups=(first, second), base=full)
    before = bf.snapshot(reader.paths.data_dir)
    assert _reason(lambda: reader.editions.import_pack(delta)) == "delta_base_missing"
    after = bf.snapshot(reader.paths.data_dir)
    assert before.dump == after.dump
    assert before.files == after.files
    full_again = publish(coact, B + 2, groups=(first, second), name="full.coactpack")
    reader.editions.import_pack(full_again)
    assert reader.library.edition_version(LIBRARY) == B + 2


def test_the_route_through_a_stick_reaches_the_newest_edition_in_the_fewest_files(
    coact_with_two_groups: tuple[AppServices, str, str],
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
    tmp_path: Path,
) -> None:
    coact, first, second = coact_with_two_groups
    full = publish(coact, B + 1, groups=(first,))
    delta = publish(coact, B + 2, groups=(first, second), base=full)
    later = publish(coact, B + 3, groups=(second,), base=delta)
    junk = tmp_path / "junk.coactpack"
    junk.write_bytes(b"PK not really")
    fresh = new_profile()
    assert fresh.editions.route([later, junk, delta, full]) == [full, delta, later]
    for step in fresh.editions.route([later, junk, delta, full]):
        fresh.editions.import_pack(step)
    assert fresh.editions.route([later, delta, full]) == []  # nothing newer left
    # A reader who passes it on hands over the whole chain, and the next reader follows it.
    stick = tmp_path / "stick"
    fresh.editions.share(stick)
    shared = sorted(p.name for p in (stick / "COACT_LIBRARY").iterdir())
    assert shared == sorted(p.name for p in (fresh.paths.data_dir / "editions").iterdir())
    assert len(shared) == 3
    nxt = new_profile()
    route = nxt.editions.route(sorted((stick / "COACT_LIBRARY").iterdir()))
    assert [p.name for p in route] == [
        f"{LIBRARY}-{B + 1}.coactpack",
        f"{LIBRARY}-{B + 2}-delta.coactpack",
        f"{LIBRARY}-{B + 3}-delta.coactpack",
    ]
    # A full pack of the newest edition beats the chain: one file instead of three.
    newest_full = publish(coact, B + 3, groups=(second,), name="newest-full.coactpack")
    assert nxt.editions.route([full, delta, later, newest_full]) == [newest_full]


def test_a_delta_that_changes_nothing_is_not_written(
    coact_with_two_groups: tuple[AppServices, str, str], publish: Callable[..., Path]
) -> None:
    coact, first, _second = coact_with_two_groups
    full = publish(coact, B + 1, groups=(first,))
    with pytest.raises(PackError) as caught:
        publish(coact, B + 1, groups=(first,), base=full, name="same.coactpack")
    assert caught.value.reason == "nothing_changed"


def test_debian_minisign_and_bagit_accept_a_delta(
    coact_with_two_groups: tuple[AppServices, str, str],
    publish: Callable[..., Path],
    tmp_path: Path,
    minisign_verifies: Callable[[Path, Path, str], subprocess.CompletedProcess[str]],
    bagit_validates: Callable[[Path], subprocess.CompletedProcess[str]],
) -> None:
    coact, first, second = coact_with_two_groups
    full = publish(coact, B + 1, groups=(first,))
    delta = publish(coact, B + 2, groups=(first, second), base=full)
    out = tmp_path / "unzipped"
    with zipfile.ZipFile(delta) as z:
        z.extractall(out)
    bag = out / "coact-pack"
    key = coact.editions.trusted_root().publishing_keys[0]
    done = minisign_verifies(bag / pf.STATEMENT, bag / pf.SIGNATURE, key.to_base64())
    assert done.returncode == 0, done.stderr
    assert f"edition:{B + 2}" in done.stdout
    validated = bagit_validates(bag)
    assert validated.returncode == 0, validated.stderr


def test_what_is_new_names_the_added_changed_and_removed_chapters_with_the_notes(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path], tmp_path: Path
) -> None:
    group, coact, reader = new_profile(), new_profile(), new_profile()
    first = accept_test_history(group, coact, tmp_path / "out-1")
    assert reader.library.whats_new(LIBRARY) is None  # the shipped edition: nothing to say
    one = publish(coact, B + 1, groups=(first,), notes="TEST NOTES: Lanternfolk joins.")
    reader.editions.import_pack(one)
    news = reader.library.whats_new(LIBRARY)
    assert news is not None
    assert (news.edition, news.notes) == (B + 1, "TEST NOTES: Lanternfolk joins.")
    assert [(c.title, c.group) for c in news.added] == [
        ("How the group began", "Lanternfolk (test group)"),
        ("Timeline", "Lanternfolk (test group)"),
    ]
    assert (news.changed, news.removed) == ((), ())

    # The group revises its history and Coact accepts the revision into the next edition.
    draft = group.drafts.get(LANTERNFOLK)
    revised = replace(
        draft, sections=(Section("How the group began", "TEST TEXT: Lanternfolk met in 2016."),)
    )
    group.drafts.save(revised)
    path = group.exports.export(draft.id, tmp_path / "out-2", "throwaway passphrase", None, "light")
    with open_bundle(path.path, None) as bundle:
        item, _ = coact.inbox.receive(bundle)
    coact.inbox.accept(item.bundle_id)
    two = publish(coact, B + 2, groups=(first,), base=one, notes="")
    reader.editions.import_pack(two)
    news = reader.library.whats_new(LIBRARY)
    assert news is not None
    assert [c.title for c in news.changed] == ["How the group began"]
    (change,) = news.changed
    assert change.before == "TEST TEXT: Lanternfolk (test group) met in 2015."
    assert change.after == "TEST TEXT: Lanternfolk met in 2016."
    assert word_diff(change.before, change.after) == [
        ("same", "TEST TEXT: Lanternfolk "),
        ("removed", "(test group) "),
        ("same", "met in "),
        ("removed", "2015."),
        ("added", "2016."),
    ]
    # The timeline did not change, and so is not listed; an edition without the group removes it.
    reader.editions.import_pack(publish(coact, B + 3, base=two, notes=""))
    news = reader.library.whats_new(LIBRARY)
    assert news is not None
    assert sorted(c.title for c in news.removed) == ["How the group began", "Timeline"]


def test_copies_of_packs_under_other_names_count_once_and_cost_little(
    coact_with_two_groups: tuple[AppServices, str, str],
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
    tmp_path: Path,
) -> None:
    coact, first, second = coact_with_two_groups
    full = publish(coact, B + 1, groups=(first,))
    delta = publish(coact, B + 2, groups=(first, second), base=full)
    later = publish(coact, B + 3, groups=(second,), base=delta)
    stick = tmp_path / "crowded"
    stick.mkdir()
    copies = []
    for number in range(16):  # 48 files, three packs: every path through them is 16**3
        for pack in (full, delta, later):
            copy = stick / f"{number}-{pack.name}"
            shutil.copyfile(pack, copy)
            copies.append(copy)
    route = new_profile().editions.route(copies)
    assert [p.name.split("-", 1)[1] for p in route] == [full.name, delta.name, later.name]


def test_what_is_new_over_two_imports_runs_from_before_the_first() -> None:
    def c(slug: str, before: str, after: str) -> ChapterChange:
        return ChapterChange(slug, slug.upper(), "", before, after)

    added = (c("a", "", "A1"), c("x", "", "X"))
    earlier = WhatsNew(2, "T", "d", "one", added, (c("b", "B0", "B1"),), ())
    later = WhatsNew(
        3, "T", "d", "two", (), (c("a", "A1", "A2"), c("b", "B1", "B0")), (c("x", "X", ""),)
    )
    both = combine(earlier, later)
    assert (both.edition, both.notes) == (3, "one\n\ntwo")
    assert both.added == (c("a", "", "A2"),)  # added, then changed: added as it is now
    assert both.changed == ()  # b changed and changed back; x came and went
    assert both.removed == ()


def test_an_import_that_fails_at_the_switch_puts_back_the_pack_it_set_aside(
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = new_profile()
    pack = publish(new_profile(), B + 1)
    # Another import of the same edition (the command line, say) kept its file meanwhile.
    kept = reader.paths.data_dir / "editions" / f"{LIBRARY}-{B + 1}.coactpack"
    kept.parent.mkdir()
    kept.write_bytes(b"the other import's kept pack")

    def meanwhile(*_args: object, **_kwargs: object) -> None:
        raise PackError("changed_meanwhile", "The library's edition changed meanwhile.")

    monkeypatch.setattr(reader.library, "import_edition", meanwhile)
    assert _reason(lambda: reader.editions.import_pack(pack)) == "changed_meanwhile"
    assert kept.read_bytes() == b"the other import's kept pack"
    assert sorted(p.name for p in kept.parent.iterdir()) == [kept.name]


def _photo(folder: Path, colour: str) -> Path:
    """A TEST PICTURE as a phone would save it: a JPEG with the place it was taken."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"test-photo-{colour}.jpg"
    Image.new("RGB", (64, 48), colour).save(path, "JPEG", exif=bf.exif_with_gps())
    return path


def _photos(services: AppServices) -> dict[str, tuple[str, bytes]]:
    """Each group's name → the media type and bytes of the photo its history shows."""
    found = {}
    for info in services.library.chapters():
        if info.title != "Photos and files":
            continue
        for passage in services.library.chapter(info.slug).passages:
            assert passage.media is not None
            found[info.group] = services.library.media(passage.id)
    return found


def test_photos_travel_once_cleaned_and_a_delta_sends_only_the_new_ones(
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
    tmp_path: Path,
    bagit_validates: Callable[[Path], subprocess.CompletedProcess[str]],
) -> None:
    coact, reader = new_profile(), new_profile()
    first = accept_test_history(
        new_profile(), coact, tmp_path / "out-1", attached=(_photo(tmp_path / "camera", "red"),)
    )
    # Coact's own library shows it at once, without the place the phone wrote into it.
    kind, data = _photos(coact)["Lanternfolk (test group)"]
    assert kind == "image/jpeg"
    assert b"Exif" not in data
    assert b"Real Name" not in data
    full = publish(coact, B + 1, groups=(first,))
    second = accept_test_history(
        new_profile(),
        coact,
        tmp_path / "out-2",
        "Moth Circle (test group)",
        "7c9d2f4a-1b3e-4d5f-9a6b-8c7d6e5f4a3b",
        attached=(_photo(tmp_path / "camera", "blue"),),
    )
    delta = publish(coact, B + 2, groups=(first, second), base=full)
    old_photo = bf.sha256(data)
    assert old_photo in _blobs(full)
    assert old_photo not in _blobs(delta)  # unchanged: never sent again
    assert len(_blobs(delta)) == 3  # the new edition.json, the new history and its photo
    with zipfile.ZipFile(full) as z:
        statement = z.read("coact-pack/pack.json")
        z.extractall(tmp_path / "unzipped")
    assert b'"records":2' in statement.replace(b" ", b"")  # older readers say "needs newer"
    validated = bagit_validates(tmp_path / "unzipped" / "coact-pack")  # photos and all
    assert validated.returncode == 0, validated.stderr

    reader.editions.import_pack(full)
    reader.editions.import_pack(delta)
    assert _photos(reader) == _photos(coact)
    assert set(_photos(reader)) == {"Lanternfolk (test group)", "Moth Circle (test group)"}
    # Search finds a photo by its caption.
    hits = reader.search.search('"TEST PHOTO of Moth"').hits
    assert hits
    assert hits[0].chapter_title == "Photos and files"


def test_a_photo_that_changed_in_coacts_profile_is_not_published(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path], tmp_path: Path
) -> None:
    coact = new_profile()
    group = accept_test_history(
        new_profile(), coact, tmp_path / "out", attached=(_photo(tmp_path / "camera", "red"),)
    )
    stored = next((coact.paths.data_dir / "attachments").iterdir())
    stored.write_bytes(stored.read_bytes() + b"changed")
    assert _reason(lambda: publish(coact, B + 1, groups=(group,))) == "attachment_missing"
    assert not (tmp_path / f"edition-{B + 1}.coactpack").exists()
