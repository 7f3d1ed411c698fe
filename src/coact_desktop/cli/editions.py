"""``coact-desktop editions …``: build and sign a pack (Coact), verify and import one (readers)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coact_desktop.cli.keys import passphrase_option, read_passphrase
from coact_desktop.cli.output import EXIT_ERROR, EXIT_OK, print_json, size_text
from coact_desktop.cli.speech import translate
from coact_desktop.core.errors import KnownError
from coact_desktop.words.errors import describe_with_detail
from coact_desktop.words.text_size import size_text as length_text


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    editions = commands.add_parser(
        "editions",
        parents=[common],
        help="Coact's signed editions: build, sign, verify, diff, import, share, list",
    )
    actions = editions.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser("build", parents=[common], help="write and sign a pack")
    build.add_argument("edition", metavar="EDITION_DIR", help="a coact-edition/1 folder")
    build.add_argument("--out", required=True, metavar="FILE")
    build.add_argument(
        "--key", required=True, metavar="SECRET_KEY", help="the publishing key (minisign -G)"
    )
    build.add_argument(
        "--history",
        action="append",
        default=[],
        metavar="GROUP_ID",
        help="an accepted group history to include (repeatable)",
    )
    build.add_argument("--notes", default="", help="what is new in this edition")
    build.add_argument(
        "--delta-from",
        metavar="PACK|shipped",
        help="write only what changed since this pack (or the edition the program ships)",
    )
    passphrase_option(build)
    build.add_argument("--json", action="store_true", help="print JSON")
    for name, words in (
        ("verify", "check a pack file"),
        ("import", "check and import a pack, or every newer one on a stick (FOLDER)"),
    ):
        action = actions.add_parser(name, parents=[common], help=words)
        action.add_argument("file", metavar="FILE" if name == "verify" else "FILE|FOLDER")
        action.add_argument("--json", action="store_true", help="print JSON")
    sign = actions.add_parser(
        "sign", parents=[common], help="add a root key's signature to a root update (root-N.json)"
    )
    sign.add_argument("root", metavar="ROOT_FILE", help="the update: root-N.json")
    sign.add_argument("--key", required=True, metavar="SECRET_KEY", help="a root key (minisign -G)")
    passphrase_option(sign)
    sign.add_argument("--json", action="store_true", help="print JSON")
    diff = actions.add_parser(
        "diff", parents=[common], help="what importing a pack would change (library untouched)"
    )
    diff.add_argument("file", metavar="FILE")
    diff.add_argument("--json", action="store_true", help="print JSON")
    share = actions.add_parser(
        "share", parents=[common], help="copy the newest edition imported to FOLDER/COACT_LIBRARY"
    )
    share.add_argument("folder", metavar="FOLDER", help="e.g. a USB stick")
    listing = actions.add_parser("list", parents=[common], help="the editions in the library")
    listing.add_argument("--json", action="store_true", help="print JSON")


def run(services: Any, args: argparse.Namespace) -> int:
    """Run one action; the exit status."""
    editions = services.editions
    if args.action == "list":
        return _list(services, args)
    if args.action == "build":
        return _build(editions, args)
    if args.action == "sign":
        return _sign(editions, args)
    if args.action == "diff":
        return _diff(editions, args)
    if args.action == "share":
        copied = editions.share(Path(args.folder))
        print(
            translate("Cli", "Copied the library's newest edition to {path}.").format(path=copied)
        )
        return EXIT_OK
    if args.action == "import" and Path(args.file).is_dir():
        return _import_folder(editions, args)
    return _one_file(editions, args)


def _sign(editions: Any, args: argparse.Namespace) -> int:
    """One root key holder's signature on a root update, and how far the update now stands."""
    from coact_desktop.core.exchange.editions import open_publishing_key
    from coact_desktop.core.exchange.root_signing import sign_root_update

    secret = open_publishing_key(
        Path(args.key), read_passphrase(args, translate("Cli", "Passphrase of the root key: "))
    )
    done = sign_root_update(Path(args.root), secret, editions.trusted_root())
    if args.json:
        print_json(
            {
                "ok": True,
                "signature": str(done.signature),
                "version": done.version,
                "old_signed": done.old_signed,
                "old_needed": done.old_needed,
                "new_signed": done.new_signed,
                "new_needed": done.new_needed,
                "ready": done.ready,
            }
        )
        return EXIT_OK
    print(translate("Cli", "Wrote {file}.").format(file=done.signature))
    #: A new list of root keys must be signed by enough of the current keys and of its own.
    said = translate(
        "Cli",
        "Root version {version} is signed by {old_signed} of the {old_needed} current root "
        "keys needed and {new_signed} of the {new_needed} of its own.",
    )
    print("  " + said.format(
        version=done.version, old_signed=done.old_signed, old_needed=done.old_needed,
        new_signed=done.new_signed, new_needed=done.new_needed,
    ))  # fmt: skip
    print(
        "  "
        + (
            translate("Cli", "Readers will accept it.")
            if done.ready
            else translate("Cli", "More root keys must sign it.")
        )
    )
    return EXIT_OK


