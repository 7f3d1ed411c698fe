"""The PySide6 GUI: thin views over the core services."""
