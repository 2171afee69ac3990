"""The one place where unexpected errors end: logged, and the person gets a polite answer."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import BoltContext, Respond

from bot.texts import Texts
from bot.views import messages

log = logging.getLogger(__name__)


def handle_error(
    error: Exception, body: dict[str, Any], context: BoltContext, respond: Respond | None
) -> None:
    log.error("unhandled error in a listener: %s", type(error).__name__, exc_info=error)
    if respond is None:  # no response URL: an event or a modal submission
        return
    texts = Texts(context.get("language") or context.get("default_language") or "en")
    respond(**messages.notice(texts("error.internal")).as_kwargs())
