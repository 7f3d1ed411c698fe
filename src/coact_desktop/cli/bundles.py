"""``coact-desktop export``, ``verify`` and ``import``: bundles written, checked, received."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coact_desktop.cli.keys import light_option, passphrase_option, read_passphrase
from coact_desktop.cli.output import EXIT_ERROR, EXIT_OK, print_json, size_text, words
from coact_desktop.cli.speech import translate
from coact_desktop.core.errors import KnownError
from coact_desktop.core.exchange.preflight import Problem
from coact_desktop.words.inbox import state_text
from coact_desktop.words.problems import problem_text


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """The export, verify and import commands' arguments."""
    export = commands.add_parser(
        "export", parents=[common], help="write a draft as a signed, encrypted bundle"
    )
    export.add_argument("draft_id", metavar="DRAFT_ID")
    export.add_argument("--out", required=True, metavar="FILE", help="a file or a folder")
    encryption = export.add_mutually_exclusive_group()
    encryption.add_argument(
        "--no-encrypt", action="store_true", help="do not encrypt (anyone can read the file)"
    )
    encryption.add_argument(
        "--recipient",
        action="append",
        metavar="AGE_PUBLIC_KEY_OR_FILE",
        help="encrypt to this age recipient instead of Coact's (repeatable)",
    )
    passphrase_option(export)
    light_option(export)

    verify = commands.add_parser("verify", parents=[common], help="check a bundle file")
    verify.add_argument("file")
    verify.add_argument("--identity", metavar="AGE_IDENTITY_FILE")
    verify.add_argument("--json", action="store_true", help="print JSON")

    imports = commands.add_parser(
        "import", parents=[common], help="verify bundles and accept them into the library"
    )
    imports.add_argument("files", nargs="+", metavar="FILE")
    imports.add_argument("--identity", metavar="AGE_IDENTITY_FILE")
    imports.add_argument(
        "--trust-new-key",
        action="store_true",
        help="trust a group's first key without holding it (only after checking its "
        "fingerprint with the group by another channel)",
    )
    imports.add_argument("--json", action="store_true", help="print JSON")


def _trust_words(trust: str) -> str:
    """How far Coact trusts the key a bundle is signed with, in words."""
    return {
        "new_key": translate(
            "Cli", "a new key: compare the fingerprint with the group by phone before trusting it"
        ),
        "known_key": translate("Cli", "the key Coact already trusts for this group"),
        "rotated_key": translate(
            "Cli", "a new key, handed over by a rotation record signed by the trusted key"
        ),
    }.get(trust, trust)


def run(services: Any, args: argparse.Namespace) -> int:
    """Run export, verify or import; the exit status."""
    if args.command == "export":
        return _export(services, args)
    if args.command == "verify":
        return _verify(services, args)
    return _import(services, args)


