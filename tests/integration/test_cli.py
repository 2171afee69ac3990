"""`mentorbot` as a person runs it: clear one-line refusals, and a bot that starts and answers."""

import contextlib
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot import cli
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


def test_a_port_it_cannot_listen_on_is_named(tmp_path: Path, fake_slack: FakeSlack) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        done = mentorbot(
            "run",
            "--http",
            "--host",
            "127.0.0.1",
            "--port",
            str(taken.getsockname()[1]),
            cwd=tmp_path,
            SLACK_BOT_TOKEN=fake_slack.bot_token,
            SLACK_SIGNING_SECRET="s",
            SLACK_API_URL=fake_slack.api_url,
            DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}",
        )
    assert_one_clear_line(done, "cannot listen on 127.0.0.1:", "PORT")


def test_settings_come_from_dotenv_and_migrate_works(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"DATABASE_URL=sqlite:///{tmp_path / 'from-dotenv.db'}\n")
    done = mentorbot("migrate", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "from-dotenv.db").exists()


def test_the_bot_starts_answers_healthz_and_stops_on_sigterm(
    tmp_path: Path, fake_slack: FakeSlack
) -> None:
    """SIGTERM while health checks are in flight: the bot stops accepting, sends every answer
    it has begun whole, and exits 0 without a traceback."""
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
        sigterm_during_health_checks(process, port)
    except BaseException:
        process.kill()
        raise
    finally:
        output, _ = process.communicate(timeout=30)
        print(output)
    assert process.returncode == 0
    for sign_of_trouble in ("Traceback", "Bad file descriptor", "OSError"):
        assert sign_of_trouble not in output
    lines = [json.loads(line) for line in output.splitlines()]  # off a terminal: JSON lines
    assert "ERROR" not in {line["level"] for line in lines}


def sigterm_during_health_checks(process: subprocess.Popen[str], port: int) -> None:
    """SIGTERM while one health check is half sent and others come: the bot stops accepting,
    answers the one it has begun to read, and each other one whole or not at all."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
        slow.sendall(HEALTHZ + b"\r\n")  # a whole request on a connection kept alive
        assert_whole_ok(read_answer(slow))
        slow.sendall(HEALTHZ)  # the next one, begun
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = [pool.submit(healthz_on_a_new_connection, port) for _ in range(8)]
            process.send_signal(signal.SIGTERM)
            wait_until_refused(port)
            slow.sendall(b"Connection: close\r\n\r\n")
            assert_whole_ok(read_answer(slow))
        for answer in answers:
            if answer.result():  # refused, or reset before its first byte: not begun
                assert_whole_ok(answer.result())


def test_in_socket_mode_sigterm_disconnects_then_stops_the_scheduler(
    tmp_path: Path,
    fake_slack: FakeSlack,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    signals_back_to_pytest: None,
) -> None:
    calls: list[str] = []
    port = free_port()
    served: dict[str, bytes] = {}

    class SocketModeHandler:  # stands in for Bolt's; SIGTERM comes once it is connected
        def __init__(self, app: object, app_token: str, web_client: object) -> None:
            calls.append(app_token)

        def connect(self) -> None:
            calls.append("connect")
            for path in ("/healthz", "/metrics"):  # served beside the connection, on PORT
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
                    served[path] = r.read()
            signal.raise_signal(signal.SIGTERM)

        def close(self) -> None:
            calls.append("close")

    monkeypatch.setattr("slack_bolt.adapter.socket_mode.SocketModeHandler", SocketModeHandler)
    for name in [name for name in os.environ if name.startswith(("SLACK_", "MENTORBOT_"))]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SLACK_BOT_TOKEN", fake_slack.bot_token)
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1")
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 's.db'}")
    monkeypatch.setenv("PORT", str(port))
    monkeypatch.chdir(tmp_path)
    caplog.set_level(logging.INFO)
    assert cli.main(["run"]) == 0
    assert calls == ["xapp-1", "connect", "close"]
    assert json.loads(served["/healthz"]) == {"status": "ok"}
    assert b"# TYPE mentorbot_outbox_due_messages gauge" in served["/metrics"]
    with pytest.raises(OSError):  # and no longer once stopped
        urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
    messages = [record.getMessage() for record in caplog.records]
    assert messages.index("Scheduler has been shut down") < messages.index("stopped")
    assert messages[-1] == "stopped"


@pytest.fixture
def signals_back_to_pytest() -> Iterator[None]:
    """`mentorbot run` in this process takes SIGTERM and SIGINT: give them back afterwards."""
    taken = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}
    yield
    for number, handler in taken.items():
        signal.signal(number, handler)


HEALTHZ = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"


def healthz_on_a_new_connection(port: int) -> bytes:
    """What the bot answers to /healthz; nothing when it refuses or resets the connection."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall(HEALTHZ + b"Connection: close\r\n\r\n")
            return read_answer(connection)
    except (ConnectionRefusedError, ConnectionResetError, BrokenPipeError):
        return b""


def read_answer(connection: socket.socket) -> bytes:
    """One HTTP answer, or what came of it before the bot closed or reset the connection."""
    received = b""
    with contextlib.suppress(ConnectionResetError):
        while not is_whole(received) and (chunk := connection.recv(4096)):
            received += chunk
    return received


def is_whole(answer: bytes) -> bool:
    head, blank, body = answer.partition(b"\r\n\r\n")
    length = re.search(rb"\r\nContent-Length: (\d+)", head)
    return bool(blank and length and len(body) >= int(length.group(1)))


def assert_whole_ok(answer: bytes) -> None:
    assert is_whole(answer), answer
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 "), answer
    assert json.loads(body) == {"status": "ok"}


def wait_until_refused(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        except ConnectionRefusedError:
            return
        time.sleep(0.02)
    raise AssertionError("the bot still accepts connections after SIGTERM")


def wait_for_health(url: str, timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return json.load(response)
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the bot did not answer /healthz")
