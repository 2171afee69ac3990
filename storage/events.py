"""The Slack events already handled, so that Slack's retries of one have one effect."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from storage.models import ProcessedEvent


class EventRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def first_time(self, event_id: str, now: datetime) -> bool:
        """Record a Slack event id; False when it was handled before (Slack retried it)."""
        insert = (
            pg_insert if self.session.get_bind().dialect.name == "postgresql" else sqlite_insert
        )
        statement = (
            insert(ProcessedEvent)
            .values(event_id=event_id, received_at=now)
            .on_conflict_do_nothing(index_elements=["event_id"])
            .returning(ProcessedEvent.event_id)
        )
        return self.session.execute(statement).first() is not None
