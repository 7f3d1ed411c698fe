"""Time of one autosave of a 50 KB draft (budget: 10 ms), on a real profile database.

Run: .venv/bin/python benchmarks/autosave.py [--saves N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from coact_desktop.core.draft import Section
from coact_desktop.core.drafts import new_draft
from coact_desktop.core.paths import resolve_profile
from coact_desktop.core.services import open_services

BUDGET_MS = 10.0
WORDS = ["our", "group", "met", "every", "friday", "to", "share", "news", "and", "plan"]


def main() -> int:
    """Save a growing 50 KB draft many times and print the latency table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(resolve_profile(Path(tmp) / "profile"))
        draft = new_draft()
        services.drafts.create(draft)
        body = " ".join(WORDS[i % len(WORDS)] for i in range(10_000))  # about 50 KB
        times = []
        for i in range(args.saves):
            body += f" {WORDS[i % len(WORDS)]}"  # one more word typed
            draft = draft.with_section(0, Section("How the group began", body, "beginnings"))
            start = time.perf_counter()
            services.drafts.save(draft)
            times.append((time.perf_counter() - start) * 1000)
        size_kb = len(draft.to_json()["sections"][0]["body"].encode()) / 1024
        services.close()
    p95 = statistics.quantiles(times, n=20)[-1]
    verdict = "PASS" if p95 <= BUDGET_MS else "OVER"
    print(f"autosave of a {size_kb:.0f} KB draft, {args.saves} saves, synchronous=FULL, WAL")
    print(f"{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}  budget")
    row = f"{statistics.median(times):>8.2f}{p95:>8.2f}{max(times):>8.2f}"
    print(f"{row}  <= {BUDGET_MS} ms {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
