"""The outbox against the fake Slack: real HTTP, real retry handlers, the real CLI."""

import os
import subprocess
import sys
from datetime import timedelta

from bot.domain.enums import OutboxStatus
from bot.services.deliveries import notice_payload
from storage.outbox import OutboxRepository
from tests.integration.conftest import RunningBot

DUE = "2027-01-04T09:00:00+00:00"


def enqueue(bot: RunningBot, key: str = "hello", recipient: str = "UANNA") -> None:
    with bot.runtime.db.unit_of_work() as uow:
        OutboxRepository(uow.session).add(
            dedupe_key=key,
            team_id=bot.fake.team_id,
            kind="notice",
            recipient=recipient,
            payload=notice_payload("language.current"),
            due_at=bot.clock.now(),
            now=bot.clock.now(),
        )


def status_of(bot: RunningBot, key: str = "hello") -> tuple[str, int, str | None]:
    with bot.runtime.db.unit_of_work() as uow:
        row = OutboxRepository(uow.session).by_key(key)
        assert row is not None
        return row.status, row.attempts, row.last_error


def posts(bot: RunningBot) -> list:
    return [call for call in bot.fake.calls_to("chat.postMessage") if call.status == 200]


def test_a_429_is_retried_after_retry_after(bot: RunningBot) -> None:
    enqueue(bot)
    bot.fake.inject("chat.postMessage", status=429, retry_after=1)
    report = bot.runtime.services.outbox.dispatch(now=bot.clock.now())
    assert report.sent == 1
    first, second = bot.fake.calls_to("chat.postMessage")
    assert first.status == 429 and second.status == 200
    assert second.at - first.at >= 1.0
    assert len(bot.fake.messages) == 1


def test_a_500_is_retried_by_the_next_pass(bot: RunningBot) -> None:
    enqueue(bot)
    bot.fake.inject("chat.postMessage", status=500, times=3)  # more than the client retries
    assert bot.runtime.services.outbox.dispatch(now=bot.clock.now()).retried == 1
    assert status_of(bot) == (OutboxStatus.PENDING, 1, "http_500")
    assert bot.runtime.services.outbox.dispatch(now=bot.clock.now()).sent == 0  # backing off
    later = bot.clock.advance(minutes=1)
    assert bot.runtime.services.outbox.dispatch(now=later).sent == 1
    assert status_of(bot) == (OutboxStatus.SENT, 2, "http_500")
    assert len(bot.fake.messages) == 1


def test_the_message_is_written_in_the_recipients_language(bot: RunningBot) -> None:
    enqueue(bot, recipient="USVEN")
    bot.runtime.services.outbox.dispatch(now=bot.clock.now())
    (message,) = bot.fake.messages
    assert "Jag skriver till dig på svenska" in message.text


def test_dispatch_from_the_command_line_twice_for_one_instant_delivers_once(
    bot: RunningBot,
) -> None:
    enqueue(bot)
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": bot.fake.bot_token,
        "SLACK_API_URL": bot.fake.api_url,
        "DATABASE_URL": bot.runtime.settings.database_url,
    }
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "bot", "dispatch", "--now", DUE],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    assert "1 sent" in done.stdout or len(posts(bot)) == 1
    assert len(posts(bot)) == 1
    assert status_of(bot)[0] == OutboxStatus.SENT


def test_a_message_due_later_waits_for_its_instant(bot: RunningBot) -> None:
    with bot.runtime.db.unit_of_work() as uow:
        OutboxRepository(uow.session).add(
            dedupe_key="later",
            team_id=bot.fake.team_id,
            kind="notice",
            recipient="UANNA",
            payload=notice_payload("language.current"),
            due_at=bot.clock.now() + timedelta(days=30),
            now=bot.clock.now(),
        )
    assert bot.runtime.services.outbox.dispatch(now=bot.clock.now()).sent == 0
    assert bot.runtime.services.outbox.dispatch(now=bot.clock.advance(days=30)).sent == 1
