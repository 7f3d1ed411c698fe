"""``coact-desktop passphrase …`` and ``quick-delete``: protect, unlock and destroy the drafts."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coact_desktop.cli.keys import read_passphrase
from coact_desktop.cli.output import EXIT_ERROR, EXIT_OK, print_json
from coact_desktop.cli.speech import translate
from coact_desktop.core.errors import PassphraseError

# Commands that read or write private data: on an encrypted profile they ask for the passphrase.
PRIVATE_COMMANDS = {"drafts", "keys", "export", "verify", "import", "answers", "editions"}
PRIVATE_COMMANDS |= {"release"}
DELETES_HELP = "typing the duress passphrase quick-deletes the drafts first, for good"


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    passphrase = commands.add_parser(
        "passphrase", parents=[common], help="protect the drafts with a passphrase"
    )
    actions = passphrase.add_subparsers(dest="action", metavar="ACTION", required=True)
    protect = actions.add_parser(
        "set", parents=[common], help="encrypt the drafts, inbox and keys under a passphrase"
    )
    protect.add_argument("--passphrase-file", metavar="FILE", help="read it from FILE")
    protect.add_argument(
        "--duress-file", metavar="FILE", help="also set a duress passphrase, read from FILE"
    )
    protect.add_argument("--duress-deletes", action="store_true", help=DELETES_HELP)
    change = actions.add_parser("change", parents=[common], help="change the passphrase")
    change.add_argument("--passphrase-file", metavar="FILE", help="the old one, from FILE")
    change.add_argument("--new-passphrase-file", metavar="FILE", help="the new one, from FILE")
    duress = actions.add_parser(
        "duress",
        parents=[common],
        help="set a duress passphrase: it opens a profile with nothing private in it",
    )
    duress.add_argument("--passphrase-file", metavar="FILE", help="the passphrase, from FILE")
    duress.add_argument("--duress-file", metavar="FILE", help="the duress one, from FILE")
    duress.add_argument("--duress-deletes", action="store_true", help=DELETES_HELP)
    duress.add_argument("--remove", action="store_true", help="remove the duress passphrase")
    paper = actions.add_parser(
        "paper-key", parents=[common], help="show the key to copy onto paper, for a lost passphrase"
    )
    paper.add_argument("--passphrase-file", metavar="FILE", help="the passphrase, from FILE")
    recover = actions.add_parser(
        "recover", parents=[common], help="open the drafts with the paper key; set a new passphrase"
    )
    recover.add_argument("--paper-key-file", metavar="FILE", help="the paper key, from FILE")
    recover.add_argument("--new-passphrase-file", metavar="FILE", help="the new one, from FILE")
    after = actions.add_parser(
        "delete-after",
        parents=[common],
        help="quick delete after this many wrong passphrases in a row (off unless set)",
    )
    after.add_argument("tries", choices=["5", "10", "20", "never"])
    status = actions.add_parser("status", parents=[common], help="whether the drafts are protected")
    status.add_argument("--json", action="store_true", help="print JSON")

    delete = commands.add_parser(
        "quick-delete",
        parents=[common],
        help="destroy the drafts, inbox, keys, backups and logs at once; the library stays",
    )
    delete.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    delete.add_argument("--json", action="store_true", help="print JSON")


def unlock_for(services: Any, args: argparse.Namespace) -> None:
    """Ask for the profile's passphrase when a command needs its private data."""
    # Only someone who knows the passphrase may change the guard against guessing it.
    guard = args.command == "passphrase" and getattr(args, "action", "") == "delete-after"
    if not ((args.command in PRIVATE_COMMANDS or guard) and services.encrypted and services.locked):
        return
    if not getattr(args, "unlock_file", None) and not sys.stdin.isatty():
        raise PassphraseError(
            translate(
                "Cli",
                "The drafts are protected by a passphrase: run this in a terminal, or give "
                "--unlock-file FILE.",
            ),
            reason="asked",
        )
    services.unlock(
        read_passphrase(
            args,
            translate("Cli", "Passphrase of your group's drafts: "),
            file_option="unlock_file",
        )
    )


