import pytest

from bot.domain import language


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("da-DK", "da"),
        ("sv-SE", "sv"),
        ("en-GB", "en"),
        ("nb-NO", "da"),
        ("de-DE", None),
        (None, None),
    ],
)
def test_slack_locales_map_to_catalogs(locale: str | None, expected: str | None) -> None:
    assert language.from_locale(locale) == expected


def test_own_choice_wins_then_locale_then_program_then_default() -> None:
    assert language.choose(chosen="sv", locale="da-DK", program="en", default="en") == "sv"
    assert language.choose(chosen=None, locale="da-DK", program="sv", default="en") == "da"
    assert language.choose(chosen=None, locale="de-DE", program="sv", default="en") == "sv"
    assert language.choose(chosen=None, locale=None, program=None, default="da") == "da"
