"""`mentorbot run` in Socket Mode, as a real process: it opens the fake Slack's WebSocket with
the app-level token, acks and answers what comes over it, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from subprocess import Popen
from typing import IO, TypeVar

import pytest

from tests.fakeslack import FakeSlack, SocketDriver
from tests.fakeslack.driver import date_value, text_value
from tests.integration.conftest import COORDINATOR
from tests.integration.forms import program_form
from tests.integration.test_cli import CLEAN, assert_one_clear_line, mentorbot

T = TypeVar("T")
PATIENCE = 60.0  # seconds; generous for a loaded machine, and each wait ends when it holds
SIGNS_OF_TROUBLE = ("Traceback", " ERROR ", "Bad file descriptor")


@dataclass
class SocketBot:
    process: Popen[str]
    log: Path  # what the bot printed (a file: a pipe nobody reads could fill and stall it)
    fake: FakeSlack
    driver: SocketDriver

    def wait_for(self, found: Callable[[], T | None], what: str) -> T:
        """Wait until `found` gives something; fail at once if the bot has stopped."""
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"mentorbot ended while waiting for {what}"
            value = found()
            if value:
                return value
            time.sleep(0.02)
        raise AssertionError(f"no {what} within {PATIENCE} s")

    def answer_to_last_command(self) -> str:
        """The text the bot posted to the last command's response URL."""
        token = (self.driver.last_response_url or "").rsplit("/", 1)[-1]

        def answer() -> str | None:
            bodies = [r["body"] for r in self.fake.responses if r["token"] == token]
            return str(bodies[0]) if bodies else None

        return self.wait_for(answer, "answer to the command")


@pytest.fixture
def patient_fake() -> Iterator[FakeSlack]:
    """The fake, with trigger ids that outlive Slack's 3 s: a loaded machine may take longer
    to open a modal, and the 3 s are not what these tests are about."""
    with FakeSlack(trigger_ttl=PATIENCE) as fake:
        yield fake


@pytest.fixture
def socket_bot(tmp_path: Path, patient_fake: FakeSlack) -> Iterator[SocketBot]:
    patient_fake.add_user(COORDINATOR, real_name="Coordinator", locale="en-GB")
    patient_fake.add_user("UANNA", real_name="Anna", locale="en-US")
    log = tmp_path / "mentorbot.log"
    with log.open("w") as output:
        process = start_socket_mode(tmp_path, patient_fake, output)
    bot = SocketBot(process, log, patient_fake, SocketDriver(patient_fake, timeout=PATIENCE))
    try:
        bot.wait_for(patient_fake.socket_mode.is_connected, "Socket Mode connection")
        yield bot
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        print(log.read_text())


def start_socket_mode(tmp_path: Path, fake: FakeSlack, output: IO[str]) -> Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        env={
            **CLEAN,
            "SLACK_BOT_TOKEN": fake.bot_token,
            "SLACK_APP_TOKEN": fake.app_token,
            "SLACK_API_URL": fake.api_url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'socket.db'}",
            "MENTORBOT_COORDINATORS": COORDINATOR,
        },
        cwd=tmp_path,
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.mark.slow
def test_commands_interactions_and_events_come_over_the_socket(socket_bot: SocketBot) -> None:
    bot, fake = socket_bot, socket_bot.fake
    assert fake.calls_to("apps.connections.open")[0].response["ok"]  # the xapp- token worked
    slash_commands_are_acked_and_answered(bot)
    a_modal_opened_by_a_command_is_submitted_over_the_socket(bot)
    a_button_opens_a_modal_with_its_trigger(bot)
    app_home_opened_publishes_the_home_tab(bot)
    after_a_disconnect_the_bot_connects_anew_and_goes_on(bot)
    sigterm_closes_the_socket_and_ends_with_0(bot)


def slash_commands_are_acked_and_answered(bot: SocketBot) -> None:
    ack = bot.driver.command("UANNA", "help")
    assert ack.payload is None  # an empty ack; the answer goes to the response URL
    assert "/mentor language" in bot.answer_to_last_command()
    bot.driver.command("UANNA", "next")
    assert "You are not in an active pair" in bot.answer_to_last_command()


