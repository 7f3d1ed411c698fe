"""Deterministic ZIP writing, and hostile ZIPs refused with the right reason before they expand."""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coact_desktop.core.errors import BundleError
from coact_desktop.core.exchange.formats import safe_zip
from coact_desktop.core.exchange.formats.safe_zip import SafeZip, ZipEntry, read_zip, write_zip

EOCD = struct.Struct("<4s4H2LH")
CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
LOCAL = struct.Struct("<4s2B4HL2L2H")
# Field positions in the structs above, for byte surgery on both headers of an entry.
CENTRAL_FIELDS = {"flags": 5, "method": 6, "crc": 9, "compressed_size": 10, "size": 11}
LOCAL_FIELDS = {"flags": 3, "method": 4, "crc": 7, "compressed_size": 8, "size": 9}
EOCD_FIELDS = {"disk": 1, "cd_disk": 2, "disk_count": 3, "count": 4}
CENTRAL_OFFSET = 18
MiB = 2**20

RANDOM = random.Random(7).randbytes(3000)  # does not compress: a stand-in for a photo
FILES: list[tuple[str, Path | bytes]] = [
    ("coact-bundle/bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
    ("coact-bundle/data/history.json", b'{"sections": []}\n' * 20),
    ("coact-bundle/data/media/photo.jpg", RANDOM),
    ("coact-bundle/empty.txt", b""),
]


def _written(files: list[tuple[str, Path | bytes]] = FILES, *, compress: bool = True) -> bytes:
    out = io.BytesIO()
    write_zip(out, files, compress=compress)
    return out.getvalue()


VALID = _written()
VALID_STORED = _written(compress=False)


def _anything(name: str) -> bool:
    return True


def _zip(*items: tuple[str | zipfile.ZipInfo, bytes], comment: bytes = b"") -> bytes:
    """A ZIP made by zipfile itself, for entries our writer would never make."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in items:
            archive.writestr(name, content)
        archive.comment = comment
    return out.getvalue()


def _handmade(name: bytes, content: bytes = b"x") -> bytes:
    """A one-entry stored ZIP built byte by byte, for names zipfile cannot write."""
    crc = zlib.crc32(content)
    size = len(content)
    local = LOCAL.pack(b"PK\x03\x04", 20, 0, 0, 0, 0, 33, crc, size, size, len(name), 0)
    central_at = len(local) + len(name) + size
    central = CENTRAL.pack(
        b"PK\x01\x02", 20, 3, 20, 0, 0, 0, 0, 33, crc, size, size, len(name), 0, 0, 0, 0,
        0o100644 << 16, 0,
    )  # fmt: skip
    directory = central + name
    end = EOCD.pack(b"PK\x05\x06", 0, 0, 1, 1, len(directory), central_at, 0)
    return local + name + content + directory + end


def _info(name: str, **attrs: Any) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    for key, value in attrs.items():
        setattr(info, key, value)
    return info


def _end(data: bytes) -> list[Any]:
    return list(EOCD.unpack_from(data, len(data) - EOCD.size))


def _records(data: bytes) -> list[tuple[int, list[Any]]]:
    """Each central directory record: where it starts, and its fields."""
    end = _end(data)
    pos, found = end[6], []
    for _ in range(end[4]):
        fields = list(CENTRAL.unpack_from(data, pos))
        found.append((pos, fields))
        pos += CENTRAL.size + fields[12] + fields[13] + fields[14]
    return found


def _record(data: bytes, name: str) -> tuple[int, list[Any]]:
    for pos, fields in _records(data):
        if data[pos + CENTRAL.size : pos + CENTRAL.size + fields[12]] == name.encode():
            return pos, fields
    raise AssertionError(f"no entry {name}")


def _patch(data: bytes, name: str, *, local_only: bool = False, **values: int) -> bytes:
    """Set header fields of one entry, in both its headers (or only the local one)."""
    buf = bytearray(data)
    pos, fields = _record(data, name)
    offset = fields[CENTRAL_OFFSET]
    local = list(LOCAL.unpack_from(data, offset))
    for key, value in values.items():
        if key == "header_offset":
            fields[CENTRAL_OFFSET] = value
            continue
        local[LOCAL_FIELDS[key]] = value
        if not local_only:
            fields[CENTRAL_FIELDS[key]] = value
    CENTRAL.pack_into(buf, pos, *fields)
    LOCAL.pack_into(buf, offset, *local)
    return bytes(buf)


def _patch_end(data: bytes, **values: int) -> bytes:
    end = _end(data)
    for key, value in values.items():
        end[EOCD_FIELDS[key]] = value
    return data[: -EOCD.size] + EOCD.pack(*end)


def _rename(data: bytes, name: str, new: bytes, *, central: bool = True) -> bytes:
    """Overwrite an entry's name with bytes of the same length: in the local header, and the
    central one unless told not to."""
    assert len(new) == len(name)
    buf = bytearray(data)
    pos, fields = _record(data, name)
    offset = fields[CENTRAL_OFFSET] + LOCAL.size
    buf[offset : offset + len(new)] = new
    if central:
        buf[pos + CENTRAL.size : pos + CENTRAL.size + len(new)] = new
    return bytes(buf)


def _insert(data: bytes, at: int, junk: bytes) -> bytes:
    """Insert bytes at a position and fix every offset after it, so that only the junk is wrong."""
    buf = bytearray(data[:at] + junk + data[at:])
    shift = len(junk)
    for pos, fields in _records(data):
        if fields[CENTRAL_OFFSET] >= at:
            fields[CENTRAL_OFFSET] += shift
        CENTRAL.pack_into(buf, pos + shift if pos >= at else pos, *fields)
    end = _end(data)
    if end[6] >= at:
        end[6] += shift
    buf[-EOCD.size :] = EOCD.pack(*end)
    return bytes(buf)


@pytest.fixture
def write(tmp_path: Path) -> Callable[[bytes], Path]:
    def write(data: bytes) -> Path:
        path = tmp_path / "bundle.zip"
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def opened(write: Callable[[bytes], Path]) -> Iterator[Callable[..., SafeZip]]:
    """Opens ZIPs that pass every structural check; closes them after the test."""
    archives: list[SafeZip] = []

    def open_zip(data: bytes, **options: Any) -> SafeZip:
        options.setdefault("allowed", _anything)
        options.setdefault("max_file_bytes", 100 * MiB)
        archive = read_zip(write(data), **options)
        archives.append(archive)
        return archive

    yield open_zip
    for archive in archives:
        archive.close()


@pytest.fixture
def refusal(write: Callable[[bytes], Path]) -> Callable[..., str]:
    """The reason read_zip gives for refusing a ZIP (the test fails if it is accepted)."""

    def reason(data: bytes, **options: Any) -> str:
        options.setdefault("allowed", _anything)
        options.setdefault("max_file_bytes", 100 * MiB)
        with pytest.raises(BundleError) as caught:
            read_zip(write(data), **options).close()
        assert caught.value.message
        return caught.value.reason

    return reason


def _read_refusal(archive: SafeZip, name: str, max_bytes: int = 100 * MiB) -> str:
    with pytest.raises(BundleError) as caught:
        archive.read(name, max_bytes)
    return caught.value.reason


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """50 MiB of zeros, deflated to about 50 KB."""
    return _zip(("coact-bundle/bomb", bytes(50 * MiB)))


# --- writing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("compress", [True, False])
def test_the_same_files_give_the_same_bytes(tmp_path: Path, compress: bool) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(RANDOM)
    from_path = [(n, photo) if n.endswith(".jpg") else (n, c) for n, c in FILES]
    first = _written(compress=compress)
    assert _written(compress=compress) == first
    assert _written(list(reversed(FILES)), compress=compress) == first
    assert _written(from_path, compress=compress) == first


def test_a_written_zip_has_fixed_metadata_and_nothing_else() -> None:
    with zipfile.ZipFile(io.BytesIO(VALID)) as archive:
        infos = archive.infolist()
        assert archive.comment == b""
    assert [i.filename for i in infos] == sorted(n for n, _ in FILES)
    assert infos[0].header_offset == 0
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.create_system == 3
        assert info.external_attr == 0o100644 << 16
        assert info.extra == b""
        assert info.comment == b""
        assert info.flag_bits == 0  # no data descriptor, no UTF-8 names
        assert info.compress_type == zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(io.BytesIO(VALID_STORED)) as archive:
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_STORED}


@pytest.mark.parametrize("data", [VALID, VALID_STORED])
def test_what_is_written_reads_back(
    opened: Callable[..., SafeZip], data: bytes, tmp_path: Path
) -> None:
    archive = opened(data)
    assert archive.names() == sorted(n for n, _ in FILES)
    sizes = {e.name: e.size for e in archive.entries}
    for name, content in FILES:
        assert isinstance(content, bytes)
        assert sizes[name] == len(content)
        assert archive.read(name, len(content)) == content
    with archive.open("coact-bundle/data/media/photo.jpg") as stream:
        assert stream.read(10) == RANDOM[:10]
        assert stream.read(20) == RANDOM[10:30]
        assert stream.read() == RANDOM[30:]
        assert stream.read() == b""
    with archive.open("coact-bundle/data/media/photo.jpg") as stream:
        assert hashlib.file_digest(stream, "sha256").digest() == hashlib.sha256(RANDOM).digest()


@pytest.mark.parametrize("step", [1, 7, 258, 4096])
def test_entries_read_whole_whatever_the_step_size(
    opened: Callable[..., SafeZip], monkeypatch: pytest.MonkeyPatch, step: int
) -> None:
    rng = random.Random(3)
    runs = [bytes(rng.randint(1, 2000)), rng.randbytes(rng.randint(1, 50)), b"abc" * 300]
    content = b"".join(rng.choice(runs) for _ in range(100))
    archive = opened(_written([("coact-bundle/mixed.bin", content)]), max_ratio=10**6)
    monkeypatch.setattr(safe_zip, "READ_CHUNK", step)  # every boundary inside zlib's output
    assert archive.read("coact-bundle/mixed.bin", len(content)) == content


def test_a_large_file_streams_in_and_out(opened: Callable[..., SafeZip], tmp_path: Path) -> None:
    content = random.Random(1).randbytes(3 * MiB)
    source = tmp_path / "big.bin"
    source.write_bytes(content)
    archive = opened(_written([("coact-bundle/data/big.bin", source)]))
    assert archive.entries == (
        ZipEntry("coact-bundle/data/big.bin", len(content), archive.entries[0].compressed_size),
    )
    with archive.open("coact-bundle/data/big.bin") as stream:
        assert hashlib.file_digest(stream, "sha256").digest() == hashlib.sha256(content).digest()


@pytest.mark.parametrize(
    "names",
    [["../x"], ["a/"], ["/abs"], ["a\\b"], ["é"], ["\udc80"], ["a", "a"], ["read.txt", "READ.txt"]],
)
def test_the_writer_refuses_names_the_reader_would(names: list[str]) -> None:
    with pytest.raises(ValueError, match="name"):
        write_zip(io.BytesIO(), [(n, b"x") for n in names])


def test_the_writer_needs_a_seekable_output() -> None:
    class Unseekable(io.BytesIO):
        def seekable(self) -> bool:
            return False

    with pytest.raises(ValueError, match="seekable"):
        write_zip(Unseekable(), FILES)


# --- refusals before reading --------------------------------------------------------------------


def test_a_missing_file_or_a_folder_is_unreadable(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.zip", tmp_path):
        with pytest.raises(BundleError) as caught:
            read_zip(path, allowed=_anything, max_file_bytes=MiB)
        assert caught.value.reason == "zip_unreadable"


def test_a_file_over_the_size_cap_is_refused_before_it_is_opened(
    refusal: Callable[..., str],
) -> None:
    assert refusal(VALID, max_file_bytes=len(VALID) - 1) == "zip_too_large"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"PK",
        b"this is not a zip file, just some text " * 10,
        VALID[: len(VALID) // 2],
        VALID[:-10],  # the end record cut short
        VALID.replace(b"PK\x03\x04", b"PK\x03\x05", 1),
        _patch(VALID, "coact-bundle/bagit.txt", local_only=True, crc=1),
        _patch(VALID, "coact-bundle/bagit.txt", local_only=True, compressed_size=9),
        _patch(VALID_STORED, "coact-bundle/bagit.txt", compressed_size=9),
        _patch(VALID, "coact-bundle/bagit.txt", compressed_size=0),
        _patch_end(VALID, count=3, disk_count=3),
        _patch_end(VALID, count=5, disk_count=5),
        VALID[:-2] + b"\x01\x00",  # an end record that claims a comment
    ],
)
def test_damaged_zips_are_corrupt(refusal: Callable[..., str], data: bytes) -> None:
    assert refusal(data) == "zip_corrupt"


def test_too_many_entries_are_refused(refusal: Callable[..., str]) -> None:
    assert refusal(VALID, max_entries=3) == "zip_too_many_entries"


@pytest.mark.parametrize(
    "name",
    [
        b"../x",
        b"a/../b",
        b"/etc/passwd",
        b"a\\b",
        b"a/./b",
        b"a//b",
        b".",
        b"..",
        b"C:/x",
        b"c:x",
        b"a\x00b",
        b"a\x01b",
        b"a\nb",
        b"a b",
        "é".encode(),
        b"\xff\xfe",
        b"x" * 256,
        b"con",
        b"a/NUL.txt",
        b"dir/a.",
        b"//",
        b"",
    ],
)
def test_unsafe_names_are_refused(refusal: Callable[..., str], name: bytes) -> None:
    assert refusal(_handmade(name)) == "zip_unsafe_name"


def test_a_handmade_zip_with_a_safe_name_is_read(opened: Callable[..., SafeZip]) -> None:
    assert opened(_handmade(b"coact-bundle/a.txt", b"abc")).read("coact-bundle/a.txt", 3) == b"abc"


@pytest.mark.parametrize(
    "entry",
    [
        _info("coact-bundle/"),
        _info("coact-bundle/data", external_attr=0o40755 << 16),
        _info("coact-bundle/link", external_attr=0o120777 << 16),
        _info("coact-bundle/fifo", external_attr=0o10644 << 16),
        _info("coact-bundle/dev", external_attr=0o20644 << 16),
        _info("coact-bundle/dos-folder", create_system=0, external_attr=0x10),
    ],
)
def test_folders_links_and_devices_are_refused(
    refusal: Callable[..., str], entry: zipfile.ZipInfo
) -> None:
    assert refusal(_zip((entry, b""))) == "zip_special_entry"


def test_a_duplicate_name_is_refused(refusal: Callable[..., str]) -> None:
    data = _zip(("coact-bundle/a1", b"one"), ("coact-bundle/a2", b"two"))
    assert refusal(_rename(data, "coact-bundle/a2", b"coact-bundle/a1")) == "zip_duplicate_name"


def test_names_that_differ_only_by_case_are_refused(refusal: Callable[..., str]) -> None:
    data = _zip(("coact-bundle/Read.txt", b"one"), ("coact-bundle/read.txt", b"two"))
    assert refusal(data) == "zip_lookalike_name"


@pytest.mark.parametrize("flags", [0x0001, 0x0041, 0x2000])
def test_encrypted_entries_are_refused(refusal: Callable[..., str], flags: int) -> None:
    assert refusal(_patch(VALID, "coact-bundle/bagit.txt", flags=flags)) == "zip_encrypted"


def test_other_compression_methods_are_refused(refusal: Callable[..., str]) -> None:
    bzip2 = _zip((_info("coact-bundle/a", compress_type=zipfile.ZIP_BZIP2), b"x" * 100))
    assert refusal(bzip2) == "zip_bad_compression"
    aes = _patch(VALID, "coact-bundle/bagit.txt", method=99)
    assert refusal(aes) == "zip_bad_compression"


@pytest.mark.parametrize(
    "data",
    [
        _zip((_info("coact-bundle/a", extra=b"\x99\x99\x02\x00hi"), b"x")),
        _zip((_info("coact-bundle/a", comment=b"note"), b"x")),
        _zip((_info("coact-bundle/a", create_system=10), b"x")),  # NTFS attributes
        _patch(VALID, "coact-bundle/bagit.txt", flags=0x0008),  # a data descriptor
        _patch_end(VALID, disk=1),
        _patch_end(VALID, count=0xFFFF, disk_count=0xFFFF),  # ZIP64
    ],
)
def test_zip_features_bundles_never_use_are_refused(
    refusal: Callable[..., str], data: bytes
) -> None:
    assert refusal(data) == "zip_unsupported"


def test_a_highly_compressed_entry_is_refused_as_a_bomb(
    refusal: Callable[..., str], bomb: bytes
) -> None:
    assert refusal(bomb) == "zip_bomb"


def test_too_much_in_total_is_refused_as_a_bomb(refusal: Callable[..., str], bomb: bytes) -> None:
    assert refusal(bomb, max_ratio=10_000, max_total_bytes=50 * MiB - 1) == "zip_bomb"


def test_entries_sharing_data_are_refused_as_overlapping(refusal: Callable[..., str]) -> None:
    data = _zip(("coact-bundle/a", b"one" * 100), ("coact-bundle/b", b"two" * 100))
    assert refusal(_patch(data, "coact-bundle/b", header_offset=0)) == "zip_overlap"
    inside = _patch(data, "coact-bundle/b", header_offset=40)  # inside a's data
    assert refusal(inside) == "zip_overlap"


def test_an_entry_running_into_the_directory_is_refused(refusal: Callable[..., str]) -> None:
    data = _patch(VALID, "coact-bundle/empty.txt", compressed_size=100)
    assert refusal(data) == "zip_overlap"


def test_data_outside_the_entries_is_refused(refusal: Callable[..., str]) -> None:
    _, second = _record(VALID, "coact-bundle/data/history.json")
    cd_offset = _end(VALID)[6]
    for data in (
        _insert(VALID, 0, b"#!/bin/sh\nexit 0\n"),  # a prefix, with offsets adjusted for it
        _insert(VALID, second[CENTRAL_OFFSET], b"hidden"),  # between two entries
        _insert(VALID, cd_offset, b"hidden"),  # between the last entry and the directory
        b"junk" + VALID,  # a prefix that shifts everything
        VALID + b"\x00",
        VALID + b"x" * 100,
        VALID + VALID,
        _zip(("coact-bundle/a", b"x"), comment=b"a comment"),
    ):
        assert refusal(data) == "zip_extra_data"


def test_a_local_name_that_differs_from_the_directory_is_refused(
    refusal: Callable[..., str],
) -> None:
    data = _rename(VALID, "coact-bundle/bagit.txt", b"coact-bundle/bagit.exe", central=False)
    assert refusal(data) == "zip_name_mismatch"


def test_files_that_are_not_allowed_are_refused(refusal: Callable[..., str]) -> None:
    def allowed(name: str) -> bool:
        return name != "coact-bundle/empty.txt"

    assert refusal(VALID, allowed=allowed) == "zip_unexpected_file"


# --- refusals while reading ---------------------------------------------------------------------


def test_a_crc_mismatch_is_found_while_reading(opened: Callable[..., SafeZip]) -> None:
    for data in (VALID, VALID_STORED):
        archive = opened(_patch(data, "coact-bundle/bagit.txt", crc=12345))
        assert _read_refusal(archive, "coact-bundle/bagit.txt") == "zip_corrupt"
        assert archive.read("coact-bundle/empty.txt", 0) == b""  # the others still read


def test_changed_stored_data_is_found_while_reading(opened: Callable[..., SafeZip]) -> None:
    _, fields = _record(VALID_STORED, "coact-bundle/bagit.txt")
    at = fields[CENTRAL_OFFSET] + LOCAL.size + len("coact-bundle/bagit.txt")
    data = VALID_STORED[:at] + b"b" + VALID_STORED[at + 1 :]
    assert _read_refusal(opened(data), "coact-bundle/bagit.txt") == "zip_corrupt"


def test_an_entry_shorter_than_declared_is_corrupt(opened: Callable[..., SafeZip]) -> None:
    data = _patch(VALID, "coact-bundle/bagit.txt", size=1000)
    assert _read_refusal(opened(data), "coact-bundle/bagit.txt") == "zip_corrupt"


def test_damaged_deflate_data_is_corrupt(opened: Callable[..., SafeZip]) -> None:
    name = "coact-bundle/data/history.json"
    _, fields = _record(VALID, name)
    at = fields[CENTRAL_OFFSET] + LOCAL.size + len(name)
    data = VALID[:at] + b"\xff" * 4 + VALID[at + 4 :]  # 0b111: a reserved block type
    assert _read_refusal(opened(data), name) == "zip_corrupt"


def test_an_entry_expanding_past_its_declared_size_is_stopped(
    opened: Callable[..., SafeZip], bomb: bytes
) -> None:
    # The directory says 2 MiB, the data inflates to 50 MiB: counting stops it just past 2 MiB.
    data = _patch(bomb, "coact-bundle/bomb", size=2 * MiB)
    archive = opened(data, max_ratio=10**6)
    assert _read_refusal(archive, "coact-bundle/bomb") == "zip_bomb"
    with archive.open("coact-bundle/bomb") as stream:
        handed_out: list[int] = []
        with pytest.raises(BundleError) as caught:
            _read_in_steps(stream, handed_out)
        assert caught.value.reason == "zip_bomb"
        assert 2 * MiB - MiB <= sum(handed_out) <= 2 * MiB  # never a byte past what it declares


def _read_in_steps(stream: io.RawIOBase, handed_out: list[int]) -> None:
    while chunk := stream.read(MiB):
        handed_out.append(len(chunk))


def test_a_small_entry_hiding_a_large_one_is_stopped(opened: Callable[..., SafeZip]) -> None:
    data = _patch(_zip(("coact-bundle/a", bytes(200_000))), "coact-bundle/a", size=10)
    assert _read_refusal(opened(data), "coact-bundle/a") == "zip_bomb"


def test_an_entry_larger_than_the_callers_cap_is_refused_before_reading(
    opened: Callable[..., SafeZip],
) -> None:
    archive = opened(VALID)
    reason = _read_refusal(archive, "coact-bundle/data/media/photo.jpg", max_bytes=2999)
    assert reason == "zip_entry_too_large"


def test_a_missing_entry_is_named(opened: Callable[..., SafeZip]) -> None:
    assert _read_refusal(opened(VALID), "coact-bundle/nothing.txt") == "zip_missing_file"


# --- anything at all ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file rewritten by every example (hypothesis runs many examples per test)."""
    return tmp_path_factory.mktemp("fuzz") / "bundle.zip"


def _read_everything_or_refuse(path: Path, data: bytes) -> None:
    """read_zip and reading every entry may refuse, but only ever with a BundleError."""
    path.write_bytes(data)
    seen: list[str] = []

    def allowed(name: str) -> bool:
        seen.append(name)
        return True

    refused: BundleError | None = None
    try:
        with read_zip(path, allowed=allowed, max_file_bytes=MiB, max_total_bytes=MiB) as archive:
            for entry in archive.entries:
                archive.read(entry.name, entry.size)
    except BundleError as exc:
        refused = exc
    assert refused is None or refused.reason.startswith("zip_")
    for name in seen:  # only names that passed the safety checks reach the caller
        assert name.isascii()
        assert ".." not in name.split("/")
        assert not name.startswith("/")


FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes_are_refused_with_a_bundle_error(scratch: Path, data: bytes) -> None:
    _read_everything_or_refuse(scratch, data)


def _header_positions(data: bytes) -> list[int]:
    """Where the headers are: changes there reach the structural checks, not only the CRC."""
    positions = list(range(_end(data)[6], len(data)))  # the directory and its end record
    for _, fields in _records(data):
        start = fields[CENTRAL_OFFSET]
        positions.extend(range(start, start + LOCAL.size + fields[12]))
    return positions


_POSITIONS = st.sampled_from(_header_positions(VALID)) | st.integers(0, len(VALID) - 1)


@FUZZ
@given(
    base=st.sampled_from([VALID, VALID_STORED]),
    changes=st.lists(st.tuples(_POSITIONS, st.integers(0, 255)), max_size=6),
    cut=st.integers(0, 40),
)
def test_damaged_valid_zips_are_refused_with_a_bundle_error(
    scratch: Path, base: bytes, changes: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(base)
    for at, value in changes:
        data[at % len(data)] = value
    _read_everything_or_refuse(scratch, bytes(data[: len(data) - cut]))


_NAMES = st.sampled_from(
    ["coact-bundle/a.txt", "coact-bundle/A.TXT", "coact-bundle/", "../up", "a\\b", "ok", "é", "x."]
)
_ENTRIES = st.lists(
    st.tuples(
        _NAMES,
        st.binary(max_size=300),
        st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2]),
        st.sampled_from([0, 3, 10]),
        st.sampled_from([0, 0x10, 0o100644 << 16, 0o120777 << 16, 0o40755 << 16]),
    ),
    max_size=4,
    unique_by=lambda entry: entry[0],
)


@FUZZ
@given(_ENTRIES, st.just(b"") | st.binary(max_size=10))
def test_odd_zips_made_by_zipfile_are_refused_with_a_bundle_error(
    scratch: Path, entries: list[tuple[str, bytes, int, int, int]], comment: bytes
) -> None:
    items = [
        (
            _info(name, compress_type=method, create_system=system, external_attr=attr),
            content,
        )
        for name, content, method, system, attr in entries
    ]
    _read_everything_or_refuse(scratch, _zip(*items, comment=comment))
