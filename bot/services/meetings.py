"""What the members of a pair do with their meetings: see the next one, confirm it, say
whether they met, skip one, move one (the partner agrees), note one held outside the plan.
Every use case checks that the person belongs to the pair."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.domain import refs
from bot.domain.enums import MeetingStatus, RelationshipStatus
from bot.domain.errors import DomainError
from bot.domain.programs import MEETING_MINUTES, parse_date
from bot.domain.slots import outside_hours
from bot.domain.when import Understood, resolve, understand
from bot.records import MeetingCard, MoveDraft
from bot.services.deliveries import notice_payload, queue_notice
from bot.services.home_refresh import refresh_pair
from bot.services.pairs import is_member, my_pair, user_ids
from bot.services.people import People
from bot.services.planner import bring_up_to_date
from bot.services.prompts import cancel_prompts
from bot.services.rhythm import availability, card, cards, closed_for, facts_of, program_end
from storage.cards import PairFacts
from storage.db import Database
from storage.meetings import MeetingFacts
from storage.models import Meeting, Person, Relationship
from storage.uow import UnitOfWork

YES, NO = "yes", "no"


class NotUnderstood(DomainError):
    """A new time that could not be read, or only in part (`reading` says which part)."""

    def __init__(self, text: str, reading: Understood) -> None:
        params: dict[str, object] = {"text": refs.said(text[:100])}
        if reading.day is not None:
            params["day"] = refs.day(reading.day)
        if reading.start is not None:
            params["time"] = f"{reading.start:%H:%M}"
        key = "move.error.partly" if len(params) > 1 else "move.error.not_understood"
        if len(params) > 1:
            params["rest"] = refs.said(reading.leftover[:100] or text[:100])
        super().__init__(key, **params)
        self.reading = reading


class Meetings:
    """The meetings of the pairs a person belongs to."""

    def __init__(self, db: Database, people: People) -> None:
        self.db = db
        self.people = people

    def next(self, *, team_id: str, user_id: str, channel_id: str, now: datetime) -> MeetingCard:
        """The person's next planned meeting."""
        with self.db.unit_of_work() as uow:
            meeting, _ = self._planned(uow, team_id, user_id, channel_id)
            return card(uow, self.people, meeting, now=now)

    def pressed(self, *, team_id: str, user_id: str, meeting: str, now: datetime) -> MeetingCard:
        """The meeting a button was about, while it is still the one planned."""
        with self.db.unit_of_work() as uow:
            found, _ = self._version(uow, team_id, user_id, meeting)
            return card(uow, self.people, found, now=now)

    def confirm(self, *, team_id: str, user_id: str, meeting: str, now: datetime) -> MeetingCard:
        """One of the pair confirms the proposed time."""
        with self.db.unit_of_work() as uow:
            found, rel = self._version(uow, team_id, user_id, meeting)
            found.confirmed_at = found.confirmed_at or now
            refresh_pair(uow, rel, now)
            return card(uow, self.people, found, now=now)

    def skip(
        self, *, team_id: str, user_id: str, channel_id: str, meeting: str | None, now: datetime
    ) -> MeetingCard:
        """Skip the planned meeting; the next one follows the rhythm from its date."""
        with self.db.unit_of_work() as uow:
            if meeting:
                found, rel = self._version(uow, team_id, user_id, meeting)
            else:
                found, rel = self._planned(uow, team_id, user_id, channel_id)
            shown = card(uow, self.people, found, now=now)
            self._settle(uow, found, facts_of(uow, rel.id), MeetingStatus.SKIPPED, now)
            day = refs.day(found.starts_at.astimezone(ZoneInfo(shown.tz)).date())
            tell_pair(
                uow,
                shown,
                f"skip:{found.id}",
                "skip.posted",
                user=refs.user(user_id),
                day=day,
                now=now,
            )
            return shown

    def checkin(
        self, *, team_id: str, user_id: str, meeting: str, answer: str, now: datetime
    ) -> MeetingCard:
        """The answer to "did you meet?": held, or not held (the next one is planned)."""
        with self.db.unit_of_work() as uow:
            found, pair = self._answered(uow, team_id, user_id, meeting)
            if answer == YES:
                status, held_at = MeetingStatus.HELD, found.starts_at
            elif answer == NO:
                status, held_at = MeetingStatus.SKIPPED, None
            else:
                raise DomainError("meeting.error.gone")
            after = self._settle(uow, found, pair, status, now, held_at)
            settled = replace(found, status=status, held_at=held_at)
            return cards(uow, self.people, [settled], now=now, pairs={pair.id: after})[0]

    def met(self, *, team_id: str, user_id: str, channel_id: str, now: datetime) -> MeetingCard:
        """A meeting held outside the plan, today; the planned one stays as it is."""
        with self.db.unit_of_work() as uow:
            rel = my_pair(uow, team_id, user_id, channel_id=channel_id)
            program = uow.programs.by_id(rel.program_id)
            held = uow.meetings.add(
                Meeting(
                    relationship_id=rel.id,
                    seq=uow.meetings.next_seq(rel.id),
                    starts_at=now,
                    duration_minutes=program.meeting_minutes,
                    status=MeetingStatus.HELD,
                    held_at=now,
                    prompted=0,
                    created_at=now,
                    updated_at=now,
                )
            )
            return card(uow, self.people, held, now=now)

    def understand(
        self,
        *,
        team_id: str,
        user_id: str,
        meeting: str,
        starts_at: datetime,
        minutes: int | None,
        now: datetime,
    ) -> MoveDraft:
        """Check a new time for the meeting: not in the past, and whose hours it leaves."""
        with self.db.unit_of_work() as uow:
            found, rel = self._version(uow, team_id, user_id, meeting)
            if starts_at <= now:
                raise DomainError("move.error.past")
            pair = facts_of(uow, rel.id)
            closed = closed_for(pair.program, starts_at.date())
            users = [user_ids(uow, rel)[m.role] for m in sorted(rel.members, key=lambda m: m.role)]
            outside = tuple(
                users[index]
                for index in outside_hours(starts_at, availability(pair), closed=closed)
            )
            shown = cards(uow, self.people, [found], now=now, pairs={pair.id: pair})[0]
            return MoveDraft(shown, starts_at, minutes or found.duration_minutes, outside)

    def read_move(
        self,
        *,
        team_id: str,
        user_id: str,
        channel_id: str,
        text: str,
        languages: tuple[str, ...],
        now: datetime,
    ) -> MoveDraft:
        """`/mentor reschedule <when>`: the new time as the person wrote it, in their zone,
        checked; nothing moves yet. A text read only in part says what was understood."""
        with self.db.unit_of_work() as uow:
            meeting, _ = self._planned(uow, team_id, user_id, channel_id)
            zone = ZoneInfo(_zone_of(uow.people.get(team_id, user_id)))
            version = f"{meeting.id}:{meeting.sequence}"
            keep = meeting.starts_at.astimezone(zone)
        reading = understand(text, languages=languages, now=now.astimezone(zone))
        instant = resolve(reading, now=now.astimezone(zone), keep=keep)
        if instant is None or reading.leftover:
            raise NotUnderstood(text, reading)
        minutes = None
        if reading.start and reading.end:
            start = datetime.combine(instant.date(), reading.start)
            end = datetime.combine(instant.date(), reading.end)
            minutes = int((end - start).total_seconds() // 60)
        return self.understand(
            team_id=team_id,
            user_id=user_id,
            meeting=version,
            starts_at=instant.astimezone(UTC),
            minutes=minutes,
            now=now,
        )

    def pause(
        self,
        *,
        team_id: str,
        user_id: str,
        channel_id: str,
        until: str,
        languages: tuple[str, ...],
        now: datetime,
    ) -> date | None:
        """No meetings for a while: the planned one is called off; with a date (`until`, as
        typed: "until 1 March", "indtil 1. marts"), the rhythm starts again by itself then."""
        with self.db.unit_of_work() as uow:
            zone = ZoneInfo(_zone_of(uow.people.get(team_id, user_id)))
        day = _pause_day(until, languages, now.astimezone(zone))
        return self._pause(
            team_id=team_id, user_id=user_id, channel_id=channel_id, until=day, now=now
        )

    def _pause(
        self, *, team_id: str, user_id: str, channel_id: str, until: date | None, now: datetime
    ) -> date | None:
        with self.db.unit_of_work() as uow:
            rel = my_pair(uow, team_id, user_id, channel_id=channel_id, statuses=_RUNNING)
            program = uow.programs.by_id(rel.program_id)
            today = now.astimezone(ZoneInfo(program.timezone)).date()
            if rel.status == RelationshipStatus.PAUSED:
                raise DomainError("pause.error.already")
            if until is not None and until <= today:
                raise DomainError("pause.error.past")
            if until is not None and until > program_end(program):
                raise DomainError("pause.error.after_end", end=refs.day(program_end(program)))
            planned = uow.meetings.planned_of(rel.id)
            if planned is not None:
                shown = card(uow, self.people, planned, now=now)
                planned.status, planned.updated_at = MeetingStatus.CANCELLED, now
                cancel_prompts(uow, planned)
                key = "pause.posted_until" if until else "pause.posted"
                extra = {"day": refs.day(until)} if until else {}
                tell_pair(
                    uow,
                    shown,
                    f"pause:{planned.id}",
                    key,
                    user=refs.user(user_id),
                    now=now,
                    **extra,
                )
            rel.pause(until, now)
            refresh_pair(uow, rel, now)
            return until

    def resume(
        self, *, team_id: str, user_id: str, channel_id: str, now: datetime
    ) -> MeetingCard | None:
        """Meetings again: the next one is planned from today, in the pair's rhythm."""
        with self.db.unit_of_work() as uow:
            rel = my_pair(uow, team_id, user_id, channel_id=channel_id, statuses=_RUNNING)
            if rel.status != RelationshipStatus.PAUSED:
                raise DomainError("resume.error.not_paused")
            rel.resume(now)
            bring_up_to_date(uow, facts_of(uow, rel.id), now)
            refresh_pair(uow, rel, now)
            planned = uow.meetings.planned_of(rel.id)
            return card(uow, self.people, planned, now=now) if planned else None

    def propose_move(
        self,
        *,
        team_id: str,
        user_id: str,
        meeting: str,
        starts_at: datetime,
        minutes: int,
        now: datetime,
    ) -> MeetingCard:
        """Ask the partner to move the meeting to a new time."""
        if starts_at <= now:
            raise DomainError("move.error.past")
        if not MEETING_MINUTES[0] <= minutes <= MEETING_MINUTES[1]:
            raise DomainError("program.error.meeting_minutes")
        with self.db.unit_of_work() as uow:
            found, _ = self._version(uow, team_id, user_id, meeting)
            person = uow.people.get(team_id, user_id)
            found.proposed_starts_at, found.proposed_minutes = starts_at, minutes
            found.proposed_by_id = person.id if person else None
            found.updated_at = now
            return card(uow, self.people, found, now=now)

    def accept_move(
        self, *, team_id: str, user_id: str, meeting: str, now: datetime
    ) -> MeetingCard:
        """The partner agrees: the meeting moves, its prompts and invite follow."""
        with self.db.unit_of_work() as uow:
            found, _ = self._version(uow, team_id, user_id, meeting)
            person = uow.people.get(team_id, user_id)
            if found.proposed_starts_at is None or found.proposed_minutes is None:
                raise DomainError("move.error.nothing_asked")
            asked = meeting.split(":")[2:3]  # the time the button was posted for
            if asked and asked[0] != str(int(found.proposed_starts_at.timestamp())):
                raise DomainError("meeting.error.moved")
            if person is not None and found.proposed_by_id == person.id:
                raise DomainError("move.error.own_proposal")
            if found.proposed_starts_at <= now:
                raise DomainError("move.error.past")
            move(uow, found, found.proposed_starts_at, found.proposed_minutes, now)
            return card(uow, self.people, found, now=now)

    def _planned(
        self, uow: UnitOfWork, team_id: str, user_id: str, channel_id: str
    ) -> tuple[Meeting, Relationship]:
        rel = my_pair(uow, team_id, user_id, channel_id=channel_id, statuses=_RUNNING)
        if rel.status == RelationshipStatus.PAUSED:
            raise DomainError("meeting.error.paused")
        found = uow.meetings.planned_of(rel.id)
        if found is None:
            raise DomainError("meeting.error.none_planned")
        return found, rel

    def _version(
        self, uow: UnitOfWork, team_id: str, user_id: str, meeting: str
    ) -> tuple[Meeting, Relationship]:
        """The meeting a button was about, as long as it has not moved or been answered since,
        and its pair."""
        meeting_id, sequence = _version_of(meeting)
        found = uow.meetings.find(meeting_id, lock=True)
        if found is None:
            raise DomainError("meeting.error.gone")
        rel = my_pair(
            uow, team_id, user_id, relationship_id=found.relationship_id, statuses=_RUNNING
        )
        _still(found, sequence)
        return found, rel

    def _answered(
        self, uow: UnitOfWork, team_id: str, user_id: str, meeting: str
    ) -> tuple[MeetingFacts, PairFacts]:
        """As `_version`, with the meeting and its pair read as plain rows: what answering a
        meeting needs."""
        meeting_id, sequence = _version_of(meeting)
        found = uow.meetings.row(meeting_id, lock=True)
        if found is None:
            raise DomainError("meeting.error.gone")
        pair = uow.cards.pair(found.relationship_id)
        if pair is None or pair.status not in _RUNNING or not is_member(pair, team_id, user_id):
            raise DomainError("pair.error.not_member")
        _still(found, sequence)
        return found, pair

    def _settle(
        self,
        uow: UnitOfWork,
        meeting: Meeting | MeetingFacts,
        pair: PairFacts,
        status: str,
        now: datetime,
        held_at: datetime | None = None,
    ) -> PairFacts:
        """The meeting settled and the next one planned; the pair as the meeting's card shows
        it now (what the card reads of it changed only by the meeting settled)."""
        held = {"held_at": held_at} if held_at is not None else {}
        uow.meetings.update(meeting, status=status, updated_at=now, **held)
        cancel_prompts(uow, meeting)
        bring_up_to_date(uow, pair, now)
        return replace(pair, settled=[*pair.settled, (status, meeting.starts_at)])


_RUNNING = (RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED)


def _version_of(meeting: str) -> tuple[int, int]:
    """The meeting's id and sequence from a button's value ("id:sequence[:...]")."""
    ids = refs.whole_numbers(":".join(meeting.split(":")[:2]), 2)
    if ids is None:
        raise DomainError("meeting.error.gone")
    return ids[0], ids[1]


def _still(found: Meeting | MeetingFacts, sequence: int) -> None:
    """Refuse a meeting that was answered, or moved since the button was posted."""
    if found.status != MeetingStatus.PLANNED:
        raise DomainError("meeting.error.answered")
    if found.sequence != sequence:
        raise DomainError("meeting.error.moved")


def tell_pair(
    uow: UnitOfWork, meeting: MeetingCard, key: str, text: str, *, now: datetime, **params: object
) -> None:
    """A notice in the pair's channel, in the pair's language, sent once (after the commit)."""
    rel = uow.relationships.get(meeting.relationship_id)
    program = uow.programs.by_id(rel.program_id)
    queue_notice(
        uow,
        dedupe_key=f"pair-notice:{key}",
        team_id=program.team_id,
        program_id=program.id,
        recipient=meeting.channel_id,
        payload={**notice_payload(text, **params), "language": meeting.language},
        now=now,
    )


def move(
    uow: UnitOfWork, meeting: Meeting, starts_at: datetime, minutes: int, now: datetime
) -> None:
    """The meeting at its new time, as a new version: the old prompts are not sent, the new
    ones (with an updated calendar invite) are queued."""
    cancel_prompts(uow, meeting)
    pair = facts_of(uow, meeting.relationship_id)  # what the move changes is not read in it
    closed = closed_for(pair.program, starts_at.date())
    meeting.starts_at, meeting.duration_minutes = starts_at, minutes
    meeting.fits = not outside_hours(starts_at, availability(pair), closed=closed)
    meeting.sequence += 1
    meeting.confirmed_at = now
    meeting.proposed_starts_at = meeting.proposed_minutes = meeting.proposed_by_id = None
    meeting.updated_at = now
    bring_up_to_date(uow, pair, now)


UNTIL = ("until", "indtil", "til", "till", "tills", "fram")


def _pause_day(text: str, languages: tuple[str, ...], now: datetime) -> date | None:
    """The day a pause ends, from what was typed; None for a pause until someone resumes."""
    words = text.split()
    if not words:
        return None
    rest = " ".join(words[1:] if words[0].lower() in UNTIL else words)
    reading = understand(rest, languages=languages, now=now)
    day = (reading.day if not reading.leftover else None) or parse_date(rest)  # an ISO date
    if day is None:
        raise DomainError("pause.error.date", text=refs.said(rest[:60]))
    return day


def _zone_of(person: Person | None) -> str:
    return (person.tz if person and person.tz else None) or "UTC"
