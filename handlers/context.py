"""The middleware every request passes: the services, and who is asking in which language,
so that listeners declare `services`, `who` and `texts` as arguments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext

from bot.services import Services
from bot.texts import Texts
from handlers.home import HomeAnswer, from_home

Middleware = Callable[..., None]


def provide(services: Services, default_language: str) -> Middleware:
    """Identify the person once per request: a known person costs one query; someone new one
    `users.info` call (well inside Slack's three seconds), and the default language when
    Slack does not answer."""

    def middleware(context: BoltContext, body: dict[str, Any], next: Callable[[], None]) -> None:
        context["services"] = services
        context["who"] = None
        context["texts"] = Texts(default_language)
        user_id, team_id = context.user_id, context.team_id or context.enterprise_id
        if user_id and team_id:
            who = services.people.identify(
                team_id=team_id, user_id=user_id, now=services.clock.now()
            )
            context["who"], context["texts"] = who, Texts(who.language)
            if from_home(body):  # no response URL there: answers go to the person's DM
                context["respond"] = HomeAnswer(context.client, who, services)
        next()

    return middleware
