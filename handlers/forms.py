"""What every modal submission and button needs: who sent it, and field errors in their
language when the use case refuses."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, BoltContext

from bot.domain.errors import DomainError, ValidationFailed
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views.common import plain
from bot.views.forms import errors_for

log = logging.getLogger(__name__)


def team_of(body: dict[str, Any]) -> str:
    """The workspace a button press or form came from."""
    return (body.get("team") or {}).get("id") or body["user"]["team_id"]


def who_sent(body: dict[str, Any], context: BoltContext, services: Services) -> tuple[Who, Texts]:
    who = services.people.identify(
        team_id=team_of(body), user_id=body["user"]["id"], now=services.clock.now()
    )
    context["language"] = who.language
    return who, Texts(who.language)


def checked(
    ack: Ack,
    who: Who,
    texts: Texts,
    fields: tuple[str, ...],
    action: Callable[[], Any],
    *,
    coordinators_only: str | None = None,
) -> Any:
    """Run the use case; on a refusal answer with field errors and return None.

    `coordinators_only` names the command word the form belongs to, for the refusal.
    """
    if coordinators_only and not who.is_coordinator:
        refusal = texts("error.coordinator_only", word=coordinators_only)
        ack(response_action="errors", errors={fields[0]: plain(refusal)})
        return None
    try:
        result = action()
    except ValidationFailed as failed:
        ack(response_action="errors", errors=errors_for(texts, failed.errors, fields))
        return None
    except DomainError as error:
        ack(response_action="errors", errors={fields[0]: plain(texts(error.key, **error.params))})
        return None
    except Exception:  # the form is still open: say so there, instead of Slack's own error
        log.exception("a form submission failed")
        ack(response_action="errors", errors={fields[0]: texts("error.internal")})
        return None
    ack()
    return result
