"""The prompts around a meeting, sent through the outbox: the proposal and its calendar
invite, the preparation, "did you meet?" and its one reminder. Each is drawn when it is sent
and says nothing if the meeting moved, was answered or the pair stopped in the meantime."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.domain.enums import MeetingStatus, RelationshipStatus
from bot.ports import SlackGateway
from bot.records import MeetingCard
from bot.services.deliveries import Step
from bot.services.people import People
from bot.services.rhythm import cards
from storage.db import Database
from storage.meetings import MeetingFacts
from storage.models import OutboxMessage

# Draws one prompt: (kind, meeting) -> (notification text, blocks)
PromptRenderer = Callable[[str, MeetingCard], tuple[str, list[dict[str, Any]]]]
# Draws the calendar invite: (meeting, when it is issued) -> (file name, title, .ics bytes)
InviteRenderer = Callable[[MeetingCard, datetime], tuple[str, str, bytes]]


class MeetingPromptPreparer:
    """The meeting prompts of every kind, prepared together: a batch of proposals,
    preparations, "did you meet?" and reminders reads its meetings and pairs once."""

    def __init__(self, db: Database, people: People, render: PromptRenderer) -> None:
        self.db = db
        self.people = people
        self.render = render

    def prepare_many(
        self, messages: list[OutboxMessage], now: datetime
    ) -> list[tuple[str, str, list[Any]] | None]:
        prepared: list[tuple[str, str, list[Any]] | None] = []
        shown_all = current(self.db, self.people, messages, now)
        for message, shown in zip(messages, shown_all, strict=True):
            if shown is None:
                prepared.append(None)
                continue
            text, blocks = self.render(message.kind.removeprefix("meeting."), shown)
            prepared.append((shown.channel_id, text, blocks))
        return prepared


class MeetingPrompt(Step):
    """A message in the pair's channel about one version of one meeting."""

    lane = "chat.postMessage"

    def __init__(self, kind: str, prompts: MeetingPromptPreparer) -> None:
        self.kind = f"meeting.{kind}"
        self.prompts = prompts

    @property
    def preparer(self) -> MeetingPromptPreparer:
        return self.prompts

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, str, list[Any]] | None:
        return self.prompts.prepare_many([message], now)[0]

    def send(
        self, slack: SlackGateway, prepared: tuple[str, str, list[Any]] | None
    ) -> dict[str, Any]:
        if prepared is None:
            return {"skipped": "the meeting moved, was answered or the pair stopped"}
        channel, text, blocks = prepared
        return {"channel": channel, "ts": slack.post_message(channel, text, blocks)}


class InviteUpload(Step):
    """The calendar invite for one version of a meeting, as a file in the pair's channel."""

    kind = "meeting.invite"
    lane = "files.upload"

    def __init__(self, db: Database, people: People, render: InviteRenderer) -> None:
        self.db = db
        self.people = people
        self.render = render

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, str, str, bytes] | None:
        return self.prepare_many([message], now)[0]

    def prepare_many(
        self, messages: list[OutboxMessage], now: datetime
    ) -> list[tuple[str, str, str, bytes] | None]:
        return [
            None if shown is None else (shown.channel_id, *self.render(shown, now))
            for shown in current(self.db, self.people, messages, now)
        ]

    def send(
        self, slack: SlackGateway, prepared: tuple[str, str, str, bytes] | None
    ) -> dict[str, Any]:
        if prepared is None:
            return {"skipped": "the meeting moved or the pair stopped"}
        channel, filename, title, content = prepared
        return {"channel": channel, "file": slack.upload_file(channel, filename, content, title)}


def current(
    db: Database, people: People, messages: list[OutboxMessage], now: datetime
) -> list[MeetingCard | None]:
    """The meeting each prompt is about, while that version of it is still planned (None
    otherwise), read together."""
    with db.reading() as uow:
        meetings = uow.cards.meetings({message.payload["meeting"] for message in messages})
        pairs = uow.cards.pairs({m.relationship_id for m in meetings.values()})

        def still(message: OutboxMessage) -> MeetingFacts | None:
            meeting = meetings.get(message.payload["meeting"])
            if meeting is None or meeting.sequence != message.payload["sequence"]:
                return None
            pair = pairs[meeting.relationship_id]
            if meeting.status != MeetingStatus.PLANNED or pair.status != RelationshipStatus.ACTIVE:
                return None
            return meeting if pair.channel_id else None

        wanted = [still(message) for message in messages]
        shown = [m for m in wanted if m is not None]
        drawn = iter(cards(uow, people, shown, now=now, pairs=pairs))
        return [next(drawn) if meeting is not None else None for meeting in wanted]
