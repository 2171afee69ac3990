"""Pair health for the coordinator: whether the pairs keep meeting. Counts and names only;
what the pairs say, write or reflect never enters it."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from bot.domain.cadence import add_months
from bot.domain.enums import MeetingStatus, RelationshipStatus, Role
from bot.records import PairHealth, SurveyLine
from bot.services.pairs import user_ids
from storage.models import Meeting, Program, Relationship, Survey
from storage.uow import UnitOfWork

GRACE = timedelta(days=14)  # beyond the pair's usual gap before a quiet pair is shown
EARLY_GAP, LATER_GAP = timedelta(days=21), timedelta(days=38)


def pair_health(uow: UnitOfWork, program: Program, now: datetime) -> PairHealth:
    """Meetings held against those due, over every pair launched (pairs that ended or go on
    by themselves count for what they did); quiet pairs and pairs that never confirmed a
    meeting among those the bot still keeps the rhythm for."""
    launched = [rel for rel in uow.relationships.of_program(program.id) if rel.launched_at]
    by_pair: dict[int, list[Meeting]] = defaultdict(list)
    for meeting in uow.meetings.of_relationships([rel.id for rel in launched]):
        by_pair[meeting.relationship_id].append(meeting)
    held = due = 0
    silent, unconfirmed = [], []
    for rel in launched:
        meetings = by_pair[rel.id]
        done = [m for m in meetings if m.status == MeetingStatus.HELD]
        held += len(done)
        due += sum(
            1 for m in meetings if m.status != MeetingStatus.CANCELLED and m.starts_at <= now
        )
        if rel.status != RelationshipStatus.ACTIVE or rel.goes_on:  # not ours to watch
            continue
        users = user_ids(uow, rel)
        names = (users[Role.MENTOR], users[Role.MENTEE])
        if not done and not any(m.confirmed_at for m in meetings):
            unconfirmed.append(names)
        last = done[-1].starts_at if done else rel.launched_at
        if last is not None and now - last > _gap(rel, last) + GRACE:
            silent.append(names)
    return PairHealth(held, due, tuple(silent), tuple(unconfirmed))


def _gap(rel: Relationship, since: datetime) -> timedelta:
    if rel.cadence_weeks:
        return timedelta(weeks=rel.cadence_weeks)
    launched = rel.launched_at or since
    early = since.date() < add_months(launched.date(), 3)
    return EARLY_GAP if early else LATER_GAP


def survey_lines(uow: UnitOfWork, program: Program) -> tuple[SurveyLine, ...]:
    """The program's surveys, oldest first: how many were asked and answered, never who."""
    return tuple(survey_line(uow, survey) for survey in uow.surveys.of_program(program.id))


def survey_line(uow: UnitOfWork, survey: Survey) -> SurveyLine:
    invited, answered = uow.surveys.counts(survey.id)
    return SurveyLine(
        survey_id=survey.id,
        kind=survey.kind,
        open=survey.closed_at is None,
        closes_at=survey.closes_at,
        invited=invited,
        answered=answered,
    )
