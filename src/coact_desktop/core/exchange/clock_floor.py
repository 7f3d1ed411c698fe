"""The newest signed time a profile has seen: offline, the one sign that the clock is wrong.

Readers may stay offline for a year, so no signed file expires. But every pack says when it was
signed; once one signed on a day has been seen, a clock showing an earlier day is behind, and the
person is told (a clock set back is how an old, withdrawn edition could look new).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from coact_desktop.core.storage.whole_file import write_whole

FILE = Path("trust") / "clock-floor"  # in the profile's data folder
_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def floor(data_dir: Path) -> str | None:
    """The newest signed time seen (UTC, ISO 8601 with Z), if any."""
    try:
        text = (data_dir / FILE).read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if _MOMENT.fullmatch(text) else None


def raise_to(data_dir: Path, moment: str) -> None:
    """Remember a signed time if it is newer than the floor (never lower it)."""
    current = floor(data_dir)
    if not _MOMENT.fullmatch(moment) or (current is not None and moment <= current):
        return
    try:
        write_whole(data_dir / FILE, (moment + "\n").encode("ascii"))
    except OSError:
        return  # a hint lost, not a refusal: the next pack raises it again


def behind(data_dir: Path, now: datetime | None = None) -> str | None:
    """The floor, when this computer's clock shows an earlier time than it; else None."""
    seen = floor(data_dir)
    if seen is None:
        return None
    clock = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return seen if clock < seen else None
