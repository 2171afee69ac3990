"""Connections to Slack kept open between calls, against the fake Slack over real HTTP."""

from __future__ import annotations

import http.client
import io
import re
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any
from urllib.error import HTTPError, URLError

import pytest

from bot import http11, slack_http
from bot.domain.errors import SlackError
from bot.slack_client import web_client
from bot.slack_gateway import WebApiGateway
from bot.slack_http import Connections, KeptAliveWebClient
from tests.fakeslack import FakeSlack


@pytest.fixture
def client(fake_slack: FakeSlack) -> Iterator[KeptAliveWebClient]:
    made = web_client(fake_slack.bot_token, fake_slack.api_url, timeout=5)
    assert isinstance(made, KeptAliveWebClient)
    yield made
    close_idle(made.connections)


def post(client: KeptAliveWebClient, channel: str, text: str) -> None:
    assert client.chat_postMessage(channel=channel, text=text)["ok"]


def test_calls_one_after_the_other_share_one_connection(
    fake_slack: FakeSlack, client: KeptAliveWebClient
) -> None:
    channel = fake_slack.add_channel("mentor-ada-bo")
    for n in range(5):
        post(client, channel.id, f"message {n}")
    client.files_upload_v2(channel=channel.id, filename="a.ics", content=b"BEGIN:VCALENDAR")
    posted = [m.text for m in fake_slack.messages_in(channel.id)]
    assert posted[:5] == [f"message {n}" for n in range(5)]
    assert [f.content for f in fake_slack.files_in(channel.id)] == [b"BEGIN:VCALENDAR"]
    assert client.connections.opened == 1  # the upload URL is on the same host here


