"""Programs: coordinators create, edit, list and close them; the roster before matching."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.domain.enums import ProgramShape, ProgramStatus, RelationshipStatus, Role
from bot.domain.errors import ChooseProgram, DomainError, ValidationFailed
from bot.domain.programs import ProgramDraft, check_program, country_of
from bot.domain.signup import missing_for_matching
from bot.records import ProgramInfo, Roster, RosterGap
from bot.services.access import Access
from bot.services.closing import closing_counts
from bot.services.health import pair_health, survey_lines
from storage.db import Database
from storage.models import Program
from storage.uow import UnitOfWork


class Programs:
    """Programs of one workspace; every method is one use case in one unit of work."""

    def __init__(
        self, db: Database, access: Access, *, default_language: str, default_timezone: str
    ) -> None:
        self.db = db
        self.access = access
        self.default_language = default_language
        self.default_timezone = default_timezone

    def save(
        self,
        *,
        team_id: str,
        user_id: str,
        program_id: int | None,
        draft: ProgramDraft,
        now: datetime,
    ) -> ProgramInfo:
        """The program form's submission: a new program, or changes to the one it was for."""
        if program_id is None:
            return self.create(team_id=team_id, user_id=user_id, draft=draft, now=now)
        return self.edit(
            team_id=team_id, user_id=user_id, program_id=program_id, draft=draft, now=now
        )

    def create(
        self, *, team_id: str, user_id: str, draft: ProgramDraft, now: datetime
    ) -> ProgramInfo:
        """Open a new program for sign-up, after checking the coordinator's input."""
        errors = check_program(draft, today=today_in(draft.timezone, now))
        if errors:
            raise ValidationFailed(errors)
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="program")
            creator = uow.people.get(team_id, user_id)
            program = Program(team_id=team_id, created_at=now, status=ProgramStatus.OPEN)
            _apply(program, draft)
            program.created_by_id = creator.id if creator else None
            return program_info(uow.programs.add(program))

    def edit(
        self, *, team_id: str, user_id: str, program_id: int, draft: ProgramDraft, now: datetime
    ) -> ProgramInfo:
        """Change a program's frame; a closed program stays as it was."""
        errors = check_program(draft, today=today_in(draft.timezone, now), editing=True)
        if errors:
            raise ValidationFailed(errors)
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="program")
            program = program_of(uow, team_id, program_id)
            if program.status == ProgramStatus.CLOSED:
                raise DomainError("program.error.closed", name=program.name)
            _apply(program, draft)
            for rel in uow.relationships.of_program(program.id, (RelationshipStatus.ACTIVE,)):
                rel.rhythm_over = False  # a longer program may have room for more meetings
            return program_info(program)

    def close(self, *, team_id: str, user_id: str, program_id: int, now: datetime) -> ProgramInfo:
        """Close a program: no more sign-ups, and it leaves the list of open programs."""
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="program")
            program = program_of(uow, team_id, program_id)
            if program.status == ProgramStatus.CLOSED:
                raise DomainError("program.error.already_closed", name=program.name)
            program.status = ProgramStatus.CLOSED
            program.closed_at = now
            return program_info(program)

    def list(self, *, team_id: str) -> list[ProgramInfo]:
        """Every program of the workspace with its sign-up counts, the earliest start first."""
        with self.db.unit_of_work() as uow:
            programs = uow.programs.of_team(team_id)
            counts = uow.programs.signup_counts([program.id for program in programs])
            return [
                program_info(
                    program,
                    mentors=counts.get((program.id, Role.MENTOR), 0),
                    mentees=counts.get((program.id, Role.MENTEE), 0),
                )
                for program in programs
            ]

    def blank_draft(self) -> ProgramDraft:
        """The form's starting values for a new program."""
        return ProgramDraft(
            name="",
            starts_on=None,
            months=12,
            shape=ProgramShape.STANDARD,
            language=self.default_language,
            timezone=self.default_timezone,
            country=country_of(self.default_timezone),
            signup_deadline=None,
            meeting_minutes=90,
        )

    def draft_of(self, *, team_id: str, user_id: str, program_id: int) -> ProgramDraft:
        """A program's frame as the form's starting values, for editing."""
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="program")
            program = program_info(program_of(uow, team_id, program_id))
        return ProgramDraft(**_same_fields(program, ProgramDraft))

    def get(self, *, team_id: str, program_id: int) -> ProgramInfo:
        with self.db.unit_of_work() as uow:
            return program_info(program_of(uow, team_id, program_id))

    def pick(self, *, team_id: str, program_id: int | None, include_running: bool = False) -> int:
        """The program a command is about: the one named, else the only open one, else ask."""
        with self.db.unit_of_work() as uow:
            if program_id is not None:
                return program_of(uow, team_id, program_id).id
            statuses = (ProgramStatus.OPEN, ProgramStatus.RUNNING)
            candidates = uow.programs.of_team(
                team_id, statuses=statuses if include_running else statuses[:1]
            )
            if not candidates:
                raise DomainError(
                    "program.error.none" if include_running else "program.error.none_open"
                )
            if len(candidates) > 1:
                raise ChooseProgram([program.id for program in candidates])
            return candidates[0].id

    def roster(
        self, *, team_id: str, user_id: str, program_id: int, now: datetime | None = None
    ) -> Roster:
        """Who signed up, by role and department, the mentors' capacity, and the gaps."""
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="status")
            program = program_of(uow, team_id, program_id)
            people = uow.participants.active_in(program.id)
            roles = Counter(participant.role for participant, _ in people)
            by_department: Counter[tuple[str, str]] = Counter(
                (participant.department.strip() or "-", participant.role)
                for participant, _ in people
            )
            departments = sorted({department for department, _ in by_department})
            gaps = []
            for participant, person in people:
                missing = missing_for_matching(
                    role=participant.role,
                    department=participant.department,
                    organisation=participant.organisation,
                    topics=participant.topics,
                    languages=participant.languages,
                    cross_company=program.cross_company,
                )
                if missing:
                    gaps.append(RosterGap(person.user_id, participant.role, tuple(missing)))
            return Roster(
                program=program_info(
                    program, mentors=roles[Role.MENTOR], mentees=roles[Role.MENTEE]
                ),
                capacity=sum(p.capacity for p, _ in people if p.role == Role.MENTOR),
                departments=tuple(
                    (name, by_department[(name, Role.MENTOR)], by_department[(name, Role.MENTEE)])
                    for name in departments
                ),
                gaps=tuple(gaps),
                agreements=agreement_counts(uow, program),
                health=pair_health(uow, program, now)
                if now is not None and program.status == ProgramStatus.RUNNING
                else None,
                surveys=survey_lines(uow, program),
                closing=closing_counts(uow, program, now)
                if now is not None and program.status != ProgramStatus.OPEN
                else None,
            )


