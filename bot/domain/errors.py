"""Errors the rules raise; each way in turns them into a text for the person."""

from __future__ import annotations


class DomainError(Exception):
    """An expected refusal with a catalog key and its parameters."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class SlackError(Exception):
    """Slack refused or failed a call; `transient` says whether trying later may help."""

    def __init__(self, code: str, *, transient: bool, retry_after: float | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.transient = transient
        self.retry_after = retry_after
