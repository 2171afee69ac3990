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


@pytest.mark.parametrize("language", ["da", "sv"])
def test_translations_are_not_left_in_english(language: str) -> None:
    same = [key for key, text in CATALOGS[language].items() if text == CATALOGS["en"][key]]
    assert same == []


def test_lookup_formats_and_falls_back_to_english() -> None:
    assert "`xyz`" in Texts("da")("error.unknown", word="xyz")
    assert Texts("de").language == "en"
