"""Edition packs: Coact publishes a signed edition; a reader checks it whole and switches to it.

The editions built here are TEST EDITIONS: Coact's bundled text unchanged, with a new version
number and a title that says so. No history is invented.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from coact_tests_pack_factory import LIBRARY, B, accept_test_history, make_test_edition

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.errors import PackError
from coact_desktop.core.exchange import clock_floor, kept_roots, trust_root
from coact_desktop.core.exchange import pack_format as pf
from coact_desktop.core.exchange.formats.minisign import SecretKey, parse_signature
from coact_desktop.core.exchange.pack_write import write_pack
from coact_desktop.core.library.edition import load_edition
from coact_desktop.core.services import AppServices, open_services


def _reason(call: Callable[[], object]) -> str:
    with pytest.raises(PackError) as caught:
        call()
    assert len(caught.value.message) > 20
    return caught.value.reason


def test_a_reader_imports_a_newer_edition_and_keeps_it_after_a_restart(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path], tmp_path: Path
) -> None:
    coact, reader = new_profile(), new_profile()
    pack = publish(coact, B + 1)
    assert reader.library.edition_version(LIBRARY) == B
    check = reader.editions.verify(pack)
    assert (check.statement.edition, check.have_edition) == (B + 1, B)
    assert reader.library.edition_version(LIBRARY) == B  # verifying imports nothing
    done = reader.editions.import_pack(pack)
    assert done.statement.title.endswith(f"(TEST EDITION {B + 1})")
    assert reader.library.edition_version(LIBRARY) == B + 1
    assert reader.library.chapters()[0].title == "Introduction"
    # The next start loads the bundled edition 1 again: it must not replace edition 2.
    paths = reader.paths
    reader.close()
    again = open_services(paths)
    try:
        assert again.library.edition_version(LIBRARY) == B + 1
    finally:
        again.close()


def test_an_edition_carries_the_group_histories_coact_accepted(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path], tmp_path: Path
) -> None:
    group, coact, reader = new_profile(), new_profile(), new_profile()
    accept_test_history(group, coact, tmp_path / "out")
    group_id = coact.inbox.items()[0].group_id
    pack = publish(coact, B + 1, groups=(group_id,))
    check = reader.editions.import_pack(pack)
    assert check.histories == ("Lanternfolk (test group)",)
    titles = [c.title for c in reader.library.chapters() if c.kind == "group-history"]
    assert titles == ["How the group began", "Timeline"]
    assert any(o.name == "Lanternfolk (test group)" for o in reader.library.organisations())


def test_the_same_or_an_older_edition_is_refused_and_changes_nothing(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path]
) -> None:
    coact, reader = new_profile(), new_profile()
    two, three = publish(coact, B + 1), publish(coact, B + 2)
    reader.editions.import_pack(three)
    assert _reason(lambda: reader.editions.import_pack(three)) == "already_have"
    assert _reason(lambda: reader.editions.import_pack(two)) == "rollback"
    assert reader.library.edition_version(LIBRARY) == B + 2
    fresh = new_profile()
    assert _reason(lambda: fresh.editions.import_pack(publish(coact, B, name="one.coactpack"))) == (
        "already_have"
    )


def test_a_pack_signed_by_a_key_the_root_does_not_list_is_refused(
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
    throwaway_keys: dict[str, SecretKey],
    tmp_path: Path,
) -> None:
    reader = new_profile()
    stranger = publish(reader, B + 1, key="someone")
    assert _reason(lambda: reader.editions.import_pack(stranger)) == "unknown_key"
    # A root key is not a publishing key either.
    by_root_key = publish(reader, B + 1, key="root-a", name="root.coactpack")
    assert _reason(lambda: reader.editions.import_pack(by_root_key)) == "unknown_key"
    # Coact's own program will not sign with a key readers would refuse.
    folder = make_test_edition(tmp_path, B + 1)
    root_key = throwaway_keys["root-a"]
    out = tmp_path / "never.coactpack"
    assert _reason(lambda: reader.editions.build(folder, (), "", root_key, out)) == "unknown_key"
    assert not out.exists()
    assert reader.library.edition_version(LIBRARY) == B


def test_a_pack_for_another_library_is_refused(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path]
) -> None:
    reader = new_profile()
    foreign = publish(reader, B + 1, library="another-library")
    assert _reason(lambda: reader.editions.import_pack(foreign)) == "foreign_library"


def _rewrite(pack: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(pack) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    change(files)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in sorted(files):
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), files[name])
    target.write_bytes(out.getvalue())
    return target


def _blob(files: dict[str, bytes]) -> str:
    return next(n for n in files if "/data/blobs/" in n)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda f: f.update({_blob(f): f[_blob(f)] + b" "}), "tampered"),
        (lambda f: f.pop(pf.ROOT + pf.SIGNATURE), "missing_file"),
        (lambda f: f.update({pf.ROOT + "data/blobs/" + "0" * 64: b"x"}), "payload_mismatch"),
        (
            lambda f: f.update(
                {
                    pf.ROOT + pf.STATEMENT: f[pf.ROOT + pf.STATEMENT].replace(
                        b'"kind": "full"', b'"kind": "full" '
                    )
                }
            ),
            "signature_bad_signature",
        ),
        (lambda f: f.update({pf.ROOT + "bag-info.txt": b"Bagging-Date: 2020-01-01\n"}), "tampered"),
        (lambda f: f.update({pf.ROOT + "evil.sh": b"#!/bin/sh\n"}), "zip_unexpected_file"),
    ],
)
def test_a_changed_pack_is_refused(
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
    tmp_path: Path,
    change: Callable[[dict[str, bytes]], None],
    reason: str,
) -> None:
    reader = new_profile()
    bad = _rewrite(publish(reader, B + 1), tmp_path / "bad.coactpack", change)
    got = _reason(lambda: reader.editions.import_pack(bad))
    assert got == reason or got.startswith(reason)
    assert reader.library.edition_version(LIBRARY) == B
    assert not any((reader.paths.data_dir / "tmp").glob("pack-*")), "the work folder is left"


def test_files_mixed_from_two_packs_are_refused(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path], tmp_path: Path
) -> None:
    group, coact, reader = new_profile(), new_profile(), new_profile()
    accept_test_history(group, coact, tmp_path / "out")
    plain = publish(coact, B + 1)
    with_history = publish(coact, B + 2, groups=(coact.inbox.items()[0].group_id,))
    with zipfile.ZipFile(with_history) as archive:
        extra = {n: archive.read(n) for n in archive.namelist() if "/data/" in n}
    mixed = _rewrite(plain, tmp_path / "mixed.coactpack", lambda f: f.update(extra))
    assert _reason(lambda: reader.editions.import_pack(mixed)) in {"tampered", "payload_mismatch"}


def test_a_pack_that_needs_a_newer_program_says_so(
    new_profile: Callable[[], AppServices], throwaway_keys: dict[str, SecretKey]
) -> None:
    statement = pf.Statement(
        LIBRARY, 2, "2026-01-01T00:00:00Z", "0" * 64, "0" * 64, "T", "2026-01-01"
    )
    newer = replace(statement, needs_records=pf.RECORDS_SCHEMA + 1)
    with pytest.raises(PackError) as caught:
        pf.parse_statement(newer.to_bytes())
    assert caught.value.reason == "needs_newer_program"
    assert "newer Coact Desktop" in caught.value.message
    assert pf.parse_statement(statement.to_bytes()) == statement


def _second_root(
    throwaway_keys: dict[str, SecretKey], publisher: SecretKey
) -> tuple[trust_root.Root, list[str]]:
    """Root 2: the leaked publishing-1 is replaced by ``publisher``; root-a and root-b sign."""
    second = replace(
        trust_root.shipped_root(), version=2, publishing_keys=(publisher.public_key(),)
    )
    return second, [trust_root.sign_root(second, throwaway_keys[r]) for r in ("root-a", "root-b")]


def _keep_at_coact(coact: AppServices, root: trust_root.Root, signatures: list[str]) -> None:
    """Coact's own profile holds root 2, as after its key ceremony."""
    trusted = trust_root.TrustedRoot(root, tuple(signatures))
    kept_roots.keep(coact.paths.data_dir, [trusted])


