"""The keys and export commands as a group's script or a person at a terminal uses them."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coact_desktop.core.exchange.formats.minisign import PublicKey

Run = Callable[..., Any]

PASSPHRASE = "throwaway passphrase\n"
EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "draft.json"


def ready_draft(run: Run, folder: Path) -> str:
    """The documented example with its one consent problem fixed; the new draft's id."""
    text = EXAMPLE.read_text("utf-8").replace('"people": ["Sam Rivers"]', '"people": ["S."]')
    path = folder / "ready.json"
    path.write_text(text, "utf-8")
    done = run("drafts", "create", "--from-json", str(path))
    assert done.returncode == 0, done.stderr
    return str(json.loads(text)["id"])


def test_keys_show_before_and_after_the_first_export(run: Run, tmp_path: Path) -> None:
    assert "No signing key yet" in run("keys", "show").stdout
    draft_id = ready_draft(run, tmp_path)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    made = run(
        "export",
        draft_id,
        "--out",
        str(tmp_path),
        "--no-encrypt",
        "--passphrase-file",
        str(secret),
        "--light-key",
    )
    assert made.returncode == 0, made.stderr
    assert "NOT encrypted" in made.stderr
    assert "A signing key was made" in made.stdout
    shown = run("keys", "show", "--json")
    key = json.loads(shown.stdout)
    assert len(key["fingerprint"]) == 8
    assert " ".join(key["fingerprint"][:2]) in made.stdout
    assert key["work_factor"] == "light"


def test_keys_backup_restore_and_rotate(run: Run, command: str, tmp_path: Path) -> None:
    draft_id = ready_draft(run, tmp_path)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    out = tmp_path / "bundles"
    out.mkdir()
    args = ("--passphrase-file", str(secret), "--light-key", "--no-encrypt", "--out", str(out))
    assert run("export", draft_id, *args).returncode == 0
    first = json.loads(run("keys", "show", "--json").stdout)

    backup = tmp_path / "key-backup.json"
    # After an export the backup also keeps the key for Coact's answers, locked: it asks.
    asked = run("keys", "backup", str(backup))
    assert asked.returncode == 1
    assert "passphrase is needed" in asked.stderr
    assert not backup.exists()
    assert run("keys", "backup", str(backup), "--passphrase-file", str(secret)).returncode == 0
    assert backup.stat().st_mode & 0o077 == 0
    assert "answer_identities" in json.loads(backup.read_text())
    elsewhere = tmp_path / "laptop-2"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    refused = subprocess.run(
        [
            command,
            "keys",
            "restore",
            str(backup),
            "--passphrase-file",
            str(wrong),
            "--data-dir",
            str(elsewhere),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1
    assert "Nobody can recover a forgotten passphrase" in refused.stderr
    restored = subprocess.run(
        [
            command,
            "keys",
            "restore",
            str(backup),
            "--passphrase-file",
            str(secret),
            "--data-dir",
            str(elsewhere),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert restored.returncode == 0, restored.stderr
    assert first["key_id"] in restored.stdout
    kept = (elsewhere / "keys" / "answer-identity.txt").read_text()  # Coact's answers open there
    assert kept.count("AGE-SECRET-KEY-1") == 1

    rotated = run(
        "keys",
        "rotate",
        "--passphrase-file",
        str(secret),
        "--new-passphrase-file",
        str(secret),
        "--light-key",
    )
    assert rotated.returncode == 0, rotated.stderr
    second = json.loads(run("keys", "show", "--json").stdout)
    assert second["rotated_from"] == first["key_id"]
    assert second["key_id"] != first["key_id"]
    public = tmp_path / "group.pub"
    assert run("keys", "export-public", str(public)).returncode == 0
    assert PublicKey.from_text(public.read_text()).key_id_hex == second["key_id"]


def test_export_refuses_a_draft_that_is_not_ready_before_asking_anything(
    run: Run, tmp_path: Path
) -> None:
    draft = json.loads(EXAMPLE.read_text("utf-8"))
    draft["events"][0]["people"] = ["Sam Rivers"]  # the real name of someone shown by pseudonym
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft))
    assert run("drafts", "create", "--from-json", str(path)).returncode == 0
    done = run("export", draft["id"], "--out", str(tmp_path))  # no passphrase file, no tty
    assert done.returncode == 1
    assert "“Sam Rivers” appears in “the timeline” but has not agreed to be named" in done.stderr
    assert "The draft is not ready to send; nothing was written" in done.stderr
    assert not list(tmp_path.glob("*.coact"))


def test_the_documented_example_is_created_and_sent_as_the_readme_says(
    run: Run, tmp_path: Path
) -> None:
    created = run("drafts", "create", "--from-json", str(EXAMPLE))
    assert created.returncode == 0, created.stderr
    draft_id = created.stdout.strip()
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("throwaway test passphrase\n")
    done = run(
        "export", draft_id, "--out", str(tmp_path), "--no-encrypt",
        "--passphrase-file", str(passphrase), "--light-key",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (bundle,) = tmp_path.glob("*.coact")
    assert bundle.name == "riverside-users-network-1.coact"
    verified = run("verify", str(bundle))
    assert verified.returncode == 0, verified.stderr


def test_importing_a_superseded_file_again_says_so_and_fails_as_the_readme_says(
    run: Run, tmp_path: Path
) -> None:
    created = run("drafts", "create", "--from-json", str(EXAMPLE))
    assert created.returncode == 0, created.stderr
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("throwaway test passphrase\n")
    files = []
    for number in (1, 2):
        out = tmp_path / f"bundle-{number}.coact"
        done = run(
            "export", created.stdout.strip(), "--out", str(out), "--no-encrypt",
            "--passphrase-file", str(passphrase), "--light-key",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        files.append(out)
    assert run("import", str(files[0]), "--trust-new-key").returncode == 0
    assert run("import", str(files[1])).returncode == 0
    again = run("import", str(files[0]), "--json")
    assert again.returncode == 1  # not accepted: a newer file of the group is in the library
    (result,) = json.loads(again.stdout)
    assert (result["ok"], result["state"], result["already_received"]) == (
        False,
        "superseded",
        True,
    )
    said = run("import", str(files[0]))
    assert said.returncode == 1
    assert "a newer file from Riverside Users Network" in said.stderr
