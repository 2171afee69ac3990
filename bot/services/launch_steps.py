"""The steps of a pair's launch, each an outbox row that queues the next when it is done:
create the private channel, invite the two, post the welcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.domain.channels import pair_channel_name
from bot.domain.enums import ParticipantStatus, RelationshipStatus, Role
from bot.domain.errors import SlackError
from bot.ports import SlackGateway
from bot.services.agreements import queue_reminder
from bot.services.deliveries import Step
from bot.services.people import People
from bot.texts import Texts
from storage.db import Database
from storage.models import Launch, OutboxMessage, Person, Program, Relationship
from storage.outbox import OutboxRepository

NAME_ATTEMPTS = 5


@dataclass(frozen=True)
class PairPeople:
    """What a welcome needs to know about one pair."""

    relationship_id: int
    program_name: str
    shape: str
    meeting_minutes: int
    mentor: str  # Slack user ids
    mentee: str
    mentor_department: str
    mentee_department: str
    language: str


# Draws a welcome: (texts, pair) -> (notification text, blocks)
WelcomeRenderer = Callable[[Texts, PairPeople], tuple[str, list[dict[str, Any]]]]


class PairStep(Step):
    """A step of a pair's launch; when it fails for good the pair does not launch: its people
    can be matched again, and the launch's count no longer waits for it."""

    def failed(self, session: Session, message: OutboxMessage, now: datetime) -> None:
        rel = session.get_one(Relationship, message.payload["relationship"])
        if rel.status != RelationshipStatus.LAUNCHING:
            return
        rel.status = RelationshipStatus.ENDED
        rel.ended_at = now
        for member in rel.members:
            member.participant.status = ParticipantStatus.SIGNED_UP
        launch = session.query(Launch).filter_by(program_id=rel.program_id).one_or_none()
        if launch is not None:
            launch.pairs -= 1
            launch.reported = -1


class ChannelStep(PairStep):
    """Create the pair's private channel (or take back the one a crashed run created)."""

    kind = "pair.channel"
    lane = "conversations.create"

    def __init__(self, db: Database) -> None:
        self.db = db

    def prepare(self, message: OutboxMessage, now: datetime) -> list[str]:
        with self.db.unit_of_work() as session:
            rel = session.get_one(Relationship, message.payload["relationship"])
            names = _names(session, rel)
            return [
                pair_channel_name(names[Role.MENTOR], names[Role.MENTEE], rel.id, attempt)
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
        self, session: Session, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        rel = session.get_one(Relationship, message.payload["relationship"])
        rel.channel_id, rel.channel_name = result["channel"], result["name"]
        queue_step(OutboxRepository(session), session.get_one(Program, rel.program_id), rel,
               "pair.invite", now)  # fmt: skip


class InviteStep(PairStep):
    """Invite the pair's members, and nobody else (never the coordinator)."""

    kind = "pair.invite"
    lane = "conversations.invite"

    def __init__(self, db: Database) -> None:
        self.db = db

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, list[str]]:
        with self.db.unit_of_work() as session:
            rel = session.get_one(Relationship, message.payload["relationship"])
            users = [session.get_one(Person, m.participant.person_id).user_id
                     for m in sorted(rel.members, key=lambda m: m.role)]  # fmt: skip
            return rel.channel_id or "", users

    def send(self, slack: SlackGateway, prepared: tuple[str, list[str]]) -> dict[str, Any]:
        channel, users = prepared
        for user in users:  # one at a time: a retry finds the first already there
            slack.invite(channel, user)
        return {"channel": channel, "users": users}

    def after(
        self, session: Session, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        rel = session.get_one(Relationship, message.payload["relationship"])
        queue_step(OutboxRepository(session), session.get_one(Program, rel.program_id), rel,
               "pair.welcome", now)  # fmt: skip


class WelcomeStep(PairStep):
    """Post the welcome in the pair's channel; then the pair is active."""

    kind = "pair.welcome"
    lane = "chat.postMessage"

    def __init__(self, db: Database, people: People, render: WelcomeRenderer) -> None:
        self.db = db
        self.people = people
        self.render = render

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, str, list[Any]]:
        with self.db.unit_of_work() as session:
            rel = session.get_one(Relationship, message.payload["relationship"])
            pair = _pair_people(session, self.people, rel)
            channel = rel.channel_id or ""
        text, blocks = self.render(Texts(pair.language), pair)
        return channel, text, blocks

    def send(self, slack: SlackGateway, prepared: tuple[str, str, list[Any]]) -> dict[str, Any]:
        channel, text, blocks = prepared
        return {"channel": channel, "ts": slack.post_message(channel, text, blocks)}

    def after(
        self, session: Session, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        rel = session.get_one(Relationship, message.payload["relationship"])
        rel.status = RelationshipStatus.ACTIVE
        rel.launched_at = now
        for member in rel.members:
            member.participant.status = ParticipantStatus.ACTIVE
        queue_reminder(session, rel, session.get_one(Program, rel.program_id), now)


def queue_step(
    outbox: OutboxRepository, program: Program, rel: Relationship, kind: str, now: datetime
) -> None:
    outbox.add(
        dedupe_key=f"launch:{rel.id}:{kind}", team_id=program.team_id, program_id=program.id,
        kind=kind, recipient=rel.channel_id or "-", payload={"relationship": rel.id},
        due_at=now, now=now, max_attempts=10,
    )  # fmt: skip


def _names(session: Session, rel: Relationship) -> dict[str, str]:
    return {
        m.role: session.get_one(Person, m.participant.person_id).name or m.role for m in rel.members
    }


def _pair_people(session: Session, people: People, rel: Relationship) -> PairPeople:
    program = session.get_one(Program, rel.program_id)
    members = {m.role: m for m in rel.members}
    persons = {
        role: session.get_one(Person, m.participant.person_id) for role, m in members.items()
    }
    return PairPeople(
        relationship_id=rel.id, program_name=program.name, shape=program.shape,
        meeting_minutes=program.meeting_minutes,
        mentor=persons[Role.MENTOR].user_id, mentee=persons[Role.MENTEE].user_id,
        mentor_department=members[Role.MENTOR].participant.department,
        mentee_department=members[Role.MENTEE].participant.department,
        language=pair_language(session, people, rel),
    )  # fmt: skip


def pair_language(session: Session, people: People, rel: Relationship) -> str:
    """The language both members read, else the program's."""
    persons = [session.get_one(Person, m.participant.person_id) for m in rel.members]
    languages = {people.language_of(session, person) for person in persons}
    if len(languages) == 1:
        return languages.pop()
    return session.get_one(Program, rel.program_id).language
