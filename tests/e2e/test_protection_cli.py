"""Protecting the drafts, unlocking them and quick delete, as a script uses the command line.

The draft is the documented example (test text, not Coact's).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

Run = Callable[..., Any]

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "draft.json"


def files_hold(folder: Path, words: list[str]) -> list[str]:
    """Which of the words appear in any file under folder."""
    data = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    return [w for w in words if w.encode() in data]


def test_protect_unlock_and_quick_delete(run: Run, data_dir: Path, tmp_path: Path) -> None:
    draft = json.loads(EXAMPLE.read_text("utf-8"))
    words = [draft["sections"][0]["body"][:40], draft["people"][0]["name"]]
    made = run("drafts", "create", "--from-json", str(EXAMPLE))
    assert made.returncode == 0, made.stderr
    assert files_hold(data_dir, words) == words
    real, duress, wrong = (tmp_path / n for n in ("real", "duress", "wrong"))
    real.write_text("throwaway passphrase\n")
    duress.write_text("throwaway duress words\n")
    wrong.write_text("not the passphrase\n")

    done = run("passphrase", "set", "--passphrase-file", str(real), "--duress-file", str(duress))
    assert done.returncode == 0, done.stderr
    assert "nobody can open your drafts again" in done.stderr
    assert files_hold(data_dir, words) == []
    status = json.loads(run("passphrase", "status", "--json").stdout)
    assert status == {"encrypted": True, "delete_after": None}

    # Reading needs no passphrase; drafts do, and a script without one is told how to give it.
    assert run("library", "chapters").returncode == 0
    asked = run("drafts", "list")
    assert asked.returncode != 0
    assert "--unlock-file" in asked.stderr
    refused = run("drafts", "list", "--unlock-file", str(wrong))
    assert refused.returncode != 0
    assert "does not open your group's drafts" in refused.stderr
    listed = run("drafts", "list", "--json", "--unlock-file", str(real))
    assert listed.returncode == 0, listed.stderr
    assert [d["id"] for d in json.loads(listed.stdout)] == [draft["id"]]
    under_duress = run("drafts", "list", "--json", "--unlock-file", str(duress))
    assert under_duress.returncode == 0
    assert json.loads(under_duress.stdout) == []

    assert run("quick-delete").returncode != 0  # no terminal and no --yes: nothing happens
    deleted = run("quick-delete", "--yes", "--json")
    assert deleted.returncode == 0, deleted.stderr
    assert json.loads(deleted.stdout)["removed"][:2] == ["data_key", "private_database"]
    assert files_hold(data_dir, words) == []
    assert json.loads(run("passphrase", "status", "--json").stdout)["encrypted"] is False
    assert json.loads(run("drafts", "list", "--json").stdout) == []
    assert run("library", "chapters").returncode == 0


def test_the_paper_key_the_guard_and_a_duress_that_deletes_first(
    run: Run, data_dir: Path, tmp_path: Path
) -> None:
    draft = json.loads(EXAMPLE.read_text("utf-8"))
    assert run("drafts", "create", "--from-json", str(EXAMPLE)).returncode == 0
    real, duress, wrong, new = (tmp_path / n for n in ("real", "duress", "wrong", "new"))
    real.write_text("throwaway passphrase\n")
    duress.write_text("throwaway duress words\n")
    wrong.write_text("not the passphrase\n")
    new.write_text("a new throwaway passphrase\n")
    assert run("passphrase", "set", "--passphrase-file", str(real)).returncode == 0

    # The paper key: printed after the passphrase, and typed back it sets a new one.
    assert run("passphrase", "paper-key", "--passphrase-file", str(wrong)).returncode != 0
    shown = run("passphrase", "paper-key", "--passphrase-file", str(real))
    assert shown.returncode == 0, shown.stderr
    assert "keep it away from the laptop" in shown.stderr
    paper = tmp_path / "paper"
    paper.write_text(shown.stdout.lower())  # typed back in small letters
    assert len(shown.stdout.split("-")) == 14
    recovered = run(
        "passphrase", "recover", "--paper-key-file", str(paper), "--new-passphrase-file", str(new)
    )
    assert recovered.returncode == 0, recovered.stderr
    assert run("drafts", "list", "--unlock-file", str(real)).returncode != 0
    listed = run("drafts", "list", "--json", "--unlock-file", str(new))
    assert [d["id"] for d in json.loads(listed.stdout)] == [draft["id"]]

    # The guard needs the passphrase to change, then deletes after the 5th wrong one in a row.
    assert run("passphrase", "delete-after", "5", "--unlock-file", str(wrong)).returncode != 0
    turned = run("passphrase", "delete-after", "5", "--unlock-file", str(new))
    assert turned.returncode == 0, turned.stderr
    assert json.loads(run("passphrase", "status", "--json").stdout)["delete_after"] == 5
    for _ in range(4):  # (the refused try above came while the guard was off: not counted)
        assert run("drafts", "list", "--unlock-file", str(wrong)).returncode != 0
    assert json.loads(run("passphrase", "status", "--json").stdout)["encrypted"] is True
    last = run("drafts", "list", "--unlock-file", str(wrong))
    assert last.returncode != 0
    assert "does not open your group's drafts" in last.stderr  # the same words as before
    assert json.loads(run("passphrase", "status", "--json").stdout)["encrypted"] is False
    assert files_hold(data_dir, [draft["people"][0]["name"]]) == []

    # A duress passphrase that deletes first: the profile stays protected, under it.
    assert run("drafts", "create", "--from-json", str(EXAMPLE)).returncode == 0
    done = run(
        "passphrase", "set", "--passphrase-file", str(real), "--duress-file", str(duress),
        "--duress-deletes",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    under_duress = run("drafts", "list", "--json", "--unlock-file", str(duress))
    assert under_duress.returncode == 0, under_duress.stderr
    assert json.loads(under_duress.stdout) == []
    assert json.loads(run("passphrase", "status", "--json").stdout)["encrypted"] is True
    assert run("drafts", "list", "--unlock-file", str(real)).returncode != 0
    again = run("drafts", "list", "--json", "--unlock-file", str(duress))
    assert json.loads(again.stdout) == []