def _refused(args: argparse.Namespace, error: KnownError) -> int:
    """Say why a file was refused, in words or as JSON; the exit status."""
    reason = str(error.details.get("reason") or error.code)
    if args.json:
        print_json({"ok": False, "file": args.file, "reason": reason, "message": error.message})
    else:
        said = translate("Cli", "{file}: refused. {reason}").format(
            file=args.file, reason=describe_with_detail(error)
        )
        print(said, file=sys.stderr)
    return EXIT_ERROR


def _diff(editions: Any, args: argparse.Namespace) -> int:
    """The chapters and histories a pack adds, changes and removes, against this library."""
    try:
        found = editions.diff(Path(args.file))
    except KnownError as error:
        return _refused(args, error)
    if args.json:
        print_json(
            {
                "ok": True,
                "file": args.file,
                "edition": found.edition,
                "have_edition": found.have_edition,
                "chapters": [vars(c) for c in found.chapters],
                "histories": [vars(h) for h in found.histories],
            }
        )
        return EXIT_OK
    print(
        translate("Cli", "{file}: edition {edition}, against edition {have} here.").format(
            file=args.file, edition=found.edition, have=found.have_edition
        )
    )
    chapter_says = {
        "added": translate("Cli", "chapter added: {title} ({slug}), {words}"),
        "changed": translate("Cli", "chapter changed: {title} ({slug}), {added} and {removed}"),
        "removed": translate("Cli", "chapter removed: {title} ({slug}), {words}"),
    }
    for c in found.chapters:
        print("  " + chapter_says[c.change].format(
            title=c.title, slug=c.slug,
            words=length_text(c.words_added if c.change == "added" else c.words_removed),
            #: Words a changed chapter gains, as in "+120 words".
            added=translate("Cli", "+%n words", "", c.words_added),
            #: Words a changed chapter loses, as in "-35 words".
            removed=translate("Cli", "-%n words", "", c.words_removed),
        ))  # fmt: skip
    history_says = {
        "added": translate("Cli", "history added: {name}"),
        "changed": translate("Cli", "history changed: {name}"),
        "removed": translate("Cli", "history removed: {name}"),
    }
    for h in found.histories:
        print("  " + history_says.get(h.change, "{name}").format(name=h.name or h.group_id))
    if not found.chapters and not found.histories:
        print("  " + translate("Cli", "Nothing would change but the edition's number and notes."))
    return EXIT_OK


def _import_folder(editions: Any, args: argparse.Namespace) -> int:
    """Import, in order, the packs a stick (or its COACT_LIBRARY folder) holds that lead on."""
    from coact_desktop.core.exchange.editions import SHARE_FOLDER, packs_on

    folder = Path(args.file)
    root = folder.parent if folder.name == SHARE_FOLDER else folder
    route = editions.route(packs_on(root))
    if not route:
        if args.json:
            print_json({"ok": True, "imported": []})
        else:
            print(
                translate("Cli", "{folder}: no newer edition for this library.").format(
                    folder=folder
                )
            )
        return EXIT_OK
    done: list[str] = []
    for path in route:
        args.file = str(path)
        status = _one_file(editions, args, quiet=args.json, continues=bool(done))
        if status != EXIT_OK:
            if done and not args.json:
                said = translate("Cli", "Imported before it: {files}.").format(
                    files=", ".join(done)
                )
                print(said, file=sys.stderr)
            return status
        done.append(str(path))
    if args.json:
        print_json({"ok": True, "imported": done})
    return EXIT_OK


