"""`/mentor`: parse the subcommand, check who may use it, hand it to its listener."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, BoltContext, Respond

from bot.domain.commands import COORDINATOR_COMMANDS, Invocation, parse
from bot.domain.errors import DomainError
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import messages
from bot.views.common import Message, escape


@dataclass(frozen=True)
class CommandRequest:
    """One `/mentor` line, with who typed it and how to answer them."""

    command: dict[str, Any]
    invocation: Invocation
    who: Who
    texts: Texts
    respond: Respond
    services: Services


Subcommand = Callable[[CommandRequest], None]


def handle_help(request: CommandRequest) -> None:
    request.respond(**help_for(request.who, request.texts).as_kwargs())


def handle_language(request: CommandRequest) -> None:
    if not request.invocation.args:
        request.respond(**messages.notice(request.texts("language.current")).as_kwargs())
        return
    who = request.services.people.set_language(
        team_id=request.who.team_id,
        user_id=request.who.user_id,
        choice=request.invocation.args[0],
        now=request.services.clock.now(),
    )
    request.respond(**messages.notice(Texts(who.language)("language.changed")).as_kwargs())


SUBCOMMANDS: dict[str, Subcommand] = {"help": handle_help, "language": handle_language}


def handle_mentor_command(
    ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext, services: Services
) -> None:
    ack()
    who = services.people.identify(
        team_id=command["team_id"], user_id=command["user_id"], now=services.clock.now()
    )
    context["language"] = who.language
    texts = Texts(who.language)
    invocation = parse(command.get("text", ""))
    listener = SUBCOMMANDS.get(invocation.word)
    if invocation.for_coordinators and not who.is_coordinator:
        respond(
            **messages.notice(
                texts("error.coordinator_only", word=escape(invocation.word))
            ).as_kwargs()
        )
    elif listener is None:
        key = "error.not_yet" if invocation.known else "error.unknown"
        respond(
            **help_for(who, texts, lead=texts(key, word=escape(invocation.word[:40]))).as_kwargs()
        )
    else:
        try:
            listener(CommandRequest(command, invocation, who, texts, respond, services))
        except DomainError as error:
            respond(**messages.notice(texts(error.key, **error.params)).as_kwargs())


def help_for(who: Who, texts: Texts, *, lead: str | None = None) -> Message:
    """The help this person may see: coordinators also get their own commands."""
    return messages.help_message(
        texts,
        participant_commands=[word for word in SUBCOMMANDS if word not in COORDINATOR_COMMANDS],
        coordinator_commands=[word for word in SUBCOMMANDS if word in COORDINATOR_COMMANDS],
        is_coordinator=who.is_coordinator,
        lead=lead,
    )
