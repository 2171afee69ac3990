"""What the services return and the views draw: frozen data, no behaviour. Views import
these, never the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot.domain.agreement import AgreementDraft

IMPORTED, UPDATED, UNCHANGED, REJECTED = "imported", "updated", "unchanged", "rejected"


@dataclass(frozen=True)
class ProgramInfo:
    id: int
    name: str
    status: str
    shape: str
    starts_on: date
    months: int
    signup_deadline: date | None
    language: str
    timezone: str
    country: str
    meeting_minutes: int
    cross_company: bool
    mentors: int = 0
    mentees: int = 0


@dataclass(frozen=True)
class RosterGap:
    user_id: str
    role: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Roster:
    program: ProgramInfo
    capacity: int  # how many mentees the mentors can take in all
    departments: tuple[tuple[str, int, int], ...]  # (department, mentors, mentees)
    gaps: tuple[RosterGap, ...]
    agreements: tuple[int, int] | None = None  # (confirmed, active pairs) once launched


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


@dataclass(frozen=True)
class PairPeople:
    """What a welcome needs to know about one pair."""

    relationship_id: int
    program_name: str
    shape: str
    meeting_minutes: int
    mentor: str  # Slack user ids
    mentee: str
    mentor_department: str
    mentee_department: str
    language: str


@dataclass(frozen=True)
class LaunchProgress:
    program_id: int
    program_name: str
    done: int
    total: int


@dataclass(frozen=True)
class AgreementView:
    relationship_id: int
    channel_id: str
    mentor: str
    mentee: str
    draft: AgreementDraft | None
    drafted_by: str | None
    confirmed: bool
    default_minutes: int

    def other_than(self, user_id: str) -> str:
        return self.mentee if user_id == self.mentor else self.mentor


@dataclass(frozen=True)
class PairView:
    relationship_id: int
    mentor: str  # Slack user ids
    mentee: str
    mentor_department: str
    mentee_department: str
    score: float
    reasons: tuple[tuple[str, str], ...]
    fixed: bool


@dataclass(frozen=True)
class UnmatchedView:
    user_id: str
    role: str
    reason: str


@dataclass(frozen=True)
class ProposalView:
    program_id: int
    program_name: str
    pairs: tuple[PairView, ...]
    unmatched: tuple[UnmatchedView, ...]


@dataclass(frozen=True)
class Invite:
    """One meeting as a calendar invite: the same uid every time, a higher sequence each time
    the meeting moves, so calendars replace the event instead of adding another."""

    uid: str  # stable per meeting, e.g. "meeting-17@mentorbot"
    sequence: int
    starts_at: datetime  # aware, UTC
    minutes: int
    tz: str  # IANA name the event is written in, e.g. "Europe/Copenhagen"
    summary: str
    description: str
    issued_at: datetime  # aware, UTC: when this version was made (DTSTAMP)
    cancelled: bool = False
