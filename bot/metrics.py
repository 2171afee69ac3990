"""The bot's metrics, served on GET /metrics in Prometheus' text format.

They live on a registry of their own, not on prometheus-client's global one, so that each
runtime (a test builds many) has its own. Labels take values from short fixed sets (request
kinds, outcomes, Slack method names and error codes, outbox message kinds), never from
what people write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy.exc import SQLAlchemyError

from bot.records import OutboxBacklog

log = logging.getLogger(__name__)

# Slack gives up on an answer after 3 s; the buckets around it are the ones that matter.
REQUEST_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0)
# A quiet pass takes milliseconds; one sending a launch under Slack's rate limits, minutes.
PASS_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0)


class Metrics:
    """Every metric the bot keeps, on `registry`. It is also the services' Meter."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.requests = Counter(
            "mentorbot_slack_requests",
            "Requests from Slack handled, by kind and outcome",
            ["kind", "outcome"],
            registry=self.registry,
        )
        self.request_seconds = Histogram(
            "mentorbot_slack_request_seconds",
            "From a request's arrival until its listener has finished (work after the ack "
            "included), by kind",
            ["kind"],
            buckets=REQUEST_BUCKETS,
            registry=self.registry,
        )
        self.api_errors = Counter(
            "mentorbot_slack_api_errors",
            "Failed attempts at Slack Web API calls (retried ones included), by method and "
            "error code",
            ["method", "error"],
            registry=self.registry,
        )
        self.send_failures = Counter(
            "mentorbot_outbox_send_failures",
            "Outbox messages whose sending failed, by message kind and outcome (retried: "
            "tried again later; failed: given up)",
            ["kind", "outcome"],
            registry=self.registry,
        )
        self.pass_seconds = Histogram(
            "mentorbot_pass_seconds",
            "One pass of the rhythm: surveys, planner and dispatcher",
            buckets=PASS_BUCKETS,
            registry=self.registry,
        )
        self.planner_seconds = Histogram(
            "mentorbot_planner_seconds",
            "One run of the planner (a pass runs it once, or twice when sending made pairs ready)",
            buckets=PASS_BUCKETS,
            registry=self.registry,
        )

    def request_done(self, kind: str, outcome: str, seconds: float) -> None:
        self.requests.labels(kind=kind, outcome=outcome).inc()
        self.request_seconds.labels(kind=kind).observe(seconds)

    def slack_api_error(self, method: str, error: str) -> None:
        self.api_errors.labels(method=method, error=error).inc()

    def send_failed(self, *, kind: str, outcome: str) -> None:
        self.send_failures.labels(kind=kind, outcome=outcome).inc()

    def pass_timer(self) -> AbstractContextManager[object]:
        return self.pass_seconds.time()

    def planner_timer(self) -> AbstractContextManager[object]:
        return self.planner_seconds.time()

    def watch_outbox(self, backlog: Callable[[], OutboxBacklog]) -> None:
        """Report the outbox's backlog, read by `backlog` at each scrape."""
        self.registry.register(OutboxCollector(backlog))


class OutboxCollector(Collector):
    """The outbox's gauges, read when scraped: one query. While the database does not answer,
    a scrape leaves them out (GET /healthz says why) instead of failing whole."""

    def __init__(self, backlog: Callable[[], OutboxBacklog]) -> None:
        self.backlog = backlog

    def describe(self) -> Iterable[Metric]:
        """What collect() gives, without reading the database (asked at registration)."""
        return _families(None)

    def collect(self) -> Iterable[Metric]:
        try:
            backlog = self.backlog()
        except SQLAlchemyError as error:
            log.warning("metrics: the outbox cannot be read: %s", type(error).__name__)
            return []
        return _families(backlog)


def _families(backlog: OutboxBacklog | None) -> list[Metric]:
    messages = GaugeMetricFamily(
        "mentorbot_outbox_messages", "Outbox messages not sent yet, by status", labels=["status"]
    )
    due = GaugeMetricFamily(
        "mentorbot_outbox_due_messages",
        "Outbox messages a dispatcher would take now: pending ones whose time has come and "
        "claims that ran out (the backlog)",
    )
    if backlog is not None:
        messages.add_metric(["pending"], backlog.pending)
        messages.add_metric(["sending"], backlog.sending)
        due.add_metric([], backlog.due)
    return [messages, due]
