"""The shape of an ``edition.json`` before anything reads it: types, sizes and line ranges.

The bundled edition is ours; one inside a pack comes from a file that travelled. Every field the
loader and the library read is checked here first, so a wrong type is a refusal in words, not a
crash on the database writer, and no line range can make the loader build a list of a billion.
"""

from __future__ import annotations

import re
from typing import Any

from coact_desktop.core.errors import EditionError

MAX_ITEMS = 20_000  # chapters, places, organisations, events: each
MAX_TEXT = 2_000
MAX_LIST = 200
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
TOP = {
    "format": str,
    "id": str,
    "version": int,
    "title": str,
    "date": str,
    "publisher": str,
    "authors": list,
    "credit": str,
    "language": str,
    "source": dict,
    "chapters": list,
    "places": list,
    "organisations": list,
    "events": list,
}


def check_shape(meta: object, line_count: int) -> None:
    """Refuse an edition.json whose fields are not what the loader expects."""
    if not isinstance(meta, dict):
        raise EditionError("The edition description is not a JSON object.")
    for name, kind in TOP.items():
        _typed(meta.get(name), kind, name)
    if not SLUG.fullmatch(meta["id"]) or not 1 <= meta["version"] <= 10**6:
        raise EditionError("The edition's id or version is not valid.")
    _strings(meta["authors"], "authors")
    for position, chapter in enumerate(_items(meta["chapters"], "chapters")):
        where = f"chapter {position + 1}"
        for name in ("slug", "title", "kind"):
            _text(chapter.get(name), f"{where}: {name}")
        heading = chapter.get("heading_line")
        if heading is not None:
            _line(heading, line_count, f"{where}: heading_line")
        first = _line(chapter.get("first_line"), line_count, f"{where}: first_line")
        last = _line(chapter.get("last_line"), line_count, f"{where}: last_line")
        if last < first:
            raise EditionError(f"The edition's {where} ends before it starts.")
    for position, place in enumerate(_items(meta["places"], "places")):
        where = f"place {position + 1}"
        _text(place.get("name"), f"{where}: name")
        _text(place.get("kind"), f"{where}: kind")
        _strings(place.get("forms"), f"{where}: forms")
        _optional_text(place.get("country"), f"{where}: country")
    for position, org in enumerate(_items(meta["organisations"], "organisations")):
        where = f"organisation {position + 1}"
        _text(org.get("slug"), f"{where}: slug")
        _text(org.get("name"), f"{where}: name")
        for name in ("aliases", "mention_forms", "models", "evidence"):
            if name in org:
                _strings(org[name], f"{where}: {name}")
        for name in ("country", "region", "city", "founded_text", "closed_text"):
            _optional_text(org.get(name), f"{where}: {name}")
        for name in ("founded", "closed"):
            if org.get(name) is not None:
                _year(org[name], f"{where}: {name}")
    for position, event in enumerate(_items(meta["events"], "events")):
        where = f"event {position + 1}"
        _year(event.get("year_from"), f"{where}: year_from")
        _year(event.get("year_to"), f"{where}: year_to")
        _text(event.get("when"), f"{where}: when")
        _text(event.get("quote"), f"{where}: quote", MAX_TEXT * 5)
        if "organisations" in event:
            _strings(event["organisations"], f"{where}: organisations")


def _typed(value: object, kind: type, where: str) -> None:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise EditionError(f"The edition's {where} is missing or not a {kind.__name__}.")


def _items(value: list[Any], where: str) -> list[dict[str, Any]]:
    if len(value) > MAX_ITEMS or not all(isinstance(v, dict) for v in value):
        raise EditionError(f"The edition's {where} are not a list of objects (or too many).")
    return value


def _text(value: object, where: str, cap: int = MAX_TEXT) -> None:
    if not isinstance(value, str) or len(value) > cap:
        raise EditionError(f"The edition's {where} is not a text of at most {cap} characters.")


def _optional_text(value: object, where: str) -> None:
    if value is not None:
        _text(value, where)


def _strings(value: object, where: str) -> None:
    if not isinstance(value, list) or len(value) > MAX_LIST:
        raise EditionError(f"The edition's {where} is not a list of at most {MAX_LIST}.")
    for item in value:
        _text(item, where)


def _line(value: object, line_count: int, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= line_count:
        raise EditionError(f"The edition's {where} is not a line of the text.")
    return value


def _year(value: object, where: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1000 <= value <= 9999:
        raise EditionError(f"The edition's {where} is not a year.")
