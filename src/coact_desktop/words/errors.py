"""Words, in the reader's language, for the problems core reports by code (window and CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coact_desktop.core.errors import KnownError

# lupdate finds literal translate("Context", "text") calls, so no wrapper function.
translate = QCoreApplication.translate


def describe(error: BaseException) -> str:
    """A calm sentence a person can act on; core's own message is kept as the detail."""
    if not isinstance(error, KnownError):
        return translate(
            "Errors",
            "Something went wrong inside Coact Desktop ({error}). The details are in the log "
            "file in your profile folder.",
        ).format(error=type(error).__name__)
    path = str(error.details.get("path", ""))
    wording = {
        "profile": translate(
            "Errors",
            "Coact Desktop cannot use the folder {path}. Check that it exists and that you may "
            "write to it, or start the program with --data-dir and another folder.",
        ).format(path=path),
        "database": translate(
            "Errors", "The library database could not be opened or updated. Nothing was changed."
        ),
        "edition": translate(
            "Errors",
            "The history that comes with this copy of Coact Desktop is damaged. "
            "Please install the program again.",
        ),
        "search": translate("Errors", "Search could not run."),
        "not_found": translate("Errors", "That part of the history could not be found."),
        "cancelled": translate("Errors", "Cancelled."),
        "attachment": translate(
            "Errors",
            "This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and "
            "text files, after removing their hidden details.",
        ),
        "draft": translate("Errors", "This draft file is not valid."),
        "draft_exists": translate("Errors", "A draft with this identity is already here."),
        "passphrase": _passphrase_wording(error),
        "key_file": translate("Errors", "The key file cannot be used."),
        "signature": translate("Errors", "The signature is not valid."),
        "bundle": translate(
            "Errors", "This file was refused, and nothing in the library was changed."
        ),
        "export": translate("Errors", "The file could not be written; nothing was sent."),
        "locked": translate(
            "Errors",
            "Your group's drafts are locked. Unlock them with your passphrase first.",
        ),
        "data_key": translate(
            "Errors",
            "The file that keeps the key to your drafts (data-key.json in the profile folder) "
            "is missing or damaged, so the drafts cannot be opened. Nothing was changed.",
        ),
    }.get(error.code)
    if error.code == "search" and "filter" in error.details:
        return _filter_wording(error)
    if error.code == "export" and error.details.get("reason") == "preflight":
        return translate(
            "Errors",
            "The draft is not ready to send; nothing was written. The check before sending "
            "lists what to fix.",
        )
    if wording is None:
        return error.message
    detailed = {"database", "search", "attachment", "draft"}
    detailed |= {"key_file", "signature", "bundle", "export"}
    return f"{wording}\n\n{error.message}" if error.code in detailed else wording


def _passphrase_wording(error: KnownError) -> str:
    if error.details.get("reason") == "too_short":
        return translate("Errors", "Choose a passphrase of at least 8 characters.")
    if error.details.get("reason") == "coact_key":
        return translate(
            "Errors",
            "This passphrase does not open this key file; check that it is the one set for it.",
        )
    if error.details.get("reason") == "profile_wrong":
        return translate(
            "Errors",
            "This passphrase does not open your group's drafts; nothing was changed. Check the "
            "keyboard language and Caps Lock, and try again.",
        )
    if error.details.get("reason") == "same":
        return translate("Errors", "The duress passphrase must differ from your usual passphrase.")
    if error.details.get("reason") == "paper_shape":
        return translate(
            "Errors",
            "A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.",
        )
    if error.details.get("reason") == "paper_mistyped":
        return translate(
            "Errors",
            "This paper key has a mistake in it; nothing was changed. Compare each group with "
            "the paper.",
        )
    if error.details.get("reason") == "paper_wrong":
        return translate(
            "Errors",
            "This paper key does not open these drafts; nothing was changed. It may be the "
            "paper of another laptop or of an older profile.",
        )
    if error.details.get("reason") == "asked":
        return error.message  # the command line's own question, already in the reader's words
    if error.details.get("reason") == "needed":
        return translate(
            "Errors",
            "The backup also keeps the key that opens Coact's answers to your group: give the "
            "signing key's passphrase to lock it in the backup.",
        )
    return translate(
        "Errors",
        "This passphrase does not open your group's signing key. Nobody can recover a "
        "forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop "
        "is taken. If it is lost for good, restore a key backup whose passphrase you know, or "
        "ask Coact how to send your history under a new key.",
    )


def _filter_wording(error: KnownError) -> str:
    """A search filter value the library does not have, and the ones it has."""
    names = {
        "chapter": translate("Errors", "chapter"),
        "model": translate("Errors", "model of organising"),
        "country": translate("Errors", "country"),
        "decade": translate("Errors", "decade"),
    }
    choices = error.details.get("choices", [])
    #: {what} is one of: chapter, model of organising, country, decade (translated just before).
    return translate("Errors", "Unknown {what} “{value}”. Choose one of: {choices}.").format(
        what=names.get(str(error.details["filter"]), str(error.details["filter"])),
        value=error.details.get("value", ""),
        choices=", ".join(map(str, choices)) if isinstance(choices, list) else "",
    )


def describe_with_detail(error: BaseException) -> str:
    """describe(), and core's own message under it when it says more (the command line)."""
    wording = describe(error)
    detail = error.message if isinstance(error, KnownError) else ""
    fully_worded = isinstance(error, KnownError) and (
        "filter" in error.details or error.details.get("reason") == "preflight"
    )
    if not detail or detail in wording or fully_worded:
        return wording
    return f"{wording.split(chr(10) * 2)[0]}\n  {detail}"
