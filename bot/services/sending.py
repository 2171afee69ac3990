"""Sending one outbox message: claim it, let its Delivery prepare and send it, and record
what happened to it (sent, to be retried, or failed for good)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from bot.domain.enums import OutboxStatus
from bot.domain.errors import SlackError
from bot.domain.outbox import after_failure
from bot.ports import SlackGateway
from bot.services.deliveries import Delivery
from storage.db import Database
from storage.models import OutboxMessage
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

SENT, RETRIED, FAILED = "sent", "retried", "failed"
# Called in the unit of work that marks a message failed for good.
OnFailure = Callable[[UnitOfWork, OutboxMessage, datetime], None]


class Sending:
    """Claims and sends due messages of some kinds, one at a time."""

    def __init__(
        self,
        db: Database,
        slack: SlackGateway,
        deliveries: Mapping[str, Delivery],
        on_failure: OnFailure,
        lease: timedelta,
    ) -> None:
        self.db = db
        self.slack = slack
        self.deliveries = deliveries
        self.on_failure = on_failure
        self.lease = lease

    def claim(self, kinds: list[str], now: datetime) -> int | None:
        """The id of one due message of these kinds, now leased to us; None when none is due."""
        with self.db.unit_of_work() as uow:
            claimed = uow.outbox.claim_due(now=now, until=now + self.lease, limit=1, kinds=kinds)
            return claimed[0].id if claimed else None

    def send(self, message_id: int, now: datetime) -> tuple[str, str | None] | None:
        """Deliver the message: (outcome, error code); None when it was sent but could not be
        recorded (its lease lets it be looked at again)."""
        try:
            with self.db.unit_of_work() as uow:
                message = uow.outbox.get(message_id)
            delivery = self.deliveries[message.kind]
            result = delivery.send(self.slack, delivery.prepare(message, now))
        except SlackError as error:
            return self._failed(message_id, now, error.code, error), error.code
        except Exception as error:  # a bug in one message must not stop the others
            log.exception("outbox message %s could not be prepared or sent", message_id)
            code = type(error).__name__
            return self._failed(message_id, now, code, None), code
        try:
            self._sent(message_id, delivery, result, now)
        except Exception:
            log.exception("outbox message %s was sent but could not be recorded", message_id)
            return None
        return SENT, None

    def _sent(
        self, message_id: int, delivery: Delivery, result: dict[str, Any], now: datetime
    ) -> None:
        with self.db.unit_of_work() as uow:
            message = uow.outbox.get(message_id)
            message.status = OutboxStatus.SENT
            message.attempts += 1
            message.sent_at = now
            message.result = result
            message.claimed_until = None
            delivery.after(uow, message, result, now)

    def _failed(self, message_id: int, now: datetime, code: str, error: SlackError | None) -> str:
        with self.db.unit_of_work() as uow:
            message = uow.outbox.get(message_id)
            message.last_error = code[:500]
            message.claimed_until = None
            then = after_failure(
                attempts=message.attempts,
                max_attempts=message.max_attempts,
                transient=error is None or error.transient,
                retry_after=error.retry_after if error else None,
                now=now,
            )
            message.status, message.attempts = then.status, then.attempts
            if then.next_attempt_at is not None:
                message.next_attempt_at = then.next_attempt_at
                return RETRIED
            if message.kind in self.deliveries:
                self.deliveries[message.kind].failed(uow, message, now)
            log.warning(
                "outbox message %s (%s) failed for good: %s", message.id, message.kind, code
            )
            self.on_failure(uow, message, now)
            return FAILED
