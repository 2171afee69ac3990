"""`mentorbot` as a person runs it: clear one-line refusals, and a bot that starts and answers."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.fakeslack import FakeSlack
from tests.support import SIGNING_SECRET

CLEAN = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MENTORBOT_"))}


def mentorbot(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env={**CLEAN, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def assert_one_clear_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("mentorbot:")]
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_without_a_token_it_names_the_setting(tmp_path: Path) -> None:
    assert_one_clear_line(mentorbot("run", cwd=tmp_path), "SLACK_BOT_TOKEN", ".env")


def test_a_token_slack_refuses_is_named(tmp_path: Path, fake_slack: FakeSlack) -> None:
    done = mentorbot(
        "run",
        "--http",
        cwd=tmp_path,
        SLACK_BOT_TOKEN="xoxb-wrong",
        SLACK_SIGNING_SECRET="s",
        SLACK_API_URL=fake_slack.api_url,
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}",
    )
    assert_one_clear_line(done, "SLACK_BOT_TOKEN", "invalid_auth")


def test_http_mode_needs_the_signing_secret(tmp_path: Path) -> None:
    done = mentorbot("run", "--http", cwd=tmp_path, SLACK_BOT_TOKEN="xoxb-1")
    assert_one_clear_line(done, "SLACK_SIGNING_SECRET")


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("postgresql://nobody@127.0.0.1:1/none", "DATABASE_URL"),
        ("this is not a url", "DATABASE_URL"),
        ("sqlite:////nonexistent/dir/x.db", "DATABASE_URL"),
    ],
)
def test_a_database_it_cannot_use_is_named(tmp_path: Path, url: str, named: str) -> None:
    done = mentorbot("migrate", cwd=tmp_path, DATABASE_URL=url)
    assert_one_clear_line(done, named)


def test_an_unreachable_slack_is_named(tmp_path: Path) -> None:
    done = mentorbot(
        "run",
        "--http",
        cwd=tmp_path,
        SLACK_BOT_TOKEN="xoxb-1",
        SLACK_SIGNING_SECRET="s",
        SLACK_API_URL=f"http://127.0.0.1:{free_port()}/api/",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}",
    )
    assert_one_clear_line(done, "cannot reach Slack")


def test_settings_come_from_dotenv_and_migrate_works(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"DATABASE_URL=sqlite:///{tmp_path / 'from-dotenv.db'}\n")
    done = mentorbot("migrate", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "from-dotenv.db").exists()


def test_the_bot_starts_answers_healthz_and_stops_on_sigterm(
    tmp_path: Path, fake_slack: FakeSlack
) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--http", "--port", str(port)],
        env={
            **CLEAN,
            "SLACK_BOT_TOKEN": fake_slack.bot_token,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake_slack.api_url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'b.db'}",
        },
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert wait_for_health(f"http://127.0.0.1:{port}/healthz") == {"status": "ok"}
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=20)
    assert process.returncode == 0, output
    assert "Traceback" not in output


def wait_for_health(url: str, timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return json.load(response)
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the bot did not answer /healthz")
