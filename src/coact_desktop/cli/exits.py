"""Exit statuses: 0 done, 1 an error, 2 a usage error (on the window's path, without output.py)."""

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
