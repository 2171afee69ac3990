"""Coordinators' `match` and `launch`, and the buttons of the proposal."""

from __future__ import annotations

from bot.views.common import escape
from bot.views.matching import match_edit_modal, proposal_message
from handlers.requests import CommandRequest, program_argument


def handle_match(request: CommandRequest) -> None:
    if request.invocation.args[:1] == ("edit",):
        handle_match_edit(request)
        return
    proposal = request.services.matching.propose(
        team_id=request.team_id,
        user_id=request.user_id,
        program_id=_program(request),
        now=request.now,
    )
    request.answer(proposal_message(request.texts, proposal))


def handle_match_edit(request: CommandRequest) -> None:
    view = match_edit_modal(request.texts, program_id=_program(request, skip=1))
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def handle_launch(request: CommandRequest) -> None:
    progress = request.services.launches.start(
        team_id=request.team_id,
        user_id=request.user_id,
        program_id=_program(request),
        now=request.now,
    )
    request.say("launch.started", name=escape(progress.program_name), total=progress.total)
    request.services.kick()


def _program(request: CommandRequest, *, skip: int = 0) -> int:
    """The program named after the words (`match 3`, `match edit 3`), else the only open one."""
    return request.services.programs.pick(
        team_id=request.team_id,
        program_id=program_argument(request.invocation.args[skip:]),
        include_running=True,  # people whose pair ended can be matched again
    )
