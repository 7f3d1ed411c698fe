"""A child process for the crash test: saves a draft over and over, reporting each durable save.

Run as ``python crash_writer.py PROFILE_DIR DRAFT_ID``; prints ``durable N`` after save N returned.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coact_desktop.core.drafts.model import Section
from coact_desktop.core.services import open_services
from coact_desktop.core.storage.paths import resolve_profile


def main() -> None:
    """Edit forever (until killed), as a person typing would, one save per 'keystroke'."""
    services = open_services(resolve_profile(Path(sys.argv[1])))
    draft = services.drafts.get(sys.argv[2])
    text = draft.sections[0].body
    n = int(text.split()[-1]) if text else 0
    while True:
        n += 1
        text = f"{text} {n}" if len(text) < 40_000 else str(n)  # a draft of up to ~50 KB
        draft = draft.with_section(0, Section(draft.sections[0].title, text, "beginnings"))
        services.drafts.save(draft)
        print(f"durable {n}", flush=True)


if __name__ == "__main__":
    main()
