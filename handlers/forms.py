"""What every modal submission needs: field errors in the person's language when the use
case refuses, and nothing stored."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack

from bot.domain.errors import DomainError, ValidationFailed
from bot.texts import Texts
from bot.views.common import plain
from bot.views.forms import errors_for
from bot.views.refs import refusal
from handlers import telemetry

log = logging.getLogger(__name__)


def checked(ack: Ack, texts: Texts, fields: tuple[str, ...], action: Callable[[], Any]) -> Any:
    """Run the use case; on a refusal answer with field errors and return None."""
    try:
        result = action()
    except ValidationFailed as failed:
        ack(response_action="errors", errors=errors_for(texts, failed.errors, fields))
        return None
    except DomainError as error:
        ack(response_action="errors", errors={fields[0]: plain(refusal(texts, error))})
        return None
    except Exception:  # the form is still open: say so there, instead of Slack's own error
        log.exception("a form submission failed")
        telemetry.failed()
        ack(response_action="errors", errors={fields[0]: texts("error.internal")})
        return None
    ack()
    return result
