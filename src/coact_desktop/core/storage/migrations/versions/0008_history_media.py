"""The photos and files of accepted and published group histories, in the library's database."""

import sqlalchemy as sa
from alembic import op

revision = "0008_history_media"
down_revision = "0007_answer_recipients"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """A new table; histories already held had no pictures in the library, and keep none."""
    op.create_table(
        "media",
        sa.Column(
            "passage_id",
            sa.String(200),
            sa.ForeignKey("passages.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    """Drop it: the histories stay, their captions with them, without the pictures."""
    op.drop_table("media")
