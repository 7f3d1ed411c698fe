"""``coact-desktop answers …``: Coact answers a bundle; the group imports the answer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coact_desktop.cli.keys import passphrase_option, read_passphrase
from coact_desktop.cli.output import EXIT_ERROR, EXIT_OK, print_json
from coact_desktop.cli.speech import translate
from coact_desktop.core.errors import KnownError
from coact_desktop.words.errors import describe_with_detail

DECISIONS = ("accepted", "accepted_with_changes", "changes_requested")


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    answers = commands.add_parser(
        "answers", parents=[common], help="Coact's answers to groups: write, import, list"
    )
    actions = answers.add_subparsers(dest="action", metavar="ACTION", required=True)
    write = actions.add_parser("write", parents=[common], help="answer a bundle in the inbox")
    write.add_argument("bundle", metavar="BUNDLE_ID", help="as `coact-desktop verify` shows it")
    write.add_argument("--decision", required=True, choices=DECISIONS)
    write.add_argument("--comment", default="", help="a word to the group")
    write.add_argument(
        "--section",
        action="append",
        default=[],
        metavar="TITLE=COMMENT",
        help="a note on one section (repeatable)",
    )
    write.add_argument(
        "--section-text",
        action="append",
        default=[],
        metavar="TITLE=FILE",
        help="Coact's version of a section, from a Markdown file (repeatable)",
    )
    write.add_argument("--edition", type=int, help="the edition the history went into")
    write.add_argument("--out", required=True, metavar="FILE")
    write.add_argument("--key", required=True, metavar="SECRET_KEY", help="a publishing key")
    passphrase_option(write)
    write.add_argument("--json", action="store_true", help="print JSON")
    imported = actions.add_parser("import", parents=[common], help="import Coact's answer")
    imported.add_argument("file")
    imported.add_argument("--json", action="store_true", help="print JSON")
    listing = actions.add_parser("list", parents=[common], help="the answers to a draft")
    listing.add_argument("draft", metavar="DRAFT_ID")
    listing.add_argument("--json", action="store_true", help="print JSON")


def run(services: Any, args: argparse.Namespace) -> int:
    """Run one action; the exit status."""
    try:
        if args.action == "write":
            return _write(services, args)
        if args.action == "import":
            answer = services.answers.import_answer(Path(args.file))
            if args.json:
                print_json({"ok": True, **_json(answer)})
            else:
                said = translate("Cli", "{file}: Coact's answer: {decision}.")
                print(said.format(file=args.file, decision=_words(answer.decision)))
                said = translate("Cli", "It is on the draft {draft} (bundle {n}).")
                print("  " + said.format(draft=answer.draft_id, n=answer.sequence))
            return EXIT_OK
        found = services.answers.for_draft(args.draft)
        if args.json:
            print_json([_json(a) for a in found])
        for answer in [] if args.json else found:
            said = translate("Cli", "bundle {n}: {decision}, signed {when}")
            print(said.format(n=answer.sequence, decision=_words(answer.decision),
                              when=answer.created))  # fmt: skip
        return EXIT_OK
    except KnownError as error:
        reason = str(error.details.get("reason") or error.code)
        if getattr(args, "json", False):
            print_json({"ok": False, "reason": reason, "message": error.message})
        else:
            said = translate("Cli", "Refused. {reason}").format(reason=describe_with_detail(error))
            print(said, file=sys.stderr)
        return EXIT_ERROR


def _write(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.exchange.answer_format import Reply, SectionNote
    from coact_desktop.core.exchange.editions import open_publishing_key

    comments = dict(_pair(p, "--section") for p in args.section)
    texts = {}
    for pair in args.section_text:
        title, file = _pair(pair, "--section-text")
        try:
            texts[title] = Path(file).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            said = translate("Cli", "--section-text: cannot read {file}: {reason}.")
            raise KnownError(said.format(file=file, reason=exc)) from exc
    sections = tuple(
        SectionNote(title, comments.get(title, ""), texts.get(title))
        for title in dict.fromkeys([*comments, *texts])
    )
    reply = Reply(args.decision, args.comment, sections, args.edition)
    secret = open_publishing_key(
        Path(args.key),
        read_passphrase(args, translate("Cli", "Passphrase of the publishing key: ")),
    )
    statement = services.answers.write(args.bundle, reply, secret, Path(args.out))
    if args.json:
        print_json({"ok": True, "path": args.out, "group": statement.group_id,
                    "sequence": statement.sequence})  # fmt: skip
    else:
        said = translate("Cli", "Wrote {file}: the answer to bundle {n} of the group.")
        print(said.format(file=args.out, n=statement.sequence))
    return EXIT_OK


def _pair(text: str, option: str) -> tuple[str, str]:
    title, sep, value = text.partition("=")
    if not sep or not title.strip():
        #: TITLE and VALUE are written as they are: they name the parts of the option.
        said = translate("Cli", "{option} takes TITLE=VALUE, as in {option} “How we began=…”.")
        raise KnownError(said.format(option=option))
    return title.strip(), value


def _words(decision: str) -> str:
    return {
        "accepted": translate("Cli", "accepted"),
        "accepted_with_changes": translate("Cli", "accepted with changes"),
        "changes_requested": translate("Cli", "changes asked for"),
    }.get(decision, decision)


def _json(answer: Any) -> dict[str, Any]:
    return {
        "bundle_id": answer.bundle_id,
        "draft_id": answer.draft_id,
        "sequence": answer.sequence,
        "decision": answer.decision,
        "comment": answer.comment,
        "edition": answer.edition,
        "created": answer.created,
        "sections": [
            {"title": s.title, "comment": s.comment, "text": s.text} for s in answer.sections
        ],
    }
