"""ICU's data, trimmed for the Linux build (packaging/icu_trim.py), still does what Qt asks of it.

The trimmed library is loaded into a real PySide6 process in place of the wheel's (LD_PRELOAD:
the dynamic linker then takes it for libicudata by its name), and sorts, upper-cases and names
time zones exactly as the whole data does. Debian's icupkg lists what is inside.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOP = Path(__file__).resolve().parents[2]

if not shutil.which("icupkg") and os.environ.get("CI"):
    pytest.fail("CI must install icu-devtools (icupkg): the frozen build needs it", pytrace=False)
if not shutil.which("icupkg"):
    pytest.skip("no icupkg (Debian: icu-devtools)", allow_module_level=True)

# Words of the languages the program is for, mixed, so each collation has work to do.
CHECK = """
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["ёж", "еда", "Ёлка", "яблоко", "ґанок", "гора", "іній", "їжак", "ბ", "ა", "გ", "ไก่",
         "ขวด", "เกม", "Zebra", "apple", "Äpfel", "çay", "ıhlamur", "ilk", "өрүк", "үй", "ң"]
for name in ["ru", "uk", "ka", "th", "ky", "id", "tr", "en_US", "zh"]:
    collator = QCollator(QLocale(name))
    print(name, " ".join(sorted(words, key=collator.sortKey)))
print(QLocale("tr").toUpper("istanbul ılık"), QLocale("ru").toUpper("ёжик"))
zone = QTimeZone(b"Asia/Bishkek")
for name in ["ru", "en", "ky"]:
    print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                           QLocale(name)))
"""


def _icu_trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_trim", TOP / "packaging" / "icu_trim.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wheel_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "the PySide6 wheel carries no libicudata"
    return found[-1].resolve()


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's ICU data library, trimmed as the build trims it."""
    out = tmp_path_factory.mktemp("icu")
    return Path(_icu_trim().trim(_wheel_library(), out))


def _items(library: Path, tmp_path: Path) -> list[str]:
    """What Debian's icupkg lists inside the library's data."""
    package = _icu_trim().extract_package(library, tmp_path)
    listed = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True,
                            check=True)  # fmt: skip
    return listed.stdout.split()


def test_the_trimmed_data_keeps_what_qt_uses_in_our_languages(
    trimmed: Path, tmp_path: Path
) -> None:
    items = set(_items(trimmed, tmp_path))
    for language in ("ru", "uk", "ka", "ky", "th", "id", "kk", "uz", "fa"):
        assert {f"coll/{language}.res", f"{language}.res"} <= items, language
    assert "tg.res" in items  # (ICU sorts Tajik by the root order: it has no coll/tg.res)
    assert {"coll/root.res", "coll/ucadata.icu", "zoneinfo64.res", "metaZones.res",
            "supplementalData.res", "likelySubtags.res", "zone/ru.res"} <= items  # fmt: skip
    # What Qt never asks ICU for is gone: break dictionaries, code pages, unit names, CJK sorting.
    assert not {i for i in items if i.startswith(("brkitr/", "unit/", "translit/"))}
    assert not {i for i in items if i.endswith(".cnv")}
    assert "coll/zh.res" not in items
    assert trimmed.stat().st_size < 6_000_000 < _wheel_library().stat().st_size


def test_qt_sorts_cases_and_names_time_zones_the_same_with_the_trimmed_data(
    trimmed: Path,
) -> None:
    def run(preload: Path | None) -> str:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if preload:
            env["LD_PRELOAD"] = str(preload)
        done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                              env=env, check=True, timeout=60)  # fmt: skip
        return done.stdout

    whole, trimmed_output = run(None), run(trimmed)
    assert "ru ґанок гора еда ёж Ёлка" in whole  # the check itself sorts by language
    assert trimmed_output == whole


def test_the_trimmed_library_is_really_the_one_loaded(trimmed: Path) -> None:
    # Code pages are left out: were the wheel's library loaded instead, windows-1251 would work.
    probe = "from PySide6.QtCore import QStringDecoder as D; print(D('windows-1251').isValid())"
    env = {**os.environ, "LD_PRELOAD": str(trimmed)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                          check=True, timeout=60)  # fmt: skip
    assert done.stdout.strip() == "False"


def test_trimming_twice_gives_the_same_bytes(trimmed: Path, tmp_path: Path) -> None:
    again = Path(_icu_trim().trim(_wheel_library(), tmp_path))
    assert again.read_bytes() == trimmed.read_bytes()
