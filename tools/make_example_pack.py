"""Make docs/examples/pack/: an example edition pack and a delta after it, the example root of
trust, and unzipped copies.

The pack holds docs/examples/edition (an example edition, not Coact's text) and the example
bundle's history (docs/examples/bundle), for the library ``example-edition``. The delta makes
edition 2 of it (the same text under a new number and date, new notes), so it carries only the
new edition.json and the records. The root and every signature are made with the throwaway test
keys, so anyone can check the examples with them.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOP / "src"))
sys.path.insert(0, str(TOP / "tools"))

from dev_root import load_keys  # noqa: E402

from coact_desktop.core.exchange import trust_root  # noqa: E402
from coact_desktop.core.exchange.bundle_read import open_bundle  # noqa: E402
from coact_desktop.core.exchange.pack_read import read_signed_state  # noqa: E402
from coact_desktop.core.exchange.pack_write import write_pack  # noqa: E402
from coact_desktop.core.library.edition import load_edition  # noqa: E402

EXAMPLES = TOP / "docs" / "examples"
OUT = EXAMPLES / "pack"
MOMENT = datetime(2026, 12, 1, tzinfo=UTC)


def main() -> int:
    """Write the example pack, its root and the unzipped bag (without the blobs' copies)."""
    keys = load_keys()
    edition_dir = EXAMPLES / "edition"
    edition = load_edition(edition_dir)
    root = trust_root.Root(
        library=edition.id,
        version=1,
        threshold=2,
        root_keys=tuple(keys[r].public_key() for r in ("root-a", "root-b", "root-c")),
        publishing_keys=(keys["publishing-1"].public_key(),),
    )
    shutil.rmtree(OUT, ignore_errors=True)
    note = "EXAMPLE root: signed by a throwaway test key"
    signatures = [trust_root.sign_root(root, keys[r], note) for r in ("root-a", "root-b")]
    trust_root.write_root_folder(OUT / "root", root, signatures)
    with open_bundle(EXAMPLES / "bundle" / "riverside-users-network-1.coact") as bundle:
        history = bundle.history
    pack = OUT / "example-edition-1.coactpack"
    notes = "EXAMPLE NOTES: the first edition, with one group's history."
    write_pack(edition, edition_dir, [history], notes, keys["publishing-1"], pack, now=MOMENT)
    with zipfile.ZipFile(pack) as archive:
        archive.extractall(OUT)
    print(f"wrote {pack} ({pack.stat().st_size} bytes) and {OUT / 'coact-pack'}")

    with tempfile.TemporaryDirectory() as work:
        second = Path(work) / "edition"
        shutil.copytree(edition_dir, second)
        meta = json.loads((second / "edition.json").read_text("utf-8"))
        meta.update(version=2, date="2026-12-02")
        (second / "edition.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        base = read_signed_state(pack, root).records
        delta = OUT / "example-edition-2-delta.coactpack"
        notes = "EXAMPLE NOTES: edition 2 changes only its date."
        write_pack(
            load_edition(second), second, [history], notes, keys["publishing-1"], delta,
            now=MOMENT + timedelta(days=1), base=base,
        )  # fmt: skip
    with zipfile.ZipFile(delta) as archive:
        archive.extractall(OUT / "delta")
    print(f"wrote {delta} ({delta.stat().st_size} bytes) and {OUT / 'delta' / 'coact-pack'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
