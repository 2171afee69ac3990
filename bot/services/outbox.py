"""The outbox: everything the bot sends later is a row; a dispatch pass sends what is due.

Three parts, each on its own: `lanes` runs the threads, `sending` sends one message and
records its state, `failures` tells the coordinators about a message that failed for good.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.domain.enums import OutboxStatus
from bot.ports import Meter, NoMeter, SlackGateway
from bot.records import OutboxBacklog
from bot.services.deliveries import Delivery
from bot.services.failures import FailureNotices
from bot.services.lanes import Clock, run_lanes
from bot.services.sending import FRESH, NOT_PREPARED, SENT, Sending
from storage.db import Database


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


class _Due:
    """Which lanes have messages due, read once for all lanes, and again after a batch was
    sent (it may have queued more) or when the pass's clock moves on. A lane that reads a
    stale answer and finds nothing looks again: the batch's lane starts a new round
    (see `lanes`) only after it told this."""

    def __init__(self, sending: Sending, lanes: Mapping[str, list[str]]) -> None:
        self.sending = sending
        self.lanes = lanes
        self._lock = threading.Lock()
        self._batches = 0
        self._read_as_of: tuple[int, datetime] | None = None
        self._due: set[str] = set()

    def __call__(self, lane: str, now: datetime) -> bool:
        with self._lock:
            if self._read_as_of != (self._batches, now):
                self._due = self.sending.due_lanes(self.lanes, now)
                self._read_as_of = (self._batches, now)
            return lane in self._due

    def anything(self, now: datetime) -> bool:
        return any(self(lane, now) for lane in self.lanes)

    def sent_batch(self) -> None:
        with self._lock:
            self._batches += 1


class Outbox:
    """Sends due messages lane by lane, each through its Delivery, until it is stopped."""

    def __init__(
        self,
        db: Database,
        slack: SlackGateway,
        deliveries: Mapping[str, Delivery],
        failures: FailureNotices,
        *,
        lease: timedelta = timedelta(minutes=10),  # longer than one call's own 429 retries
        meter: Meter | None = None,
    ) -> None:
        self.db = db
        self.meter = meter or NoMeter()
        self._stopping = threading.Event()
        self.sending = Sending(db, slack, deliveries, failures.tell, lease)
        self.lanes: dict[str, list[str]] = defaultdict(list)
        for kind, delivery in deliveries.items():
            self.lanes[delivery.lane].append(kind)

    def dispatch(self, *, now: datetime) -> DispatchReport:
        """Send everything due at `now`, and what that queues, until nothing is left."""
        report = DispatchReport()
        due = _Due(self.sending, self.lanes)

        def work(lane: str, clock: Clock) -> bool:
            if self._stopping.is_set():
                return False
            looked_at = clock()
            if not due(lane, looked_at):
                return False
            claimed = self.sending.claim(self.lanes[lane], looked_at)
            read_at = clock()
            prepared = self.sending.prepare(claimed, read_at)
            for n, message in enumerate(claimed):
                current = clock()
                # Stopping, or a long wait on rate limits: what is not begun is given back.
                if self._stopping.is_set() or not self.sending.in_time(message, current):
                    self.sending.give_back(claimed[n:])
                    break
                if current - read_at > FRESH:  # what was read may have changed since
                    prepared.clear()
                ready = prepared.get(message.id, NOT_PREPARED)
                outcome = self.sending.send(message, current, ready)
                if outcome is not None:
                    report.add(*outcome)
                    if outcome[0] != SENT:
                        self.meter.send_failed(kind=message.kind, outcome=outcome[0])
            if claimed:
                due.sent_batch()
            return bool(claimed)

        if due.anything(now):  # else no lane would find anything: none is started
            run_lanes(self.lanes, work, now=now)
        return report

    def stop(self) -> None:
        """The process is stopping: each pass under way finishes the message it is sending,
        gives back the ones it claimed and has not begun, and sends nothing more."""
        self._stopping.set()

    def backlog(self, *, now: datetime) -> OutboxBacklog:
        """How many messages wait, for monitoring: one query."""
        with self.db.unit_of_work() as uow:
            counts = uow.outbox.backlog(now)
        pending, due = counts.get(OutboxStatus.PENDING, (0, 0))
        sending, lapsed = counts.get(OutboxStatus.SENDING, (0, 0))
        return OutboxBacklog(pending=pending, sending=sending, due=due + lapsed)

    def next_due(self) -> datetime | None:
        """When the next message waiting becomes sendable (None: nothing waits)."""
        with self.db.unit_of_work() as uow:
            return uow.outbox.next_due()

    def release_claims(self) -> int:
        """Make messages claimed by a process that died sendable again (single-process use)."""
        with self.db.unit_of_work() as uow:
            return uow.outbox.release_claims()
