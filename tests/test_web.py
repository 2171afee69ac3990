"""What Socket Mode serves over HTTP beside its connection: /healthz and /metrics, no more."""

import json
from pathlib import Path
from wsgiref.util import setup_testing_defaults

from sqlalchemy.exc import OperationalError

from bot.metrics import Metrics
from bot.records import OutboxBacklog
from bot.web import operations_app
from storage.db import Database


def get(application, path: str, method: str = "GET") -> tuple[str, dict[str, str], bytes]:
    environ: dict = {"PATH_INFO": path, "REQUEST_METHOD": method}
    setup_testing_defaults(environ)
    answer: dict = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info=None) -> None:
        answer["status"], answer["headers"] = status, dict(headers)

    body = b"".join(application(environ, start_response))
    return answer["status"], answer["headers"], body


def test_the_side_server_answers_health_and_metrics_only(db: Database) -> None:
    metrics = Metrics()
    metrics.watch_outbox(lambda: OutboxBacklog(pending=4, sending=1, due=3))
    metrics.request_done("event", "ok", 0.02)
    application = operations_app(db, metrics.registry)

    status, headers, body = get(application, "/healthz")
    assert (status, headers["Content-Type"], json.loads(body)) == (
        "200 OK",
        "application/json",
        {"status": "ok"},
    )
    status, headers, body = get(application, "/metrics")
    assert status.startswith("200") and headers["Content-Type"].startswith("text/plain")
    text = body.decode()
    assert 'mentorbot_outbox_messages{status="pending"} 4.0' in text
    assert "mentorbot_outbox_due_messages 3.0" in text
    assert 'mentorbot_slack_requests_total{kind="event",outcome="ok"} 1.0' in text
    assert get(application, "/slack/events", "POST")[0] == "404 Not Found"
    assert get(application, "/metrics", "POST")[0] == "404 Not Found"


def test_each_runtime_has_metrics_of_its_own() -> None:
    first, second = Metrics(), Metrics()  # the global registry would refuse the second
    first.slack_api_error("chat.postMessage", "ratelimited")
    name = "mentorbot_slack_api_errors_total"
    labels = {"method": "chat.postMessage", "error": "ratelimited"}
    assert first.registry.get_sample_value(name, labels) == 1
    assert second.registry.get_sample_value(name, labels) is None


def test_a_database_that_does_not_answer_leaves_the_outbox_out_of_a_scrape(
    tmp_path: Path,
) -> None:
    def unreadable() -> OutboxBacklog:
        raise OperationalError("SELECT", {}, Exception("gone"))

    metrics = Metrics()
    metrics.watch_outbox(unreadable)  # registering reads nothing yet
    metrics.request_done("command", "ok", 0.1)
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    status, _, body = get(operations_app(db, metrics.registry), "/metrics")
    assert status.startswith("200")
    assert b"mentorbot_slack_requests_total" in body
    assert b"mentorbot_outbox_due_messages " not in body
    db.dispose()
