"""The App Home tab: published when it is opened and again after a button pressed on it.

A button on the Home tab has no message to answer under: what its command answers goes to
the person's direct messages with the app (its Messages tab), and the tab is drawn anew.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain.errors import DomainError
from bot.records import HomeData
from bot.services import Services
from bot.services.people import Who
from bot.texts import Texts
from bot.views import messages
from bot.views.home import home_view
from bot.views.refs import refusal
from handlers.actions import carry_on
from handlers.commands import overview

log = logging.getLogger(__name__)


def home_tab(language: str, home: HomeData) -> dict[str, Any]:
    """The Home tab as views.publish takes it: the same here and when the outbox redraws it."""
    texts = Texts(language)
    return home_view(texts, home, overview(texts, is_coordinator=home.is_coordinator)).to_dict()


def publish_home(
    client: WebClient, who: Who, services: Services, home: HomeData | None = None
) -> None:
    """Draw the person's Home tab as things stand now (or as `home` has it)."""
    if home is None:
        now = services.clock.now()
        home = services.home.of(team_id=who.team_id, user_id=who.user_id, now=now)
    try:
        client.views_publish(user_id=who.user_id, view=home_tab(who.language, home))
    except SlackApiError as error:  # the tab shows its last version; the next opening tries again
        log.warning("views.publish failed: %s", error.response.get("error"))


def from_home(body: dict[str, Any]) -> bool:
    """Whether the request is a press on the Home tab (which has no response URL)."""
    return (body.get("view") or {}).get("type") == "home" and not body.get("response_url")


class HomeAnswer:
    """Stands in for Bolt's `respond` on the Home tab: the answer goes to the person's direct
    messages with the app, then the tab is drawn anew."""

    def __init__(self, client: WebClient, who: Who, services: Services) -> None:
        self.client, self.who, self.services = client, who, services

    def __call__(
        self,
        text: str = "",
        blocks: list[dict[str, Any]] | None = None,
        delete_original: bool | None = None,
        **_: Any,  # response_type, replace_original: a direct message is new either way
    ) -> None:
        if not delete_original:
            self.client.chat_postMessage(channel=self.who.user_id, text=text, blocks=blocks)
        publish_home(self.client, self.who, self.services)


def handle_app_home_opened(
    event: dict[str, Any], client: WebClient, who: Who | None, services: Services
) -> None:
    if event.get("tab") != "home" or who is None:
        return
    home = services.home.opened(team_id=who.team_id, user_id=who.user_id, now=services.clock.now())
    publish_home(client, who, services, home)


handle_home_run = carry_on("", replace=False)  # the value is the whole `/mentor` line


def handle_send_again(
    ack: Ack,
    action: dict[str, Any],
    client: WebClient,
    who: Who,
    texts: Texts,
    services: Services,
) -> None:
    """The program's undelivered messages go out again."""
    ack()
    value = action.get("value", "")
    try:
        count = services.home.send_again(
            team_id=who.team_id,
            user_id=who.user_id,
            program_id=int(value) if value.isdigit() and len(value) < 10 else 0,
            now=services.clock.now(),
        )
    except DomainError as error:
        text = refusal(texts, error)
    else:
        text = texts("home.sent_again", count=count)
        services.kick()
    HomeAnswer(client, who, services)(**messages.notice(text).as_kwargs())


def handle_language_choice(
    ack: Ack, action: dict[str, Any], client: WebClient, who: Who, services: Services
) -> None:
    """The language picked on the Home tab; the tab is drawn again in it."""
    ack()
    choice = (action.get("selected_option") or {}).get("value", "")
    try:
        who = services.people.set_language(
            team_id=who.team_id, user_id=who.user_id, choice=choice, now=services.clock.now()
        )
    except DomainError as error:  # not one of the options: said, and the tab stays as it is
        notice = messages.notice(refusal(Texts(who.language), error))
        HomeAnswer(client, who, services)(**notice.as_kwargs())
        return
    publish_home(client, who, services)
