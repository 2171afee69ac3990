"""The demo's time: the clock the services read, the agenda of what people will do and when,
and the travel from one moment something happens to the next."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

MORNING = time(9, 0)  # the program's zone: the daily pass, as the working day starts


class DemoClock:
    """The demo's time: the story moves it; the services read it as they read the wall."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def now(self) -> datetime:
        return self.at


@dataclass(order=True)
class Planned:
    at: datetime
    order: int
    act: Callable[[], None] = field(compare=False)


class Agenda:
    """What people will do and when: acts planned for the same moment run in the order they
    were planned, and each moves the clock to its moment first."""

    def __init__(self, clock: DemoClock) -> None:
        self.clock = clock
        self._planned: list[Planned] = []
        self._order = itertools.count()

    def plan(self, at: datetime, act: Callable[[], None]) -> None:
        def acted() -> None:
            self.clock.at = max(self.clock.at, at)
            act()

        heapq.heappush(self._planned, Planned(at, next(self._order), acted))

    def travel(
        self,
        *,
        until: datetime,
        zone: str,
        due: Callable[[], datetime | None],
        step: Callable[[], None],
    ) -> None:
        """From one moment something happens to the next: a message `due`, a person acting,
        or the morning pass in `zone` that plans the day; `step` runs at each of them."""
        while True:
            now = self.clock.now()
            moments = [next_morning(now, zone)]
            sendable = due()
            if sendable is not None:
                moments.append(max(sendable, now + timedelta(minutes=1)))
            if self._planned:
                moments.append(self._planned[0].at)
            self.clock.at = max(now, min(moments))
            if self.clock.at > until:
                return
            while self._planned and self._planned[0].at <= self.clock.at:  # all that is due now
                heapq.heappop(self._planned).act()
            step()


def next_morning(after: datetime, zone: str) -> datetime:
    """The next 09:00 in the zone: the pass that sends what the day brings."""
    here = ZoneInfo(zone)
    local = after.astimezone(here)
    morning = datetime.combine(local.date(), MORNING, here)
    if morning <= local:
        morning = datetime.combine(local.date() + timedelta(days=1), MORNING, here)
    return morning.astimezone(UTC)


def next_working_hour(after: datetime, zone: str, hour: int) -> datetime:
    """The next working day at `hour` in the zone, after `after`."""
    local = after.astimezone(ZoneInfo(zone)) + timedelta(days=1)
    while local.weekday() >= 5:
        local += timedelta(days=1)
    return local.replace(hour=hour, minute=0, second=0).astimezone(UTC)
