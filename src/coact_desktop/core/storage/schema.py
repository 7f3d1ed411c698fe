"""The schema revision this program expects, readable without importing SQLAlchemy or Alembic."""

# Keep equal to the newest file in core/storage/migrations/versions (a unit test checks it).
HEAD_REVISION = "0008_history_media"
