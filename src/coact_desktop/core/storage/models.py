"""SQLAlchemy ORM models of the profile database; only core services touch them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base for every table."""


class EditionRow(Base):
    """An edition of the history loaded into this profile."""

    __tablename__ = "editions"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(String(40))
    publisher: Mapped[str] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSON)
    credit: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(20))
    source_sha256: Mapped[str] = mapped_column(String(64))
    publisher_key_id: Mapped[str | None] = mapped_column(String(64))
    loaded_at: Mapped[datetime]
    # A group's history: the model of organising Coact's editors placed it under (a chapter slug).
    model: Mapped[str | None] = mapped_column(String(100), default=None)


class EditionStateRow(Base):
    """The published state an edition came from (a pack's records), the base of the next delta."""

    __tablename__ = "edition_states"

    edition_id: Mapped[str] = mapped_column(
        ForeignKey("editions.id", ondelete="CASCADE"), primary_key=True
    )
    records: Mapped[bytes] = mapped_column(LargeBinary)  # exactly as signed, canonical JSON
    whats_new: Mapped[dict[str, Any]] = mapped_column(JSON)  # what the import changed, to show


class ChapterRow(Base):
    """A chapter of an edition, in reading order."""

    __tablename__ = "chapters"
    __table_args__ = (UniqueConstraint("edition_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[str] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    passages: Mapped[list[PassageRow]] = relationship(
        order_by="PassageRow.position", cascade="all, delete-orphan"
    )


class PassageRow(Base):
    """One paragraph or list item, verbatim."""

    __tablename__ = "passages"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    chapter_id: Mapped[int] = mapped_column(ForeignKey("chapters.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    is_list_item: Mapped[bool]
    decades: Mapped[list[str]] = mapped_column(JSON)
    places: Mapped[list[str]] = mapped_column(JSON)
    countries: Mapped[list[str]] = mapped_column(JSON)


class MediaRow(Base):
    """A photo or file of a group's history, shown with the passage that is its caption."""

    __tablename__ = "media"

    passage_id: Mapped[str] = mapped_column(
        ForeignKey("passages.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    # In the library's database, not beside it: an edition and its pictures switch in one step.
    data: Mapped[bytes] = mapped_column(LargeBinary)


class OrganisationRow(Base):
    """An organisation, network or project the text names."""

    __tablename__ = "organisations"

    slug: Mapped[str] = mapped_column(String(100), primary_key=True)
    edition_id: Mapped[str] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[str]] = mapped_column(JSON)
    mention_forms: Mapped[list[str]] = mapped_column(JSON)
    country: Mapped[str | None] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    founded: Mapped[int | None]
    founded_text: Mapped[str | None] = mapped_column(Text)
    closed: Mapped[int | None]
    closed_text: Mapped[str | None] = mapped_column(Text)
    models: Mapped[list[str]] = mapped_column(JSON)


class MentionRow(Base):
    """That a passage mentions an organisation."""

    __tablename__ = "mentions"

    organisation_slug: Mapped[str] = mapped_column(
        ForeignKey("organisations.slug", ondelete="CASCADE"), primary_key=True
    )
    passage_id: Mapped[str] = mapped_column(
        ForeignKey("passages.id", ondelete="CASCADE"), primary_key=True
    )


class EventRow(Base):
    """A dated event on the timeline, quoted from its passage."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[str] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    year_from: Mapped[int]
    year_to: Mapped[int]
    when_text: Mapped[str] = mapped_column(Text)
    quote: Mapped[str] = mapped_column(Text)
    passage_id: Mapped[str] = mapped_column(ForeignKey("passages.id", ondelete="CASCADE"))
    organisations: Mapped[list[str]] = mapped_column(JSON)


class DraftRow(Base):
    """A group's draft history: the whole draft as JSON, as last saved."""

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)  # the group's name, for lists
    content: Mapped[str] = mapped_column(Text)  # Draft.to_json(), serialised
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class DraftRevisionRow(Base):
    """A saved state of a draft; restoring one adds another."""

    __tablename__ = "draft_revisions"
    __table_args__ = (UniqueConstraint("draft_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[str] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    number: Mapped[int]
    reason: Mapped[str] = mapped_column(String(20))
    saved_at: Mapped[datetime]
    content: Mapped[str] = mapped_column(Text)


class SigningKeyRow(Base):
    """One of this profile's own group signing keys; the newest unretired one signs exports."""

    __tablename__ = "signing_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[str] = mapped_column(Text)  # minisign public key file text
    secret_key: Mapped[str] = mapped_column(Text)  # minisign encrypted secret key file text
    work_factor: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]
    # How the key before this one handed over to it (None for a first key).
    rotation_statement: Mapped[str | None] = mapped_column(Text)
    rotation_signature: Mapped[str | None] = mapped_column(Text)


class ExportRow(Base):
    """A bundle this profile wrote: its group, sequence number and predecessor."""

    __tablename__ = "exports"
    __table_args__ = (UniqueConstraint("group_id", "sequence"),)

    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    draft_id: Mapped[str] = mapped_column(String(64), index=True)
    group_id: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int]
    previous_bundle_id: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(Text)
    size: Mapped[int]
    encrypted: Mapped[bool]
    created_at: Mapped[datetime]


class PinnedKeyRow(Base):
    """The key Coact trusts for a group (trust on first use, confirmed by a person)."""

    __tablename__ = "pinned_keys"

    group_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(Text)
    pinned_at: Mapped[datetime]


class ReceivedBundleRow(Base):
    """A verified bundle in Coact's review inbox, and what was decided about it."""

    __tablename__ = "received_bundles"

    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64))
    group_id: Mapped[str] = mapped_column(String(36), index=True)
    group_name: Mapped[str] = mapped_column(Text)
    sequence: Mapped[int]
    previous_bundle_id: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(Text)
    trust: Mapped[str] = mapped_column(String(20))  # new_key, known_key, rotated_key
    state: Mapped[str] = mapped_column(String(20))  # held, verified, accepted, rejected, superseded
    reason: Mapped[str] = mapped_column(Text, default="")
    encrypted: Mapped[bool]
    bagging_date: Mapped[str] = mapped_column(String(10))
    history: Mapped[str] = mapped_column(Text)  # data/history.json exactly as verified
    received_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    answer_recipient: Mapped[str | None] = mapped_column(String(62))  # age key for the answer


class AnswerRow(Base):
    """Coact's answer to a bundle this profile sent, kept on the draft it came from."""

    __tablename__ = "answers"

    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    draft_id: Mapped[str] = mapped_column(String(64), index=True)
    sequence: Mapped[int]
    decision: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str] = mapped_column(Text)
    edition: Mapped[int | None]
    sections: Mapped[list[dict[str, str | None]]] = mapped_column(JSON)
    created: Mapped[str] = mapped_column(String(20))  # when Coact signed it, UTC
    key_id: Mapped[str] = mapped_column(String(16))
    file_sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime]
