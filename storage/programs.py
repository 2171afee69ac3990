"""Queries about programs and their sign-ups."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.domain.enums import ParticipantStatus, ProgramStatus
from storage.lookup import by_id, by_ids, one_by_id
from storage.models import Participant, Person, Program, Survey


class ProgramRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, program: Program) -> Program:
        self.session.add(program)
        self.session.flush()
        return program

    def by_id(self, program_id: int) -> Program:
        return one_by_id(self.session, Program, program_id)

    def by_ids(self, program_ids: set[int]) -> dict[int, Program]:
        return by_ids(self.session, Program, program_ids)

    def running_with_surveys(self) -> list[Program]:
        """Every running program whose midway and final surveys open by themselves."""
        return list(
            self.session.scalars(
                select(Program).where(
                    Program.status == ProgramStatus.RUNNING, Program.surveys_scheduled.is_(True)
                )
            )
        )

    def get(self, team_id: str, program_id: int) -> Program | None:
        program = by_id(self.session, Program, program_id)
        return program if program is not None and program.team_id == team_id else None

    def of_team(self, team_id: str, *, statuses: tuple[str, ...] | None = None) -> list[Program]:
        query = select(Program).where(Program.team_id == team_id)
        if statuses:
            query = query.where(Program.status.in_(statuses))
        return list(self.session.scalars(query.order_by(Program.starts_on, Program.id)))

    def signup_counts(self, program_ids: list[int]) -> dict[tuple[int, str], int]:
        """(program id, role) -> number of people signed up and not withdrawn."""
        rows = self.session.execute(
            select(Participant.program_id, Participant.role, func.count())
            .where(
                Participant.program_id.in_(program_ids),
                Participant.status != ParticipantStatus.LEFT,
            )
            .group_by(Participant.program_id, Participant.role)
        )
        return {(program_id, role): count for program_id, role, count in rows}

    def surveys_opened(self, program_id: int, kind: str) -> tuple[int, bool]:
        """How many surveys of this kind the program has opened, and whether one is open now."""
        opened, open_now = self.session.execute(
            select(func.count(), func.count(Survey.open_key)).where(
                Survey.program_id == program_id, Survey.kind == kind
            )
        ).one()
        return opened, open_now > 0


class ParticipantRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, program_id: int, person_id: int) -> Participant | None:
        return self.session.scalar(
            select(Participant).where(
                Participant.program_id == program_id, Participant.person_id == person_id
            )
        )

    def add(self, participant: Participant) -> Participant:
        self.session.add(participant)
        self.session.flush()
        return participant

    def active_in(self, program_id: int) -> list[tuple[Participant, Person]]:
        """Everyone signed up and not withdrawn, with their person, in a stable order."""
        rows = self.session.execute(
            select(Participant, Person)
            .join(Person, Person.id == Participant.person_id)
            .where(
                Participant.program_id == program_id,
                Participant.status != ParticipantStatus.LEFT,
            )
            .order_by(Participant.role, Person.name, Participant.id)
        )
        return [(participant, person) for participant, person in rows]

    def of_person(self, person_id: int) -> list[tuple[Participant, Program]]:
        rows = self.session.execute(
            select(Participant, Program)
            .join(Program, Program.id == Participant.program_id)
            .where(Participant.person_id == person_id)
            .order_by(Program.starts_on.desc())
        )
        return [(participant, program) for participant, program in rows]
