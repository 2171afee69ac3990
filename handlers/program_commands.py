"""Coordinators' subcommands: `program ...` (new, list, edit, close, announce, import,
coordinators) and `status`."""

from __future__ import annotations

import re

from slack_sdk.errors import SlackApiError

from bot.texts import Texts
from bot.views.common import escape
from bot.views.import_modal import import_modal
from bot.views.program_modal import program_modal
from bot.views.programs import announcement, program_list, roster_message
from handlers.requests import CommandRequest, Subcommand, program_argument

MENTION = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")


def handle_program(request: CommandRequest) -> None:
    args = request.invocation.args
    action = PROGRAM_ACTIONS.get(args[0].lower() if args else "list")
    if action is None:
        request.say("program.error.unknown_action", given=escape(args[0][:20]))
        return
    action(request)


def handle_program_new(request: CommandRequest) -> None:
    draft = request.services.programs.blank_draft()
    request.client.views_open(
        trigger_id=request.trigger_id, view=program_modal(request.texts, draft)
    )


def handle_program_list(request: CommandRequest) -> None:
    request.answer(
        program_list(request.texts, request.services.programs.list(team_id=request.team_id))
    )


def handle_program_edit(request: CommandRequest) -> None:
    program_id = _pick(request, include_running=True)
    draft = request.services.programs.draft_of(
        team_id=request.team_id, user_id=request.user_id, program_id=program_id
    )
    view = program_modal(request.texts, draft, program_id=program_id)
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def handle_program_close(request: CommandRequest) -> None:
    program = request.services.programs.close(
        team_id=request.team_id,
        user_id=request.user_id,
        program_id=_pick(request, include_running=True),
        now=request.now,
    )
    request.say("program.closed", name=escape(program.name))


def handle_program_announce(request: CommandRequest) -> None:
    program = request.services.programs.get(team_id=request.team_id, program_id=_pick(request))
    post = announcement(Texts(program.language), program)
    try:
        request.client.chat_postMessage(channel=request.channel_id, **post.as_kwargs())
    except SlackApiError as error:
        if error.response.get("error") not in ("not_in_channel", "channel_not_found"):
            raise
        request.say("announce.error.not_in_channel")
        return
    request.say("announce.done", name=escape(program.name))


def handle_program_import(request: CommandRequest) -> None:
    program = request.services.programs.get(team_id=request.team_id, program_id=_pick(request))
    view = import_modal(request.texts, program_id=program.id, program_name=program.name)
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def handle_program_coordinators(request: CommandRequest) -> None:
    args = request.invocation.args
    verb = args[1].lower() if len(args) > 1 else ""
    target = MENTION.match(args[2]) if len(args) > 2 else None
    if verb not in ("add", "remove") or target is None:
        request.say("coordinators.usage")
        return
    people = request.services.people
    change = people.add_coordinator if verb == "add" else people.remove_coordinator
    change(team_id=request.team_id, user_id=request.user_id, target_id=target[1], now=request.now)
    request.say(
        "coordinators.added" if verb == "add" else "coordinators.removed", user=f"<@{target[1]}>"
    )


def handle_status(request: CommandRequest) -> None:
    program_id = request.services.programs.pick(
        team_id=request.team_id,
        program_id=program_argument(request.invocation.args),
        include_running=True,
    )
    roster = request.services.programs.roster(
        team_id=request.team_id, user_id=request.user_id, program_id=program_id, now=request.now
    )
    request.answer(roster_message(request.texts, roster))


def _pick(request: CommandRequest, *, include_running: bool = False) -> int:
    """The program named after the action word, else the only open one (or ask which)."""
    return request.services.programs.pick(
        team_id=request.team_id,
        program_id=program_argument(request.invocation.args[1:]),
        include_running=include_running,
    )


PROGRAM_ACTIONS: dict[str, Subcommand] = {
    "new": handle_program_new,
    "list": handle_program_list,
    "edit": handle_program_edit,
    "close": handle_program_close,
    "announce": handle_program_announce,
    "import": handle_program_import,
    "coordinators": handle_program_coordinators,
}