def _signed_by(key: SecretKey, tmp_path: Path, version: int, name: str) -> Path:
    folder = make_test_edition(tmp_path, version)
    target = tmp_path / name
    write_pack(load_edition(folder), folder, [], "", key, target)
    return target


def test_a_leaked_publishing_key_is_revoked_by_a_root_update(
    new_profile: Callable[[], AppServices],
    throwaway_keys: dict[str, SecretKey],
    tmp_path: Path,
) -> None:
    coact, reader = new_profile(), new_profile()
    replacement = SecretKey.generate()  # the new publishing key (throwaway)
    second, signatures = _second_root(throwaway_keys, replacement)
    _keep_at_coact(coact, second, signatures)
    pack = tmp_path / "edition-2.coactpack"
    coact.editions.build(make_test_edition(tmp_path, B + 1), (), "", replacement, pack)
    reader.editions.import_pack(pack)
    assert reader.editions.trusted_root().version == 2  # kept, from the pack
    # The leaked key signs a newer edition and leaves root 2 out: refused all the same.
    leaked = _signed_by(throwaway_keys["publishing-1"], tmp_path, B + 2, "leaked.coactpack")
    assert _reason(lambda: reader.editions.import_pack(leaked)) == "unknown_key"
    assert reader.library.edition_version(LIBRARY) == B + 1