def _export(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.exchange.age_keys import sealed_to

    recipients = None if args.no_encrypt else sealed_to(args.recipient or [])
    try:
        services.exports.check_ready(args.draft_id)  # before asking for the passphrase
    except KnownError as error:
        problems = error.details.get("problems", [])  # only when the draft is not ready
        titles = (
            tuple(s.title for s in services.drafts.get(args.draft_id).sections) if problems else ()
        )
        for code, place, index, subject in problems:  # type: ignore[attr-defined]
            said = problem_text(Problem(code, True, place, index, subject), titles)
            print("  " + said, file=sys.stderr)
        raise
    new_key = services.keys.current() is None
    prompt = (
        translate("Cli", "Choose a passphrase for the group's new signing key: ")
        if new_key
        else translate("Cli", "Passphrase of the group's signing key: ")
    )
    passphrase = read_passphrase(args, prompt, confirm=new_key)
    result = services.exports.export(
        args.draft_id,
        Path(args.out),
        passphrase,
        recipients,
        "light" if args.light_key else "standard",
    )
    if not result.encrypted:
        print(
            translate(
                "Cli",
                "Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.",
            ),
            file=sys.stderr,
        )
    print(
        translate("Cli", "Wrote {path} ({size}), bundle {sequence} of this group.").format(
            path=result.path, size=size_text(result.size), sequence=result.sequence
        )
    )
    if result.created_key:
        print(translate("Cli", "A signing key was made for the group."))
    print(
        translate("Cli", "Key fingerprint (read it out to Coact): {words}").format(
            words=words(result.fingerprint)
        )
    )
    return EXIT_OK


def _identities(services: Any, args: argparse.Namespace) -> list[Any] | None:
    chosen = Path(args.identity) if args.identity else None
    identities: list[Any] | None = services.keys.coact_identities(chosen)
    return identities


def _verify(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.exchange.bundle_read import open_bundle

    try:
        identities = _identities(services, args)
        with open_bundle(Path(args.file), identities) as bundle:
            assessment = services.inbox.assess(bundle)
            report = _report(bundle, assessment)
    except KnownError as error:
        return _refused(args, args.file, error)
    if args.json:
        print_json(report)
        return EXIT_OK
    print(translate("Cli", "{file}: intact and correctly signed.").format(file=args.file))
    group = f"{report['group']['name']} ({report['group']['id']})"
    print("  " + translate("Cli", "Group: {group}").format(group=group))
    print(
        "  "
        + translate("Cli", "Bundle: {sequence}, made {date}").format(
            sequence=report["sequence"], date=report["bagging_date"]
        )
    )
    key = f"{report['key_id']}  {words(tuple(report['fingerprint']))}"
    print("  " + translate("Cli", "Key: {key}").format(key=key))
    print("  " + translate("Cli", "Trust: {trust}").format(trust=_trust_words(report["trust"])))
    if report["duplicate"]:
        print("  " + translate("Cli", "Already received: importing it again changes nothing."))
    return EXIT_OK


def _report(bundle: Any, assessment: Any) -> dict[str, Any]:
    return {
        "ok": True,
        "file_sha256": bundle.file_sha256,
        "bundle_id": bundle.bundle_id,
        "encrypted": bundle.encrypted,
        "group": {"id": bundle.info.group_id, "name": bundle.history.name},
        "sequence": bundle.info.sequence,
        "previous_bundle": bundle.info.previous_bundle,
        "bagging_date": bundle.info.bagging_date,
        "key_id": bundle.info.key_id,
        "fingerprint": list(bundle.fingerprint),
        "trust": assessment.trust,
        "duplicate": assessment.duplicate,
        "attachments": len(bundle.media),
    }


def _refused(args: argparse.Namespace, file: str, error: KnownError) -> int:
    reason = str(error.details.get("reason") or error.code)
    if args.json:
        print_json({"ok": False, "file": file, "reason": reason, "message": error.message})
    else:
        print(_refused_words(file, error.message), file=sys.stderr)
    return EXIT_ERROR


def _refused_words(file: str, message: str) -> str:
    """A file turned away, and core's reason."""
    return translate("Cli", "{file}: refused. {reason}").format(file=file, reason=message)


def _import(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.exchange.bundle_read import open_bundle

    results = []
    all_imported = True
    identity_error: KnownError | None = None
    identities = None
    try:
        identities = _identities(services, args)
    except KnownError as error:
        identity_error = error
    for file in args.files:
        try:
            if identity_error is not None:
                raise identity_error
            with open_bundle(Path(file), identities) as bundle:
                item, new = services.inbox.receive(bundle)
            if item.state == "held" and args.trust_new_key:
                item = services.inbox.confirm_key(item.bundle_id)
            if item.state == "verified":
                item = services.inbox.accept(item.bundle_id)
            result = {
                # As the README says: ok exactly when the file ended accepted. A superseded one
                # (a newer file of the group is in the library) is not imported: exit 1.
                "ok": item.state == "accepted",
                "file": file,
                "bundle_id": item.bundle_id,
                "group": {"id": item.group_id, "name": item.group_name},
                "sequence": item.sequence,
                "key_id": item.key_id,
                "fingerprint": list(item.fingerprint),
                "trust": item.trust,
                "state": item.state,
                "already_received": not new,
            }
        except OSError as error:
            # Our own disk (e.g. no room to decrypt): this file fails, the others go on.
            error_message = translate("Cli", "Cannot open it here: {reason}.").format(
                reason=error.strerror or error
            )
            result = {"ok": False, "file": file, "reason": "local_error", "message": error_message}
        except KnownError as error:
            result = {
                "ok": False,
                "file": file,
                "reason": str(error.details.get("reason") or error.code),
                "message": error.message,
            }
        all_imported &= bool(result["ok"])
        results.append(result)
        if not args.json:
            _print_import(result)
    if args.json:
        print_json(results)
    return EXIT_OK if all_imported else EXIT_ERROR


def _print_import(result: dict[str, Any]) -> None:
    file = result["file"]
    if "reason" in result:
        print(_refused_words(file, result["message"]), file=sys.stderr)
        return
    name, seq = result["group"]["name"], result["sequence"]
    if result["state"] == "accepted":
        said = (
            translate(
                "Cli",
                "{file}: imported {name}, bundle {sequence} (already received; nothing changed).",
            )
            if result["already_received"]
            else translate("Cli", "{file}: imported {name}, bundle {sequence}.")
        )
        print(said.format(file=file, name=name, sequence=seq))
    elif result["state"] == "held":
        print(
            translate(
                "Cli",
                "{file}: held. {name} signs with a key Coact does not know yet. Phone the group "
                "and compare these words: {words}. Then accept it in the window's inbox, or "
                "import again with --trust-new-key.",
            ).format(file=file, name=name, words=words(tuple(result["fingerprint"]))),
            file=sys.stderr,
        )
    elif result["state"] == "superseded":
        print(
            translate(
                "Cli",
                "{file}: not imported: a newer file from {name} (after bundle {sequence}) is "
                "already in the library, and the newest is kept.",
            ).format(file=file, name=name, sequence=seq),
            file=sys.stderr,
        )
    else:
        print(
            translate("Cli", "{file}: not imported; the bundle is {state}.").format(
                file=file, state=state_text(str(result["state"]))
            ),
            file=sys.stderr,
        )
