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


class ValidationFailed(DomainError):
    """Input broke rules; `errors` maps each field to the key of its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("error.validation")
        self.errors = errors


class ChooseProgram(DomainError):
    """Several programs fit; the person must say which (`program_ids` lists them)."""

    def __init__(self, program_ids: list[int]) -> None:
        super().__init__("program.choose")
        self.program_ids = program_ids
