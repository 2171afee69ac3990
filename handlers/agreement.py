"""The agreement: `/mentor agreement`, the buttons in the pair's channel, and the form."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot.domain.errors import DomainError
from bot.services import Services
from bot.services.agreements import UNCHANGED
from bot.views import ids, messages
from bot.views.agreement import agreement_message, agreement_modal, read_agreement
from bot.views.common import Message
from handlers.forms import checked, who_sent
from handlers.requests import CommandRequest


def handle_agreement_command(request: CommandRequest) -> None:
    agreement = request.services.agreements.find(
        team_id=request.team_id, user_id=request.user_id, relationship_id=None,
        channel_id=request.channel_id,
    )  # fmt: skip
    request.client.views_open(
        trigger_id=request.trigger_id, view=agreement_modal(request.texts, agreement)
    )


def handle_agreement_open(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond,
    client: WebClient, context: BoltContext, services: Services,
) -> None:  # fmt: skip
    ack()
    who, texts = who_sent(body, context, services)
    try:
        agreement = services.agreements.find(
            team_id=who.team_id, user_id=who.user_id, relationship_id=int(action["value"])
        )
    except DomainError as error:
        respond(**messages.notice(texts(error.key, **error.params)).as_kwargs())
        return
    client.views_open(trigger_id=body["trigger_id"], view=agreement_modal(texts, agreement))


def handle_agreement_confirm(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond,
    client: WebClient, context: BoltContext, services: Services,
) -> None:  # fmt: skip
    ack()
    who, texts = who_sent(body, context, services)
    try:
        agreement = services.agreements.confirm(
            team_id=who.team_id, user_id=who.user_id, relationship_id=int(action["value"]),
            now=services.clock.now(),
        )  # fmt: skip
    except DomainError as error:
        respond(**messages.notice(texts(error.key, **error.params)).as_kwargs())
        return
    message = agreement_message(texts, agreement)
    original = body.get("message") or {}
    if original.get("ts") and (body.get("channel") or {}).get("id") == agreement.channel_id:
        # the draft becomes the confirmed agreement: no Confirm button left to press
        client.chat_update(channel=agreement.channel_id, ts=original["ts"], **message.as_kwargs())
    else:
        _post(client, agreement.channel_id, message)


def handle_agreement_submission(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
    context: BoltContext, services: Services,
) -> None:  # fmt: skip
    who, texts = who_sent(body, context, services)
    draft = read_agreement(view["state"]["values"])
    result = checked(
        ack, who, texts, ids.AGREEMENT_FIELDS,
        lambda: services.agreements.write(
            team_id=who.team_id, user_id=who.user_id,
            relationship_id=int(view["private_metadata"]), draft=draft, now=services.clock.now(),
        ),
    )  # fmt: skip
    if result is None:
        return
    outcome, agreement = result
    if outcome == UNCHANGED:
        _post(client, who.user_id, messages.notice(texts("agreement.unchanged")))
        return
    _post(client, agreement.channel_id, agreement_message(texts, agreement))


def _post(client: WebClient, channel: str, message: Message) -> None:
    client.chat_postMessage(channel=channel, **message.as_kwargs())
