"""Deterministic ZIP writing, and ZIP reading that treats the file as hostile.

The writer makes the only kind of ZIP a bundle may be: regular files with safe ASCII names, sorted,
fixed timestamps and permissions, stored or deflate, no extra fields, comments, ZIP64 or data
descriptors. The reader refuses anything else before decompressing a byte: it parses the central
directory and every local header itself, checks that the archive is exactly its files laid end to
end, cross-checks its reading with ``zipfile``'s, then decompresses with ``zlib`` while counting
what comes out, so a header's declared size is never trusted.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from coact_desktop.core.errors import BundleError

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

MAX_NAME = 255
FIXED_DATE_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a ZIP can record
FILE_MODE = 0o100644  # a regular file, rw-r--r--
UNIX = 3  # create_system: the external attributes hold Unix mode bits
RATIO_FLOOR = 2**20  # small entries may compress very well (a 1 MiB run of spaces); larger may not
COPY_CHUNK = 2**20
READ_CHUNK = 2**16  # compressed bytes read, and most bytes inflated, per step

STORED = zipfile.ZIP_STORED
DEFLATED = zipfile.ZIP_DEFLATED

_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIG = b"PK\x05\x06"
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_CENTRAL_SIG = b"PK\x01\x02"
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIG = b"PK\x03\x04"

_FLAG_ENCRYPTED = 0x0001 | 0x0040 | 0x2000  # traditional, strong, encrypted central directory
_FLAG_ALLOWED = 0x0002 | 0x0004 | 0x0800  # deflate level hints and the UTF-8 name flag
_DOS_SPECIAL = 0x08 | 0x10  # MS-DOS attributes: volume label, directory
_S_IFMT = 0o170000
_S_IFREG = 0o100000

_SEGMENT = re.compile(r"[A-Za-z0-9._-]+")
# Windows opens these device names whatever the extension; refused so that extracting a bundle
# there can never write to a device.
_WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)]
)


@dataclass(frozen=True)
class ZipEntry:
    """One validated file in a ZIP: its name and the sizes its headers declare."""

    name: str
    size: int
    compressed_size: int


@dataclass(frozen=True)
class _Central:
    """What a central directory record says about one entry."""

    raw_name: bytes
    name: str
    create_system: int
    flags: int
    method: int
    crc: int
    compressed_size: int
    size: int
    external_attr: int
    header_offset: int


@dataclass(frozen=True)
class _Member:
    """A fully checked entry: where its data starts, and what it must decompress to."""

    entry: ZipEntry
    method: int
    crc: int
    data_offset: int


# What a file in a ZIP may be given as: its bytes, a file to copy, or a way to read its bytes
# only when they are written (a sealed photo is opened one at a time, never all at once).
Content = Path | bytes | Callable[[], bytes]


def write_zip(
    out: BinaryIO, files: Iterable[tuple[str, Content]], *, compress: bool = True
) -> None:
    """Write files as a deterministic ZIP: the same input always gives the same bytes."""
    if not out.seekable():
        # Unseekable output makes zipfile write data descriptors, which our reader refuses.
        raise ValueError("write_zip needs a seekable output")
    items = sorted(files, key=lambda item: item[0])
    seen: dict[str, str] = {}
    for name, _ in items:
        if _name_problem(name.encode("utf-8", "surrogatepass")) is not None:
            raise ValueError(f"not a safe file name: {name!r}")
        if _fold(name) in seen:
            raise ValueError(f"two files would share a name: {seen[_fold(name)]!r} and {name!r}")
        seen[_fold(name)] = name
    method = DEFLATED if compress else STORED
    # allowZip64=False: needing ZIP64 is an error here, not a ZIP that our reader would refuse.
    with zipfile.ZipFile(out, "w", allowZip64=False) as archive:
        for name, content in items:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE_TIME)
            info.create_system = UNIX  # the default depends on the platform we run on
            info.external_attr = FILE_MODE << 16
            # zlib's default level is 6; zipfile uses it when the ZipInfo names no level.
            info.compress_type = method
            if callable(content):
                content = content()
            if isinstance(content, bytes):
                archive.writestr(info, content)
                continue
            with content.open("rb") as source:
                # The size picks the header format before any data is written.
                info.file_size = os.fstat(source.fileno()).st_size
                with archive.open(info, "w") as target:
                    shutil.copyfileobj(source, target, COPY_CHUNK)


def read_zip(
    source: Path | BinaryIO,
    *,
    allowed: Callable[[str], bool],
    max_file_bytes: int,
    max_entries: int = 10_000,
    max_total_bytes: int = 2 * 2**30,
    max_ratio: int = 200,
) -> SafeZip:
    """Open a ZIP for reading after checking all of its structure; refuse it with a BundleError.

    ``source`` is a path, or an open seekable binary file (a scratch copy): that stays the
    caller's if it is refused, and is the SafeZip's (closed with it) once accepted.
    """

    def checked(fp: BinaryIO, size: int) -> SafeZip:
        _check_file_size(size, max_file_bytes)
        members = _check_archive(
            fp,
            size,
            allowed=allowed,
            max_entries=max_entries,
            max_total_bytes=max_total_bytes,
            max_ratio=max_ratio,
        )
        return SafeZip(fp, members)

    if not isinstance(source, Path):
        try:
            return checked(source, source.seek(0, os.SEEK_END))
        except OSError as exc:
            raise _unreadable(exc) from exc
    try:
        status = os.stat(source)
    except OSError as exc:
        raise _unreadable(exc) from exc
    # Checked before opening: a FIFO or device would block or never end.
    if not stat.S_ISREG(status.st_mode):
        raise BundleError("zip_unreadable", "This is not a regular file.")
    _check_file_size(status.st_size, max_file_bytes)
    try:
        fp = source.open("rb")
    except OSError as exc:
        raise _unreadable(exc) from exc
    try:
        # The file may have changed between stat and open; what was opened is what counts.
        return checked(fp, os.fstat(fp.fileno()).st_size)
    except OSError as exc:
        fp.close()
        raise _unreadable(exc) from exc
    except BaseException:
        fp.close()
        raise


class SafeZip:
    """A validated ZIP, open for reading; not thread-safe (its entries share one open file)."""

    def __init__(self, fp: BinaryIO, members: list[_Member]) -> None:
        """Keep the open file and the members that _check_archive accepted."""
        self._fp = fp
        self._members = {m.entry.name: m for m in members}

    @property
    def entries(self) -> tuple[ZipEntry, ...]:
        """Every entry, sorted by name."""
        return tuple(self._members[name].entry for name in sorted(self._members))

    def names(self) -> list[str]:
        """Every entry's name, sorted."""
        return sorted(self._members)

    def open(self, name: str, max_bytes: int | None = None) -> EntryReader:
        """Stream one entry, refusing it if it produces more than declared or than max_bytes."""
        member = self._members.get(name)
        if member is None:
            raise BundleError(
                "zip_missing_file", f"The archive has no file named {_show(name)}.", name=name
            )
        size = member.entry.size
        if max_bytes is not None and size > max_bytes:
            raise BundleError(
                "zip_entry_too_large",
                f"The file {_show(name)} in the archive is {size:,} bytes; "
                f"at most {max_bytes:,} are allowed.",
                name=name,
                size=size,
                limit=max_bytes,
            )
        return EntryReader(self._fp, member)

    def read(self, name: str, max_bytes: int) -> bytes:
        """Read one whole entry, at most max_bytes of it, checking its size and CRC."""
        with self.open(name, max_bytes) as reader:
            return reader.readall()

    def close(self) -> None:
        """Close the underlying file."""
        self._fp.close()

    def __enter__(self) -> SafeZip:
        """Use as a context manager that closes the file."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the file."""
        self.close()


