"""Sign-ups from a CSV file: people found by e-mail in Slack; each line all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.domain.enums import ParticipantStatus
from bot.domain.errors import SlackError
from bot.domain.signup import check_signup
from bot.domain.signup_csv import CsvRow, read_rows
from bot.ports import SlackGateway, SlackProfile
from bot.records import IMPORTED, REJECTED, UNCHANGED, UPDATED, ImportLine, ImportReport
from bot.services.access import Access
from bot.services.people import remember
from bot.services.programs import Programs
from bot.services.signups import (
    SETTLED,
    apply_draft,
    enqueue_welcome,
    new_participant,
    open_program,
)
from storage.db import Database
from storage.models import Program
from storage.uow import UnitOfWork

# What a file can say (sign-up field: CSV column); the rest of a sign-up stays as it was.
CSV_FIELDS = {
    "role": "role",
    "department": "department",
    "manager_id": "manager_email",
    "experience_years": "experience",
    "topics": "topics",
    "languages": "languages",
    "capacity": "capacity",
}


class SignupImport:
    """Imports a coordinator's list of sign-ups into one open program."""

    def __init__(
        self, db: Database, slack: SlackGateway, programs: Programs, access: Access
    ) -> None:
        self.db = db
        self.slack = slack
        self.programs = programs
        self.access = access

    def read(self, *, team_id: str, user_id: str | None, text: str) -> list[CsvRow]:
        """The file's lines, once a coordinator (or the server's operator) may import them;
        quick enough to answer inside Slack's three seconds."""
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="program")
        return read_rows(text)

    def run(
        self,
        *,
        team_id: str,
        user_id: str | None,
        program_id: int | None,
        rows: list[CsvRow],
        now: datetime,
    ) -> ImportReport:
        """Look up and store every line read by `read`; a second run of the same file changes
        nothing. `user_id` None is the server's operator (`mentorbot import`)."""
        program_id = self.programs.pick(team_id=team_id, program_id=program_id)
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="program")
            cross_company = open_program(uow, team_id, program_id, now).cross_company
        refused = _refusals(rows, cross_company)
        profiles = self._look_up([row for row in rows if row.line not in refused])
        lines = []
        with self.db.unit_of_work() as uow:
            program = open_program(uow, team_id, program_id, now)
            for row in rows:
                rejection = refused.get(row.line) or _not_found(row, profiles)
                if rejection is not None:
                    lines.append(rejection)
                else:
                    lines.append(_store(uow, program, row, profiles, now))
            return ImportReport(program.name, tuple(lines))

    def _look_up(self, rows: list[CsvRow]) -> dict[str, SlackProfile | SlackError | None]:
        """Each e-mail of these lines (people and managers) looked up in Slack once."""
        emails = {row.email for row in rows} | {row.manager_email for row in rows}
        found: dict[str, SlackProfile | SlackError | None] = {}
        for email in sorted(emails - {""}):
            try:
                found[email] = self.slack.lookup_by_email(email)
            except SlackError as error:
                found[email] = error
        return found


def _refusals(rows: list[CsvRow], cross_company: bool) -> dict[int, ImportLine]:
    """Lines refused before asking Slack: broken, repeated, or breaking a sign-up rule."""
    refused = {}
    seen: set[str] = set()
    for row in rows:
        reason, params = row.problem, {}
        if reason is None and row.email in seen:
            reason, params = "import.error.duplicate", {"email": row.email}
        elif reason is None and row.manager_email == row.email:
            reason = "signup.error.self_manager"
        elif reason is None:
            errors = check_signup(
                row.draft, user_id="", cross_company=cross_company, complete=False
            )
            reason = next(iter(errors.values()), None)
        seen.add(row.email)
        if reason is not None:
            refused[row.line] = ImportLine(row.line, row.email, REJECTED, reason, params)
    return refused


def _not_found(
    row: CsvRow, profiles: dict[str, SlackProfile | SlackError | None]
) -> ImportLine | None:
    """The line's person or manager is not someone in this workspace who can take part."""
    checks = (
        (row.email, "import.error.unknown_email"),
        (row.manager_email, "import.error.unknown_manager"),
    )
    for email, reason in checks:
        if not email:
            continue
        profile = profiles.get(email)
        if isinstance(profile, SlackError):
            params = {"code": profile.code}
            return ImportLine(row.line, row.email, REJECTED, "import.error.slack", params)
        if profile is None or profile.deleted or profile.is_bot:
            return ImportLine(row.line, row.email, REJECTED, reason, {"email": email})
    return None


def _store(
    uow: UnitOfWork,
    program: Program,
    row: CsvRow,
    profiles: dict[str, SlackProfile | SlackError | None],
    now: datetime,
) -> ImportLine:
    me = profiles[row.email]
    assert isinstance(me, SlackProfile)
    person = remember(uow, program.team_id, me, now)
    manager = None
    if row.manager_email:
        manager_profile = profiles[row.manager_email]
        assert isinstance(manager_profile, SlackProfile)
        manager = remember(uow, program.team_id, manager_profile, now)
    participant = uow.participants.get(program.id, person.id)
    draft = row.draft
    if manager is not None:
        draft = replace(draft, manager_user_id=manager.user_id)
    if participant is None:
        participant = uow.participants.add(new_participant(program, person, draft, now, me.tz))
        apply_draft(
            participant, draft, manager.id if manager else None, now, only=tuple(CSV_FIELDS)
        )
        enqueue_welcome(uow, program, participant, person, now)
        return ImportLine(row.line, row.email, IMPORTED)
    if participant.status in SETTLED and participant.role != draft.role:
        return ImportLine(row.line, row.email, REJECTED, "signup.error.role_locked")
    # An empty cell leaves what the person entered themself as it was.
    given = tuple(name for name, column in CSV_FIELDS.items() if row.cells.get(column))
    changed = apply_draft(participant, draft, manager.id if manager else None, now, only=given)
    if participant.status == ParticipantStatus.LEFT:
        participant.move("rejoin", now)
        changed = True
    return ImportLine(row.line, row.email, UPDATED if changed else UNCHANGED)
