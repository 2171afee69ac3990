"""Lanes: one worker thread per lane (mostly one Slack method), all running until no lane has
anything left, so a rate limit on one method does not hold up the others."""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

# A lane with nothing to do looks again this often while another lane works: what that lane
# sends may queue work for it, and a commit wakes it at once anyway.
IDLE_POLL = 0.05

# The pass's own time: its `now`, moved on by the time the pass has taken.
Clock = Callable[[], datetime]
# Does one piece of a lane's work, reading the time from the clock; False when there was none.
Work = Callable[[str, Clock], bool]


class _Rounds:
    """Who has looked for work since the last piece of work was done.

    Every piece of work done starts a new round (it may have queued work for any lane). The
    pass is over when every lane has looked in the current round and found nothing: then no
    lane can find anything new, and no lane has to sleep to be sure of it.
    """

    def __init__(self, lanes: list[str]) -> None:
        self.round = 0
        self.looked: dict[str, int] = dict.fromkeys(lanes, -1)
        self.over = False
        self.changed = threading.Condition()

    def begin(self) -> int:
        with self.changed:
            return self.round

    def worked(self) -> None:
        with self.changed:
            self.round += 1
            self.changed.notify_all()

    def idle(self, lane: str, since: int) -> bool:
        """Found nothing in a look begun in round `since`; True when the pass is over."""
        with self.changed:
            self.looked[lane] = since
            if all(seen == self.round for seen in self.looked.values()):
                self.over = True
                self.changed.notify_all()
            elif since == self.round:  # nothing new since this lane looked: wait for news
                self.changed.wait(IDLE_POLL)
            return self.over

    def stop(self, lane: str) -> None:
        """A lane that died counts as having looked in every round, so nobody waits for it."""
        with self.changed:
            self.looked.pop(lane, None)
            if all(seen == self.round for seen in self.looked.values()):
                self.over = True
            self.changed.notify_all()


def run_lanes(lanes: Mapping[str, object], work: Work, *, now: datetime) -> None:
    """Run `work` in every lane until none finds anything, one thread per lane.

    `now` moves on with the time the pass takes (whole seconds: a short pass acts exactly
    as of `now`), so leases stay honest during a long launch.
    """
    started = time.monotonic()
    rounds = _Rounds(sorted(lanes))

    def clock() -> datetime:
        return now + timedelta(seconds=int(time.monotonic() - started))

    # Each lane runs in a copy of the caller's context, so its log lines carry the pass's id.
    threads = [
        threading.Thread(
            target=contextvars.copy_context().run, args=(_lane, lane, work, rounds, clock)
        )
        for lane in sorted(lanes)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _lane(lane: str, work: Work, rounds: _Rounds, clock: Clock) -> None:
    try:
        while True:
            since = rounds.begin()
            if work(lane, clock):
                rounds.worked()
            elif rounds.idle(lane, since):
                return
    finally:
        rounds.stop(lane)
