"""The text catalogs and their lookup: `Texts("da")("help.title")`."""

from __future__ import annotations

from bot.texts import da, en, sv

CATALOGS: dict[str, dict[str, str]] = {"en": en.MESSAGES, "da": da.MESSAGES, "sv": sv.MESSAGES}


class Texts:
    """Every text a person reads, in one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in CATALOGS else "en"
        self._catalog = CATALOGS[self.language]

    def __call__(self, key: str, **params: object) -> str:
        return self._catalog[key].format(**params)

    def __repr__(self) -> str:
        return f"Texts({self.language!r})"
