"""The age key a group's bundle named for Coact's answer, kept in the inbox beside the bundle."""

import sqlalchemy as sa
from alembic import op

revision = "0007_answer_recipients"
down_revision = "0006_history_models"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """One nullable column; bundles received before it named no key, and their answers go plain."""
    op.add_column("received_bundles", sa.Column("answer_recipient", sa.String(62), nullable=True))


def downgrade() -> None:
    """Drop it: answers written afterwards go unencrypted, as before."""
    op.drop_column("received_bundles", "answer_recipient")
