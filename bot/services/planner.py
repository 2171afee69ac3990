"""The planner: from each pair's program, agreement and history it keeps the pair's next
meeting and the prompts around it in the tables. A second pass at the same instant changes
nothing; a pair whose planning fails is logged and tried again at the next pass."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.cadence import next_target
from bot.domain.enums import MeetingStatus, RelationshipStatus
from bot.domain.slots import find_slot
from bot.domain.workdays import on_a_working_day_after, on_a_working_day_before
from bot.services.agreements import queue_reminder
from bot.services.closing import close_out, closing_due
from bot.services.home_refresh import refresh_members
from bot.services.prompts import prompt_key
from bot.services.rhythm import (
    COUNTED,
    anchor_zone,
    availability,
    closed_for,
    minutes_of,
    program_over,
    rhythm_of,
)
from storage.cards import PairFacts, ProgramFacts
from storage.db import Database
from storage.meetings import MeetingFacts, PairState
from storage.models import Meeting, Relationship
from storage.outbox import Queued
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

AHEAD = timedelta(days=2)  # a new meeting is at least this far off: time to prepare
LAPSE = timedelta(days=3)  # after the reminder, an unanswered meeting is behind the pair
PREP_AT_LEAST = timedelta(hours=12)  # closer than this to the start, no preparation prompt


@dataclass(frozen=True)
class PlanReport:
    pairs: int
    worked: int
    failed: int


class Planner:
    """Plans meetings for every running pair; the dispatcher sends what it queues."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def plan(self, *, now: datetime) -> PlanReport:
        """One pass over every running or paused pair; only pairs with work cost more. With
        several replicas on PostgreSQL, the one holding the planner's lock plans."""
        with self.db.exclusive("mentorbot-planner") as mine:
            if not mine:
                return PlanReport(0, 0, 0)
            return self._plan(now)

    def _plan(self, now: datetime) -> PlanReport:
        with self.db.unit_of_work() as uow:
            states = uow.meetings.pair_states()
        worked = failed = 0
        for state in states:
            if not needs_work(state, now):
                continue
            worked += 1
            try:
                self.plan_pair(relationship_id=state.relationship_id, now=now)
            except Exception:
                failed += 1
                log.exception(
                    "planning pair %s failed; tried again next pass", state.relationship_id
                )
        return PlanReport(len(states), worked, failed)

    def plan_pair(self, *, relationship_id: int, now: datetime) -> None:
        """Bring one pair up to date: resume a pause that is over, settle a meeting nobody
        answered for, plan the next one and queue its prompts; once the program is over, ask
        whether the pair goes on, or end it when it did not answer."""
        with self.db.unit_of_work() as uow:
            pair = uow.cards.pair(relationship_id)
            if pair is None:
                raise LookupError(f"no pair {relationship_id}")
            bring_up_to_date(uow, pair, now)
            closing = pair.closing_asked_at is not None or program_over(pair.program, now)
            if closing:  # the closing works on the pair as objects
                rel = uow.relationships.get(relationship_id)
                close_out(uow, rel, uow.programs.by_id(rel.program_id), now)


def bring_up_to_date(uow: UnitOfWork, pair: PairFacts, now: datetime) -> None:
    """The planner's work for one pair, inside the caller's unit of work. `pair` as
    `uow.cards.pair` reads it: its own columns as they are now (its meetings are read here,
    as this unit of work has changed them)."""
    status = pair.status
    if status == RelationshipStatus.PAUSED and _pause_over(pair, now):
        resumed = Relationship.resumed(status)
        uow.relationships.update(pair.id, **resumed)
        status = resumed["status"]
    if status != RelationshipStatus.ACTIVE or not pair.channel_id or pair.goes_on:
        return
    meetings = uow.meetings.history(pair.id)
    meeting = next((m for m in meetings if m.status == MeetingStatus.PLANNED), None)
    lapsed = timedelta(days=pair.program.reminder_days) + LAPSE
    if meeting is not None and now > meeting.ends_at + lapsed:
        uow.meetings.update(meeting, status=MeetingStatus.UNCONFIRMED, updated_at=now)
        meetings, meeting = uow.meetings.history(pair.id), None  # (rarely: read again)
    if meeting is None and not pair.rhythm_over:
        meeting = plan_next(uow, pair, meetings, now)
        if meeting is None:  # nothing left: later passes leave the pair be
            uow.relationships.update(pair.id, rhythm_over=True)
        else:
            queue_prompts(uow, pair, meeting, now)
    elif meeting is not None and meeting.prompted != meeting.sequence:
        queue_prompts(uow, pair, meeting, now)


