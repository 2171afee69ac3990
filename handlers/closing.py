"""The buttons under the question at the program's end: the pair goes on by itself, or it is
done. Either member answers for the pair; anyone else is refused, and nothing changes."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond

from bot.domain import refs
from bot.domain.errors import DomainError
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import ids, messages
from bot.views.closing import closing_answered
from bot.views.refs import refusal


def handle_closing_answer(
    ack: Ack, action: dict[str, Any], respond: Respond, who: Who, texts: Texts, services: Services
) -> None:
    """Both members see the answer in place of the buttons; "done" says goodbye and archives."""
    ack()
    pair = refs.whole_numbers(action.get("value", ""), 1)
    try:
        answer = services.closing.answer(
            team_id=who.team_id,
            user_id=who.user_id,
            relationship_id=pair[0] if pair else 0,
            goes_on=action["action_id"] == ids.CLOSING_GO_ON,
            now=services.clock.now(),
        )
    except DomainError as error:
        notice = messages.notice(refusal(texts, error))
        respond(response_type="ephemeral", replace_original=False, **notice.as_kwargs())
        return
    respond(replace_original=True, **closing_answered(answer).as_kwargs())
    services.kick()
