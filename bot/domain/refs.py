"""References to people and channels inside the parameters of a text. Services name who
is meant; the views write the mention (`<@U…>`) when the text is drawn."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date


def user(user_id: str) -> dict[str, str]:
    """A person, shown as a mention."""
    return {"user": user_id}


def users(user_ids: Iterable[str]) -> dict[str, list[str]]:
    """Several people, shown as mentions separated by commas."""
    return {"users": list(user_ids)}


def channel(channel_id: str) -> dict[str, str]:
    """A channel, shown as a link to it."""
    return {"channel": channel_id}


def day(value: date) -> dict[str, str]:
    """A day, written with its weekday in the reader's language."""
    return {"day": value.isoformat()}


def said(words: str) -> dict[str, str]:
    """A person's own words, shown as they typed them but unable to ping or link."""
    return {"said": words}


def text(key: str) -> dict[str, str]:
    """Another catalog text, shown in the reader's language."""
    return {"text": key}


MAX_ID = 2**31 - 1  # ids and numbers carried by buttons: anything larger is tampered with


def whole_numbers(value: str, count: int) -> tuple[int, ...] | None:
    """`count` whole numbers separated by colons, each within 0..MAX_ID; None otherwise
    (a button's value may have been tampered with)."""
    parts = (value or "").split(":")
    if len(parts) != count or not all(part.isdigit() and len(part) <= 10 for part in parts):
        return None
    numbers = tuple(int(part) for part in parts)
    return numbers if all(number <= MAX_ID for number in numbers) else None
