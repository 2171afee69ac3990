from datetime import datetime, timedelta
from typing import Any

import pytest

from bot.domain.enums import OutboxStatus
from bot.domain.errors import SlackError
from bot.domain.outbox import backoff
from bot.records import OutboxBacklog
from bot.services.access import Access
from bot.services.deliveries import Notice, PreparedPost, notice_payload, queue_notice
from bot.services.failures import FailureNotices
from bot.services.outbox import Outbox
from bot.services.people import People
from bot.views.notices import notice_text
from storage.db import Database
from storage.models import OutboxMessage
from storage.uow import UnitOfWork
from tests.support import ManualClock, RecordingSlack, profile


@pytest.fixture
def slack() -> RecordingSlack:
    return RecordingSlack(profiles={"U1": profile("U1", locale="da-DK"), "UC": profile("UC")})


@pytest.fixture
def outbox(db: Database, slack: RecordingSlack) -> Outbox:
    access = Access(frozenset({"UC"}))
    people = People(db, slack, access, default_language="en")
    return Outbox(db, slack, {"notice": Notice(people, notice_text)}, FailureNotices(access))


def enqueue(db: Database, clock: ManualClock, key: str = "k1", *, due_in: float = 0) -> bool:
    with db.unit_of_work() as uow:
        return uow.outbox.add(
            dedupe_key=key,
            team_id="T1",
            kind="notice",
            recipient="U1",
            payload=notice_payload("language.changed"),
            due_at=clock.now() + timedelta(seconds=due_in),
            now=clock.now(),
        )


def row(db: Database, key: str = "k1") -> OutboxMessage:
    with db.unit_of_work() as uow:
        found = uow.outbox.by_key(key)
        assert found is not None
        return found


def test_a_dedupe_key_is_added_once(db: Database) -> None:
    clock = ManualClock()
    assert enqueue(db, clock)
    assert not enqueue(db, clock)


def test_nothing_is_sent_before_it_is_due(
    db: Database, outbox: Outbox, slack: RecordingSlack
) -> None:
    clock = ManualClock()
    enqueue(db, clock, due_in=60)
    assert outbox.dispatch(now=clock.now()).sent == 0
    assert outbox.dispatch(now=clock.advance(seconds=60)).sent == 1
    assert len(slack.posts) == 1


def test_two_passes_at_the_same_instant_send_once_in_the_recipients_language(
    db: Database, outbox: Outbox, slack: RecordingSlack
) -> None:
    clock = ManualClock()
    enqueue(db, clock)
    outbox.dispatch(now=clock.now())
    outbox.dispatch(now=clock.now())
    assert slack.posts == [("U1", "Sådan. Fra nu af skriver jeg til dig på dansk.")]
    sent = row(db)
    assert (sent.status, sent.attempts, sent.sent_at) == (OutboxStatus.SENT, 1, clock.now())


def test_a_transient_failure_is_retried_after_backoff(
    db: Database, outbox: Outbox, slack: RecordingSlack
) -> None:
    clock = ManualClock()
    enqueue(db, clock)
    slack.failures.append(SlackError("http_500", transient=True))
    report = outbox.dispatch(now=clock.now())
    assert (report.sent, report.retried) == (0, 1)
    waiting = row(db)
    assert waiting.status == OutboxStatus.PENDING
    assert waiting.next_attempt_at == clock.now() + backoff(1)
    assert waiting.last_error == "http_500"
    assert outbox.dispatch(now=clock.advance(seconds=30)).sent == 0
    assert outbox.dispatch(now=clock.advance(seconds=30)).sent == 1
    assert row(db).attempts == 2


def test_rate_limits_do_not_use_up_attempts(
    db: Database, outbox: Outbox, slack: RecordingSlack
) -> None:
    clock = ManualClock()
    enqueue(db, clock)
    slack.failures.append(SlackError("ratelimited", transient=True, retry_after=30))
    outbox.dispatch(now=clock.now())
    waiting = row(db)
    assert (waiting.attempts, waiting.next_attempt_at) == (0, clock.now() + timedelta(seconds=30))


def test_after_the_last_attempt_it_fails_and_the_coordinator_is_told(
    db: Database, outbox: Outbox, slack: RecordingSlack
) -> None:
    clock = ManualClock()
    enqueue(db, clock)
    for _ in range(6):
        slack.failures.append(SlackError("http_503", transient=True))
        outbox.dispatch(now=clock.now())
        clock.advance(hours=2)
    assert row(db).status == OutboxStatus.FAILED
    outbox.dispatch(now=clock.now())
    assert [channel for channel, _ in slack.posts] == ["UC"]
    assert "http_503" in slack.posts[0][1] and "<@U1>" in slack.posts[0][1]


def test_a_permanent_error_fails_at_once(
    db: Database, outbox: Outbox, slack: RecordingSlack
) -> None:
    clock = ManualClock()
    enqueue(db, clock)
    slack.failures.append(SlackError("channel_not_found", transient=False))
    assert outbox.dispatch(now=clock.now()).failed == 1
    assert row(db).attempts == 1


def test_a_claim_left_by_a_dead_dispatcher_is_taken_over_after_its_lease(
    db: Database, outbox: Outbox, slack: RecordingSlack
) -> None:
    clock = ManualClock()
    enqueue(db, clock)
    with db.unit_of_work() as uow:
        claimed = uow.outbox.claim_due(
            now=clock.now(), until=clock.now() + timedelta(minutes=5), limit=10
        )
        assert len(claimed) == 1
    assert outbox.dispatch(now=clock.advance(minutes=1)).sent == 0
    assert outbox.dispatch(now=clock.advance(minutes=5)).sent == 1