def _apply(program: Program, draft: ProgramDraft) -> None:
    for name in (f.name for f in fields(ProgramDraft) if f.name not in ("unparsable", "days_off")):
        setattr(program, name, getattr(draft, name))
    program.name = draft.name.strip()
    program.days_off = [day.isoformat() for day in draft.days_off]


def program_info(program: Program, *, mentors: int = 0, mentees: int = 0) -> ProgramInfo:
    copied = _same_fields(program, ProgramInfo, leave=("mentors", "mentees", "days_off"))
    days_off = tuple(date.fromisoformat(day) for day in program.days_off or [])
    return ProgramInfo(**copied, days_off=days_off, mentors=mentors, mentees=mentees)


def _same_fields(source: object, target: type, leave: tuple[str, ...] = ()) -> dict[str, object]:
    """The values of `source` for the dataclass `target`'s fields that it has."""
    names = [f.name for f in fields(target) if f.name not in leave and hasattr(source, f.name)]
    return {name: getattr(source, name) for name in names}


def program_of(uow: UnitOfWork, team_id: str, program_id: int) -> Program:
    """A program of this workspace, or a refusal that names the number."""
    program = uow.programs.get(team_id, program_id)
    if program is None:
        raise DomainError("program.error.not_found", program_id=program_id)
    return program


def today_in(timezone: str, now: datetime) -> date:
    """Today where the program is (a date in the past is judged in the program's zone)."""
    try:
        return now.astimezone(ZoneInfo(timezone)).date()
    except (KeyError, ValueError):
        return now.date()


def agreement_counts(uow: UnitOfWork, program: Program) -> tuple[int, int] | None:
    """How many of the pairs launched have confirmed their agreement (those that ended or go
    on by themselves included, as in pair health): that they have one, nothing more."""
    if program.status != ProgramStatus.RUNNING:
        return None
    launched = [rel for rel in uow.relationships.of_program(program.id) if rel.launched_at]
    return uow.agreements.confirmed_count([rel.id for rel in launched]), len(launched)
