"""Queries about surveys: who was asked, whether they answered, and the answers, which name
nobody."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from bot.domain.enums import ParticipantStatus
from storage.lookup import by_id, by_ids
from storage.models import Participant, Person, Survey, SurveyAnswer, SurveyInvitation


class SurveyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, survey: Survey) -> Survey:
        self.session.add(survey)
        self.session.flush()
        return survey

    def get(self, survey_id: int) -> Survey | None:
        return by_id(self.session, Survey, survey_id)

    def by_ids(self, survey_ids: set[int]) -> dict[int, Survey]:
        return by_ids(self.session, Survey, survey_ids)

    def of_program(self, program_id: int) -> list[Survey]:
        """The program's surveys, oldest first."""
        return list(
            self.session.scalars(
                select(Survey).where(Survey.program_id == program_id).order_by(Survey.id)
            )
        )

    def kinds_opened(self, program_ids: list[int]) -> set[tuple[int, str]]:
        """(program, kind) of every survey these programs ever opened."""
        if not program_ids:
            return set()
        rows = self.session.execute(
            select(Survey.program_id, Survey.kind).where(Survey.program_id.in_(program_ids))
        )
        return {(program_id, kind) for program_id, kind in rows}

    def due_to_close(self, now: datetime) -> list[Survey]:
        return list(
            self.session.scalars(
                select(Survey).where(Survey.closed_at.is_(None), Survey.closes_at <= now)
            )
        )

    def askable(self, program_id: int) -> list[tuple[Participant, Person]]:
        """Everyone taking part in the program now: in a running pair, not withdrawn."""
        rows = self.session.execute(
            select(Participant, Person)
            .join(Person, Person.id == Participant.person_id)
            .where(
                Participant.program_id == program_id,
                Participant.status == ParticipantStatus.ACTIVE,
            )
            .order_by(Participant.id)
        )
        return [(participant, person) for participant, person in rows]

    def invite(self, survey: Survey, participants: list[Participant]) -> list[SurveyInvitation]:
        invitations = [
            SurveyInvitation(survey_id=survey.id, participant_id=p.id, role=p.role, answered=False)
            for p in participants
        ]
        self.session.add_all(invitations)
        self.session.flush()
        return invitations

    def invitation(self, survey_id: int, participant_id: int) -> SurveyInvitation | None:
        return self.session.scalar(
            select(SurveyInvitation).where(
                SurveyInvitation.survey_id == survey_id,
                SurveyInvitation.participant_id == participant_id,
            )
        )

    def invitations_by_ids(self, invitation_ids: set[int]) -> dict[int, SurveyInvitation]:
        return by_ids(self.session, SurveyInvitation, invitation_ids)

    def counts(self, survey_id: int) -> tuple[int, int]:
        """(invited, answered)."""
        invited, answered = self.session.execute(
            select(
                func.count(SurveyInvitation.id),
                func.count(SurveyInvitation.id).filter(SurveyInvitation.answered.is_(True)),
            ).where(SurveyInvitation.survey_id == survey_id)
        ).one()
        return invited, answered

    def record(
        self,
        invitation: SurveyInvitation,
        answers: list[tuple[str, str]],
    ) -> None:
        """Store one person's answers so that nothing links them to the person.

        Each answer row gets a random id and no time. The invitation only learns that it was
        answered, and in the same statement every invitation of the survey is written again,
        so not even where the database keeps the rows tells whose was answered last.
        """
        self.session.add_all(
            SurveyAnswer(
                id=secrets.token_hex(16),
                survey_id=invitation.survey_id,
                role=invitation.role,
                question=key,
                value=value,
            )
            for key, value in answers
        )
        self.session.execute(
            update(SurveyInvitation)
            .where(SurveyInvitation.survey_id == invitation.survey_id)
            .values(
                answered=or_(
                    SurveyInvitation.answered,
                    SurveyInvitation.participant_id == invitation.participant_id,
                )
            ),
            execution_options={"synchronize_session": False},
        )
        self.session.flush()

    def answers(self, survey_id: int) -> list[tuple[str, str, str]]:
        """(role, question key, value) of every answer, in the random ids' order."""
        rows = self.session.execute(
            select(SurveyAnswer.role, SurveyAnswer.question, SurveyAnswer.value)
            .where(SurveyAnswer.survey_id == survey_id)
            .order_by(SurveyAnswer.id)
        )
        return [(role, question, value) for role, question, value in rows]
