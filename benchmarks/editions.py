"""Edition packs: full and delta size, and import time, for 1,000 histories and then 20 more.

Budget (DESIGN.md, "Performance budgets"): "a full pack of 1,000 histories verified and switched
in <= 2x `sha256sum` + `minisign -V` of the same bytes; ... a delta adding 20 histories <= 1/20
of the full pack's size". Run from the repository root:

    .venv/bin/python benchmarks/editions.py [--histories 1000] [--added 20] [--runs 3]

Setup, none of it timed: N synthetic group histories (TEST TEXT: sentences drawn at random from
the words of Coact's edition, never history facts; ~20 KB of Markdown each, as a long written
history), TEST EDITIONS B+1 (N histories) and B+2 (N + 20), each written as a full pack, and the
delta from B+1 to B+2; the throwaway publishing key signs them.

What is timed, each run, in fresh reader profiles that already hold edition B+1:

- reference: ``sha256sum`` and ``minisign -V`` (Debian's) of the full pack's bytes, against a
  signature ``minisign -S`` made of that file beforehand;
- full import: ``editions.import_pack`` of the full pack of B+1 into a profile at the shipped
  edition (copy in, every check, unpack, the switch in one transaction);
- full import of B+2 and delta import of B+2, each into a profile at B+1: the same work, except
  that the delta's unchanged blobs come from the reader's own kept pack.

The search index is not part of it: it is rebuilt in the background after an import.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from coact_desktop.core.exchange.formats.minisign import SecretKey  # noqa: E402
from coact_desktop.core.exchange.history import History, history_from_json  # noqa: E402
from coact_desktop.core.exchange.pack_read import read_signed_state  # noqa: E402
from coact_desktop.core.exchange.pack_write import write_pack  # noqa: E402
from coact_desktop.core.exchange.trust_root import shipped_root  # noqa: E402
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition  # noqa: E402
from coact_desktop.core.services import AppServices, open_services  # noqa: E402
from coact_desktop.core.storage.paths import resolve_profile  # noqa: E402

IMPORT_RATIO = 2.0
DELTA_SHARE = 1 / 20
EXAMPLE = ROOT / "docs/examples/bundle/coact-bundle/data/history.json"
KEYS = ROOT / "tests/keys/THROWAWAY-TEST-KEYS.json"


def publishing_key() -> SecretKey:
    """The throwaway test publishing key (as tools/dev_root.py reads it)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import dev_root  # type: ignore[import-not-found]

    keys: dict[str, SecretKey] = dev_root.load_keys()
    return keys["publishing-1"]


def histories(count: int, seed: int, start: int = 0) -> list[History]:
    """Synthetic TEST histories, each with its own group id and ~20 KB of words."""
    words = re.findall(r"[A-Za-z]+", (bundled_edition_dir() / _text_name()).read_text("utf-8"))
    base = json.loads(EXAMPLE.read_text("utf-8"))
    found = []
    for number in range(start, start + count):
        rng = random.Random(seed * 1_000_003 + number)
        data = json.loads(json.dumps(base))
        data["group"]["id"] = _uuid(rng)
        data["group"]["name"] = f"TEST GROUP {number}"
        data["sections"] = [
            {"title": f"TEST SECTION {s}", "body": "TEST TEXT: " + _paragraphs(rng, words)}
            for s in range(1, 5)
        ]
        data["attachments"] = []
        found.append(history_from_json(data))
    return found


def _text_name() -> str:
    meta = json.loads((bundled_edition_dir() / "edition.json").read_text("utf-8"))
    return str(meta["source"]["file"])


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[rng.randrange(4)]}{h[17:20]}-{h[20:32]}"


def _paragraphs(rng: random.Random, words: list[str]) -> str:
    return "\n\n".join(" ".join(rng.choices(words, k=160)) + "." for _ in range(5))


