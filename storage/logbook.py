"""Queries about the log book: each person's own entries."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import LogEntry


class LogRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, entry: LogEntry) -> LogEntry:
        self.session.add(entry)
        self.session.flush()
        return entry

    def get(self, entry_id: int) -> LogEntry | None:
        return self.session.get(LogEntry, entry_id)

    def find(self, participant_id: int, meeting_id: int, kind: str) -> LogEntry | None:
        return self.session.scalar(
            select(LogEntry).where(
                LogEntry.participant_id == participant_id,
                LogEntry.meeting_id == meeting_id,
                LogEntry.kind == kind,
            )
        )

    def page_of(self, participant_ids: list[int], *, offset: int, limit: int) -> list[LogEntry]:
        """The person's own entries, newest first."""
        return list(
            self.session.scalars(
                select(LogEntry)
                .where(LogEntry.participant_id.in_(participant_ids))
                .order_by(LogEntry.created_at.desc(), LogEntry.id.desc())
                .offset(offset)
                .limit(limit)
            )
        )

    def count_of(self, participant_ids: list[int]) -> int:
        return (
            self.session.scalar(
                select(func.count())
                .select_from(LogEntry)
                .where(LogEntry.participant_id.in_(participant_ids))
            )
            or 0
        )
