"""The translations are complete, current with the sources, and keep every placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parents[2]
TS_FILES = sorted((TOP / "translations").glob("*.ts"))
PLACEHOLDER = re.compile(r"\{\w+\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message."""
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    found = messages(ts)
    assert len(found) > 50
    for context, source, translation in found:
        assert translation is not None
        assert translation.get("type") != "unfinished", (context, source)
        assert translation.text, (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), (context, source)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_cover_the_current_sources(ts: Path, tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6-Essentials)")
    fresh = tmp_path / ts.name
    sources = sorted(str(p) for p in (TOP / "src" / "coact_desktop" / "gui").glob("*.py"))
    subprocess.run([tool, "-silent", *sources, "-ts", str(fresh)], check=True)
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    have = {(c, s) for c, s, _ in messages(ts)}
    assert wanted - have == set(), "run tools/update_translations.sh and translate the new strings"
    assert have - wanted == set(), "run tools/update_translations.sh to drop old strings"
