"""What an index folder records beside the index: what it was built from, and its languages."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import astuple
from pathlib import Path

from coact_desktop.core.library.search.languages import KEYS
from coact_desktop.core.library.service import IndexDocument

MARKER = "coact-index.json"


def digest(document: IndexDocument) -> str:
    """Changes when anything the index holds of the passage changes."""
    return hashlib.sha256(repr(astuple(document)).encode("utf-8")).hexdigest()[:32]


def write_marker(folder: Path, fingerprint: str, keys: set[str]) -> None:
    """What the index was built from, and which languages' analyses it holds."""
    marker = {"fingerprint": fingerprint, "languages": sorted(keys | {"en"})}
    partial = folder / f"{MARKER}.partial"
    partial.write_text(json.dumps(marker), "utf-8")
    os.replace(partial, folder / MARKER)  # whole or not at all, for a search reading it


def read_keys(folder: Path) -> tuple[str, ...]:
    """The languages' analyses a query is read with: English first, the rest in order."""
    marker = json.loads((folder / MARKER).read_text("utf-8"))
    keys = [k for k in marker.get("languages", ["en"]) if k in KEYS]
    return ("en", *sorted(set(keys) - {"en"}))
