"""Which language a person reads: their own choice, their Slack locale, the program, the bot."""

from __future__ import annotations

LANGUAGES = ("en", "da", "sv")

# Slack locales are like "da-DK", "sv-SE", "en-GB"; Norwegian readers manage Danish best.
_LOCALE_LANGUAGES = {"da": "da", "sv": "sv", "en": "en", "nb": "da", "no": "da", "nn": "da"}


def from_locale(locale: str | None) -> str | None:
    """The catalog language for a Slack locale, or None when we have no catalog for it."""
    if not locale:
        return None
    return _LOCALE_LANGUAGES.get(locale.replace("_", "-").split("-")[0].lower())


def choose(*, chosen: str | None, locale: str | None, program: str | None, default: str) -> str:
    """The first of: their own choice, their Slack locale, the program default, the bot default."""
    for candidate in (chosen, from_locale(locale), program):
        if candidate in LANGUAGES:
            return candidate
    return default
