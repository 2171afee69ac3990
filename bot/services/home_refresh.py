"""Keeping Home tabs fresh: after a change to a pair, the Home tab of each member who has
opened theirs, and the dashboard of each coordinator who has, is drawn anew through the
outbox (`HomeRefresh` in services/home.py draws it, views.publish sends it). Nobody is
drawn a tab they never opened."""

from __future__ import annotations

import uuid
from datetime import datetime

from storage.cards import PairFacts
from storage.models import Relationship
from storage.outbox import Queued
from storage.uow import UnitOfWork

HOME_REFRESH = "home.refresh"


def refresh_pair(uow: UnitOfWork, rel: Relationship, now: datetime) -> None:
    """Both members' Home tabs, and the dashboards of the coordinators who have opened
    theirs, show the pair as it is after this unit of work. A refresh still waiting covers
    this change too: it is drawn when it is sent."""
    members = [m.participant.person for m in rel.members]
    team_id = members[0].team_id if members else ""
    _refresh(uow, team_id, [person.user_id for person in members if person.home_opened_at], now)


def refresh_members(uow: UnitOfWork, pair: PairFacts, now: datetime) -> None:
    """As `refresh_pair`, for a pair read as plain rows."""
    team_id = pair.members[0].team_id if pair.members else ""
    _refresh(uow, team_id, [m.user_id for m in pair.members if m.home_opened_at], now)


def _refresh(uow: UnitOfWork, team_id: str, users: list[str], now: datetime) -> None:
    users += [user for user in uow.people.watching_boards(team_id) if user not in users]
    if not users:
        return
    waiting = uow.outbox.waiting(HOME_REFRESH, set(users))
    uow.outbox.add_many(
        [
            Queued(
                dedupe_key=f"home:{team_id}:{user}:{uuid.uuid4().hex}",
                team_id=team_id,
                kind=HOME_REFRESH,
                recipient=user,
                payload={},
                due_at=now,
                max_attempts=3,
            )
            for user in users
            if user not in waiting
        ],
        now,
    )
