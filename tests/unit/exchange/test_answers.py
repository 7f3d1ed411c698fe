"""Coact's answer travels back: written for a reviewed bundle, imported onto the group's draft.

The group's history is TEST TEXT; nothing here is history.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import coact_tests_bundle_factory as bf
import pytest

from coact_desktop.core.drafts.model import Draft, Profile, Section
from coact_desktop.core.errors import AnswerError, KnownError, PassphraseError
from coact_desktop.core.exchange import age_keys
from coact_desktop.core.exchange import answer_format as af
from coact_desktop.core.exchange.bundle_read import open_bundle
from coact_desktop.core.exchange.formats import age
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.services import AppServices
from coact_desktop.core.storage.key_files import KeyFiles

DRAFT = "5d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a"
CHANGED = "TEST TEXT: We met in 2015, in a back room, and still meet there."


def _sent(group: AppServices, coact: AppServices, folder: Path) -> str:
    """The group sends a TEST history; Coact receives it. Returns the bundle id."""
    draft = Draft(
        id=DRAFT,
        profile=Profile(name="Lanternfolk (test group)", country="Exampleland"),
        sections=(
            Section("How the group began", "TEST TEXT: We met in 2015."),
            Section("What we do", "TEST TEXT: We share news."),
        ),
    )
    group.drafts.create(draft)
    path = group.exports.export(draft.id, folder, "throwaway passphrase", None, "light").path
    with open_bundle(path, None) as bundle:
        item, _ = coact.inbox.receive(bundle)
    coact.inbox.confirm_key(item.bundle_id)
    return item.bundle_id


def _reply(decision: str = "accepted_with_changes") -> af.Reply:
    return af.Reply(
        decision=decision,
        comment="TEST COMMENT: thank you; one change, below.",
        sections=(
            af.SectionNote("How the group began", "TEST COMMENT: we added where.", CHANGED),
            af.SectionNote("What we do", "TEST COMMENT: good as it is."),
        ),
        edition=None,
    )


def _plain(group: AppServices, answer: Path) -> bytes:
    """The signed ZIP inside an answer encrypted to the group, opened with the group's key."""
    data = answer.read_bytes()
    assert data.startswith(age.MAGIC)  # encrypted: the group's bundle named its answer key
    out = io.BytesIO()
    identities = group.keys.answer_identities()
    age.decrypt_stream(io.BytesIO(data), out, identities, af.MAX_FILE_BYTES)
    return out.getvalue()


@pytest.fixture
def three(new_profile: Callable[[], AppServices], tmp_path: Path) -> tuple[AppServices, ...]:
    group, coact, other = new_profile(), new_profile(), new_profile()
    return group, coact, other


