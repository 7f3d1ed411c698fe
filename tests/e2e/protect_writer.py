"""Protect a profile's drafts with a passphrase, for a test that kills this process meanwhile."""

from __future__ import annotations

import sys

from coact_desktop.core.services import open_services
from coact_desktop.core.storage.paths import resolve_profile


def main() -> None:
    services = open_services(resolve_profile(sys.argv[1]))
    print("open", flush=True)
    services.protect(sys.argv[2])
    print("protected", flush=True)
    services.close()


if __name__ == "__main__":
    main()
