"""The checks a draft passes before it may leave the laptop as a bundle."""

from __future__ import annotations

from dataclasses import dataclass

from coact_desktop.core.drafts.attachments import stored_problem, stored_text
from coact_desktop.core.drafts.consent import mentions, names_without_consent
from coact_desktop.core.drafts.model import Draft
from coact_desktop.core.exchange import history
from coact_desktop.core.storage.file_store import FileStore


@dataclass(frozen=True)
class Problem:
    """One thing to fix (``blocking``) or to know (not blocking) before exporting.

    ``place`` says where to go to fix it: ``profile``, ``section``, ``timeline``, ``people`` or
    ``attachments``; ``index`` is the section, event, person or attachment number there.
    """

    code: str
    blocking: bool
    place: str
    index: int
    subject: str  # a name, a title or a field: what the message is about


def preflight(draft: Draft, files: FileStore, check_hashes: bool = True) -> tuple[Problem, ...]:
    """Every problem of the draft, blocking ones first.

    The export itself hashes every attachment as it writes, so it asks for no hashing here.
    """
    found: list[Problem] = []
    if not draft.profile.name.strip():
        found.append(Problem("missing_profile_field", True, "profile", -1, "name"))
    for field in ("country", "city"):
        if not getattr(draft.profile, field).strip():
            found.append(Problem("missing_profile_field", False, "profile", -1, field))
    if draft.profile.founded is None:
        found.append(Problem("missing_profile_field", False, "profile", -1, "founded"))
    if not draft.profile.models:
        found.append(Problem("missing_profile_field", False, "profile", -1, "models"))
    for hit in names_without_consent(draft):
        place = "timeline" if hit.section < 0 else "section"
        found.append(Problem("name_without_consent", True, place, hit.section, hit.person.name))
    for index, person in enumerate(draft.people):
        if person.consent == "pseudonym" and not person.pseudonym.strip():
            found.append(Problem("pseudonym_missing", True, "people", index, person.name))
    recorded = {p.name.strip().casefold() for p in draft.people}
    recorded |= {p.pseudonym.strip().casefold() for p in draft.people if p.pseudonym.strip()}
    for index, event in enumerate(draft.events):
        for name in event.people:
            if name.strip() and name.strip().casefold() not in recorded:
                found.append(Problem("no_consent_record", True, "timeline", index, name.strip()))
    unnamed = [p for p in draft.people if p.consent != "named" and p.name.strip()]
    named = [p.name for p in draft.people if p.consent == "named" and p.name.strip()]
    for index, attachment in enumerate(draft.attachments):
        # A text file or a PDF is sent as it is: a real name inside it leaves with it.
        subject = attachment.caption or attachment.file_name
        inside, complete = stored_text(files, attachment) if unnamed else ("", True)
        for person in unnamed:
            if inside and mentions(inside, person.name.strip(), named):
                found.append(Problem("name_in_attachment", True, "attachments", index, subject))
                break
        if unnamed and not complete:
            found.append(Problem("attachment_unchecked", False, "attachments", index, subject))
        problem = stored_problem(files, attachment, check_hashes)
        if problem:
            subject = attachment.caption or attachment.file_name
            found.append(Problem(f"attachment_{problem}", True, "attachments", index, subject))
    written = [s for s in draft.sections if s.body.strip()]
    if not written:
        found.append(Problem("nothing_written", True, "section", 0, ""))
    for index, section in enumerate(draft.sections):
        if written and not section.body.strip():
            found.append(Problem("empty_section", False, "section", index, section.title))
    found += _too_long(draft)
    return tuple(sorted(found, key=lambda p: not p.blocking))


def _too_long(draft: Draft) -> list[Problem]:
    """Fields longer than a received history may be (docs/bundle-format.md), so that Coact
    never has to refuse what the group was allowed to send."""
    found = []
    profile = draft.profile
    if not history.is_language_tag(draft.language):
        found.append(Problem("bad_language", True, "profile", -1, draft.language))
    for field in ("name", "country", "city"):
        if len(getattr(profile, field)) > history.MAX_SHORT:
            found.append(Problem("too_long", True, "profile", -1, field))
    if len(profile.languages) > history.MAX_LIST:
        found.append(Problem("too_many", True, "profile", -1, "languages"))
    if len(profile.models) > history.MAX_LIST:
        found.append(Problem("too_many", True, "profile", -1, "models"))
    if len(draft.sections) > history.MAX_SECTIONS:
        found.append(Problem("too_many", True, "section", 0, "sections"))
    for index, section in enumerate(draft.sections):
        if len(section.title) > history.MAX_SHORT or len(section.body) > history.MAX_BODY:
            found.append(Problem("too_long", True, "section", index, section.title[:60]))
    if len(draft.events) > history.MAX_EVENTS:
        found.append(Problem("too_many", True, "timeline", 0, "events"))
    for index, event in enumerate(draft.events):
        names = (*event.people, *event.organisations)
        if (
            len(event.when) > history.MAX_SHORT
            or len(event.text) > history.MAX_EVENT_TEXT
            or len(event.people) > history.MAX_LIST
            or len(event.organisations) > history.MAX_LIST
            or any(len(n) > history.MAX_SHORT for n in names)
        ):
            found.append(Problem("too_long", True, "timeline", index, event.when[:60]))
    if len(draft.people) > history.MAX_PEOPLE:
        found.append(Problem("too_many", True, "people", 0, "people"))
    for index, person in enumerate(draft.people):
        if len(person.name) > history.MAX_SHORT or len(person.pseudonym) > history.MAX_SHORT:
            found.append(Problem("too_long", True, "people", index, person.name[:60]))
    if len(draft.attachments) > history.MAX_ATTACHMENTS:
        found.append(Problem("too_many", True, "attachments", 0, "attachments"))
    for index, attachment in enumerate(draft.attachments):
        if len(attachment.caption) > history.MAX_CAPTION:
            found.append(Problem("too_long", True, "attachments", index, attachment.file_name))
    return found
