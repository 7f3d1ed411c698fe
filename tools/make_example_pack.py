"""Make docs/examples/pack/: an example edition pack, its example root of trust, unzipped copy.

The pack holds docs/examples/edition (an example edition, not Coact's text) and the example
bundle's history (docs/examples/bundle), for the library ``example-edition``. Its root and its
signatures are made with the throwaway test keys, so anyone can check the example with them.
"""

from __future__ import annotations

import shutil
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOP / "src"))
sys.path.insert(0, str(TOP / "tools"))

from dev_root import load_keys  # noqa: E402

from coact_desktop.core.exchange import trust_root  # noqa: E402
from coact_desktop.core.exchange.bundle_read import open_bundle  # noqa: E402
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
