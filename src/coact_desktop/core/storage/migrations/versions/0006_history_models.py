"""Where Coact's editors placed a group's history: under which model of organising."""

import sqlalchemy as sa
from alembic import op

revision = "0006_history_models"
down_revision = "0005_answers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """One nullable column; every existing row keeps its meaning (placed nowhere in particular)."""
    # In place (ALTER TABLE), never a batch copy: dropping the old table would cascade to every
    # chapter of the library.
    op.add_column("editions", sa.Column("model", sa.String(100), nullable=True))


def downgrade() -> None:
    """Drop it: the histories stay, under "Groups' own histories"."""
    op.drop_column("editions", "model")  # SQLite ≥ 3.35 drops a column in place
