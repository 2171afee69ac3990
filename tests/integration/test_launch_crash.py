"""A launch survives the bot being killed halfway: one channel, one invite, one welcome each."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.config import from_env
from bot.domain.enums import RelationshipStatus
from bot.main import build
from storage.migrate import upgrade
from storage.models import Relationship
from tests.fakeslack import FakeSlack
from tests.integration.conftest import COORDINATOR
from tests.integration.test_cli import CLEAN, free_port, wait_for_health
from tests.integration.test_launch import sign_up
from tests.integration.test_programs import program_form
from tests.support import SIGNING_SECRET, ManualClock

PAIRS = 30


class _Bot:
    """Just enough of the test bot for `sign_up`: runtime, fake and clock."""

    def __init__(self, runtime, fake: FakeSlack, clock: ManualClock) -> None:
        self.runtime, self.fake, self.clock = runtime, fake, clock


def start_bot(env: dict[str, str], port: int, cwd: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--http", "--port", str(port)],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for_health(f"http://127.0.0.1:{port}/healthz")
    except AssertionError:
        process.kill()
        raise
    return process


def channels(fake: FakeSlack) -> list:
    return [c for c in list(fake.channels.values()) if c.name.startswith("mentor-")]


def welcomes(fake: FakeSlack) -> Counter[str]:
    """Welcomes per pair channel: the message with the agreement button (meetings follow)."""
    ids = {c.id for c in channels(fake)}
    return Counter(
        m.channel
        for m in list(fake.messages)
        if m.channel in ids and "agreement_open" in str(m.blocks)
    )


def wait(predicate, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


@pytest.mark.slow
def test_a_launch_killed_halfway_resumes_without_duplicates(
    fake_slack: FakeSlack, tmp_path: Path
) -> None:
    fake_slack.add_user(COORDINATOR, real_name="Coordinator")
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    settings = from_env(
        {
            "SLACK_BOT_TOKEN": fake_slack.bot_token,
            "SLACK_API_URL": fake_slack.api_url,
            "DATABASE_URL": url,
            "MENTORBOT_COORDINATORS": COORDINATOR,
        }
    )
    clock = ManualClock(datetime.now(UTC) - timedelta(minutes=1))  # the bot runs on real time
    runtime = build(settings, clock=clock)
    upgrade(runtime.db.engine)
    from bot.views.program_modal import read_program

    draft = read_program(program_form())
    services = runtime.services
    services.programs.create(
        team_id=fake_slack.team_id, user_id=COORDINATOR, draft=draft, now=clock.now()
    )
    sign_up(_Bot(runtime, fake_slack, clock), PAIRS)
    services.matching.propose(
        team_id=fake_slack.team_id, user_id=COORDINATOR, program_id=1, now=clock.now()
    )
    services.launches.start(
        team_id=fake_slack.team_id, user_id=COORDINATOR, program_id=1, now=clock.now()
    )
    runtime.db.dispose()
    fake_slack.rate_limit("conversations.create", 3, window=1.0)  # a launch of ~10 seconds
    env = {
        **CLEAN,
        "SLACK_BOT_TOKEN": fake_slack.bot_token,
        "SLACK_API_URL": fake_slack.api_url,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "DATABASE_URL": url,
    }

    first = start_bot(env, free_port(), tmp_path)
    wait(lambda: len(channels(fake_slack)) >= 10, timeout=30)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    halfway = len(channels(fake_slack))
    assert halfway < PAIRS, "the launch finished before the kill: slow the rate limit down"

    second = start_bot(env, free_port(), tmp_path)
    try:
        wait(lambda: len(welcomes(fake_slack)) == PAIRS, timeout=90)
        time.sleep(0.5)  # anything extra would show up now
    finally:
        second.send_signal(signal.SIGTERM)
        output, _ = second.communicate(timeout=20)
    assert second.returncode == 0, output

    made = channels(fake_slack)
    assert len(made) == PAIRS
    assert set(welcomes(fake_slack).values()) == {1}, welcomes(fake_slack)
    invited = Counter(
        (call.params["channel"], call.params["users"])
        for call in fake_slack.calls_to("conversations.invite")
        if call.status == 200 and call.response.get("ok")
    )
    assert len(invited) == 2 * PAIRS and set(invited.values()) == {1}, invited
    assert all(len(c.members) == 3 and COORDINATOR not in c.members for c in made)
    runtime = build(settings, clock=clock)
    with runtime.db.unit_of_work() as uow:
        statuses = set(uow.session.scalars(select(Relationship.status)))
    assert statuses == {RelationshipStatus.ACTIVE}
