"""Launch: every proposed pair gets a private channel, its two people, and a welcome.

The launch is a chain of outbox rows per pair (channel, invites, welcome), each queued by the
step before in the same commit that marks it done. A crash anywhere resumes where it stopped:
nothing is done twice and nothing is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from bot.domain.enums import ParticipantStatus, ProgramStatus, RelationshipStatus
from bot.domain.errors import DomainError, SlackError
from bot.ports import SlackGateway
from bot.services.launch_steps import queue_step
from bot.services.people import People
from bot.services.programs import program_of
from bot.texts import Texts
from storage.db import Database
from storage.models import Launch, Person, Program, Relationship
from storage.outbox import OutboxRepository
from storage.relationships import RelationshipRepository


@dataclass(frozen=True)
class LaunchProgress:
    program_id: int
    program_name: str
    done: int
    total: int


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
                queue_step(outbox, program, rel, "pair.channel", now)
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


def _launchable(
    session: Session, team_id: str, program_id: int
) -> tuple[Program, list[Relationship]]:
    program = program_of(session, team_id, program_id)
    if program.status == ProgramStatus.CLOSED:
        raise DomainError("program.error.closed", name=program.name)
    pairs = RelationshipRepository(session).of_program(program.id, (RelationshipStatus.PROPOSED,))
    if not pairs and program.status == ProgramStatus.RUNNING:
        raise DomainError("launch.error.already", name=program.name)
    if not pairs:
        raise DomainError("launch.error.nothing", name=program.name)
    return program, pairs


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
