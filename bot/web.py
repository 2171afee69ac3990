"""The HTTP surface: POST /slack/events for Slack, GET /healthz for load balancers, GET
/metrics for Prometheus. In Socket Mode a server of its own serves the last two."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from prometheus_client import CollectorRegistry, make_wsgi_app
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy.exc import SQLAlchemyError
from waitress import wasyncore
from waitress.server import create_server

from storage.db import Database

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"
GRACE_SECONDS = 5  # for the answers begun; Slack gives up on one after 3 s


def wsgi_app(
    app: App, db: Database, registry: CollectorRegistry | None = None
) -> Callable[..., Iterable[bytes]]:
    """Slack's requests go to Bolt; /healthz answers 200 while the database answers; /metrics
    gives the registry's metrics (when there is one)."""
    return _operations(db, registry, SlackRequestHandler(app, path=EVENTS_PATH))


def operations_app(db: Database, registry: CollectorRegistry) -> Callable[..., Iterable[bytes]]:
    """/healthz and /metrics only: what Socket Mode serves beside its connection to Slack."""
    return _operations(db, registry, _not_found)


def _operations(
    db: Database, registry: CollectorRegistry | None, rest: Callable[..., Iterable[bytes]]
) -> Callable[..., Iterable[bytes]]:
    metrics = make_wsgi_app(registry) if registry is not None else None

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if path == HEALTH_PATH and method == "GET":
            return _health(db, start_response)
        if path == METRICS_PATH and method == "GET" and metrics is not None:
            return metrics(environ, start_response)
        return rest(environ, start_response)

    return application


def _not_found(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    return _json(start_response, "404 Not Found", {"status": "not found"})


def _health(db: Database, start_response: Callable[..., Any]) -> Iterable[bytes]:
    try:
        db.ping()
    except SQLAlchemyError as error:
        log.warning("health check: the database does not answer: %s", type(error).__name__)
        return _json(start_response, "503 Service Unavailable", {"status": "database unavailable"})
    return _json(start_response, "200 OK", {"status": "ok"})


def _json(start_response: Callable[..., Any], status: str, body: dict[str, str]) -> Iterable[bytes]:
    data = json.dumps(body).encode()
    start_response(
        status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
    )
    return [data]


def http_server(
    app: App,
    db: Database,
    *,
    host: str = "0.0.0.0",
    port: int = 3000,
    threads: int = 8,
    registry: CollectorRegistry | None = None,
) -> HttpServer:
    """The app served by waitress; call `.run()` to serve and `.close()` to stop."""
    paths = f"POST {EVENTS_PATH}, GET {HEALTH_PATH}" + (f", GET {METRICS_PATH}" if registry else "")
    return HttpServer(
        wsgi_app(app, db, registry), host=host, port=port, threads=threads, paths=paths
    )


def operations_server(
    db: Database, registry: CollectorRegistry, *, host: str = "0.0.0.0", port: int = 3000
) -> HttpServer:
    """/healthz and /metrics served by waitress, for Socket Mode."""
    return HttpServer(
        operations_app(db, registry),
        host=host,
        port=port,
        threads=2,
        paths=f"GET {HEALTH_PATH}, GET {METRICS_PATH}",
    )


class HttpServer:
    """waitress, stopped in order: refuse new connections, send the answers begun, close.

    waitress's own close() closes all its sockets at once, among them the trigger that its
    task threads pull when an answer is ready: called from a signal handler while they
    answer, it makes them write to a closed descriptor (EBADF). Here close() only asks, and
    run(), on the thread that polls the sockets, does the closing.
    """

    def __init__(
        self,
        application: Callable[..., Iterable[bytes]],
        *,
        host: str,
        port: int,
        threads: int,
        paths: str,
    ) -> None:
        self.paths = paths
        self._sockets: dict[int, wasyncore.dispatcher] = {}
        self._server = create_server(
            application, map=self._sockets, host=host, port=port, threads=threads
        )
        self._closing = False

    @property
    def effective_port(self) -> int:
        return self._server.effective_port

    def run(self) -> None:
        """Serve until close() is called, then stop in order and return."""
        log.info(
            "serving HTTP on %s:%s: %s",
            self._server.effective_host,
            self._server.effective_port,
            self.paths,
        )
        while not self._closing:
            self._poll(self._server.adj.asyncore_loop_timeout)
        self._finish()

    def close(self) -> None:
        """Ask run() to stop. It only sets a flag, so a signal handler may call it."""
        self._closing = True

    def _finish(self) -> None:
        """Refuse new connections, give the busy ones GRACE_SECONDS to finish, close all."""
        server = self._server
        wasyncore.dispatcher.close(server)  # the listener only: server.close() shuts the trigger
        log.info("no longer accepting connections; finishing %s open", len(server.active_channels))
        deadline = time.monotonic() + GRACE_SECONDS
        timeout = 0.0  # first read what has already arrived
        while server.active_channels and time.monotonic() < deadline:
            self._poll(timeout)
            self._close_idle()
            timeout = server.adj.asyncore_loop_timeout
        if server.active_channels:
            log.warning("closing %s connections still busy", len(server.active_channels))
        server.task_dispatcher.shutdown()  # joins the task threads before the trigger closes
        wasyncore.close_all(self._sockets)

    def _close_idle(self) -> None:
        """Connections with no request begun and nothing left to send close at the next poll."""
        for channel in list(self._server.active_channels.values()):
            if not (channel.requests or channel.request or channel.total_outbufs_len):
                channel.will_close = True

    def _poll(self, timeout: float) -> None:
        adj = self._server.adj
        wasyncore.loop(timeout, adj.asyncore_use_poll, self._sockets, count=1)
