"""The log book: each person's own preparations, reflections and notes. Only its owner
reads it; they may share one entry with their partner, explicitly. Never a coordinator."""

from __future__ import annotations

from datetime import datetime

from bot.domain import refs
from bot.domain.enums import LogKind, MeetingStatus, ProgramShape, RelationshipStatus
from bot.domain.errors import DomainError
from bot.records import LogLine, LogPage, QuestionsForm
from bot.services.pairs import my_pair
from storage.db import Conflict, Database
from storage.models import LogEntry, Meeting, Participant, Relationship
from storage.uow import UnitOfWork

PAGE = 5  # entries a page: up to 8 blocks each, inside Slack's 50 for a message
NOTE_LENGTH = 3000
ANSWER_LENGTH = 2000
_OPEN = (RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED)


class LogBook:
    """A person's own log book."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def page(self, *, team_id: str, user_id: str, page: int = 0) -> LogPage:
        """One page of the person's entries, newest first."""
        with self.db.unit_of_work() as uow:
            mine, tz = _mine(uow, team_id, user_id)
            total = uow.log.count_of(mine)
            pages = max(1, -(-total // PAGE))
            page = min(max(page, 0), pages - 1)
            entries = uow.log.page_of(mine, offset=page * PAGE, limit=PAGE)
            lines = tuple(_line(uow, entry) for entry in entries)
            return LogPage(lines, page, pages, tz)

    def note(self, *, team_id: str, user_id: str, text: str, now: datetime) -> None:
        """A free entry, written at any time."""
        text = text.strip()
        if not text:
            raise DomainError("log.error.empty")
        if len(text) > NOTE_LENGTH:
            raise DomainError("log.error.long", limit=NOTE_LENGTH)
        with self.db.unit_of_work() as uow:
            participant, rel = _current(uow, team_id, user_id)
            uow.log.add(
                LogEntry(
                    participant_id=participant.id,
                    relationship_id=rel.id if rel else None,
                    kind=LogKind.NOTE,
                    answers={"note": text},
                    created_at=now,
                )
            )

    def form(self, *, team_id: str, user_id: str, meeting: str, kind: str) -> QuestionsForm:
        """The questions this person answers about this meeting, by their role."""
        with self.db.unit_of_work() as uow:
            found, rel, participant = _meeting_of(uow, team_id, user_id, meeting)
            if uow.log.find(participant.id, found.id, kind) is not None:
                raise DomainError(f"{kind}.error.twice")
            program = uow.programs.by_id(rel.program_id)
            sessions = program.shape == ProgramShape.SIX_SESSIONS
            task = (
                _last_task(uow, participant, found) if sessions and kind == LogKind.PREP else None
            )
            first = not any(
                m.status == MeetingStatus.HELD and m.starts_at < found.starts_at
                for m in uow.meetings.of_relationship(rel.id)
            )
            return QuestionsForm(
                kind, participant.role, meeting, found.closing, sessions, task, first=first
            )

    def answer(
        self,
        *,
        team_id: str,
        user_id: str,
        meeting: str,
        kind: str,
        answers: dict[str, str],
        now: datetime,
    ) -> None:
        """Keep the answers in the person's log book; a second form for the same meeting is
        refused and the first stays as it was."""
        if not any(text.strip() for text in answers.values()):
            raise DomainError("log.error.empty")
        if any(len(text) > ANSWER_LENGTH for text in answers.values()):
            raise DomainError("log.error.long", limit=ANSWER_LENGTH)
        try:
            with self.db.unit_of_work() as uow:
                found, rel, participant = _meeting_of(uow, team_id, user_id, meeting)
                if uow.log.find(participant.id, found.id, kind) is not None:
                    raise DomainError(f"{kind}.error.twice")
                uow.log.add(
                    LogEntry(
                        participant_id=participant.id,
                        relationship_id=rel.id,
                        meeting_id=found.id,
                        kind=kind,
                        answers=answers,
                        created_at=now,
                    )
                )
        except Conflict:  # the same form sent twice at once
            raise DomainError(f"{kind}.error.twice") from None

    def share(
        self, *, team_id: str, user_id: str, entry_id: int, now: datetime
    ) -> tuple[str, LogLine]:
        """Share one of the person's own entries with their partner: (channel, entry)."""
        with self.db.unit_of_work() as uow:
            mine, _ = _mine(uow, team_id, user_id)
            entry = uow.log.get(entry_id) if 0 < entry_id <= refs.MAX_ID else None
            if entry is None or entry.participant_id not in mine:
                raise DomainError("log.error.not_yours")
            rel = uow.relationships.find(entry.relationship_id)  # only to the partner it is about
            if rel is None or rel.status not in _OPEN or not rel.channel_id:
                raise DomainError("log.error.pair_over")
            entry.shared_at = entry.shared_at or now
            return rel.channel_id, _line(uow, entry)


def _mine(uow: UnitOfWork, team_id: str, user_id: str) -> tuple[list[int], str]:
    person = uow.people.get(team_id, user_id)
    if person is None:
        return [], "UTC"
    signups = uow.participants.of_person(person.id)
    return [participant.id for participant, _ in signups], person.tz or (
        signups[0][1].timezone if signups else "UTC"
    )


def _current(
    uow: UnitOfWork, team_id: str, user_id: str
) -> tuple[Participant, Relationship | None]:
    """The person's sign-up in their running pair, else their newest sign-up."""
    try:
        rel = my_pair(uow, team_id, user_id, statuses=_OPEN)
    except DomainError:
        rel = None
    person = uow.people.get(team_id, user_id)
    signups = uow.participants.of_person(person.id) if person else []
    if rel is not None:
        member = next(m for m in rel.members if m.participant.person_id == person.id)  # type: ignore[union-attr]
        return member.participant, rel
    if not signups:
        raise DomainError("log.error.not_signed_up")
    return signups[0][0], None


def _meeting_of(
    uow: UnitOfWork, team_id: str, user_id: str, meeting: str
) -> tuple[Meeting, Relationship, Participant]:
    ids = refs.whole_numbers(":".join(meeting.split(":")[:2]), 2)
    found = uow.meetings.find(ids[0]) if ids else None
    if found is None or found.status == MeetingStatus.CANCELLED:
        raise DomainError("meeting.error.gone")
    rel = my_pair(uow, team_id, user_id, relationship_id=found.relationship_id, statuses=_OPEN)
    person = uow.people.get(team_id, user_id)
    participant = next(m.participant for m in rel.members if m.participant.person_id == person.id)  # type: ignore[union-attr]
    return found, rel, participant


def _last_task(uow: UnitOfWork, participant: Participant, meeting: Meeting) -> str | None:
    """The action task the person named in their last reflection before this meeting."""
    earlier = [
        m
        for m in uow.meetings.of_relationship(meeting.relationship_id)
        if m.starts_at < meeting.starts_at
    ]
    for previous in reversed(earlier):
        entry = uow.log.find(participant.id, previous.id, LogKind.REFLECTION)
        if entry is not None and entry.answers.get("task"):
            return entry.answers["task"]
    return None


def _line(uow: UnitOfWork, entry: LogEntry) -> LogLine:
    meeting = uow.meetings.get(entry.meeting_id) if entry.meeting_id else None
    return LogLine(
        entry_id=entry.id,
        kind=entry.kind,
        created_at=entry.created_at,
        answers=tuple(entry.answers.items()),
        shared=entry.shared_at is not None,
        meeting_starts_at=meeting.starts_at if meeting else None,
    )