def test_a_revoking_root_is_kept_even_when_its_pack_is_refused(
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
    throwaway_keys: dict[str, SecretKey],
    tmp_path: Path,
) -> None:
    coact, reader = new_profile(), new_profile()
    reader.editions.import_pack(publish(coact, B + 1))
    replacement = SecretKey.generate()
    second, signatures = _second_root(throwaway_keys, replacement)
    _keep_at_coact(coact, second, signatures)
    good = tmp_path / "good.coactpack"
    coact.editions.build(make_test_edition(tmp_path, B + 2), (), "", replacement, good)
    damaged = _rewrite(
        good, tmp_path / "damaged.coactpack", lambda f: f.update({_blob(f): f[_blob(f)] + b" "})
    )
    # The pack is refused (it was damaged on the way); the root 2 it carried is kept.
    assert _reason(lambda: reader.editions.verify(damaged)) == "tampered"
    assert reader.library.edition_version(LIBRARY) == B + 1
    assert reader.editions.trusted_root().version == 2
    leaked = _signed_by(throwaway_keys["publishing-1"], tmp_path, B + 2, "leaked.coactpack")
    assert _reason(lambda: reader.editions.import_pack(leaked)) == "unknown_key"


def test_an_edition_numbered_high_by_a_leaked_key_does_not_lock_the_reader_out(
    new_profile: Callable[[], AppServices],
    throwaway_keys: dict[str, SecretKey],
    tmp_path: Path,
) -> None:
    coact, reader = new_profile(), new_profile()
    high = _signed_by(throwaway_keys["publishing-1"], tmp_path, B + 999, "high.coactpack")
    reader.editions.import_pack(high)  # before anyone knew the key had leaked
    replacement = SecretKey.generate()
    second, signatures = _second_root(throwaway_keys, replacement)
    _keep_at_coact(coact, second, signatures)
    genuine = tmp_path / "genuine.coactpack"
    coact.editions.build(make_test_edition(tmp_path, B + 1), (), "", replacement, genuine)
    reader.editions.import_pack(genuine)  # the floor set by a revoked key does not hold
    assert reader.library.edition_version(LIBRARY) == B + 1
    # A jump of more than a thousand editions is refused outright.
    absurd = _signed_by(replacement, tmp_path, B + 1 + 1001, "absurd.coactpack")
    assert _reason(lambda: reader.editions.import_pack(absurd)) == "too_far_ahead"


