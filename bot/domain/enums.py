"""The words the program's state is written in."""

from enum import StrEnum


class Role(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class ProgramStatus(StrEnum):
    OPEN = "open"  # sign-up and matching
    RUNNING = "running"  # launched: pairs meet
    CLOSED = "closed"


class ProgramShape(StrEnum):
    STANDARD = "standard"  # 12 months: closer meetings first, then every 5-6 weeks
    SIX_SESSIONS = "six_sessions"  # six long sessions, each ending with an action task


class ParticipantStatus(StrEnum):
    SIGNED_UP = "signed_up"
    MATCHED = "matched"
    ACTIVE = "active"
    LEFT = "left"


class RelationshipStatus(StrEnum):
    PROPOSED = "proposed"  # in the coordinator's review, invisible to participants
    LAUNCHING = "launching"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    SKIPPED = "skipped"
    UNCONFIRMED = "unconfirmed"  # its time passed and nobody said whether they met
    CANCELLED = "cancelled"  # the pair paused or ended before it


class LogKind(StrEnum):
    PREP = "prep"
    REFLECTION = "reflection"
    NOTE = "note"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # claimed by a dispatcher until claimed_until
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class SurveyKind(StrEnum):
    MIDWAY = "midway"
    FINAL = "final"
    FOLLOW_UP = "follow_up"
