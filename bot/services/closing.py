"""The closing of a pair when its program ends. The day after the program's last day the pair
is asked whether it goes on by itself (the end does not force it to stop). If it does, the
channel stays its own and the bot leaves it be; "we're done", or no answer within the
program's grace days, ends the pair with a kind last message and archives the channel. The
coordinator sees only how many pairs answered what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain.enums import RelationshipStatus
from bot.domain.errors import DomainError
from bot.ports import SlackGateway
from bot.records import ClosingAnswer, ClosingAsk, ClosingCounts
from bot.services.deliveries import Step
from bot.services.ending import PROGRAM_ENDED, queue_farewell
from bot.services.home_refresh import refresh_pair
from bot.services.pairs import call_off_planned, end_pair, my_pair, pair_language
from bot.services.people import People
from bot.services.rhythm import program_end
from storage.db import Database
from storage.meetings import PairState
from storage.models import OutboxMessage, Program, Relationship
from storage.uow import UnitOfWork

QUESTION = "pair.closing_question"
MORNING = time(9)  # the question comes in the morning of the day after the last day
OPEN = (RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED)

# Draws the question: what it asks about -> (notification text, blocks)
QuestionRenderer = Callable[[ClosingAsk], tuple[str, list[dict[str, Any]]]]


class Closing:
    """The pair's answer to the closing question."""

    def __init__(self, db: Database, people: People) -> None:
        self.db = db
        self.people = people

    def answer(
        self, *, team_id: str, user_id: str, relationship_id: int, goes_on: bool, now: datetime
    ) -> ClosingAnswer:
        """Either member answers for the pair: it goes on by itself, or it ends now."""
        with self.db.unit_of_work() as uow:
            rel = my_pair(uow, team_id, user_id, relationship_id=relationship_id, statuses=OPEN)
            if rel.closing_asked_at is None:
                raise DomainError("closing.error.not_over")
            if rel.goes_on:
                raise DomainError("closing.error.answered")
            if goes_on:
                rel.go_on(now)
                call_off_planned(uow, rel, now)
                refresh_pair(uow, rel, now)
            else:
                finish(uow, rel, uow.programs.by_id(rel.program_id), now)
            return ClosingAnswer(
                relationship_id=rel.id,
                user_id=user_id,
                goes_on=goes_on,
                language=pair_language(uow, self.people, rel),
            )


def closing_due(state: PairState, now: datetime) -> bool:
    """Whether the program's end has work for the planner in this pair (no query needed): the
    question once the last day is over, the ending once the grace days passed unanswered."""
    if state.goes_on:
        return False
    if state.asked_at is None:
        return now.astimezone(ZoneInfo(state.timezone)).date() > state.ends_on
    return now >= state.asked_at + timedelta(days=state.grace_days)


def close_out(uow: UnitOfWork, rel: Relationship, program: Program, now: datetime) -> None:
    """The planner's part of the closing, inside its unit of work for the pair."""
    if rel.status not in OPEN or rel.goes_on:
        return
    if rel.closing_asked_at is None:
        zone = ZoneInfo(program.timezone)
        today = now.astimezone(zone).date()
        if today > program_end(program):
            rel.closing_asked_at = max(now, datetime.combine(today, MORNING, zone))
            _ask(uow, rel, program, rel.closing_asked_at, now)
    elif now >= rel.closing_asked_at + timedelta(days=program.grace_days):
        finish(uow, rel, program, now)


def finish(uow: UnitOfWork, rel: Relationship, program: Program, now: datetime) -> None:
    """The pair ends with the program: a kind last message, then the channel is archived."""
    end_pair(uow, rel, now)
    rel.end_reason = PROGRAM_ENDED
    queue_farewell(uow, rel, program, now)


def closing_counts(uow: UnitOfWork, program: Program, now: datetime) -> ClosingCounts | None:
    """Once the program is over: how many pairs go on, finished with it, or have not answered."""
    if now.astimezone(ZoneInfo(program.timezone)).date() <= program_end(program):
        return None
    going_on = finished = waiting = 0
    for status, goes_on, reason, count in uow.relationships.outcomes(program.id):
        if status in OPEN and goes_on:
            going_on += count
        elif status in OPEN:
            waiting += count
        elif reason == PROGRAM_ENDED:
            finished += count
    return ClosingCounts(going_on=going_on, finished=finished, waiting=waiting)


def _ask(
    uow: UnitOfWork, rel: Relationship, program: Program, due: datetime, now: datetime
) -> None:
    uow.outbox.add(
        dedupe_key=f"{QUESTION}:{rel.id}",
        team_id=program.team_id,
        program_id=program.id,
        kind=QUESTION,
        recipient=rel.channel_id or "-",
        payload={"relationship": rel.id},
        due_at=due,
        now=now,
    )


class ClosingQuestion(Step):
    """The question in the pair's channel; the grace days count from when it was posted."""

    kind = QUESTION
    lane = "chat.postMessage"

    def __init__(self, db: Database, people: People, render: QuestionRenderer) -> None:
        self.db = db
        self.people = people
        self.render = render

    def prepare(
        self, message: OutboxMessage, now: datetime
    ) -> tuple[str, str, list[dict[str, Any]]] | None:
        with self.db.reading() as uow:
            rel = uow.relationships.find(message.payload["relationship"])
            if rel is None or rel.status not in OPEN or rel.goes_on or not rel.channel_id:
                return None
            program = uow.programs.by_id(rel.program_id)
            ask = ClosingAsk(
                relationship_id=rel.id,
                program_name=program.name,
                grace_days=program.grace_days,
                language=pair_language(uow, self.people, rel),
            )
            return (rel.channel_id, *self.render(ask))

    def send(
        self, slack: SlackGateway, prepared: tuple[str, str, list[dict[str, Any]]] | None
    ) -> dict[str, Any]:
        if prepared is None:
            return {"skipped": "the pair ended or answered in the meantime"}
        channel, text, blocks = prepared
        return {"channel": channel, "ts": slack.post_message(channel, text, blocks)}

    def after(
        self, uow: UnitOfWork, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        if "ts" in result:
            uow.relationships.get(message.payload["relationship"]).closing_asked_at = now