def test_only_the_signatures_that_counted_reach_the_profile(
    new_profile: Callable[[], AppServices],
    throwaway_keys: dict[str, SecretKey],
    tmp_path: Path,
) -> None:
    coact, reader = new_profile(), new_profile()
    replacement = SecretKey.generate()
    second, signatures = _second_root(throwaway_keys, replacement)
    _keep_at_coact(coact, second, signatures)
    pack = tmp_path / "edition.coactpack"
    coact.editions.build(make_test_edition(tmp_path, B + 1), (), "", replacement, pack)
    junk = SecretKey.generate()
    forged = junk.sign(second.to_bytes(), trust_root.trusted_comment(second)).encode()

    # A signature by a stranger's key that claims to be root-a's (its key id changed).
    claims_root_a = replace(
        parse_signature(forged), key_id=throwaway_keys["root-a"].public_key().key_id
    )

    def add_junk(files: dict[str, bytes]) -> None:
        # A courier adds signatures that are no part of what the publisher signed.
        roots = f"{pf.ROOT}roots/root-2.json"
        files[f"{roots}.FFFFFFFFFFFFFFFF.minisig"] = claims_root_a.to_text().encode()
        files[f"{roots}.{junk.public_key().key_id_hex}.minisig"] = forged
        files[f"{roots}.0000000000000000.minisig"] = b"\xff\xfe" * 40  # not even UTF-8

    tampered = _rewrite(pack, tmp_path / "with-junk.coactpack", add_junk)
    reader.editions.import_pack(tampered)
    kept = json.loads((reader.paths.data_dir / "trust" / "root-2.kept").read_text("utf-8"))
    assert len(kept["signatures"]) == 2  # root-a's and root-b's, written again by us
    assert reader.editions.trusted_root().version == 2
    # And the next genuine pack still imports.
    newer = tmp_path / "newer.coactpack"
    coact.editions.build(make_test_edition(tmp_path, B + 2), (), "", replacement, newer)
    reader.editions.import_pack(newer)
    assert reader.library.edition_version(LIBRARY) == B + 2


def test_too_many_roots_are_refused_before_any_is_read(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path], tmp_path: Path
) -> None:
    reader = new_profile()

    def add_roots(files: dict[str, bytes]) -> None:
        for version in range(2, 2 + trust_root.MAX_UPDATES + 1):
            files[f"{pf.ROOT}roots/root-{version}.json"] = b"{}"

    crowded = _rewrite(publish(reader, B + 1), tmp_path / "crowded.coactpack", add_roots)
    assert _reason(lambda: reader.editions.import_pack(crowded)) == "root_too_many"
    assert not (reader.paths.data_dir / "trust").exists()


def test_a_file_changed_after_it_was_checked_is_not_imported(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path], tmp_path: Path
) -> None:
    coact, reader = new_profile(), new_profile()
    pack = publish(coact, B + 1)
    shown = reader.editions.verify(pack)
    shutil.copyfile(publish(coact, B + 2, name="other.coactpack"), pack)  # swapped meanwhile
    refused = _reason(lambda: reader.editions.import_pack(pack, checked_sha256=shown.file_sha256))
    assert refused == "changed_since_checked"
    assert reader.library.edition_version(LIBRARY) == B


