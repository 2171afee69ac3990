"""Telling the coordinators that a message could not be delivered, through the outbox too."""

from __future__ import annotations

from datetime import datetime

from bot.domain import refs
from bot.services.access import Access
from bot.services.deliveries import notice_keys, notice_payload, queue_notice
from storage.models import OutboxMessage
from storage.uow import UnitOfWork

FAILURE_KEY = "outbox.failed"


class FailureNotices:
    """One notice per coordinator for each message that failed for good (never for a notice
    about a failure, so a broken Slack cannot make them multiply)."""

    def __init__(self, access: Access) -> None:
        self.access = access

    def tell(self, uow: UnitOfWork, message: OutboxMessage, now: datetime) -> None:
        if FAILURE_KEY in notice_keys(message.payload):
            return
        payload = notice_payload(
            FAILURE_KEY,
            kind=message.kind,
            recipient=_recipient(message),
            attempts=message.attempts,
            error=message.last_error,
        )
        for user_id in self.access.coordinator_ids(uow, team_id=message.team_id):
            queue_notice(
                uow,
                dedupe_key=f"failed:{message.id}:{user_id}",
                team_id=message.team_id,
                program_id=message.program_id,
                recipient=user_id,
                payload=payload,
                now=now,
            )


def _recipient(message: OutboxMessage) -> dict[str, str]:
    if message.kind.startswith("pair."):  # launch steps: the channel may not exist yet
        return refs.text("outbox.recipient.pair")
    if message.recipient.startswith(("U", "W")):
        return refs.user(message.recipient)
    return refs.channel(message.recipient)
