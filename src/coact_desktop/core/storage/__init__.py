"""The profile on disk: database, models, migrations, backups, the lock, paths, file names,
housekeeping."""

# The modules the GUI and the command line may import; the rest is this wing's own.
__all__ = ["backups", "file_names", "file_store", "lock", "logs", "paths", "quick_delete"]
