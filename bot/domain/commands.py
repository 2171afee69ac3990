"""The `/mentor` grammar: subcommand words (English in every language) and who may use them."""

from __future__ import annotations

from dataclasses import dataclass

PARTICIPANT_COMMANDS = (
    "help", "join", "next", "reschedule", "skip", "met", "pause", "resume",
    "agreement", "log", "language", "leave", "end", "mydata", "forget",
)  # fmt: skip
COORDINATOR_COMMANDS = ("program", "match", "launch", "survey", "status", "export")


@dataclass(frozen=True)
class Invocation:
    """A parsed `/mentor` line: the subcommand word and the words after it."""

    word: str
    args: tuple[str, ...]
    rest: str  # everything after the word, as typed

    @property
    def known(self) -> bool:
        return self.word in PARTICIPANT_COMMANDS or self.word in COORDINATOR_COMMANDS

    @property
    def for_coordinators(self) -> bool:
        return self.word in COORDINATOR_COMMANDS


def parse(text: str) -> Invocation:
    """Split the command text; an empty text means `help`."""
    stripped = (text or "").strip()
    if not stripped:
        return Invocation("help", (), "")
    word, _, rest = stripped.partition(" ")
    rest = rest.strip()
    return Invocation(word.lower(), tuple(rest.split()), rest)
