"""How each kind of outbox message turns into Slack calls, in the recipient's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from bot.ports import SlackGateway
from bot.services.people import People
from storage.models import OutboxMessage
from storage.uow import UnitOfWork

# Draws a notice's payload in one language: (payload, language) -> text
NoticeRenderer = Callable[[dict[str, Any], str], str]


class Preparer(Protocol):
    """Prepares a batch of claimed messages: what each will send, read together where that
    is cheaper (a batch of meeting prompts reads its pairs in a few queries)."""

    def prepare_many(self, messages: list[OutboxMessage], now: datetime) -> list[Any]:
        """What `prepare` gives for each message, in order."""
        ...


class Delivery(Protocol):
    """One kind of outbox message.

    `prepare` reads what it needs and `send` makes the Slack calls, both outside any unit of
    work (`prepare` opens its own). `after` runs in the unit of work that marks the message
    sent, so what follows (the next step of a launch) is queued in the same commit. Messages
    in the same `lane` (mostly: the same Slack method) go one after the other; lanes run side
    by side, so a rate limit on one method does not hold up the others.
    """

    lane: str
    told_when_failed: bool  # whether the coordinators hear of a message that failed for good
    # Whether `after` does anything. A send nothing follows is recorded by one statement,
    # outside a unit of work.
    follows: bool

    def prepare(self, message: OutboxMessage, now: datetime) -> Any: ...

    @property
    def preparer(self) -> Preparer:
        """What prepares a batch of this kind's messages: the delivery itself, or one that
        kinds reading the same rows share, so that a batch of them is read together."""
        ...

    def send(self, slack: SlackGateway, prepared: Any) -> dict[str, Any]: ...

    def after(
        self, uow: UnitOfWork, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None: ...

    def failed(self, uow: UnitOfWork, message: OutboxMessage, now: datetime) -> None: ...


class Step:
    """A Delivery's defaults: prepared one by one, nothing follows it, nothing is undone
    when it fails, and the coordinators are told that it failed."""

    told_when_failed = True
    follows = False  # for each subclass that does not say: whether it has its own `after`

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "follows" not in cls.__dict__:
            cls.follows = cls.after is not Step.after

    def prepare(self, message: OutboxMessage, now: datetime) -> Any:
        raise NotImplementedError

    def prepare_many(self, messages: list[OutboxMessage], now: datetime) -> list[Any]:
        return [self.prepare(message, now) for message in messages]

    @property
    def preparer(self) -> Preparer:
        return self

    def after(
        self, uow: UnitOfWork, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        """Nothing follows."""

    def failed(self, uow: UnitOfWork, message: OutboxMessage, now: datetime) -> None:
        """Nothing to undo."""


@dataclass(frozen=True)
class PreparedPost:
    channel: str
    text: str


class Notice(Step):
    """A catalog text sent to a person (by user id) or to a channel, rendered when sent."""

    kind = "notice"
    lane = "chat.postMessage"

    def __init__(self, people: People, render: NoticeRenderer) -> None:
        self.people = people
        self.render = render

    def prepare(self, message: OutboxMessage, now: datetime) -> PreparedPost:
        if message.recipient.startswith(("U", "W")):
            who = self.people.identify(team_id=message.team_id, user_id=message.recipient, now=now)
            language = who.language
        else:
            language = message.payload.get("language") or self.people.default_language
        return PreparedPost(channel=message.recipient, text=self.render(message.payload, language))

    def send(self, slack: SlackGateway, prepared: PreparedPost) -> dict[str, Any]:
        ts = slack.post_message(prepared.channel, prepared.text)
        return {"channel": prepared.channel, "ts": ts}


def queue_notice(
    uow: UnitOfWork,
    *,
    dedupe_key: str,
    team_id: str,
    program_id: int | None,
    recipient: str,
    payload: dict[str, Any],
    now: datetime,
) -> None:
    """A notice to a person or channel, due now, sent once per dedupe key."""
    uow.outbox.add(
        dedupe_key=dedupe_key,
        team_id=team_id,
        program_id=program_id,
        kind="notice",
        recipient=recipient,
        payload=payload,
        due_at=now,
        now=now,
    )


def notice_payload(key: str, **params: object) -> dict[str, Any]:
    """The payload of a Notice of one catalog text."""
    return composed_notice((key, params))


def composed_notice(
    *parts: tuple[str, dict[str, Any]], dates: dict[str, str] | None = None
) -> dict[str, Any]:
    """The payload of a Notice of several paragraphs; `dates` (ISO) are written per language."""
    return {"parts": [[key, params] for key, params in parts], "dates": dates or {}}


def notice_keys(payload: dict[str, Any]) -> list[str]:
    return [key for key, _ in payload.get("parts", [])]
