"""The one place where unexpected errors end: logged, and the person gets a polite answer."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bot.texts import Texts
from bot.views import messages
from handlers import telemetry

log = logging.getLogger(__name__)


def tell_failure(error: Exception, texts: Texts, respond: Respond) -> None:
    """Log an unexpected failure and tell the person, in their language, that nothing changed.

    Used where the request was acknowledged already: Bolt, when a listener raises right after
    its ack, can answer Slack 404 instead (it resets the ack it had not yet sent).
    """
    log.error("unhandled error after the ack: %s", type(error).__name__, exc_info=error)
    telemetry.failed()
    with contextlib.suppress(SlackClientError, ValueError):
        respond(**messages.notice(texts("error.internal")).as_kwargs())


def handle_error(
    error: Exception,
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond | None,
    client: WebClient,
) -> None:
    log.error("unhandled error in a listener: %s", type(error).__name__, exc_info=error)
    telemetry.failed()
    texts = context.get("texts") or Texts(context.get("default_language") or "en")
    answer = messages.notice(texts("error.internal")).as_kwargs()
    if respond is not None:
        respond(**answer)
        return
    user = (body.get("user") or {}).get("id")
    if user:  # a modal submission has no response URL: tell the person directly
        with contextlib.suppress(SlackClientError):
            client.chat_postMessage(channel=user, **answer)