def run(services: Any, args: argparse.Namespace) -> int:
    if args.command == "quick-delete":
        return _quick_delete(services, args)
    if args.action == "status":
        state = {"encrypted": services.encrypted, "delete_after": services.delete_after()}
        if args.json:
            print_json(state)
        elif services.encrypted:
            print(
                translate(
                    "Cli",
                    "The drafts, their photos and files, the inbox and the keys are encrypted "
                    "under a passphrase.",
                )
            )
        else:
            print(translate("Cli", "The drafts are not protected by a passphrase."))
        return EXIT_OK
    if args.action == "set":
        print(
            translate(
                "Cli",
                "If you forget this passphrase, nobody can open your drafts again, not even Coact.",
            ),
            file=sys.stderr,
        )
        chosen = read_passphrase(args, translate("Cli", "New passphrase: "), confirm=True)
        duress = (
            read_passphrase(args, translate("Cli", "Duress passphrase: "), "duress_file")
            if getattr(args, "duress_file", None)
            else None
        )
        services.protect(chosen, duress, duress is not None and args.duress_deletes)
        print(
            translate(
                "Cli",
                "The drafts, their photos and files, the inbox and the keys are now encrypted.",
            )
        )
        return EXIT_OK
    if args.action == "delete-after":
        return _delete_after(services, args)
    if args.action == "recover":
        paper = read_passphrase(args, translate("Cli", "Paper key: "), "paper_key_file")
        new = read_passphrase(
            args, translate("Cli", "New passphrase: "), "new_passphrase_file", confirm=True
        )
        services.recover(paper, new)
        print(
            translate(
                "Cli",
                "The drafts open with the new passphrase. A duress passphrase, if one was set, "
                "was removed: set it again.",
            )
        )
        return EXIT_OK
    old = read_passphrase(args, translate("Cli", "Passphrase: "))
    if args.action == "paper-key":
        print(
            translate(
                "Cli",
                "Anyone with this key and the laptop can read the drafts: copy it onto paper "
                "and keep it away from the laptop.",
            ),
            file=sys.stderr,
        )
        print(services.paper_key(old))
        return EXIT_OK
    if args.action == "change":
        new = read_passphrase(
            args, translate("Cli", "New passphrase: "), "new_passphrase_file", confirm=True
        )
        services.change_passphrase(old, new)
        print(translate("Cli", "The passphrase was changed."))
        return EXIT_OK
    if getattr(args, "remove", False):
        services.set_duress(old, None)
        print(translate("Cli", "The duress passphrase was removed."))
        return EXIT_OK
    services.set_duress(
        old,
        read_passphrase(args, translate("Cli", "Duress passphrase: "), "duress_file", True),
        args.duress_deletes,
    )
    print(translate("Cli", "The duress passphrase was set."))
    return EXIT_OK


def _delete_after(services: Any, args: argparse.Namespace) -> int:
    if not services.encrypted:
        print(
            translate("Cli", "The drafts are not protected by a passphrase: set one first."),
            file=sys.stderr,
        )
        return EXIT_ERROR
    unlock_for(services, args)
    after = None if args.tries == "never" else int(args.tries)
    services.set_delete_after(after)
    if after is None:
        print(translate("Cli", "Quick delete after wrong passphrases is off."))
    else:
        print(
            translate(
                "Cli",
                "After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and "
                "backups are destroyed for good, and nothing says so. A mistyped passphrase can "
                "set it off; it does not help against a copy of the disk made first.",
            ).format(count=after)
        )
    return EXIT_OK


def _quick_delete(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.words.quick_delete import report_text, same_word

    if not getattr(args, "yes", False):
        if not sys.stdin.isatty():
            print(
                translate("Cli", "Without a terminal, quick delete needs --yes."),
                file=sys.stderr,
            )
            return EXIT_ERROR
        #: The word the person types to confirm quick delete; keep it one short word.
        word = translate("Cli", "delete")
        said = input(
            translate(
                "Cli",
                "This destroys the drafts, inbox, keys, backups and logs for good. "
                "Type {word} to go on: ",
            ).format(word=word)
        )
        if not same_word(said, word):
            print(translate("Cli", "Nothing was deleted."), file=sys.stderr)
            return EXIT_ERROR
    removed = services.quick_delete()
    if getattr(args, "json", False):
        print_json({"removed": removed})
    else:
        print(report_text(removed))
    return EXIT_OK
