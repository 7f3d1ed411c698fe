"""A pack made by following docs/pack-format.md alone, signed by Debian's minisign, is accepted.

Nothing of our writer is used: the bag is laid out with hashlib and zipfile, the statement is
signed with a key made by ``minisign -G`` and by ``minisign -S``, and a root 2 naming that key as
the publishing key travels in the pack. The edition is a TEST EDITION: Coact's text unchanged,
with a new number.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.formats.minisign import PublicKey, SecretKey
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition
from coact_desktop.core.services import AppServices


def canonical(value: object) -> bytes:
    """The document's canonical JSON: sorted keys, two-space indent, UTF-8, one final newline."""
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest(files: dict[str, bytes]) -> bytes:
    return "".join(f"{sha(d)}  {n}\n" for n, d in sorted(files.items())).encode()


def test_a_pack_from_the_document_and_minisign_is_accepted(
    new_profile: Callable[[], AppServices],
    tmp_path: Path,
    throwaway_keys: dict[str, SecretKey],
) -> None:
    tool = shutil.which("minisign")
    if tool is None:
        pytest.fail("minisign is not installed: `apt-get install minisign` (CI installs it)")
    keys = tmp_path / "keys"
    keys.mkdir()
    subprocess.run(
        [tool, "-G", "-W", "-p", str(keys / "pub.key"), "-s", str(keys / "sec.key")],
        check=True,
        capture_output=True,
    )
    publishing = PublicKey.from_text((keys / "pub.key").read_text())
    # Root 2: the shipped root, with the minisign-made key as its publishing key.
    second = replace(trust_root.shipped_root(), version=2, publishing_keys=(publishing,))
    root_files = {"roots/root-2.json": second.to_bytes()}
    for signer in ("root-a", "root-c"):
        key_id = throwaway_keys[signer].public_key().key_id_hex
        text = trust_root.sign_root(second, throwaway_keys[signer])
        root_files[f"roots/root-2.json.{key_id}.minisig"] = text.encode()

    meta = json.loads((bundled_edition_dir() / "edition.json").read_text("utf-8"))
    meta.update(version=meta["version"] + 1, title=meta["title"] + " (TEST EDITION)")
    meta_bytes = json.dumps(meta, ensure_ascii=False).encode()
    text = (bundled_edition_dir() / meta["source"]["file"]).read_bytes()
    records = canonical(
        {
            "format": "coact-pack-records/1",
            "edition": {"meta": sha(meta_bytes), "text": sha(text)},
            "histories": [],
            "notes": "TEST NOTES: made from the document",
        }
    )
    payload = {
        "data/records.json": records,
        f"data/blobs/{sha(meta_bytes)}": meta_bytes,
        f"data/blobs/{sha(text)}": text,
    }
    size = sum(len(d) for d in payload.values())
    tags = {
        "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": (
            f"Bagging-Date: 2026-12-01\nPayload-Oxum: {size}.{len(payload)}\n"
            "Coact-Pack-Format: coact-pack/1\n"
        ).encode(),
        "manifest-sha256.txt": manifest(payload),
    }
    tagmanifest = manifest(tags)
    statement = canonical(
        {
            "format": "coact-pack/1",
            "library": meta["id"],
            "edition": meta["version"],
            "kind": "full",
            "base_state": None,
            "state": sha(records),
            "created": "2026-12-01T12:00:00Z",
            "tagmanifest": sha(tagmanifest),
            "title": meta["title"],
            "date": meta["date"],
            "needs": {"records": 1},
        }
    )
    bag = tmp_path / "coact-pack"
    bag.mkdir()
    (bag / "pack.json").write_bytes(statement)
    comment = (
        f"coact-pack/1\tlibrary:{meta['id']}\tedition:{meta['version']}\tstatement:{sha(statement)}"
    )
    subprocess.run(
        [
            tool,
            "-S",
            "-s",
            str(keys / "sec.key"),
            "-m",
            str(bag / "pack.json"),
            "-t",
            comment,
            "-x",
            str(bag / "pack.json.minisig"),
        ],
        check=True,
        capture_output=True,
    )
    files = {
        **tags,
        "tagmanifest-sha256.txt": tagmanifest,
        "pack.json": statement,
        "pack.json.minisig": (bag / "pack.json.minisig").read_bytes(),
        **payload,
        **root_files,
    }
    pack = tmp_path / "from-the-document.coactpack"
    with zipfile.ZipFile(pack, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(
                zipfile.ZipInfo(f"coact-pack/{name}", (1980, 1, 1, 0, 0, 0)),
                files[name],
                zipfile.ZIP_DEFLATED,
            )

    reader = new_profile()
    check = reader.editions.import_pack(pack)
    assert check.statement.edition == meta["version"]
    assert check.key_id == publishing.key_id_hex
    assert reader.library.edition_version(meta["id"]) == meta["version"]
    assert reader.editions.trusted_root().version == 2  # the root it carried is kept
    assert load_edition().version == meta["version"] - 1
