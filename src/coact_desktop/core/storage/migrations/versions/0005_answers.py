"""Answers: what Coact answered to the bundles this profile sent, kept on their drafts."""

import sqlalchemy as sa
from alembic import op

revision = "0005_answers"
down_revision = "0004_edition_states"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add one table; nothing existing changes."""
    op.create_table(
        "answers",
        sa.Column("bundle_id", sa.String(64), primary_key=True),
        sa.Column("draft_id", sa.String(64), nullable=False, index=True),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("decision", sa.String(40), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("edition", sa.Integer, nullable=True),
        sa.Column("sections", sa.JSON, nullable=False),
        sa.Column("created", sa.String(20), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    """Drop it: drafts and exports stay as they are."""
    op.drop_table("answers")
