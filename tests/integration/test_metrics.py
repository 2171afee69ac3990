"""GET /metrics over HTTP, and the JSON log lines of a request, as operations see them."""

import io
import json
import logging
import urllib.request
from collections.abc import Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.logs import log_handler
from tests.integration.conftest import COORDINATOR, RunningBot
from tests.integration.test_outbox_delivery import enqueue

NAMES = (
    "mentorbot_slack_requests",
    "mentorbot_slack_request_seconds",
    "mentorbot_slack_api_errors",
    "mentorbot_outbox_send_failures",
    "mentorbot_outbox_messages",
    "mentorbot_outbox_due_messages",
    "mentorbot_pass_seconds",
    "mentorbot_planner_seconds",
)


def scrape(bot: RunningBot) -> dict[tuple[str, frozenset], float]:
    """Every sample on /metrics, by name and labels."""
    with urllib.request.urlopen(f"{bot.url}/metrics", timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(bot: RunningBot, name: str, **labels: str) -> float | None:
    return scrape(bot).get((name, frozenset(labels.items())))


def test_metrics_names_every_metric(bot: RunningBot) -> None:
    with urllib.request.urlopen(f"{bot.url}/metrics", timeout=10) as response:
        text = response.read().decode()
    for name in NAMES:
        assert f"# TYPE {name}" in text, name
    assert value(bot, "mentorbot_outbox_due_messages") == 0


def test_a_slash_command_is_counted_once_its_listener_is_done(bot: RunningBot) -> None:
    assert bot.driver.command(COORDINATOR, "help").status == 200
    bot.answer_to(bot.driver.last_response_url)
    count = ("mentorbot_slack_requests_total", {"kind": "command", "outcome": "ok"})
    bot.wait_for(lambda: value(bot, count[0], **count[1]) == 1)
    assert value(bot, "mentorbot_slack_request_seconds_count", kind="command") == 1


def test_a_request_no_listener_takes_is_counted_as_unhandled(bot: RunningBot) -> None:
    assert bot.driver.block_action(COORDINATOR, "no_such_button").status == 404
    labels = {"kind": "action", "outcome": "unhandled"}
    assert value(bot, "mentorbot_slack_requests_total", **labels) == 1


def test_a_failed_slack_call_in_a_listener_counts_as_an_error_of_its_method(
    bot: RunningBot,
) -> None:
    bot.fake.inject("views.open", error="internal_error")
    bot.driver.command(COORDINATOR, "program new")
    labels = {"kind": "command", "outcome": "error"}
    bot.wait_for(lambda: value(bot, "mentorbot_slack_requests_total", **labels) == 1)
    errors = {"method": "views.open", "error": "internal_error"}
    assert value(bot, "mentorbot_slack_api_errors_total", **errors) == 1


def test_outbox_failures_and_the_backlog_are_counted(bot: RunningBot) -> None:
    enqueue(bot, "retried")
    assert value(bot, "mentorbot_outbox_due_messages") == 1
    assert value(bot, "mentorbot_outbox_messages", status="pending") == 1
    bot.fake.inject("chat.postMessage", status=500, times=3)  # more than the client retries
    assert bot.runtime.services.passes.run(now=bot.clock.now()).sent.retried == 1
    enqueue(bot, "failed")
    bot.fake.inject("chat.postMessage", error="channel_not_found")
    assert bot.runtime.services.passes.run(now=bot.clock.now()).sent.failed == 1
    samples = scrape(bot)

    def sample(name: str, **labels: str) -> float | None:
        return samples.get((name, frozenset(labels.items())))

    failures = "mentorbot_outbox_send_failures_total"
    assert sample(failures, kind="notice", outcome="retried") == 1
    assert sample(failures, kind="notice", outcome="failed") == 1
    errors = "mentorbot_slack_api_errors_total"
    assert sample(errors, method="chat.postMessage", error="http_500") == 3
    assert sample(errors, method="chat.postMessage", error="channel_not_found") == 1
    assert sample("mentorbot_outbox_messages", status="pending") == 1  # backing off
    assert sample("mentorbot_outbox_due_messages") == 0
    assert sample("mentorbot_pass_seconds_count") == 2
    # a third planner run: the coordinators' notice of the failure, once sent, may ready pairs
    assert sample("mentorbot_planner_seconds_count") == 3


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """What the bot logs meanwhile, as `mentorbot run` writes it off a terminal."""
    stream = io.StringIO()
    handler = log_handler(stream)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


def test_the_lines_a_request_logs_carry_one_id_and_none_of_what_was_typed(
    bot: RunningBot, json_log: io.StringIO
) -> None:
    bot.fake.inject("views.open", error="internal_error")
    bot.driver.command(COORDINATOR, "program new confidential-words")
    labels = {"kind": "command", "outcome": "error"}
    bot.wait_for(lambda: value(bot, "mentorbot_slack_requests_total", **labels) == 1)
    lines = [json.loads(line) for line in json_log.getvalue().splitlines()]
    failure = next(line for line in lines if line["message"].startswith("unhandled error"))
    done = next(line for line in lines if line["message"].startswith("slack command error"))
    assert failure["request_id"] == done["request_id"]  # the listener's thread and Bolt's
    assert "SlackApiError" in failure["exception"]
    assert "confidential-words" not in json_log.getvalue()
