"""Lanes: one worker thread per lane (mostly one Slack method), all running until no lane has
anything left, so a rate limit on one method does not hold up the others."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

IDLE_POLL = 0.05  # seconds a lane waits for work that another lane may still queue

# Does one piece of a lane's work as of the instant given; False when there was none.
Work = Callable[[str, datetime], bool]


def run_lanes(lanes: Mapping[str, object], work: Work, *, now: datetime) -> None:
    """Run `work` in every lane until none finds anything, one thread per lane.

    `now` moves on with the time the pass takes (whole seconds: a short pass acts exactly
    as of `now`), so leases stay honest during a long launch.
    """
    started = time.monotonic()
    busy = {lane: True for lane in lanes}
    worked: list[bool] = []  # any lane did work: it may have queued some for another lane

    def clock() -> datetime:
        return now + timedelta(seconds=int(time.monotonic() - started))

    threads = [
        threading.Thread(target=_lane, args=(lane, work, busy, worked, clock))
        for lane in sorted(lanes)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _lane(
    lane: str,
    work: Work,
    busy: dict[str, bool],
    worked: list[bool],
    clock: Callable[[], datetime],
) -> None:
    try:
        last_look = False
        while True:
            if work(lane, clock()):
                busy[lane], last_look = True, False
                worked.append(True)
                continue
            busy[lane] = False
            if not any(busy.values()):
                if last_look or not worked:  # nobody worked: nobody queued anything either
                    return
                last_look = True  # one more look: another lane may have just queued work
            time.sleep(IDLE_POLL)
    finally:
        busy[lane] = False  # a lane that died must not keep the others waiting
