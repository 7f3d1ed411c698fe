"""Why a revision of a draft was saved, in words, for the revision history and the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# In the revision history's translation context, where these words began.
translate = QCoreApplication.translate


def reason_text(reason: str) -> str:
    """A revision's reason (core's code) in words."""
    return {
        #: Why a revision of a draft was saved: the draft was started.
        "create": translate("RevisionsDialog", "started"),
        #: Why a revision was saved: the draft was imported from a file.
        "import": translate("RevisionsDialog", "imported"),
        "autosave": translate("RevisionsDialog", "saved while writing"),
        "restore": translate("RevisionsDialog", "restored an earlier revision"),
        "edit": translate("RevisionsDialog", "changed"),
    }.get(reason, reason)
