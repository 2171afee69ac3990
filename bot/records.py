"""What the services return and the views draw: frozen data, no behaviour. Views import
these, never the services."""

from __future__ import annotations

from collections.abc import Mapping
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
    days_off: tuple[date, ...] = ()
    mentors: int = 0
    mentees: int = 0


@dataclass(frozen=True)
class RosterGap:
    user_id: str
    role: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class PairHealth:
    """How the running pairs keep their rhythm: counts and the pairs' names, never content."""

    held: int  # meetings held
    due: int  # meetings whose time has come (held, skipped, unanswered or overdue)
    silent: tuple[tuple[str, str], ...]  # (mentor, mentee): no meeting held for too long
    unconfirmed: tuple[tuple[str, str], ...]  # (mentor, mentee): never confirmed one


@dataclass(frozen=True)
class Roster:
    program: ProgramInfo
    capacity: int  # how many mentees the mentors can take in all
    departments: tuple[tuple[str, int, int], ...]  # (department, mentors, mentees)
    gaps: tuple[RosterGap, ...]
    agreements: tuple[int, int] | None = None  # (confirmed, active pairs) once launched
    health: PairHealth | None = None  # once launched
    surveys: tuple[SurveyLine, ...] = ()  # the program's surveys, oldest first
    closing: ClosingCounts | None = None  # once the program is over


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


@dataclass(frozen=True, kw_only=True)
class MeetingCard:
    """A pair's meeting as the prompts and answers about it show it."""

    meeting_id: int
    sequence: int
    relationship_id: int
    channel_id: str
    number: int  # the pair's how-manieth meeting
    starts_at: datetime
    minutes: int
    status: str
    closing: bool
    fits: bool
    confirmed: bool
    mentor: str  # Slack user ids
    mentee: str
    language: str  # the pair's
    tz: str  # the zone a written-out time falls back to
    phase: str
    shape: str
    program_name: str
    prep_days: int = 2
    proposed_starts_at: datetime | None = None
    proposed_minutes: int | None = None
    proposed_by: str | None = None


@dataclass(frozen=True)
class LogLine:
    """One entry of a person's own log book."""

    entry_id: int
    kind: str
    created_at: datetime
    answers: tuple[tuple[str, str], ...]  # (question key, answer); a note has key "note"
    shared: bool
    meeting_starts_at: datetime | None = None


@dataclass(frozen=True)
class LogPage:
    """A page of the log book, newest first."""

    lines: tuple[LogLine, ...]
    page: int
    pages: int
    tz: str


@dataclass(frozen=True)
class QuestionsForm:
    """The form a person fills in before or after a meeting."""

    kind: str
    role: str
    metadata: str  # "<meeting>:<sequence>"
    closing: bool
    sessions: bool
    task: str | None = None  # the action task they set themself last time (six sessions)
    first: bool = False  # before the pair has held any meeting: nothing to look back on


@dataclass(frozen=True)
class MoveDraft:
    """A new time read from a person, before anything moves."""

    meeting: MeetingCard
    starts_at: datetime
    minutes: int
    outside: tuple[str, ...]  # Slack ids of those for whom it is outside working hours


@dataclass(frozen=True)
class LikertResult:
    """One Likert question's answers in one group (everyone, or one role)."""

    count: int
    distribution: tuple[int, int, int, int, int]  # how many answered 1, 2, 3, 4, 5
    mean: float


@dataclass(frozen=True)
class QuestionResult:
    """One question's results as the coordinator may see them."""

    key: str
    kind: str  # "likert" or "text"
    overall: LikertResult | None  # None for a text question, or below the threshold
    by_role: tuple[tuple[str, LikertResult], ...]  # empty when any role is below the threshold
    texts: tuple[str, ...]  # free-text answers, no names, in random order; empty below it
    label: str | None = None  # the coordinator's own wording; None: the catalog's survey.q.<key>


@dataclass(frozen=True)
class SurveyResults:
    """A survey's results: aggregated, without names, nothing shown for small groups."""

    survey_id: int
    kind: str  # midway, final, follow_up
    program_name: str
    invited: int
    answered: int
    threshold: int  # never below 3
    questions: tuple[QuestionResult, ...]

    @property
    def response_rate(self) -> float:
        return self.answered / self.invited if self.invited else 0.0


@dataclass(frozen=True)
class ProgramReport:
    """What the final report for management shows."""

    program_name: str
    language: str
    pairs: int
    participants: int
    meetings_held: int
    meetings_planned: int
    midway: SurveyResults | None
    final: SurveyResults | None


