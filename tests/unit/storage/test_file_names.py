"""File names from typed text are safe on Windows too, checked with Windows' own path rules."""

from __future__ import annotations

from pathlib import PureWindowsPath

import pytest

from coact_desktop.core.storage.file_names import safe_stem

FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


@pytest.mark.parametrize(
    "typed",
    [
        "CON", "con", "Nul", "aux", "PRN", "COM1", "lpt9", "com¹", "CONIN$", "con.txt",
        "con ", "nul.", " . ", "..", "a:b", "C:\\Windows\\x", "\\\\server\\share", "what?*",
        "x" * 400, "Союз Людей", "ქართული", "กลุ่ม", "tab\there", "new\nline", "",
    ],
)  # fmt: skip
def test_a_stem_is_a_file_name_windows_accepts(typed: str) -> None:
    stem = safe_stem(typed, "group")
    for name in (stem, f"{stem}.pdf", f"{stem}-1.coact"):
        path = PureWindowsPath(name)
        assert path.name == name  # one name, no drive, no folder
        assert not path.is_reserved(), name
        assert not set(name) & FORBIDDEN, name
        assert not name.endswith((".", " ")), name
    assert 0 < len(stem) <= 60 + len("-group")


def test_letters_of_every_script_are_kept() -> None:
    assert safe_stem("Riverside Users' Network", "group") == "riverside-users-network"
    assert safe_stem("Союз Людей", "group") == "союз-людей"
    # Thai vowels and tone marks, Devanagari signs stay on their letters.
    assert safe_stem("กลุ่มผู้ใช้ยา", "group") == "กลุ่มผู้ใช้ยา"
    assert safe_stem("नशा मुक्ति समूह", "group") == "नशा-मुक्ति-समूह"
    assert safe_stem("กลุ่ม", "group", limit=4) == "กลุ่"  # a letter with both its marks
    assert safe_stem("กลุ่ม", "group", limit=3) == "ก"  # not "กลุ": ล keeps both marks or goes
    assert safe_stem("CON", "group") == "con-group"
    assert safe_stem("???", "file") == "file"
