"""The real bot served over HTTP, talking to the fake Slack; a driver plays Slack towards it."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from bot.config import from_env
from bot.main import Runtime, build
from bot.web import http_server
from tests.fakeslack import FakeSlack, SlackDriver
from tests.support import SIGNING_SECRET, ManualClock

COORDINATOR = "UCOORD"


@dataclass
class RunningBot:
    runtime: Runtime
    driver: SlackDriver
    clock: ManualClock
    fake: FakeSlack
    url: str
    seen_views: set[str] = field(default_factory=set)
    passes: list[threading.Thread] = field(default_factory=list)

    def settle(self) -> None:
        """Let the dispatch passes the bot kicked finish, then run one more: all that is due
        has been sent when this returns."""
        self._join_passes()
        self.runtime.services.passes.run(now=self.clock.now())
        self._join_passes()  # a kick during that pass may hold a message it claimed

    def _join_passes(self) -> None:
        for thread in list(self.passes):
            thread.join(timeout=60)

    def responses_for(self, response_url: str | None) -> list[dict]:
        """What the bot posted to one response URL (its answer to one command)."""
        token = (response_url or "").rstrip("/").rsplit("/", 1)[-1]
        return [r["body"] for r in self.fake.responses if r["token"] == token]

    def wait_for(self, predicate: Callable[[], object], timeout: float = 5.0) -> object:
        """Wait until the predicate holds: the bot answers slash commands after the ack."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.02)
        raise AssertionError("the bot did not do it in time")

    def answer_to(self, response_url: str | None) -> dict:
        """The bot's (first) answer to the command that got this response URL."""
        return self.wait_for(lambda: self.responses_for(response_url))[0]  # type: ignore[index]


def opened_view(bot: RunningBot, callback_id: str) -> dict:
    """The modal the bot opened last with this callback id; waits for one not seen before."""
    seen = bot.seen_views

    def find() -> dict | None:
        for view_id, record in reversed(list(bot.fake.views.items())):
            if record["view"].get("callback_id") == callback_id and view_id not in seen:
                seen.add(view_id)
                return record["view"]
        return None

    return bot.wait_for(find)  # type: ignore[return-value]


@pytest.fixture
def bot(fake_slack: FakeSlack, database_url: str) -> Iterator[RunningBot]:
    fake_slack.add_user(COORDINATOR, real_name="Coordinator", locale="en-GB")
    fake_slack.add_user("UANNA", real_name="Anna", locale="da-DK")
    fake_slack.add_user("USVEN", real_name="Sven", locale="sv-SE", tz="Europe/Stockholm")
    fake_slack.add_user("UEMMA", real_name="Emma", locale="en-US", tz="Europe/London")
    settings = from_env(
        {
            "SLACK_BOT_TOKEN": fake_slack.bot_token,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake_slack.api_url,
            "DATABASE_URL": database_url,
            "MENTORBOT_COORDINATORS": COORDINATOR,
        }
    )
    clock = ManualClock()
    runtime = build(settings, clock=clock)
    passes: list[threading.Thread] = []

    def kick() -> None:  # as the scheduler does when kicked: a pass in the background
        thread = threading.Thread(
            target=runtime.services.passes.run, kwargs={"now": clock.now()}, daemon=True
        )
        thread.start()
        passes.append(thread)

    runtime.services.kick.connect(kick)
    server = http_server(
        runtime.app, runtime.db, host="127.0.0.1", port=0, registry=runtime.metrics.registry
    )

    def serve() -> None:
        with contextlib.suppress(OSError, ValueError):  # closing the socket ends the loop so
            server.run()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.effective_port}"
    driver = SlackDriver(fake_slack, f"{url}/slack/events", SIGNING_SECRET)
    yield RunningBot(runtime, driver, clock, fake_slack, url, passes=passes)
    for thread in passes:
        thread.join(timeout=30)
    server.close()
    runtime.db.dispose()
