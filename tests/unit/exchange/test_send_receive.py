"""Keys, exports and the inbox, end to end in real profiles: a group sends, Coact receives."""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.drafts.attachments import attach
from coact_desktop.core.drafts.model import Draft, Event, Person, Profile, Section
from coact_desktop.core.errors import BundleError, Cancelled, KeyFileError, PassphraseError
from coact_desktop.core.exchange.bundle_read import open_bundle
from coact_desktop.core.exchange.bundle_write import BundlePlan, write_bundle
from coact_desktop.core.exchange.export import file_stem
from coact_desktop.core.exchange.formats import age as age_module
from coact_desktop.core.exchange.formats import minisign
from coact_desktop.core.library.group_histories import plain_blocks
from coact_desktop.core.services import AppServices
from coact_desktop.core.storage.file_store import FileStore

PASSPHRASE = "throwaway passphrase"
DRAFT_ID = "0d7f3c1e-5a2b-4c6d-8e9f-0a1b2c3d4e5f"


@pytest.fixture
def identity() -> x25519.Identity:
    """A throwaway Coact identity (never a real one)."""
    return x25519.Identity.generate()


def draft(**changes: object) -> Draft:
    """A draft that passes pre-flight."""
    base = Draft(
        id=DRAFT_ID,
        profile=Profile(
            name="Harbour Peers",
            country="Exampleland",
            city="Port",
            founded=2011,
            models=("grassroots",),
        ),
        sections=(
            Section("How the group began", "Maria Lopez and Tom met at the harbour in 2011."),
            Section("Milestones", ""),
        ),
        events=(Event("2012", "We opened a drop-in.", 2012, ("Tom",), ("Port Clinic",)),),
        people=(
            Person("Maria Lopez", "named"),
            Person("Tom Reed", "pseudonym", "Tom"),
            Person("Ana Secret", "withheld"),
        ),
    )
    return replace(base, **changes)


def export(
    services: AppServices, folder: Path, identity: x25519.Identity | None, **changes: object
) -> Path:
    """Save the draft as it is now and export it; the bundle's path."""
    current = draft(**changes)
    try:
        services.drafts.get(current.id)
    except Exception:
        services.drafts.create(current)
    else:
        services.drafts.save(current)
    recipients = [str(identity.to_public())] if identity else None
    result = services.exports.export(current.id, folder, PASSPHRASE, recipients, "light")
    return result.path


def receive(services: AppServices, path: Path, identity: x25519.Identity | None) -> str:
    """Verify and keep a bundle; its inbox state."""
    with open_bundle(path, [identity] if identity else None) as bundle:
        item, _new = services.inbox.receive(bundle)
    return item.state


def test_a_group_sends_and_coact_accepts_into_the_library(
    new_profile: Callable[[], AppServices], tmp_path: Path, identity: x25519.Identity
) -> None:
    group, coact = new_profile(), new_profile()
    path = export(group, tmp_path, identity)
    assert path.name == "harbour-peers-1.coact"
    key = group.keys.current()
    assert key is not None
    assert key.work_factor == "light"

    assert receive(coact, path, identity) == "held"
    item = coact.inbox.items()[0]
    assert (item.trust, item.sequence, item.key_id) == ("new_key", 1, key.key_id)
    assert item.fingerprint == key.fingerprint
    with pytest.raises(BundleError, match="Confirm the group's key"):
        coact.inbox.accept(item.bundle_id)
    coact.inbox.confirm_key(item.bundle_id)
    assert coact.inbox.accept(item.bundle_id).state == "accepted"

    chapters = [c for c in coact.library.chapters() if c.kind == "group-history"]
    assert [c.title for c in chapters] == ["How the group began", "Timeline"]
    assert {c.group for c in chapters} == {"Harbour Peers"}
    org = next(o for o in coact.library.organisations() if o.name == "Harbour Peers")
    assert (org.country, org.city, org.founded, org.models) == (
        "Exampleland",
        "Port",
        2011,
        ("grassroots",),
    )
    assert any(e.quote == "We opened a drop-in." for e in coact.library.timeline())
    coact.search.ensure_index()
    hits = coact.search.search("harbour").hits
    assert any(h.chapter_title == "How the group began" for h in hits)


