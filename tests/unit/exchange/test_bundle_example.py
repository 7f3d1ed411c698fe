"""The documented example bundle (docs/examples/bundle/) is real: verified, unzipped, consented."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from coact_desktop.core.drafts.model import Draft
from coact_desktop.core.exchange.bundle_read import open_bundle
from coact_desktop.core.exchange.formats import bag
from coact_desktop.core.exchange.formats.minisign import PublicKey
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical
from coact_desktop.core.exchange.history import public_history

DOCS = Path(__file__).resolve().parents[3] / "docs" / "examples"
FOLDER = DOCS / "bundle"
BUNDLE = FOLDER / "riverside-users-network-1.coact"
PUBLIC_KEY = FOLDER / "example-group.pub"


def example_draft() -> Draft:
    """docs/examples/draft.json, which names Sam in its timeline by the agreed pseudonym."""
    return Draft.from_json(json.loads((DOCS / "draft.json").read_text("utf-8")))


def test_our_verifier_accepts_the_example_bundle() -> None:
    public_key = PublicKey.from_text(PUBLIC_KEY.read_text("ascii"))
    tagmanifest = (FOLDER / "coact-bundle" / bag.TAGMANIFEST).read_bytes()
    with open_bundle(BUNDLE) as bundle:
        assert not bundle.encrypted
        assert bundle.bundle_id == hashlib.sha256(tagmanifest).hexdigest()
        assert bundle.file_sha256 == hashlib.sha256(BUNDLE.read_bytes()).hexdigest()
        assert bundle.public_key == public_key
        assert bundle.info.key_id == public_key.key_id_hex
        assert bundle.info.sequence == 1
        assert bundle.info.previous_bundle is None
        assert bundle.media == ()


def test_the_unzipped_files_are_the_bundle_entries_byte_for_byte() -> None:
    with zipfile.ZipFile(BUNDLE) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
        assert all(info.compress_type == zipfile.ZIP_STORED for info in archive.infolist())
    on_disk = {
        path.relative_to(FOLDER).as_posix(): path.read_bytes()
        for path in (FOLDER / "coact-bundle").rglob("*")
        if path.is_file()
    }
    assert sorted(entries) == sorted(on_disk)
    for name, data in entries.items():
        assert on_disk[name] == data, name


def test_the_history_is_the_example_draft_with_consent_applied() -> None:
    raw = (FOLDER / "coact-bundle" / bag.HISTORY).read_bytes()
    with open_bundle(BUNDLE) as bundle:
        history = bundle.history
        assert bundle.history_bytes == raw
    expected = public_history(example_draft(), history.group_id, ())
    assert history == expected
    assert raw == dumps_canonical(expected.to_json())
    # Consent, checked independently of public_history: the pseudonymised person appears only
    # by pseudonym, the named one by name, and sections with nothing written are left out.
    text = raw.decode("utf-8")
    assert "Sam Rivers" not in text
    assert [(p.name, p.consent) for p in history.people] == [
        ("S.", "pseudonym"),
        ("Alex Moor", "named"),
    ]
    assert [title for title, _ in history.sections] == [
        "How the group began",
        "What the group does",
        "Lessons for other groups",
        "Our newsletter",
    ]
    assert history.events[0].people == ("S.",)
    assert history.rotations == ()
