"""Strict JSON for bundles: one meaning per document, bounded work, every refusal a BundleError.

Python's ``json`` accepts things a hostile bundle could use to mean two things at once (duplicate
keys: the last one silently wins) or to exhaust the reader (deep nesting, huge numbers, NaN).
``loads_strict`` refuses all of them, with caps checked before the work they bound.
"""

from __future__ import annotations

import json
import math
import re

from coact_desktop.core.errors import BundleError

MAX_SAFE_INTEGER = 2**53 - 1  # beyond this another reader (JavaScript, SQLite REAL) rounds it
# 2**53 has 16 digits: a longer digit string is refused before int() spends time on it, and
# before Python's own int max-digits limit turns it into a ValueError.
_MAX_INT_CHARS = 17  # "-" and 16 digits
_MAX_FLOAT_CHARS = 64  # more digits than a double can hold; longer is padding or an attack

_UTF8_BOM = b"\xef\xbb\xbf"
# A JSON string, so that brackets inside strings are not counted as nesting. The closing quote
# is optional so that every match attempt succeeds: an unterminated string then runs to the end
# (the parser stops there anyway) instead of being rescanned from each escaped quote in it, which
# took quadratic time.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_STRUCTURE = re.compile(r"[^\[\]{},]+")
# json turns a valid \ud83d\ude00 pair into one character, so any surrogate left is a lone one.
_SURROGATE = re.compile("[\ud800-\udfff]")


def loads_strict(
    data: bytes,
    *,
    max_bytes: int = 8 * 2**20,
    max_depth: int = 32,
    max_string: int = 2 * 2**20,
    max_items: int = 100_000,
) -> object:
    """Parse one JSON document from UTF-8 bytes, refusing anything ambiguous or oversized."""
    if len(data) > max_bytes:
        raise BundleError(
            "json_too_large",
            f"A JSON file is {len(data):,} bytes; at most {max_bytes:,} are allowed.",
            size=len(data),
            limit=max_bytes,
        )
    if data.startswith(_UTF8_BOM):
        raise BundleError(
            "json_not_utf8",
            "A JSON file starts with a byte-order mark; plain UTF-8 is expected.",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError(
            "json_not_utf8",
            f"A JSON file is not valid UTF-8 text (at byte {exc.start}).",
            position=exc.start,
        ) from exc
    _prescan(text, max_depth, max_items)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object_without_duplicates,
            parse_constant=_refuse_constant,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except json.JSONDecodeError as exc:
        raise BundleError(
            "json_syntax",
            # json says "Invalid control character at"; the position follows in our words.
            f"A JSON file is not valid JSON: {exc.msg.removesuffix(' at')} "
            f"(line {exc.lineno}, column {exc.colno}).",
            line=exc.lineno,
            column=exc.colno,
        ) from exc
    except RecursionError as exc:
        # The depth pre-scan should make this unreachable; kept so a caller's very large
        # max_depth still gives a refusal rather than a crash.
        raise _too_deep(max_depth) from exc
    _check_values(value, max_string, max_items)
    return value


def dumps_canonical(obj: object) -> bytes:
    """Serialise to the canonical bundle form: sorted keys, 2-space indent, UTF-8, final newline."""
    # allow_nan=False: what we write must be readable by loads_strict.
    text = json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _too_deep(max_depth: int) -> BundleError:
    return BundleError(
        "json_too_deep",
        f"A JSON file nests lists or objects more than {max_depth} levels deep.",
        limit=max_depth,
    )


def _too_many_items(max_items: int) -> BundleError:
    return BundleError(
        "json_too_many_items",
        f"A JSON file holds more than {max_items:,} values.",
        limit=max_items,
    )


def _prescan(text: str, max_depth: int, max_items: int) -> None:
    """Refuse deep nesting and too many items before the (recursive, allocating) parser runs."""
    structure = _NOT_STRUCTURE.sub("", _STRING.sub("", text))
    # Each comma separates two values, so a valid document holds more values than commas.
    if structure.count(",") >= max_items:
        raise _too_many_items(max_items)
    depth = 0
    for char in structure:
        if char in "[{":
            depth += 1
            if depth > max_depth:
                raise _too_deep(max_depth)
        elif char != ",":
            # Can go negative on malformed input; the parser refuses that as a syntax error.
            depth -= 1


def _object_without_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                break
            seen.add(key)
        raise BundleError(
            "json_duplicate_key",
            f"A JSON object has the key {_show(key)} more than once.",
            key=key,
        )
    return result


def _refuse_constant(name: str) -> object:
    raise BundleError(
        "json_not_finite",
        f"A JSON file holds the number {name}; only finite numbers are allowed.",
    )


def _number_too_large(digits: str) -> BundleError:
    return BundleError(
        "json_number_too_large",
        f"A JSON file holds a number too long or too large to read exactly ({_show(digits)}).",
    )


def _bounded_int(digits: str) -> int:
    if len(digits) > _MAX_INT_CHARS:
        raise _number_too_large(digits)
    value = int(digits)
    if abs(value) > MAX_SAFE_INTEGER:
        raise _number_too_large(digits)
    return value


def _bounded_float(digits: str) -> float:
    if len(digits) > _MAX_FLOAT_CHARS:
        raise _number_too_large(digits)
    value = float(digits)
    if not math.isfinite(value):  # 1e400 overflows to infinity
        raise _number_too_large(digits)
    return value


def _check_values(root: object, max_string: int, max_items: int) -> None:
    """Walk the parsed value without recursion, capping items and checking every string."""
    stack = [root]
    items = 0
    while stack:
        value = stack.pop()
        items += 1
        if items > max_items:
            raise _too_many_items(max_items)
        if isinstance(value, str):
            _check_string(value, max_string)
        elif isinstance(value, dict):
            for key in value:
                _check_string(key, max_string)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def _check_string(text: str, max_string: int) -> None:
    if len(text) > max_string:
        raise BundleError(
            "json_string_too_long",
            f"A JSON file holds a text of {len(text):,} characters; "
            f"at most {max_string:,} are allowed.",
            length=len(text),
            limit=max_string,
        )
    if _SURROGATE.search(text):
        raise BundleError(
            "json_bad_text",
            "A JSON file holds a text with a broken character "
            "(an unpaired UTF-16 surrogate escape such as \\ud800).",
        )


def _show(text: str, limit: int = 40) -> str:
    """A short, printable rendering of untrusted text for a message."""
    shown = text if len(text) <= limit else text[:limit] + "…"
    return ascii(shown) if not shown.isprintable() else f'"{shown}"'
