"""The HTTP surface: POST /slack/events for Slack, GET /healthz for load balancers."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy.exc import SQLAlchemyError
from waitress import wasyncore
from waitress.server import create_server

from storage.db import Database

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
GRACE_SECONDS = 5  # for the answers begun; Slack gives up on one after 3 s


def wsgi_app(app: App, db: Database) -> Callable[..., Iterable[bytes]]:
    """Slack's requests go to Bolt; /healthz answers 200 while the database answers."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") == "GET":
            return _health(db, start_response)
        return slack(environ, start_response)

    return application


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
    app: App, db: Database, *, host: str = "0.0.0.0", port: int = 3000, threads: int = 8
) -> HttpServer:
    """The app served by waitress; call `.run()` to serve and `.close()` to stop."""
    return HttpServer(wsgi_app(app, db), host=host, port=port, threads=threads)


class HttpServer:
    """waitress, stopped in order: refuse new connections, send the answers begun, close.

    waitress's own close() closes all its sockets at once, among them the trigger that its
    task threads pull when an answer is ready: called from a signal handler while they
    answer, it makes them write to a closed descriptor (EBADF). Here close() only asks, and
    run(), on the thread that polls the sockets, does the closing.
    """

    def __init__(
        self, application: Callable[..., Iterable[bytes]], *, host: str, port: int, threads: int
    ) -> None:
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
            "serving HTTP on %s:%s: POST %s, GET %s",
            self._server.effective_host,
            self._server.effective_port,
            EVENTS_PATH,
            HEALTH_PATH,
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
