"""A member of a pair who leaves the pair's channel: asked privately whether they meant to
leave the program; they can come back with one click. Slack retries an event it thinks we
missed: each event id has one effect."""

from __future__ import annotations

from datetime import datetime

from bot.domain.enums import RelationshipStatus
from bot.domain.errors import DomainError, SlackError
from bot.ports import SlackGateway
from bot.services.pairs import my_pair, user_ids
from storage.db import Conflict, Database

_OPEN = (RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED)


class ChannelMembers:
    """Who is in a pair's channel."""

    def __init__(self, db: Database, slack: SlackGateway) -> None:
        self.db = db
        self.slack = slack

    def left(
        self, *, team_id: str, user_id: str, channel_id: str, event_id: str, now: datetime
    ) -> int | None:
        """The pair whose member left its channel, the first time this event is seen; None
        for anyone else, any other channel, or a retried event."""
        try:
            with self.db.unit_of_work() as uow:
                if event_id and not uow.events.first_time(event_id, now):
                    return None
                rel = uow.relationships.by_channel(channel_id)
                if rel is None or rel.status not in _OPEN:
                    return None
                if user_id not in user_ids(uow, rel).values():
                    return None
                return rel.id
        except Conflict:  # the same event delivered twice at once
            return None

    def come_back(self, *, team_id: str, user_id: str, relationship_id: int) -> str:
        """Invite the person back into their pair's channel."""
        with self.db.unit_of_work() as uow:
            rel = my_pair(uow, team_id, user_id, relationship_id=relationship_id, statuses=_OPEN)
            channel = rel.channel_id or ""
        try:
            self.slack.invite(channel, user_id)
        except SlackError as error:
            raise DomainError("rejoin.error.slack", code=error.code) from error
        return channel
