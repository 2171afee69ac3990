"""HTTP/1.1 over one socket: a POST written whole, its answer read, and whether the
connection may carry the next request.

Written for the calls to Slack in place of http.client, which reads each answer's headers
with the email package's parser: in a profile of the year benchmark, that and the charset
looked up through email.message took some 8% of the bot's CPU. Here a header line is split
at its first colon. Only what an answer to a POST can hold is read: a body delimited by
Content-Length, by chunks or by the end of the connection, after any interim 1xx answers.
A folded header line (obsolete; Slack sends none) is a BrokenAnswer.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from ssl import SSLContext, SSLEOFError, SSLZeroReturnError
from typing import Any

MAX_LINE = 65536  # the longest status, header or chunk-size line read
MAX_FIELDS = 100  # header fields in one answer
_GONE = (ConnectionError, SSLEOFError, SSLZeroReturnError)  # the other end closed or reset
_HEX = "0123456789abcdefABCDEF"


class BrokenAnswer(OSError):
    """An answer cut short, or not HTTP/1.x as read here. An OSError, as a connection's
    failures are, but no ConnectionError: the server may have acted on the request, and
    slack-sdk's retry handlers must not send it again."""


class ClosedBeforeAnswer(ConnectionResetError):
    """The connection ended before the answer's first byte (as http.client's
    RemoteDisconnected, a ConnectionResetError too)."""


class ClosedWhileIdle(ClosedBeforeAnswer):
    """The same on a connection that had answered before: the server closed it while it
    waited for a request, and did not read this one."""


class Headers:
    """An answer's header fields in their order, looked up by name in any case: what
    slack-sdk and our client read of email.message.Message, which http.client gave."""

    def __init__(self, fields: list[tuple[str, str]]) -> None:
        self._fields = fields
        self._first: dict[str, str] = {}
        for name, value in fields:
            self._first.setdefault(name.lower(), value)

    def get(self, name: str, default: str | None = None) -> str | None:
        return self._first.get(name.lower(), default)

    def __getitem__(self, name: str) -> str:
        return self._first[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._first

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self._fields)

    def __repr__(self) -> str:
        return f"Headers({self._fields!r})"

    def keys(self) -> list[str]:
        return [name for name, _ in self._fields]

    def items(self) -> list[tuple[str, str]]:
        return list(self._fields)

    def get_content_type(self) -> str:
        """Content-Type's type, lowercased, without its parameters; text/plain without one."""
        kind = (self.get("content-type") or "").partition(";")[0].strip().lower()
        return kind if kind.count("/") == 1 else "text/plain"

    def get_content_charset(self) -> str | None:
        """Content-Type's charset parameter, unquoted and lowercased; None without one."""
        for parameter in (self.get("content-type") or "").split(";")[1:]:
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip('"').lower() or None
        return None


@dataclass(frozen=True)
class Answer:
    status: int
    reason: str
    headers: Headers
    body: bytes
    keep_alive: bool  # the connection may carry another request


def post_request(authority: str, target: str, body: bytes, headers: Mapping[str, Any]) -> bytes:
    """A POST's bytes: its line, Host, Content-Length and Accept-Encoding unless `headers`
    has them, `headers` as they are, and the body."""
    given = {name.lower() for name in headers}
    lines = [f"POST {target} HTTP/1.1"]
    if "host" not in given:
        lines.append(f"Host: {authority}")
    if "content-length" not in given:
        lines.append(f"Content-Length: {len(body)}")
    if "accept-encoding" not in given:
        lines.append("Accept-Encoding: identity")  # as http.client: no compressed answer
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if any("\r" in line or "\n" in line for line in lines):
        raise ValueError(f"a line break inside a request line or header: {lines!r}")
    return "\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + body


