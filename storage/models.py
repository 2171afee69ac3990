"""The tables. Instants are timezone-aware UTC; enums are stored as their string values."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    orm,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.domain.enums import (
    MeetingStatus,
    OutboxStatus,
    ParticipantStatus,
    ProgramShape,
    ProgramStatus,
    RelationshipStatus,
)
from bot.domain.lifecycle import participant_after, relationship_after

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and hands them back aware, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Person(Base):
    """A Slack user the bot knows, in one workspace."""

    __tablename__ = "person"
    __table_args__ = (
        UniqueConstraint("team_id", "user_id"),
        # Asked on every change to a pair: the few with a dashboard, not the whole team.
        Index(
            "ix_person_home_board",
            "team_id",
            sqlite_where=text("home_board = 1"),
            postgresql_where=text("home_board"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(320))
    tz: Mapped[str | None] = mapped_column(String(64))
    locale: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(2))  # the person's own choice
    is_coordinator: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    home_opened_at: Mapped[datetime | None]  # last opened the Home tab: it is kept fresh
    home_board: Mapped[bool] = mapped_column(Boolean, default=False)  # with a dashboard on it
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Program(Base):
    """One mentoring program: its frame, rhythm and sign-up window."""

    __tablename__ = "program"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default=ProgramStatus.OPEN)
    shape: Mapped[str] = mapped_column(String(16), default=ProgramShape.STANDARD)
    starts_on: Mapped[date]
    months: Mapped[int] = mapped_column(Integer, default=12)
    signup_deadline: Mapped[date | None]
    language: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(2))
    meeting_minutes: Mapped[int] = mapped_column(Integer, default=90)
    cross_company: Mapped[bool] = mapped_column(Boolean, default=False)
    days_off: Mapped[list[str]] = mapped_column(JSON, default=list)  # ISO dates, no meetings
    prep_days: Mapped[int] = mapped_column(Integer, default=2)  # the preparation, days before
    reminder_days: Mapped[int] = mapped_column(Integer, default=2)  # "did you meet?", again
    # Surveys: the midway and final ones open by themselves unless turned off; each stays
    # open survey_days, reminds on the days after opening listed; results need threshold.
    surveys_scheduled: Mapped[bool] = mapped_column(Boolean, default=True)
    survey_days: Mapped[int] = mapped_column(Integer, default=14)
    survey_reminders: Mapped[list[int]] = mapped_column(JSON, default=lambda: [3, 7])
    survey_threshold: Mapped[int] = mapped_column(Integer, default=3)  # never below 3
    survey_questions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # by kind
    grace_days: Mapped[int] = mapped_column(Integer, default=14)  # after the end, then archive
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class Participant(Base):
    """A person's sign-up for one program, as mentor or mentee."""

    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("program_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default=ParticipantStatus.SIGNED_UP)
    department: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    experience_years: Mapped[int | None]
    topics: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(32), default="")  # "da,en"
    timezone: Mapped[str | None] = mapped_column(String(64))
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    weekdays: Mapped[str] = mapped_column(String(32), default="")  # "mon,wed"
    time_of_day: Mapped[str] = mapped_column(String(16), default="")
    joined_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    left_at: Mapped[datetime | None]

    # Loaded with the sign-up: almost every use of a sign-up names or addresses its person.
    person: Mapped[Person] = orm.relationship(
        foreign_keys=[person_id], lazy="joined", innerjoin=True
    )

    def move(self, move: str, now: datetime) -> None:
        """Change the sign-up's state by the rule for `move` (bot.domain.lifecycle)."""
        self.status = participant_after(self.status, move)
        if move == "leave":
            self.left_at = now


class Relationship(Base):
    """A mentoring relationship: a pair, or later a group of one mentor and several mentees."""

    __tablename__ = "relationship"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=RelationshipStatus.PROPOSED)
    score: Mapped[float | None]
    reasons: Mapped[dict[str, Any] | None]
    fixed: Mapped[bool] = mapped_column(Boolean, default=False)  # set by the coordinator
    channel_id: Mapped[str | None] = mapped_column(String(32))
    channel_name: Mapped[str | None] = mapped_column(String(80))
    cadence_weeks: Mapped[int | None]  # from the agreement; 0 or None: the recommended rhythm
    paused_until: Mapped[date | None]
    rhythm_over: Mapped[bool] = mapped_column(Boolean, default=False)  # no meeting left to plan
    end_reason: Mapped[str | None] = mapped_column(String(32))  # a category, never a text
    # After the program's end: when the pair was asked whether it goes on, and its yes
    closing_asked_at: Mapped[datetime | None]
    goes_on: Mapped[bool] = mapped_column(Boolean, default=False)  # it goes on by itself
    created_at: Mapped[datetime]
    launched_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]

    # Loaded with the pair (one more query for any number of pairs): every use of a pair
    # looks at its members.
    members: Mapped[list[RelationshipMember]] = orm.relationship(
        back_populates="relationship", cascade="all, delete-orphan", lazy="selectin"
    )

    def launch(self, now: datetime) -> None:
        """The pair's channel is on its way; its people are taken."""
        self.status = relationship_after(self.status, "launch")
        for member in self.members:
            member.participant.move("match", now)

    def activate(self, now: datetime) -> None:
        """The pair has its channel and its welcome: it runs."""
        self.status = relationship_after(self.status, "activate")
        self.launched_at = now
        for member in self.members:
            member.participant.move("activate", now)

    def pause(self, until: date | None, now: datetime) -> None:
        """No meetings until `until` (or until someone resumes)."""
        self.status = relationship_after(self.status, "pause")
        self.paused_until = until

    def resume(self, now: datetime) -> None:
        for column, value in self.resumed(self.status).items():
            setattr(self, column, value)

    @staticmethod
    def resumed(status: str) -> dict[str, Any]:
        """The columns of a pair in `status` that resumes: the state after it, no pause end."""
        return {"status": relationship_after(status, "resume"), "paused_until": None}

    def go_on(self, now: datetime) -> None:
        """The program is over and the pair goes on by itself: the bot leaves it be."""
        self.status = relationship_after(self.status, "go_on")
        self.goes_on = True
        self.rhythm_over = True

    def end(self, now: datetime) -> str:
        """End the relationship; returns the state it was in."""
        before = self.status
        self.status = relationship_after(before, "end")
        self.ended_at = now
        return before


