"""The translations are complete, current with the sources, and keep every placeholder."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

TOP = Path(__file__).resolve().parents[2]
TS_FILES = sorted((TOP / "translations").glob("*.ts"))
# The interface languages the issue names, besides English's plural forms.
LANGUAGES = {"ru", "uk", "ka", "ky", "kk", "th", "id", "vi", "fr", "es", "pt", "sw", "fa"}


def build_tool() -> ModuleType:
    """tools/build_translations.py, the check the build runs."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", TOP / "tools" / "build_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) for every message."""
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    assert len(messages(ts)) > (5 if ts.stem.endswith("_en") else 500)
    assert build_tool().problems(ts) == []


def test_the_check_names_what_is_unfinished_or_lost(tmp_path: Path) -> None:
    ts = tmp_path / "coact_desktop_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        "<context><name>C</name>"
        "<message><source>Save {path}</source><translation>Сохранить путь</translation></message>"
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        "<message><source>&amp;File</source><translation>Файл</translation></message>"
        "<message><source>&lt;p&gt;Done.&lt;/p&gt;</source><translation>Готово.</translation></message>"
        '<message numerus="yes"><source>%n words</source><translation>'
        "<numerusform>%n слово</numerusform><numerusform>слова</numerusform>"
        "<numerusform></numerusform></translation></message>"
        '<message><source>Old</source><translation type="vanished">Старое</translation></message>'
        "<message><source>Fine {n}</source><translation>Хорошо {n}</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    found = build_tool().problems(ts)
    kinds = [problem.rsplit(": ", 1)[-1] for problem in found]
    assert len(found) == 7, found
    assert "placeholders [] instead of ['{path}']" in kinds
    assert "unfinished" in kinds
    assert "vanished" in kinds
    assert "empty" in kinds
    assert "0 mnemonics (&) instead of 1" in kinds
    assert any("HTML tags changed" in k for k in kinds)
    assert "placeholders [] instead of ['%n']" in kinds
    assert not any("Fine" in problem for problem in found)


def test_the_build_refuses_an_unfinished_translation(tmp_path: Path) -> None:
    ts = tmp_path / "coact_desktop_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        '<context><name>C</name><message><source>Open</source><translation type="unfinished">'
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(TOP / "tools" / "build_translations.py"), "--check", str(ts)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "unfinished" in done.stderr
    assert "translations/README.md" in done.stderr


def test_every_language_of_the_issue_is_there_with_its_glossary() -> None:
    have = {ts.stem.removeprefix("coact_desktop_") for ts in TS_FILES}
    assert have == LANGUAGES | {"en"}, "every language the issue names, complete"
    terms = [
        line.split("|")[1].strip()
        for line in (TOP / "translations" / "GLOSSARY.md").read_text().splitlines()
        if line.startswith("| ") and not line.startswith("| term") and not line.startswith("| ---")
    ]
    assert {"draft", "bundle", "consent", "pseudonym", "fingerprint", "edition"} <= set(terms)
    for code in have - {"en"}:
        glossary = (TOP / "translations" / f"glossary_{code}.md").read_text()
        rows = {
            line.split("|")[1].strip(): line
            for line in glossary.splitlines()
            if line.startswith("| ")
        }
        assert set(terms) <= set(rows), (code, set(terms) - set(rows))
        assert all(row.split("|")[2].strip() for term, row in rows.items() if term in terms), code


def test_plural_forms_follow_each_language() -> None:
    # Qt's own plural rules, as lupdate writes them: Russian three, Thai one, English two.
    forms = {
        "ru": 3,
        "uk": 3,
        "en": 2,
        "fr": 2,
        "es": 2,
        "pt": 2,
        "th": 1,
        "id": 1,
        "vi": 1,
        "fa": 1,
    }
    for ts in TS_FILES:
        code = ts.stem.removeprefix("coact_desktop_")
        plural = [m for _, _, m in messages(ts) if m.get("numerus") == "yes"]
        assert plural, ts.name
        for message in plural:
            count = len(message.findall("translation/numerusform"))
            assert count == forms.get(code, count), (ts.name, message.findtext("source"))


def test_ambiguous_short_messages_carry_a_translator_comment() -> None:
    ts = TOP / "translations" / "coact_desktop_ru.ts"
    comments = {(c, s): m.findtext("extracomment") for c, s, m in messages(ts)}
    for key in [
        ("MainWindow", "Read"),
        ("EventsTable", "When"),
        ("InboxView", "verified"),
        ("ExportWizard", "name"),
        ("WindowMenus", "&Language"),
    ]:
        assert key in comments, key
    assert comments[("MainWindow", "Read")]
    assert comments[("EventsTable", "When")]
    assert comments[("InboxView", "verified")]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_cover_the_current_sources(ts: Path, tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6-Essentials)")
    fresh = tmp_path / ts.name
    package = TOP / "src" / "coact_desktop"
    sources = sorted(
        str(p) for part in ("gui", "cli", "words") for p in (package / part).glob("*.py")
    )
    plural_only = ["-pluralonly"] if ts.stem.endswith("_en") else []
    subprocess.run([tool, "-silent", *plural_only, *sources, "-ts", str(fresh)], check=True)
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    have = {(c, s) for c, s, _ in messages(ts)}
    assert wanted - have == set(), "run tools/update_translations.sh and translate the new strings"
    assert have - wanted == set(), "run tools/update_translations.sh to drop old strings"


def test_a_translator_can_work_in_json_and_back(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("ts_json", TOP / "tools" / "ts_json.py")
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    ts = tmp_path / "coact_desktop_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        "<context><name>C</name>"
        "<message><source>Open {path}</source><extracomment>Button</extracomment>"
        '<translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n words</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform><numerusform></numerusform>"
        "</translation></message>"
        "<message><source>Done</source><translation>Готово</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    todo = tmp_path / "todo.json"
    assert tool.export(ts, todo) == 2
    items = json.loads(todo.read_text("utf-8"))
    assert items[0]["comment"] == "Button"
    assert items[1]["forms"] == 3
    items[0]["translation"] = "Открыть {path}"
    items[1]["translation"] = ["%n слово", "%n слова", "%n слов"]
    todo.write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    assert tool.load(ts, todo) == 2
    assert build_tool().problems(ts) == []
    assert tool.export(ts, todo) == 0  # nothing left unfinished
