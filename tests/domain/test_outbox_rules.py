from datetime import UTC, datetime, timedelta

from bot.domain.enums import OutboxStatus
from bot.domain.outbox import after_failure, backoff

NOW = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)


def test_backoff_doubles_up_to_an_hour() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]
    assert backoff(20) == timedelta(hours=1)


def test_a_rate_limit_waits_as_slack_says_and_is_not_an_attempt() -> None:
    then = after_failure(attempts=2, max_attempts=3, transient=True, retry_after=7, now=NOW)
    assert (then.status, then.attempts) == (OutboxStatus.PENDING, 2)
    assert then.next_attempt_at == NOW + timedelta(seconds=7)


def test_a_transient_error_is_tried_again_until_the_last_attempt() -> None:
    again = after_failure(attempts=0, max_attempts=2, transient=True, retry_after=None, now=NOW)
    assert (again.status, again.attempts, again.next_attempt_at) == (
        OutboxStatus.PENDING,
        1,
        NOW + backoff(1),
    )
    last = after_failure(attempts=1, max_attempts=2, transient=True, retry_after=None, now=NOW)
    assert (last.status, last.attempts, last.next_attempt_at) == (OutboxStatus.FAILED, 2, None)


def test_a_permanent_error_fails_at_once() -> None:
    then = after_failure(attempts=0, max_attempts=6, transient=False, retry_after=None, now=NOW)
    assert then.status == OutboxStatus.FAILED
