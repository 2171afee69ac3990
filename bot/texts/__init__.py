"""The text catalogs and their lookup: `Texts("da")("help.title")`."""

from __future__ import annotations

import functools
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal

from bot.texts import da, en, sv

LOCALES = {"en": "en_GB", "da": "da_DK", "sv": "sv_SE"}

CATALOGS: dict[str, dict[str, str]] = {"en": en.MESSAGES, "da": da.MESSAGES, "sv": sv.MESSAGES}


@functools.lru_cache(maxsize=4096)
def _written_date(value: date, pattern: str, language: str) -> str:
    """Kept: the prompts write the same few days over and over, and babel reads its locale
    and pattern again for each."""
    return format_date(value, format=pattern, locale=LOCALES[language])


class Texts:
    """Every text a person reads, in one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in CATALOGS else "en"
        self._catalog = CATALOGS[self.language]

    def __call__(self, key: str, **params: object) -> str:
        return self._catalog[key].format(**params)

    def number(self, value: float, decimals: int | None = None) -> str:
        """A number as this language writes it: 6.5, 6,5; with `decimals`, always that many
        (4.0, 4,0)."""
        pattern = f"#,##0.{'0' * decimals}" if decimals else None
        return format_decimal(value, format=pattern, locale=LOCALES[self.language])

    def date(self, value: date) -> str:
        """A date as this language writes it in running text: 4 January 2027, 4. januar 2027."""
        return _written_date(value, "long", self.language)

    def weekday_date(self, value: date) -> str:
        """A date with its weekday: Tuesday 8 December 2026, tirsdag den 8. december 2026."""
        return _written_date(value, self("format.weekday_date"), self.language)

    def __repr__(self) -> str:
        return f"Texts({self.language!r})"
