"""Encryption at rest: a 50 KB draft's save, plain and in SQLCipher, and unlocking the data key.

Run: .venv/bin/python benchmarks/encrypted_profile.py [--saves N]
Budgets (DESIGN.md): one save <= 10 ms with encryption on, as without; the encrypted save is also
shown as a ratio to the plain one measured in the same run. Unlocking (both key slots, scrypt)
happens once a start, after the first chapter is shown: it is reported, not budgeted here.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from coact_desktop.core.drafts.model import Section
from coact_desktop.core.drafts.service import DraftsService, new_draft
from coact_desktop.core.storage import data_key
from coact_desktop.core.storage.cipher_db import make_cipher_engine
from coact_desktop.core.storage.db import make_engine, upgrade

BUDGET_MS = 10.0
WORDS = ["our", "group", "met", "every", "friday", "to", "share", "news", "and", "plan"]


def saves(engine: Engine, count: int) -> list[float]:
    """Milliseconds of each save of a growing 50 KB draft."""
    upgrade(engine)
    drafts = DraftsService(sessionmaker(engine, expire_on_commit=False))
    draft = new_draft()
    drafts.create(draft)
    body = " ".join(WORDS[i % len(WORDS)] for i in range(10_000))  # about 50 KB
    times = []
    for i in range(count):
        body += f" {WORDS[i % len(WORDS)]}"  # one more word typed
        draft = draft.with_section(0, Section("How the group began", body, "beginnings"))
        start = time.perf_counter()
        drafts.save(draft)
        times.append((time.perf_counter() - start) * 1000)
    engine.dispose()
    return times


def main() -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = saves(make_engine(folder / "plain.sqlite3"), args.saves)
        key = data_key.create(folder, "benchmark passphrase", "benchmark duress passphrase")
        cipher = saves(make_cipher_engine(folder / "private.sqlite3", key.subkey("db")), args.saves)
        unlocks = []
        for _ in range(3):
            start = time.perf_counter()
            data_key.unlock(folder, "benchmark passphrase")
            unlocks.append((time.perf_counter() - start) * 1000)
    print(f"a 50 KB draft saved {args.saves} times, synchronous=FULL, WAL")
    print(f"{'':<22}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}  budget")
    for name, times in (("plain SQLite", plain), ("SQLCipher (AES-256)", cipher)):
        p95 = statistics.quantiles(times, n=20)[-1]
        verdict = "PASS" if p95 <= BUDGET_MS else "OVER"
        row = f"{name:<22}{statistics.median(times):>8.2f}{p95:>8.2f}{max(times):>8.2f}"
        print(f"{row}  <= {BUDGET_MS} ms {verdict}")
    ratio = statistics.median(cipher) / statistics.median(plain)
    print(f"encrypted / plain (median): {ratio:.2f}x")
    print(f"unlocking the data key (both slots, scrypt 2^16): {min(unlocks):.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