@dataclass(frozen=True)
class SurveyLine:
    """A survey as the coordinator's status shows it: how many answered, never who."""

    survey_id: int
    kind: str
    open: bool
    closes_at: datetime
    invited: int
    answered: int


@dataclass(frozen=True)
class SurveyPreview:
    """What opening a survey would do, for the coordinator to confirm."""

    program_id: int
    program_name: str
    kind: str
    mentors: int  # who would be asked
    mentees: int
    questions: tuple[FormQuestion, ...]
    closes_at: datetime
    reminders: tuple[int, ...]  # days after opening


@dataclass(frozen=True)
class FormQuestion:
    """One question as a reader sees it: the coordinator's wording, else the catalog's."""

    key: str
    kind: str  # "likert" or "text"
    roles: frozenset[str]
    required: bool
    wording: str | None  # None: the catalog's survey.q.<key>


@dataclass(frozen=True)
class SurveyForm:
    """The survey modal for one invited person."""

    survey_id: int
    kind: str
    program_name: str
    closes_at: datetime
    questions: tuple[FormQuestion, ...]


@dataclass(frozen=True)
class SurveyInvite:
    """A direct message asking one person to answer (or reminding them)."""

    survey_id: int
    kind: str
    program_name: str
    closes_at: datetime
    reminder: bool


@dataclass(frozen=True)
class ClosingAsk:
    """The question to a pair whose program is over: does it go on by itself?"""

    relationship_id: int
    program_name: str
    grace_days: int  # without an answer, the channel is archived after these days
    language: str


@dataclass(frozen=True)
class ClosingAnswer:
    """A member's answer to the closing question, as the pair's channel shows it."""

    relationship_id: int
    user_id: str
    goes_on: bool
    language: str


@dataclass(frozen=True)
class ClosingCounts:
    """After the program's end, how the pairs answered: counts, never names or words."""

    going_on: int
    finished: int
    waiting: int  # not answered yet


@dataclass(frozen=True)
class SurveyQuestionLine:
    """One question of a program's survey, as the coordinator who edits them sees it."""

    key: str
    kind: str  # "likert" (1-5) or "text"
    roles: frozenset[str]  # who is asked
    default: bool  # one of the bot's own: its wording is `survey.q.<key>` unless reworded
    wording: str | None  # the coordinator's, for the reader; None: the catalog's holds
    own: Mapping[str, str]  # the coordinator's wordings by language


@dataclass(frozen=True)
class SurveyQuestionList:
    """A program's questions for one kind of survey, and whether they may still change."""

    program_id: int
    program_name: str
    kind: str
    language: str  # a new question must at least be worded in this one
    questions: tuple[SurveyQuestionLine, ...]
    most: int  # the most questions a survey of this kind may have
    refusal: str | None  # why they can no longer change (a catalog key); None: they can


@dataclass(frozen=True)
class HomePair:
    """One of the person's running pairs, as their Home tab shows it."""

    relationship_id: int
    program_name: str
    role: str
    partner: str  # Slack user id
    partner_department: str
    partner_topics: str
    channel_id: str
    phase: str
    agreement: str  # "none", "draft" or "confirmed": whether, never what
    paused_until: date | None
    next_meeting: MeetingCard | None


@dataclass(frozen=True)
class HomeSignup:
    """A sign-up that has no running pair (yet)."""

    program_id: int
    program_name: str
    role: str
    status: str
    starts_on: date


@dataclass(frozen=True)
class ProgramBoard:
    """A program on the coordinator's dashboard: counts and names, never content."""

    program: ProgramInfo
    month: int | None  # the how-manieth month of a running program
    pairs: int  # running pairs
    proposed: int  # pairs matched and not launched yet
    agreements: tuple[int, int] | None
    health: PairHealth | None
    surveys: tuple[SurveyLine, ...]
    launch: LaunchProgress | None  # while a launch is under way
    failed: int  # messages that could not be delivered


@dataclass(frozen=True)
class HomeData:
    """What one person's Home tab shows."""

    tz: str
    pairs: tuple[HomePair, ...]
    signups: tuple[HomeSignup, ...]
    log_entries: int
    boards: tuple[ProgramBoard, ...] = ()
    is_coordinator: bool = False


@dataclass(frozen=True)
class OutboxBacklog:
    """The outbox's messages not sent yet: pending, claimed by a dispatcher (sending), and
    of these, the ones a dispatcher would take now (due)."""

    pending: int
    sending: int
    due: int
