"""Drafts: a group's own history and its revisions."""

import sqlalchemy as sa
from alembic import op

revision = "0002_drafts"
down_revision = "0001_reader"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the draft tables (the library's tables are untouched)."""
    op.create_table(
        "drafts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "draft_revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "draft_id",
            sa.String(64),
            sa.ForeignKey("drafts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.UniqueConstraint("draft_id", "number"),
    )


def downgrade() -> None:
    """Drop the draft tables."""
    op.drop_table("draft_revisions")
    op.drop_table("drafts")
