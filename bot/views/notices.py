"""Notices from the outbox, drawn in the reader's language when they are sent."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.texts import Texts
from bot.views.refs import render


def notice_text(payload: dict[str, Any], language: str) -> str:
    """The notice's paragraphs in one language, dates written as that language writes them."""
    texts = Texts(language)
    dates = {
        name: texts.date(date.fromisoformat(value)) for name, value in payload["dates"].items()
    }
    return "\n\n".join(render(texts, key, {**dates, **params}) for key, params in payload["parts"])