class EntryReader(io.RawIOBase):
    """One entry's contents, decompressed while counting: never more than its declared size."""

    def __init__(self, fp: BinaryIO, member: _Member) -> None:
        """Start at the entry's first data byte."""
        super().__init__()
        self._fp = fp
        self._member = member
        self._position = member.data_offset  # where the next compressed byte is in the file
        self._left = member.entry.compressed_size  # compressed bytes not yet read
        self._inflater = zlib.decompressobj(-15) if member.method == DEFLATED else None
        self._produced = 0
        self._crc = 0
        self._pending = b""
        self._offset = 0  # how much of _pending has been handed out
        self._finished = False

    def readable(self) -> bool:
        """Entries are read-only."""
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        """Fill buffer with the next decompressed bytes; 0 at the end of the entry."""
        if self.closed:
            raise ValueError("I/O operation on closed entry")
        # Released before returning: io's read() resizes the buffer it passed in.
        with memoryview(buffer) as raw, raw.cast("B") as view:
            if not len(view):
                return 0
            while self._offset >= len(self._pending):
                if self._finished:
                    return 0
                self._pending = self._next_chunk()
                self._offset = 0
            count = min(len(view), len(self._pending) - self._offset)
            view[:count] = self._pending[self._offset : self._offset + count]
            self._offset += count
            return count

    def readall(self) -> bytes:
        """Read to the end of the entry."""
        if self.closed:
            raise ValueError("I/O operation on closed entry")
        parts = [self._pending[self._offset :]]
        self._pending = b""
        self._offset = 0
        while not self._finished:
            parts.append(self._next_chunk())
        return b"".join(parts)

    def _next_chunk(self) -> bytes:
        name = self._member.entry.name
        if self._inflater is None:
            out = self._read_raw(min(READ_CHUNK, self._left))
            done = self._left == 0
        else:
            data = self._inflater.unconsumed_tail
            if not data and self._left:
                data = self._read_raw(min(READ_CHUNK, self._left))
            try:
                # max_length bounds what one step can produce, however well the data compresses.
                out = self._inflater.decompress(data, READ_CHUNK)
            except zlib.error as exc:
                raise _corrupt(f"the file {_show(name)} cannot be decompressed") from exc
            done = self._inflater.eof
            if done and (self._left or self._inflater.unused_data):
                raise _corrupt(f"the file {_show(name)} has data after its end")
            # zlib may still hold output with no input left; only a step that makes nothing
            # and has nothing to consume means the stream is cut short.
            if not done and not data and not out:
                raise _corrupt(f"the file {_show(name)} is cut short")
        self._produced += len(out)
        if self._produced > self._member.entry.size:
            raise BundleError(
                "zip_bomb",
                f"The file {_show(name)} in the archive expands to more than the "
                f"{self._member.entry.size:,} bytes it declares: it was refused.",
                name=name,
            )
        self._crc = zlib.crc32(out, self._crc)
        if done:
            self._finish()
        return out

    def _read_raw(self, count: int) -> bytes:
        try:
            self._fp.seek(self._position)
            data = self._fp.read(count)
        except OSError as exc:
            raise _unreadable(exc) from exc
        if len(data) != count:
            raise _corrupt("the file ends early (it may have changed while being read)")
        self._position += count
        self._left -= count
        return data

    def _finish(self) -> None:
        name = self._member.entry.name
        if self._produced != self._member.entry.size:
            raise _corrupt(f"the file {_show(name)} is shorter than it declares")
        if self._crc != self._member.crc:
            raise _corrupt(f"the file {_show(name)} does not match its checksum (CRC-32)")
        self._finished = True


