"""``coact-desktop keys …``: the group's signing key, and reading passphrases."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from coact_desktop.cli.output import EXIT_OK, print_json, words
from coact_desktop.cli.speech import translate
from coact_desktop.core.errors import PassphraseError


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    keys = commands.add_parser("keys", parents=[common], help="the group's signing key")
    actions = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common], help="key id and fingerprint words")
    show.add_argument("--json", action="store_true", help="print JSON")
    public = actions.add_parser(
        "export-public", parents=[common], help="write the public key (minisign format)"
    )
    public.add_argument("file")
    backup = actions.add_parser("backup", parents=[common], help="write a key backup file")
    backup.add_argument("file")
    passphrase_option(backup)
    restore = actions.add_parser("restore", parents=[common], help="restore keys from a backup")
    restore.add_argument("file")
    passphrase_option(restore)
    rotate = actions.add_parser(
        "rotate", parents=[common], help="replace the key; the old key signs the hand-over"
    )
    passphrase_option(rotate)
    rotate.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new key's passphrase from FILE"
    )
    light_option(rotate)


def passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from FILE (for scripts)"
    )


def light_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--light-key",
        action="store_true",
        help="a new key uses a lighter work factor (16 MB instead of 1 GB; for old laptops)",
    )


def read_passphrase(
    args: argparse.Namespace,
    prompt: str,
    file_option: str = "passphrase_file",
    confirm: bool = False,
) -> str:
    path = getattr(args, file_option, None)
    if path:
        try:
            text = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PassphraseError(
                translate("Cli", "Cannot read the passphrase file {path}: {reason}.").format(
                    path=path, reason=exc
                ),
                reason="asked",
            ) from exc
        return text.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise PassphraseError(
            translate(
                "Cli",
                "A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.",
            ),
            reason="asked",
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("Cli", "Type it again: ")) != first:
        raise PassphraseError(
            translate("Cli", "The two passphrases differ; nothing was changed."), reason="asked"
        )
    return first


def run(services: Any, args: argparse.Namespace) -> int:
    keys = services.keys
    if args.action == "show":
        info = keys.current()
        if info is None:
            if args.json:
                print_json(None)
            else:
                print(translate("Cli", "No signing key yet: it is made on the first export."))
            return EXIT_OK
        if args.json:
            print_json(_key_json(info))
            return EXIT_OK
        _print_key(info)
    elif args.action == "export-public":
        info = keys.export_public(Path(args.file))
        print(
            translate("Cli", "Wrote the public key {key} to {file}.").format(
                key=info.key_id, file=args.file
            )
        )
    elif args.action == "backup":
        # Once the profile has exported, the backup also keeps the key for Coact's answers,
        # locked with the signing key's passphrase.
        passphrase = (
            read_passphrase(args, translate("Cli", "Passphrase of the signing key: "))
            if keys.backup_needs_passphrase()
            else None
        )
        info = keys.backup(Path(args.file), passphrase)
        print(
            translate(
                "Cli",
                "Wrote a backup of key {key} to {file}. It stays encrypted with its "
                "passphrase: keep the file and the passphrase in different places.",
            ).format(key=info.key_id, file=args.file)
        )
    elif args.action == "restore":
        passphrase = read_passphrase(args, translate("Cli", "Passphrase of the backed-up key: "))
        info = keys.restore(Path(args.file), passphrase)
        print(translate("Cli", "Restored key {key}.").format(key=info.key_id))
        _print_key(info)
    else:
        old = read_passphrase(args, translate("Cli", "Passphrase of the current key: "))
        new = read_passphrase(
            args, translate("Cli", "Passphrase for the new key: "), "new_passphrase_file", True
        )
        current = keys.current()
        kept = current.work_factor if current is not None else "standard"
        info = keys.rotate(old, new, "light" if args.light_key else kept)
        print(
            translate("Cli", "Made key {key}; key {old} signed the hand-over.").format(
                key=info.key_id, old=info.rotated_from
            )
        )
        _print_key(info)
    return EXIT_OK


def _key_json(info: Any) -> dict[str, Any]:
    return {
        "key_id": info.key_id,
        "fingerprint": list(info.fingerprint),
        "public_key": info.public_line,
        "work_factor": info.work_factor,
        "created_at": info.created_at.isoformat(),
        "rotated_from": info.rotated_from,
    }


def _print_key(info: Any) -> None:
    print(translate("Cli", "Key id:") + f" {info.key_id}")
    print(translate("Cli", "Fingerprint:") + f" {words(info.fingerprint)}")
    print(translate("Cli", "Public key:") + f" {info.public_line}")
