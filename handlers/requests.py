"""What every `/mentor` listener gets: the parsed line, who sent it, and how to answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from slack_bolt import Respond
from slack_sdk import WebClient

from bot.domain.commands import Invocation
from bot.domain.errors import DomainError
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import messages
from bot.views.common import Message, escape


@dataclass(frozen=True, kw_only=True)
class CommandRequest:
    """One `/mentor` line (typed, or carried on by a button), who sent it, how to answer."""

    invocation: Invocation
    who: Who
    texts: Texts
    channel_id: str
    trigger_id: str
    respond: Respond
    client: WebClient
    services: Services

    def answer(self, message: Message) -> None:
        self.respond(**message.as_kwargs())

    def say(self, key: str, **params: object) -> None:
        self.answer(messages.notice(self.texts(key, **params)))

    @property
    def now(self) -> datetime:
        return self.services.clock.now()

    @property
    def team_id(self) -> str:
        return self.who.team_id

    @property
    def user_id(self) -> str:
        return self.who.user_id


Subcommand = Callable[[CommandRequest], None]


def program_argument(args: tuple[str, ...]) -> int | None:
    """A program id given as `3` or `#3` after the words; a word that is not one is a mistake."""
    if not args:
        return None
    word = args[-1].lstrip("#")
    if not word.isdigit():
        raise DomainError("program.error.bad_id", given=escape(args[-1][:20]))
    return int(word)