def _check_archive(
    fp: BinaryIO,
    size: int,
    *,
    allowed: Callable[[str], bool],
    max_entries: int,
    max_total_bytes: int,
    max_ratio: int,
) -> list[_Member]:
    """Every check that needs no decompression; returns the entries that passed."""
    cd_offset, cd_size, count = _read_end_record(fp, size, max_entries)
    records = _read_central_directory(fp, cd_offset, cd_size, count)
    folded: dict[str, str] = {}
    total = 0
    for record in records:
        _check_record(record, max_ratio)
        key = _fold(record.name)
        if key in folded:
            _refuse_second_name(folded[key], record.name)
        folded[key] = record.name
        total += record.size
        if total > max_total_bytes:
            raise BundleError(
                "zip_bomb",
                f"The archive's files would expand to more than {max_total_bytes:,} bytes: "
                "it was refused.",
                limit=max_total_bytes,
            )
    _cross_check(fp, records)
    members = _check_layout(fp, records, cd_offset)
    for record in records:
        if not allowed(record.name):
            raise BundleError(
                "zip_unexpected_file",
                f"The archive holds a file that does not belong in it "
                f"({_show(record.name)}): it was refused.",
                name=record.name,
            )
    return members


def _refuse_second_name(first: str, second: str) -> None:
    """Refuse a name equal to, or a look-alike of, one already seen."""
    if first == second:
        raise BundleError(
            "zip_duplicate_name",
            f"The archive holds two files named {_show(second)}: it was refused.",
            name=second,
        )
    raise BundleError(
        "zip_lookalike_name",
        f"The archive holds files whose names differ only in letter case or accents "
        f"({_show(first)} and {_show(second)}): it was refused.",
        name=second,
        other=first,
    )


