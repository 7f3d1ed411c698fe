"""The reader: editions, chapters, passages, organisations, mentions, events."""

import sqlalchemy as sa
from alembic import op

revision = "0001_reader"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the library tables."""
    op.create_table(
        "editions",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("date", sa.String(40), nullable=False),
        sa.Column("publisher", sa.Text, nullable=False),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("credit", sa.Text, nullable=False),
        sa.Column("language", sa.String(20), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("publisher_key_id", sa.String(64), nullable=True),
        sa.Column("loaded_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "chapters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "edition_id",
            sa.String(200),
            sa.ForeignKey("editions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("slug", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.UniqueConstraint("edition_id", "slug"),
    )
    op.create_table(
        "passages",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column(
            "chapter_id",
            sa.Integer,
            sa.ForeignKey("chapters.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("is_list_item", sa.Boolean, nullable=False),
        sa.Column("decades", sa.JSON, nullable=False),
        sa.Column("places", sa.JSON, nullable=False),
        sa.Column("countries", sa.JSON, nullable=False),
    )
    op.create_table(
        "organisations",
        sa.Column("slug", sa.String(100), primary_key=True),
        sa.Column(
            "edition_id",
            sa.String(200),
            sa.ForeignKey("editions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("mention_forms", sa.JSON, nullable=False),
        sa.Column("country", sa.Text, nullable=True),
        sa.Column("region", sa.Text, nullable=True),
        sa.Column("city", sa.Text, nullable=True),
        sa.Column("founded", sa.Integer, nullable=True),
        sa.Column("founded_text", sa.Text, nullable=True),
        sa.Column("closed", sa.Integer, nullable=True),
        sa.Column("closed_text", sa.Text, nullable=True),
        sa.Column("models", sa.JSON, nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column(
            "organisation_slug",
            sa.String(100),
            sa.ForeignKey("organisations.slug", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "passage_id",
            sa.String(200),
            sa.ForeignKey("passages.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "edition_id",
            sa.String(200),
            sa.ForeignKey("editions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("year_from", sa.Integer, nullable=False),
        sa.Column("year_to", sa.Integer, nullable=False),
        sa.Column("when_text", sa.Text, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column(
            "passage_id",
            sa.String(200),
            sa.ForeignKey("passages.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("organisations", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    """Drop the library tables."""
    for table in ("events", "mentions", "organisations", "passages", "chapters", "editions"):
        op.drop_table(table)
