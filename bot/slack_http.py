"""Connections to Slack kept open between calls.

slack-sdk's WebClient opens a new connection, with a new TLS handshake, for every call. The
outbox makes tens of thousands of calls a year, one after the other, so a connection that
served a call waits, for a while, to serve the next one. The requests and answers on it are
written and read by our own HTTP/1.1 client (`bot.http11`), not http.client. Everything else
(building the request, the retry handlers, reading the JSON of Slack's answer) stays
slack-sdk's.
"""

from __future__ import annotations

import io
import threading
import time
from dataclasses import dataclass
from ssl import SSLContext, create_default_context
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request

from slack_sdk import WebClient
from slack_sdk.web.file_upload_v2_result import FileUploadV2Result

from bot import http11

IDLE_SECONDS = 20.0  # a connection unused this long may have been closed by Slack: not reused
KEPT_PER_HOST = 8  # idle connections kept to each host (one per dispatcher lane is plenty)

_Host = tuple[str, str, int]  # scheme, host, port


@dataclass(frozen=True)
class Reply:
    status: int
    reason: str
    headers: http11.Headers
    body: bytes


class Connections:
    """Open connections to each host, handed to one request at a time, from any thread."""

    def __init__(self, *, ssl: SSLContext | None, timeout: float) -> None:
        self.ssl = ssl
        self.timeout = timeout
        self.opened = 0  # connections opened so far
        self._idle: dict[_Host, list[tuple[http11.Connection, float]]] = {}
        self._lock = threading.Lock()
        self._default_tls: SSLContext | None = None

    def post(self, url: str, body: bytes | str | None, headers: dict[str, Any]) -> Reply:
        """POST to `url` over a kept connection, or a new one. As urllib does, a failure to
        connect or to send is URLError; one after that is raised as it is (a connection
        closed before the answer's first byte as a ConnectionResetError, as http.client's
        RemoteDisconnected). A kept connection found closed at the send or before the
        answer's first byte was closed by Slack while it waited, and the request was not
        read: it goes again, at once and once, on a new connection. (A server that read it
        and hung up without a word looks the same; slack-sdk's ConnectionErrorRetryHandler
        sends those again too, after a backoff.)"""
        host, target = _address(url)
        data = body.encode("utf-8") if isinstance(body, str) else body or b""
        request = http11.post_request(_authority(host), target, data, headers)
        kept = self._take(host)
        if kept is not None:
            try:
                return self._exchange(host, kept, request)
            except http11.ClosedWhileIdle:
                pass  # Slack did not read the request: sent again below
        return self._exchange(host, self._open(host), request)

    def _exchange(self, host: _Host, connection: http11.Connection, request: bytes) -> Reply:
        """Send `request`, read its answer; the connection kept if the answer allows, closed
        if it does not or if anything failed."""
        try:
            try:
                connection.send(request)
            except http11.ClosedWhileIdle:
                raise
            except OSError as error:
                raise URLError(error) from error
            answer = connection.read_answer()
        except BaseException:
            connection.close()
            raise
        if answer.keep_alive:
            self._give_back(host, connection)
        else:
            connection.close()
        return Reply(answer.status, answer.reason, answer.headers, answer.body)

    def _take(self, host: _Host) -> http11.Connection | None:
        now = time.monotonic()
        stale = []
        with self._lock:
            kept = self._idle.get(host, [])
            while kept:
                connection, since = kept.pop()
                if now - since < IDLE_SECONDS:
                    break
                stale.append(connection)
            else:
                connection = None
        for old in stale:
            old.close()
        return connection

    def _give_back(self, host: _Host, connection: http11.Connection) -> None:
        with self._lock:
            kept = self._idle.setdefault(host, [])
            if len(kept) < KEPT_PER_HOST:
                kept.append((connection, time.monotonic()))
                return
        connection.close()

    def _open(self, host: _Host) -> http11.Connection:
        scheme, name, port = host
        with self._lock:
            self.opened += 1
        tls = self._tls() if scheme == "https" else None
        try:
            return http11.Connection.open(name, port, tls=tls, timeout=self.timeout)
        except OSError as error:
            raise URLError(error) from error

    def _tls(self) -> SSLContext:
        """The client's SSL context, or a default one made once."""
        if self.ssl is not None:
            return self.ssl
        if self._default_tls is None:
            context = create_default_context()
            context.set_alpn_protocols(["http/1.1"])  # as http.client offers
            self._default_tls = context
        return self._default_tls


class KeptAliveWebClient(WebClient):
    """slack-sdk's WebClient, its calls and file uploads sent over kept connections. With a
    proxy it is slack-sdk's own client."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.connections = Connections(ssl=self.ssl, timeout=self.timeout)

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        if self.proxy is not None or not url.lower().startswith("http"):
            return super()._perform_urllib_http_request_internal(url, req)
        reply = self._post(url, req.data, dict(req.header_items()))
        if reply.headers.get_content_type() == "application/gzip":
            return {"status": reply.status, "headers": reply.headers, "body": reply.body}
        return {"status": reply.status, "headers": reply.headers, "body": _text(reply)}

    def _upload_file(self, *, url: str, data: bytes, **kwargs: Any) -> FileUploadV2Result:
        if self.proxy is not None:
            return super()._upload_file(url=url, data=data, **kwargs)
        reply = self._post(url, data, {})
        return FileUploadV2Result(status=reply.status, body=_text(reply))

    def _post(self, url: str, body: Any, headers: dict[str, str]) -> Reply:
        """The answer to a POST; an answer of 400 or above raises HTTPError, as urllib's."""
        reply = self.connections.post(url, body, headers)
        if reply.status >= 400:
            raise HTTPError(url, reply.status, reply.reason, reply.headers, io.BytesIO(reply.body))
        return reply


def _text(reply: Reply) -> str:
    return reply.body.decode(reply.headers.get_content_charset() or "utf-8")


def _address(url: str) -> tuple[_Host, str]:
    """The host to connect to, and the request's target on it."""
    parts = urlsplit(url)
    host = (parts.scheme, parts.hostname or "", parts.port or _port(parts.scheme))
    return host, (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _authority(host: _Host) -> str:
    """The Host header's value: the name, with the port if it is not the scheme's own."""
    scheme, name, port = host
    name = f"[{name}]" if ":" in name else name  # an IPv6 address
    return name if port == _port(scheme) else f"{name}:{port}"


def _port(scheme: str) -> int:
    return 443 if scheme == "https" else 80