def test_backoff_doubles_up_to_an_hour() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]
    assert backoff(20) == timedelta(hours=1)


def test_a_stopped_outbox_finishes_the_message_it_is_sending_and_gives_back_the_rest(
    db: Database, outbox: Outbox, slack: RecordingSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = ManualClock()
    for key in ("k1", "k2", "k3"):
        enqueue(db, clock, key)
    post = slack.post_message

    def stop_while_posting(channel: str, text: str, blocks: object = None) -> str:
        outbox.stop()  # as SIGTERM does while the first message is on its way
        return post(channel, text)

    monkeypatch.setattr(slack, "post_message", stop_while_posting)
    assert outbox.dispatch(now=clock.now()).sent == 1
    rows = [row(db, key) for key in ("k1", "k2", "k3")]
    assert [r.status for r in rows] == [
        OutboxStatus.SENT,
        OutboxStatus.PENDING,
        OutboxStatus.PENDING,
    ]
    assert [(r.attempts, r.claimed_until) for r in rows[1:]] == [(0, None), (0, None)]
    assert outbox.dispatch(now=clock.now()).sent == 0  # stopped: nothing more is claimed
    assert len(slack.posts) == 1


def test_the_backlog_counts_what_waits_and_what_is_due(db: Database, outbox: Outbox) -> None:
    clock = ManualClock()
    enqueue(db, clock, "first")
    enqueue(db, clock, "later", due_in=3600)
    enqueue(db, clock, "second")
    with db.unit_of_work() as uow:  # a dispatcher that died holding the first
        uow.outbox.claim_due(now=clock.now(), until=clock.now() + timedelta(minutes=5), limit=1)
    assert outbox.backlog(now=clock.now()) == OutboxBacklog(pending=2, sending=1, due=1)
    assert outbox.backlog(now=clock.advance(minutes=5)) == OutboxBacklog(2, 1, 2)
    outbox.dispatch(now=clock.now())
    assert outbox.backlog(now=clock.now()) == OutboxBacklog(pending=1, sending=0, due=0)


def test_next_due_is_the_earliest_message_not_sent_yet(db: Database, outbox: Outbox) -> None:
    clock = ManualClock()
    assert outbox.next_due() is None
    enqueue(db, clock, "later", due_in=600)
    enqueue(db, clock, "sooner", due_in=60)
    assert outbox.next_due() == clock.now() + timedelta(seconds=60)
    outbox.dispatch(now=clock.advance(seconds=60))
    assert outbox.next_due() == clock.now() + timedelta(seconds=540)


class NoticeThenAnother(Notice):
    """A notice whose send queues a plain notice, in the commit that records it."""

    def after(
        self, uow: UnitOfWork, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        queue_notice(
            uow,
            dedupe_key="k2",
            team_id="T1",
            program_id=None,
            recipient="U1",
            payload=notice_payload("language.changed"),
            now=now,
        )


def test_a_send_nothing_follows_is_recorded_by_a_statement_and_one_with_a_follow_up_with_it(
    db: Database, slack: RecordingSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not Notice.follows and NoticeThenAnother.follows
    people = People(db, slack, Access(frozenset({"UC"})), default_language="en")
    deliveries = {
        "notice": Notice(people, notice_text),
        "chain": NoticeThenAnother(people, notice_text),
    }
    outbox = Outbox(db, slack, deliveries, FailureNotices(Access(frozenset({"UC"}))))
    bare, statements = [], db.statements
    monkeypatch.setattr(db, "statements", lambda: bare.append(1) or statements())
    clock = ManualClock()
    with db.unit_of_work() as uow:
        uow.outbox.add(
            dedupe_key="k1",
            team_id="T1",
            kind="chain",
            recipient="U1",
            payload=notice_payload("language.changed"),
            due_at=clock.now(),
            now=clock.now(),
        )
    assert outbox.dispatch(now=clock.now()).sent == 2  # k1, then the k2 it queued
    assert len(bare) == 1  # k2's record alone
    for key in ("k1", "k2"):
        sent = row(db, key)
        assert (sent.status, sent.attempts, sent.claimed_until) == (OutboxStatus.SENT, 1, None)
        assert sent.result is not None and sent.result["channel"] == "U1"


class Shared:
    """A preparer two kinds share: records each batch it is asked to prepare."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def prepare_many(self, messages: list[OutboxMessage], now: datetime) -> list[Any]:
        self.batches.append(sorted(message.kind for message in messages))
        return [PreparedPost("C1", message.kind) for message in messages]


class SharedKind(Notice):
    def __init__(self, people: People, shared: Shared) -> None:
        super().__init__(people, notice_text)
        self.shared = shared

    @property
    def preparer(self) -> Shared:
        return self.shared


def test_kinds_that_share_a_preparer_are_prepared_together(
    db: Database, slack: RecordingSlack
) -> None:
    people = People(db, slack, Access(frozenset({"UC"})), default_language="en")
    shared = Shared()
    deliveries = {"a": SharedKind(people, shared), "b": SharedKind(people, shared)}
    outbox = Outbox(db, slack, deliveries, FailureNotices(Access(frozenset({"UC"}))))
    clock = ManualClock()
    with db.unit_of_work() as uow:
        for n, kind in enumerate(["a", "b", "a"]):
            uow.outbox.add(
                dedupe_key=f"k{n}",
                team_id="T1",
                kind=kind,
                recipient="U1",
                payload={},
                due_at=clock.now(),
                now=clock.now(),
            )
    assert outbox.dispatch(now=clock.now()).sent == 3
    assert shared.batches == [["a", "a", "b"]]
    assert sorted(text for _, text in slack.posts) == ["a", "a", "b"]
