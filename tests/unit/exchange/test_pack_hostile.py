"""Hostile edition packs: each is refused with its own reason, and the profile is left unchanged.

Every pack here is crafted from a good one by changing one thing, and everything else is made
consistent again (hashes recomputed, signed again with the real publishing key), so that the check
under test, and not an earlier one, is what refuses it. The edition is a TEST EDITION: Coact's
text unchanged with a new number; the history is the documented example's.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import coact_tests_bundle_factory as bf  # registered by tests/conftest.py
import pytest

from coact_desktop.core.errors import KnownError
from coact_desktop.core.exchange import pack_format as pf
from coact_desktop.core.exchange.editions import shipped_state
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical
from coact_desktop.core.exchange.history import history_from_json
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition
from coact_desktop.core.services import AppServices

EDITION = load_edition()
TEXT = (bundled_edition_dir() / "coact-history-of-drug-user-organising.txt").read_bytes()
EXAMPLE_HISTORY = Path(__file__).resolve().parents[3] / "docs/examples/bundle/coact-bundle"
Change = Callable[[Any], Any]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def edition_meta(**changes: Any) -> dict[str, Any]:
    """The bundled edition.json as a TEST EDITION one number up."""
    meta: dict[str, Any] = json.loads((bundled_edition_dir() / "edition.json").read_text())
    meta.update(version=EDITION.version + 1, title=meta["title"] + " (TEST EDITION)")
    meta.update(changes)
    return meta


@dataclass
class Craft:
    """One pack, built step by step; each hook changes one step's output."""

    meta: Change = lambda m: m
    meta_bytes: Change = lambda b: b
    text: Change = lambda t: t
    histories: Change = lambda h: h  # list of public history JSON objects
    records: Change = lambda r: r  # the records as a JSON object
    records_bytes: Change = lambda b: b
    payload: Change = lambda p: p  # data/ name -> bytes, before the manifest is made
    manifest: Change = lambda b: b
    bag_info: Change = lambda b: b
    tagmanifest: Change = lambda b: b
    statement: Change = lambda s: s  # the statement as a JSON object
    statement_bytes: Change = lambda b: b
    comment: Change = lambda c: c
    signature: Change = lambda b: b
    files: Change = lambda f: f
    zipped: Change = lambda z: z
    key: str = "publishing-1"
    zipper: Callable[[dict[str, bytes]], bytes] = lambda f: bf.good_zip(f, compress=True)
    extra: dict[str, bytes] = field(default_factory=dict)
    # Photos or files of the history: (bytes, extension, media type), a TEST PICTURE each.
    media: list[tuple[bytes, str, str]] = field(default_factory=list)

    def build(self, keys: dict[str, SecretKey]) -> bytes:
        meta_bytes = self.meta_bytes(
            json.dumps(self.meta(edition_meta()), ensure_ascii=False).encode()
        )
        text = self.text(TEXT)
        history = json.loads((EXAMPLE_HISTORY / "data" / "history.json").read_text())
        history["attachments"] = [
            {
                "file": f"data/media/{sha(data)}.{ext}",
                "sha256": sha(data),
                "media_type": kind,
                "caption": "A TEST PICTURE, made by the test",
            }
            for data, ext, kind in self.media
        ]
        histories = [dumps_canonical(h) for h in self.histories([history])]
        blobs = {sha(meta_bytes): meta_bytes, sha(text): text} | {sha(h): h for h in histories}
        blobs |= {sha(data): data for data, _ext, _kind in self.media}
        groups = sorted(
            zip((json.loads(h)["group"]["id"] for h in histories), histories, strict=True)
        )
        media = [sha(data) for data, _ext, _kind in self.media]
        records = self.records(
            {
                "format": pf.RECORDS_FORMAT,
                "edition": {"meta": sha(meta_bytes), "text": sha(text)},
                "histories": [
                    {"group": g, "blob": sha(h)} | ({"media": media} if media else {})
                    for g, h in groups
                ],
                "notes": "TEST NOTES",
            }
        )
        records_bytes = self.records_bytes(dumps_canonical(records))
        payload = {pf.RECORDS: records_bytes} | {f"data/blobs/{k}": v for k, v in blobs.items()}
        payload = self.payload(payload)
        manifest = self.manifest(bf.manifest_bytes({n: sha(d) for n, d in payload.items()}))
        size = sum(len(d) for d in payload.values())
        info = self.bag_info(pf.bag_info("2026-12-01", size, len(payload)))
        tags = {"bagit.txt": pf.BAGIT_TXT, "bag-info.txt": info, "manifest-sha256.txt": manifest}
        tagmanifest = self.tagmanifest(bf.manifest_bytes({n: sha(d) for n, d in tags.items()}))
        statement = self.statement(
            {
                "format": pf.FORMAT,
                "library": EDITION.id,
                "edition": EDITION.version + 1,
                "kind": "full",
                "base_state": None,
                "state": sha(records_bytes),
                "created": "2026-12-01T00:00:00Z",
                "tagmanifest": sha(tagmanifest),
                "title": "TEST EDITION",
                "date": "2026-12-01",
                "needs": {"records": 2 if self.media else 1},
            }
        )
        statement_bytes = self.statement_bytes(dumps_canonical(statement))
        comment = self.comment(
            f"{pf.FORMAT}\tlibrary:{statement.get('library')}\tedition:"
            f"{statement.get('edition')}\tstatement:{sha(statement_bytes)}"
        )
        secret = keys.get(self.key) or SecretKey.generate()
        signature = self.signature(secret.sign(statement_bytes, comment).encode())
        files = {
            "bagit.txt": pf.BAGIT_TXT,
            "bag-info.txt": info,
            "manifest-sha256.txt": manifest,
            pf.TAGMANIFEST: tagmanifest,
            pf.STATEMENT: statement_bytes,
            pf.SIGNATURE: signature,
            **payload,
            **self.extra,
        }
        files = self.files({pf.ROOT + n: d for n, d in files.items()})
        return self.zipped(self.zipper(files))


