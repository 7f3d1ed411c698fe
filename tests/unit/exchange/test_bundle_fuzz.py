"""Fuzzing the bundle reader: whatever the bytes, the only error is one of our own refusals.

Any exception other than a KnownError (BundleError and its kin) escaping ``open_bundle`` or
``history_from_json`` is a bug: it would reach a person as a crash instead of a reason.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import coact_tests_bundle_factory as bf  # registered by tests/conftest.py
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coact_desktop.core.errors import BundleError, KnownError
from coact_desktop.core.exchange.bundle_read import ZIP_MAGIC, open_bundle
from coact_desktop.core.exchange.formats import age
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.formats.strict_json import loads_strict
from coact_desktop.core.exchange.history import history_from_json

KEY = SecretKey.generate()
AGE_KEY = bf.AgeKey.generate()
IDENTITIES = [AGE_KEY.identity]
GROUP = str(uuid.uuid4())

# The files every mutation starts from: a plain bundle as written, the same bag deflated (so the
# inflater meets damaged streams), and the plain one encrypted.
PLAIN = bf.build(bf.Recipe(KEY, group_id=GROUP))
DEFLATED = bf.build(
    bf.Recipe(KEY, group_id=GROUP, zipper=lambda files: bf.good_zip(files, compress=True))
)
SEALED = bf.encrypt(PLAIN.zipped, [AGE_KEY.recipient])
SEEDS = {"plain": PLAIN.data, "deflated": DEFLATED.data, "sealed": SEALED}

FUZZ = settings(
    max_examples=150,
    deadline=None,
    # The scratch folder is module-scoped and each example overwrites its one file.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _open(path: Path, data: bytes) -> None:
    """Open data as a bundle file: it must verify, or be refused with a KnownError."""
    path.write_bytes(data)
    try:
        with open_bundle(path, IDENTITIES) as bundle:
            assert bundle.bundle_id
    except KnownError as refusal:
        error: KnownError = refusal
    else:
        event("opened")
        return
    event(str(getattr(error, "reason", error.code)))  # see --hypothesis-show-statistics
    assert error.message.strip()
    assert "Traceback" not in error.message


def test_the_seeds_open(scratch: Path) -> None:
    for name, data in SEEDS.items():
        path = scratch / f"{name}.coact"
        path.write_bytes(data)
        with open_bundle(path, IDENTITIES) as bundle:
            assert bundle.info.group_id == GROUP


# --- (a) arbitrary bytes -------------------------------------------------------------------------


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=4096),
        # Past the first gate: bytes that start like a ZIP, or like an age file.
        st.binary(max_size=4096).map(lambda tail: ZIP_MAGIC + tail),
        st.binary(max_size=4096).map(lambda tail: age.MAGIC + tail),
        st.binary(max_size=512).map(lambda tail: SEALED[:200] + tail),
    )
)
def test_arbitrary_bytes_are_only_ever_refused(scratch: Path, data: bytes) -> None:
    _open(scratch / "arbitrary.coact", data)


# --- (b) a valid bundle, mutated -----------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A seed bundle with bytes replaced at chosen places, and maybe cut, cut into or grown."""
    name = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[name])
    # Mostly past the magic bytes, so that the mutation meets the ZIP or age reader, not the gate.
    start = draw(
        st.sampled_from([len(age.MAGIC) if name == "sealed" else len(ZIP_MAGIC)] * 9 + [0])
    )
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(start, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    edit = draw(st.sampled_from(["none", "truncate", "delete", "insert"]))
    if edit != "none":
        position = draw(st.integers(start, len(data)))
        if edit == "truncate":
            del data[position:]
        elif edit == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        else:
            data[position:position] = draw(st.binary(min_size=1, max_size=64))
    return bytes(data)


@FUZZ
@given(mutated())
def test_a_mutated_bundle_is_only_ever_refused(scratch: Path, data: bytes) -> None:
    _open(scratch / "mutated.coact", data)


@FUZZ
@given(
    st.sampled_from(sorted(PLAIN.files)),
    st.lists(st.tuples(st.integers(0, 2**20), st.integers(0, 255)), min_size=1, max_size=4),
    st.booleans(),
)
def test_a_bag_changed_inside_a_sound_zip_is_only_ever_refused(
    scratch: Path, name: str, changes: list[tuple[int, int]], signed: bool
) -> None:
    # The ZIP is rebuilt around the changed file, so its CRCs agree and the bag checks are what
    # meet the change; "signed" re-signs the bag too (a hostile sender holds their own key), so
    # even the strict JSON and history checks meet changed bytes.
    def change(content: bytes) -> bytes:
        data = bytearray(content)
        for position, value in changes:
            if data:
                data[position % len(data)] = value
        return bytes(data)

    payload = name.removeprefix(bf.ROOT)
    if signed and payload.startswith("data/"):
        built = bf.build(
            bf.Recipe(KEY, group_id=GROUP, payload=lambda p: {**p, payload: change(p[payload])})
        )
    else:
        built = bf.build(
            bf.Recipe(KEY, group_id=GROUP, files=lambda f: {**f, name: change(f[name])})
        )
    _open(scratch / "changed.coact", built.data)


# --- (c) a valid history, with fields replaced ----------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=12,
)
HISTORY_JSON = bf.sample_history(GROUP)[0].to_json()


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON value: the keys of objects and the indices of lists."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*prefix, index)
            yield from _paths(value, (*prefix, index))


PATHS = sorted(_paths(HISTORY_JSON), key=repr)


@st.composite
def edited_history(draw: st.DrawFn) -> Any:
    """The sample history's JSON with one to three places replaced, removed or added to."""
    data = json.loads(json.dumps(HISTORY_JSON))  # a fresh deep copy
    if draw(st.integers(0, 20)) == 0:
        return draw(JSON_VALUES)  # now and then, not even an object
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        parent = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]]  # still there after an earlier edit?
        except (KeyError, IndexError, TypeError):
            continue
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(JSON_VALUES)
        elif action == "remove":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(JSON_VALUES)
        else:
            parent.append(draw(JSON_VALUES))
    return data


@FUZZ
@given(edited_history())
def test_a_history_with_fields_replaced_is_read_or_refused(data: Any) -> None:
    try:
        history = history_from_json(data)
    except BundleError as refusal:
        error = refusal
    else:
        event("read")
        # Whatever is accepted means what it says: written out and read back, it is the same.
        assert history_from_json(history.to_json()) == history
        assert history_from_json(loads_strict(bf.canonical_json(history.to_json()))) == history
        return
    event(error.reason)
    assert error.reason == "bad_history"
    assert error.message.startswith("The history in the bundle is not valid: history")
