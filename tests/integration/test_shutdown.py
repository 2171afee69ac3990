"""SIGTERM while the dispatcher sends: the message on its way is sent and recorded, the ones
claimed with it and not begun are given back, and the bot exits 0."""

from __future__ import annotations

import json
import signal
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.domain.enums import OutboxStatus
from bot.services.deliveries import notice_payload
from storage.db import Database
from storage.migrate import upgrade
from storage.models import OutboxMessage
from tests.fakeslack import FakeSlack
from tests.integration.test_cli import CLEAN, free_port
from tests.integration.test_launch_crash import start_bot, wait
from tests.support import SIGNING_SECRET

KEYS = ("first", "second")


def queue_notices(url: str, channel: str) -> None:
    db = Database(url)
    upgrade(db.engine)
    due = datetime.now(UTC) - timedelta(minutes=1)  # the bot runs on the wall clock
    with db.unit_of_work() as uow:
        for key in KEYS:
            uow.outbox.add(
                dedupe_key=key,
                team_id="T0001",
                kind="notice",
                recipient=channel,
                payload=notice_payload("language.current"),
                due_at=due,
                now=due,
            )
    db.dispose()


def rows(url: str) -> list[OutboxMessage]:
    db = Database(url)
    with db.unit_of_work() as uow:
        found = [uow.outbox.by_key(key) for key in KEYS]
    db.dispose()
    return [row for row in found if row is not None]


def test_sigterm_during_a_send_finishes_it_and_gives_back_the_rest(
    tmp_path: Path, fake_slack: FakeSlack
) -> None:
    url = f"sqlite:///{tmp_path / 'stop.db'}"
    channel = fake_slack.add_channel("general").id
    queue_notices(url, channel)
    fake_slack.inject("chat.postMessage", delay=4.0)  # the first send takes its time
    env = {
        **CLEAN,
        "SLACK_BOT_TOKEN": fake_slack.bot_token,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake_slack.api_url,
        "DATABASE_URL": url,
    }
    port = free_port()
    process = start_bot(env, port, tmp_path)
    try:
        wait(lambda: fake_slack.faults_left("chat.postMessage") == 0, timeout=30)  # on its way
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
            metrics = answer.read().decode()
        process.send_signal(signal.SIGTERM)
    finally:
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert 'mentorbot_outbox_messages{status="sending"} 2.0' in metrics  # both claimed

    sent, given_back = rows(url)
    assert (sent.status, sent.attempts, sent.claimed_until) == (OutboxStatus.SENT, 1, None)
    assert sent.result is not None and sent.result["ts"]
    assert (given_back.status, given_back.attempts, given_back.claimed_until) == (
        OutboxStatus.PENDING,
        0,
        None,
    )
    assert len(fake_slack.messages_in(channel)) == 1
    lines = [json.loads(line) for line in output.splitlines()]  # off a terminal: JSON lines
    assert {line["level"] for line in lines} <= {"INFO", "WARNING"}, output
    assert lines[-1]["message"] == "stopped"
