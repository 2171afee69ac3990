"""Keeping Home tabs fresh: after a change to a pair, the Home tab of each member who has
opened theirs is drawn anew, through the outbox (`Home` draws it, views.publish sends it).
People who never opened the tab cost nothing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from storage.models import Person, Relationship
from storage.uow import UnitOfWork

HOME_REFRESH = "home.refresh"


def refresh_pair(uow: UnitOfWork, rel: Relationship, now: datetime) -> None:
    """Both members' Home tabs show the pair as it is after this unit of work."""
    refresh_people(uow, (member.participant.person for member in rel.members), now)


def refresh_people(uow: UnitOfWork, people: Iterable[Person], now: datetime) -> None:
    for person in people:
        if person.home_opened_at is None:
            continue
        uow.outbox.add(
            # one per change: each is drawn when sent, so a later one shows the latest state
            dedupe_key=f"home:{person.team_id}:{person.user_id}:{now.isoformat()}",
            team_id=person.team_id,
            kind=HOME_REFRESH,
            recipient=person.user_id,
            payload={},
            due_at=now,
            now=now,
            max_attempts=3,
        )
