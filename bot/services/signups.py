"""Sign-up: people join a program as mentor or mentee, update or withdraw their sign-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.domain import refs
from bot.domain.enums import ParticipantStatus, ProgramStatus, RelationshipStatus, Role
from bot.domain.errors import DomainError, ValidationFailed
from bot.domain.signup import SignupDraft, check_signup
from bot.records import ProgramInfo
from bot.services.deliveries import composed_notice
from bot.services.leaving import ConfirmLeave, current_signup, end_pairs_of
from bot.services.people import People
from bot.services.programs import Programs, today_in
from storage.db import Database
from storage.models import Participant, Person, Program
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class SignupForm:
    """What the sign-up modal shows: the program and what the person said before."""

    program: ProgramInfo
    current: SignupDraft | None
    slack_timezone: str | None


@dataclass(frozen=True)
class SignupOutcome:
    program_name: str
    role: str
    created: bool


class Signups:
    """Joining, updating and withdrawing; each change is one unit of work."""

    def __init__(self, db: Database, people: People, programs: Programs) -> None:
        self.db = db
        self.people = people
        self.programs = programs

    def form(
        self, *, team_id: str, user_id: str, program_id: int | None, now: datetime
    ) -> SignupForm:
        """The form for this person: the only open program (or the one named) and their data."""
        program_id = self.programs.pick(team_id=team_id, program_id=program_id)
        self.people.identify(team_id=team_id, user_id=user_id, now=now)
        info = self.programs.get(team_id=team_id, program_id=program_id)
        with self.db.unit_of_work() as uow:
            program = open_program(uow, team_id, program_id, now)
            person = uow.people.get(team_id, user_id)
            current = None
            if person is not None:
                participant = uow.participants.get(program.id, person.id)
                if participant is not None and participant.status != ParticipantStatus.LEFT:
                    current = draft_of(uow, participant)
            return SignupForm(info, current, person.tz if person else None)

    def submit(
        self,
        *,
        team_id: str,
        user_id: str,
        program_id: int,
        draft: SignupDraft,
        now: datetime,
    ) -> SignupOutcome:
        """Store the sign-up (a second one updates the first); a new one gets a welcome DM."""
        self.people.identify(team_id=team_id, user_id=user_id, now=now)
        with self.db.unit_of_work() as uow:
            program = open_program(uow, team_id, program_id, now)
            errors = check_signup(draft, user_id=user_id, cross_company=program.cross_company)
            if errors:
                raise ValidationFailed(errors)
            person = uow.people.get(team_id, user_id)
            if person is None:
                raise DomainError("error.user_unknown", user=refs.user(user_id))
            manager = _manager(uow, team_id, draft.manager_user_id, now)
            participant, created = _upsert(uow, program, person, draft, manager, now)
            if created:
                enqueue_welcome(uow, program, participant, person, now)
            return SignupOutcome(program.name, participant.role, created)

    def leave(
        self,
        *,
        team_id: str,
        user_id: str,
        program_id: int | None,
        now: datetime,
        confirmed: bool = False,
    ) -> str:
        """Withdraw; in a running program (once confirmed) this ends the person's pair: the
        partner is told kindly, the coordinators only that the pair ended. Returns the
        program's name."""
        coordinators = self.people.coordinator_ids(team_id=team_id)
        with self.db.unit_of_work() as uow:
            participant, program = current_signup(uow, team_id, user_id, program_id)
            if participant.status == ParticipantStatus.MATCHED:
                raise DomainError("leave.error.matched", program=program.name)
            if participant.status == ParticipantStatus.ACTIVE:
                if not confirmed:
                    raise ConfirmLeave(program.id, program.name)
                end_pairs_of(uow, program, participant, coordinators, now)
            proposed = (RelationshipStatus.PROPOSED,)
            for rel in uow.relationships.of_participant(participant.id, proposed):
                uow.relationships.delete(rel)  # out of the coordinator's proposal too
            participant.move("leave", now)
            participant.updated_at = now
            return program.name


SETTLED = (ParticipantStatus.MATCHED, ParticipantStatus.ACTIVE)  # the role can no longer change


