"""Make docs/examples/answer/: Coact's example answer to the example bundle, and an unzipped copy.

It answers docs/examples/bundle/riverside-users-network-1.coact for the example library (the
root in docs/examples/pack/root), signed with the throwaway test publishing key, so anyone can
check it with the example root.
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

from coact_desktop.core.exchange import answer_format as af  # noqa: E402
from coact_desktop.core.exchange.answer_write import write_answer  # noqa: E402
from coact_desktop.core.exchange.bundle_read import open_bundle  # noqa: E402

EXAMPLES = TOP / "docs" / "examples"
OUT = EXAMPLES / "answer"
MOMENT = datetime(2026, 12, 2, tzinfo=UTC)


def main() -> int:
    """Write the example answer and the unzipped bag."""
    with open_bundle(EXAMPLES / "bundle" / "riverside-users-network-1.coact") as bundle:
        bundle_id, history = bundle.bundle_id, bundle.history
        sequence = bundle.info.sequence
    first = history.sections[0][0]
    reply = af.Reply(
        "accepted_with_changes",
        "EXAMPLE COMMENT: thank you for your history; it is in edition 1, with one change.",
        (
            af.SectionNote(
                first,
                "EXAMPLE COMMENT: one sentence, made shorter.",
                "EXAMPLE TEXT: the section as the example editor would have it.\n",
            ),
        ),
        1,
    )
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    target = OUT / "riverside-users-network-1.coactanswer"
    write_answer(
        "example-edition", history.group_id, bundle_id, sequence, reply,
        load_keys()["publishing-1"], target, now=MOMENT,
    )  # fmt: skip
    with zipfile.ZipFile(target) as archive:
        archive.extractall(OUT)
    print(f"wrote {target} ({target.stat().st_size} bytes) and {OUT / 'coact-answer'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
