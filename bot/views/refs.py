"""Text parameters as Slack writes them: the references of bot.domain.refs become mentions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from bot.domain.errors import DomainError
from bot.texts import Texts
from bot.views.common import escape


def shown(texts: Texts, value: Any) -> Any:
    """One parameter as the reader sees it."""
    if not isinstance(value, Mapping):
        return value
    if "user" in value:
        return f"<@{value['user']}>"
    if "users" in value:
        return ", ".join(f"<@{user_id}>" for user_id in value["users"])
    if "channel" in value:
        return f"<#{value['channel']}>"
    if "said" in value:
        return escape(value["said"])
    if "day" in value:
        return texts.weekday_date(date.fromisoformat(value["day"]))
    if "text" in value:
        return texts(value["text"])
    return value


def render(texts: Texts, key: str, params: Mapping[str, Any]) -> str:
    """The catalog text `key` with its parameters drawn."""
    return texts(key, **{name: shown(texts, value) for name, value in params.items()})


def refusal(texts: Texts, error: DomainError) -> str:
    """What a person reads when a use case refuses."""
    return render(texts, error.key, error.params)