def _read_end_record(fp: BinaryIO, size: int, max_entries: int) -> tuple[int, int, int]:
    """Find the end-of-central-directory record: the last 22 bytes, with no comment."""
    if size < _EOCD.size:
        raise _corrupt("it is too short to be a ZIP file")
    tail = _read_at(fp, size - _EOCD.size, _EOCD.size)
    sig, disk, cd_disk, disk_count, count, cd_size, cd_offset, comment = _EOCD.unpack(tail)
    if sig != _EOCD_SIG:
        start = max(0, size - _EOCD.size - 0xFFFF)
        window = _read_at(fp, start, size - start)
        # Only a whole end record counts: four stray bytes that look like its start do not.
        if _EOCD_SIG in window[: len(window) - _EOCD.size + len(_EOCD_SIG)]:
            raise _extra_data("after the end of the ZIP directory")
        raise _corrupt("it is not a ZIP file, or it is cut short")
    if comment:
        # These 22 bytes are the last in the file, so no comment can follow them.
        raise _corrupt("its end record claims a comment past the end of the file")
    if disk or cd_disk or disk_count != count:
        raise _unsupported("an archive split over several disks")
    if count == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        raise _unsupported("ZIP64")
    if count > max_entries:
        raise BundleError(
            "zip_too_many_entries",
            f"The archive holds {count:,} files; at most {max_entries:,} are allowed.",
            count=count,
            limit=max_entries,
        )
    directory_end = cd_offset + cd_size
    if directory_end > size - _EOCD.size:
        raise _corrupt("its directory runs past the end of the file")
    if directory_end < size - _EOCD.size:
        raise _extra_data("between the ZIP directory and its end record")
    if cd_size < count * _CENTRAL.size:
        raise _corrupt("its directory is too short for its number of files")
    return cd_offset, cd_size, count


def _read_central_directory(
    fp: BinaryIO, cd_offset: int, cd_size: int, count: int
) -> list[_Central]:
    """Parse the directory one record at a time, so memory stays bounded by what is accepted."""
    records: list[_Central] = []
    pos = 0
    for _ in range(count):
        if pos + _CENTRAL.size > cd_size:
            raise _corrupt("its directory is cut short")
        (
            sig,
            _create_version,
            create_system,
            _extract_version,
            _reserved,
            flags,
            method,
            _time,
            _date,
            crc,
            compressed_size,
            size,
            name_len,
            extra_len,
            comment_len,
            disk,
            _internal_attr,
            external_attr,
            header_offset,
        ) = _CENTRAL.unpack(_read_at(fp, cd_offset + pos, _CENTRAL.size))
        if sig != _CENTRAL_SIG:
            raise _corrupt("its directory holds something that is not a file record")
        pos += _CENTRAL.size
        if pos + name_len > cd_size:
            raise _corrupt("its directory is cut short")
        raw_name = _read_at(fp, cd_offset + pos, name_len)
        name = _check_name(raw_name)
        # Refused unread: our writer never makes them, and they are where parsers disagree.
        if extra_len or comment_len:
            raise _unsupported("extra fields or file comments", name)
        if disk:
            raise _unsupported("an archive split over several disks", name)
        pos += name_len
        records.append(
            _Central(
                raw_name,
                name,
                create_system,
                flags,
                method,
                crc,
                compressed_size,
                size,
                external_attr,
                header_offset,
            )
        )
    if pos != cd_size:
        raise _corrupt("its directory holds bytes that belong to no file")
    return records