def test_debian_minisign_verifies_the_statement_and_bagit_validates_the_bag(
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
    tmp_path: Path,
    minisign_verifies: Callable[[Path, Path, str], subprocess.CompletedProcess[str]],
    bagit_validates: Callable[[Path], subprocess.CompletedProcess[str]],
) -> None:
    pack = publish(new_profile(), B + 1)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(pack) as archive:
        archive.extractall(folder)
    bag = folder / "coact-pack"
    key = trust_root.shipped_root().publishing_keys[0]
    done = minisign_verifies(bag / pf.STATEMENT, bag / pf.SIGNATURE, key.to_base64())
    assert done.returncode == 0, done.stderr
    assert "coact-pack/1\tlibrary:" in done.stdout  # the trusted comment minisign printed
    validated = bagit_validates(bag)
    assert validated.returncode == 0, validated.stderr
    assert "is valid" in validated.stderr


def test_a_pack_is_checked_in_the_profile_not_where_it_lies(
    new_profile: Callable[[], AppServices],
    publish: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import coact_desktop.core.exchange.pack_read as pack_read

    reader = new_profile()
    pack = publish(reader, B + 1)
    real_copy = pack_read._copy_in

    def copy_then_remove(source: Path, target: Path, cancel: CancelToken) -> None:
        real_copy(source, target, cancel)
        source.unlink()  # a stick pulled out (or its file swapped) once the copy is made

    monkeypatch.setattr(pack_read, "_copy_in", copy_then_remove)
    reader.editions.import_pack(pack)
    assert reader.library.edition_version(LIBRARY) == B + 1


def test_the_newest_signed_time_seen_tells_a_clock_that_is_behind(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path]
) -> None:
    reader = new_profile()
    data_dir = reader.paths.data_dir
    check = reader.editions.verify(publish(reader, B + 1))
    assert clock_floor.floor(data_dir) == check.statement.created
    assert check.clock_behind is None  # this clock is fine
    assert clock_floor.behind(data_dir, datetime(2020, 1, 1, tzinfo=UTC)) == check.statement.created
    clock_floor.raise_to(data_dir, "2099-01-01T00:00:00Z")  # as if such a file had been seen
    clock_floor.raise_to(data_dir, "2030-01-01T00:00:00Z")  # the floor never goes down
    assert clock_floor.floor(data_dir) == "2099-01-01T00:00:00Z"
    again = reader.editions.verify(publish(reader, B + 2))
    assert again.clock_behind == "2099-01-01T00:00:00Z"  # said, not refused


def test_a_reader_passes_the_library_on_and_the_next_reader_imports_it(
    new_profile: Callable[[], AppServices], publish: Callable[..., Path], tmp_path: Path
) -> None:
    coact, reader, next_reader = new_profile(), new_profile(), new_profile()
    assert _reason(lambda: reader.editions.share(tmp_path / "stick")) == "nothing_to_share"
    reader.editions.import_pack(publish(coact, B + 1))
    reader.editions.import_pack(publish(coact, B + 2))
    kept = sorted(p.name for p in (reader.paths.data_dir / "editions").iterdir())
    assert kept == [f"{LIBRARY}-{B + 2}.coactpack"]  # only the newest is kept to pass on
    copied = reader.editions.share(tmp_path / "stick")
    assert copied == tmp_path / "stick" / "COACT_LIBRARY" / f"{LIBRARY}-{B + 2}.coactpack"
    assert [p.name for p in copied.parent.iterdir()] == [copied.name]  # no partial left
    next_reader.editions.import_pack(copied)
    assert next_reader.library.edition_version(LIBRARY) == B + 2


def test_the_packs_on_a_drive_are_listed_highest_number_first(tmp_path: Path) -> None:
    from coact_desktop.core.exchange.editions import packs_on

    assert packs_on(tmp_path) == []  # no COACT_LIBRARY folder
    library = tmp_path / "COACT_LIBRARY"
    library.mkdir()
    for name in ("lib-3.coactpack", "lib-12.coactpack", "other.coactpack", "notes.txt"):
        (library / name).write_bytes(b"")
    (library / "folder.coactpack").mkdir()
    assert [p.name for p in packs_on(tmp_path)] == [
        "lib-12.coactpack",
        "lib-3.coactpack",
        "other.coactpack",
    ]
