"""`/mentor`: parse the subcommand, check who may use it, hand it to its listener."""

from __future__ import annotations

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot.domain.commands import COORDINATOR_COMMANDS, Invocation, parse
from bot.domain.errors import ChooseProgram, DomainError
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import messages
from bot.views.common import Message, escape
from bot.views.programs import program_chooser
from handlers import agreement, match_commands, program_commands, signup_commands
from handlers.errors import tell_failure
from handlers.requests import CommandRequest, Subcommand


def handle_help(request: CommandRequest) -> None:
    request.answer(help_for(request.who, request.texts))


SUBCOMMANDS: dict[str, Subcommand] = {
    "help": handle_help,
    "join": signup_commands.handle_join,
    "leave": signup_commands.handle_leave,
    "language": signup_commands.handle_language,
    "program": program_commands.handle_program,
    "status": program_commands.handle_status,
    "match": match_commands.handle_match,
    "launch": match_commands.handle_launch,
    "agreement": agreement.handle_agreement_command,
}


def handle_mentor_command(
    ack: Ack,
    command: dict[str, str],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    services: Services,
) -> None:
    ack()
    run_line(
        command.get("text", ""), team_id=command["team_id"], user_id=command["user_id"],
        channel_id=command.get("channel_id", ""), trigger_id=command.get("trigger_id", ""),
        respond=respond, client=client, context=context, services=services,
    )  # fmt: skip


def run_line(
    text: str,
    *,
    team_id: str,
    user_id: str,
    channel_id: str,
    trigger_id: str,
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    services: Services,
) -> None:
    """Run one `/mentor` line for a person, typed or carried on by a button."""
    try:
        who = services.people.identify(team_id=team_id, user_id=user_id, now=services.clock.now())
        context["language"] = who.language
        request = CommandRequest(
            parse(text), who, Texts(who.language), channel_id, trigger_id, respond, client,
            services,
        )  # fmt: skip
        run(request)
    except Exception as error:  # acked already: answered here, Bolt would lose the ack
        tell_failure(error, context, respond)


def run(request: CommandRequest) -> None:
    """Check the word and the role, run the listener, and turn refusals into answers."""
    invocation, texts = request.invocation, request.texts
    listener = SUBCOMMANDS.get(invocation.word)
    word = escape(invocation.word[:40])
    if invocation.for_coordinators and not request.who.is_coordinator:
        request.say("error.coordinator_only", word=word)
        return
    if listener is None:
        key = "error.not_yet" if invocation.known else "error.unknown"
        request.answer(help_for(request.who, texts, lead=texts(key, word=word)))
        return
    try:
        listener(request)
    except ChooseProgram as choice:
        programs = request.services.programs.list(team_id=request.team_id)
        options = [program for program in programs if program.id in choice.program_ids]
        request.answer(program_chooser(texts, _retyped(invocation), options))
    except DomainError as error:
        request.say(error.key, **error.params)


def help_for(who: Who, texts: Texts, *, lead: str | None = None) -> Message:
    """The help this person may see: coordinators also get their own commands."""
    return messages.help_message(
        texts,
        participant_commands=[word for word in SUBCOMMANDS if word not in COORDINATOR_COMMANDS],
        coordinator_commands=[word for word in SUBCOMMANDS if word in COORDINATOR_COMMANDS],
        is_coordinator=who.is_coordinator,
        lead=lead,
    )


def _retyped(invocation: Invocation) -> str:
    """The command as typed, minus a program id, for the chooser buttons to carry on."""
    words = [invocation.word, *invocation.args]
    return " ".join(word for word in words if not word.lstrip("#").isdigit())
