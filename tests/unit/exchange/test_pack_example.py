"""The documented example pack (docs/examples/pack/) is real: verified, unzipped, checkable."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from coact_desktop.core.errors import PackError
from coact_desktop.core.exchange import pack_format as pf
from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.pack_read import BlobShelf, Have, verify_pack

FOLDER = Path(__file__).resolve().parents[3] / "docs" / "examples" / "pack"
PACK = FOLDER / "example-edition-1.coactpack"
DELTA = FOLDER / "example-edition-2-delta.coactpack"


def example_root() -> trust_root.Root:
    return trust_root.check_self_signed(trust_root.read_root_folder(FOLDER / "root", 1))


def test_our_verifier_accepts_the_example_pack(tmp_path: Path) -> None:
    verified = verify_pack(PACK, tmp_path, example_root(), Have(None))
    assert (verified.statement.library, verified.statement.edition) == ("example-edition", 1)
    assert verified.edition.title == "An example edition"
    assert [h.name for h in verified.histories] == ["Riverside Users Network"]
    assert verified.records.notes.startswith("EXAMPLE NOTES")
    # A reader who already has edition 1 is told so.
    with pytest.raises(PackError, match="already has edition 1"):
        verify_pack(PACK, tmp_path / "again", example_root(), Have(1))


def test_our_verifier_applies_the_example_delta_to_the_example_pack(tmp_path: Path) -> None:
    first = verify_pack(PACK, tmp_path / "1", example_root(), Have(None))
    with BlobShelf([PACK], []) as shelf:
        have = Have(1, first.key_id, first.records, shelf.fetch)
        verified = verify_pack(DELTA, tmp_path / "2", example_root(), have)
    assert (verified.statement.kind, verified.statement.edition) == ("delta", 2)
    assert verified.statement.base_state == first.statement.state
    assert verified.edition.date == "2026-12-02"
    assert verified.edition.chapters == first.edition.chapters  # the text came from pack 1
    assert [h.name for h in verified.histories] == ["Riverside Users Network"]
    # Without the base, the delta is refused and says what to ask for.
    with pytest.raises(PackError, match="Ask for the full pack of edition 2"):
        verify_pack(DELTA, tmp_path / "3", example_root(), Have(None))


@pytest.mark.parametrize(("pack", "folder"), [(PACK, FOLDER), (DELTA, FOLDER / "delta")])
def test_the_unzipped_copy_is_the_pack(pack: Path, folder: Path) -> None:
    with zipfile.ZipFile(pack) as archive:
        names = archive.namelist()
        for name in names:
            assert (folder / name).read_bytes() == archive.read(name), name
    unzipped = {
        str(p.relative_to(folder)) for p in (folder / "coact-pack").rglob("*") if p.is_file()
    }
    assert unzipped == set(names)


def test_minisign_and_bagit_check_the_example(
    minisign_verifies: Callable[[Path, Path, str], subprocess.CompletedProcess[str]],
    bagit_validates: Callable[[Path], subprocess.CompletedProcess[str]],
) -> None:
    bag = FOLDER / "coact-pack"
    key = example_root().publishing_keys[0]
    done = minisign_verifies(bag / pf.STATEMENT, bag / pf.SIGNATURE, key.to_base64())
    assert done.returncode == 0, done.stderr
    signatures = sorted((FOLDER / "root").glob("root-1.json.*.minisig"))
    assert len(signatures) == 2
    for signature in signatures:
        key_id = signature.name.split(".")[2]
        (signer,) = [k for k in example_root().root_keys if k.key_id_hex == key_id]
        checked = minisign_verifies(FOLDER / "root" / "root-1.json", signature, signer.to_base64())
        assert checked.returncode == 0, checked.stderr
    validated = bagit_validates(bag)
    assert validated.returncode == 0, validated.stderr
    delta = FOLDER / "delta" / "coact-pack"
    done = minisign_verifies(delta / pf.STATEMENT, delta / pf.SIGNATURE, key.to_base64())
    assert done.returncode == 0, done.stderr
    validated = bagit_validates(delta)  # a delta is a whole bag of its own
    assert validated.returncode == 0, validated.stderr
