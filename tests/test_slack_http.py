"""Connections to Slack kept open between calls, against the fake Slack over real HTTP."""

from __future__ import annotations

import socket
import threading

import pytest

from bot import slack_http
from bot.domain.errors import SlackError
from bot.slack_client import web_client
from bot.slack_gateway import WebApiGateway
from bot.slack_http import KeptAliveWebClient
from tests.fakeslack import FakeSlack


@pytest.fixture
def client(fake_slack: FakeSlack) -> KeptAliveWebClient:
    made = web_client(fake_slack.bot_token, fake_slack.api_url, timeout=5)
    assert isinstance(made, KeptAliveWebClient)
    return made


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
    fake_slack: FakeSlack, client: KeptAliveWebClient
) -> None:
    channel = fake_slack.add_channel("mentor-ada-bo")
    post(client, channel.id, "first")
    (kept,) = [conn for conns in client.connections._idle.values() for conn, _ in conns]
    kept.sock.shutdown(socket.SHUT_RDWR)  # as when Slack closes it while it waits
    post(client, channel.id, "second")
    assert [m.text for m in fake_slack.messages_in(channel.id)] == ["first", "second"]
    assert client.connections.opened == 2


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
