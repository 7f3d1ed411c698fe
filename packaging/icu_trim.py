"""Make a smaller ICU data library for the Linux build: only what Qt asks ICU for.

Qt calls ICU for collation (sorting in file dialogs), case mapping, time zone names and legacy
text encodings; the wheel's libicudata carries 32 MB of everything (break dictionaries, unit
and currency names, transliterators, 190 code pages…), the largest file of the download.
This keeps the data Qt uses, in the languages our users read and write, and writes a library
of the same name and symbol, so nothing else changes. Needs Debian's icu-devtools (icupkg)
and binutils. Usage: icu_trim.py LIBICUDATA OUTDIR
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

# The languages the program is for (DESIGN.md), their neighbours, and the global networks'.
LANGUAGES = {
    *("en", "ru", "uk", "be", "ka", "hy", "az", "ky", "kk", "uz", "tg", "tk", "mn", "ro"),
    *("th", "id", "ms", "vi", "km", "lo", "my", "fa", "tr", "ar", "fr", "es", "pt", "sw"),
}
# Trees Qt never opens (it has its own CLDR data for locales, numbers and dates).
DROPPED_TREES = ("brkitr/", "curr/", "lang/", "region/", "unit/", "translit/", "rbnf/")
# A locale's own file, at the top (ru.res) or in a tree Qt reads: collation, time zone names.
LOCALE_FILE = re.compile(r"([a-z]{2,3})(?:_[A-Za-z0-9_]*)?\.res")
TREE_INFRASTRUCTURE = {"root.res", "res_index.res", "pool.res", "ucadata.icu", "tzdbNames.res"}


def kept(item: str) -> bool:
    """Whether Qt may need this item of the ICU data package."""
    # Code pages: the program reads and writes UTF-8 only (Python decodes anything else).
    if item.startswith(DROPPED_TREES) or item.endswith(".cnv"):
        return False
    name = item.rpartition("/")[2]
    locale = LOCALE_FILE.fullmatch(name)
    # Everything else at the top (supplementalData.res, zoneinfo64.res, likelySubtags.res…) stays.
    return name in TREE_INFRASTRUCTURE or not locale or locale.group(1) in LANGUAGES


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (readelf, from binutils)."""
    symbols = subprocess.run(["readelf", "-Ws", str(library)], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
    match = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)", symbols
    )
    if not match:
        sys.exit(f"{library}: no icudtNN_dat symbol")
    address, size, name = int(match.group(1), 16), int(match.group(2), 0), match.group(3)
    for line in sections.splitlines():
        parts = re.match(r"\s*\[\s*\d+\]\s+\S+\s+\S+\s+(\w+)\s+(\w+)\s+(\w+)", line)
        if parts:
            start, offset, length = (int(parts.group(i), 16) for i in (1, 2, 3))
            if start <= address < start + length:
                return name, offset + address - start, size
    sys.exit(f"{library}: the data symbol is in no section")


def extract_package(library: Path, folder: Path) -> Path:
    """The library's ICU data as a package file icupkg reads (named as ICU names it)."""
    name, offset, size = data_symbol(library)
    package = folder / f"{name.removesuffix('_dat')}l.dat"  # icupkg names the items after it
    with library.open("rb") as source:
        source.seek(offset)
        package.write_bytes(source.read(size))
    return package


def trim(library: Path, out_dir: Path) -> Path:
    """Write the trimmed library into out_dir, under the original's name; its path."""
    name = data_symbol(library)[0]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = extract_package(library, work)
        size = package.stat().st_size
        items = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True,
                               check=True).stdout.split()  # fmt: skip
        dropped = [item for item in items if not kept(item)]
        trimmed = work / "trimmed" / package.name  # the items' prefix comes from the file name
        trimmed.parent.mkdir()
        while True:
            # An item that needs one left out goes too (e.g. a region's collation, its language's).
            (work / "dropped.txt").write_text("\n".join(dropped) + "\n")
            done = subprocess.run(["icupkg", "-r", str(work / "dropped.txt"), str(package),
                                   str(trimmed)], capture_output=True, text=True)  # fmt: skip
            missing = re.search(r"Item (\S+) depends on missing item", done.stderr)
            if done.returncode == 0:
                break
            if not missing or missing.group(1) in dropped:
                sys.exit(f"icupkg failed: {done.stderr}")
            dropped.append(missing.group(1))
        trimmed.replace(package)
        assembly = work / "data.s"
        assembly.write_text(
            f".section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n"
            f'{name}:\n.incbin "{package}"\n.size {name}, .-{name}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / library.name
        # binutils alone: the library is only the data, as ICU's own build makes it.
        subprocess.run(["as", "-o", str(work / "data.o"), str(assembly)], check=True)
        subprocess.run(["ld", "-shared", "-soname", library.name, "--build-id=none",
                        "-o", str(target), str(work / "data.o")], check=True)  # fmt: skip
        print(
            f"ICU data: {len(items) - len(dropped)} of {len(items)} items kept, "
            f"{size / 1e6:.1f} MB -> {package.stat().st_size / 1e6:.1f} MB"
        )
    return target


if __name__ == "__main__":
    trim(Path(sys.argv[1]), Path(sys.argv[2]))
