"""What Coact's editors are putting into the next edition, kept in the profile as they choose it.

The plan is the editors' work: which histories, in which order, under which model, the chapters
from Markdown (their text kept here, so a moved file loses nothing) and the notes. It is saved
whole on every change, so a closed window or a killed program loses none of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coact_desktop.core.library.edition_compose import ChapterSource
from coact_desktop.core.storage.whole_file import write_whole

FORMAT = "coact-edition-plan/1"


@dataclass(frozen=True)
class PlannedHistory:
    """An accepted history in the edition, and the model of organising it goes under."""

    group_id: str
    model: str | None = None


@dataclass(frozen=True)
class EditionPlan:
    """The next edition as the editors have it so far."""

    histories: tuple[PlannedHistory, ...] = ()
    chapters: tuple[ChapterSource, ...] = ()
    notes: str = ""
    started: bool = field(default=False)  # False: never saved, the histories not yet chosen

    def to_json(self) -> dict[str, Any]:
        """The plan as saved."""
        return {
            "format": FORMAT,
            "histories": [{"group": h.group_id, "model": h.model} for h in self.histories],
            "chapters": [
                {"name": c.name, "markdown": c.markdown, "replaces": c.replaces, "after": c.after}
                for c in self.chapters
            ],
            "notes": self.notes,
        }


def plan_from_json(raw: Any) -> EditionPlan:
    """A saved plan; an unreadable one is an empty plan (it is only ever written by us)."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        return EditionPlan()
    try:
        return EditionPlan(
            histories=tuple(
                PlannedHistory(str(h["group"]), h["model"] and str(h["model"]))
                for h in raw["histories"]
            ),
            chapters=tuple(
                ChapterSource(str(c["markdown"]), str(c["name"]), c["replaces"], c["after"])
                for c in raw["chapters"]
            ),
            notes=str(raw["notes"]),
            started=True,
        )
    except (KeyError, TypeError):
        return EditionPlan()


def load_plan(path: Path) -> EditionPlan:
    """The plan saved at ``path``, or an empty one."""
    try:
        return plan_from_json(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError):
        return EditionPlan()


def save_plan(path: Path, plan: EditionPlan) -> None:
    """Save the plan whole: the old one stays until the new one is on disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(plan.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    write_whole(path, data)
