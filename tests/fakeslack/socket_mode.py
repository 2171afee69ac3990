"""Slack's side of Socket Mode: the WebSocket URLs apps.connections.open hands out.

Slack greets each connection with a `hello`, sends envelopes over it (`slash_commands`,
`interactive`, `events_api`) and waits for the app to send each `envelope_id` back: the
ack, with a `payload` where the envelope accepts one. A `disconnect` message asks the app
to open a new connection. The WebSocket library answers the app's pings.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

LINK_PATH = "/link/"
HOST_NAME = "applink-fake-1"  # what Slack's debug_info names the server by
CONNECTION_SECONDS = 18060  # about how long Slack keeps a connection before refreshing it
T = TypeVar("T")


@dataclass(frozen=True)
class Ack:
    """What the app sent back for one envelope."""

    envelope_id: str
    payload: dict[str, Any] | None
    elapsed: float  # seconds from sending the envelope to receiving the ack


@dataclass
class Envelope:
    """One envelope sent to the app, with its ack once it came."""

    envelope_id: str
    type: str
    payload: dict[str, Any]
    sent: float
    ack: Ack | None = None


@dataclass
class Link:
    """One WebSocket connection from the app."""

    connection: ServerConnection
    greeted: bool = False
    closed: bool = False

    @property
    def usable(self) -> bool:
        return self.greeted and not self.closed


class SocketMode:
    """The WebSocket endpoint, started by the first apps.connections.open; each URL it
    hands out opens one connection."""

    def __init__(self, *, app_id: str, host: str = "127.0.0.1") -> None:
        self.app_id = app_id
        self.host = host
        self.links: list[Link] = []
        self.envelopes: dict[str, Envelope] = {}
        self.received: list[Any] = []  # every message the app sent, decoded from JSON
        self._changed = threading.Condition()
        self._tickets: set[str] = set()
        self._server: Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int | None:
        """The WebSocket port, once apps.connections.open has been called."""
        server = self._server
        return server.socket.getsockname()[1] if server else None

    def open_url(self) -> str:
        """A new WebSocket URL, good for one connection (apps.connections.open's answer)."""
        ticket = secrets.token_hex(16)
        with self._changed:
            self._server = self._server or self._start()
            self._tickets.add(ticket)
        url = f"ws://{self.host}:{self.port}{LINK_PATH}"
        return f"{url}?ticket={ticket}&app_id={self.app_id}"

    def stop(self) -> None:
        """Close the connections and stop listening."""
        with self._changed:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        if thread:
            thread.join(timeout=5)

    def is_connected(self, count: int = 1) -> bool:
        """Whether the app has opened `count` connections and the last one is greeted and
        open (count=2 after a disconnect: the app has connected anew)."""
        with self._changed:
            greeted = [link for link in self.links if link.greeted]
            return len(greeted) >= count and greeted[-1].usable

    def wait_until_connected(self, *, count: int = 1, timeout: float = 10.0) -> None:
        """Wait until is_connected(count)."""
        self._wait(lambda: self.is_connected(count), timeout, f"no connection number {count}")

    def deliver(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        accepts_response_payload: bool,
        timeout: float = 10.0,
        **fields: Any,
    ) -> str:
        """Send an envelope over the newest open connection; return its envelope_id."""
        link = self._newest(timeout)
        envelope = Envelope(str(uuid.uuid4()), kind, payload, time.monotonic())
        body = {
            "envelope_id": envelope.envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": accepts_response_payload,
            **fields,
        }
        with self._changed:
            self.envelopes[envelope.envelope_id] = envelope
        link.connection.send(json.dumps(body))
        return envelope.envelope_id

    def wait_for_ack(self, envelope_id: str, timeout: float = 10.0) -> Ack:
        """The app's ack of one envelope, as soon as it comes."""
        envelope = self.envelopes[envelope_id]
        return self._wait(lambda: envelope.ack, timeout, f"no ack for {envelope.type} envelope")

    def disconnect(self, reason: str = "refresh_requested", timeout: float = 10.0) -> None:
        """Ask the app to connect anew, as Slack does before it refreshes a connection."""
        message = {"type": "disconnect", "reason": reason, "debug_info": {"host": HOST_NAME}}
        self._newest(timeout).connection.send(json.dumps(message))

    def _start(self) -> Server:
        server = serve(
            self._serve, self.host, 0, process_request=self._check_ticket, close_timeout=2
        )
        self._thread = threading.Thread(
            target=server.serve_forever, name="fakeslack-socket", daemon=True
        )
        self._thread.start()
        return server

    def _check_ticket(self, connection: ServerConnection, request: Request) -> Response | None:
        url = urlsplit(request.path)
        ticket = parse_qs(url.query).get("ticket", [""])[0]
        with self._changed:
            known = url.path == LINK_PATH and ticket in self._tickets
            self._tickets.discard(ticket)
        if known:
            return None
        return connection.respond(HTTPStatus.UNAUTHORIZED, "unknown or used ticket\n")

    def _serve(self, connection: ServerConnection) -> None:
        link = Link(connection)
        with self._changed:
            self.links.append(link)
            open_links = sum(not each.closed for each in self.links)
        try:
            connection.send(json.dumps(self._hello(open_links)))
            self._update(link, greeted=True)
            for message in connection:
                self._receive(message)
        except ConnectionClosed:
            pass  # gone without a closing handshake, as slack_sdk's own client leaves
        finally:
            self._update(link, closed=True)

    def _hello(self, open_links: int) -> dict[str, Any]:
        return {
            "type": "hello",
            "num_connections": open_links,
            "debug_info": {
                "host": HOST_NAME,
                "build_number": 1,
                "approximate_connection_time": CONNECTION_SECONDS,
            },
            "connection_info": {"app_id": self.app_id},
        }

    def _receive(self, raw: str | bytes) -> None:
        try:
            message: Any = json.loads(raw)
        except ValueError:
            message = raw
        envelope_id = message.get("envelope_id") if isinstance(message, dict) else None
        with self._changed:
            self.received.append(message)
            envelope = self.envelopes.get(envelope_id) if isinstance(envelope_id, str) else None
            if envelope is not None and envelope.ack is None:
                elapsed = time.monotonic() - envelope.sent
                envelope.ack = Ack(envelope.envelope_id, message.get("payload"), elapsed)
            self._changed.notify_all()

    def _update(self, link: Link, **changes: bool) -> None:
        with self._changed:
            for name, value in changes.items():
                setattr(link, name, value)
            self._changed.notify_all()

    def _newest(self, timeout: float) -> Link:
        def newest() -> Link | None:
            return next((link for link in reversed(self.links) if link.usable), None)

        return self._wait(newest, timeout, "the app has no Socket Mode connection open")

    def _wait(self, found: Callable[[], T | None], timeout: float, failure: str) -> T:
        with self._changed:
            value = self._changed.wait_for(found, timeout)
        if not value:
            raise AssertionError(f"{failure} within {timeout} s")
        return value