class Connection:
    """One socket to one host, carrying one request at a time."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.answered = 0  # answers read whole on this connection
        self._reader = sock.makefile("rb")

    @classmethod
    def open(cls, host: str, port: int, *, tls: SSLContext | None, timeout: float) -> Connection:
        """Connect, with Nagle's algorithm off: a request longer than one segment, or written
        in more than one TLS record, would have its last segment wait for the server's
        delayed acknowledgement of the ones before (some 40 ms a call on a kept connection)."""
        sock = socket.create_connection((host, port), timeout)
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if tls is not None:
                sock = tls.wrap_socket(sock, server_hostname=host)
        except BaseException:
            sock.close()
            raise
        return cls(sock)

    def send(self, request: bytes) -> None:
        """Write a whole request; ClosedWhileIdle if a connection that answered before is
        found closed."""
        try:
            self.sock.sendall(request)
        except _GONE as error:
            if self.answered:
                raise ClosedWhileIdle(f"closed while idle: {error}") from error
            raise

    def read_answer(self) -> Answer:
        """The answer to the request sent, after any interim 1xx answers."""
        self._wait_for_answer()
        version, status, reason = self._status_line()
        headers = self._headers()
        while status < 200:
            version, status, reason = self._status_line()
            headers = self._headers()
        body, keep_alive = self._body(version, status, headers)
        self.answered += 1
        return Answer(status, reason, headers, body, keep_alive)

    def close(self) -> None:
        self._reader.close()
        self.sock.close()

    def _wait_for_answer(self) -> None:
        """Return at the answer's first byte; ClosedBeforeAnswer (or ClosedWhileIdle) if the
        connection ends first."""
        kind = ClosedWhileIdle if self.answered else ClosedBeforeAnswer
        try:
            begun = self._reader.peek(1)
        except _GONE as error:
            raise kind(f"closed before answering: {error}") from error
        if not begun:
            raise kind("closed before answering")

    def _status_line(self) -> tuple[str, int, str]:
        line = self._line()
        version, _, rest = line.partition(" ")
        code, _, reason = rest.partition(" ")
        if not version.startswith("HTTP/1.") or not (
            len(code) == 3 and code.isascii() and code.isdigit()
        ):
            raise BrokenAnswer(f"not an HTTP/1.x status line: {line!r}")
        return version, int(code), reason.strip()

    def _headers(self) -> Headers:
        fields = []
        while line := self._line():
            if len(fields) == MAX_FIELDS:
                raise BrokenAnswer("too many header fields")
            fields.append(header_field(line))
        return Headers(fields)

    def _body(self, version: str, status: int, headers: Headers) -> tuple[bytes, bool]:
        """The body, and whether the connection may carry another request."""
        keep_alive = keeps_alive(version, headers)
        if status in (204, 304):
            return b"", keep_alive
        if "chunked" in _tokens(headers.get("transfer-encoding")):
            return self._chunks(), keep_alive
        length = headers.get("content-length")
        if length is not None:
            return self._exactly(_length(length)), keep_alive
        return self._reader.read(), False  # the end of the connection ends the body

    def _chunks(self) -> bytes:
        parts = []
        while size := _chunk_size(self._line()):
            parts.append(self._exactly(size))
            if self._line():
                raise BrokenAnswer("a chunk longer than its size")
        while self._line():  # the trailer's fields, not read
            pass
        return b"".join(parts)

    def _exactly(self, size: int) -> bytes:
        data = self._reader.read(size)
        if len(data) < size:
            raise BrokenAnswer(f"the answer ended {size - len(data)} bytes short")
        return data

    def _line(self) -> str:
        """The next line, without its line break."""
        line = self._reader.readline(MAX_LINE + 1)
        if not line.endswith(b"\n"):
            raise BrokenAnswer("a line cut short" if len(line) <= MAX_LINE else "a line too long")
        return line.rstrip(b"\r\n").decode("latin-1")


def header_field(line: str) -> tuple[str, str]:
    """(name, value) of a header line; BrokenAnswer if it is not one. A name is one token:
    no line that begins with white space (a folded one), none with white space before its
    colon, none empty."""
    name, colon, value = line.partition(":")
    if not colon or not name or name != name.strip() or " " in name or "\t" in name:
        raise BrokenAnswer(f"not a header field: {line!r}")
    return name, value.strip()


def keeps_alive(version: str, headers: Headers) -> bool:
    """Whether a message of this HTTP version and these fields leaves its connection open
    for the next request: HTTP/1.1 unless it says close, HTTP/1.0 only if it says keep-alive."""
    tokens = _tokens(headers.get("connection"))
    return "close" not in tokens and (version != "HTTP/1.0" or "keep-alive" in tokens)


def _tokens(value: str | None) -> list[str]:
    return [token.strip().lower() for token in value.split(",")] if value else []


def _length(value: str) -> int:
    if not (value.isascii() and value.isdigit()):
        raise BrokenAnswer(f"not a Content-Length: {value!r}")
    return int(value)


def _chunk_size(line: str) -> int:
    digits = line.partition(";")[0].strip()  # a chunk extension after ';' is not read
    if not digits or digits.strip(_HEX):
        raise BrokenAnswer(f"not a chunk size: {line!r}")
    return int(digits, 16)