def a_modal_opened_by_a_command_is_submitted_over_the_socket(bot: SocketBot) -> None:
    bot.driver.command(COORDINATOR, "program new")
    bot.wait_for(lambda: modal_for(bot.fake, COORDINATOR, "program_modal"), "program modal")
    starts = date.today() + timedelta(days=60)
    dates = {
        "starts_on": date_value(starts.isoformat()),
        "signup_deadline": date_value((starts - timedelta(days=7)).isoformat()),
    }
    refused = bot.driver.view_submission(
        COORDINATOR,
        callback_id="program_modal",
        values=program_form(**dates, name=text_value(" ")),
    )
    assert refused.payload is not None and refused.payload["response_action"] == "errors"
    assert set(refused.payload["errors"]) == {"name"}
    created = bot.driver.view_submission(
        COORDINATOR, callback_id="program_modal", values=program_form(**dates)
    )
    assert created.payload is None
    bot.wait_for(
        lambda: any("is created" in m.text for m in bot.fake.messages_in(COORDINATOR)),
        "confirmation that the program is created",
    )


def a_button_opens_a_modal_with_its_trigger(bot: SocketBot) -> None:
    ack = bot.driver.block_action("UANNA", "join_program", value="1")
    assert ack.payload is None
    view = bot.wait_for(lambda: modal_for(bot.fake, "UANNA", "signup_modal"), "sign-up modal")
    assert view["callback_id"] == "signup_modal"


def app_home_opened_publishes_the_home_tab(bot: SocketBot) -> None:
    ack = bot.driver.event({"type": "app_home_opened", "user": "UANNA", "tab": "home"})
    assert ack.payload is None
    home = bot.wait_for(lambda: bot.fake.home_views.get("UANNA"), "home tab")
    assert home["type"] == "home"


def after_a_disconnect_the_bot_connects_anew_and_goes_on(bot: SocketBot) -> None:
    socket_mode = bot.fake.socket_mode
    socket_mode.disconnect("refresh_requested")
    bot.wait_for(lambda: socket_mode.is_connected(count=2), "a second connection")
    assert len(bot.fake.calls_to("apps.connections.open")) >= 2
    bot.wait_for(lambda: socket_mode.links[0].closed, "the bot to close the first connection")
    bot.driver.command("UANNA", "help")
    assert "/mentor language" in bot.answer_to_last_command()


def sigterm_closes_the_socket_and_ends_with_0(bot: SocketBot) -> None:
    bot.process.send_signal(signal.SIGTERM)
    started = time.monotonic()
    assert bot.process.wait(timeout=PATIENCE) == 0
    assert time.monotonic() - started < 20  # slack_sdk's client takes up to 3 s to let go
    assert all(link.closed for link in bot.fake.socket_mode.links)
    output = bot.log.read_text()
    for sign_of_trouble in SIGNS_OF_TROUBLE:
        assert sign_of_trouble not in output
    assert json.loads(output.rstrip().splitlines()[-1])["message"] == "stopped"  # JSON lines


def modal_for(fake: FakeSlack, user_id: str, callback_id: str) -> dict | None:
    with fake.lock:
        for record in fake.views.values():
            if record["user"] == user_id and record["view"]["callback_id"] == callback_id:
                return record["view"]
    return None


def test_an_app_token_slack_refuses_is_named(tmp_path: Path, fake_slack: FakeSlack) -> None:
    done = mentorbot(
        "run",
        cwd=tmp_path,
        SLACK_BOT_TOKEN=fake_slack.bot_token,
        SLACK_APP_TOKEN="xapp-1-A0001-revoked",
        SLACK_API_URL=fake_slack.api_url,
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}",
    )
    assert_one_clear_line(done, "SLACK_APP_TOKEN", "invalid_auth")
    assert "Traceback" not in done.stderr
