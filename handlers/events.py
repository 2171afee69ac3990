"""Events from Slack. Slack retries an event it thinks we missed: handling must be idempotent."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient

from bot.services.people import Who
from bot.texts import Texts
from bot.views.home import home_view
from handlers.commands import help_for

log = logging.getLogger(__name__)


def handle_app_home_opened(
    event: dict[str, Any], client: WebClient, who: Who, texts: Texts
) -> None:
    if event.get("tab") != "home":
        return
    client.views_publish(user_id=event["user"], view=home_view(help_for(who, texts)))


def handle_member_left_channel(event: dict[str, Any]) -> None:
    log.info("member left channel %s", event.get("channel"))


def handle_app_uninstalled(event: dict[str, Any]) -> None:
    log.warning("the app was uninstalled from this workspace; Slack calls will fail from now on")


def handle_tokens_revoked(event: dict[str, Any]) -> None:
    log.warning("Slack revoked tokens of this app; Slack calls will fail until it is reinstalled")
