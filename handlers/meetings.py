"""The rhythm's subcommands (`next`, `reschedule`, `skip`, `met`, `pause`, `resume`)."""

from __future__ import annotations

from bot.domain.language import LANGUAGES
from bot.services.ending import REASONS
from bot.services.people import Who
from bot.views.ending import end_modal
from bot.views.meetings import held, next_meeting, understood
from bot.views.reschedule import reschedule_modal
from bot.views.times import day_of
from handlers.requests import CommandRequest


def handle_next(request: CommandRequest) -> None:
    request.answer(next_meeting(request.texts, _next(request)))


def handle_reschedule(request: CommandRequest) -> None:
    """`reschedule <when>` shows what was understood; `reschedule` alone opens the picker."""
    if not request.invocation.rest:
        view = reschedule_modal(request.texts, _next(request), tz=request.who.tz)
        request.client.views_open(trigger_id=request.trigger_id, view=view)
        return
    draft = request.services.meetings.read_move(
        team_id=request.team_id,
        user_id=request.user_id,
        channel_id=request.channel_id,
        text=request.invocation.rest,
        languages=languages(request.who),
        now=request.now,
    )
    request.answer(understood(request.texts, draft, tz=request.who.tz))


def handle_skip(request: CommandRequest) -> None:
    meeting = request.services.meetings.skip(
        team_id=request.team_id,
        user_id=request.user_id,
        channel_id=request.channel_id,
        meeting=None,
        now=request.now,
    )
    request.say("skip.done", day=day_of(request.texts, meeting.starts_at, request.who.tz))
    request.services.kick()


def handle_met(request: CommandRequest) -> None:
    meeting = request.services.meetings.met(
        team_id=request.team_id,
        user_id=request.user_id,
        channel_id=request.channel_id,
        now=request.now,
    )
    request.answer(held(request.texts, meeting, request.user_id))


def handle_pause(request: CommandRequest) -> None:
    """`pause` until someone resumes, or `pause until <date>`."""
    ended = request.services.meetings.pause(
        team_id=request.team_id,
        user_id=request.user_id,
        channel_id=request.channel_id,
        until=request.invocation.rest,
        languages=languages(request.who),
        now=request.now,
    )
    if ended is None:
        request.say("pause.done")
    else:
        request.say("pause.done_until", day=request.texts.weekday_date(ended))


def handle_resume(request: CommandRequest) -> None:
    request.services.meetings.resume(
        team_id=request.team_id,
        user_id=request.user_id,
        channel_id=request.channel_id,
        now=request.now,
    )
    request.say("resume.done")
    request.services.kick()


def languages(who: Who) -> tuple[str, ...]:
    """The person's language first, then the others: people mix them."""
    return (who.language, *(code for code in LANGUAGES if code != who.language))


def _next(request: CommandRequest):
    return request.services.meetings.next(
        team_id=request.team_id,
        user_id=request.user_id,
        channel_id=request.channel_id,
        now=request.now,
    )


def handle_end(request: CommandRequest) -> None:
    """`end` opens the form that asks for the reason (as a category) before anything ends."""
    endings = request.services.endings
    pair = endings.pair_of(
        team_id=request.team_id, user_id=request.user_id, channel_id=request.channel_id
    )
    view = end_modal(request.texts, pair, REASONS)
    request.client.views_open(trigger_id=request.trigger_id, view=view)
