"""Bundles: own signing keys, exports, pinned group keys and the review inbox."""

import sqlalchemy as sa
from alembic import op

revision = "0003_bundles"
down_revision = "0002_drafts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the key, export and inbox tables (library and drafts are untouched)."""
    op.create_table(
        "signing_keys",
        sa.Column("key_id", sa.String(16), primary_key=True),
        sa.Column("public_key", sa.Text, nullable=False),
        sa.Column("secret_key", sa.Text, nullable=False),
        sa.Column("work_factor", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("retired_at", sa.DateTime, nullable=True),
        sa.Column("rotation_statement", sa.Text, nullable=True),
        sa.Column("rotation_signature", sa.Text, nullable=True),
    )
    op.create_table(
        "exports",
        sa.Column("bundle_id", sa.String(64), primary_key=True),
        sa.Column("draft_id", sa.String(64), nullable=False, index=True),
        sa.Column("group_id", sa.String(36), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("previous_bundle_id", sa.String(64), nullable=True),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("encrypted", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("group_id", "sequence"),
    )
    op.create_table(
        "pinned_keys",
        sa.Column("group_id", sa.String(36), primary_key=True),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("public_key", sa.Text, nullable=False),
        sa.Column("pinned_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "received_bundles",
        sa.Column("bundle_id", sa.String(64), primary_key=True),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("group_id", sa.String(36), nullable=False, index=True),
        sa.Column("group_name", sa.Text, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("previous_bundle_id", sa.String(64), nullable=True),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("public_key", sa.Text, nullable=False),
        sa.Column("trust", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("encrypted", sa.Boolean, nullable=False),
        sa.Column("bagging_date", sa.String(10), nullable=False),
        sa.Column("history", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=True),
    )


def downgrade() -> None:
    """Drop the bundle tables."""
    for table in ("received_bundles", "pinned_keys", "exports", "signing_keys"):
        op.drop_table(table)