def test_edition(tmp: Path, version: int) -> Path:
    """Coact's edition folder as a TEST EDITION with a new number."""
    folder = tmp / f"test-edition-{version}"
    shutil.copytree(bundled_edition_dir(), folder)
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    meta.update(version=version, title=f"{meta['title']} (TEST EDITION {version})")
    (folder / "edition.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    return folder


def quiet(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True)


def timed(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--histories", type=int, default=1_000)
    parser.add_argument("--added", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for tool in ("sha256sum", "minisign"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed (apt-get install coreutils minisign)")
    with tempfile.TemporaryDirectory(prefix="coact-editions-bench-") as folder:
        return measure(args, Path(folder))


def measure(args: argparse.Namespace, tmp: Path) -> int:
    print(f"setting up: {args.histories} + {args.added} TEST histories, three packs ...")
    b = load_edition().version
    key = publishing_key()
    first = histories(args.histories, args.seed)
    more = first + histories(args.added, args.seed, start=args.histories)
    full1, full2 = tmp / "full-1.coactpack", tmp / "full-2.coactpack"
    delta2 = tmp / "delta.coactpack"
    e1, e2 = test_edition(tmp, b + 1), test_edition(tmp, b + 2)
    write_pack(load_edition(e1), e1, first, "TEST NOTES", key, full1)
    write_pack(load_edition(e2), e2, more, "TEST NOTES", key, full2)
    base = read_signed_state(full1, shipped_root()).records
    write_pack(load_edition(e2), e2, more, "TEST NOTES", key, delta2, base=base)

    public, secret = tmp / "ref.pub", tmp / "ref.key"
    quiet(["minisign", "-G", "-W", "-p", str(public), "-s", str(secret)])
    quiet(["minisign", "-S", "-s", str(secret), "-m", str(full1)])

    counter = iter(range(10_000))

    def reader_at(pack: Path | None) -> AppServices:
        services = open_services(resolve_profile(tmp / f"reader-{next(counter)}"))
        if pack is not None:
            services.editions.import_pack(pack)
        return services

    def import_time(services: AppServices, pack: Path) -> float:
        start = time.perf_counter()
        services.editions.import_pack(pack)
        return time.perf_counter() - start

    times: dict[str, list[float]] = {k: [] for k in ("reference", "full1", "full2", "delta2")}
    for run in range(args.runs + 1):  # the first run warms every path and is not counted
        reference = timed(lambda: quiet(["sha256sum", str(full1)])) + timed(
            lambda: quiet(["minisign", "-V", "-q", "-p", str(public), "-m", str(full1)])
        )
        fresh, at1, at1_again = reader_at(None), reader_at(full1), reader_at(full1)
        full_1 = import_time(fresh, full1)
        full_2 = import_time(at1, full2)
        delta_2 = import_time(at1_again, delta2)
        for services in (fresh, at1, at1_again):
            services.close()
        if run:
            for name, value in (
                ("reference", reference),
                ("full1", full_1),
                ("full2", full_2),
                ("delta2", delta_2),
            ):
                times[name].append(value)
        print(f"run {run}: {'warm-up' if not run else 'counted'}", flush=True)

    report(args, {p.name: p.stat().st_size for p in (full1, full2, delta2)}, times)
    return 0


def report(args: argparse.Namespace, sizes: dict[str, int], times: dict[str, list[float]]) -> None:
    m = {k: statistics.median(v) for k, v in times.items()}
    full, delta = sizes["full-2.coactpack"], sizes["delta.coactpack"]
    print(
        f"\neditions benchmark: python {platform.python_version()}, {args.runs} runs, "
        f"{args.histories} histories then {args.added} more (warm page cache)\n"
    )
    print("| what | measured | reference, same run | ratio | budget | verdict |")
    print("| --- | ---: | ---: | ---: | --- | --- |")
    share = delta / full
    print(
        f"| delta size, +{args.added} histories | {delta / 1e3:,.0f} KB | full pack "
        f"{full / 1e6:.1f} MB | {share:.3f} | <= {DELTA_SHARE:.3f} | "
        f"{'PASS' if share <= DELTA_SHARE else 'OVER'} |"
    )
    ratio = m["full1"] / m["reference"]
    print(
        f"| full import, {args.histories} histories | {m['full1'] * 1000:,.0f} ms | "
        f"sha256sum + minisign -V {m['reference'] * 1000:,.0f} ms | {ratio:.1f}x | "
        f"<= {IMPORT_RATIO:g}x | {'PASS' if ratio <= IMPORT_RATIO else 'OVER'} |"
    )
    print(
        f"| delta import, +{args.added} | {m['delta2'] * 1000:,.0f} ms | full import of the "
        f"same edition {m['full2'] * 1000:,.0f} ms | {m['delta2'] / m['full2']:.2f}x | - | - |"
    )
    print(f"\nfull pack of edition 1: {sizes['full-1.coactpack'] / 1e6:.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
