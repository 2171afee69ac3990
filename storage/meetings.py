"""Queries about meetings: as objects, and as plain rows where a path is hot."""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, select
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from bot.domain.cadence import last_day
from bot.domain.enums import MeetingStatus, RelationshipStatus
from storage.lookup import by_id, by_id_statement, flushed, one_by_id, update_row
from storage.models import Meeting, Program, Relationship

SETTLED = (MeetingStatus.HELD, MeetingStatus.SKIPPED, MeetingStatus.UNCONFIRMED)


@dataclass(frozen=True)
class MeetingFacts:
    """A meeting as its card and the planner see it, read only (a stored `Meeting` has the
    same names)."""

    id: int
    relationship_id: int
    seq: int
    sequence: int
    starts_at: datetime
    duration_minutes: int
    status: str
    closing: bool
    fits: bool
    prompted: int
    held_at: datetime | None
    confirmed_at: datetime | None
    proposed_starts_at: datetime | None
    proposed_minutes: int | None
    proposed_by_id: int | None
    created_at: datetime

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class PairState:
    """What the planner needs to know of a pair to see whether it has work: one row a pair."""

    relationship_id: int
    status: str
    paused_until: date | None
    timezone: str  # the program's
    reminder_days: int
    meeting_id: int | None  # the planned meeting, if any
    starts_at: datetime | None
    minutes: int | None
    sequence: int | None
    prompted: int | None
    over: bool  # its last meeting is behind it: nothing more to plan
    ends_on: date  # the program's last day
    grace_days: int  # after the closing question, the days the pair has to answer
    asked_at: datetime | None  # when the closing question was (to be) posted
    goes_on: bool  # it goes on by itself after the program


_COLUMNS = tuple(column.key for column in Meeting.__table__.c)
_INSERT = insert(Meeting.__table__).returning(*Meeting.__table__.c)
# Plain rows, on the table: the check-in and the planner read and plan meetings as these.
FACT_COLUMNS = tuple(Meeting.__table__.c[f.name] for f in fields(MeetingFacts))
_PLAN = insert(Meeting.__table__).returning(*FACT_COLUMNS)
_ROW = select(*FACT_COLUMNS).where(Meeting.__table__.c.id == bindparam("id"))
_ROW_LOCKED = _ROW.with_for_update()
_HISTORY = (
    select(*FACT_COLUMNS)
    .where(Meeting.__table__.c.relationship_id == bindparam("id"))
    .order_by(Meeting.__table__.c.starts_at, Meeting.__table__.c.seq)
)
_LOCKED = by_id_statement(Meeting).with_for_update()
_PLANNED_OF = select(Meeting).where(
    Meeting.relationship_id == bindparam("id"), Meeting.status == MeetingStatus.PLANNED
)
_OF_RELATIONSHIP = (
    select(Meeting)
    .where(Meeting.relationship_id == bindparam("id"))
    .order_by(Meeting.starts_at, Meeting.seq)
)


def _pair_states() -> Any:
    """On the tables, not the classes: the planner reads it every pass, a row a pair, and a
    statement about classes goes through the session's handling of objects even when it
    reads plain columns."""
    rel, program = Relationship.__table__.c, Program.__table__.c
    planned, closing = Meeting.__table__.alias("planned"), Meeting.__table__.alias("closing")
    return (
        select(
            rel.id,
            rel.status,
            rel.paused_until,
            program.timezone,
            program.reminder_days,
            planned.c.id,
            planned.c.starts_at,
            planned.c.duration_minutes,
            planned.c.sequence,
            planned.c.prompted,
            rel.rhythm_over,
            func.count(closing.c.id),
            program.starts_on,
            program.months,
            program.grace_days,
            rel.closing_asked_at,
            rel.goes_on,
        )
        .select_from(Relationship.__table__)
        .join(Program.__table__, program.id == rel.program_id)
        .outerjoin(
            planned,
            and_(planned.c.relationship_id == rel.id, planned.c.status == MeetingStatus.PLANNED),
        )
        .outerjoin(
            closing,
            and_(
                closing.c.relationship_id == rel.id,
                closing.c.closing.is_(True),
                closing.c.status.in_(SETTLED),
            ),
        )
        .where(rel.status.in_((RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED)))
        .group_by(rel.id, program.id, planned.c.id)
        .order_by(rel.id)
    )


