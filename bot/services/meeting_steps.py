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
from bot.services.rhythm import card
from storage.db import Database
from storage.models import OutboxMessage

# Draws one prompt: (kind, meeting) -> (notification text, blocks)
PromptRenderer = Callable[[str, MeetingCard], tuple[str, list[dict[str, Any]]]]
# Draws the calendar invite: (meeting, when it is issued) -> (file name, title, .ics bytes)
InviteRenderer = Callable[[MeetingCard, datetime], tuple[str, str, bytes]]


class MeetingPrompt(Step):
    """A message in the pair's channel about one version of one meeting."""

    lane = "chat.postMessage"

    def __init__(self, kind: str, db: Database, people: People, render: PromptRenderer) -> None:
        self.kind = f"meeting.{kind}"
        self.prompt = kind
        self.db = db
        self.people = people
        self.render = render

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, str, list[Any]] | None:
        shown = current(self.db, self.people, message, now)
        if shown is None:
            return None
        text, blocks = self.render(self.prompt, shown)
        return shown.channel_id, text, blocks

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
        shown = current(self.db, self.people, message, now)
        if shown is None:
            return None
        return (shown.channel_id, *self.render(shown, now))

    def send(
        self, slack: SlackGateway, prepared: tuple[str, str, str, bytes] | None
    ) -> dict[str, Any]:
        if prepared is None:
            return {"skipped": "the meeting moved or the pair stopped"}
        channel, filename, title, content = prepared
        return {"channel": channel, "file": slack.upload_file(channel, filename, content, title)}


def current(
    db: Database, people: People, message: OutboxMessage, now: datetime
) -> MeetingCard | None:
    """The meeting a prompt is about, while that version of it is still planned."""
    with db.unit_of_work() as uow:
        meeting = uow.meetings.get(message.payload["meeting"])
        rel = uow.relationships.get(meeting.relationship_id)
        if (
            meeting.sequence != message.payload["sequence"]
            or meeting.status != MeetingStatus.PLANNED
        ):
            return None
        if rel.status != RelationshipStatus.ACTIVE or not rel.channel_id:
            return None
        return card(uow, people, meeting, now=now)
