"""Qt's own button words, offered to our translators where Qt ships no translation.

Qt has none for Thai, Kyrgyz, Indonesian, Vietnamese or Swahili: a dialog's OK or a wizard's
Next would stay English. Never called: lupdate reads these QT_TRANSLATE_NOOP calls into our .ts
files, and Qt looks its words up in the same contexts ("QPlatformTheme", "QWizard") in every
installed translation, ours (installed last) first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    #: A button of a dialog (Qt's own word, as on every dialog of the system).
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    #: A button of a step-by-step dialog (the send wizard): the step before.
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    #: The step after; in a right-to-left language, leave the arrow out.
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    QT_TRANSLATE_NOOP("QWizard", "Commit"),
)
