"""A pair as its meetings' cards and its planning see it, read as plain rows: the prompts of
a batch, the answer to a button and the next meeting planned after it, a handful of pairs at a
time, where loading them as objects (the pair, its members, their sign-ups and people, the
program, the meetings) would cost several times the queries."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from sqlalchemy import bindparam, exists, select
from sqlalchemy.orm import Session

from storage.lookup import flushed
from storage.meetings import FACT_COLUMNS, SETTLED, MeetingFacts
from storage.models import (
    Agreement,
    Meeting,
    Participant,
    Person,
    Program,
    Relationship,
    RelationshipMember,
)

_REL, _PROGRAM, _MEMBER = Relationship.__table__, Program.__table__, RelationshipMember.__table__
_PARTICIPANT, _PERSON, _MEETING = Participant.__table__, Person.__table__, Meeting.__table__
_AGREEMENT = Agreement.__table__


@dataclass(frozen=True)
class ProgramFacts:
    id: int
    team_id: str
    name: str
    shape: str
    starts_on: date
    months: int
    timezone: str
    country: str
    days_off: list[str]  # ISO dates
    language: str
    meeting_minutes: int
    prep_days: int
    reminder_days: int


@dataclass(frozen=True)
class MemberFacts:
    role: str
    team_id: str
    user_id: str
    timezone: str | None  # given at sign-up
    weekdays: str  # given at sign-up: "mon,wed", empty for any
    time_of_day: str  # given at sign-up, empty for any
    tz: str | None  # the person's Slack zone
    language: str | None  # the person's own choice
    locale: str | None
    home_opened_at: datetime | None  # their Home tab is kept fresh once they opened it


@dataclass
class PairFacts:
    """A pair as its meetings' cards and its planning see it: no agreement text, no answers.
    Built in place as its rows are read (members, settled meetings); read only after that."""

    id: int
    status: str
    channel_id: str | None
    launched_at: datetime | None
    cadence_weeks: int | None
    paused_until: date | None
    goes_on: bool
    rhythm_over: bool
    closing_asked_at: datetime | None
    program: ProgramFacts
    agreement_confirmed: bool
    members: list[MemberFacts] = field(default_factory=list)
    settled: list[tuple[str, datetime]] = field(default_factory=list)  # (status, start)


_CONFIRMED = exists().where(
    _AGREEMENT.c.relationship_id == _REL.c.id, _AGREEMENT.c.confirmed_at.is_not(None)
)
_PAIR_FIELDS = tuple(f.name for f in fields(PairFacts))
_PAIR_HEAD = _PAIR_FIELDS[: _PAIR_FIELDS.index("program")]  # the pair's own columns
# Each member's columns in the order of MemberFacts' fields, from the table that holds each.
_MEMBER_FROM = {
    "role": _MEMBER,
    "team_id": _PERSON,
    "user_id": _PERSON,
    "timezone": _PARTICIPANT,
    "weekdays": _PARTICIPANT,
    "time_of_day": _PARTICIPANT,
    "tz": _PERSON,
    "language": _PERSON,
    "locale": _PERSON,
    "home_opened_at": _PERSON,
}
_MEMBER_FIELDS = tuple(f.name for f in fields(MemberFacts))
_PROGRAM_FIELDS = tuple(f.name for f in fields(ProgramFacts))
_PROGRAM_AT = slice(len(_PAIR_HEAD), len(_PAIR_HEAD) + len(_PROGRAM_FIELDS))
_CONFIRMED_AT = _PROGRAM_AT.stop
_MEMBER_AT = slice(_CONFIRMED_AT + 1, None)

# Built once, on the tables rather than the classes: a statement about classes goes through
# the session's handling of objects even when it reads plain columns. One row per member;
# the columns follow the fields of the facts they fill, by construction.
_PAIRS = (
    select(
        *(_REL.c[name] for name in _PAIR_HEAD),
        *(_PROGRAM.c[name] for name in _PROGRAM_FIELDS),
        _CONFIRMED,
        *(_MEMBER_FROM[name].c[name] for name in _MEMBER_FIELDS),
    )
    .join(_PROGRAM, _PROGRAM.c.id == _REL.c.program_id)
    .join(_MEMBER, _MEMBER.c.relationship_id == _REL.c.id)
    .join(_PARTICIPANT, _PARTICIPANT.c.id == _MEMBER.c.participant_id)
    .join(_PERSON, _PERSON.c.id == _PARTICIPANT.c.person_id)
    .where(_REL.c.id.in_(bindparam("ids", expanding=True)))
)
_SETTLED = select(_MEETING.c.relationship_id, _MEETING.c.status, _MEETING.c.starts_at).where(
    _MEETING.c.relationship_id.in_(bindparam("ids", expanding=True)),
    _MEETING.c.status.in_(SETTLED),
)
_MEETINGS = select(*FACT_COLUMNS).where(_MEETING.c.id.in_(bindparam("ids", expanding=True)))


class CardReads:
    """Reads of pairs as plain values, for meeting cards, the check-in and the planner: never
    an agreement's text or an answer."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def pairs(self, relationship_ids: Collection[int]) -> dict[int, PairFacts]:
        """Id -> the pair with its members, program, agreement's state and settled meetings:
        two queries however many pairs. What this unit of work changed is flushed first."""
        if not relationship_ids:
            return {}
        connection, ids = flushed(self.session), {"ids": list(relationship_ids)}
        found: dict[int, PairFacts] = {}
        for row in connection.execute(_PAIRS, ids):
            pair = found.get(row[0])
            if pair is None:
                program = ProgramFacts(*row[_PROGRAM_AT])
                head = row[: _PROGRAM_AT.start]
                pair = found[row[0]] = PairFacts(*head, program, bool(row[_CONFIRMED_AT]))
            pair.members.append(MemberFacts(*row[_MEMBER_AT]))
        for relationship_id, status, starts_at in connection.execute(_SETTLED, ids):
            if relationship_id in found:
                found[relationship_id].settled.append((status, starts_at))
        return found

    def meetings(self, meeting_ids: Collection[int]) -> dict[int, MeetingFacts]:
        """Id -> the meeting, for reading only. What this unit of work changed is flushed
        first."""
        if not meeting_ids:
            return {}
        rows = flushed(self.session).execute(_MEETINGS, {"ids": list(meeting_ids)})
        return {row[0]: MeetingFacts(*row) for row in rows}

    def pair(self, relationship_id: int) -> PairFacts | None:
        """The one pair, as `pairs` reads it."""
        return self.pairs([relationship_id]).get(relationship_id)
