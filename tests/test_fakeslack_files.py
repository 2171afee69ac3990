"""Files through Slack's external upload: the fake's three steps, and the gateway over them."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain.errors import SlackError
from bot.records import Invite
from bot.slack_client import web_client
from bot.slack_gateway import WebApiGateway
from bot.views.calendar import meeting_invite
from tests.fakeslack import FakeSlack
from tests.fakeslack.tiers import per_minute

INVITE = meeting_invite(
    Invite(
        uid="meeting-17@mentorbot",
        sequence=0,
        starts_at=datetime(2027, 3, 30, 12, 0, tzinfo=UTC),
        minutes=45,
        tz="Europe/Copenhagen",
        summary="Mentoring: Ada and Bo",
        description="Your third meeting.",
        issued_at=datetime(2027, 3, 1, 9, 0, tzinfo=UTC),
    )
)


@pytest.fixture
def client(fake_slack: FakeSlack) -> WebClient:
    return WebClient(token=fake_slack.bot_token, base_url=fake_slack.api_url, timeout=5)


@pytest.fixture
def gateway(fake_slack: FakeSlack) -> WebApiGateway:
    return WebApiGateway(web_client(fake_slack.bot_token, fake_slack.api_url, timeout=5))


def api_error(call: Callable[..., Any], **params: Any) -> str:
    with pytest.raises(SlackApiError) as caught:
        call(**params)
    return caught.value.response["error"]


def post(url: str, data: bytes, content_type: str = "application/octet-stream") -> int:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_an_invite_uploaded_to_the_pairs_channel_arrives_intact(
    fake_slack: FakeSlack, gateway: WebApiGateway
) -> None:
    channel = fake_slack.add_channel("mentor-ada-bo-17", members={"U1", "U2"})
    file_id = gateway.upload_file(
        channel.id, "meeting.ics", INVITE, "Meeting on 30 March", comment="Your next meeting"
    )
    (shared,) = fake_slack.files_in(channel.id)
    assert (shared.id, shared.name, shared.title) == (file_id, "meeting.ics", "Meeting on 30 March")
    assert shared.content == INVITE
    (message,) = fake_slack.messages_in(channel.id)
    assert (message.text, message.files) == ("Your next meeting", [file_id])
    (upload,) = fake_slack.calls_to("upload")
    assert (upload.params["file_id"], upload.status) == (file_id, 200)


def test_an_upload_without_a_comment_sends_none(
    fake_slack: FakeSlack, gateway: WebApiGateway
) -> None:
    channel = fake_slack.add_channel("mentor-ada-bo-17")
    gateway.upload_file(channel.id, "meeting.ics", INVITE, "Meeting")
    (complete,) = fake_slack.calls_to("files.completeUploadExternal")
    assert "initial_comment" not in complete.params
    assert complete.params["files"] == [
        {"id": fake_slack.files_in(channel.id)[0].id, "title": "Meeting"}
    ]


def test_a_channel_without_the_bot_refuses_the_file(
    fake_slack: FakeSlack, gateway: WebApiGateway
) -> None:
    channel = fake_slack.add_channel("mentor-ada-bo-17", members={"U1"}, with_bot=False)
    with pytest.raises(SlackError) as caught:
        gateway.upload_file(channel.id, "meeting.ics", INVITE, "Meeting")
    assert (caught.value.code, caught.value.transient) == ("not_in_channel", False)
    with pytest.raises(SlackError) as caught:
        gateway.upload_file("C404", "meeting.ics", INVITE, "Meeting")
    assert caught.value.code == "channel_not_found"
    assert fake_slack.files_in(channel.id) == [] and fake_slack.messages_in(channel.id) == []


def test_a_failed_post_of_the_bytes_is_a_transient_slack_error(
    fake_slack: FakeSlack, gateway: WebApiGateway
) -> None:
    channel = fake_slack.add_channel("mentor-ada-bo-17")
    fake_slack.inject("upload", status=500)
    with pytest.raises(SlackError) as caught:
        gateway.upload_file(channel.id, "meeting.ics", INVITE, "Meeting")
    assert (caught.value.code, caught.value.transient) == ("upload_http_500", True)
    assert fake_slack.calls_to("files.completeUploadExternal") == []
    gateway.upload_file(channel.id, "meeting.ics", INVITE, "Meeting")  # a new URL, a new try
    assert [f.content for f in fake_slack.files_in(channel.id)] == [INVITE]


def test_a_completed_file_cannot_be_completed_again(
    fake_slack: FakeSlack, client: WebClient
) -> None:
    first = fake_slack.add_channel("first")
    second = fake_slack.add_channel("second")
    reply = client.files_upload_v2(channel=first.id, content=INVITE, filename="meeting.ics")
    file_id = reply["file"]["id"]
    complete = client.files_completeUploadExternal
    files = [{"id": file_id, "title": "again"}]
    assert api_error(complete, files=files, channel_id=second.id) == "file_not_found"
    assert post(f"{fake_slack.base_url}/upload/{file_id}", INVITE) == 404
    assert fake_slack.files_in(second.id) == []
    assert fake_slack.files_in(first.id)[0].title == "meeting.ics"  # the filename by default


def test_completing_checks_the_files_it_is_given(fake_slack: FakeSlack, client: WebClient) -> None:
    channel = fake_slack.add_channel("pair")
    complete = client.files_completeUploadExternal
    assert api_error(complete, files=[], channel_id=channel.id) == "invalid_arguments"
    assert api_error(complete, files=[{"id": "F404"}], channel_id=channel.id) == "file_not_found"
    started = client.files_getUploadURLExternal(filename="meeting.ics", length=len(INVITE))
    not_posted = [{"id": started["file_id"]}]
    assert api_error(complete, files=not_posted, channel_id=channel.id) == "file_not_found"
    bad_json = {"files": "[{", "channel_id": channel.id}
    method = "files.completeUploadExternal"
    assert api_error(client.api_call, api_method=method, params=bad_json) == "invalid_arguments"


def test_the_upload_url_takes_exactly_the_announced_bytes(
    fake_slack: FakeSlack, client: WebClient
) -> None:
    started = client.files_getUploadURLExternal(filename="meeting.ics", length=len(INVITE))
    url = started["upload_url"]
    assert url == f"{fake_slack.base_url}/upload/{started['file_id']}"
    assert post(url, INVITE + b"more") == 400
    assert post(url, INVITE[:-1]) == 400
    boundary = "b0undary"
    form = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="meeting.ics"\r\nContent-Type: text/calendar\r\n\r\n'
        ).encode()
        + INVITE
        + f"\r\n--{boundary}--\r\n".encode()
    )
    assert post(url, form, f"multipart/form-data; boundary={boundary}") == 200
    assert [c.status for c in fake_slack.calls_to("upload")] == [400, 400, 200]
    assert post(f"{fake_slack.base_url}/upload/F404", INVITE) == 404


def test_asking_for_an_upload_url_needs_a_name_and_a_length(client: WebClient) -> None:
    ask = client.files_getUploadURLExternal
    assert api_error(ask, filename="", length=10) == "invalid_arguments"
    assert api_error(ask, filename="meeting.ics", length="ten") == "invalid_arguments"
    assert api_error(ask, filename="meeting.ics", length=-1) == "invalid_arguments"
    assert api_error(ask, filename="meeting.ics", length=0) == "missing_argument"
    with pytest.raises(SlackApiError) as caught:
        client.api_call("files.getUploadURLExternal", params={"filename": "meeting.ics"})
    assert caught.value.response["response_metadata"]["messages"] == [
        "[ERROR] missing required field: length [json-pointer:/length]"
    ]


def test_the_upload_methods_are_limited_as_slacks_tier_4(
    fake_slack: FakeSlack, client: WebClient
) -> None:
    fake_slack.rate_limit("files.getUploadURLExternal")
    for _ in range(100):
        client.files_getUploadURLExternal(filename="meeting.ics", length=1)
    with pytest.raises(SlackApiError) as caught:
        client.files_getUploadURLExternal(filename="meeting.ics", length=1)
    assert (caught.value.response.status_code, caught.value.response["error"]) == (
        429,
        "ratelimited",
    )
    assert per_minute("files.completeUploadExternal") == 100