def _check_name(raw: bytes) -> str:
    problem = _name_problem(raw)
    shown = _show_bytes(raw)
    if problem == "directory":
        raise BundleError(
            "zip_special_entry",
            f"The archive holds a folder entry ({shown}); only regular files are allowed.",
            name=shown,
        )
    if problem is not None:
        raise BundleError(
            "zip_unsafe_name",
            f"The archive holds a file with an unsafe name ({shown}): it was refused.",
            name=shown,
        )
    return raw.decode("ascii")


def _name_problem(raw: bytes) -> str | None:
    """Why a name is refused ("unsafe" or "directory"), or None for a safe relative file path."""
    if not raw.isascii() or not 0 < len(raw) <= MAX_NAME:
        return "unsafe"
    name = raw.decode("ascii")
    if name.endswith("/"):
        return "directory" if _safe_path(name[:-1]) else "unsafe"
    return None if _safe_path(name) else "unsafe"


def _safe_path(name: str) -> bool:
    """A relative POSIX path of [A-Za-z0-9._-] segments that means the same on every system."""
    for segment in name.split("/"):  # "" segments (absolute, "//", trailing "/") fail the match
        if not _SEGMENT.fullmatch(segment) or segment in (".", ".."):
            return False
        # Windows drops a trailing dot ("a." is "a") and reserves device names such as NUL.
        if segment.endswith(".") or segment.split(".")[0].lower() in _WINDOWS_DEVICES:
            return False
    return True


def _fold(name: str) -> str:
    """The form under which two names would be the same file on a case-insensitive system."""
    return unicodedata.normalize("NFKC", name).casefold()


def _check_record(record: _Central, max_ratio: int) -> None:
    """Refuse special files, encryption, unknown methods and bomb-like sizes in one record."""
    name = record.name
    mode = record.external_attr >> 16
    if record.external_attr & _DOS_SPECIAL or (
        record.create_system == UNIX and mode & _S_IFMT not in (0, _S_IFREG)
    ):
        raise BundleError(
            "zip_special_entry",
            f"The archive holds a link, folder or device ({_show(name)}); "
            "only regular files are allowed.",
            name=name,
        )
    if record.create_system not in (0, UNIX):
        # Only MS-DOS and Unix attributes are understood; others could hide a link.
        raise _unsupported(f"attributes from system {record.create_system}", name)
    if record.flags & _FLAG_ENCRYPTED:
        raise BundleError(
            "zip_encrypted",
            f"The archive holds an encrypted file ({_show(name)}); ours never are.",
            name=name,
        )
    if record.flags & ~_FLAG_ALLOWED:
        raise _unsupported(f"flags {record.flags:#06x}", name)
    if record.method not in (STORED, DEFLATED):
        raise BundleError(
            "zip_bad_compression",
            f"The archive holds a file compressed with method {record.method} ({_show(name)}); "
            "only stored and deflate are read.",
            name=name,
            method=record.method,
        )
    if record.method == STORED and record.compressed_size != record.size:
        raise _corrupt(f"the stored file {_show(name)} has two different sizes")
    if record.size and not record.compressed_size:
        raise _corrupt(f"the file {_show(name)} has no data")
    if record.size > RATIO_FLOOR and record.size > max_ratio * record.compressed_size:
        raise BundleError(
            "zip_bomb",
            f"The file {_show(name)} in the archive would expand {max_ratio} times or more "
            "(a ZIP bomb): it was refused.",
            name=name,
            size=record.size,
            compressed_size=record.compressed_size,
        )


def _cross_check(fp: BinaryIO, records: list[_Central]) -> None:
    """Refuse a file that zipfile reads differently: two readers must see one archive."""
    try:
        with zipfile.ZipFile(fp) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, struct.error, NotImplementedError) as exc:
        raise _corrupt("it cannot be read as a ZIP file") from exc
    theirs = [
        (
            i.filename,
            i.create_system,
            i.flag_bits,
            i.compress_type,
            i.CRC,
            i.compress_size,
            i.file_size,
            i.external_attr,
            i.header_offset,
        )
        for i in infos
    ]
    ours = [
        (
            r.name,
            r.create_system,
            r.flags,
            r.method,
            r.crc,
            r.compressed_size,
            r.size,
            r.external_attr,
            r.header_offset,
        )
        for r in records
    ]
    if theirs != ours:
        raise _corrupt("ZIP readers would disagree about what it holds")