def test_a_connection_idle_too_long_is_not_used_again(
    fake_slack: FakeSlack, client: KeptAliveWebClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    channel = fake_slack.add_channel("mentor-ada-bo")
    post(client, channel.id, "first")
    monkeypatch.setattr(slack_http, "IDLE_SECONDS", 0.0)
    post(client, channel.id, "second")
    assert client.connections.opened == 2


def test_a_kept_connection_that_broke_is_replaced_and_the_call_goes_through(
    fake_slack: FakeSlack,
) -> None:
    failed: list[tuple[str, str]] = []
    client = web_client(
        fake_slack.bot_token, fake_slack.api_url, timeout=5, on_error=lambda *e: failed.append(e)
    )
    assert isinstance(client, KeptAliveWebClient)
    channel = fake_slack.add_channel("mentor-ada-bo")
    post(client, channel.id, "first")
    (kept,) = [conn for conns in client.connections._idle.values() for conn, _ in conns]
    kept.sock.shutdown(socket.SHUT_RDWR)  # as when Slack closes it while it waits
    post(client, channel.id, "second")
    assert [m.text for m in fake_slack.messages_in(channel.id)] == ["first", "second"]
    assert client.connections.opened == 2
    assert failed == []  # sent again at once, not a failed attempt for slack-sdk to retry
    close_idle(client.connections)


def test_refusals_and_rate_limits_are_answered_as_before(
    fake_slack: FakeSlack, client: KeptAliveWebClient
) -> None:
    gateway = WebApiGateway(client)
    channel = fake_slack.add_channel("mentor-ada-bo")
    fake_slack.inject("chat.postMessage", status=429, retry_after=0)
    gateway.post_message(channel.id, "after a wait")
    fake_slack.inject("chat.postMessage", error="channel_not_found")
    with pytest.raises(SlackError) as caught:
        gateway.post_message(channel.id, "refused")
    assert caught.value.code == "channel_not_found"
    fake_slack.inject("upload", status=500)
    with pytest.raises(SlackError) as caught:
        gateway.upload_file(channel.id, "a.ics", b"BEGIN:VCALENDAR", "Meeting")
    assert caught.value.code == "upload_http_500"
    assert [m.text for m in fake_slack.messages_in(channel.id)] == ["after a wait"]
    assert client.connections.opened <= 2  # a 429 or 500 answer leaves the connection usable


def test_threads_calling_at_once_each_have_a_connection_of_their_own(
    fake_slack: FakeSlack, client: KeptAliveWebClient
) -> None:
    channel = fake_slack.add_channel("mentor-ada-bo")
    threads = [
        threading.Thread(
            target=lambda n=n: [post(client, channel.id, f"{n}-{i}") for i in range(20)]
        )
        for n in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(fake_slack.messages_in(channel.id)) == 80
    assert client.connections.opened <= 4


# Against a server written here, that answers each request with canned bytes.

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"


class CannedServer:
    """Reads each request on 127.0.0.1 and answers it with the next of `script`'s bytes (none:
    no answer); after an answer marked so, it closes the connection. It records what it
    read: (which connection, the request's head, its body)."""

    def __init__(self, script: list[tuple[bytes, bool]]) -> None:
        self.script = list(script)
        self.requests: list[tuple[int, str, bytes]] = []
        self.accepted = 0
        self.hung_up = threading.Event()  # set each time it closes a connection itself
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return  # closed at the end of the test
            self.accepted += 1
            with sock, sock.makefile("rb") as reader:
                hung_up = self._answer(self.accepted, sock, reader)
            if hung_up:
                self.hung_up.set()

    def _answer(self, number: int, sock: socket.socket, reader: Any) -> bool:
        """Answer the requests on one connection; True if it closes it, False if the client
        did."""
        while head := _request_head(reader):
            length = re.search(r"(?im)^content-length: *(\d+)", head)
            self.requests.append((number, head, reader.read(int(length[1]) if length else 0)))
            answer, close = self.script.pop(0)
            sock.sendall(answer)
            if close:
                return True
        return False

    def close(self) -> None:
        self._listener.close()


def _request_head(reader: Any) -> str:
    lines = []
    while (line := reader.readline()) not in (b"\r\n", b""):
        lines.append(line.decode("latin-1"))
    return "".join(lines)


@pytest.fixture
def canned() -> Iterator[Callable[..., CannedServer]]:
    servers: list[CannedServer] = []

    def serve(*script: bytes | tuple[bytes, bool]) -> CannedServer:
        steps = [step if isinstance(step, tuple) else (step, False) for step in script]
        servers.append(CannedServer(steps))
        return servers[-1]

    yield serve
    for server in servers:
        server.close()


@pytest.fixture
def kept() -> Iterator[Connections]:
    connections = Connections(ssl=None, timeout=5)
    yield connections
    close_idle(connections)


def close_idle(connections: Connections) -> None:
    for conns in connections._idle.values():
        for connection, _ in conns:
            connection.close()


def idle(connections: Connections) -> int:
    return sum(len(conns) for conns in connections._idle.values())


def test_a_post_is_written_whole_with_host_and_length(
    canned: Callable[..., CannedServer], kept: Connections
) -> None:
    server = canned(OK)
    port = server.url.rsplit(":", 1)[1]
    reply = kept.post(f"{server.url}/api/chat.postMessage?x=1", "é", {"X-Mine": 7})
    assert (reply.status, reply.reason, reply.body) == (200, "OK", b"ok")
    ((_, head, body),) = server.requests
    assert head.splitlines() == [
        "POST /api/chat.postMessage?x=1 HTTP/1.1",
        f"Host: 127.0.0.1:{port}",
        "Content-Length: 2",
        "Accept-Encoding: identity",
        "X-Mine: 7",
    ]
    assert body == "é".encode()


def test_a_body_of_content_length_bytes_leaves_the_connection_for_the_next(
    canned: Callable[..., CannedServer],
    kept: Connections,
) -> None:
    server = canned(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nline\r\nend", OK)
    assert kept.post(server.url, b"1", {}).body == b"line\r\nend"
    assert kept.post(server.url, b"2", {}).body == b"ok"
    assert (kept.opened, server.accepted) == (1, 1)


def test_a_chunked_body_with_an_extension_and_a_trailer(
    canned: Callable[..., CannedServer],
    kept: Connections,
) -> None:
    chunked = b"".join(
        [
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
            b"4;name=value\r\nWiki\r\n",
            b"13\r\npedia in\r\n\r\nchunks.\r\n",  # 0x13 bytes, two line breaks among them
            b"1A\r\n" + b"z" * 26 + b"\r\n",
            b"0\r\nX-Trailer: skipped\r\n\r\n",
        ]
    )
    server = canned(chunked, OK)
    assert kept.post(server.url, b"1", {}).body == b"Wikipedia in\r\n\r\nchunks." + b"z" * 26
    assert kept.post(server.url, b"2", {}).body == b"ok"  # the trailer was read to its end
    assert kept.opened == 1


def test_an_answer_with_connection_close_closes_the_connection(
    canned: Callable[..., CannedServer],
    kept: Connections,
) -> None:
    server = canned(
        (b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok", True), OK
    )
    kept.post(server.url, b"1", {})
    assert idle(kept) == 0
    assert kept.post(server.url, b"2", {}).body == b"ok"
    assert (kept.opened, server.accepted) == (2, 2)


def test_an_http_1_0_answer_keeps_the_connection_only_if_it_says_keep_alive(
    canned: Callable[..., CannedServer],
    kept: Connections,
) -> None:
    server = canned(
        b"HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 4\r\n\r\nkept",
        b"HTTP/1.0 200 OK\r\nContent-Length: 6\r\n\r\nclosed",  # and left open by the server
        OK,
    )
    assert [kept.post(server.url, b"", {}).body for _ in range(3)] == [b"kept", b"closed", b"ok"]
    assert [number for number, _, _ in server.requests] == [1, 1, 2]
    assert kept.opened == 2


def test_an_answer_without_a_length_is_read_to_the_end_of_the_connection(
    canned: Callable[..., CannedServer],
    kept: Connections,
) -> None:
    server = canned((b"HTTP/1.1 200 OK\r\n\r\nall of it\r\n", True), OK)
    assert kept.post(server.url, b"", {}).body == b"all of it\r\n"
    assert idle(kept) == 0
    assert kept.post(server.url, b"", {}).body == b"ok"
    assert kept.opened == 2


def test_a_100_continue_before_the_answer_is_skipped(
    canned: Callable[..., CannedServer], kept: Connections
) -> None:
    server = canned(b"HTTP/1.1 100 Continue\r\n\r\n" + OK, OK)
    reply = kept.post(server.url, b"", {})
    assert (reply.status, reply.body) == (200, b"ok")
    assert kept.post(server.url, b"", {}).body == b"ok"
    assert kept.opened == 1


def test_header_names_in_any_case_and_the_charset_they_name(
    canned: Callable[..., CannedServer],
) -> None:
    body = '{"ok": true, "name": "Zoë"}'.encode("latin-1")
    server = canned(
        b'HTTP/1.1 200 OK\r\ncONTENT-type: application/JSON; Charset="ISO-8859-1"\r\n'
        b"content-LENGTH: %d\r\nX-Slack-Req-Id:  abc \r\n\r\n%s" % (len(body), body)
    )
    client = KeptAliveWebClient(base_url=f"{server.url}/api/", retry_handlers=[])
    response = client.api_call("auth.test")
    assert response["name"] == "Zoë"  # decoded as latin-1, as the answer said
    assert response.headers == {
        "cONTENT-type": 'application/JSON; Charset="ISO-8859-1"',
        "content-LENGTH": str(len(body)),
        "X-Slack-Req-Id": "abc",
    }
    close_idle(client.connections)


def test_an_answer_of_400_or_above_raises_http_error_with_its_headers(
    canned: Callable[..., CannedServer],
) -> None:
    body = b'{"ok": false, "error": "not_found"}'
    server = canned(
        b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json; charset=utf-8\r\n"
        b"X-Slack-Req-Id: abc\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body),
        OK,
    )
    client = KeptAliveWebClient(base_url=f"{server.url}/api/", retry_handlers=[])
    with pytest.raises(HTTPError) as caught:
        client._post(f"{server.url}/api/x", b"", {})
    error = caught.value
    assert (error.code, error.reason, error.read()) == (404, "Not Found", body)
    assert error.headers["x-slack-req-id"] == error.headers.get("X-SLACK-REQ-ID") == "abc"
    assert "content-TYPE" in error.headers
    assert error.headers.get_content_charset() == "utf-8"
    assert dict(error.headers.items())["X-Slack-Req-Id"] == "abc"
    assert client._post(f"{server.url}/api/x", b"", {}).body == b"ok"
    assert client.connections.opened == 1
    close_idle(client.connections)


def test_a_rate_limit_answer_is_waited_out_by_its_retry_after(
    canned: Callable[..., CannedServer],
) -> None:
    ok = b'{"ok": true}'
    server = canned(
        b"HTTP/1.1 429 Too Many Requests\r\nretry-after: 0\r\nContent-Length: 0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(ok), ok),
    )
    client = web_client("xoxb-1", f"{server.url}/api/", timeout=5)
    assert isinstance(client, KeptAliveWebClient)
    assert client.chat_postMessage(channel="C1", text="hi")["ok"]
    assert [number for number, _, _ in server.requests] == [1, 1]
    close_idle(client.connections)


def test_a_kept_connection_the_server_closed_while_idle_carries_the_request_once_anew(
    canned: Callable[..., CannedServer],
    kept: Connections,
) -> None:
    server = canned((OK, True), OK)
    kept.post(server.url, b"first", {})
    assert server.hung_up.wait(5)  # as Slack closes a connection that waited too long
    assert kept.post(server.url, b"second", {}).body == b"ok"
    assert [(number, body) for number, _, body in server.requests] == [
        (1, b"first"),
        (2, b"second"),
    ]
    assert kept.opened == 2


def test_a_new_connection_closed_without_an_answer_is_not_sent_again(
    canned: Callable[..., CannedServer],
    kept: Connections,
) -> None:
    server = canned((b"", True), OK)
    with pytest.raises(ConnectionResetError):  # as http.client's RemoteDisconnected
        kept.post(server.url, b"once", {})
    assert [body for _, _, body in server.requests] == [b"once"]


def test_an_answer_cut_short_is_raised_and_its_connection_dropped(
    canned: Callable[..., CannedServer],
    kept: Connections,
) -> None:
    server = canned((b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", True), OK)
    with pytest.raises(http11.BrokenAnswer):
        kept.post(server.url, b"", {})
    assert kept.post(server.url, b"", {}).body == b"ok"
    assert (len(server.requests), kept.opened) == (2, 2)


@pytest.mark.parametrize(
    "field",
    [b"  folded: value", b"\tsee https://x", b"Content-Length : 2", b": empty name", b"no colon"],
)
def test_a_field_that_is_not_one_token_and_a_colon_is_a_broken_answer(
    canned: Callable[..., CannedServer], kept: Connections, field: bytes
) -> None:
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n" + field + b"\r\n\r\nok"
    server = canned((answer, True))
    with pytest.raises(http11.BrokenAnswer):
        kept.post(server.url, b"", {})


def test_a_host_that_refuses_the_connection_is_a_url_error(kept: Connections) -> None:
    with socket.create_server(("127.0.0.1", 0)) as free:
        port = free.getsockname()[1]
    with pytest.raises(URLError):
        kept.post(f"http://127.0.0.1:{port}/api/x", b"", {})


@pytest.mark.parametrize(
    "content_type",
    [
        "application/json; charset=utf-8",
        'Text/HTML; Charset="ISO-8859-1"; q=1',
        "application/gzip",
        "nonsense",
        None,
    ],
)
def test_headers_read_as_http_clients_did(content_type: str | None) -> None:
    fields = [("Set-Cookie", "a"), ("X-Slack-Req-Id", "abc"), ("set-cookie", "b")]
    fields += [("Content-Type", content_type)] if content_type else []
    ours = http11.Headers(fields)
    theirs = http.client.parse_headers(
        io.BytesIO("".join(f"{name}: {value}\r\n" for name, value in fields).encode() + b"\r\n")
    )
    assert ours.get_content_type() == theirs.get_content_type()
    assert ours.get_content_charset() == theirs.get_content_charset()
    assert (dict(ours), ours.items(), list(ours)) == (dict(theirs), theirs.items(), list(theirs))
    assert ours.get("SET-COOKIE") == theirs.get("SET-COOKIE") == "a"
    assert ("x-slack-req-id" in ours, "X-Other" in ours) == (True, False)
    assert ours.get("X-Other", "none") == "none"
