"""The outbox: everything the bot sends later is a row; a dispatch pass sends what is due."""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.domain.enums import OutboxStatus
from bot.domain.errors import SlackError
from bot.ports import SlackGateway
from bot.services.deliveries import Delivery, notice_keys, notice_payload
from bot.texts import Texts
from storage.db import Database
from storage.models import OutboxMessage
from storage.outbox import OutboxRepository
from storage.people import PersonRepository

log = logging.getLogger(__name__)

BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=1)
FAILURE_KEY = "outbox.failed"
IDLE_POLL = 0.05  # seconds a lane waits for work that another lane may still queue


@dataclass
class DispatchReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, outcome: str, error: str | None = None) -> None:
        with self._lock:
            setattr(self, outcome, getattr(self, outcome) + 1)
            if error:
                self.errors.append(error)


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
        default_language: str = "en",
        lease: timedelta = timedelta(minutes=10),  # longer than one call's own 429 retries
    ) -> None:
        self.db = db
        self.slack = slack
        self.deliveries = deliveries
        self.bootstrap_coordinators = coordinators
        self.default_language = default_language
        self.lease = lease

    def dispatch(self, *, now: datetime) -> DispatchReport:
        """Send everything due at `now`, and what that queues, until nothing is left.

        One thread per lane; `now` moves on with the time the pass takes, so leases stay
        honest during a long launch.
        """
        report = DispatchReport()
        lanes: dict[str, list[str]] = defaultdict(list)
        for kind, delivery in self.deliveries.items():
            lanes[delivery.lane].append(kind)
        started = time.monotonic()
        busy = {lane: True for lane in lanes}

        def clock() -> datetime:  # whole seconds: a short pass acts exactly as of `now`
            return now + timedelta(seconds=int(time.monotonic() - started))

        threads = [
            threading.Thread(target=self._run_lane, args=(lane, kinds, busy, clock, report))
            for lane, kinds in sorted(lanes.items())
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return report

    def release_claims(self) -> int:
        """Make messages claimed by a process that died sendable again (single-process use)."""
        with self.db.unit_of_work() as session:
            return OutboxRepository(session).release_claims()

    def _run_lane(
        self,
        lane: str,
        kinds: list[str],
        busy: dict[str, bool],
        clock: Callable[[], datetime],
        report: DispatchReport,
    ) -> None:
        """Send this lane's due messages one by one until no lane has anything left."""
        try:
            last_look = False
            while True:
                current = clock()
                with self.db.unit_of_work() as session:
                    claimed = OutboxRepository(session).claim_due(
                        now=current, until=current + self.lease, limit=1, kinds=kinds
                    )
                    ids = [row.id for row in claimed]
                if ids:
                    busy[lane], last_look = True, False
                    self._deliver(ids[0], current, report)
                    continue
                busy[lane] = False
                if not any(busy.values()):
                    if last_look:
                        return
                    last_look = True  # one more look: another lane may have just queued work
                time.sleep(IDLE_POLL)
        finally:
            busy[lane] = False  # a lane that died must not keep the others waiting

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
        try:
            self._record_success(message_id, delivery, result, now)
        except Exception:  # sent, but not recorded: the lease lets it be looked at again
            log.exception("outbox message %s was sent but could not be recorded", message_id)
            return
        report.add("sent")

    def _record_success(
        self, message_id: int, delivery: Delivery, result: dict, now: datetime
    ) -> None:
        with self.db.unit_of_work() as session:
            message = OutboxRepository(session).get(message_id)
            message.status = OutboxStatus.SENT
            message.attempts += 1
            message.sent_at = now
            message.result = result
            message.claimed_until = None
            delivery.after(session, message, result, now)

    def _record_failure(
        self,
        message_id: int,
        now: datetime,
        code: str,
        error: SlackError | None,
        report: DispatchReport,
    ) -> None:
        with self.db.unit_of_work() as session:
            message = OutboxRepository(session).get(message_id)
            message.last_error = code[:500]
            message.claimed_until = None
            if error is not None and error.retry_after:  # still rate limited: not an attempt
                message.status = OutboxStatus.PENDING
                message.next_attempt_at = now + timedelta(seconds=error.retry_after)
                report.add("retried", code)
                return
            message.attempts += 1
            retryable = error is None or error.transient
            if retryable and message.attempts < message.max_attempts:
                message.status = OutboxStatus.PENDING
                message.next_attempt_at = now + backoff(message.attempts)
                report.add("retried", code)
                return
            message.status = OutboxStatus.FAILED
            report.add("failed", code)
            if message.kind in self.deliveries:
                self.deliveries[message.kind].failed(session, message, now)
            log.warning(
                "outbox message %s (%s) failed for good: %s", message.id, message.kind, code
            )
            self._tell_coordinators(session, message, now)

    def _tell_coordinators(self, session: Session, message: OutboxMessage, now: datetime) -> None:
        if FAILURE_KEY in notice_keys(message.payload):
            return
        coordinators = {p.user_id for p in PersonRepository(session).coordinators(message.team_id)}
        outbox = OutboxRepository(session)
        recipient = message.recipient
        shown = f"<@{recipient}>" if recipient.startswith(("U", "W")) else f"<#{recipient}>"
        if message.kind.startswith("pair."):  # launch steps: the channel may not exist yet
            shown = Texts(self.default_language)("outbox.recipient.pair")
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
                    recipient=shown,
                    attempts=message.attempts,
                    error=message.last_error,
                ),
                due_at=now,
                now=now,
            )
