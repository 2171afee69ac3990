"""A fake Slack Web API served over real HTTP on 127.0.0.1, for integration tests."""

from __future__ import annotations

import json
import math
import threading
import time
from collections import deque
from email.parser import BytesParser
from email.policy import HTTP
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from bot import http11
from tests.fakeslack.api import WebApi
from tests.fakeslack.models import Call, Fault, SlackError
from tests.fakeslack.socket_mode import SocketMode
from tests.fakeslack.tiers import per_minute as tier_per_minute
from tests.fakeslack.validate import response_body_error

_MAX_LINE, _MAX_FIELDS = 65536, 100  # as http.server
JSON_PARAMS = ("blocks", "view", "metadata", "attachments", "files", "outputs")
UPLOAD = "upload"  # the name faults and recorded calls use for posts to an upload URL


class FakeSlack(WebApi):
    """Fake Slack Web API server; use as a context manager or with start()/stop()."""

    def __init__(
        self,
        *,
        team_id: str = "T0001",
        bot_token: str = "xoxb-fake-token",
        app_token: str = "xapp-1-A0001-fake-token",
        bot_user_id: str = "UBOT",
        trigger_ttl: float = 3.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(
            team_id=team_id,
            bot_token=bot_token,
            app_token=app_token,
            bot_user_id=bot_user_id,
            trigger_ttl=trigger_ttl,
        )
        self.socket_mode = SocketMode(app_id=self.app_id, host=host)
        self.host = host
        self.port = port
        self.api_url = ""
        self._faults: dict[str, deque[Fault]] = {}
        self._limits: dict[str, tuple[int, float, deque[float]]] = {}
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FakeSlack:
        """Bind the port and serve requests in a daemon thread."""
        httpd = _Server((self.host, self.port), _Handler)
        httpd.fake = self
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self.base_url = f"http://{self.host}:{self.port}"
        self.api_url = f"{self.base_url}/api/"
        self._thread = threading.Thread(
            target=httpd.serve_forever, args=(0.05,), name="fakeslack", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close the Socket Mode connections and release the ports."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None
        self.socket_mode.stop()

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def inject(
        self,
        method: str,
        *,
        status: int | None = None,
        error: str | None = None,
        retry_after: int | None = None,
        delay: float = 0.0,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of a method with a fault, a delay, or both.
        `method` "upload" means the posts to the upload URLs files.getUploadURLExternal
        hands out."""
        fault = Fault(status, error, retry_after, delay, times)
        with self.lock:
            self._faults.setdefault(method, deque()).append(fault)

    def faults_left(self, method: str) -> int:
        """How many more calls of a method the injected faults wait for (0: all came)."""
        with self.lock:
            return sum(fault.remaining for fault in self._faults.get(method, ()))

    def rate_limit(
        self, method: str, per_minute: int | None = None, *, window: float = 60.0
    ) -> None:
        """Allow at most `per_minute` calls of a method per sliding `window` seconds; without
        `per_minute`, as many as the method's tier allows a minute at Slack."""
        allowed = tier_per_minute(method) if per_minute is None else per_minute
        with self.lock:
            self._limits[method] = (allowed, window, deque())

    def clear_faults(self) -> None:
        """Remove injected faults and rate limits."""
        with self.lock:
            self._faults.clear()
            self._limits.clear()

    def handle_api(self, method: str, params: dict[str, Any], token: str | None) -> _Answer:
        """Answer one Web API call, applying faults and rate limits, and record it."""
        at = time.monotonic()
        fault = self._take_fault(method)
        if fault and fault.delay:
            time.sleep(fault.delay)
        answer = self._fault_answer(fault) or self._limit_answer(method)
        if answer is None:
            answer = _Answer.of_json(200, self.dispatch(method, params, token))
        with self.lock:
            self.calls.append(Call(method, params, answer.status, answer.data, at))
        return answer

    def _take_fault(self, method: str) -> Fault | None:
        with self.lock:
            queue = self._faults.get(method)
            if not queue:
                return None
            fault = queue[0]
            fault.remaining -= 1
            if fault.remaining <= 0:
                queue.popleft()
            return fault

    def _fault_answer(self, fault: Fault | None) -> _Answer | None:
        if fault is None:
            return None
        if fault.status == 429:
            headers = {"Retry-After": str(fault.retry_after or 1)}
            return _Answer.of_json(429, {"ok": False, "error": "ratelimited"}, headers)
        if fault.error:
            return _Answer.of_json(fault.status or 200, {"ok": False, "error": fault.error})
        if fault.status and fault.status != 200:
            return _Answer.of_text(fault.status, HTTPStatus(fault.status).phrase)
        return None

    def _limit_answer(self, method: str) -> _Answer | None:
        with self.lock:
            limit = self._limits.get(method)
            if limit is None:
                return None
            allowed, window, stamps = limit
            now = time.monotonic()
            while stamps and now - stamps[0] >= window:
                stamps.popleft()
            if len(stamps) < allowed:
                stamps.append(now)
                return None
            wait = max(1, math.ceil(stamps[0] + window - now))
        body = {"ok": False, "error": "ratelimited"}
        return _Answer.of_json(429, body, {"Retry-After": str(wait)})

    def handle_response_url(self, token: str, raw: bytes) -> _Answer:
        """Record a post to a response_url and answer like Slack does."""
        try:
            body: Any = json.loads(raw or b"null")
        except ValueError:
            body = raw.decode("utf-8", "replace")
        status, text = self.receive_response(token, body, response_body_error(body))
        return _Answer.of_text(status, text)

    def handle_upload(self, file_id: str, raw: bytes, content_type: str) -> _Answer:
        """Store an uploaded file's bytes, posted raw or as a multipart form (Slack takes
        both), and record the post."""
        at = time.monotonic()
        answer = self._fault_answer(self._take_fault(UPLOAD))
        if answer is None:
            answer = self._store_upload(file_id, _uploaded_bytes(raw, content_type))
        with self.lock:
            self.calls.append(Call(UPLOAD, {"file_id": file_id}, answer.status, answer.data, at))
        return answer

    def _store_upload(self, file_id: str, content: bytes) -> _Answer:
        error = self.receive_upload(file_id, content)
        if error:
            return _Answer.of_text(404 if error == "file_not_found" else 400, error)
        return _Answer.of_text(200, f"OK - {len(content)}")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    fake: FakeSlack


class _Answer:
    def __init__(self, status: int, body: bytes, content_type: str, data: dict[str, Any]):
        self.status = status
        self.body = body
        self.content_type = content_type
        self.data = data
        self.headers: dict[str, str] = {}

    @classmethod
    def of_json(
        cls, status: int, data: dict[str, Any], headers: dict[str, str] | None = None
    ) -> _Answer:
        answer = cls(status, json.dumps(data).encode(), "application/json; charset=utf-8", data)
        answer.headers = headers or {}
        return answer

    @classmethod
    def of_text(cls, status: int, text: str) -> _Answer:
        data = {"ok": status == 200, "error": None if status == 200 else text, "body": text}
        return cls(status, text.encode(), "text/plain; charset=utf-8", data)


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakeSlack/1.0"
    protocol_version = "HTTP/1.1"  # as Slack: a client may keep its connection for more calls
    disable_nagle_algorithm = True  # an answer's body goes at once, not after an ACK

    def parse_request(self) -> bool:
        """The request line and header fields, read here: http.server reads the fields with
        the email package's parser, which cost the fake more than answering the call did.
        A request it cannot read gets a 400 and the connection closes."""
        self.command = ""
        self.request_version = "HTTP/1.0"  # not 0.9: send_error writes a status line
        self.close_connection = True
        self.requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        words = self.requestline.split()
        if len(words) != 3 or not words[2].startswith("HTTP/1."):
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request line")
            return False
        self.command, self.path, self.request_version = words
        fields = []
        while (line := self.rfile.readline(_MAX_LINE + 1)) not in (b"\r\n", b"\n", b""):
            try:
                if len(line) > _MAX_LINE or len(fields) == _MAX_FIELDS:
                    raise http11.BrokenAnswer("a line too long, or too many")
                fields.append(http11.header_field(line.decode("iso-8859-1").rstrip("\r\n")))
            except http11.BrokenAnswer:
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad header field")
                return False
        self.headers = http11.Headers(fields)  # type: ignore[assignment]
        self.close_connection = not http11.keeps_alive(self.request_version, self.headers)
        return True

    def do_POST(self) -> None:
        self._route()

    def do_GET(self) -> None:
        self._route()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    @property
    def fake(self) -> FakeSlack:
        return self.server.fake  # type: ignore[attr-defined, no-any-return]

    def _route(self) -> None:
        url = urlsplit(self.path)
        raw = self._read_body()
        kind, _, name = url.path.lstrip("/").partition("/")
        if kind == "api" and name:
            answer = self._api_call(name, url.query, raw)
        elif kind == "response" and name:
            answer = self.fake.handle_response_url(name, raw)
        elif kind == "upload" and name:
            answer = self.fake.handle_upload(name, raw, self.headers.get("Content-Type", ""))
        else:
            answer = _Answer.of_text(404, "not_found")
        self._send(answer)

    def _api_call(self, method: str, query: str, raw: bytes) -> _Answer:
        try:
            params = parse_params(raw, self.headers.get("Content-Type", ""), query)
        except SlackError as error:
            return _Answer.of_json(200, error.to_dict())
        token = _bearer(self.headers.get("Authorization", "")) or params.pop("token", None)
        return self.fake.handle_api(method, params, token)

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, answer: _Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer.body)


def parse_params(raw: bytes, content_type: str, query: str = "") -> dict[str, Any]:
    """Decode Web API arguments from the query string and a form, multipart or JSON body."""
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    media_type = content_type.split(";")[0].strip().lower()
    if media_type == "application/json":
        params.update(_json_body(raw))
    elif media_type == "multipart/form-data":
        params.update(_multipart(raw, content_type))
    elif raw:
        params.update(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    return {key: _decode_json(key, value) for key, value in params.items()}


def _json_body(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw or b"{}")
    except ValueError as error:
        raise SlackError("invalid_json") from error
    if not isinstance(body, dict):
        raise SlackError("invalid_json")
    return body


def _multipart(raw: bytes, content_type: str) -> dict[str, Any]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + raw)
    fields: dict[str, Any] = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        fields[name] = payload if part.get_filename() else payload.decode("utf-8")
    return fields


def _uploaded_bytes(raw: bytes, content_type: str) -> bytes:
    if content_type.split(";")[0].strip().lower() != "multipart/form-data":
        return raw
    files = [value for value in _multipart(raw, content_type).values() if isinstance(value, bytes)]
    return files[0] if files else b""


def _decode_json(key: str, value: Any) -> Any:
    if key not in JSON_PARAMS or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _bearer(header: str) -> str | None:
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
