"""`/mentor`: every subcommand declared once (word, listener, who may use it); parse the
line, refuse what this person may not use, hand the rest to its listener."""

from __future__ import annotations

from dataclasses import dataclass

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.domain.commands import Audience, Invocation, parse
from bot.domain.errors import ChooseProgram, DomainError
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import messages
from bot.views.common import Message, escape
from bot.views.programs import program_chooser
from bot.views.refs import refusal
from handlers import (
    agreement,
    logbook,
    match_commands,
    meetings,
    program_commands,
    signup_commands,
    surveys,
)
from handlers.errors import tell_failure
from handlers.requests import CommandRequest, Subcommand

EVERYONE, PAIR, COORDINATOR = Audience.EVERYONE, Audience.PAIR, Audience.COORDINATOR


@dataclass(frozen=True)
class Command:
    audience: Audience
    listener: Subcommand | None = None  # None: part of the grammar, not available yet


def handle_help(request: CommandRequest) -> None:
    request.answer(help_for(request.who, request.texts))


COMMANDS: dict[str, Command] = {
    "help": Command(EVERYONE, handle_help),
    "join": Command(EVERYONE, signup_commands.handle_join),
    "leave": Command(EVERYONE, signup_commands.handle_leave),
    "language": Command(EVERYONE, signup_commands.handle_language),
    "agreement": Command(PAIR, agreement.handle_agreement_command),
    "next": Command(PAIR, meetings.handle_next),
    "reschedule": Command(PAIR, meetings.handle_reschedule),
    "skip": Command(PAIR, meetings.handle_skip),
    "met": Command(PAIR, meetings.handle_met),
    "pause": Command(PAIR, meetings.handle_pause),
    "resume": Command(PAIR, meetings.handle_resume),
    "log": Command(PAIR, logbook.handle_log),
    "end": Command(PAIR, meetings.handle_end),
    "mydata": Command(EVERYONE),
    "forget": Command(EVERYONE),
    "program": Command(COORDINATOR, program_commands.handle_program),
    "status": Command(COORDINATOR, program_commands.handle_status),
    "match": Command(COORDINATOR, match_commands.handle_match),
    "launch": Command(COORDINATOR, match_commands.handle_launch),
    "survey": Command(COORDINATOR, surveys.handle_survey),
    "export": Command(COORDINATOR, surveys.handle_export),
}


def handle_mentor_command(
    ack: Ack,
    command: dict[str, str],
    respond: Respond,
    client: WebClient,
    who: Who,
    texts: Texts,
    services: Services,
) -> None:
    ack()
    request = CommandRequest(
        invocation=parse(command.get("text", "")),
        who=who,
        texts=texts,
        channel_id=command.get("channel_id", ""),
        trigger_id=command.get("trigger_id", ""),
        respond=respond,
        client=client,
        services=services,
    )
    run_request(request)


def run_request(request: CommandRequest) -> None:
    """Run one `/mentor` line, typed or carried on by a button; answered whatever happens."""
    try:
        run(request)
    except Exception as error:  # acked already: answered here, Bolt would lose the ack
        tell_failure(error, request.texts, request.respond)


def run(request: CommandRequest) -> None:
    """Check the word and the role, run the listener, and turn refusals into answers."""
    invocation, texts = request.invocation, request.texts
    command = COMMANDS.get(invocation.word)
    word = escape(invocation.word[:40])
    if command is None:
        request.answer(help_for(request.who, texts, lead=texts("error.unknown", word=word)))
        return
    if command.audience == COORDINATOR and not request.who.is_coordinator:
        request.say("error.coordinator_only", word=word)
        return
    if command.listener is None:
        request.answer(help_for(request.who, texts, lead=texts("error.not_yet", word=word)))
        return
    try:
        command.listener(request)
    except ChooseProgram as choice:
        programs = request.services.programs.list(team_id=request.team_id)
        options = [program for program in programs if program.id in choice.program_ids]
        request.answer(program_chooser(texts, _retyped(invocation), options))
    except DomainError as error:
        request.answer(messages.notice(refusal(texts, error)))


def help_for(who: Who | None, texts: Texts, *, lead: str | None = None) -> Message:
    """The help this person may see: coordinators also get their own commands."""
    return overview(texts, is_coordinator=who is not None and who.is_coordinator, lead=lead)


def overview(texts: Texts, *, is_coordinator: bool, lead: str | None = None) -> Message:
    """Every command ready to use, a coordinator's own among them only for coordinators."""
    ready = [word for word, command in COMMANDS.items() if command.listener is not None]
    return messages.help_message(
        texts,
        participant_commands=[w for w in ready if COMMANDS[w].audience != COORDINATOR],
        coordinator_commands=[w for w in ready if COMMANDS[w].audience == COORDINATOR],
        is_coordinator=is_coordinator,
        lead=lead,
    )


def _retyped(invocation: Invocation) -> str:
    """The command as typed, minus a program id, for the chooser buttons to carry on."""
    words = [invocation.word, *invocation.args]
    return " ".join(word for word in words if not word.lstrip("#").isdigit())
