"""What stops a draft being sent, in words: for the export wizard and the command line alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coact_desktop.core.exchange.preflight import Problem

# In the wizard's translation context, where these messages began.
translate = QCoreApplication.translate


def problem_text(problem: Problem, section_titles: tuple[str, ...]) -> str:
    """One pre-flight problem in words, in the user's language."""
    subject = problem.subject
    if problem.code == "too_many":
        # One whole sentence for each kind of thing (the subject is core's code, not a word),
        # with the limit, so that the person knows how many to remove.
        return _too_many(subject)
    fields = {
        #: A field of the group profile that is missing, inside a sentence: lower case.
        "name": translate("ExportWizard", "name"),
        "country": translate("ExportWizard", "country"),
        "city": translate("ExportWizard", "city"),
        "founded": translate("ExportWizard", "year founded"),
        "models": translate("ExportWizard", "models of organising"),
    }
    where = (
        section_titles[problem.index]
        if problem.place == "section" and 0 <= problem.index < len(section_titles)
        #: Where a problem is, inside a sentence: the draft's list of dated events.
        else translate("ExportWizard", "the timeline")
    )
    texts = {
        "missing_profile_field": (
            translate("ExportWizard", "The group has no name yet: fill in the group profile.")
            if subject == "name"
            else translate("ExportWizard", "The group profile has no {field}.").format(
                field=fields.get(subject, subject)
            )
        ),
        "name_without_consent": translate(
            "ExportWizard",
            "“{name}” appears in “{where}” but has not agreed to be named. Use their "
            "pseudonym, or record their consent under People and consent.",
        ).format(name=subject, where=where),
        "pseudonym_missing": translate(
            "ExportWizard", "{name} is to be shown by a pseudonym, but none is written yet."
        ).format(name=subject),
        "no_consent_record": translate(
            "ExportWizard",
            "{name} is named in event {number} of the timeline but not listed under People and "
            "consent.",
        ).format(name=subject, number=problem.index + 1),
        "attachment_missing": translate(
            "ExportWizard",
            "The attachment “{name}” is missing from this computer; remove it and attach it again.",
        ).format(name=subject),
        "attachment_changed": translate(
            "ExportWizard",
            "The attachment “{name}” has changed since it was attached; remove it and attach "
            "it again.",
        ).format(name=subject),
        "attachment_metadata": translate(
            "ExportWizard",
            "The attachment “{name}” still carries hidden details (place, camera or author); "
            "remove it and attach it again.",
        ).format(name=subject),
        "nothing_written": translate("ExportWizard", "Nothing is written in the draft yet."),
        "attachment_unchecked": translate(
            "ExportWizard",
            "Some pages of “{name}” could not be read to check for names; make sure it names "
            "nobody who has not agreed.",
        ).format(name=subject),
        "name_in_attachment": translate(
            "ExportWizard",
            "The attachment “{name}” contains the real name of someone who has not agreed to "
            "be named. Remove it, or attach a copy without the name.",
        ).format(name=subject),
        "too_long": translate(
            "ExportWizard",
            "“{name}” is longer than a history sent to Coact may hold; shorten it.",
        ).format(name=fields.get(subject, subject)),
        "bad_language": translate(
            "ExportWizard",
            "“{code}” is not a language code Coact can read. In the group profile, choose the "
            "language the history is written in, or type its code (such as ky or pt-BR).",
        ).format(code=subject),
        "empty_section": translate(
            "ExportWizard", "The section “{title}” is empty; it will be left out."
        ).format(title=subject),
    }
    return texts.get(problem.code, problem.code)


def _too_many(subject: str) -> str:
    """More of something than one history may hold, in words, with the limit."""
    from coact_desktop.core.exchange import history

    limits = {
        "languages": history.MAX_LIST,
        "models": history.MAX_LIST,
        "sections": history.MAX_SECTIONS,
        "events": history.MAX_EVENTS,
        "people": history.MAX_PEOPLE,
        "attachments": history.MAX_ATTACHMENTS,
    }
    texts = {
        "languages": translate(
            "ExportWizard",
            "The group profile names more than {limit} languages; one file sent to Coact may "
            "hold no more. Keep the main ones.",
        ),
        "models": translate(
            "ExportWizard",
            "The group profile names more than {limit} models of organising; one file sent to "
            "Coact may hold no more. Keep the main ones.",
        ),
        "sections": translate(
            "ExportWizard",
            "The history has more than {limit} sections; one file sent to Coact may hold no "
            "more. Join some of them together.",
        ),
        "events": translate(
            "ExportWizard",
            "The timeline has more than {limit} events; one file sent to Coact may hold no "
            "more. Remove some before sending.",
        ),
        "people": translate(
            "ExportWizard",
            "The list of people has more than {limit} names; one file sent to Coact may hold "
            "no more. Remove some before sending.",
        ),
        "attachments": translate(
            "ExportWizard",
            "More than {limit} photos and documents are attached; one file sent to Coact may "
            "hold no more. Remove some before sending.",
        ),
    }
    if subject not in texts:
        return subject  # never used as a template: it may hold braces
    return texts[subject].format(limit=limits[subject])