def _blob_of(files: dict[str, bytes], start: bytes) -> str:
    return next(n for n, d in files.items() if "/blobs/" in n and d.startswith(start))


SHIPPED = shipped_state()  # the state every fresh reader is in


def _delta_from_shipped(statement: dict[str, Any]) -> dict[str, Any]:
    return _set(statement, kind="delta", base_state=SHIPPED.state())


def _without(payload: dict[str, bytes], blob: str, also: int | bytes = 0) -> dict[str, bytes]:
    """The payload without the blob named (what a delta from the shipped edition leaves out).

    ``also``: 1 drops the new edition.json as well; bytes drop the first blob starting so.
    """
    kept = {n: d for n, d in payload.items() if n != f"data/blobs/{blob}"}
    if also == 1:
        meta = next(n for n, d in kept.items() if "/blobs/" in n and b'"chapters"' in d)
        del kept[meta]
    elif isinstance(also, bytes):
        del kept[next(n for n, d in kept.items() if "/blobs/" in n and d.startswith(also))]
    return kept


def _set(obj: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**obj, **changes}


def _drop(obj: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k != key}


def _history(**group: Any) -> Change:
    return lambda hs: [_set(h, group=_set(h["group"], **group)) for h in hs]


def _plain_zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


CASES: dict[str, tuple[Craft, str]] = {
    # The file and its ZIP
    "empty file": (Craft(zipped=lambda z: b""), "zip_"),
    "not a zip": (Craft(zipped=lambda z: b"PK\x03\x04 this is not a zip" * 10), "zip_"),
    "cut short": (Craft(zipped=lambda z: z[: len(z) // 2]), "zip_"),
    "trailing data": (Craft(zipped=lambda z: z + b"\0" * 100), "zip_"),
    "a stray file": (Craft(extra={"notes.txt": b"hello"}), "zip_"),
    "a path out of the bag": (
        Craft(files=lambda f: f | {"coact-pack/../evil": b"x"}, zipper=lambda f: _plain_zip(f)),
        "zip_",
    ),
    "a file outside the bag": (Craft(files=lambda f: f | {"evil.sh": b"x"}), "zip_"),
    "two names for one file": (
        Craft(
            files=lambda f: f | {"coact-pack/PACK.JSON": f["coact-pack/pack.json"]},
            zipper=lambda f: _plain_zip(f),
        ),
        "zip_",
    ),
    "written by another zip tool with a folder entry": (
        Craft(zipped=lambda z: _plain_zip({"coact-pack/": b"", "coact-pack/bagit.txt": b""})),
        "zip_",
    ),
    # Missing files
    **{
        f"no {name}": (
            Craft(files=lambda f, n=name: {k: v for k, v in f.items() if k != pf.ROOT + n}),
            "missing_file",
        )
        for name in (*pf.TAG_FILES, pf.TAGMANIFEST, pf.STATEMENT, pf.SIGNATURE, pf.RECORDS)
    },
    # The signature
    "signed by a stranger": (Craft(key="stranger"), "unknown_key"),
    "signed by a root key": (Craft(key="root-a"), "unknown_key"),
    "a damaged signature": (Craft(signature=lambda b: b[:-10] + b"AAAAAAAAA\n"), "signature_"),
    "not a signature": (Craft(signature=lambda b: b"hello\n"), "signature_malformed"),
    "trusted comment for another edition": (
        Craft(comment=lambda c: c.replace("edition:", "edition:9")),
        "comment_mismatch",
    ),
    "trusted comment of another statement": (
        Craft(comment=lambda c: c[:-64] + "0" * 64),
        "comment_mismatch",
    ),
    # The statement (signed again: only its meaning is wrong)
    "statement not canonical": (
        Craft(statement_bytes=lambda b: b.replace(b"\n", b"\n ", 1)),
        "bad_statement",
    ),
    "statement with an extra field": (Craft(statement=lambda s: _set(s, extra=1)), "bad_statement"),
    "statement without its title": (Craft(statement=lambda s: _drop(s, "title")), "bad_statement"),
    "another format": (Craft(statement=lambda s: _set(s, format="coact-pack/2")), "unknown_format"),
    "needs newer records": (
        Craft(statement=lambda s: _set(s, needs={"records": pf.RECORDS_SCHEMA + 1})),
        "needs_newer_program",
    ),
    "needs something unknown": (
        Craft(statement=lambda s: _set(s, needs={"records": 1, "magic": 1})),
        "bad_statement",
    ),
    "edition zero": (Craft(statement=lambda s: _set(s, edition=0)), "bad_statement"),
    "edition true": (Craft(statement=lambda s: _set(s, edition=True)), "bad_statement"),
    "edition as text": (Craft(statement=lambda s: _set(s, edition="3")), "bad_statement"),
    "an unknown kind": (Craft(statement=lambda s: _set(s, kind="partial")), "bad_statement"),
    "full with a base": (
        Craft(statement=lambda s: _set(s, base_state="0" * 64)),
        "bad_statement",
    ),
    "a delta from a state the reader does not hold": (
        Craft(statement=lambda s: _set(s, kind="delta", base_state="0" * 64)),
        "delta_base",
    ),
    "a delta from the reader's state that resends its text": (
        Craft(statement=_delta_from_shipped),
        "payload_mismatch",
    ),
    "a delta from the reader's state without the new edition.json": (
        Craft(
            statement=_delta_from_shipped, payload=lambda p: _without(p, SHIPPED.edition_text, 1)
        ),
        "payload_mismatch",
    ),
    "a delta from the reader's state that leaves out a new history": (
        Craft(
            statement=_delta_from_shipped,
            payload=lambda p: _without(p, SHIPPED.edition_text, b'{\n  "attachments"'),
        ),
        "payload_mismatch",
    ),
    "a delta whose records are not the state it names": (
        Craft(
            statement=lambda s: _set(_delta_from_shipped(s), state="1" * 64),
            payload=lambda p: _without(p, SHIPPED.edition_text),
        ),
        "state_mismatch",
    ),
    "a delta naming the reader's state as a full pack": (
        Craft(statement=lambda s: _set(s, base_state=SHIPPED.state())),
        "bad_statement",
    ),
    "state not a hash": (Craft(statement=lambda s: _set(s, state="abc")), "bad_statement"),
    "created not a time": (
        Craft(statement=lambda s: _set(s, created="yesterday")),
        "bad_statement",
    ),
    "created on the 30th of February": (
        Craft(statement=lambda s: _set(s, created="2026-02-30T00:00:00Z")),
        "bad_statement",
    ),
    "an empty title": (Craft(statement=lambda s: _set(s, title="  ")), "bad_statement"),
    "a title of a megabyte": (Craft(statement=lambda s: _set(s, title="x" * 400)), "bad_statement"),
    "date not a date": (Craft(statement=lambda s: _set(s, date="soon")), "bad_statement"),
    "another library": (
        Craft(statement=lambda s: _set(s, library="other-library")),
        "foreign_library",
    ),
    "a library id with spaces": (
        Craft(statement=lambda s: _set(s, library="Coact Library")),
        "bad_statement",
    ),
    "the edition the reader has": (
        Craft(statement=lambda s: _set(s, edition=EDITION.version)),
        "already_have",
    ),
    "an older edition": (
        Craft(statement=lambda s: _set(s, edition=EDITION.version - 1)),
        "rollback",
    ),
    "two thousand editions ahead": (
        Craft(statement=lambda s: _set(s, edition=EDITION.version + 2000)),
        "too_far_ahead",
    ),
    "statement of a million bytes": (
        Craft(statement=lambda s: _set(s, title="x" * 200, date="2026-12-01" + " " * 20000)),
        "zip_entry_too_large",
    ),
    # The bag
    "tag manifest changed after signing": (
        Craft(statement=lambda s: _set(s, tagmanifest="0" * 64)),
        "tampered",
    ),
    "tag manifest listing too little": (
        Craft(tagmanifest=lambda b: b.split(b"\n", 1)[1]),
        "bad_manifest",
    ),
    "tag manifest out of order": (
        Craft(tagmanifest=lambda b: b"".join(reversed(b.splitlines(keepends=True)))),
        "bad_manifest",
    ),
    "bagit.txt changed": (
        Craft(files=lambda f: f | {"coact-pack/bagit.txt": b"BagIt-Version: 0.97\n"}),
        "tampered",
    ),
    "bag-info changed after signing": (
        Craft(files=lambda f: f | {"coact-pack/bag-info.txt": b"Bagging-Date: 2026-12-02\n"}),
        "tampered",
    ),
    "bag-info with the wrong oxum": (
        Craft(bag_info=lambda b: b.replace(b"Payload-Oxum: ", b"Payload-Oxum: 1")),
        "bad_bag_info",
    ),
    "bag-info with contact details": (
        Craft(bag_info=lambda b: b + b"Contact-Name: Someone\n"),
        "bad_bag_info",
    ),
    "manifest changed after signing": (
        Craft(files=lambda f: f | {"coact-pack/manifest-sha256.txt": b"0" * 64 + b"  data/x\n"}),
        "tampered",
    ),
    "manifest with a malformed line": (Craft(manifest=lambda b: b + b"nonsense\n"), "bad_manifest"),
    "manifest naming a file twice": (
        Craft(manifest=lambda b: b.splitlines(keepends=True)[0] + b),
        "bad_manifest",
    ),
    "a payload file the manifest does not list": (
        Craft(files=lambda f: f | {"coact-pack/data/blobs/" + "a" * 64: b"x"}),
        "payload_mismatch",
    ),
    "a listed payload file missing": (
        Craft(
            files=lambda f: {k: v for k, v in f.items() if not k.endswith(_blob_of(f, TEXT[:20]))}
        ),
        "payload_mismatch",
    ),
    "a blob changed after signing": (
        Craft(
            files=lambda f: f | {(n := _blob_of(f, TEXT[:20])): f[n].replace(b"drug", b"drag", 1)}
        ),
        "tampered",
    ),
    "records changed after signing": (
        Craft(files=lambda f: f | {pf.ROOT + pf.RECORDS: f[pf.ROOT + pf.RECORDS] + b" "}),
        "tampered",
    ),
    # The records (signed again: only their meaning is wrong)
    "state of other records": (
        Craft(statement=lambda s: _set(s, state="1" * 64)),
        "state_mismatch",
    ),
    "records not canonical": (Craft(records_bytes=lambda b: b + b"\n"), "bad_records"),
    "records of another format": (
        Craft(records=lambda r: _set(r, format="coact-pack-records/9")),
        "bad_records",
    ),
    "records with an extra field": (Craft(records=lambda r: _set(r, extra=[])), "bad_records"),
    "records with notes of a megabyte": (
        Craft(records=lambda r: _set(r, notes="x" * 30_000)),
        "bad_records",
    ),
    "records naming a blob not in the pack": (
        Craft(records=lambda r: _set(r, notes="", edition=_set(r["edition"], meta="2" * 64))),
        "payload_mismatch",
    ),
    "a blob the records do not name": (
        Craft(extra={"data/blobs/" + sha(b"spare"): b"spare"}),
        "payload_mismatch",
    ),
    "a group listed twice": (
        Craft(records=lambda r: _set(r, histories=r["histories"] * 2)),
        "bad_records",
    ),
    "a history placed under a chapter that is no model": (
        Craft(records=lambda r: _set(r, histories=[_set(r["histories"][0], model="conclusion")])),
        "bad_records",
    ),
    "a history placed under a model the edition lacks": (
        Craft(records=lambda r: _set(r, histories=[_set(r["histories"][0], model="no-such")])),
        "bad_records",
    ),
    "a history placed under a number": (
        Craft(records=lambda r: _set(r, histories=[_set(r["histories"][0], model=7)])),
        "bad_records",
    ),
    "a history placed under a path": (
        Craft(records=lambda r: _set(r, histories=[_set(r["histories"][0], model="../x")])),
        "bad_records",
    ),
    "a group id that is not one": (
        Craft(records=lambda r: _set(r, histories=[_set(r["histories"][0], group="me")])),
        "bad_records",
    ),
    # The edition inside (all signed and hashed: only its content is wrong)
    "an edition of another library": (
        Craft(meta=lambda m: _set(m, id="another")),
        "edition_mismatch",
    ),
    "an edition of another number": (
        Craft(meta=lambda m: _set(m, version=EDITION.version + 5)),
        "edition_mismatch",
    ),
    "an edition.json that is not JSON": (Craft(meta_bytes=lambda b: b"not json {"), "bad_edition"),
    "an edition.json of a number": (Craft(meta_bytes=lambda b: b"42"), "bad_edition"),
    "an edition.json naming no text": (Craft(meta=lambda m: _drop(m, "source")), "bad_edition"),
    "a text named outside the folder": (
        Craft(meta=lambda m: _set(m, source=_set(m["source"], file="../../x.txt"))),
        "bad_edition",
    ),
    "a text named like a device": (
        Craft(meta=lambda m: _set(m, source=_set(m["source"], file="con.txt"))),
        "bad_edition",
    ),
    "a text named edition.json": (
        Craft(meta=lambda m: _set(m, source=_set(m["source"], file="edition.json"))),
        "bad_edition",
    ),
    "a text changed from its checksum": (
        Craft(text=lambda t: t.replace(b"drug", b"drag", 1)),
        "bad_edition",
    ),
    "a text that is not UTF-8": (
        Craft(text=lambda t: t + b"\xff", meta=lambda m: m),
        "bad_edition",
    ),
    "an alias that is a number": (
        Craft(meta=lambda m: _set(m, organisations=[_set(m["organisations"][0], aliases=[1])])),
        "bad_edition",
    ),
    "a chapter a billion lines long": (
        Craft(meta=lambda m: _set(m, chapters=[_set(m["chapters"][0], last_line=10**9)])),
        "bad_edition",
    ),
    "chapters that leave lines out": (
        Craft(meta=lambda m: _set(m, chapters=m["chapters"][:-1])),
        "bad_edition",
    ),
    "an edition of another format": (
        Craft(meta=lambda m: _set(m, format="coact-edition/9")),
        "bad_edition",
    ),
    "an event year as text": (
        Craft(meta=lambda m: _set(m, events=[_set(m["events"][0], year_from="1973")])),
        "bad_edition",
    ),
    # The histories inside
    "a history with an unknown field": (
        Craft(histories=lambda hs: [_set(h, extra=1) for h in hs]),
        "bad_history",
    ),
    "a history of another group than its record": (
        Craft(
            records=lambda r: _set(
                r, histories=[_set(r["histories"][0], group="11111111-2222-4333-8444-555555555555")]
            )
        ),
        "bad_history",
    ),
    "a history with a bad language": (
        Craft(histories=lambda hs: [_set(h, language="not a language") for h in hs]),
        "bad_history",
    ),
    "a history with no name": (Craft(histories=_history(name="")), "bad_history"),
    "a history naming attachments": (
        Craft(
            histories=lambda hs: [_set(h, attachments=[{"path": "data/media/x.jpg"}]) for h in hs]
        ),
        "bad_history",
    ),
    # Photos and files of a history: what they say, clean, and exactly those its record names
    "a picture that is not what it says": (
        Craft(media=[(bf.png(), "jpg", "image/jpeg")]),
        "attachment_not_what_it_says",
    ),
    "a photo with a place in it": (
        Craft(media=[(bf.jpeg_with(exif=bf.exif_with_gps()), "jpg", "image/jpeg")]),
        "attachment_metadata",
    ),
    "a photo with a comment": (
        Craft(media=[(bf.jpeg_with(comment=b"Real Name"), "jpg", "image/jpeg")]),
        "attachment_metadata",
    ),
    "a picture with an author": (
        Craft(media=[(bf.png_with_author(), "png", "image/png")]),
        "attachment_metadata",
    ),
    "a picture bomb": (Craft(media=[(bf.png_bomb(), "png", "image/png")]), "attachment_unreadable"),
    "a picture cut short": (
        Craft(media=[(bf.png()[:40], "png", "image/png")]),
        "attachment_unreadable",
    ),
    "a document with an author": (
        Craft(media=[(bf.pdf_with_author(), "pdf", "application/pdf")]),
        "attachment_metadata",
    ),
    "a text file with a NUL": (
        Craft(media=[(b"TEST TEXT\x00", "txt", "text/plain")]),
        "attachment_not_what_it_says",
    ),
    "pictures in another order than the history's": (
        Craft(
            media=[(bf.png(), "png", "image/png"), (bf.tiny_jpeg(), "jpg", "image/jpeg")],
            records=lambda r: _set(
                r, histories=[_set(h, media=h["media"][::-1]) for h in r["histories"]]
            ),
        ),
        "media_mismatch",
    ),
    "a history's picture left out of its record": (
        Craft(
            media=[(bf.png(), "png", "image/png"), (bf.tiny_jpeg(), "jpg", "image/jpeg")],
            records=lambda r: _set(
                r, histories=[_set(h, media=h["media"][:1]) for h in r["histories"]]
            ),
            payload=lambda p: _without(p, sha(bf.tiny_jpeg())),
        ),
        "media_mismatch",
    ),
    "a picture listed twice": (
        Craft(
            media=[(bf.png(), "png", "image/png")],
            records=lambda r: _set(
                r, histories=[_set(h, media=h["media"] * 2) for h in r["histories"]]
            ),
        ),
        "bad_records",
    ),
    "an empty list of pictures": (
        Craft(records=lambda r: _set(r, histories=[_set(h, media=[]) for h in r["histories"]])),
        "bad_records",
    ),
    "a picture that is not a hash": (
        Craft(
            records=lambda r: _set(r, histories=[_set(h, media=["x" * 64]) for h in r["histories"]])
        ),
        "bad_records",
    ),
    "a history that is its own picture": (
        Craft(
            records=lambda r: _set(
                r, histories=[_set(h, media=[h["blob"]]) for h in r["histories"]]
            )
        ),
        "bad_records",
    ),
    "more pictures than a history may have": (
        Craft(
            records=lambda r: _set(
                r,
                histories=[
                    _set(h, media=[sha(str(n).encode()) for n in range(501)])
                    for h in r["histories"]
                ],
            )
        ),
        "bad_records",
    ),
    "a picture missing from the pack": (
        Craft(media=[(bf.png(), "png", "image/png")], payload=lambda p: _without(p, sha(bf.png()))),
        "payload_mismatch",
    ),
    "a picture changed after signing": (
        Craft(
            media=[(bf.png(), "png", "image/png")],
            payload=lambda p: p | {f"data/blobs/{sha(bf.png())}": bf.tiny_jpeg()},
        ),
        "tampered",
    ),
    "a pack with pictures that says it needs no newer reader": (
        Craft(
            media=[(bf.png(), "png", "image/png")],
            statement=lambda s: _set(s, needs={"records": 1}),
        ),
        "bad_statement",
    ),
    "a picture larger than any photo may be": (
        Craft(media=[(bf.png() + bytes(pf.MAX_MEDIA_BYTES), "png", "image/png")]),
        "zip_",
    ),
    # Roots carried
    "a root of another library": ("root:foreign", "root_"),
    "a root skipping a version": ("root:gap", "root_gap"),
    "a root signed by one root key": ("root:unsigned", "root_unsigned"),
    "a signature of no root": (
        Craft(extra={"roots/root-2.json.0000000000000000.minisig": b"x"}),
        "root_malformed",
    ),
    "a root named for another version": ("root:misnamed", "root_malformed"),
    "sixty-five roots": ("root:many", "root_too_many"),
    "a root of seventy kilobytes": (
        Craft(extra={"roots/root-2.json": b" " * 70_000}),
        "zip_entry_too_large",
    ),
    "a root that is not JSON": (Craft(extra={"roots/root-2.json": b"root"}), "root_malformed"),
    "a signature of five kilobytes": (
        Craft(signature=lambda b: b + b"x" * 5000),
        "zip_entry_too_large",
    ),
    "created in another time zone": (
        Craft(statement=lambda s: _set(s, created="2026-12-01T00:00:00+02:00")),
        "bad_statement",
    ),
    "a history record naming the text": (
        Craft(
            records=lambda r: _set(
                r, histories=[_set(r["histories"][0], blob=r["edition"]["text"])]
            )
        ),
        "payload_mismatch",
    ),
    "notes that are a number": (Craft(records=lambda r: _set(r, notes=5)), "bad_records"),
    "a history record with no blob": (
        Craft(records=lambda r: _set(r, histories=[_drop(r["histories"][0], "blob")])),
        "bad_records",
    ),
}


def _root_case(kind: str, keys: dict[str, SecretKey]) -> Craft:
    from dataclasses import replace as copy

    from coact_desktop.core.exchange import trust_root

    shipped = trust_root.shipped_root()
    version = {"gap": 3, "misnamed": 2}.get(kind, 2)
    root = copy(shipped, version=version)
    if kind == "foreign":
        root = copy(root, library="another-library")
    signers = ("root-a",) if kind == "unsigned" else ("root-a", "root-b")
    name = "root-3.json" if kind == "misnamed" else root.file_name()
    extra = {f"roots/{name}": root.to_bytes()}
    for signer in signers:
        text = trust_root.sign_root(root, keys[signer])
        extra[f"roots/{name}.{keys[signer].public_key().key_id_hex}.minisig"] = text.encode()
    if kind == "many":
        extra = {f"roots/root-{v}.json": b"{}" for v in range(2, 2 + 65)}
    return Craft(extra=extra)


@pytest.fixture
def reader(new_profile: Callable[[], AppServices]) -> AppServices:
    return new_profile()


def test_the_crafted_good_pack_is_accepted(
    reader: AppServices, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    # The control: without a change, the crafted pack imports (so each refusal below is its own).
    path = tmp_path / "good.coactpack"
    path.write_bytes(Craft().build(throwaway_keys))
    check = reader.editions.import_pack(path)
    assert check.statement.edition == EDITION.version + 1
    assert check.histories == (
        history_from_json(json.loads((EXAMPLE_HISTORY / "data" / "history.json").read_text())).name,
    )


def test_a_crafted_pack_with_pictures_and_a_text_file_is_accepted(
    reader: AppServices, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    # The control of the media cases: clean files of each kind import, and show with captions.
    media = [
        (bf.png(), "png", "image/png"),
        (bf.tiny_jpeg("green"), "jpg", "image/jpeg"),
        ("TEST TEXT: ещё".encode(), "txt", "text/plain"),
    ]
    path = tmp_path / "pictures.coactpack"
    path.write_bytes(Craft(media=media).build(throwaway_keys))
    reader.editions.import_pack(path)
    chapter = next(
        reader.library.chapter(c.slug)
        for c in reader.library.chapters()
        if c.title == "Photos and files"
    )
    assert [p.text for p in chapter.passages] == ["A TEST PICTURE, made by the test"] * 3
    for passage, (data, _ext, kind) in zip(chapter.passages, media, strict=True):
        assert passage.media is not None
        assert (passage.media.sha256, passage.media.media_type) == (sha(data), kind)
        assert reader.library.media(passage.id) == (kind, data)


def test_a_crafted_delta_from_the_shipped_edition_is_accepted(
    reader: AppServices, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    # The control of the delta cases: only the new blobs, the text taken from the reader's own.
    craft = Craft(
        statement=_delta_from_shipped, payload=lambda p: _without(p, SHIPPED.edition_text)
    )
    path = tmp_path / "delta.coactpack"
    path.write_bytes(craft.build(throwaway_keys))
    check = reader.editions.import_pack(path)
    assert (check.statement.kind, check.statement.edition) == ("delta", EDITION.version + 1)
    assert reader.library.chapter("introduction").passages  # the text, from the shipped copy


@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_pack_is_refused_and_changes_nothing(
    name: str, reader: AppServices, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    craft, reason = CASES[name]
    if isinstance(craft, str):
        craft = _root_case(craft.split(":")[1], throwaway_keys)
    path = tmp_path / "hostile.coactpack"
    path.write_bytes(craft.build(throwaway_keys))
    before = bf.snapshot(reader.paths.data_dir)
    with pytest.raises(KnownError) as caught:
        reader.editions.import_pack(path)
    got = str(caught.value.details.get("reason", caught.value.code))
    assert got.startswith(reason), f"{name}: refused as {got}: {caught.value.message}"
    message = caught.value.message
    assert len(message) > 20, message
    assert "Traceback" not in message
    after = bf.snapshot(reader.paths.data_dir)
    changed = sorted(
        n
        for n in before.files.keys() | after.files.keys()
        if before.files.get(n) != after.files.get(n)
    )
    assert changed == [], f"{name}: the profile changed: {changed}"
    assert before.dump == after.dump, f"{name}: the database changed"


def test_there_are_at_least_a_hundred_hostile_packs() -> None:
    # The bar: a hundred crafted files, each refused with its reason.
    assert len(CASES) >= 100
