"""What guides a group's writer: the guided sections' titles and questions, and the preview."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from coact_desktop.core.drafts.model import Draft
from coact_desktop.core.storage.paths import RESOURCES
from coact_desktop.gui.draft_dialogs import WRITTEN_IN

translate = QCoreApplication.translate  # lupdate finds literal translate("Context", …) calls
I18N = RESOURCES / "i18n"  # our .qm files, built from translations/


def draft_markdown(draft: Draft) -> str:
    """The draft as one Markdown document: its name, then each section under its title."""
    parts = [f"# {draft.profile.name}"]
    for section in draft.sections:
        if section.body.strip():
            parts += [f"## {section.title}", section.body]
    return "\n\n".join(parts)


GUIDED_TITLES: dict[str, str] = {
    "beginnings": str(QT_TRANSLATE_NOOP("Drafts", "How the group began")),
    "activities": str(QT_TRANSLATE_NOOP("Drafts", "What the group does")),
    #: Title of a section every new draft starts with: the group's key moments.
    "milestones": str(QT_TRANSLATE_NOOP("Drafts", "Milestones")),
    "challenges": str(QT_TRANSLATE_NOOP("Drafts", "Challenges and responses")),
    "achievements": str(QT_TRANSLATE_NOOP("Drafts", "Achievements")),
    "lessons": str(QT_TRANSLATE_NOOP("Drafts", "Lessons for other groups")),
}


def window_language() -> str:
    """The window's language as a code ("ru"), if a history may be written in it; else en."""
    code = QLocale().name().split("_")[0]
    return code if code in WRITTEN_IN else "en"


def guided_titles(language: str | None = None) -> dict[str, str]:
    """The guided sections' titles in the language the history is written in, when Coact
    Desktop has that language, else in the window's language."""
    # The titles become part of the history, unlike the questions, which only guide the writer.
    if language == "en":
        return dict(GUIDED_TITLES)
    translator = QTranslator()
    if language and translator.load(QLocale(language), "coact_desktop", "_", str(I18N)):
        words = {k: translator.translate("Drafts", v) or "" for k, v in GUIDED_TITLES.items()}
        if all(words.values()):
            return words
    return {key: translate("Drafts", title) for key, title in GUIDED_TITLES.items()}


def guided_questions() -> dict[str, str]:
    """The question each guided section answers, drawn from the history's framework."""
    return {
        "beginnings": translate(
            "Drafts",
            "When and where did the group start, who started it, and why? Was it a reaction "
            "to something happening in your drug scene?",
        ),
        "activities": translate(
            "Drafts",
            "What does the group do: peer support, needle and syringe programmes, treatment "
            "advocacy, legal help, outreach, campaigning? Which models of organising fit?",
        ),
        "milestones": translate(
            "Drafts", "What were the important moments, and when did they happen?"
        ),
        "challenges": translate(
            "Drafts",
            "What got in the way (the police, funding, stigma, the law), and how did you respond?",
        ),
        "achievements": translate("Drafts", "What changed because of the group?"),
        "lessons": translate("Drafts", "What would you tell a group that is just starting?"),
    }