def test_consent_is_applied_on_the_way_out(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group = new_profile()
    path = export(group, tmp_path, None)
    with zipfile.ZipFile(path) as archive:
        history = json.loads(archive.read("coact-bundle/data/history.json"))
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert history["people"] == [
        {"name": "Maria Lopez", "consent": "named"},
        {"name": "Tom", "consent": "pseudonym"},
    ]
    assert history["events"][0]["people"] == ["Tom"]
    assert [s["title"] for s in history["sections"]] == ["How the group began"]  # empty: left out
    for secret in (b"Ana Secret", b"Tom Reed", DRAFT_ID.encode()):
        assert secret not in everything


def test_pre_flight_finds_each_kind_of_problem(own_services: AppServices, tmp_path: Path) -> None:
    bad = draft(
        profile=Profile(name=""),
        sections=(Section("Start", "Ana Secret founded it."), Section("Empty", "")),
        events=(Event("2012", "Opened.", 2012, ("Stranger",)),),
        people=(Person("Ana Secret", "withheld"), Person("Tom Reed", "pseudonym", "")),
    )
    own_services.drafts.create(bad)
    codes = {(p.code, p.subject, p.blocking) for p in own_services.exports.preflight(DRAFT_ID)}
    assert ("missing_profile_field", "name", True) in codes
    assert ("missing_profile_field", "models", False) in codes
    assert ("name_without_consent", "Ana Secret", True) in codes
    assert ("pseudonym_missing", "Tom Reed", True) in codes
    assert ("no_consent_record", "Stranger", True) in codes
    assert ("empty_section", "Empty", False) in codes
    with pytest.raises(Exception, match="not ready to send"):
        own_services.exports.export(DRAFT_ID, tmp_path, PASSPHRASE, None, "light")
    assert list(tmp_path.glob("*.coact")) == []
    assert own_services.keys.current() is None  # nothing was made either


def test_pre_flight_says_which_list_is_too_long(own_services: AppServices) -> None:
    many = tuple(f"test-{n}" for n in range(51))
    own_services.drafts.create(draft(profile=Profile(name="Test", models=many)))
    codes = {(p.code, p.subject) for p in own_services.exports.preflight(DRAFT_ID)}
    assert ("too_many", "models") in codes  # not "languages": the person must know which
    assert ("too_many", "languages") not in codes


def test_sequence_numbers_and_predecessors(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact = new_profile(), new_profile()
    first = export(group, tmp_path, None)
    second = export(group, tmp_path, None, sections=(Section("How the group began", "More."),))
    assert second.name == "harbour-peers-2.coact"
    records = group.exports.records(DRAFT_ID)
    assert [r.sequence for r in records] == [2, 1]
    with open_bundle(second) as bundle:
        assert bundle.info.previous_bundle == records[1].bundle_id
    # Coact: the newer one arrives first; the older one can no longer replace it.
    assert receive(coact, second, None) == "held"
    coact.inbox.confirm_key(coact.inbox.items()[0].bundle_id)
    with pytest.raises(BundleError) as refused:
        receive(coact, first, None)
    assert refused.value.reason == "rollback"
    # The same file twice: nothing changes.
    before = coact.inbox.items()
    assert receive(coact, second, None) == "verified"
    assert coact.inbox.items() == before


def test_a_rotated_key_is_trusted_through_its_record(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact = new_profile(), new_profile()
    receive(coact, export(group, tmp_path, None), None)
    first = coact.inbox.items()[0]
    coact.inbox.confirm_key(first.bundle_id)
    coact.inbox.accept(first.bundle_id)
    old = group.keys.current()
    new = group.keys.rotate(PASSPHRASE, PASSPHRASE, "light")
    assert new.rotated_from == old.key_id if old else False
    second = export(group, tmp_path, None, sections=(Section("How the group began", "Again."),))
    assert receive(coact, second, None) == "verified"
    item = coact.inbox.items()[0]
    assert item.trust == "rotated_key"
    coact.inbox.accept(item.bundle_id)
    assert [c.title for c in coact.library.chapters() if c.group] == [
        "How the group began",
        "Timeline",
    ]  # replaced, not added to


def test_the_wrong_passphrase_is_explained_and_keys_survive_backup_and_restore(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group = new_profile()
    with pytest.raises(PassphraseError, match="at least 8"):
        group.keys.create("short", "light")
    info = group.keys.create(PASSPHRASE, "light")
    with pytest.raises(PassphraseError, match="Nobody can recover a forgotten passphrase"):
        group.keys.unlock("wrong passphrase")
    backup = tmp_path / "key-backup.json"
    group.keys.backup(backup)
    assert backup.stat().st_mode & 0o077 == 0  # only its owner may read it
    assert info.key_id in backup.read_text()

    other = new_profile()  # a fresh copy of the template: a new laptop
    with pytest.raises(PassphraseError):
        other.keys.restore(backup, "wrong passphrase")
    assert other.keys.current() is None
    restored = other.keys.restore(backup, PASSPHRASE)
    assert restored.key_id == info.key_id
    assert other.keys.unlock(PASSPHRASE).public_key().key_id_hex == info.key_id
    not_backup = tmp_path / "notes.json"
    not_backup.write_text('{"format": "something else"}')
    with pytest.raises(KeyFileError, match="not a Coact Desktop key backup"):
        other.keys.restore(not_backup, PASSPHRASE)


def test_file_names_keep_any_script_and_lose_everything_unsafe() -> None:
    assert file_stem("Riverside Users' Network") == "riverside-users-network"
    assert file_stem("Союз Людей") == "союз-людей"
    assert file_stem("../../etc") == "etc"
    assert file_stem("???") == "group"


def test_a_strangers_bundle_with_a_high_number_does_not_lock_the_group_out(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact = new_profile(), new_profile()
    real = export(group, tmp_path, None)
    with open_bundle(real) as bundle:
        group_id = bundle.info.group_id
        forged = replace(bundle.history, name="Harbour Peers (really)")
    stranger = tmp_path / "stranger.coact"
    write_bundle(
        forged,
        FileStore(tmp_path),
        minisign.SecretKey.generate(),
        BundlePlan(group_id, 999, "0" * 64),
        stranger,
        None,
    )
    assert receive(coact, stranger, None) == "held"
    assert receive(coact, real, None) == "held"  # not refused as a rollback
    real_item = next(i for i in coact.inbox.items() if i.sequence == 1)
    coact.inbox.confirm_key(real_item.bundle_id)
    assert coact.inbox.accept(real_item.bundle_id).state == "accepted"
    fake = next(i for i in coact.inbox.items() if i.sequence == 999)
    with pytest.raises(BundleError) as refused:
        coact.inbox.confirm_key(fake.bundle_id)
    assert refused.value.reason == "key_changed"


def test_pre_flight_refuses_what_coact_would_refuse_as_too_long(
    own_services: AppServices,
) -> None:
    long_event = Event("2012", "x" * 6_000, 2012)
    own_services.drafts.create(draft(events=(long_event,)))
    problems = own_services.exports.preflight(DRAFT_ID)
    assert ("too_long", "timeline", 0) in {(p.code, p.place, p.index) for p in problems}


def test_a_restored_key_goes_on_with_the_groups_sequence(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    old_laptop = new_profile()
    first = export(old_laptop, tmp_path, None)
    old_laptop.keys.backup(tmp_path / "backup.json", PASSPHRASE)
    new_laptop = new_profile()
    new_laptop.drafts.create(old_laptop.drafts.get(DRAFT_ID))  # the draft came by JSON
    new_laptop.keys.restore(tmp_path / "backup.json", PASSPHRASE)
    second = new_laptop.exports.export(DRAFT_ID, tmp_path, PASSPHRASE, None)
    with open_bundle(first) as one, open_bundle(second.path) as two:
        assert two.info.group_id == one.info.group_id
        assert two.info.sequence == 2
        assert two.info.previous_bundle == one.bundle_id


def test_a_key_that_copies_the_trusted_keys_id_is_refused(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact = new_profile(), new_profile()
    real = export(group, tmp_path, None)
    assert receive(coact, real, None) == "held"
    first = coact.inbox.items()[0]
    coact.inbox.confirm_key(first.bundle_id)
    coact.inbox.accept(first.bundle_id)
    with open_bundle(real) as bundle:
        plan = BundlePlan(bundle.info.group_id, 2, bundle.bundle_id)
        forged = replace(bundle.history, sections=(("How", "A stranger's text"),))
        same_id = minisign.SecretKey(bundle.public_key.key_id, Ed25519PrivateKey.generate())
    path = tmp_path / "forged.coact"
    write_bundle(forged, FileStore(tmp_path), same_id, plan, path, None)
    with pytest.raises(BundleError, match="forgery") as refused:
        receive(coact, path, None)
    assert refused.value.reason == "key_changed"


def rotated_with_a_stolen_old_key(
    group: AppServices, coact: AppServices, folder: Path, thiefs_number: int
) -> tuple[Path, Path]:
    """Coact trusts the group's first key; the group rotates and sends bundle 2; a thief
    holding the old key makes a bundle with the given number. Bundle 2 and the thief's file."""
    first = export(group, folder, None)
    stolen = group.keys.unlock(PASSPHRASE)  # the old key, later taken with a laptop
    receive(coact, first, None)
    coact.inbox.confirm_key(coact.inbox.items()[0].bundle_id)
    coact.inbox.accept(coact.inbox.items()[0].bundle_id)
    group.keys.rotate(PASSPHRASE, PASSPHRASE, "light")
    second = export(group, folder, None, sections=(Section("How the group began", "New."),))
    with open_bundle(second) as bundle:
        plan = BundlePlan(bundle.info.group_id, thiefs_number, bundle.bundle_id)
        thiefs = replace(bundle.history, rotations=(), sections=(("How", "A thief's text"),))
    thief = folder / "thief.coact"
    write_bundle(thiefs, FileStore(folder), stolen, plan, thief, None)
    return second, thief


def test_accepting_never_moves_the_trust_back_to_a_key_rotated_away_from(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact = new_profile(), new_profile()
    second, third = rotated_with_a_stolen_old_key(group, coact, tmp_path, 3)
    assert receive(coact, second, None) == "verified"  # rotated, with its record
    assert receive(coact, third, None) == "verified"  # the old key, still pinned then
    by_sequence = {i.sequence: i for i in coact.inbox.items()}
    coact.inbox.accept(by_sequence[2].bundle_id)  # the pin moves on to the new key
    with pytest.raises(BundleError) as refused:
        coact.inbox.accept(by_sequence[3].bundle_id)
    assert refused.value.reason == "key_changed"
    texts = [p.text for c in coact.library.chapters() if c.group
             for p in coact.library.chapter(c.slug).passages]  # fmt: skip
    assert "A thief's text" not in texts


def test_a_withheld_name_inside_a_text_attachment_stops_the_export(
    own_services: AppServices, tmp_path: Path
) -> None:
    notes = tmp_path / "minutes.txt"
    notes.write_text("Present: Ana  Secret, Tom.\n", "utf-8")
    attached = attach(notes, own_services.files, "Minutes").attachment
    own_services.drafts.create(draft(attachments=(attached,)))
    problems = {(p.code, p.place) for p in own_services.exports.preflight(DRAFT_ID) if p.blocking}
    assert problems == {("name_in_attachment", "attachments")}


def test_an_encrypted_export_never_writes_plain_text_where_it_goes(
    new_profile: Callable[[], AppServices],
    tmp_path: Path,
    identity: x25519.Identity,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group = new_profile()
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    seen: list[bytes] = []
    real_encrypt = age_module.encrypt_stream

    def watching(source: Any, target: Any, recipients: list[str]) -> None:
        for path in stick.rglob("*"):  # what is on the stick while the plain ZIP exists
            if path.is_file():
                seen.append(path.read_bytes())
        real_encrypt(source, target, recipients)

    monkeypatch.setattr(age_module, "encrypt_stream", watching)
    path = export(group, stick, identity)
    assert all(b"Maria Lopez" not in data for data in seen)
    assert b"Maria Lopez" not in path.read_bytes()
    assert sorted(p.name for p in stick.iterdir()) == [path.name]


def test_a_cancelled_export_leaves_nothing_and_records_nothing(
    new_profile: Callable[[], AppServices], tmp_path: Path, identity: x25519.Identity
) -> None:
    group = new_profile()
    group.drafts.create(draft())
    token = CancelToken()

    def cancel_half_way(done: int, total: int) -> None:
        if done > total // 2:
            token.cancel()

    with pytest.raises(Cancelled):
        group.exports.export(
            DRAFT_ID, tmp_path, PASSPHRASE, [str(identity.to_public())], "light",
            cancel_half_way, token,
        )  # fmt: skip
    assert list(tmp_path.glob("*.coact*")) == []
    assert list(tmp_path.glob(".*")) == []
    assert group.exports.records(DRAFT_ID) == ()


def test_an_encryption_header_with_thousands_of_entries_is_refused_at_once(
    tmp_path: Path, identity: x25519.Identity
) -> None:
    # pyrage's header parsing takes the square of the entries: 16,000 took half a minute.
    bomb = tmp_path / "bomb.coact"
    bomb.write_bytes(b"age-encryption.org/v1\n" + b"-> a\n\n" * 16_000 + b"--- " + b"A" * 43)
    started = time.perf_counter()
    with pytest.raises(BundleError) as refused, open_bundle(bomb, [identity]):
        pass
    assert refused.value.reason == "bad_encryption_header"
    assert time.perf_counter() - started < 1


def test_a_history_with_wordless_lines_is_read_and_searched(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact = new_profile(), new_profile()
    wordless = draft(
        sections=(Section("How the group began", "We met at the harbour.\n\n…\n\n---\n\n:"),),
        events=(Event("", "", None), Event("2012", "We opened a drop-in.", 2012)),
    )
    path = export(
        group, tmp_path, None, **{k: getattr(wordless, k) for k in ("sections", "events")}
    )
    receive(coact, path, None)
    coact.inbox.confirm_key(coact.inbox.items()[0].bundle_id)
    coact.inbox.accept(coact.inbox.items()[0].bundle_id)
    texts = [p.text for c in coact.library.chapters() if c.group
             for p in coact.library.chapter(c.slug).passages]  # fmt: skip
    assert texts == ["We met at the harbour.", "2012: We opened a drop-in."]
    coact.search.ensure_index()
    assert coact.search.search("harbour").hits


@pytest.mark.parametrize(
    "name",
    ["Harbour\x1b]0;owned\x07 Peers", "Harbour\nTrust: known key", "\u202eHarbour Peers"],
)
def test_a_name_with_control_characters_is_refused_and_never_sent(
    new_profile: Callable[[], AppServices], tmp_path: Path, name: str
) -> None:
    group = new_profile()
    sent = export(group, tmp_path, None, profile=replace(draft().profile, name=name))
    with open_bundle(sent) as bundle:  # what the program writes is cleaned on the way out
        assert bundle.history.name.isprintable()
        plan = BundlePlan(bundle.info.group_id, 2, bundle.bundle_id)
        forged = replace(bundle.history, name=name)
    crafted = tmp_path / "crafted.coact"
    write_bundle(forged, FileStore(tmp_path), minisign.SecretKey.generate(), plan, crafted, None)
    with pytest.raises(BundleError, match="control characters") as refused, open_bundle(crafted):
        pass
    assert refused.value.reason == "bad_history"


@pytest.mark.parametrize("body", ["*a " * 40_000, "[a](" * 30_000, "[" * 100_000, "**" * 60_000])
def test_markdown_that_would_trap_a_regular_expression_is_turned_into_text_quickly(
    body: str,
) -> None:
    started = time.perf_counter()
    plain_blocks(body)
    assert time.perf_counter() - started < 3  # was 45 s for the first one


def test_a_file_signed_by_a_key_rotated_away_from_cannot_lock_the_group_out(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact = new_profile(), new_profile()
    second, thief = rotated_with_a_stolen_old_key(group, coact, tmp_path, 1000)
    receive(coact, second, None)
    receive(coact, thief, None)  # the old key was still trusted when it came
    by_sequence = {i.sequence: i for i in coact.inbox.items()}
    coact.inbox.accept(by_sequence[2].bundle_id)  # trust moves on to the new key
    coact.inbox.reject(by_sequence[1000].bundle_id, "signed by the old key")
    third = export(group, tmp_path, None, sections=(Section("How the group began", "Third."),))
    assert receive(coact, third, None) == "verified"  # not a "rollback" below 1000


def test_an_export_never_writes_through_a_link_planted_where_it_goes(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group = new_profile()
    shared = tmp_path / "shared"
    shared.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    for name in ("harbour-peers-1.coact.partial", ".harbour-peers-1.coact.partial"):
        (shared / name).symlink_to(victim)
    path = export(group, shared, None)
    assert victim.read_text() == "precious\n"
    assert not path.is_symlink()
    with open_bundle(path) as bundle:
        assert bundle.info.sequence == 1


def test_other_kinds_of_line_break_stay_line_breaks_in_an_export(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group = new_profile()
    body = "We met at the\x0bharbour.\x0cNext page\u2028and more.\r\nEnd."
    sent = export(group, tmp_path, None, sections=(Section("How the group began", body),))
    with open_bundle(sent) as bundle:
        assert bundle.history.sections[0][1] == (
            "We met at the\nharbour.\nNext page\nand more.\nEnd."
        )


def test_a_key_backup_never_inherits_an_old_partial_files_mode(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group = new_profile()
    group.keys.create(PASSPHRASE, "light")
    stale = tmp_path / ".backup.json.partial"
    stale.write_text("left by a crash")
    stale.chmod(0o644)
    group.keys.backup(tmp_path / "backup.json")
    assert (tmp_path / "backup.json").stat().st_mode & 0o077 == 0


def test_the_inbox_says_whether_it_holds_anything(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact = new_profile(), new_profile()
    assert not coact.inbox.has_items()
    receive(coact, export(group, tmp_path, None), None)
    assert coact.inbox.has_items()
