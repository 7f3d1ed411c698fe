"""``coact-desktop editions``: Coact builds and signs a TEST EDITION; a reader verifies, imports it.

The edition is Coact's bundled text unchanged, with a new number and a title marked as a test.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from PIL import Image

from coact_desktop.core.exchange.formats.minisign import LIGHT, SecretKey, encrypt_secret_key
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition

PASSPHRASE = "throwaway test passphrase"


def _run(command: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [command, *args, "--data-dir", str(profile)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def _json(done: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(done.stdout)


def _build(
    command: str, profile: Path, edition: Path, pack: Path, secrets: tuple[Path, Path], *more: str
) -> subprocess.CompletedProcess[str]:
    """``editions build`` with a publishing key file and its passphrase file."""
    key_file, passphrase = secrets
    return _run(
        command,
        profile,
        "editions",
        "build",
        str(edition),
        "--out",
        str(pack),
        "--key",
        str(key_file),
        "--passphrase-file",
        str(passphrase),
        *more,
    )


def _test_edition(tmp_path: Path, version: int) -> Path:
    folder = tmp_path / f"test-edition-{version}"
    shutil.copytree(bundled_edition_dir(), folder)
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    meta.update(version=version, title=f"{meta['title']} (TEST EDITION {version})")
    (folder / "edition.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    return folder


def test_coact_publishes_and_a_reader_imports_from_the_command_line(
    command: str, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    coact, reader = tmp_path / "coact", tmp_path / "reader"
    key_file = tmp_path / "publishing.key"
    key_file.write_text(encrypt_secret_key(throwaway_keys["publishing-1"], PASSPHRASE, LIGHT))
    passphrase = tmp_path / "passphrase"
    passphrase.write_text(PASSPHRASE + "\n")
    newer = load_edition().version + 1
    pack = tmp_path / "out" / "edition.coactpack"

    edition = _test_edition(tmp_path, newer)
    built = _build(
        command, coact, edition, pack, (key_file, passphrase), "--notes", "TEST NOTES", "--json"
    )
    assert built.returncode == 0, built.stderr
    assert _json(built)["edition"] == newer
    assert pack.is_file()

    verified = _run(command, reader, "editions", "verify", str(pack), "--json")
    assert verified.returncode == 0, verified.stderr
    report = _json(verified)
    assert (report["ok"], report["edition"], report["have_edition"]) == (True, newer, newer - 1)
    assert report["notes"] == "TEST NOTES"

    imported = _run(command, reader, "editions", "import", str(pack))
    assert imported.returncode == 0, imported.stderr
    assert f"The library now has edition {newer}." in imported.stdout

    listed = _json(_run(command, reader, "editions", "list", "--json"))
    assert [(e["id"], e["version"]) for e in listed] == [(report["library"], newer)]
    chapters = _run(command, reader, "library", "chapters")
    assert "1. Introduction" in chapters.stdout

    shared = _run(command, reader, "editions", "share", str(tmp_path / "stick"))
    assert shared.returncode == 0, shared.stderr
    (passed_on,) = (tmp_path / "stick" / "COACT_LIBRARY").iterdir()
    assert passed_on.read_bytes() == pack.read_bytes()
    next_reader = _run(command, tmp_path / "next", "editions", "import", str(passed_on))
    assert next_reader.returncode == 0, next_reader.stderr

    again = _run(command, reader, "editions", "import", str(pack), "--json")
    assert again.returncode == 1
    assert (_json(again)["ok"], _json(again)["reason"]) == (False, "already_have")
    damaged = tmp_path / "damaged.coactpack"
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    refused = _run(command, reader, "editions", "import", str(damaged))
    assert refused.returncode == 1
    assert "refused" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_wrong_passphrase_or_key_writes_nothing(
    command: str, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    key_file = tmp_path / "publishing.key"
    key_file.write_text(encrypt_secret_key(throwaway_keys["publishing-1"], PASSPHRASE, LIGHT))
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n")
    pack = tmp_path / "edition.coactpack"
    edition = str(_test_edition(tmp_path, load_edition().version + 1))
    done = _run(
        command,
        tmp_path / "coact",
        "editions",
        "build",
        edition,
        "--out",
        str(pack),
        "--key",
        str(key_file),
        "--passphrase-file",
        str(wrong),
    )
    assert done.returncode == 1
    assert "does not open this key file" in done.stderr
    assert "your group" not in done.stderr  # Coact's own key: no advice meant for a group
    assert not pack.exists()


EXAMPLE_DRAFT = Path(__file__).resolve().parents[2] / "docs" / "examples" / "draft.json"


def test_a_groups_history_reaches_readers_in_the_next_edition(
    command: str, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    """A group sends its history with a photo, Coact accepts it and publishes it, a reader
    finds it, with the photo, cleaned."""
    group, coact, reader = tmp_path / "group", tmp_path / "coact", tmp_path / "reader"
    passphrase = tmp_path / "passphrase"
    passphrase.write_text(PASSPHRASE + "\n")
    # The example draft, with a TEST PICTURE as a phone saves it: with the place it was taken.
    photo = tmp_path / "meeting.jpg"
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS latitude
    Image.new("RGB", (320, 240), "teal").save(photo, "JPEG", exif=exif.tobytes())
    draft_json = json.loads(EXAMPLE_DRAFT.read_text("utf-8"))
    draft_json["attachments"] = [{"path": str(photo), "caption": "TEST PHOTO of a meeting"}]
    with_photo = tmp_path / "draft.json"
    with_photo.write_text(json.dumps(draft_json), "utf-8")
    created = _run(command, group, "drafts", "create", "--from-json", str(with_photo))
    assert created.returncode == 0, created.stderr
    draft_id = created.stdout.strip()
    bundle = tmp_path / "bundle.coact"
    sent = _run(
        command,
        group,
        "export",
        draft_id,
        "--out",
        str(bundle),
        "--no-encrypt",
        "--light-key",
        "--passphrase-file",
        str(passphrase),
    )
    assert sent.returncode == 0, sent.stderr
    # Coact has phoned the group and compared the key's words: it trusts the new key.
    received = _json(_run(command, coact, "import", str(bundle), "--trust-new-key", "--json"))
    (item,) = received
    assert item["state"] == "accepted"
    key_file = tmp_path / "publishing.key"
    key_file.write_text(encrypt_secret_key(throwaway_keys["publishing-1"], PASSPHRASE, LIGHT))
    pack = tmp_path / "edition.coactpack"
    newer = load_edition().version + 1
    edition = _test_edition(tmp_path, newer)
    built = _build(
        command,
        coact,
        edition,
        pack,
        (key_file, passphrase),
        "--history",
        item["group"]["id"],
        "--notes",
        "TEST NOTES: a group's history",
    )
    assert built.returncode == 0, built.stderr

    # What importing it would change, asked first: the group's history comes; nothing else.
    diff = _json(_run(command, reader, "editions", "diff", str(pack), "--json"))
    assert (diff["edition"], diff["have_edition"]) == (newer, newer - 1)
    assert diff["chapters"] == []
    assert [(h["name"], h["change"]) for h in diff["histories"]] == [
        ("Riverside Users Network", "added")
    ]
    said = _run(command, reader, "editions", "diff", str(pack))
    assert said.returncode == 0, said.stderr
    assert "history added: Riverside Users Network" in said.stdout
    before = _json(_run(command, reader, "search", "drop-in centre", "--json"))
    imported = _json(_run(command, reader, "editions", "import", str(pack), "--json"))
    assert imported["histories"] == ["Riverside Users Network"]
    found = _json(_run(command, reader, "search", "drop-in centre", "--json"))
    assert found["total"] > before["total"]
    # The hit is in the group's own chapter (its history, credited to the group in the reader).
    assert any(hit["chapter_slug"].startswith("group-") for hit in found["hits"])
    organisations = _json(_run(command, reader, "library", "organisations", "--json"))
    assert any(o["name"] == "Riverside Users Network" for o in organisations)
    # The photo came too, found by its caption, and is the copy Coact received: no place in it.
    pictured = _json(_run(command, reader, "search", '"TEST PHOTO of a meeting"', "--json"))
    assert [h["chapter_title"] for h in pictured["hits"]] == ["Photos and files"]
    with closing(sqlite3.connect(reader / "coact.sqlite3")) as db:
        (kept,) = db.execute("SELECT data FROM media").fetchone()
    assert kept == next((coact / "attachments").iterdir()).read_bytes()
    assert b"Exif" not in kept
    assert Image.open(io.BytesIO(kept)).size == (320, 240)

    # Coact answers the group: accepted with one change, and the edition it went into.
    changed = tmp_path / "changed.md"
    changed.write_text("TEST TEXT: Coact's suggested wording of this section.\n", "utf-8")
    answer = tmp_path / "answer.coactanswer"
    wrote = _run(
        command, coact, "answers", "write", item["bundle_id"],
        "--decision", "accepted_with_changes", "--comment", "TEST COMMENT: thank you.",
        "--section", "How the group began=TEST COMMENT: one sentence is clearer so.",
        "--section-text", f"How the group began={changed}", "--edition", str(newer),
        "--out", str(answer), "--key", str(key_file), "--passphrase-file", str(passphrase),
    )  # fmt: skip
    assert wrote.returncode == 0, wrote.stderr
    seen = _run(command, group, "answers", "import", str(answer), "--json")
    assert seen.returncode == 0, seen.stderr
    assert (_json(seen)["draft_id"], _json(seen)["decision"]) == (draft_id, "accepted_with_changes")
    (listed,) = _json(_run(command, group, "answers", "list", draft_id, "--json"))
    assert listed["edition"] == newer
    (note,) = listed["sections"]
    assert note["text"] == changed.read_text("utf-8")
    stranger = _run(command, reader, "answers", "import", str(answer), "--json")
    # Encrypted to the group's own answer key: another profile cannot open it.
    assert answer.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert (stranger.returncode, _json(stranger)["reason"]) == (1, "not_for_us")

    # Edition 3, a delta on edition 2, reaches the reader too: the history is still found.
    delta = tmp_path / "edition-3.coactpack"
    built = _build(
        command, coact, _test_edition(tmp_path, newer + 1), delta, (key_file, passphrase),
        "--history", item["group"]["id"], "--delta-from", str(pack),
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert delta.stat().st_size < pack.stat().st_size / 2
    third = _json(_run(command, reader, "editions", "import", str(delta), "--json"))
    assert (third["kind"], third["edition"]) == ("delta", newer + 1)
    again = _json(_run(command, reader, "search", "drop-in centre", "--json"))
    assert again["total"] == found["total"]


def test_a_delta_is_built_from_the_command_line_and_a_stick_is_imported_in_order(
    command: str, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    coact = tmp_path / "coact"
    key_file = tmp_path / "publishing.key"
    key_file.write_text(encrypt_secret_key(throwaway_keys["publishing-1"], PASSPHRASE, LIGHT))
    passphrase = tmp_path / "passphrase"
    passphrase.write_text(PASSPHRASE + "\n")
    secrets = (key_file, passphrase)
    first = load_edition().version + 1
    stick = tmp_path / "stick" / "COACT_LIBRARY"
    full = stick / f"{load_edition().id}-{first}.coactpack"
    delta = stick / f"{load_edition().id}-{first + 1}-delta.coactpack"
    assert _build(command, coact, _test_edition(tmp_path, first), full, secrets).returncode == 0
    built = _build(
        command,
        coact,
        _test_edition(tmp_path, first + 1),
        delta,
        secrets,
        "--delta-from",
        str(full),
        "--json",
    )
    assert built.returncode == 0, built.stderr
    assert (_json(built)["kind"], _json(built)["edition"]) == ("delta", first + 1)
    assert delta.stat().st_size < full.stat().st_size

    reader = tmp_path / "reader"
    alone = _run(command, reader, "editions", "import", str(delta), "--json")
    assert (alone.returncode, _json(alone)["reason"]) == (1, "delta_base")
    imported = _run(command, reader, "editions", "import", str(tmp_path / "stick"), "--json")
    assert imported.returncode == 0, imported.stderr
    assert _json(imported)["imported"] == [str(full), str(delta)]
    listed = _json(_run(command, reader, "editions", "list", "--json"))
    assert [e["version"] for e in listed] == [first + 1]
    nothing = _run(command, reader, "editions", "import", str(stick))
    assert (nothing.returncode, "no newer edition" in nothing.stdout) == (0, True)
    missing = _build(
        command, coact, _test_edition(tmp_path, first + 2), tmp_path / "x.coactpack", secrets,
        "--delta-from", str(tmp_path / "nope.coactpack"),
    )  # fmt: skip
    assert missing.returncode == 1
    assert "not a pack file" in missing.stderr


def test_root_key_holders_sign_a_root_update_in_turn(
    command: str,
    tmp_path: Path,
    throwaway_keys: dict[str, SecretKey],
    minisign_verifies: Callable[[Path, Path, str], subprocess.CompletedProcess[str]],
) -> None:
    """A leaked publishing key is revoked: root version 2 names a new one; two holders sign."""
    from dataclasses import replace

    from coact_desktop.core.exchange import trust_root

    shipped = trust_root.shipped_root()
    new_publisher = SecretKey.generate()
    update = replace(shipped, version=2, publishing_keys=(new_publisher.public_key(),))
    folder = tmp_path / "root-update"
    folder.mkdir()
    path = folder / update.file_name()
    path.write_bytes(update.to_bytes())
    passphrase = tmp_path / "passphrase"
    passphrase.write_text(PASSPHRASE + "\n")
    profile = tmp_path / "coact"

    def sign(name: str) -> subprocess.CompletedProcess[str]:
        key = tmp_path / f"{name}.key"
        key.write_text(encrypt_secret_key(throwaway_keys[name], PASSPHRASE, LIGHT))
        return _run(
            command, profile, "editions", "sign", str(path), "--key", str(key),
            "--passphrase-file", str(passphrase), "--json",
        )  # fmt: skip

    first = sign("root-a")
    assert first.returncode == 0, first.stderr
    assert (_json(first)["old_signed"], _json(first)["old_needed"]) == (1, 2)
    assert _json(first)["ready"] is False
    # A publishing key is not a root key: its signature would not count, and nothing is written.
    stray = sign("publishing-1")
    assert stray.returncode == 1
    assert "not a root key" in stray.stderr
    second = sign("root-b")
    assert second.returncode == 0, second.stderr
    assert _json(second)["ready"] is True
    said = _run(
        command, profile, "editions", "sign", str(path), "--key", str(tmp_path / "root-c.key"),
        "--passphrase-file", str(passphrase),
    )  # fmt: skip
    assert said.returncode == 1  # no such key file yet: refused with its reason
    assert "root-c.key" in said.stderr
    signatures = sorted(folder.glob("root-2.json.*.minisig"))
    assert len(signatures) == 2
    # Readers follow it; Debian's minisign checks each signature against its root key.
    followed = trust_root.check_update(shipped, trust_root.read_root_folder(folder, 2))
    assert followed.root.publishing_keys == (new_publisher.public_key(),)
    for name in ("root-a", "root-b"):
        key = throwaway_keys[name].public_key()
        signature = folder / f"root-2.json.{key.key_id_hex}.minisig"
        done = minisign_verifies(path, signature, key.to_base64())
        assert done.returncode == 0, done.stderr
