"""Launch: every proposed pair gets a private channel, its two people, and a welcome.

The launch is a chain of outbox rows per pair (channel, invites, welcome), each queued by the
step before in the same commit that marks it done. A crash anywhere resumes where it stopped:
nothing is done twice and nothing is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.domain.channels import pair_channel_name
from bot.domain.enums import ParticipantStatus, ProgramStatus, RelationshipStatus, Role
from bot.domain.errors import DomainError, SlackError
from bot.ports import SlackGateway
from bot.services.agreements import queue_reminder
from bot.services.deliveries import Step
from bot.services.people import People
from bot.texts import Texts
from storage.db import Database
from storage.models import Launch, OutboxMessage, Person, Program, Relationship
from storage.outbox import OutboxRepository
from storage.programs import ProgramRepository
from storage.relationships import RelationshipRepository

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


@dataclass(frozen=True)
class LaunchProgress:
    program_id: int
    program_name: str
    done: int
    total: int


# Draws a welcome: (texts, pair) -> (notification text, blocks)
WelcomeRenderer = Callable[[Texts, PairPeople], tuple[str, list[dict[str, Any]]]]


class Launches:
    """Starts launches and keeps the coordinator's progress message up to date."""

    def __init__(self, db: Database, slack: SlackGateway, people: People) -> None:
        self.db = db
        self.slack = slack
        self.people = people

    def start(
        self, *, team_id: str, user_id: str, program_id: int, now: datetime
    ) -> LaunchProgress:
        """Queue the launch of every proposed pair; refuse if anything would be half-done."""
        with self.db.unit_of_work() as session:
            program, pairs = _launchable(session, team_id, program_id)
            people = sorted({m.participant.person_id for rel in pairs for m in rel.members})
            users = [session.get_one(Person, pid).user_id for pid in people]
        try:
            gone = sorted(self.slack.deactivated(set(users)))
        except SlackError as error:
            raise DomainError("launch.error.slack", code=error.code) from error
        if gone:
            raise DomainError("launch.error.gone", users=", ".join(f"<@{u}>" for u in gone))
        with self.db.unit_of_work() as session:
            program, pairs = _launchable(session, team_id, program_id)
            program.status = ProgramStatus.RUNNING
            launch = session.query(Launch).filter_by(program_id=program.id).one_or_none()
            if launch is None:  # the first launch; later ones add pairs matched again
                launch = Launch(program_id=program.id, started_by=user_id, started_at=now)
                session.add(launch)
            launch.pairs = (launch.pairs or 0) + len(pairs)
            launch.finished_at, launch.reported = None, -1
            outbox = OutboxRepository(session)
            for rel in pairs:
                rel.status = RelationshipStatus.LAUNCHING
                for member in rel.members:
                    member.participant.status = ParticipantStatus.MATCHED
                _queue(outbox, program, rel, "pair.channel", now)
            return LaunchProgress(program.id, program.name, 0, len(pairs))

    def report_progress(self, *, now: datetime) -> list[LaunchProgress]:
        """Update each running launch's progress message when its count has changed."""
        with self.db.unit_of_work() as session:
            launches = [
                (launch.id, _progress(session, launch))
                for launch in session.query(Launch).filter(Launch.finished_at.is_(None))
            ]
        for launch_id, progress in launches:
            self._show(launch_id, progress, now)
        return [progress for _, progress in launches]

    def _show(self, launch_id: int, progress: LaunchProgress, now: datetime) -> None:
        with self.db.unit_of_work() as session:
            launch = session.get_one(Launch, launch_id)
            if launch.reported == progress.done:
                return
            channel, ts, user = launch.progress_channel, launch.progress_ts, launch.started_by
            language = _language_of(session, self.people, launch)
        texts = Texts(language)
        key = "launch.done" if progress.done == progress.total else "launch.progress"
        text = texts(key, name=progress.program_name, done=progress.done, total=progress.total)
        try:
            if ts is None or channel is None:
                channel = self.slack.open_dm(user)
                ts = self.slack.post_message(channel, text)
            else:
                self.slack.update_message(channel, ts, text)
        except SlackError:
            return  # shown at the next report
        with self.db.unit_of_work() as session:
            launch = session.get_one(Launch, launch_id)
            launch.progress_channel, launch.progress_ts = channel, ts
            launch.reported = progress.done
            if progress.done == progress.total:
                launch.finished_at = now


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
        _queue(OutboxRepository(session), session.get_one(Program, rel.program_id), rel,
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
        _queue(OutboxRepository(session), session.get_one(Program, rel.program_id), rel,
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


def _launchable(
    session: Session, team_id: str, program_id: int
) -> tuple[Program, list[Relationship]]:
    program = ProgramRepository(session).get(team_id, program_id)
    if program is None:
        raise DomainError("program.error.not_found", program_id=program_id)
    if program.status == ProgramStatus.CLOSED:
        raise DomainError("program.error.closed", name=program.name)
    pairs = RelationshipRepository(session).of_program(program.id, (RelationshipStatus.PROPOSED,))
    if not pairs and program.status == ProgramStatus.RUNNING:
        raise DomainError("launch.error.already", name=program.name)
    if not pairs:
        raise DomainError("launch.error.nothing", name=program.name)
    return program, pairs


def _queue(
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


def _progress(session: Session, launch: Launch) -> LaunchProgress:
    program = session.get_one(Program, launch.program_id)
    done = sum(
        1
        for rel in RelationshipRepository(session).of_program(program.id)
        if rel.launched_at is not None
    )
    return LaunchProgress(program.id, program.name, done, launch.pairs)


def _language_of(session: Session, people: People, launch: Launch) -> str:
    program = session.get_one(Program, launch.program_id)
    person = session.query(Person).filter_by(team_id=program.team_id,
                                              user_id=launch.started_by).first()  # fmt: skip
    return people.language_of(session, person) if person else program.language