def test_the_group_sees_coacts_answer_on_the_draft_it_sent(
    three: tuple[AppServices, ...], tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    group, coact, _other = three
    bundle_id = _sent(group, coact, tmp_path / "out")
    coact.inbox.accept(bundle_id)
    target = tmp_path / "answer.coactanswer"
    coact.answers.write(bundle_id, _reply(), throwaway_keys["publishing-1"], target)
    assert target.read_bytes().startswith(age.MAGIC)  # encrypted to the group's answer key
    assert group.answers.for_draft(DRAFT) == ()
    # Checked in memory: with no private tmp to write to at all, the answer still comes in
    # (so its comments on the draft never sit decrypted on the disk).
    tmp = group.paths.data_dir / "tmp"
    shutil.rmtree(tmp)
    tmp.write_text("not a folder")
    got = group.answers.import_answer(target)
    tmp.unlink()
    assert (got.draft_id, got.decision, got.sequence) == (DRAFT, "accepted_with_changes", 1)
    (answer,) = group.answers.for_draft(DRAFT)
    assert answer == got
    assert answer.comment.startswith("TEST COMMENT")
    assert answer.sections[0].text == CHANGED
    assert answer.sections[1].text is None
    # The draft itself is not touched: taking Coact's changes is the group's choice.
    assert group.drafts.get(DRAFT).sections[0].body == "TEST TEXT: We met in 2015."
    assert _reason(lambda: group.answers.import_answer(target)) == "already_have"


def test_debian_minisign_and_bagit_check_an_answer(
    three: tuple[AppServices, ...],
    tmp_path: Path,
    throwaway_keys: dict[str, SecretKey],
    minisign_verifies: Callable[[Path, Path, str], subprocess.CompletedProcess[str]],
    bagit_validates: Callable[[Path], subprocess.CompletedProcess[str]],
) -> None:
    group, coact, _other = three
    bundle_id = _sent(group, coact, tmp_path / "out")
    target = tmp_path / "answer.coactanswer"
    coact.answers.write(
        bundle_id, _reply("changes_requested"), throwaway_keys["publishing-1"], target
    )
    # Debian's age opens it with the identity file the group's program made at its export.
    tool = shutil.which("age")
    if tool is None:
        pytest.fail("age is not installed: `apt-get install age` (CI installs it)")
    identity = group.paths.data_dir / "keys" / age_keys.ANSWER_IDENTITY  # a plain profile's
    plain = tmp_path / "answer.zip"
    done = subprocess.run(
        [tool, "--decrypt", "-i", str(identity), "-o", str(plain), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert plain.read_bytes() == _plain(group, target)
    out = tmp_path / "unzipped"
    with zipfile.ZipFile(plain) as z:
        z.extractall(out)
    bag = out / "coact-answer"
    key = coact.editions.trusted_root().publishing_keys[0]
    done = minisign_verifies(bag / af.STATEMENT, bag / af.SIGNATURE, key.to_base64())
    assert done.returncode == 0, done.stderr
    assert "coact-answer/1\tgroup:" in done.stdout
    validated = bagit_validates(bag)
    assert validated.returncode == 0, validated.stderr


def _reason(call: Callable[[], object]) -> str:
    with pytest.raises(AnswerError) as caught:
        call()
    assert len(caught.value.message) > 20
    assert "Traceback" not in caught.value.message
    return caught.value.reason


def test_coact_may_only_say_what_the_review_decided(
    three: tuple[AppServices, ...], tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    group, coact, _other = three
    bundle_id = _sent(group, coact, tmp_path / "out")
    key, target = throwaway_keys["publishing-1"], tmp_path / "a.coactanswer"
    # Not accepted in the inbox: "accepted" would tell the group something untrue.
    assert _reason(lambda: coact.answers.write(bundle_id, _reply("accepted"), key, target)) == (
        "decision_not_allowed"
    )
    wrong = af.Reply("changes_requested", "", (af.SectionNote("No such section", "x"),), None)
    assert _reason(lambda: coact.answers.write(bundle_id, wrong, key, target)) == "no_such_section"
    stranger = SecretKey.generate()
    assert (
        _reason(
            lambda: coact.answers.write(bundle_id, _reply("changes_requested"), stranger, target)
        )
        == "unknown_key"
    )
    assert not target.exists()


def test_an_answer_for_someone_else_changes_nothing_here(
    three: tuple[AppServices, ...], tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    group, coact, other = three
    bundle_id = _sent(group, coact, tmp_path / "out")
    target = tmp_path / "answer.coactanswer"
    coact.answers.write(
        bundle_id, _reply("changes_requested"), throwaway_keys["publishing-1"], target
    )
    before = bf.snapshot(other.paths.data_dir)
    # Encrypted to the group: a profile with no answer key cannot even open it…
    assert _reason(lambda: other.answers.import_answer(target)) == "not_for_us"
    after = bf.snapshot(other.paths.data_dir)
    assert (before.dump, before.files) == (after.dump, after.files)
    # …nor can another group's, whose own key is not the one the bundle named…
    other.keys.answer_recipient()
    before = bf.snapshot(other.paths.data_dir)
    assert _reason(lambda: other.answers.import_answer(target)) == "not_for_us"
    after = bf.snapshot(other.paths.data_dir)
    assert (before.dump, before.files) == (after.dump, after.files)
    # …and opened, it still belongs to a bundle this profile never sent.
    plain = tmp_path / "plain.coactanswer"
    plain.write_bytes(_plain(group, target))
    assert _reason(lambda: other.answers.import_answer(plain)) == "not_ours"
    assert bf.snapshot(other.paths.data_dir).dump == before.dump


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("header_cut_short", age.MAGIC + b"-> X25519 abc\n", "bad_encryption_header"),
        ("header_too_large", age.MAGIC + b"-> X25519 " + b"A" * (20 << 10),
         "bad_encryption_header"),
        ("many_recipients", age.MAGIC + b"-> a\n\n" * 100 + b"--- " + b"A" * 43 + b"\n",
         "bad_encryption_header"),
        ("garbled_body", age.MAGIC + b"-> X25519 AAAA\nAAAA\n--- " + b"A" * 43 + b"\n" + b"x" * 99,
         None),
    ],
)  # fmt: skip
def test_a_hostile_encrypted_answer_is_refused_and_changes_nothing(
    three: tuple[AppServices, ...], tmp_path: Path, name: str, data: bytes, reason: str | None
) -> None:
    group, coact, _other = three
    _sent(group, coact, tmp_path / "out")  # the group has its answer key
    path = tmp_path / f"{name}.coactanswer"
    path.write_bytes(data)
    before = bf.snapshot(group.paths.data_dir)
    with pytest.raises(AnswerError) as caught:
        group.answers.import_answer(path)
    assert reason is None or caught.value.reason == reason
    assert "answer" in caught.value.message  # said of the answer, not of a bundle
    assert "bundle" not in caught.value.message
    after = bf.snapshot(group.paths.data_dir)
    assert (before.dump, before.files) == (after.dump, after.files)


def test_an_answer_to_a_bundle_that_named_no_key_goes_plain(
    three: tuple[AppServices, ...], tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    """A bundle from an older program names no answer key: its answer is only signed."""
    group, coact, _other = three
    bundle_id = _sent(group, coact, tmp_path / "out")
    with closing(sqlite3.connect(coact.paths.database)) as db, db:  # as received before 0007
        db.execute("UPDATE received_bundles SET answer_recipient = NULL")
    target = tmp_path / "answer.coactanswer"
    coact.answers.write(
        bundle_id, _reply("changes_requested"), throwaway_keys["publishing-1"], target
    )
    assert zipfile.is_zipfile(target)
    assert group.answers.import_answer(target).decision == "changes_requested"


def _good(three: tuple[AppServices, ...], tmp_path: Path, key: SecretKey) -> dict[str, bytes]:
    group, coact, _other = three
    bundle_id = _sent(group, coact, tmp_path / "out")
    target = tmp_path / "good.coactanswer"
    coact.answers.write(bundle_id, _reply("changes_requested"), key, target)
    with zipfile.ZipFile(io.BytesIO(_plain(group, target))) as z:
        return {n: z.read(n) for n in z.namelist()}


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in sorted(files.items()):
            z.writestr(name, data)
    return out.getvalue()


R = af.ROOT
Files = dict[str, bytes]


def _with(name: str, change: Callable[[bytes], bytes]) -> Callable[[Files], Files]:
    return lambda f: {**f, R + name: change(f[R + name])}


def _without(suffix: str) -> Callable[[Files], Files]:
    return lambda f: {n: d for n, d in f.items() if not n.endswith(suffix)}


def _garble_signature(text: bytes) -> bytes:
    lines = text.split(b"\n")
    lines[1] = lines[1][:20] + (b"A" if lines[1][20:21] != b"A" else b"B") + lines[1][21:]
    return b"\n".join(lines)


HOSTILE: dict[str, tuple[Callable[[Files], Files | bytes], str]] = {
    "not a zip": (lambda f: b"not a zip at all", "zip"),
    "no signature": (_without(".minisig"), "missing_file"),
    "no reply": (_without(af.REPLY), "missing_file"),
    "an extra file": (lambda f: {**f, R + "data/extra.txt": b"x"}, "zip_unexpected_file"),
    "reply changed": (
        _with(af.REPLY, lambda d: d.replace(b"changes_requested", b"accepted")),
        "tampered",
    ),
    "statement changed": (
        _with(af.STATEMENT, lambda d: d.replace(b'"sequence": 1', b'"sequence": 2')),
        "signature_",
    ),
    "signature garbled": (_with(af.SIGNATURE, _garble_signature), "signature_"),
    "bag-info changed": (_with("bag-info.txt", lambda d: d + b"Contact-Name: x\n"), "tampered"),
    "manifest changed": (
        _with("manifest-sha256.txt", lambda d: b"0" * 64 + b"  data/reply.json\n"),
        "tampered",
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_answer_is_refused_and_changes_nothing(
    name: str, three: tuple[AppServices, ...], tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    group = three[0]
    change, reason = HOSTILE[name]
    changed = change(_good(three, tmp_path, throwaway_keys["publishing-1"]))
    path = tmp_path / "hostile.coactanswer"
    path.write_bytes(changed if isinstance(changed, bytes) else _zip(changed))
    before = bf.snapshot(group.paths.data_dir)
    got = _reason(lambda: group.answers.import_answer(path))
    assert got.startswith(reason), f"{name}: {got}"
    after = bf.snapshot(group.paths.data_dir)
    assert (before.dump, before.files) == (after.dump, after.files), name


def test_a_later_answer_to_the_same_bundle_replaces_the_earlier(
    three: tuple[AppServices, ...], tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    from datetime import UTC, datetime

    from coact_desktop.core.exchange.answer_write import write_answer

    group, coact, _other = three
    bundle_id = _sent(group, coact, tmp_path / "out")
    item = coact.inbox.item(bundle_id)
    library = coact.editions.trusted_root().library
    key = throwaway_keys["publishing-1"]
    early, late = tmp_path / "early.coactanswer", tmp_path / "late.coactanswer"
    write_answer(library, item.group_id, bundle_id, 1, _reply("changes_requested"), key, early,
                 now=datetime(2026, 12, 1, tzinfo=UTC))  # fmt: skip
    write_answer(library, item.group_id, bundle_id, 1, _reply("accepted"), key, late,
                 now=datetime(2026, 12, 2, tzinfo=UTC))  # fmt: skip
    group.answers.import_answer(early)
    group.answers.import_answer(late)
    assert [a.decision for a in group.answers.for_draft(DRAFT)] == ["accepted"]
    assert _reason(lambda: group.answers.import_answer(early)) == "already_have"


def test_two_exports_at_once_never_replace_the_answer_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second to make the key finds the first's in place and uses it: bundles agree."""
    keys = KeyFiles(tmp_path / "keys")
    first = age_keys.answer_recipient(keys)
    path = tmp_path / "keys" / age_keys.ANSWER_IDENTITY
    kept = path.read_bytes()
    real_read = KeyFiles.read_text
    looked = []

    def late_look(self: KeyFiles, name: str) -> str | None:
        # As if the other export made it between this one's looks and its link into place.
        if len(looked) < 2:
            looked.append(name)
            return None
        return real_read(self, name)

    monkeypatch.setattr(KeyFiles, "read_text", late_look)
    assert age_keys.answer_recipient(keys) == first
    assert len(looked) == 2
    assert path.read_bytes() == kept
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # nothing left over
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_key_backup_keeps_the_answer_key_so_a_new_laptop_opens_coacts_answer(
    three: tuple[AppServices, ...],
    new_profile: Callable[[], AppServices],
    tmp_path: Path,
    throwaway_keys: dict[str, SecretKey],
) -> None:
    group, coact, _other = three
    bundle_id = _sent(group, coact, tmp_path / "out")
    coact.inbox.accept(bundle_id)
    answer = tmp_path / "answer.coactanswer"
    coact.answers.write(bundle_id, _reply(), throwaway_keys["publishing-1"], answer)
    backup = tmp_path / "key-backup.json"
    # The answer key is in the backup only locked, with the signing key's own passphrase.
    assert group.keys.backup_needs_passphrase()
    with pytest.raises(PassphraseError, match="give the signing key's passphrase") as needed:
        group.keys.backup(backup)
    assert needed.value.details["reason"] == "needed"
    with pytest.raises(PassphraseError, match="Nobody can recover"):
        group.keys.backup(backup, "a wrong passphrase")
    assert not backup.exists()
    group.keys.backup(backup, "throwaway passphrase")
    secret = str(group.keys.answer_identities()[0])
    assert secret.split("1", 1)[1][:20] not in backup.read_text()  # never in clear
    assert "AGE-SECRET-KEY" not in backup.read_text()

    # A new laptop that had already made its own answer key keeps it first, and adds the old.
    laptop = new_profile()
    own = laptop.keys.answer_recipient()
    assert _reason(lambda: laptop.answers.import_answer(answer)) == "not_for_us"
    laptop.keys.restore(backup, "throwaway passphrase")
    assert laptop.keys.answer_recipient() == own
    assert len(laptop.keys.answer_identities()) == 2
    assert (laptop.paths.data_dir / "keys" / age_keys.ANSWER_IDENTITY).stat().st_mode & 0o077 == 0
    got = laptop.answers.import_answer(answer)
    assert (got.draft_id, got.decision) == (DRAFT, "accepted_with_changes")
    laptop.keys.restore(backup, "throwaway passphrase")  # again: nothing doubled
    assert len(laptop.keys.answer_identities()) == 2


def test_a_backup_whose_answer_key_was_tampered_with_restores_nothing(
    three: tuple[AppServices, ...], new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact, _other = three
    _sent(group, coact, tmp_path / "out")
    backup = tmp_path / "key-backup.json"
    group.keys.backup(backup, "throwaway passphrase")
    data = json.loads(backup.read_text())
    sealed = data["answer_identities"]["sealed"]
    data["answer_identities"]["sealed"] = ("B" if sealed[0] != "B" else "C") + sealed[1:]
    backup.write_text(json.dumps(data))
    laptop = new_profile()
    before = bf.snapshot(laptop.paths.data_dir)
    with pytest.raises(KnownError, match="cannot be opened"):
        laptop.keys.restore(backup, "throwaway passphrase")
    after = bf.snapshot(laptop.paths.data_dir)
    assert (before.dump, before.files) == (after.dump, after.files)
    # A crafted box may not ask scrypt for terabytes of memory either.
    data["answer_identities"]["scrypt"]["n_log2"] = 40
    backup.write_text(json.dumps(data))
    with pytest.raises(KnownError, match="cannot be opened"):
        laptop.keys.restore(backup, "throwaway passphrase")
