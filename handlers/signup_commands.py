"""Participants' subcommands: language, join, leave."""

from __future__ import annotations

from bot.services.leaving import ConfirmLeave
from bot.texts import Texts
from bot.views import messages
from bot.views.common import escape
from bot.views.signup_modal import leave_question, signup_modal
from handlers.requests import CommandRequest, program_argument


def handle_language(request: CommandRequest) -> None:
    if not request.invocation.args:
        request.say("language.current")
        return
    who = request.services.people.set_language(
        team_id=request.team_id,
        user_id=request.user_id,
        choice=request.invocation.args[0],
        now=request.now,
    )
    request.answer(messages.notice(Texts(who.language)("language.changed")))


def handle_join(request: CommandRequest) -> None:
    open_signup(request, program_argument(request.invocation.args))


def open_signup(request: CommandRequest, program_id: int | None) -> None:
    """Open the sign-up form for the program (the only open one when none is named)."""
    form = request.services.signups.form(
        team_id=request.team_id, user_id=request.user_id, program_id=program_id, now=request.now
    )
    view = signup_modal(
        request.texts,
        program_id=form.program.id,
        program_name=form.program.name,
        cross_company=form.program.cross_company,
        current=form.current,
        timezone=form.slack_timezone,
    )
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def handle_leave(request: CommandRequest) -> None:
    confirmed = request.invocation.args[:1] == ("confirm",)
    try:
        name = request.services.signups.leave(
            team_id=request.team_id,
            user_id=request.user_id,
            program_id=program_argument(request.invocation.args[confirmed:]),
            now=request.now,
            confirmed=confirmed,
        )
    except ConfirmLeave as question:
        request.answer(leave_question(request.texts, question.program_id, question.params))
        return
    request.say("leave.ended" if confirmed else "leave.done", program=escape(name))
    request.services.kick()
