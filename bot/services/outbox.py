"""The outbox: everything the bot sends later is a row; one dispatch pass sends what is due."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.domain.enums import OutboxStatus
from bot.domain.errors import SlackError
from bot.ports import SlackGateway
from bot.services.deliveries import Delivery, notice_keys, notice_payload
from storage.db import Database
from storage.models import OutboxMessage
from storage.outbox import OutboxRepository
from storage.people import PersonRepository

log = logging.getLogger(__name__)

BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=1)
FAILURE_KEY = "outbox.failed"


@dataclass
class DispatchReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def backoff(attempts: int) -> timedelta:
    """How long to wait before the next attempt: doubling from one minute, at most an hour."""
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


class Outbox:
    """Claims due messages, sends each through its Delivery, and records what happened."""

    def __init__(
        self,
        db: Database,
        slack: SlackGateway,
        deliveries: dict[str, Delivery],
        *,
        coordinators: frozenset[str] = frozenset(),
        batch: int = 200,
        lease: timedelta = timedelta(minutes=5),
    ) -> None:
        self.db = db
        self.slack = slack
        self.deliveries = deliveries
        self.bootstrap_coordinators = coordinators
        self.batch = batch
        self.lease = lease

    def dispatch(self, *, now: datetime) -> DispatchReport:
        """One pass: send every message due at `now`; a failure is retried later with backoff."""
        report = DispatchReport()
        with self.db.unit_of_work() as session:
            claimed = OutboxRepository(session).claim_due(
                now=now, until=now + self.lease, limit=self.batch
            )
            ids = [row.id for row in claimed]
        for message_id in ids:
            self._deliver(message_id, now, report)
        return report

    def _deliver(self, message_id: int, now: datetime, report: DispatchReport) -> None:
        try:
            with self.db.unit_of_work() as session:
                message = OutboxRepository(session).get(message_id)
            delivery = self.deliveries[message.kind]
            prepared = delivery.prepare(message, now)
            result = delivery.send(self.slack, prepared)
        except SlackError as error:
            self._record_failure(message_id, now, error.code, error, report)
            return
        except Exception as error:  # a bug in one message must not stop the others
            log.exception("outbox message %s could not be prepared or sent", message_id)
            self._record_failure(message_id, now, type(error).__name__, None, report)
            return
        with self.db.unit_of_work() as session:
            message = OutboxRepository(session).get(message_id)
            message.status = OutboxStatus.SENT
            message.attempts += 1
            message.sent_at = now
            message.result = result
            message.claimed_until = None
        report.sent += 1

    def _record_failure(
        self,
        message_id: int,
        now: datetime,
        code: str,
        error: SlackError | None,
        report: DispatchReport,
    ) -> None:
        report.errors.append(code)
        with self.db.unit_of_work() as session:
            message = OutboxRepository(session).get(message_id)
            message.last_error = code[:500]
            message.claimed_until = None
            if error is not None and error.retry_after:  # still rate limited: not an attempt
                message.status = OutboxStatus.PENDING
                message.next_attempt_at = now + timedelta(seconds=error.retry_after)
                report.retried += 1
                return
            message.attempts += 1
            retryable = error is None or error.transient
            if retryable and message.attempts < message.max_attempts:
                message.status = OutboxStatus.PENDING
                message.next_attempt_at = now + backoff(message.attempts)
                report.retried += 1
                return
            message.status = OutboxStatus.FAILED
            report.failed += 1
            log.warning(
                "outbox message %s (%s) failed for good: %s", message.id, message.kind, code
            )
            self._tell_coordinators(session, message, now)

    def _tell_coordinators(self, session: Any, message: OutboxMessage, now: datetime) -> None:
        if FAILURE_KEY in notice_keys(message.payload):
            return
        people = PersonRepository(session)
        coordinators = {person.user_id for person in people.coordinators(message.team_id)}
        outbox = OutboxRepository(session)
        for user_id in sorted(coordinators | self.bootstrap_coordinators):
            outbox.add(
                dedupe_key=f"failed:{message.id}:{user_id}",
                team_id=message.team_id,
                program_id=message.program_id,
                kind="notice",
                recipient=user_id,
                payload=notice_payload(
                    FAILURE_KEY,
                    kind=message.kind,
                    recipient=f"<@{message.recipient}>"
                    if message.recipient.startswith(("U", "W"))
                    else f"<#{message.recipient}>",
                    attempts=message.attempts,
                    error=message.last_error,
                ),
                due_at=now,
                now=now,
            )