def _one_file(
    editions: Any, args: argparse.Namespace, quiet: bool = False, continues: bool = False
) -> int:
    try:
        if args.action == "verify":
            check = editions.verify(Path(args.file))
        else:
            check = editions.import_pack(Path(args.file), continues=continues)
    except KnownError as error:
        return _refused(args, error)
    report = _report(args.file, check)
    if quiet:
        return EXIT_OK
    if args.json:
        print_json(report)
        return EXIT_OK
    said = (
        translate("Cli", "{file}: imported.")
        if args.action == "import"
        else translate("Cli", "{file}: intact and signed by Coact.")
    )
    print(said.format(file=args.file))
    lines = [
        translate("Cli", "Edition: {edition} of {library}, from {date}").format(
            edition=report["edition"], library=report["library"], date=report["date"]
        ),
        translate("Cli", "Title: {title}").format(title=report["title"]),
        translate("Cli", "Signed: {when} by the publishing key {key}").format(
            when=report["created"], key=report["key_id"]
        ),
        translate("Cli", "Histories: {names}").format(
            names=", ".join(report["histories"]) or translate("Cli", "none")
        ),
    ]
    if report["left_out"]:
        lines.append(
            translate("Cli", "Left out: {names} (no longer in this edition)").format(
                names=", ".join(report["left_out"])
            )
        )
    if report["kind"] == "delta":
        lines.append(translate("Cli", "Only the changes since the edition this library holds."))
    lines.append(
        translate("Cli", "The library now has edition {edition}.").format(
            edition=report["have_edition"]
        )
    )
    if report["notes"]:
        lines.append(translate("Cli", "What's new: {notes}").format(notes=report["notes"]))
    print("\n".join("  " + line for line in lines))
    if report["clock_behind"]:
        print(
            translate(
                "Cli",
                "Warning: this computer's clock is behind: a file signed on {date} was already "
                "seen here. Set the date right.",
            ).format(date=report["clock_behind"][:10]),
            file=sys.stderr,
        )
    return EXIT_OK


def _report(file: str, check: Any) -> dict[str, Any]:
    statement = check.statement
    return {
        "ok": True,
        "file": file,
        "library": statement.library,
        "edition": statement.edition,
        "kind": statement.kind,
        "title": statement.title,
        "date": statement.date,
        "created": statement.created,
        "key_id": check.key_id,
        "histories": list(check.histories),
        "notes": check.notes,
        "have_edition": check.have_edition,
        "left_out": list(check.left_out),
        "clock_behind": check.clock_behind,
    }


def _build(editions: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.exchange.editions import SHIPPED, open_publishing_key

    passphrase = read_passphrase(args, translate("Cli", "Passphrase of the publishing key: "))
    secret = open_publishing_key(Path(args.key), passphrase)
    base: Path | str | None = args.delta_from
    if base is not None and base != SHIPPED:
        base = Path(base)
        if not base.is_file():
            raise KnownError(
                translate(
                    "Cli", "--delta-from: {file} is not a pack file (or say “{shipped}”)."
                ).format(file=base, shipped=SHIPPED)
            )
    written = editions.build(
        Path(args.edition), args.history, args.notes, secret, Path(args.out), base
    )
    statement = written.statement
    if args.json:
        print_json(
            {
                "ok": True,
                "path": str(written.path),
                "size": written.size,
                "edition": statement.edition,
                "kind": statement.kind,
                "base_state": statement.base_state,
                "state": statement.state,
            }
        )
    else:
        said = (
            translate(
                "Cli",
                "Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.",
            )
            if statement.kind == "delta"
            else translate("Cli", "Wrote {file} ({size}): edition {edition}, signed by {key}.")
        )
        print(said.format(
            file=written.path, size=size_text(written.size), edition=statement.edition,
            key=secret.public_key().key_id_hex,
        ))  # fmt: skip
    return EXIT_OK


def _list(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.dto import to_json

    found = services.library.editions()
    if args.json:
        print_json(to_json(found))
    else:
        for edition in found:
            said = translate("Cli", "{library}  edition {edition}, {date}: {title}")
            print(said.format(
                library=edition.id, edition=edition.version, date=edition.date,
                title=edition.title,
            ))  # fmt: skip
    return EXIT_OK