_PAIR_STATES = _pair_states()


class MeetingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, meeting_id: int) -> Meeting:
        return one_by_id(self.session, Meeting, meeting_id)

    def find(self, meeting_id: int, *, lock: bool = False) -> Meeting | None:
        """The meeting, or None; `lock` holds its row until the unit of work ends, so two
        answers to the same meeting at once cannot both count (PostgreSQL)."""
        if lock:  # read again, locked, even when this unit of work holds it
            return self.session.scalars(_LOCKED, {"id": meeting_id}).first()
        return by_id(self.session, Meeting, meeting_id)

    def add(self, meeting: Meeting) -> Meeting:
        """Store a new meeting by one statement built once, rather than by a flush (which
        costs several times the statement: each check-in plans a meeting). The object comes
        back as stored, defaults and id included, held by the unit of work as if read (so a
        unit of work that rolls back expires it, as any row read, rather than dropping it)."""
        assert meeting not in self.session, "a meeting held already is updated, not added"
        self.session.flush()  # what it may refer to goes first (nothing, mostly)
        values = {
            column: value
            for column in _COLUMNS
            if (value := meeting.__dict__.get(column)) is not None
        }
        stored = self.session.connection().execute(_INSERT, values).one()
        for column, value in zip(_COLUMNS, stored, strict=True):
            set_committed_value(meeting, column, value)
        make_transient_to_detached(meeting)
        self.session.add(meeting)
        return meeting

    def row(self, meeting_id: int, *, lock: bool = False) -> MeetingFacts | None:
        """The meeting as a plain row, as `find` reads the object (`lock` likewise). What
        this unit of work changed is flushed first."""
        statement = _ROW_LOCKED if lock else _ROW
        found = flushed(self.session).execute(statement, {"id": meeting_id}).first()
        return MeetingFacts(*found) if found is not None else None

    def history(self, relationship_id: int) -> list[MeetingFacts]:
        """Every meeting of the pair as plain rows, in the order they were (to be) held.
        What this unit of work changed is flushed first."""
        found = flushed(self.session).execute(_HISTORY, {"id": relationship_id})
        return [MeetingFacts(*row) for row in found]

    def plan(self, **values: Any) -> MeetingFacts:
        """Store a new meeting by one statement built once, and give back its plain row,
        defaults and id included: the planner plans one at each check-in, and needs no
        object for it (the unit of work does not hold one)."""
        stored = flushed(self.session).execute(_PLAN, values).one()  # what it refers to first
        return MeetingFacts(*stored)

    def update(self, meeting: Meeting | MeetingFacts, **values: Any) -> None:
        """Change these columns of a stored meeting (the object, or its plain row) at once
        (see `update_row`)."""
        assert meeting.id is not None, "a meeting not stored yet is flushed, not updated"
        update_row(self.session, Meeting, meeting.id, values)

    def planned_of(self, relationship_id: int) -> Meeting | None:
        return self.session.scalar(_PLANNED_OF, {"id": relationship_id})

    def of_relationship(self, relationship_id: int) -> list[Meeting]:
        """Every meeting of the pair, in the order they were (to be) held."""
        return list(self.session.scalars(_OF_RELATIONSHIP, {"id": relationship_id}))

    def of_relationships(self, relationship_ids: Collection[int]) -> list[Meeting]:
        """The meetings of many pairs in one query, in the order they were (to be) held."""
        if not relationship_ids:
            return []
        return list(
            self.session.scalars(
                select(Meeting)
                .where(Meeting.relationship_id.in_(relationship_ids))
                .order_by(Meeting.starts_at, Meeting.seq)
            )
        )

    def next_seq(self, relationship_id: int) -> int:
        last = self.session.scalar(
            select(func.max(Meeting.seq)).where(Meeting.relationship_id == relationship_id)
        )
        return (last or 0) + 1

    def pair_states(self) -> list[PairState]:
        """Every running or paused pair with its planned meeting, in one query."""
        rows = self.session.connection().execute(_PAIR_STATES)
        ends = functools.cache(last_day)  # a program's, for each of its pairs
        return [
            PairState(
                *row[:10],
                over=bool(row[10]) or row[11] > 0,
                ends_on=ends(row[12], row[13]),
                grace_days=row[14],
                asked_at=row[15],
                goes_on=bool(row[16]),
            )
            for row in rows
        ]
