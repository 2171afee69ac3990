"""The agreement: `/mentor agreement`, the buttons in the pair's channel, and the form."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.services import Services
from bot.services.agreements import UNCHANGED
from bot.services.people import Who
from bot.texts import Texts
from bot.views import ids, messages
from bot.views.agreement import agreement_message, agreement_modal, read_agreement
from bot.views.common import Message
from handlers.forms import checked
from handlers.requests import CommandRequest, program_argument


def handle_agreement_command(request: CommandRequest) -> None:
    """`agreement` opens the form (this channel's pair, or the pair named by a button);
    `agreement confirm N` is the Confirm button under a draft."""
    args = request.invocation.args
    agreements = request.services.agreements
    if args[:1] == ("confirm",):
        agreement = agreements.confirm(
            team_id=request.team_id,
            user_id=request.user_id,
            relationship_id=program_argument(args[1:]) or 0,
            now=request.now,
        )
        # the draft the button was on becomes the agreement: no Confirm button left to press
        message = agreement_message(request.texts, agreement)
        request.respond(replace_original=True, **message.as_kwargs())
        return
    agreement = agreements.find(
        team_id=request.team_id,
        user_id=request.user_id,
        relationship_id=program_argument(args),
        channel_id=request.channel_id,
    )
    request.client.views_open(
        trigger_id=request.trigger_id, view=agreement_modal(request.texts, agreement)
    )


def handle_agreement_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, who: Who, texts: Texts, services: Services
) -> None:
    draft = read_agreement(view["state"]["values"])
    result = checked(
        ack,
        texts,
        ids.AGREEMENT_FIELDS,
        lambda: services.agreements.write(
            team_id=who.team_id,
            user_id=who.user_id,
            relationship_id=int(view["private_metadata"]),
            draft=draft,
            now=services.clock.now(),
        ),
    )
    if result is None:
        return
    outcome, agreement = result
    if outcome == UNCHANGED:
        _post(client, who.user_id, messages.notice(texts("agreement.unchanged")))
        return
    _post(client, agreement.channel_id, agreement_message(texts, agreement))


def _post(client: WebClient, channel: str, message: Message) -> None:
    client.chat_postMessage(channel=channel, **message.as_kwargs())