def needs_work(state: PairState, now: datetime) -> bool:
    """Whether a pair has anything for the planner to do (decided without another query)."""
    if state.goes_on:  # after the program, by itself: the bot leaves it be
        return False
    if closing_due(state, now):
        return True
    if state.status == RelationshipStatus.PAUSED:
        today = now.astimezone(ZoneInfo(state.timezone)).date()
        return state.paused_until is not None and state.paused_until <= today
    if state.meeting_id is None:
        return not state.over
    if state.prompted != state.sequence:
        return True
    assert state.starts_at is not None and state.minutes is not None
    ends_at = state.starts_at + timedelta(minutes=state.minutes)
    return now > ends_at + timedelta(days=state.reminder_days) + LAPSE


def plan_next(
    uow: UnitOfWork, pair: PairFacts, meetings: list[MeetingFacts], now: datetime
) -> MeetingFacts | None:
    """The pair's next meeting by its rhythm, from the one before (`meetings`: all of the
    pair's, in order); None when the program has no room for another. It is stored as
    prompted: the caller queues its prompts in the same unit of work."""
    program = pair.program
    history = [m for m in meetings if m.status in COUNTED]
    if any(m.closing for m in history):
        return None
    zone = anchor_zone(pair)
    last = history[-1] if history else None
    previous = (last.held_at or last.starts_at).astimezone(ZoneInfo(zone)) if last else None
    target = next_target(
        rhythm_of(pair, program),
        number=len(history) + 1,
        previous=previous.date() if previous else None,
    )
    if target is None:
        return None
    slot = find_slot(
        target=target.day,
        people=availability(pair),
        minutes=minutes_of(uow, pair),
        anchor_tz=zone,
        closed=closed_for(program, target.day),
        earliest=now + AHEAD,
        usual=_usual_time(history, zone),
    )
    meeting = uow.meetings.plan(
        relationship_id=pair.id,
        seq=1 + max((m.seq for m in meetings), default=0),
        starts_at=slot.starts_at,
        duration_minutes=slot.minutes,
        closing=target.closing,
        fits=slot.fits,
        sequence=0,
        prompted=0,  # its first version's prompts (see above)
        created_at=now,
        updated_at=now,
    )
    if len(history) == 1:  # the second meeting: the agreement should be written by then
        queue_reminder(uow, pair, max(now, slot.starts_at - timedelta(days=3)), now)
    return meeting


def prep_due(
    program: ProgramFacts, meeting: Meeting | MeetingFacts, now: datetime
) -> datetime | None:
    """The preparation's time: the program's prep days before the meeting at the same wall
    clock, on a working day; planned too late for that, the first working moment from now;
    none when that leaves less than PREP_AT_LEAST before the meeting."""
    zone = ZoneInfo(program.timezone)
    before = meeting.starts_at.astimezone(zone) - timedelta(days=program.prep_days)
    closed = closed_for(program, before.date())
    prep = on_a_working_day_before(before, program.timezone, closed)
    if prep < now:
        prep = on_a_working_day_after(now, program.timezone, closed)
    return prep.astimezone(UTC) if meeting.starts_at - prep > PREP_AT_LEAST else None


def _usual_time(history: list[MeetingFacts], zone: str) -> time | None:
    """The wall-clock time, in the anchor zone, of the pair's last planned meeting: the next
    keeps it where it can, across daylight-saving changes too. A meeting noted with
    `/mentor met` starts when it was noted: its time is not one the pair chose."""
    planned = next((m for m in reversed(history) if m.starts_at > m.created_at), None)
    if planned is None:
        return None
    local = planned.starts_at.astimezone(ZoneInfo(zone))
    return time(local.hour, local.minute)


def queue_prompts(uow: UnitOfWork, pair: PairFacts, meeting: MeetingFacts, now: datetime) -> None:
    """The proposal and invite now, the preparation some days before, "did you meet?" after
    its end and one reminder; each once per version of the meeting."""
    program = pair.program
    due = {
        "proposal": now,
        "invite": now,
        "checkin": meeting.ends_at,
        "reminder": meeting.ends_at + timedelta(days=program.reminder_days),
    }
    prep = prep_due(program, meeting, now)
    if prep is not None:
        due["prep"] = prep
    payload = {"meeting": meeting.id, "sequence": meeting.sequence}
    prompts = [
        Queued(
            dedupe_key=prompt_key(meeting, kind),
            team_id=program.team_id,
            program_id=program.id,
            kind=f"meeting.{kind}",
            recipient=pair.channel_id or "-",
            payload=payload,
            due_at=at,
        )
        for kind, at in due.items()
    ]
    uow.outbox.add_many(prompts, now)
    if meeting.prompted != meeting.sequence:  # (a meeting just planned is stored as prompted)
        uow.meetings.update(meeting, prompted=meeting.sequence)
    refresh_members(uow, pair, now)  # the Home tabs show the meeting as it now is


def _pause_over(pair: PairFacts, now: datetime) -> bool:
    today = now.astimezone(ZoneInfo(pair.program.timezone)).date()
    return pair.paused_until is not None and pair.paused_until <= today
