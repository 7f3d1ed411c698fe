"""The profile on disk: database, models, migrations, backups, the lock, paths, housekeeping."""

# The modules the GUI and the command line may import; the rest is this wing's own.
__all__ = ["backups", "lock", "logs", "paths"]
