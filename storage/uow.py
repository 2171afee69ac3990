"""The unit of work: one transaction, and the repositories that work inside it."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from storage.cards import CardReads
from storage.events import EventRepository
from storage.logbook import LogRepository
from storage.meetings import MeetingRepository
from storage.outbox import OutboxRepository, OutboxStatements
from storage.pairs import AgreementRepository, LaunchRepository
from storage.people import PersonRepository
from storage.programs import ParticipantRepository, ProgramRepository
from storage.relationships import RelationshipRepository
from storage.surveys import SurveyRepository


class UnitOfWork:
    """What a service works with: `uow.people.get(...)`, `uow.outbox.add(...)`.

    Repositories never commit; the block around the unit of work does (see `Database`).
    """

    def __init__(self, session: Session) -> None:
        self.session = session  # for storage and tests; services use the repositories
        self.people = PersonRepository(session)
        self.programs = ProgramRepository(session)
        self.participants = ParticipantRepository(session)
        self.relationships = RelationshipRepository(session)
        self.agreements = AgreementRepository(session)
        self.launches = LaunchRepository(session)
        self.outbox = OutboxRepository(session)
        self.meetings = MeetingRepository(session)
        self.log = LogRepository(session)
        self.events = EventRepository(session)
        self.surveys = SurveyRepository(session)
        self.cards = CardReads(session)

    def flush(self) -> None:
        """Send pending changes to the database (ids, constraints) without committing."""
        self.session.flush()


class Statements:
    """Writes of a statement or two built once, on a connection without a session (see
    `Database.statements`): `statements.outbox.mark_sent(...)`."""

    def __init__(self, connection: Connection) -> None:
        self.outbox = OutboxStatements(connection)
