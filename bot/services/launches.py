"""Launch: every proposed pair gets a private channel, its two people, and a welcome.

The launch is a chain of outbox rows per pair (channel, invites, welcome), each queued by the
step before in the same commit that marks it done. A crash anywhere resumes where it stopped:
nothing is done twice and nothing is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.domain import refs
from bot.domain.enums import ProgramStatus, RelationshipStatus
from bot.domain.errors import DomainError, SlackError
from bot.ports import SlackGateway
from bot.records import LaunchProgress
from bot.services.access import Access
from bot.services.launch_steps import queue_step
from bot.services.people import People
from bot.services.programs import program_of
from storage.db import Database
from storage.models import Launch, Program, Relationship
from storage.uow import UnitOfWork

# Draws the coordinator's progress message: (language, progress) -> text
ProgressRenderer = Callable[[str, LaunchProgress], str]


class Launches:
    """Starts launches and keeps the coordinator's progress message up to date."""

    def __init__(
        self,
        db: Database,
        slack: SlackGateway,
        people: People,
        access: Access,
        render: ProgressRenderer,
    ) -> None:
        self.db = db
        self.slack = slack
        self.people = people
        self.access = access
        self.render = render

    def start(
        self, *, team_id: str, user_id: str, program_id: int, now: datetime
    ) -> LaunchProgress:
        """Queue the launch of every proposed pair; refuse if anything would be half-done."""
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="launch")
            program, pairs = _launchable(uow, team_id, program_id)
            people = sorted({m.participant.person_id for rel in pairs for m in rel.members})
            users = [uow.people.by_id(person_id).user_id for person_id in people]
        try:
            gone = sorted(self.slack.deactivated(set(users)))
        except SlackError as error:
            raise DomainError("launch.error.slack", code=error.code) from error
        if gone:
            raise DomainError("launch.error.gone", users=refs.users(gone))
        with self.db.unit_of_work() as uow:
            program, pairs = _launchable(uow, team_id, program_id)
            program.status = ProgramStatus.RUNNING
            launch = uow.launches.of_program(program.id)
            if launch is None:  # the first launch; later ones add pairs matched again
                launch = uow.launches.add(
                    Launch(program_id=program.id, started_by=user_id, started_at=now)
                )
            launch.pairs = (launch.pairs or 0) + len(pairs)
            launch.finished_at, launch.reported = None, -1
            for rel in pairs:
                rel.launch(now)
                queue_step(uow, rel, "pair.channel", now)
            return LaunchProgress(program.id, program.name, 0, len(pairs))

    def report_progress(self, *, now: datetime) -> list[LaunchProgress]:
        """Update each running launch's progress message when its count has changed."""
        with self.db.unit_of_work() as uow:
            launches = [
                (launch.id, launch_progress_of(uow, launch)) for launch in uow.launches.unfinished()
            ]
        for launch_id, progress in launches:
            self._show(launch_id, progress, now)
        return [progress for _, progress in launches]

    def _show(self, launch_id: int, progress: LaunchProgress, now: datetime) -> None:
        with self.db.unit_of_work() as uow:
            launch = uow.launches.get(launch_id)
            if launch.reported == progress.done:
                return
            channel, ts, user = launch.progress_channel, launch.progress_ts, launch.started_by
            text = self.render(_language_of(uow, self.people, launch), progress)
        try:
            if ts is None or channel is None:
                channel = self.slack.open_dm(user)
                ts = self.slack.post_message(channel, text)
            else:
                self.slack.update_message(channel, ts, text)
        except SlackError:
            return  # shown at the next report
        with self.db.unit_of_work() as uow:
            launch = uow.launches.get(launch_id)
            launch.progress_channel, launch.progress_ts = channel, ts
            launch.reported = progress.done
            if progress.done == progress.total:
                launch.finished_at = now


def _launchable(
    uow: UnitOfWork, team_id: str, program_id: int
) -> tuple[Program, list[Relationship]]:
    program = program_of(uow, team_id, program_id)
    if program.status == ProgramStatus.CLOSED:
        raise DomainError("program.error.closed", name=program.name)
    pairs = uow.relationships.of_program(program.id, (RelationshipStatus.PROPOSED,))
    if not pairs and program.status == ProgramStatus.RUNNING:
        raise DomainError("launch.error.already", name=program.name)
    if not pairs:
        raise DomainError("launch.error.nothing", name=program.name)
    return program, pairs


def launch_progress_of(uow: UnitOfWork, launch: Launch) -> LaunchProgress:
    program = uow.programs.by_id(launch.program_id)
    rels = uow.relationships.of_program(program.id)
    done = sum(1 for rel in rels if rel.launched_at is not None)
    return LaunchProgress(program.id, program.name, done, launch.pairs)


def _language_of(uow: UnitOfWork, people: People, launch: Launch) -> str:
    program = uow.programs.by_id(launch.program_id)
    person = uow.people.get(program.team_id, launch.started_by)
    return people.language_of(uow, person) if person else program.language
