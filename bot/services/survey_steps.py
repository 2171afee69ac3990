"""The survey's messages, sent through the outbox: the invitation and its reminders to each
person asked, and the results as files (chart, report, CSV) to the coordinator who asked."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.ports import SlackGateway
from bot.records import ProgramReport, SurveyInvite, SurveyResults
from bot.services.access import Access
from bot.services.deliveries import Step
from bot.services.people import People
from bot.services.surveys import Surveys
from storage.db import Database
from storage.models import OutboxMessage, Person, Program, Survey, SurveyInvitation
from storage.uow import UnitOfWork

# Draws an invitation or reminder: (language, invite) -> (notification text, blocks)
InviteRenderer = Callable[[str, SurveyInvite], tuple[str, list[dict[str, Any]]]]
# Draws one file of results: (language, report, results by kind) -> (file name, title, bytes)
FileRenderer = Callable[[str, ProgramReport, Mapping[str, SurveyResults]], tuple[str, str, bytes]]


class SurveyAsk(Step):
    """The direct message that asks someone to answer, or reminds them; says nothing once
    they have answered or the survey has closed."""

    lane = "chat.postMessage"

    def __init__(self, kind: str, db: Database, people: People, render: InviteRenderer) -> None:
        self.kind = kind  # "survey.invite" or "survey.reminder"
        self.db = db
        self.people = people
        self.render = render

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, str, list] | None:
        return self.prepare_many([message], now)[0]

    def prepare_many(
        self, messages: list[OutboxMessage], now: datetime
    ) -> list[tuple[str, str, list] | None]:
        """Read together: the surveys, their programs, the invitations and the people asked
        in a query each, however many messages."""
        with self.db.reading() as uow:
            batch = _Batch.read(uow, messages)
            found = [self._invite(uow, message, batch, now) for message in messages]
        return [
            None if each is None else (message.recipient, *self.render(*each))
            for message, each in zip(messages, found, strict=True)
        ]

    def _invite(
        self, uow: UnitOfWork, message: OutboxMessage, batch: _Batch, now: datetime
    ) -> tuple[str, SurveyInvite] | None:
        """(language, invite) while the person has not answered and the survey is open."""
        survey = batch.surveys.get(message.payload["survey"])
        invitation = batch.invitations.get(message.payload["invitation"])
        if survey is None or invitation is None or invitation.answered:
            return None
        if survey.closed_at is not None or now >= survey.closes_at:
            return None
        program = batch.programs[survey.program_id]
        invite = SurveyInvite(
            survey_id=survey.id,
            kind=survey.kind,
            program_name=program.name,
            closes_at=survey.closes_at,
            reminder=self.kind == "survey.reminder",
        )
        person = batch.people.get((message.team_id, message.recipient))
        if person is None:
            return program.language, invite
        return self.people.language_of(uow, person, program=program.language), invite

    def send(self, slack: SlackGateway, prepared: tuple[str, str, list] | None) -> dict[str, Any]:
        if prepared is None:
            return {"skipped": "answered, or the survey has closed"}
        channel, text, blocks = prepared
        return {"channel": channel, "ts": slack.post_message(channel, text, blocks)}


@dataclass(frozen=True)
class _Batch:
    """What a batch of survey messages reads, by id (and people by workspace and user)."""

    surveys: Mapping[int, Survey]
    programs: Mapping[int, Program]
    invitations: Mapping[int, SurveyInvitation]
    people: Mapping[tuple[str, str], Person]

    @classmethod
    def read(cls, uow: UnitOfWork, messages: list[OutboxMessage]) -> _Batch:
        surveys = uow.surveys.by_ids({message.payload["survey"] for message in messages})
        programs = uow.programs.by_ids({survey.program_id for survey in surveys.values()})
        wanted = {message.payload["invitation"] for message in messages}
        people: dict[tuple[str, str], Person] = {}
        for team_id in {message.team_id for message in messages}:
            asked = {message.recipient for message in messages if message.team_id == team_id}
            found = uow.people.of_users(team_id, asked)
            people.update(((team_id, user), person) for user, person in found.items())
        return cls(surveys, programs, uow.surveys.invitations_by_ids(wanted), people)


@dataclass(frozen=True)
class PreparedFile:
    user_id: str
    filename: str
    title: str
    content: bytes
    comment: str


class ResultsFile(Step):
    """A file of a program's survey results in the coordinator's direct messages: aggregated,
    without names, nothing for a group under the threshold."""

    kind = "survey.file"
    lane = "files.upload"

    def __init__(
        self,
        db: Database,
        access: Access,
        people: People,
        surveys: Surveys,
        renderers: Mapping[str, FileRenderer],
        comment: Callable[[str, str], str],  # (language, file) -> the message with the file
    ) -> None:
        self.db = db
        self.access = access
        self.people = people
        self.surveys = surveys
        self.renderers = renderers
        self.comment = comment

    def prepare(self, message: OutboxMessage, now: datetime) -> PreparedFile | None:
        what = message.payload["file"]
        with self.db.reading() as uow:
            if not self._still_coordinator(uow, message):
                return None
            program = uow.programs.by_id(message.payload["program"])
            person = uow.people.get(message.team_id, message.recipient)
            language = (
                self.people.language_of(uow, person, program=None) if person else program.language
            )
            results = self.surveys.results_by_kind(uow, program, language)
            report = self.surveys.report_of(uow, program, language, now)
        filename, title, content = self.renderers[what](language, report, results)
        return PreparedFile(
            message.recipient, filename, title, content, self.comment(language, what)
        )

    def send(self, slack: SlackGateway, prepared: PreparedFile | None) -> dict[str, Any]:
        if prepared is None:
            return {"skipped": "no longer a coordinator"}
        channel = slack.open_dm(prepared.user_id)
        file_id = slack.upload_file(
            channel, prepared.filename, prepared.content, prepared.title, prepared.comment
        )
        return {"channel": channel, "file": file_id}

    def _still_coordinator(self, uow: UnitOfWork, message: OutboxMessage) -> bool:
        return message.recipient in self.access.coordinator_ids(uow, team_id=message.team_id)
