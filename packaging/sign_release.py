"""Sign a built program folder: its RELEASE-SHA256SUMS and the .minisig beside it.

    sign_release.py FOLDER VERSION

A release build gives Coact's publishing key in COACT_RELEASE_KEY (a ``minisign -G`` secret key
file) and its passphrase in COACT_RELEASE_PASSPHRASE_FILE. Without them the folder is signed with
the THROWAWAY test publishing key from tests/keys: what the development root in resources/keys
trusts, so development builds check out, and nothing else does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOP / "tools"))

from coact_desktop.core.exchange.editions import open_publishing_key  # noqa: E402
from coact_desktop.core.exchange.release import sign_release, verify_release  # noqa: E402
from coact_desktop.core.exchange.trust_root import shipped_root  # noqa: E402


def main(folder: Path, version: str) -> int:
    """Sign, then check the result against the root the program ships."""
    key_file = os.environ.get("COACT_RELEASE_KEY")
    if key_file:
        passphrase = Path(os.environ["COACT_RELEASE_PASSPHRASE_FILE"]).read_text("utf-8")
        secret = open_publishing_key(Path(key_file), passphrase.rstrip("\r\n"))
    else:
        from dev_root import load_keys

        secret = load_keys()["publishing-1"]
        print("development build: signed with the THROWAWAY test publishing key", file=sys.stderr)
    sign_release(folder, version, secret)
    check = verify_release(folder, shipped_root(folder / "_internal/coact_desktop/resources/keys"))
    print(f"signed {check.files} files ({check.size / 1e6:.1f} MB) with key {check.key_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), sys.argv[2]))
