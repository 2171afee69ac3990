"""`/mentor log`: the person's own log book; its buttons and the form for a new entry."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.domain.errors import DomainError
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import ids, messages
from bot.views.forms import text_of
from bot.views.logbook import log_modal, log_page, shared_entry
from bot.views.refs import refusal
from handlers.forms import checked
from handlers.requests import CommandRequest


def handle_log(request: CommandRequest) -> None:
    """`log` shows the log book; `log <text>` adds a note to it."""
    logbook = request.services.logbook
    if request.invocation.rest:
        logbook.note(
            team_id=request.team_id,
            user_id=request.user_id,
            text=request.invocation.rest,
            now=request.now,
        )
        request.say("log.noted")
        return
    request.answer(
        log_page(request.texts, logbook.page(team_id=request.team_id, user_id=request.user_id))
    )


def handle_log_write(ack: Ack, body: dict[str, Any], client: WebClient, texts: Texts) -> None:
    """The form for a new note."""
    ack()
    client.views_open(trigger_id=body["trigger_id"], view=log_modal(texts))


def handle_log_page(
    ack: Ack, action: dict[str, Any], respond: Respond, who: Who, texts: Texts, services: Services
) -> None:
    """Another page of the log book, in place of the one shown."""
    ack()
    value = action.get("value", "")
    number = int(value) if value.isdigit() and len(value) < 6 else 0
    page = services.logbook.page(team_id=who.team_id, user_id=who.user_id, page=number)
    respond(replace_original=True, **log_page(texts, page).as_kwargs())


def handle_log_share(
    ack: Ack,
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    who: Who,
    texts: Texts,
    services: Services,
) -> None:
    """One entry, shown to the partner it is about, because its owner pressed Share."""
    ack()
    value = action.get("value", "")
    try:
        channel, line = services.logbook.share(
            team_id=who.team_id,
            user_id=who.user_id,
            entry_id=int(value) if value.isdigit() and len(value) <= 10 else 0,
            now=services.clock.now(),
        )
    except DomainError as error:
        _tell(respond, refusal(texts, error))
        return
    client.chat_postMessage(
        channel=channel, **shared_entry(texts, line, who.user_id, who.tz).as_kwargs()
    )
    _tell(respond, texts("log.share_done"))


def _tell(respond: Respond, text: str) -> None:
    respond(response_type="ephemeral", replace_original=False, **messages.notice(text).as_kwargs())


def handle_log_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    text = text_of(view["state"]["values"], ids.LOG_TEXT)
    done = checked(
        ack,
        texts,
        (ids.LOG_TEXT,),
        lambda: (
            services.logbook.note(
                team_id=who.team_id, user_id=who.user_id, text=text, now=services.clock.now()
            )
            or True
        ),
    )
    if done:
        client.chat_postMessage(
            channel=who.user_id, **messages.notice(texts("log.noted")).as_kwargs()
        )
