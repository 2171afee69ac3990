"""The HTTP surface: POST /slack/events for Slack, GET /healthz for load balancers."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy.exc import SQLAlchemyError
from waitress.server import create_server

from storage.db import Database

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


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
):
    """A waitress server for the app; call `.run()` to serve and `.close()` to stop."""
    return create_server(wsgi_app(app, db), host=host, port=port, threads=threads)
