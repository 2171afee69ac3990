"""Log lines: JSON off a terminal, the human format on one, the request id on both."""

import io
import json
import logging
from collections.abc import Iterator
from datetime import datetime

import pytest

from bot.config import from_env
from bot.logs import current_request_id, log_handler, request_scope
from bot.main import build


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("tests.logs")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    yield logger
    for handler in list(logger.handlers):
        logger.removeHandler(handler)


def lines_of(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_off_a_terminal_each_line_is_a_json_object(logger: logging.Logger) -> None:
    stream = io.StringIO()
    logger.addHandler(log_handler(stream))
    logger.warning("%s pairs planned", 3)
    (line,) = lines_of(stream)
    assert set(line) == {"time", "level", "logger", "message"}
    assert (line["level"], line["logger"], line["message"]) == (
        "WARNING",
        "tests.logs",
        "3 pairs planned",
    )
    assert datetime.fromisoformat(line["time"]).utcoffset().total_seconds() == 0


def test_lines_logged_in_a_request_scope_carry_its_id(logger: logging.Logger) -> None:
    stream = io.StringIO()
    logger.addHandler(log_handler(stream))
    with request_scope() as first:
        logger.info("one")
        with request_scope() as second:
            logger.info("two")
        logger.info("three")
    logger.info("four")
    assert current_request_id() is None
    ids = [line.get("request_id") for line in lines_of(stream)]
    assert ids == [first, second, first, None]
    assert len(first) == 32 and first != second


def test_an_exception_comes_as_text_in_its_own_field(logger: logging.Logger) -> None:
    stream = io.StringIO()
    logger.addHandler(log_handler(stream))
    try:
        raise ValueError("boom")
    except ValueError:
        logger.exception("it failed")
    (line,) = lines_of(stream)
    assert line["message"] == "it failed"
    assert "Traceback" in line["exception"] and "ValueError: boom" in line["exception"]


def test_on_a_terminal_the_lines_are_for_people(logger: logging.Logger) -> None:
    stream = Terminal()
    logger.addHandler(log_handler(stream))
    with request_scope() as request_id:
        logger.info("hello")
    logger.info("bye")
    first, second = stream.getvalue().splitlines()
    assert first.endswith(f" INFO tests.logs [{request_id}]: hello")
    assert second.endswith(" INFO tests.logs: bye")


def test_a_start_with_the_token_in_the_environment_warns_of_nothing(
    tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    environment = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "secret",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)  # Bolt reads SLACK_BOT_TOKEN from here itself
    with caplog.at_level(logging.WARNING):
        runtime = build(from_env(environment))
    runtime.db.dispose()
    assert [r.getMessage() for r in caplog.records if r.name.startswith("slack_bolt")] == []
