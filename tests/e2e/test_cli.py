"""The command line as a person (or a script) uses it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coact_desktop.core.library.edition import load_edition

EDITION = load_edition()


def test_library_chapters(run_json: Callable[..., Any], data_dir: Path) -> None:
    chapters = run_json("library", "chapters")
    assert [c["slug"] for c in chapters] == [c.slug for c in EDITION.chapters]
    assert chapters[1] == {
        "slug": "grassroots",
        "title": "Grassroots drug user organising",
        "kind": "model",
        "position": 1,
        "group": "",
        "model": "",
    }
    assert (data_dir / "coact.sqlite3").exists(), "--data-dir holds the profile"


def test_library_organisations(run_json: Callable[..., Any]) -> None:
    organisations = run_json("library", "organisations")
    assert len(organisations) > 25
    junkiebond = next(o for o in organisations if o["slug"] == "junkiebond")
    assert junkiebond["aliases"] == ["Junkiesbond"]
    assert junkiebond["city"] == "Rotterdam"
    assert junkiebond["country"] == "Netherlands"
    assert junkiebond["founded"] == 1981
    assert junkiebond["mention_count"] == 2


def test_library_timeline(run_json: Callable[..., Any]) -> None:
    events = run_json("library", "timeline")
    years = [e["year_from"] for e in events]
    assert years == sorted(years)
    assert events[0]["when"] == "1973"
    assert set(events[0]) >= {"when", "quote", "passage_id", "chapter_slug", "span"}


def test_search_json(run_json: Callable[..., Any]) -> None:
    results = run_json("search", "needle syringe", "--limit", "3")
    assert results["query"] == "needle syringe"
    assert 1 <= len(results["hits"]) <= 3
    assert results["total"] >= len(results["hits"])
    hit = results["hits"][0]
    assert set(hit) == {
        "passage_id",
        "chapter_slug",
        "chapter_title",
        "score",
        "snippet",
        "passage_highlights",
    }
    marked = [hit["snippet"]["text"][a:b].lower() for a, b in hit["snippet"]["highlights"]]
    assert {"needle", "syringe"} <= set(marked)


def test_search_filters_and_text_output(run: Callable[..., Any]) -> None:
    done = run("search", "drug", "--decade", "1980s", "--country", "Australia")
    assert done.returncode == 0, done.stderr
    assert "public-health:1" in done.stdout
    assert "**" in done.stdout
    assert done.stdout.strip().endswith("1 of 1 result")


def test_search_misspelt(run_json: Callable[..., Any]) -> None:
    results = run_json("search", "junkibond")
    assert results["suggestion"] == "junkiebond"
    assert results["fuzzy"] is True
    assert {h["passage_id"] for h in results["hits"]} == {"grassroots:1", "grassroots:2"}


def test_usage_error_exits_2(run: Callable[..., Any]) -> None:
    done = run("search", "x", "--limit", "zero")
    assert done.returncode == 2
    assert "--limit" in done.stderr
    assert run("no-such-command").returncode == 2


def test_unknown_filter_is_one_clear_line(run: Callable[..., Any]) -> None:
    done = run("search", "drug", "--country", "Atlantis")
    assert done.returncode == 2  # a usage error, like an unknown option
    lines = done.stderr.strip().splitlines()
    assert lines[-1].startswith("coact-desktop: Unknown country “Atlantis”. Choose one of:")
    assert "Traceback" not in done.stderr


def test_unusable_data_dir_is_explained(command: str, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = subprocess.run(
        [command, "library", "chapters", "--data-dir", str(blocker / "profile")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Cannot create the folder" in done.stderr
    assert "--data-dir" in done.stderr
    assert "Traceback" not in done.stderr


def test_debug_shows_the_traceback(run: Callable[..., Any]) -> None:
    done = run("search", "drug", "--country", "Atlantis", "--debug")
    assert done.returncode != 0
    assert "Traceback" in done.stderr


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_screenshot_renders_the_main_views(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "shots"
    done = run("screenshot", "--out", str(out))
    assert done.returncode == 0, done.stderr
    names = {p.name for p in out.iterdir()}
    assert {"reader.png", "organisations.png", "timeline.png", "search.png"} <= names
    for png in out.iterdir():
        assert _png_size(png) == (1200, 760)
        assert png.stat().st_size > 20_000, f"{png.name} looks empty"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_real_window_under_xvfb(command: str, data_dir: Path, run: Callable[..., Any]) -> None:
    assert run("library", "chapters").returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "COACT_DESKTOP_EXIT_AFTER_FIRST_PAINT": "1"}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", command, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    assert done.stdout.split()[-1] == "introduction"


def test_a_damaged_database_is_explained_and_left_alone(
    run: Callable[..., Any], data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    database = data_dir / "coact.sqlite3"
    database.write_bytes(b"not a database, just some bytes " * 64)
    done = run("library", "chapters")
    assert done.returncode == 1
    assert "The profile database is damaged" in done.stderr
    assert "move" in done.stderr
    assert "Traceback" not in done.stderr
    assert database.read_bytes() == b"not a database, just some bytes " * 64


def test_a_database_from_a_newer_version_is_refused(
    run: Callable[..., Any], data_dir: Path
) -> None:
    assert run("library", "chapters").returncode == 0
    with sqlite3.connect(data_dir / "coact.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.close()
    done = run("library", "chapters")
    assert done.returncode == 1
    assert "newer version of Coact Desktop" in done.stderr
    assert "Traceback" not in done.stderr


def test_options_may_come_before_or_after_the_command() -> None:
    from coact_desktop.cli import build_parser

    parser = build_parser()
    before = parser.parse_args(["--lang", "ru", "--data-dir", "d", "screenshot", "--out", "o"])
    after = parser.parse_args(["screenshot", "--out", "o", "--lang", "ru", "--data-dir", "d"])
    for args in (before, after):
        assert (args.lang, args.data_dir, args.out) == ("ru", "d", "o")


def test_screenshots_leave_the_reading_place_alone(
    run: Callable[..., Any], data_dir: Path, tmp_path: Path
) -> None:
    data_dir.mkdir(parents=True)
    settings = data_dir / "settings.ini"
    settings.write_text("[reader]\nchapter=conclusion\nscroll=0.25\n")
    assert run("screenshot", "--out", str(tmp_path / "shots")).returncode == 0
    assert settings.read_text() == "[reader]\nchapter=conclusion\nscroll=0.25\n"


EXAMPLE_DRAFT = Path(__file__).resolve().parents[2] / "docs" / "examples" / "draft.json"


def test_drafts_round_trip_revisions_and_restore(run: Callable[..., Any], tmp_path: Path) -> None:
    created = run("drafts", "create", "--from-json", str(EXAMPLE_DRAFT))
    assert created.returncode == 0, created.stderr
    draft_id = created.stdout.strip()
    exported = run("drafts", "export-json", draft_id)
    assert json.loads(exported.stdout) == json.loads(EXAMPLE_DRAFT.read_text("utf-8"))
    listed = run("drafts", "list", "--json")
    assert [d["id"] for d in json.loads(listed.stdout)] == [draft_id]
    restored = run("drafts", "restore", draft_id, "1")
    assert restored.returncode == 0
    revisions = json.loads(run("drafts", "revisions", draft_id, "--json").stdout)
    assert [(r["number"], r["reason"]) for r in revisions] == [(2, "restore"), (1, "import")]
    shown = run("drafts", "show", draft_id)
    assert "Riverside Users Network" in shown.stdout


def test_bad_draft_json_is_refused_with_where(run: Callable[..., Any], tmp_path: Path) -> None:
    data = json.loads(EXAMPLE_DRAFT.read_text("utf-8"))
    data["people"][0]["consent"] = "sure"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    done = run("drafts", "create", "--from-json", str(bad))
    assert done.returncode == 1
    assert "draft.people[0].consent must be one of" in done.stderr
    duplicated = tmp_path / "twice.json"
    duplicated.write_text('{"format": "coact-draft/1", "format": "coact-draft/1"}')
    done = run("drafts", "create", "--from-json", str(duplicated))
    assert done.returncode == 1
    assert "appears twice" in done.stderr
    assert json.loads(run("drafts", "list", "--json").stdout) == []


def test_a_damaged_database_is_restored_from_a_backup(
    run: Callable[..., Any], data_dir: Path
) -> None:
    created = run("drafts", "create", "--from-json", str(EXAMPLE_DRAFT))
    assert created.returncode == 0
    backups = json.loads(run("backups", "list", "--json").stdout)
    assert len(backups) == 1  # taken when the profile was opened
    database = data_dir / "coact.sqlite3"
    with database.open("r+b") as file:  # damage a page in the middle
        file.seek(4096 * 3)
        file.write(b"\xff" * 4096)
    damaged = run("library", "chapters")
    assert damaged.returncode == 1
    assert "damaged" in damaged.stderr
    assert backups[0]["name"] in damaged.stderr
    restored = run("backups", "restore", backups[0]["name"])
    assert restored.returncode == 0, restored.stderr
    assert "kept as" in restored.stdout
    # The profile opens again, as it was when the backup was taken (before the draft was made).
    assert run("library", "chapters").returncode == 0
    assert json.loads(run("drafts", "list", "--json").stdout) == []


def test_a_failed_create_leaves_no_cleaned_files_behind(
    run: Callable[..., Any], data_dir: Path, tmp_path: Path
) -> None:
    from PIL import Image

    Image.new("RGB", (8, 8), "red").save(tmp_path / "photo.jpg")
    data = json.loads(EXAMPLE_DRAFT.read_text("utf-8"))
    data["attachments"] = [{"path": "photo.jpg", "caption": "a photo"}]
    first = tmp_path / "first.json"
    first.write_text(json.dumps(data))
    assert run("drafts", "create", "--from-json", str(first)).returncode == 0
    stored = sorted((data_dir / "attachments").iterdir())
    Image.new("RGB", (8, 8), "blue").save(tmp_path / "photo.jpg")  # another picture, same id
    again = run("drafts", "create", "--from-json", str(first))
    assert again.returncode == 1
    assert "already exists" in again.stderr
    assert sorted((data_dir / "attachments").iterdir()) == stored


def test_the_window_path_parses_without_building_every_command() -> None:
    from coact_desktop.cli import _window_only

    args = _window_only(["--data-dir", "x", "--lang", "ru"])
    assert args is not None
    assert (args.command, args.data_dir, args.lang, args.debug) == (None, "x", "ru", False)
    args = _window_only(["--debug", "--data-dir=a b", "--lang=ka"])
    assert args is not None
    assert (args.data_dir, args.lang, args.debug) == ("a b", "ka", True)
    args = _window_only([])
    assert args is not None
    assert (args.data_dir, args.lang, args.debug) == (None, None, False)
    for other in (["search", "x"], ["--version"], ["--help"], ["--lang"], ["--data-dir", "--debug"],
                  ["--data", "x"], ["--debug", "library", "chapters"], ["-h"]):  # fmt: skip
        assert _window_only(other) is None, other  # the full parser's to answer


def test_the_command_line_speaks_the_language_asked_for(run: Callable[..., Any]) -> None:
    english = run("search", "organising")
    russian = run("--lang", "ru", "search", "organising")
    assert english.returncode == russian.returncode == 0, russian.stderr
    assert english.stdout.strip().splitlines()[-1].endswith("results")
    last = russian.stdout.strip().splitlines()[-1]
    assert " из " in last
    assert last.endswith(("результата", "результатов")), last
    # What is found is the same: only the words around it change.
    assert english.stdout.splitlines()[:-1] == russian.stdout.splitlines()[:-1]


def test_the_command_line_follows_the_environment_language(run: Callable[..., Any]) -> None:
    done = run("search", "organising", env={"LANG": "ru_RU.UTF-8"})
    assert done.returncode == 0, done.stderr
    assert " из " in done.stdout.strip().splitlines()[-1]
    # LANGUAGE, as on a desktop set to Russian, wins over LANG; an unknown language is English.
    done = run("search", "organising", env={"LANG": "en_US.UTF-8", "LANGUAGE": "ru"})
    assert " из " in done.stdout.strip().splitlines()[-1]
    done = run("search", "organising", env={"LANG": "de_DE.UTF-8"})
    assert done.stdout.strip().endswith("results")


def test_errors_are_worded_in_the_language_and_json_stays_as_it_is(run: Callable[..., Any]) -> None:
    done = run("--lang", "ru", "search", "drug", "--country", "Atlantis")
    assert done.returncode == 2
    said = done.stderr.strip().splitlines()[-1]  # after "Подготовка поиска…" on a first search
    assert said.startswith("coact-desktop: Неизвестное значение (страна): «Atlantis»."), said
    # Scripts read JSON: codes and data, never translated.
    english = run("search", "needle", "--json", "--limit", "2")
    russian = run("--lang", "ru", "search", "needle", "--json", "--limit", "2")
    assert json.loads(english.stdout) == json.loads(russian.stdout)


def test_one_result_is_said_in_the_singular(run: Callable[..., Any]) -> None:
    done = run("search", "Junkiebond", "--limit", "1")
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert last in ("1 of 1 result", "1 of 2 results"), last


def test_coacts_own_commands_speak_the_language_too(run: Callable[..., Any]) -> None:
    listed = run("--lang", "ru", "editions", "list")
    assert listed.returncode == 0, listed.stderr
    line = listed.stdout.strip().splitlines()[0]
    assert "edition" not in line.replace("coact-history", ""), line  # the word, not the id
    assert "A history of drug user organising" in line  # Coact's title stays as written
