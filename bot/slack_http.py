"""Connections to Slack kept open between calls.

slack-sdk's WebClient opens a new connection, with a new TLS handshake, for every call. The
outbox makes tens of thousands of calls a year, one after the other, so a connection that
served a call waits, for a while, to serve the next one. Everything else (building the
request, the retry handlers, reading Slack's answer) stays slack-sdk's.
"""

from __future__ import annotations

import http.client
import io
import socket
import threading
import time
from dataclasses import dataclass
from email.message import Message
from ssl import SSLContext
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request

from slack_sdk import WebClient
from slack_sdk.web.file_upload_v2_result import FileUploadV2Result

IDLE_SECONDS = 20.0  # a connection unused this long may have been closed by Slack: not reused
KEPT_PER_HOST = 8  # idle connections kept to each host (one per dispatcher lane is plenty)

_Host = tuple[str, str, int]  # scheme, host, port


@dataclass(frozen=True)
class Reply:
    status: int
    reason: str
    headers: Message
    body: bytes


class Connections:
    """Open connections to each host, handed to one request at a time, from any thread."""

    def __init__(self, *, ssl: SSLContext | None, timeout: float) -> None:
        self.ssl = ssl
        self.timeout = timeout
        self.opened = 0  # connections opened so far
        self._idle: dict[_Host, list[tuple[http.client.HTTPConnection, float]]] = {}
        self._lock = threading.Lock()

    def post(self, url: str, body: bytes | None, headers: dict[str, str]) -> Reply:
        """POST to `url` over a kept connection, or a new one. As urllib does, a failure
        before the answer comes is URLError; one while reading it is raised as it is."""
        parts = urlsplit(url)
        host: _Host = (parts.scheme, parts.hostname or "", parts.port or _port(parts.scheme))
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection = self._take(host)
        try:
            try:
                if connection.sock is None:
                    _connect(connection)
                connection.request("POST", path, body=body, headers=headers)
            except OSError as error:
                raise URLError(error) from error
            response = connection.getresponse()
            reply = Reply(response.status, response.reason, response.msg, response.read())
        except BaseException:
            connection.close()
            raise
        if response.will_close:
            connection.close()
        else:
            self._give_back(host, connection)
        return reply

    def _take(self, host: _Host) -> http.client.HTTPConnection:
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
        return connection or self._open(host)

    def _give_back(self, host: _Host, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            kept = self._idle.setdefault(host, [])
            if len(kept) < KEPT_PER_HOST:
                kept.append((connection, time.monotonic()))
                return
        connection.close()

    def _open(self, host: _Host) -> http.client.HTTPConnection:
        scheme, name, port = host
        with self._lock:
            self.opened += 1
        if scheme == "https":
            return http.client.HTTPSConnection(name, port, timeout=self.timeout, context=self.ssl)
        return http.client.HTTPConnection(name, port, timeout=self.timeout)


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


def _connect(connection: http.client.HTTPConnection) -> None:
    """Open the connection with Nagle's algorithm off: http.client sends a request's headers
    and body apart, and on a kept connection the body would wait for the headers' delayed
    acknowledgement (some 40 ms a call)."""
    connection.connect()
    connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _port(scheme: str) -> int:
    return 443 if scheme == "https" else 80