def open_program(uow: UnitOfWork, team_id: str, program_id: int, now: datetime) -> Program:
    program = uow.programs.get(team_id, program_id)
    if program is None:
        raise DomainError("program.error.not_found", program_id=program_id)
    if program.status != ProgramStatus.OPEN:
        raise DomainError("signup.error.program_closed", program=program.name)
    deadline = program.signup_deadline
    if deadline is not None and today_in(program.timezone, now) > deadline:
        raise DomainError("signup.error.deadline_passed", program=program.name)
    return program


def _manager(uow: UnitOfWork, team_id: str, user_id: str | None, now: datetime) -> Person | None:
    if not user_id:
        return None
    manager = uow.people.get(team_id, user_id)
    if manager is None:
        manager = uow.people.add(
            Person(team_id=team_id, user_id=user_id, name="", created_at=now, updated_at=now)
        )
    return manager


def _upsert(
    uow: UnitOfWork,
    program: Program,
    person: Person,
    draft: SignupDraft,
    manager: Person | None,
    now: datetime,
) -> tuple[Participant, bool]:
    participant = uow.participants.get(program.id, person.id)
    created = participant is None
    if participant is None:
        participant = uow.participants.add(new_participant(program, person, draft, now))
    elif participant.status in SETTLED and participant.role != draft.role:
        raise DomainError("signup.error.role_locked")
    if participant.status == ParticipantStatus.LEFT:
        participant.move("rejoin", now)
    apply_draft(participant, draft, manager.id if manager else None, now)
    return participant, created


def apply_draft(
    participant: Participant,
    draft: SignupDraft,
    manager_id: int | None,
    now: datetime,
    *,
    only: tuple[str, ...] | None = None,
) -> bool:
    """Copy a sign-up (or `only` some fields of it) onto the stored one; True if it changed."""
    values = {
        "role": draft.role,
        "department": draft.department.strip(),
        "organisation": draft.organisation.strip(),
        "manager_id": manager_id,
        "experience_years": draft.experience_years,
        "topics": draft.topics.strip(),
        "languages": ",".join(draft.languages),
        "timezone": draft.timezone or participant.timezone,
        "capacity": draft.capacity if draft.role == Role.MENTOR else 1,
        "weekdays": ",".join(draft.weekdays),
        "time_of_day": draft.time_of_day,
    }
    changed = {
        name: value
        for name, value in values.items()
        if (only is None or name in only) and getattr(participant, name) != value
    }
    for name, value in changed.items():
        setattr(participant, name, value)
    if changed:
        participant.updated_at = now
    return bool(changed)


def new_participant(
    program: Program, person: Person, draft: SignupDraft, now: datetime, tz: str | None = None
) -> Participant:
    """A sign-up not stored yet; `apply_draft` fills in what the person said."""
    return Participant(
        program_id=program.id,
        person_id=person.id,
        role=draft.role,
        timezone=tz,
        joined_at=now,
        updated_at=now,
    )


def draft_of(uow: UnitOfWork, participant: Participant) -> SignupDraft:
    """A stored sign-up as a draft, to fill the form with what the person said before."""
    manager = uow.people.find(participant.manager_id)
    return SignupDraft(
        role=participant.role,
        department=participant.department,
        organisation=participant.organisation,
        manager_user_id=manager.user_id if manager else None,
        experience_years=participant.experience_years,
        topics=participant.topics,
        languages=tuple(code for code in participant.languages.split(",") if code),
        timezone=participant.timezone,
        capacity=participant.capacity,
        weekdays=tuple(day for day in participant.weekdays.split(",") if day),
        time_of_day=participant.time_of_day,
    )


def enqueue_welcome(
    uow: UnitOfWork, program: Program, participant: Participant, person: Person, now: datetime
) -> None:
    """The introduction DM: what to expect, what the bot asks, and what stays confidential."""
    rhythm = "signup.welcome.rhythm_" + program.shape
    uow.outbox.add(
        dedupe_key=f"signup-welcome:{participant.id}",
        team_id=program.team_id,
        program_id=program.id,
        kind="notice",
        recipient=person.user_id,
        payload=composed_notice(
            ("signup.welcome." + participant.role, {"program": program.name}),
            (rhythm, {"months": program.months, "minutes": program.meeting_minutes}),
            ("signup.welcome.prompts", {}),
            ("signup.welcome.confidentiality", {}),
            ("signup.welcome.change", {}),
            dates={"start": program.starts_on.isoformat()},
        ),
        due_at=now,
        now=now,
    )
