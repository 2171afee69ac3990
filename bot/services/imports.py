"""Sign-ups from a CSV file: people found by e-mail in Slack; each line all or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.domain.enums import ParticipantStatus
from bot.domain.errors import SlackError
from bot.domain.signup import check_signup
from bot.domain.signup_csv import CsvRow, read_rows
from bot.ports import SlackGateway, SlackProfile
from bot.services.people import remember
from bot.services.programs import Programs
from bot.services.signups import SETTLED, apply_draft, enqueue_welcome, open_program
from storage.db import Database
from storage.models import Participant, Program
from storage.programs import ParticipantRepository

IMPORTED, UPDATED, UNCHANGED, REJECTED = "imported", "updated", "unchanged", "rejected"
# What a file can say (sign-up field: CSV column); the rest of a sign-up stays as it was.
CSV_FIELDS = {
    "role": "role", "department": "department", "manager_id": "manager_email",
    "experience_years": "experience", "topics": "topics", "languages": "languages",
    "capacity": "capacity",
}  # fmt: skip


@dataclass(frozen=True)
class ImportLine:
    line: int
    email: str
    outcome: str
    reason: str | None = None  # a catalog key, for rejected lines
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportReport:
    program_name: str
    lines: tuple[ImportLine, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def rejected(self) -> tuple[ImportLine, ...]:
        return tuple(line for line in self.lines if line.outcome == REJECTED)


class SignupImport:
    """Imports a coordinator's list of sign-ups into one open program."""

    def __init__(self, db: Database, slack: SlackGateway, programs: Programs) -> None:
        self.db = db
        self.slack = slack
        self.programs = programs

    def run(
        self, *, team_id: str, program_id: int | None, text: str, now: datetime
    ) -> ImportReport:
        """Read, look up and store every line; a second run of the same file changes nothing."""
        rows = read_rows(text)
        program_id = self.programs.pick(team_id=team_id, program_id=program_id)
        with self.db.unit_of_work() as session:
            cross_company = open_program(session, team_id, program_id, now).cross_company
        refused = _refusals(rows, cross_company)
        profiles = self._look_up([row for row in rows if row.line not in refused])
        lines = []
        with self.db.unit_of_work() as session:
            program = open_program(session, team_id, program_id, now)
            for row in rows:
                rejection = refused.get(row.line) or _not_found(row, profiles)
                if rejection is not None:
                    lines.append(rejection)
                else:
                    lines.append(_store(session, program, row, profiles, now))
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
            errors = check_signup(row.draft, user_id="", cross_company=cross_company,
                                  complete=False)  # fmt: skip
            reason = next(iter(errors.values()), None)
        seen.add(row.email)
        if reason is not None:
            refused[row.line] = ImportLine(row.line, row.email, REJECTED, reason, params)
    return refused


def _not_found(
    row: CsvRow, profiles: dict[str, SlackProfile | SlackError | None]
) -> ImportLine | None:
    """The line's person or manager is not someone in this workspace who can take part."""
    for email, reason in ((row.email, "import.error.unknown_email"),
                          (row.manager_email, "import.error.unknown_manager")):  # fmt: skip
        if not email:
            continue
        profile = profiles.get(email)
        if isinstance(profile, SlackError):
            return ImportLine(row.line, row.email, REJECTED, "import.error.slack",
                              {"code": profile.code})  # fmt: skip
        if profile is None or profile.deleted or profile.is_bot:
            return ImportLine(row.line, row.email, REJECTED, reason, {"email": email})
    return None


def _store(
    session: Session,
    program: Program,
    row: CsvRow,
    profiles: dict[str, SlackProfile | SlackError | None],
    now: datetime,
) -> ImportLine:
    me = profiles[row.email]
    assert isinstance(me, SlackProfile)
    person = remember(session, program.team_id, me, now)
    manager = None
    if row.manager_email:
        manager_profile = profiles[row.manager_email]
        assert isinstance(manager_profile, SlackProfile)
        manager = remember(session, program.team_id, manager_profile, now)
    participants = ParticipantRepository(session)
    participant = participants.get(program.id, person.id)
    draft = row.draft
    if manager is not None:
        draft = replace(draft, manager_user_id=manager.user_id)
    if participant is None:
        participant = participants.add(
            Participant(
                program_id=program.id, person_id=person.id, role=draft.role,
                timezone=me.tz, joined_at=now, updated_at=now,
            )
        )  # fmt: skip
        apply_draft(
            participant, draft, manager.id if manager else None, now, only=tuple(CSV_FIELDS)
        )
        enqueue_welcome(session, program, participant, person, now)
        return ImportLine(row.line, row.email, IMPORTED)
    if participant.status in SETTLED and participant.role != draft.role:
        return ImportLine(row.line, row.email, REJECTED, "signup.error.role_locked")
    # An empty cell leaves what the person entered themself as it was.
    given = tuple(name for name, column in CSV_FIELDS.items() if row.cells.get(column))
    changed = apply_draft(participant, draft, manager.id if manager else None, now, only=given)
    if participant.status == ParticipantStatus.LEFT:
        participant.status = ParticipantStatus.SIGNED_UP
        changed = True
    return ImportLine(row.line, row.email, UPDATED if changed else UNCHANGED)
