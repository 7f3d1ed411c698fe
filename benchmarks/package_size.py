"""The frozen Linux build's size: the archive, unpacked, and its ten largest files.

Budget (the packaging issue): the ``.tar.xz`` at most 45 MB, aiming at 35 MB (a trimmed PySide6
hello-world measures about 33 MiB). Build first, then run from the repository root:

    packaging/build-linux
    .venv/bin/python benchmarks/package_size.py [dist/coact-desktop-<version>-linux-x86_64.tar.xz]
"""

from __future__ import annotations

import sys
import tarfile
from pathlib import Path

BUDGET_MB = 45.0
AIM_MB = 35.0
MB = 1_000_000


def main(argv: list[str]) -> int:
    """Print the table; exit 1 if the archive is over budget."""
    if argv:
        archive = Path(argv[0])
    else:
        found = sorted(Path("dist").glob("coact-desktop-*-linux-x86_64.tar.xz"))
        if not found:
            print("No archive in dist/: run packaging/build-linux first.", file=sys.stderr)
            return 2
        archive = found[-1]
    size = archive.stat().st_size
    with tarfile.open(archive) as tar:
        files = [m for m in tar.getmembers() if m.isfile()]
    unpacked = sum(m.size for m in files)
    verdict = "PASS" if size / MB <= BUDGET_MB else "FAIL"
    aim = "within the aim" if size / MB <= AIM_MB else f"over the aim of {AIM_MB:.0f} MB"
    print(f"{archive.name}")
    print()
    print("| measure | size | budget | verdict |")
    print("| --- | --- | --- | --- |")
    print(f"| archive (.tar.xz) | {size / MB:.1f} MB | ≤ {BUDGET_MB:.0f} MB | {verdict} ({aim}) |")
    print(f"| unpacked | {unpacked / MB:.1f} MB, {len(files)} files | | |")
    print()
    print("| ten largest files | size |")
    print("| --- | --- |")
    for member in sorted(files, key=lambda m: m.size, reverse=True)[:10]:
        name = member.name.split("/", 1)[1]
        print(f"| {name} | {member.size / MB:.1f} MB |")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
