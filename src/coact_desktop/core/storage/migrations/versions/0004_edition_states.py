"""Edition states: the records of the pack an edition came from (the base of the next delta),
and what its import changed."""

import sqlalchemy as sa
from alembic import op

revision = "0004_edition_states"
down_revision = "0003_bundles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add one table; nothing existing changes (an edition without a state takes full packs)."""
    op.create_table(
        "edition_states",
        sa.Column(
            "edition_id",
            sa.String(200),
            sa.ForeignKey("editions.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("records", sa.LargeBinary, nullable=False),
        sa.Column("whats_new", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    """Drop it: the library's editions stay as they are."""
    op.drop_table("edition_states")
