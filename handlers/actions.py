"""Buttons. Each carries a `/mentor` line on, so it follows the same rules as typing it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.domain import refs
from bot.domain.commands import parse
from bot.domain.errors import DomainError
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import messages
from bot.views.refs import refusal
from handlers.commands import run_request
from handlers.requests import CommandRequest

Listener = Callable[..., None]


def carry_on(line: str, *, replace: bool) -> Listener:
    """A listener that runs `/mentor <line> <the button's value>` for whoever pressed it;
    `replace` removes the message the button was on (a question that has been answered)."""

    def listener(
        ack: Ack,
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Respond,
        client: WebClient,
        who: Who,
        texts: Texts,
        services: Services,
    ) -> None:
        ack()
        request = CommandRequest(
            invocation=parse(f"{line} {action['value']}".strip()),
            who=who,
            texts=texts,
            channel_id=(body.get("channel") or {}).get("id", ""),
            trigger_id=body["trigger_id"],  # used first: it lasts three seconds
            respond=respond,
            client=client,
            services=services,
        )
        run_request(request)
        if replace:
            respond(delete_original=True)

    return listener


handle_choose_program = carry_on("", replace=True)  # the value is the whole line
handle_join_program = carry_on("join", replace=False)
handle_match_again = carry_on("match", replace=True)
handle_match_edit = carry_on("match edit", replace=False)
handle_launch = carry_on("launch", replace=False)
handle_leave_confirm = carry_on("leave confirm", replace=True)
handle_agreement_open = carry_on("agreement", replace=False)
handle_agreement_confirm = carry_on("agreement confirm", replace=False)
handle_leave_program = carry_on("leave", replace=True)


def handle_rejoin_channel(
    ack: Ack,
    action: dict[str, Any],
    respond: Respond,
    who: Who,
    texts: Texts,
    services: Services,
) -> None:
    """Back into the pair's channel."""
    ack()
    pair = refs.whole_numbers(action.get("value", ""), 1)
    try:
        channel = services.members.come_back(
            team_id=who.team_id, user_id=who.user_id, relationship_id=pair[0] if pair else 0
        )
    except DomainError as error:
        respond(**messages.notice(refusal(texts, error)).as_kwargs())
        return
    respond(
        replace_original=True,
        **messages.notice(texts("left.welcome_back", channel=f"<#{channel}>")).as_kwargs(),
    )
