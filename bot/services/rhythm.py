"""A pair's rhythm as the planner and the meeting use cases see it: the days it follows,
the people's hours, the closed days, and a meeting as its prompts show it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.domain.agreement import AgreementDraft
from bot.domain.cadence import Rhythm, last_day, meeting_minutes, phase
from bot.domain.enums import MeetingStatus, Role
from bot.domain.slots import Availability
from bot.domain.workdays import closed_days, years_between
from bot.records import MeetingCard
from bot.services.pairs import common_language
from bot.services.people import People
from storage.cards import PairFacts, ProgramFacts
from storage.meetings import MeetingFacts
from storage.models import Meeting, Program, Relationship
from storage.uow import UnitOfWork

COUNTED = (MeetingStatus.HELD, MeetingStatus.SKIPPED, MeetingStatus.UNCONFIRMED)


def program_end(program: Program | ProgramFacts) -> date:
    """The program's last day."""
    return last_day(program.starts_on, program.months)


def rhythm_of(rel: Relationship | PairFacts, program: Program | ProgramFacts) -> Rhythm:
    launched = (
        rel.launched_at.astimezone(ZoneInfo(program.timezone)).date()
        if rel.launched_at
        else program.starts_on
    )
    return Rhythm(
        shape=program.shape,
        launched_on=max(launched, program.starts_on),
        ends_on=program_end(program),
        every_weeks=rel.cadence_weeks or None,
    )


def minutes_of(uow: UnitOfWork, pair: PairFacts) -> int:
    """The meeting length: the confirmed agreement's, else the program's."""
    content = uow.agreements.confirmed_content(pair.id)
    agreed = AgreementDraft.from_content(content).minutes if content is not None else None
    program = pair.program
    return meeting_minutes(
        program.shape, agreement_minutes=agreed, program_minutes=program.meeting_minutes
    )


# Whose zone a pair's meetings keep their wall-clock time in.
ANCHOR = Role.MENTEE


def anchor_zone(pair: PairFacts) -> str:
    """The zone a pair's meetings keep their wall-clock time in: the mentee's."""
    return _zones(pair)[ANCHOR]


def availability(pair: PairFacts) -> list[Availability]:
    """Each member's zone and the days and time of day they gave at sign-up."""
    zones = _zones(pair)
    return [
        Availability(
            tz=zones[member.role],
            weekdays=frozenset(day for day in member.weekdays.split(",") if day),
            time_of_day=member.time_of_day,
        )
        for member in sorted(pair.members, key=lambda m: m.role)
    ]


def closed_for(program: Program | ProgramFacts, around: date) -> frozenset[date]:
    """The program country's holidays and its own days off, for the months around a day."""
    extra = [date.fromisoformat(day) for day in program.days_off or []]
    years = years_between(around - timedelta(days=40), around + timedelta(days=60))
    return closed_days(program.country, years, extra)


def program_over(program: Program | ProgramFacts, now: datetime) -> bool:
    """Whether the program's last day is behind it, in its own zone."""
    return now.astimezone(ZoneInfo(program.timezone)).date() > program_end(program)


def facts_of(uow: UnitOfWork, relationship_id: int) -> PairFacts:
    """A stored pair the use case holds (as an object, or by one of its meetings), as
    `uow.cards.pair` reads it (after what the unit of work changed)."""
    pair = uow.cards.pair(relationship_id)
    assert pair is not None, "a pair held is stored, with its members"
    return pair


def card(uow: UnitOfWork, people: People, meeting: Meeting, *, now: datetime) -> MeetingCard:
    """The meeting with what its prompts say about the pair."""
    return cards(uow, people, [meeting], now=now)[0]


def cards(
    uow: UnitOfWork,
    people: People,
    meetings: Sequence[Meeting | MeetingFacts],
    *,
    now: datetime,
    pairs: dict[int, PairFacts] | None = None,
) -> list[MeetingCard]:
    """Many meetings' cards at once (stored meetings, or their plain rows): a handful of
    queries however many pairs they are of; `pairs` as `uow.cards.pairs` reads them, when the
    caller has read them already."""
    if pairs is None:
        pairs = uow.cards.pairs({meeting.relationship_id for meeting in meetings})
    proposers = uow.people.by_ids({m.proposed_by_id for m in meetings if m.proposed_by_id})
    shown = []
    for meeting in meetings:
        pair = pairs[meeting.relationship_id]
        proposer = proposers.get(meeting.proposed_by_id) if meeting.proposed_by_id else None
        members = [(member.language, member.locale) for member in pair.members]
        shown.append(
            _card(
                meeting,
                pair,
                proposed_by=proposer.user_id if proposer else None,
                language=common_language(people, members, pair.program.language),
            )
        )
    return shown


def _card(
    meeting: Meeting | MeetingFacts,
    pair: PairFacts,
    *,
    proposed_by: str | None,
    language: str,
) -> MeetingCard:
    program = pair.program
    users = {member.role: member.user_id for member in pair.members}
    zone = anchor_zone(pair)
    held = sum(1 for status, _ in pair.settled if status == MeetingStatus.HELD)
    today = meeting.starts_at.astimezone(ZoneInfo(zone)).date()
    return MeetingCard(
        meeting_id=meeting.id,
        sequence=meeting.sequence,
        relationship_id=pair.id,
        channel_id=pair.channel_id or "",
        number=1 + sum(1 for _, starts_at in pair.settled if starts_at < meeting.starts_at),
        starts_at=meeting.starts_at,
        minutes=meeting.duration_minutes,
        status=meeting.status,
        closing=meeting.closing,
        fits=meeting.fits,
        confirmed=meeting.confirmed_at is not None,
        mentor=users[Role.MENTOR],
        mentee=users[Role.MENTEE],
        language=language,
        tz=zone,
        phase=phase(
            rhythm_of(pair, program),
            today,
            agreement_confirmed=pair.agreement_confirmed,
            second_meeting_held=held >= 2,
        ),
        shape=program.shape,
        program_name=program.name,
        prep_days=program.prep_days,
        proposed_starts_at=meeting.proposed_starts_at,
        proposed_minutes=meeting.proposed_minutes,
        proposed_by=proposed_by,
    )


def zone_of(signed_up: str | None, slack: str | None, program: str) -> str:
    """A member's zone: the one given at sign-up, else their Slack profile's, else the
    program's."""
    return signed_up or slack or program


def _zones(pair: PairFacts) -> dict[str, str]:
    zone = pair.program.timezone
    return {m.role: zone_of(m.timezone, m.tz, zone) for m in pair.members}
