"""Strict JSON: every refusal has its reason, and nothing but a BundleError ever escapes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coact_desktop.core.errors import BundleError
from coact_desktop.core.exchange.formats.strict_json import (
    MAX_SAFE_INTEGER,
    dumps_canonical,
    loads_strict,
)


def _reason(data: bytes, **limits: int) -> str:
    with pytest.raises(BundleError) as caught:
        loads_strict(data, **limits)
    assert caught.value.message  # every refusal says what is wrong in words
    return caught.value.reason


def test_ordinary_json_is_read() -> None:
    data = '{"name": "Коалиция", "n": [1, -2, 2.5, true, false, null], "e": {}}'.encode()
    assert loads_strict(data) == {
        "name": "Коалиция",
        "n": [1, -2, 2.5, True, False, None],
        "e": {},
    }


def test_a_file_over_the_size_cap_is_refused_before_parsing() -> None:
    assert _reason(b"[1, 2, 3]", max_bytes=8) == "json_too_large"
    assert loads_strict(b"[1, 2, 3]", max_bytes=9) == [1, 2, 3]


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf{}",  # a UTF-8 byte-order mark
        b"\xff\xfe{\x00}\x00",  # UTF-16
        b'"\xff"',
        b'"\xc3"',  # cut short in the middle of a character
        b'"\xed\xa0\x80"',  # a surrogate encoded as UTF-8
        b'"\xc0\xaf"',  # an overlong encoding of "/"
    ],
)
def test_bytes_that_are_not_plain_utf8_are_refused(data: bytes) -> None:
    assert _reason(data) == "json_not_utf8"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b"[1,]",
        b"{'a': 1}",
        b'{"a" 1}',
        b"{} {}",
        b"[1] x",
        b'"a\x01b"',
        b'"\t"',
        b"01",
    ],
)
def test_malformed_json_is_refused(data: bytes) -> None:
    assert _reason(data) == "json_syntax"


@pytest.mark.parametrize(
    "data", [b'{"a": 1, "a": 1}', b'{"a": 1, "b": {"c": 1, "c": 2}}', b'[{"x": [], "x": {}}]']
)
def test_duplicate_keys_are_refused(data: bytes) -> None:
    assert _reason(data) == "json_duplicate_key"


@pytest.mark.parametrize("data", [b"NaN", b"[Infinity]", b'{"a": -Infinity}'])
def test_nan_and_infinity_are_refused(data: bytes) -> None:
    assert _reason(data) == "json_not_finite"


@pytest.mark.parametrize(
    "data",
    [
        str(MAX_SAFE_INTEGER + 1).encode(),
        str(-MAX_SAFE_INTEGER - 1).encode(),
        b"100000000000000000000",
        b"1" * 5000,  # past Python's own int digit limit: must still be a BundleError
        b"1e400",
        b"-1e400",
        b"0." + b"1" * 100,
    ],
)
def test_numbers_too_large_to_read_exactly_are_refused(data: bytes) -> None:
    assert _reason(data) == "json_number_too_large"


def test_numbers_within_range_are_read() -> None:
    text = f"[{MAX_SAFE_INTEGER}, {-MAX_SAFE_INTEGER}, 1e300, -0.5, 0]".encode()
    assert loads_strict(text) == [MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER, 1e300, -0.5, 0]


def test_depth_up_to_the_cap_is_read_and_beyond_it_refused() -> None:
    assert loads_strict(b"[" * 32 + b"]" * 32) is not None
    assert _reason(b"[" * 33 + b"]" * 33) == "json_too_deep"
    assert _reason(b'{"a":' * 33 + b"1" + b"}" * 33) == "json_too_deep"
    assert loads_strict(b"[[1]]", max_depth=2) == [[1]]
    assert _reason(b"[[[1]]]", max_depth=2) == "json_too_deep"


@pytest.mark.parametrize("opener", [b"[", b"{", b'{"a":['])
def test_very_deep_nesting_is_refused_not_a_recursion_error(opener: bytes) -> None:
    assert _reason(opener * 100_000) == "json_too_deep"


def test_brackets_inside_strings_are_not_nesting() -> None:
    text = '["' + "[{" * 100 + '\\"[["]'
    assert loads_strict(text.encode()) == ["[{" * 100 + '"[[']


@pytest.mark.parametrize(
    "data",
    [
        b'"' + b'\\"' * 1_000_000,  # unterminated, full of escaped quotes
        b'["' + b"[" * 1_000_000,
        b"[" * 32 + b'"' + b'\\"[' * 500_000,
    ],
)
def test_pathological_strings_are_refused_quickly(data: bytes) -> None:
    # Each of these took minutes when the nesting pre-scan was quadratic.
    assert _reason(data) in {"json_syntax", "json_too_deep"}


@pytest.mark.parametrize("data", [b'["abcdef"]', b'{"abcdef": 1}'])
def test_over_long_strings_and_keys_are_refused(data: bytes) -> None:
    assert _reason(data, max_string=5) == "json_string_too_long"
    assert loads_strict(data, max_string=6)


def test_too_many_items_are_refused() -> None:
    assert loads_strict(b"[1, 2]", max_items=3) == [1, 2]  # the list and its two items
    assert _reason(b"[1, 2, 3]", max_items=3) == "json_too_many_items"
    assert _reason(b'{"a": [1], "b": 2}', max_items=3) == "json_too_many_items"


@pytest.mark.parametrize(
    "data", [b'"\\ud800"', b'["a\\udfffb"]', b'{"\\udc00": 1}', b'"\\ude00\\ud83d"']
)
def test_lone_surrogates_are_refused(data: bytes) -> None:
    assert _reason(data) == "json_bad_text"


def test_a_surrogate_pair_is_one_character() -> None:
    assert loads_strict(b'"\\ud83d\\ude00"') == "\U0001f600"


def test_canonical_form_is_sorted_indented_utf8_with_a_final_newline() -> None:
    data = dumps_canonical({"b": [1, {"d": None, "c": "é"}], "a": 1.5})
    assert (
        data
        == (
            '{\n  "a": 1.5,\n  "b": [\n    1,\n    {\n      "c": "é",\n      "d": null\n'
            "    }\n  ]\n}\n"
        ).encode()
    )
    assert loads_strict(data) == {"b": [1, {"d": None, "c": "é"}], "a": 1.5}


def test_canonical_form_refuses_nan() -> None:
    with pytest.raises(ValueError, match="Out of range float"):
        dumps_canonical([float("nan")])


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(_JSON_VALUES)
def test_canonical_output_reads_back_the_same(value: object) -> None:
    data = dumps_canonical(value)
    assert loads_strict(data) == value
    assert dumps_canonical(loads_strict(data)) == data


def _check_only_bundle_errors(data: bytes) -> None:
    refused: BundleError | None = None
    try:
        value = loads_strict(data, max_depth=8, max_items=50, max_string=30)
    except BundleError as exc:
        refused = exc
    if refused is not None:
        assert refused.reason.startswith("json_")
    else:
        # What is accepted is what Python's json reads too: strictness only ever refuses.
        assert value == json.loads(data)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_read_or_refused_with_a_bundle_error(data: bytes) -> None:
    _check_only_bundle_errors(data)


# Text made mostly of JSON's own characters, so that many examples get deep into the parser.
_JSONISH = st.lists(
    st.sampled_from(
        [
            *("[", "]", "{", "}", ",", ":", '"', "\\", "\\u", "d800", "dc00", " ", "\x01", "é"),
            *("0", "1", "-", ".", "e", "9" * 17, "true", "null", "NaN", "Infinity", '"a"', '"a":1'),
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(_JSONISH)
def test_json_like_text_is_read_or_refused_with_a_bundle_error(text: str) -> None:
    _check_only_bundle_errors(text.encode())
