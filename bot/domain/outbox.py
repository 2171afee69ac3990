"""What happens to an outbox message after a failed send: wait and try again, or give up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.enums import OutboxStatus

BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=1)


@dataclass(frozen=True)
class AfterFailure:
    status: str  # pending again, or failed for good
    attempts: int
    next_attempt_at: datetime | None


def backoff(attempts: int) -> timedelta:
    """How long to wait before the next attempt: doubling from one minute, at most an hour."""
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


def after_failure(
    *,
    attempts: int,
    max_attempts: int,
    transient: bool,
    retry_after: float | None,
    now: datetime,
) -> AfterFailure:
    """A rate limit waits as long as Slack says and is not an attempt; a transient error is
    tried again after the backoff while attempts are left; anything else fails for good."""
    if retry_after:
        return AfterFailure(OutboxStatus.PENDING, attempts, now + timedelta(seconds=retry_after))
    attempts += 1
    if transient and attempts < max_attempts:
        return AfterFailure(OutboxStatus.PENDING, attempts, now + backoff(attempts))
    return AfterFailure(OutboxStatus.FAILED, attempts, None)
