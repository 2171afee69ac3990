"""Events from Slack. Slack retries an event it thinks we missed: handling must be idempotent."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient

from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views.pair import left_channel_question

log = logging.getLogger(__name__)


def handle_member_left_channel(
    body: dict[str, Any],
    event: dict[str, Any],
    client: WebClient,
    who: Who | None,
    texts: Texts,
    services: Services,
) -> None:
    """A member of a pair left its channel: ask them, privately, whether they meant to."""
    if who is None:
        return
    relationship_id = services.members.left(
        team_id=who.team_id,
        user_id=who.user_id,
        channel_id=event.get("channel", ""),
        event_id=body.get("event_id", ""),
        now=services.clock.now(),
    )
    if relationship_id is not None:
        question = left_channel_question(texts, relationship_id, event.get("channel", ""))
        client.chat_postMessage(channel=who.user_id, **question.as_kwargs())


def handle_app_uninstalled(event: dict[str, Any]) -> None:
    log.warning("the app was uninstalled from this workspace; Slack calls will fail from now on")


def handle_tokens_revoked(event: dict[str, Any]) -> None:
    log.warning("Slack revoked tokens of this app; Slack calls will fail until it is reinstalled")
