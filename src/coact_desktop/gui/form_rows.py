"""Rows of a form whose field shares its line with a button (a path and its "Choose…")."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget


def add_row_with_button(
    form: QFormLayout, parent: QWidget, label: str, field: QWidget, button: QPushButton
) -> None:
    """Add ``label: [field][button]``; the label's mnemonic reaches the field, not the row."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    # A QFormLayout row given a layout sets no buddy: the "&" would show and do nothing.
    buddy = QLabel(label, parent)
    buddy.setBuddy(field)
    form.addRow(buddy, row)
