"""The inbox's words: a file's state, the trust in its key, and a received history as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coact_desktop.core.exchange.history import History

translate = QCoreApplication.translate  # in the inbox's translation context, where they began


def state_text(state: str) -> str:
    """An inbox state in words."""
    return {
        "held": translate("InboxView", "held: check the key"),
        #: State of a received bundle: its signature and contents were checked and are good.
        "verified": translate("InboxView", "verified"),
        "accepted": translate("InboxView", "in the library"),
        #: State of a received bundle: Coact decided not to take it.
        "rejected": translate("InboxView", "rejected"),
        "superseded": translate("InboxView", "replaced by a newer file"),
    }.get(state, state)


def trust_text(trust: str, state: str = "held") -> str:
    """A trust state in words; a key new when the file came is said to be trusted once it is."""
    if trust == "new_key" and state in ("verified", "accepted", "superseded"):
        return translate(
            "InboxView",
            "This group's key was new to Coact when the file came; it is trusted since its "
            "words were compared with the group.",
        )
    return {
        "new_key": translate(
            "InboxView",
            "This group's key is new to Coact. Phone the group (on a number you already "
            "know, not one from the file) and ask them to read out their key's words. Trust "
            "the key only if every word matches.",
        ),
        "known_key": translate(
            "InboxView", "Signed with the key Coact already trusts for this group."
        ),
        "rotated_key": translate(
            "InboxView",
            "Signed with a new key that the group's trusted key handed over to (a signed "
            "rotation record).",
        ),
    }.get(trust, trust)


def history_text(history: History) -> str:
    """A received history as plain text for review: never rendered as rich text."""
    lines = [history.name, ""]
    active = {True: translate("InboxView", "yes"), False: translate("InboxView", "no"), None: ""}
    facts = [
        (translate("InboxView", "Country"), history.country),
        (translate("InboxView", "City"), history.city),
        (translate("InboxView", "Founded"), str(history.founded) if history.founded else ""),
        (translate("InboxView", "Still active"), active[history.active]),
        (translate("InboxView", "Languages"), ", ".join(history.languages)),
        (translate("InboxView", "Models of organising"), ", ".join(history.models)),
    ]
    lines += [f"{label}: {value}" for label, value in facts if value]
    for title, body in history.sections:
        lines += ["", f"## {title}", "", body]
    if history.events:
        lines += ["", "## " + translate("InboxView", "Timeline"), ""]
        for event in history.events:
            who = ", ".join((*event.people, *event.organisations))
            lines.append(f"- {event.when}: {event.text}" + (f" ({who})" if who else ""))
    if history.people:
        consent = {
            "named": translate("InboxView", "named with consent"),
            "pseudonym": translate("InboxView", "pseudonym"),
        }
        lines += ["", "## " + translate("InboxView", "People named"), ""]
        lines += [f"- {p.name} ({consent.get(p.consent, p.consent)})" for p in history.people]
    if history.attachments:
        lines += ["", "## " + translate("InboxView", "Attachments"), ""]
        lines += [f"- {a.path} {a.media_type} {a.caption}".rstrip() for a in history.attachments]
    return "\n".join(lines) + "\n"