def _check_layout(fp: BinaryIO, records: list[_Central], cd_offset: int) -> list[_Member]:
    """Check that the entries lie end to end from byte 0 up to the directory, each one whole."""
    members: list[_Member] = []
    expected = 0
    for record in sorted(records, key=lambda r: r.header_offset):
        name = record.name
        if record.header_offset < expected:
            raise _overlap(name)
        if record.header_offset > expected:
            raise _extra_data("between its files" if members else "before its first file")
        if record.header_offset + _LOCAL.size > cd_offset:
            raise _overlap(name)
        header = _read_at(fp, record.header_offset, _LOCAL.size)
        (
            sig,
            _version,
            _system,
            flags,
            method,
            _time,
            _date,
            crc,
            compressed_size,
            size,
            name_len,
            extra_len,
        ) = _LOCAL.unpack(header)
        if sig != _LOCAL_SIG:
            raise _corrupt(f"the file {_show(name)} has no header")
        data_offset = record.header_offset + _LOCAL.size + name_len + extra_len
        if data_offset > cd_offset:
            raise _overlap(name)
        local_name = _read_at(fp, record.header_offset + _LOCAL.size, name_len)
        if local_name != record.raw_name:
            raise BundleError(
                "zip_name_mismatch",
                f"The archive names one file twice, differently ({_show(name)} and "
                f"{_show_bytes(local_name)}): it was refused.",
                name=name,
                local_name=_show_bytes(local_name),
            )
        if extra_len:
            raise _unsupported("extra fields", name)
        local = (flags, method, crc, compressed_size, size)
        central = (record.flags, record.method, record.crc, record.compressed_size, record.size)
        if local != central:
            raise _corrupt(f"the two headers of the file {_show(name)} disagree")
        expected = data_offset + record.compressed_size
        if expected > cd_offset:
            raise _overlap(name)
        entry = ZipEntry(name, record.size, record.compressed_size)
        members.append(_Member(entry, record.method, record.crc, data_offset))
    if expected < cd_offset:
        raise _extra_data("between its last file and its directory")
    return members


def _read_at(fp: BinaryIO, offset: int, count: int) -> bytes:
    fp.seek(offset)
    data = fp.read(count)
    if len(data) != count:
        raise _corrupt("it ends early (it may have changed while being read)")
    return data


def _check_file_size(size: int, limit: int) -> None:
    if size > limit:
        raise BundleError(
            "zip_too_large",
            f"The file is {size:,} bytes; at most {limit:,} are accepted.",
            size=size,
            limit=limit,
        )


def _unreadable(exc: OSError) -> BundleError:
    return BundleError(
        "zip_unreadable", f"The file cannot be read: {exc.strerror or exc}.", errno=exc.errno
    )


def _corrupt(why: str) -> BundleError:
    return BundleError("zip_corrupt", f"The file is damaged or not one of ours: {why}.")


def _extra_data(where: str) -> BundleError:
    return BundleError(
        "zip_extra_data",
        f"The file holds data that belongs to none of its files ({where}): it was refused.",
        where=where,
    )


def _unsupported(feature: str, name: str | None = None) -> BundleError:
    where = f" in {_show(name)}" if name is not None else ""
    return BundleError(
        "zip_unsupported",
        f"The file uses a ZIP feature ours never use ({feature}{where}): it was refused.",
        feature=feature,
    )


def _overlap(name: str) -> BundleError:
    return BundleError(
        "zip_overlap",
        f"The archive's files overlap each other or its directory, at {_show(name)} "
        "(a ZIP bomb trick): it was refused.",
        name=name,
    )


def _show(name: str) -> str:
    return _show_bytes(name.encode("utf-8", "backslashreplace"))


def _show_bytes(raw: bytes, limit: int = 80) -> str:
    """Untrusted name bytes as printable ASCII: anything else as \\xNN, long names cut."""
    shown = "".join(chr(b) if 0x20 <= b < 0x7F else f"\\x{b:02x}" for b in raw[:limit])
    return shown + "…" if len(raw) > limit else shown
