"""Bundles checked by tools nobody on this project wrote: Debian's minisign and age, PyPI's bagit.

A real draft (with a JPEG) is exported by the installed command; ``age --decrypt`` opens it,
``bagit.py --validate`` accepts the unzipped bag, and ``minisign -V`` verifies its signature with
the public key ``keys export-public`` wrote. The other way round, a bag signed by ``minisign -S``
with a key ``minisign -G`` made (and encrypted by ``age``) passes our ``verify``. The tools must
be installed (CI installs them): without them these tests fail, they never skip.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import coact_tests_bundle_factory as bf  # registered by tests/conftest.py
import pytest
from PIL import Image

from coact_desktop.core.exchange.formats.minisign import PublicKey, key_id_from_hex

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_DRAFT = REPO / "docs" / "examples" / "draft.json"
PASSPHRASE = "correct horse battery staple"
MINISIGN_PASSWORD = "pw"
BAG = "coact-bundle"
INSTALL = {
    "minisign": "apt-get install minisign",
    "age": "apt-get install age",
    "age-keygen": "apt-get install age",
    "bagit.py": "pip install bagit (it is in the dev extra)",
}


def tool(name: str) -> str:
    """A tool beside this Python (the venv's bin) or on PATH; the test fails without it."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed, and these interop tests need it: {INSTALL[name]}")
    return found


def call(*args: str, stdin: str = "", check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run one of the independent tools."""
    done = subprocess.run(
        args, input=stdin, capture_output=True, text=True, timeout=120, check=False
    )
    if check:
        assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture
def age_identity(tmp_path: Path) -> tuple[Path, str]:
    """A throwaway identity made by age-keygen, and its recipient."""
    path = tmp_path / "coact-identity.txt"
    call(tool("age-keygen"), "-o", str(path))
    recipient = re.search(r"^# public key: (age1[0-9a-z]+)$", path.read_text(), re.M)
    assert recipient, path.read_text()
    return path, recipient.group(1)


@pytest.fixture
def draft_id(run: Callable[..., Any], tmp_path: Path) -> str:
    """The documented example draft with a photo, made ready to send, created by the command."""
    draft = json.loads(EXAMPLE_DRAFT.read_text("utf-8"))
    folder = tmp_path / "draft"
    folder.mkdir()
    Image.new("RGB", (64, 48), "orange").save(folder / "banner.jpg", quality=90)
    draft["attachments"] = [{"path": "banner.jpg", "caption": "Our first banner"}]
    (folder / "draft.json").write_text(json.dumps(draft), "utf-8")
    created = run("drafts", "create", "--from-json", str(folder / "draft.json"))
    assert created.returncode == 0, created.stderr
    return str(created.stdout.strip())


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def unzip(zipped: Path, target: Path) -> Path:
    """Extract a bundle ZIP with Python's zipfile; the bag folder."""
    with zipfile.ZipFile(zipped) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        archive.extractall(target)
    assert all(n.startswith(BAG + "/") for n in names), names
    return target / BAG


def test_our_export_opens_in_age_bagit_and_minisign(
    run: Callable[..., Any],
    tmp_path: Path,
    draft_id: str,
    passphrase_file: Path,
    age_identity: tuple[Path, str],
) -> None:
    identity, recipient = age_identity
    bundle = tmp_path / "riverside-1.coact"
    exported = run(
        "export", draft_id, "--out", str(bundle), "--passphrase-file", str(passphrase_file),
        "--light-key", "--recipient", recipient,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1\n")

    # Debian's age opens it with the identity age-keygen made.
    zipped = tmp_path / "bundle.zip"
    call(tool("age"), "--decrypt", "-i", str(identity), "-o", str(zipped), str(bundle))
    bag = unzip(zipped, tmp_path / "unzipped")
    media = sorted((bag / "data" / "media").iterdir())
    assert [p.suffix for p in media] == [".jpg"]
    assert media[0].name == hashlib.sha256(media[0].read_bytes()).hexdigest() + ".jpg"

    # bagit.py accepts the bag as it is ...
    validated = call(tool("bagit.py"), "--validate", str(bag))
    assert f"{bag.name} is valid" in validated.stderr, validated.stderr
    # ... and is not simply accepting anything: a changed payload byte is caught.
    spoiled = tmp_path / "spoiled"
    shutil.copytree(bag, spoiled)
    history = spoiled / "data" / "history.json"
    history.write_bytes(history.read_bytes().replace(b"Riverside", b"Rivershde", 1))
    assert call(tool("bagit.py"), "--validate", str(spoiled), check=False).returncode != 0

    # minisign verifies the signature with the public key we export, and shows the comment.
    public = tmp_path / "group.pub"
    assert run("keys", "export-public", str(public)).returncode == 0
    tagmanifest = bag / "tagmanifest-sha256.txt"
    checked = call(
        tool("minisign"), "-V", "-p", str(public), "-m", str(tagmanifest),
        "-x", str(bag / "tagmanifest-sha256.txt.minisig"),
    )  # fmt: skip
    assert "Signature and comment signature verified" in checked.stdout
    comment = re.search(r"^Trusted comment: (.*)$", checked.stdout, re.M)
    assert comment, checked.stdout

    # The comment ties the signature to this group, sequence and tag manifest, as verify says.
    verified = run("verify", str(bundle), "--identity", str(identity), "--json")
    assert verified.returncode == 0, verified.stderr
    report = json.loads(verified.stdout)
    assert report["encrypted"] is True
    assert report["sequence"] == 1
    assert report["bundle_id"] == hashlib.sha256(tagmanifest.read_bytes()).hexdigest()
    assert comment.group(1) == (
        f"coact-bundle/1\tgroup:{report['group']['id']}\tseq:1\ttagmanifest:{report['bundle_id']}"
    )
    minisign_id = re.search(r"minisign public key ([0-9A-F]{1,16})\n", public.read_text())
    assert minisign_id
    # The display form keeps leading zeros (minisign's comment drops them); the bytes are one id.
    assert re.fullmatch(r"[0-9A-F]{16}", report["key_id"])
    assert key_id_from_hex(report["key_id"]) == key_id_from_hex(minisign_id.group(1))
    assert f"Coact-Signing-Key-Id: {report['key_id']}\n" in (bag / "bag-info.txt").read_text()


def test_an_unencrypted_export_is_a_plain_zip(
    run: Callable[..., Any], tmp_path: Path, draft_id: str, passphrase_file: Path
) -> None:
    bundle = tmp_path / "plain.coact"
    exported = run(
        "export", draft_id, "--out", str(bundle), "--no-encrypt",
        "--passphrase-file", str(passphrase_file), "--light-key",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "NOT encrypted" in exported.stderr
    bag = unzip(bundle, tmp_path / "unzipped")
    assert json.loads((bag / "data" / "history.json").read_text("utf-8"))["group"]["name"] == (
        "Riverside Users Network"
    )
    call(tool("bagit.py"), "--validate", str(bag))
    verified = run("verify", str(bundle), "--json")
    assert verified.returncode == 0, verified.stderr
    report = json.loads(verified.stdout)
    assert report["encrypted"] is False
    assert (report["sequence"], report["trust"], report["attachments"]) == (1, "new_key", 1)


def test_a_bag_signed_by_minisign_passes_our_verify(
    run: Callable[..., Any], tmp_path: Path, age_identity: tuple[Path, str]
) -> None:
    minisign = tool("minisign")
    keys = tmp_path / "minisign-keys"
    keys.mkdir()
    public_file, secret_file = keys / "group.pub", keys / "group.key"
    # minisign 0.11 reads the password with fgets when stdin is not a terminal: typed twice.
    call(minisign, "-G", "-p", str(public_file), "-s", str(secret_file),
         stdin=f"{MINISIGN_PASSWORD}\n{MINISIGN_PASSWORD}\n")  # fmt: skip
    minisign_id = re.search(r"minisign public key ([0-9A-F]{1,16})\n", public_file.read_text())
    assert minisign_id
    public_key = PublicKey.from_text(public_file.read_text())

    def minisign_signer(message: bytes, comment: str) -> str:
        """Sign the tag manifest with minisign -S, in the trusted comment format of the spec."""
        signed = keys / "tagmanifest-sha256.txt"
        signed.write_bytes(message)
        signature = keys / "tagmanifest-sha256.txt.minisig"
        call(minisign, "-S", "-s", str(secret_file), "-m", str(signed), "-x", str(signature),
             "-t", comment, stdin=f"{MINISIGN_PASSWORD}\n")  # fmt: skip
        return signature.read_text()

    group = str(uuid.uuid4())
    # bag-info names minisign's key (so the tag manifest, and the signature, cover that).
    built = bf.build(bf.Recipe(None, group_id=group, public_key=public_key, signer=minisign_signer))
    assert built.files[f"{BAG}/tagmanifest-sha256.txt.minisig"].startswith(
        b"untrusted comment: signature from minisign secret key\n"
    )
    plain = tmp_path / "signed-by-minisign.coact"
    plain.write_bytes(built.zipped)
    identity, recipient = age_identity
    sealed = tmp_path / "signed-by-minisign-sealed.coact"
    call(tool("age"), "--encrypt", "-r", recipient, "-o", str(sealed), str(plain))

    for path, encrypted in ((plain, False), (sealed, True)):
        verified = run("verify", str(path), "--identity", str(identity), "--json")
        assert verified.returncode == 0, verified.stdout + verified.stderr
        report = json.loads(verified.stdout)
        assert report["ok"] is True
        assert report["group"] == {"id": group, "name": "Riverside Users Network"}
        assert report["sequence"] == 1
        assert report["key_id"] == minisign_id.group(1).zfill(16)
        assert report["bundle_id"] == built.bundle_id
        assert report["trust"] == "new_key"
        assert report["encrypted"] is encrypted

    # And a minisign signature over another bag is refused, whatever minisign thought of it.
    other = bf.build(
        bf.Recipe(
            None,
            group_id=group,
            public_key=public_key,
            signer=minisign_signer,
            comment=lambda text: text.replace("seq:1", "seq:2"),
        )
    )
    wrong = tmp_path / "wrong-comment.coact"
    wrong.write_bytes(other.zipped)
    refused = run("verify", str(wrong), "--json")
    assert refused.returncode == 1
    assert json.loads(refused.stdout)["reason"] == "comment_mismatch"
