import string

import pytest

from bot.texts import CATALOGS, Texts


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_every_catalog_has_the_same_keys() -> None:
    english = set(CATALOGS["en"])
    for language, catalog in CATALOGS.items():
        assert set(catalog) == english, language


@pytest.mark.parametrize("language", ["da", "sv"])
def test_every_text_has_the_same_placeholders(language: str) -> None:
    for key, template in CATALOGS["en"].items():
        assert placeholders(CATALOGS[language][key]) == placeholders(template), key


# Words that are the same in these languages, and lines that are only placeholders.
SAME_AS_ENGLISH = {
    "country.FI", "role.mentor", "form.organisation", "roster.department", "roster.gap",
    "role.mentee", "capacity.1", "capacity.2", "capacity.3",
    "survey_questions.asked.mentee", "survey_questions.roles.mentee",
    "home.board.title", "home.topics", "home.action.status", "survey.group.mentee",
    "demo.role.mentor", "demo.role.mentee",
}  # fmt: skip


@pytest.mark.parametrize("language", ["da", "sv"])
def test_translations_are_not_left_in_english(language: str) -> None:
    same = [key for key, text in CATALOGS[language].items() if text == CATALOGS["en"][key]]
    assert set(same) <= SAME_AS_ENGLISH


def test_lookup_formats_and_falls_back_to_english() -> None:
    assert "`xyz`" in Texts("da")("error.unknown", word="xyz")
    assert Texts("de").language == "en"


SLACK_LIMITS = {  # key prefix or key -> the most characters Slack takes there
    "program.modal.": 24, "signup.modal.title": 24, "import.modal.title": 24,
    "form.create": 24, "form.save": 24, "form.cancel": 24, "form.sign_up": 24,
    "form.import": 24, "shape.": 75, "language.name.": 75, "country.": 75, "role.": 75,
    "spoken.": 75, "capacity.": 75, "weekday.": 75, "time_of_day.": 75, "announce.button": 75,
    "agreement.modal.title": 24, "match.modal.title": 24, "cadence.": 75, "agenda_by.": 75,
    "agreement.confirm_button": 75, "agreement.edit_button": 75, "leave.confirm_button": 75,
    "welcome.agreement_button": 75, "match.again": 75, "match.edit": 75, "match.launch": 75,
    "match.change.": 75, "launch.confirm.yes": 75, "launch.confirm.title": 100,
    "meeting.confirm": 75, "meeting.reschedule": 75, "meeting.skip": 75, "prep.button": 75,
    "checkin.yes": 75, "checkin.moved": 75, "checkin.no": 75, "reflect.button": 75,
    "move.confirm": 75, "move.change": 75, "move.accept": 75, "move.other": 75,
    "form.anyway.yes": 75, "log.write": 75, "log.newer": 75, "log.older": 75, "log.share": 75,
    "prep.title": 24, "reflection.title": 24, "move.form.title": 24, "move.form.submit": 24,
    "log.modal.title": 24, "home.title": 150, "home.coordinator": 150, "home.action.": 75,
    "home.agreement_open": 75, "home.log_open": 75, "home.failed_again": 75,
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "da", "sv"])
def test_texts_fit_slacks_limits(language: str) -> None:
    too_long = [
        key
        for key, text in CATALOGS[language].items()
        for prefix, limit in SLACK_LIMITS.items()
        if (key.startswith(prefix) if prefix.endswith(".") else key == prefix) and len(text) > limit
    ]
    assert too_long == []