class RelationshipMember(Base):
    __tablename__ = "relationship_member"

    relationship_id: Mapped[int] = mapped_column(ForeignKey("relationship.id"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(8))

    relationship: Mapped[Relationship] = orm.relationship(back_populates="members")
    participant: Mapped[Participant] = orm.relationship(lazy="joined", innerjoin=True)


class Launch(Base):
    """A program's launch: who started it, and the one progress message kept up to date."""

    __tablename__ = "launch"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), unique=True)
    started_by: Mapped[str] = mapped_column(String(32))  # the coordinator's Slack user id
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    pairs: Mapped[int] = mapped_column(Integer, default=0)
    progress_channel: Mapped[str | None] = mapped_column(String(32))
    progress_ts: Mapped[str | None] = mapped_column(String(32))
    reported: Mapped[int] = mapped_column(Integer, default=-1)  # pairs done when last shown


class Agreement(Base):
    """A pair's agreement. Its content is for the pair only; coordinators see that it exists."""

    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    relationship_id: Mapped[int] = mapped_column(ForeignKey("relationship.id"), unique=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    drafted_by_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    confirmed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Meeting(Base):
    """One planned or held meeting of a relationship; a pair has at most one planned."""

    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("relationship_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    relationship_id: Mapped[int] = mapped_column(ForeignKey("relationship.id"), index=True)
    seq: Mapped[int]
    starts_at: Mapped[datetime]
    duration_minutes: Mapped[int] = mapped_column(Integer, default=90)
    status: Mapped[str] = mapped_column(String(16), default=MeetingStatus.PLANNED)
    held_at: Mapped[datetime | None]
    closing: Mapped[bool] = mapped_column(Boolean, default=False)  # the last of the program
    fits: Mapped[bool] = mapped_column(Boolean, default=True)  # inside both people's hours
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # bumped at each move
    prompted: Mapped[int] = mapped_column(Integer, default=-1)  # sequence prompts are queued for
    confirmed_at: Mapped[datetime | None]
    proposed_starts_at: Mapped[datetime | None]  # a move waiting for the partner's yes
    proposed_minutes: Mapped[int | None]
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


class LogEntry(Base):
    """One entry in a person's log book: their preparation, a reflection or a note. Read by
    that person only, unless they share it with their partner."""

    __tablename__ = "log_entry"
    __table_args__ = (UniqueConstraint("participant_id", "meeting_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    relationship_id: Mapped[int | None] = mapped_column(ForeignKey("relationship.id"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    kind: Mapped[str] = mapped_column(String(16))  # prep, reflection, note
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # question key -> text
    created_at: Mapped[datetime]
    shared_at: Mapped[datetime | None]


class OutboxMessage(Base):
    """Something the bot will send: what, to whom, when; the dispatcher's work list."""

    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_message_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    team_id: Mapped[str] = mapped_column(String(32))
    program_id: Mapped[int | None] = mapped_column(ForeignKey("program.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    recipient: Mapped[str] = mapped_column(String(64))  # a user, DM or channel id
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=6)
    next_attempt_at: Mapped[datetime]
    claimed_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(500))
    result: Mapped[dict[str, Any] | None]
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class Survey(Base):
    """A midway, final or follow-up evaluation of a program, with its questions as they were
    when it opened."""

    __tablename__ = "survey"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    # "<program>:<kind>" while open, None once closed: one open survey of a kind per program
    open_key: Mapped[str | None] = mapped_column(String(40), unique=True)
    questions: Mapped[dict[str, Any]] = mapped_column(JSON)  # bot.domain.surveys.QuestionSet
    threshold: Mapped[int] = mapped_column(Integer, default=3)
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    opened_at: Mapped[datetime]
    closes_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class SurveyInvitation(Base):
    """Who was asked and whether they answered; never what, nor when they answered."""

    __tablename__ = "survey_invitation"
    __table_args__ = (UniqueConstraint("survey_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"))
    role: Mapped[str] = mapped_column(String(8))
    answered: Mapped[bool] = mapped_column(Boolean, default=False)


class SurveyAnswer(Base):
    """One anonymous answer: the survey, the role and the question, never the person. A
    random id and no time, so neither the ids nor the rows' order follow the order in which
    people answered (on SQLite the table has no rowid: rows are kept in the random ids'
    order)."""

    __tablename__ = "survey_answer"
    __table_args__ = ({"sqlite_with_rowid": False},)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id"), index=True)
    role: Mapped[str] = mapped_column(String(8))
    question: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)


class ProcessedEvent(Base):
    """Slack event ids already handled, so a retried delivery changes nothing."""

    __tablename__ = "processed_event"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[datetime]
