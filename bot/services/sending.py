"""Sending outbox messages: claim a few due ones at a time, let each one's Delivery prepare
and send it, and record what happened to it (sent, to be retried, or failed for good) at once,
before the next is sent."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from bot.domain.enums import OutboxStatus
from bot.domain.errors import SlackError
from bot.domain.outbox import after_failure
from bot.ports import SlackGateway
from bot.services.deliveries import Delivery, Preparer
from storage.db import Database
from storage.models import OutboxMessage
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

SENT, RETRIED, FAILED = "sent", "retried", "failed"
BATCH = 20  # messages claimed (and read) together; each is still sent and recorded on its own
FRESH = timedelta(seconds=5)  # a message prepared longer ago than this is read again first
NOT_PREPARED = object()
MARGIN = timedelta(minutes=1)  # a claimed message not begun this close to its lease's end waits
# Called in the unit of work that marks a message failed for good.
OnFailure = Callable[[UnitOfWork, OutboxMessage, datetime], None]


class Sending:
    """Claims due messages of some kinds a batch at a time and sends them one at a time."""

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

    def claim(self, kinds: list[str], now: datetime) -> list[OutboxMessage]:
        """Up to BATCH due messages of these kinds, oldest first, now leased to us."""
        with self.db.unit_of_work() as uow:
            return uow.outbox.claim_due(now=now, until=now + self.lease, limit=BATCH, kinds=kinds)

    def due_lanes(self, lanes: Mapping[str, list[str]], now: datetime) -> set[str]:
        """The lanes with any message due at `now`, read without taking the write lock."""
        names = sorted(lanes)
        with self.db.reading() as uow:
            due = uow.outbox.due_among([lanes[name] for name in names], now)
        return {name for name, has in zip(names, due, strict=True) if has}

    def in_time(self, message: OutboxMessage, now: datetime) -> bool:
        """Whether the message's lease leaves time to send it."""
        assert message.claimed_until is not None
        return now + MARGIN < message.claimed_until

    def give_back(self, messages: list[OutboxMessage]) -> None:
        """Claimed messages not sent in time are sendable again at once."""
        with self.db.unit_of_work() as uow:
            uow.outbox.release([message.id for message in messages])

    def prepare(self, messages: list[OutboxMessage], now: datetime) -> dict[int, Any]:
        """What each claimed message will send, read together by their kinds' preparers
        (the meeting prompts of all kinds share one). A group that cannot be prepared is
        left out: `send` prepares those one by one, so that one bad message fails alone."""
        groups: dict[Preparer, list[OutboxMessage]] = defaultdict(list)
        for message in messages:
            if message.kind in self.deliveries:
                groups[self.deliveries[message.kind].preparer].append(message)
        prepared: dict[int, Any] = {}
        for preparer, group in groups.items():
            try:
                drawn = preparer.prepare_many(group, now)
            except Exception:
                kinds = ", ".join(sorted({message.kind for message in group}))
                log.warning("%s messages could not be prepared together; one by one", kinds)
                continue
            prepared.update(zip((message.id for message in group), drawn, strict=True))
        return prepared

    def send(
        self, message: OutboxMessage, now: datetime, prepared: Any = NOT_PREPARED
    ) -> tuple[str, str | None] | None:
        """Deliver a claimed message (prepared now unless `prepared` is given): (outcome,
        error code); None when it was sent but could not be recorded (its lease lets it be
        looked at again)."""
        message_id = message.id
        try:
            delivery = self.deliveries[message.kind]
            if prepared is NOT_PREPARED:
                prepared = delivery.prepare(message, now)
            result = delivery.send(self.slack, prepared)
        except SlackError as error:
            return self._failed(message_id, now, error.code, error), error.code
        except Exception as error:  # a bug in one message must not stop the others
            log.exception("outbox message %s could not be prepared or sent", message_id)
            code = type(error).__name__
            return self._failed(message_id, now, code, None), code
        try:
            self._sent(message, delivery, result, now)
        except Exception:
            log.exception("outbox message %s was sent but could not be recorded", message_id)
            return None
        return SENT, None

    def _sent(
        self, message: OutboxMessage, delivery: Delivery, result: dict[str, Any], now: datetime
    ) -> None:
        if not delivery.follows:  # most sends: one statement, no session
            with self.db.statements() as statements:
                statements.outbox.mark_sent(message.id, result, now)
            self._mark(message, result, now)
            return
        with self.db.unit_of_work() as uow:
            uow.outbox.mark_sent(message.id, result, now)
            self._mark(message, result, now)
            delivery.after(uow, message, result, now)

    def _mark(self, message: OutboxMessage, result: dict[str, Any], now: datetime) -> None:
        """The caller's copy of the claimed row as the statement left it (`after` reads it)."""
        message.status, message.sent_at, message.result = OutboxStatus.SENT, now, result
        message.attempts += 1
        message.claimed_until = None

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
            delivery = self.deliveries.get(message.kind)
            if delivery is not None:
                delivery.failed(uow, message, now)
            log.warning(
                "outbox message %s (%s) failed for good: %s", message.id, message.kind, code
            )
            if delivery is None or delivery.told_when_failed:
                self.on_failure(uow, message, now)
            return FAILED
