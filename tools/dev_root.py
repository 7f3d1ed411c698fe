"""Make the development root of trust in resources/keys from the throwaway test keys.

The keys are tests/keys/THROWAWAY-TEST-KEYS.json (made with --new-keys): their secrets are public,
in this repository, so anything they sign is trusted only by development builds. A release build
replaces resources/keys/root-1.json and its signatures with Coact's own (README, "Release builds").
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

TOP = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOP / "src"))

from coact_desktop.core.exchange import trust_root  # noqa: E402
from coact_desktop.core.exchange.formats.minisign import SecretKey  # noqa: E402

KEYS = TOP / "tests" / "keys" / "THROWAWAY-TEST-KEYS.json"
ROLES = ("root-a", "root-b", "root-c", "publishing-1")
LIBRARY = "coact-history-of-drug-user-organising"


def load_keys(path: Path = KEYS) -> dict[str, SecretKey]:
    """The throwaway keys by role."""
    raw = json.loads(path.read_text("utf-8"))["keys"]
    return {
        role: SecretKey(
            bytes.fromhex(entry["key_id"]),
            Ed25519PrivateKey.from_private_bytes(bytes.fromhex(entry["seed"])),
        )
        for role, entry in raw.items()
    }


def main() -> int:
    """Write the keys (with --new-keys) and the development root signed by all three root keys."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--new-keys", action="store_true", help="make new throwaway keys first")
    args = parser.parse_args()
    if args.new_keys:
        keys = {
            role: {"key_id": secrets.token_bytes(8).hex(), "seed": secrets.token_bytes(32).hex()}
            for role in ROLES
        }
        note = "THROWAWAY TEST KEYS. Public on purpose: they sign the development root only."
        KEYS.write_text(json.dumps({"note": note, "keys": keys}, indent=2) + "\n", "utf-8")
    keys = load_keys()
    root = trust_root.Root(
        library=LIBRARY,
        version=1,
        threshold=2,
        root_keys=tuple(keys[r].public_key() for r in ROLES[:3]),
        publishing_keys=(keys["publishing-1"].public_key(),),
    )
    folder = TOP / "resources" / "keys"
    note = "DEVELOPMENT root: signed by a throwaway test key, not by Coact"
    signatures = [trust_root.sign_root(root, keys[r], note) for r in ROLES[:3]]
    trust_root.write_root_folder(folder, root, signatures)
    print(f"wrote {folder / root.file_name()} and {len(signatures)} signatures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
