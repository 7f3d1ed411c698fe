"""The documented example answer (docs/examples/answer/) is real: verified, unzipped, checkable."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

from coact_desktop.core.exchange import answer_format as af
from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.answer_read import verify_answer
from coact_desktop.core.exchange.bundle_read import open_bundle

EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "examples"
FOLDER = EXAMPLES / "answer"
ANSWER = FOLDER / "riverside-users-network-1.coactanswer"


def example_root() -> trust_root.Root:
    folder = EXAMPLES / "pack" / "root"
    return trust_root.check_self_signed(trust_root.read_root_folder(folder, 1))


def test_our_verifier_accepts_the_example_answer_to_the_example_bundle(tmp_path: Path) -> None:
    verified = verify_answer(ANSWER, example_root())
    with open_bundle(EXAMPLES / "bundle" / "riverside-users-network-1.coact") as bundle:
        assert verified.statement.bundle_id == bundle.bundle_id
        assert verified.statement.group_id == bundle.history.group_id
        assert verified.statement.sequence == bundle.info.sequence
    assert verified.reply.decision == "accepted_with_changes"
    assert verified.reply.edition == 1
    assert verified.reply.sections[0].text is not None


def test_the_unzipped_copy_is_the_answer() -> None:
    with zipfile.ZipFile(ANSWER) as archive:
        names = archive.namelist()
        for name in names:
            assert (FOLDER / name).read_bytes() == archive.read(name), name
    unzipped = {
        str(p.relative_to(FOLDER)) for p in (FOLDER / "coact-answer").rglob("*") if p.is_file()
    }
    assert unzipped == set(names)


def test_minisign_and_bagit_check_the_example_answer(
    minisign_verifies: Callable[[Path, Path, str], subprocess.CompletedProcess[str]],
    bagit_validates: Callable[[Path], subprocess.CompletedProcess[str]],
) -> None:
    bag = FOLDER / "coact-answer"
    key = example_root().publishing_keys[0]
    done = minisign_verifies(bag / af.STATEMENT, bag / af.SIGNATURE, key.to_base64())
    assert done.returncode == 0, done.stderr
    assert "coact-answer/1\tgroup:" in done.stdout
    validated = bagit_validates(bag)
    assert validated.returncode == 0, validated.stderr
