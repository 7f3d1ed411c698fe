"""What quick delete removed, in words, for the window and the command line."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
QUOTES = " \t\"'«»“”„‘’‹›「」"


def removed_text(code: str) -> str:
    """One thing quick delete removed (core's report code), in words."""
    return {
        "data_key": translate("QuickDelete", "the key to your drafts (destroyed first)"),
        "private_database": translate("QuickDelete", "the encrypted drafts, inbox and keys"),
        "plain_private_rows": translate("QuickDelete", "drafts, inbox and keys"),
        "attachments": translate("QuickDelete", "photos and files attached to drafts"),
        "backups": translate("QuickDelete", "backups"),
        "keys": translate("QuickDelete", "key files"),
        "logs": translate("QuickDelete", "the log"),
        "tmp": translate("QuickDelete", "temporary files"),
        "edition-plan.json": translate("QuickDelete", "the plan of the next edition"),
        "unlock-tries.json": translate("QuickDelete", "the count of wrong passphrases"),
        "settings": translate("QuickDelete", "folders, files and drafts remembered in settings"),
    }.get(code, code)


def report_text(removed: list[str]) -> str:
    """The whole report: what was removed, or that there was nothing private to remove."""
    if not removed:
        return translate("QuickDelete", "There was nothing private to remove.")
    #: {items} is a list of what was removed, separated by semicolons.
    return translate("QuickDelete", "Removed: {items}. The library is still here.").format(
        items="; ".join(removed_text(code) for code in removed)
    )


def same_word(typed: str, word: str) -> bool:
    """Whether the confirming word was typed, whatever the case and wherever the accents went.

    Vietnamese input methods put a tone mark on either vowel ("xóa" or "xoá"): both count, and
    so does the word typed with the quotation marks some languages show it in.
    """

    def bare(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.strip(QUOTES).casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    return bool(typed.strip()) and bare(typed) == bare(word)
