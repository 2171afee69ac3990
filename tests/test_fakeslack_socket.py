"""The fake Slack's Socket Mode: apps.connections.open, the hello, envelopes and their acks."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from tests.fakeslack import FakeSlack, SocketDriver


def open_url(fake: FakeSlack, token: str | None = None) -> str:
    client = WebClient(base_url=fake.api_url)
    return client.apps_connections_open(app_token=token or fake.app_token)["url"]


def refusal(fake: FakeSlack, method: str, token: str | None) -> str:
    with pytest.raises(SlackApiError) as raised:
        WebClient(token=token, base_url=fake.api_url).api_call(method)
    return raised.value.response["error"]


@pytest.fixture
def app(fake_slack: FakeSlack) -> Iterator[ClientConnection]:
    """A bare WebSocket client connected the way an app connects, hello already read."""
    with connect(open_url(fake_slack), open_timeout=10) as connection:
        assert json.loads(connection.recv(timeout=10))["type"] == "hello"
        yield connection


def test_apps_connections_open_takes_only_the_app_level_token(fake_slack: FakeSlack) -> None:
    url = open_url(fake_slack)
    assert url.startswith(f"ws://127.0.0.1:{fake_slack.socket_mode.port}/link/?ticket=")
    assert url.endswith("&app_id=A0001")
    assert refusal(fake_slack, "apps.connections.open", fake_slack.bot_token) == (
        "not_allowed_token_type"
    )
    assert refusal(fake_slack, "apps.connections.open", "xapp-1-A0001-other") == "invalid_auth"
    assert refusal(fake_slack, "apps.connections.open", None) == "not_authed"
    assert refusal(fake_slack, "chat.postMessage", fake_slack.app_token) == (
        "not_allowed_token_type"
    )


def test_a_connection_is_greeted_with_hello_and_each_url_opens_one(fake_slack: FakeSlack) -> None:
    url = open_url(fake_slack)
    with connect(url, open_timeout=10) as first:
        hello = json.loads(first.recv(timeout=10))
        with connect(open_url(fake_slack), open_timeout=10) as second:
            assert json.loads(second.recv(timeout=10))["num_connections"] == 2
        first.ping().wait(timeout=10)  # pings are answered
    assert hello == {
        "type": "hello",
        "num_connections": 1,
        "debug_info": {
            "host": "applink-fake-1",
            "build_number": 1,
            "approximate_connection_time": 18060,
        },
        "connection_info": {"app_id": "A0001"},
    }
    with pytest.raises(InvalidStatus) as refused:
        connect(url, open_timeout=10)
    assert refused.value.response.status_code == 401


def test_an_envelope_is_recorded_with_its_ack_and_payload(
    fake_slack: FakeSlack, app: ClientConnection
) -> None:
    socket_mode = fake_slack.socket_mode
    envelope_id = socket_mode.deliver(
        "interactive", {"type": "view_submission"}, accepts_response_payload=True
    )
    envelope = json.loads(app.recv(timeout=10))
    assert envelope == {
        "envelope_id": envelope_id,
        "type": "interactive",
        "payload": {"type": "view_submission"},
        "accepts_response_payload": True,
    }
    answer = {"response_action": "clear"}
    app.send(json.dumps({"envelope_id": envelope_id, "payload": answer}))
    ack = socket_mode.wait_for_ack(envelope_id)
    assert (ack.envelope_id, ack.payload) == (envelope_id, answer)
    assert 0 <= ack.elapsed < 10
    assert socket_mode.received == [{"envelope_id": envelope_id, "payload": answer}]


def test_an_envelope_nobody_acks_is_reported(fake_slack: FakeSlack, app: ClientConnection) -> None:
    envelope_id = fake_slack.socket_mode.deliver("events_api", {}, accepts_response_payload=False)
    with pytest.raises(AssertionError, match="no ack for events_api envelope"):
        fake_slack.socket_mode.wait_for_ack(envelope_id, timeout=0.2)


def test_the_socket_driver_sends_what_the_http_driver_sends(
    fake_slack: FakeSlack, app: ClientConnection
) -> None:
    fake_slack.add_user("UANNA")
    driver = SocketDriver(fake_slack, timeout=0.2)  # nobody acks here: each send fails fast
    sends = [
        lambda: driver.command("UANNA", "help"),
        lambda: driver.block_action("UANNA", "join_program", value="1"),
        lambda: driver.view_submission("UANNA", callback_id="signup_modal"),
        lambda: driver.event({"type": "app_home_opened", "user": "UANNA"}, retry_num=1),
    ]
    envelopes = []
    for send in sends:
        with pytest.raises(AssertionError):
            send()
        envelopes.append(json.loads(app.recv(timeout=10)))
    command, action, submission, event = envelopes
    assert (command["type"], command["accepts_response_payload"]) == ("slash_commands", True)
    assert command["payload"]["text"] == "help"
    assert command["payload"]["response_url"] == driver.last_response_url
    assert (action["type"], action["accepts_response_payload"]) == ("interactive", False)
    assert action["payload"]["actions"][0]["action_id"] == "join_program"
    assert submission["accepts_response_payload"] is True
    assert submission["payload"]["view"]["callback_id"] == "signup_modal"
    assert (event["type"], event["retry_attempt"], event["retry_reason"]) == ("events_api", 1, "")
    assert event["payload"]["type"] == "event_callback"


def test_disconnect_asks_the_app_to_connect_anew(
    fake_slack: FakeSlack, app: ClientConnection
) -> None:
    fake_slack.socket_mode.disconnect("warning")
    message: dict[str, Any] = json.loads(app.recv(timeout=10))
    assert message == {
        "type": "disconnect",
        "reason": "warning",
        "debug_info": {"host": "applink-fake-1"},
    }


def test_stopping_the_fake_closes_the_connections() -> None:
    fake = FakeSlack().start()
    with connect(open_url(fake), open_timeout=10) as connection:
        connection.recv(timeout=10)
        started = time.monotonic()
        fake.stop()
        assert time.monotonic() - started < 5
        with pytest.raises(ConnectionClosed):
            connection.recv(timeout=10)
    assert fake.socket_mode.links[0].closed
