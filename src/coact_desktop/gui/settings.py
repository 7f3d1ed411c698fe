"""Reading the profile's settings file, where any value may be missing or damaged."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QSettings

_T = TypeVar("_T", str, int, float)


def stored(settings: QSettings, key: str, default: _T) -> _T:
    """A stored setting of the default's type, or the default if missing or damaged."""
    try:
        value = settings.value(key, default, type(default))
    except (TypeError, ValueError):
        return default
    return value if isinstance(value, type(default)) else default
