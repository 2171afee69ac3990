"""The `/mentor` grammar: a subcommand word (English in every language) and what follows it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Audience(StrEnum):
    """Who may use a subcommand."""

    EVERYONE = "everyone"
    PAIR = "pair"  # members of a running pair; the use case knows which pair is meant
    COORDINATOR = "coordinator"


@dataclass(frozen=True)
class Invocation:
    """A parsed `/mentor` line: the subcommand word and the words after it."""

    word: str
    args: tuple[str, ...]
    rest: str  # everything after the word, as typed


def parse(text: str) -> Invocation:
    """Split the command text; an empty text means `help`."""
    stripped = (text or "").strip()
    if not stripped:
        return Invocation("help", (), "")
    word, _, rest = stripped.partition(" ")
    rest = rest.strip()
    return Invocation(word.lower(), tuple(rest.split()), rest)
