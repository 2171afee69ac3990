"""The steps of a pair's launch, each an outbox row that queues the next when it is done:
create the private channel, invite the two, post the welcome."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.domain.channels import pair_channel_name
from bot.domain.enums import RelationshipStatus, Role
from bot.domain.errors import SlackError
from bot.ports import SlackGateway
from bot.records import PairPeople
from bot.services.deliveries import Step
from bot.services.pairs import end_pair, pair_people
from bot.services.people import People
from storage.db import Database
from storage.models import OutboxMessage, Relationship
from storage.uow import UnitOfWork

NAME_ATTEMPTS = 5

# Draws a welcome in the pair's language: pair -> (notification text, blocks)
WelcomeRenderer = Callable[[PairPeople], tuple[str, list[dict[str, Any]]]]


class PairStep(Step):
    """A step of a pair's launch; when it fails for good the pair does not launch: its people
    can be matched again, and the launch's count no longer waits for it."""

    def failed(self, uow: UnitOfWork, message: OutboxMessage, now: datetime) -> None:
        rel = uow.relationships.get(message.payload["relationship"])
        if rel.status == RelationshipStatus.LAUNCHING:
            end_pair(uow, rel, now)


class ChannelStep(PairStep):
    """Create the pair's private channel (or take back the one a crashed run created)."""

    kind = "pair.channel"
    lane = "conversations.create"

    def __init__(self, db: Database) -> None:
        self.db = db

    def prepare(self, message: OutboxMessage, now: datetime) -> list[str]:
        with self.db.reading() as uow:
            rel = uow.relationships.get(message.payload["relationship"])
            names = {
                m.role: uow.people.by_id(m.participant.person_id).name or m.role
                for m in rel.members
            }
            mentor, mentee = names[Role.MENTOR], names[Role.MENTEE]
            return [
                pair_channel_name(mentor, mentee, rel.id, attempt)
                for attempt in range(NAME_ATTEMPTS)
            ]

    def send(self, slack: SlackGateway, prepared: list[str]) -> dict[str, Any]:
        for name in prepared:
            try:
                return {"channel": slack.create_private_channel(name), "name": name}
            except SlackError as error:
                if error.code != "name_taken":
                    raise
                own = slack.own_channel(name)  # made by a run that died before recording it
                if own is not None:
                    return {"channel": own, "name": name}
        raise SlackError("name_taken", transient=False)

    def after(
        self, uow: UnitOfWork, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        rel = uow.relationships.get(message.payload["relationship"])
        rel.channel_id, rel.channel_name = result["channel"], result["name"]
        queue_step(uow, rel, "pair.invite", now)


class InviteStep(PairStep):
    """Invite the pair's members, and nobody else (never the coordinator)."""

    kind = "pair.invite"
    lane = "conversations.invite"

    def __init__(self, db: Database) -> None:
        self.db = db

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, list[str]]:
        with self.db.reading() as uow:
            rel = uow.relationships.get(message.payload["relationship"])
            members = sorted(rel.members, key=lambda m: m.role)
            users = [uow.people.by_id(m.participant.person_id).user_id for m in members]
            return rel.channel_id or "", users

    def send(self, slack: SlackGateway, prepared: tuple[str, list[str]]) -> dict[str, Any]:
        channel, users = prepared
        for user in users:  # one at a time: a retry finds the first already there
            slack.invite(channel, user)
        return {"channel": channel, "users": users}

    def after(
        self, uow: UnitOfWork, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        queue_step(uow, uow.relationships.get(message.payload["relationship"]), "pair.welcome", now)


class WelcomeStep(PairStep):
    """Post the welcome in the pair's channel; then the pair is active."""

    kind = "pair.welcome"
    lane = "chat.postMessage"

    def __init__(self, db: Database, people: People, render: WelcomeRenderer) -> None:
        self.db = db
        self.people = people
        self.render = render

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, str, list[Any]]:
        with self.db.reading() as uow:
            rel = uow.relationships.get(message.payload["relationship"])
            pair = pair_people(uow, self.people, rel)
            channel = rel.channel_id or ""
        text, blocks = self.render(pair)
        return channel, text, blocks

    def send(self, slack: SlackGateway, prepared: tuple[str, str, list[Any]]) -> dict[str, Any]:
        channel, text, blocks = prepared
        return {"channel": channel, "ts": slack.post_message(channel, text, blocks)}

    def after(
        self, uow: UnitOfWork, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        rel = uow.relationships.get(message.payload["relationship"])
        rel.activate(now)


def queue_step(uow: UnitOfWork, rel: Relationship, kind: str, now: datetime) -> None:
    """The next step of the pair's launch, due at once."""
    program = uow.programs.by_id(rel.program_id)
    uow.outbox.add(
        dedupe_key=f"launch:{rel.id}:{kind}",
        team_id=program.team_id,
        program_id=program.id,
        kind=kind,
        recipient=rel.channel_id or "-",
        payload={"relationship": rel.id},
        due_at=now,
        now=now,
        max_attempts=10,
    )
