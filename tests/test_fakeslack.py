"""The fake Slack server, driven over HTTP by slack_sdk's real WebClient."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from slack_bolt import Ack, App, BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier

from tests.fakeslack import FakeSlack, SlackDriver
from tests.fakeslack.driver import select_value, state_values

SECRET = "shh-signing-secret"


@pytest.fixture
def client(fake_slack: FakeSlack) -> WebClient:
    return WebClient(token=fake_slack.bot_token, base_url=fake_slack.api_url, timeout=5)


@pytest.fixture
def users(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.add_user(
        "U1", name="ada", email="ada@example.org", tz="Europe/Stockholm", locale="sv-SE"
    )
    fake_slack.add_user("U2", name="bo", email="bo@example.org", locale="da-DK")
    fake_slack.add_user("U3", name="cy", deleted=True)
    return fake_slack


def api_error(call: Callable[[], Any]) -> str:
    with pytest.raises(SlackApiError) as caught:
        call()
    return caught.value.response["error"]


def modal(title: str = "Sign up", **extra: Any) -> dict[str, Any]:
    return {"type": "modal", "title": {"type": "plain_text", "text": title}, "blocks": [], **extra}


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def post_json(url: str, body: Any) -> tuple[int, str]:
    data = json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_auth_test_and_tokens(fake_slack: FakeSlack, client: WebClient) -> None:
    reply = client.auth_test()
    assert reply["user_id"] == "UBOT"
    assert reply["team_id"] == "T0001"
    wrong = WebClient(token="xoxb-wrong", base_url=fake_slack.api_url)
    assert api_error(wrong.auth_test) == "invalid_auth"
    assert api_error(WebClient(base_url=fake_slack.api_url).auth_test) == "not_authed"
    assert api_error(lambda: client.api_call("nope.nothing")) == "unknown_method"
    assert [c.response["ok"] for c in fake_slack.calls_to("auth.test")] == [True, False, False]
    fake_slack.reset_calls()
    assert fake_slack.calls == []


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("", "invalid_name_required"),
        ("x" * 81, "invalid_name_maxlength"),
        ("Mentoring", "invalid_name_specials"),
        ("mentor ship", "invalid_name_specials"),
        ("mentor.ship", "invalid_name_specials"),
    ],
)
def test_channel_name_rules(client: WebClient, name: str, error: str) -> None:
    assert api_error(lambda: client.conversations_create(name=name)) == error


def test_create_private_channel_and_name_taken_even_when_archived(
    fake_slack: FakeSlack, client: WebClient
) -> None:
    created = client.conversations_create(name="mentor_pair-1", is_private=True)["channel"]
    assert created["is_private"] is True
    assert fake_slack.channel_by_name("mentor_pair-1").members == {"UBOT"}
    assert api_error(lambda: client.conversations_create(name="mentor_pair-1")) == "name_taken"
    client.conversations_archive(channel=created["id"])
    assert fake_slack.channels[created["id"]].is_archived
    assert api_error(lambda: client.conversations_create(name="mentor_pair-1")) == "name_taken"
    assert api_error(lambda: client.conversations_archive(channel=created["id"])) == (
        "already_archived"
    )


def test_invite_rules(users: FakeSlack, client: WebClient) -> None:
    channel = client.conversations_create(name="pair", is_private=True)["channel"]["id"]
    client.conversations_invite(channel=channel, users="U1,U2")
    assert users.channels[channel].members == {"UBOT", "U1", "U2"}
    invite = client.conversations_invite
    assert api_error(lambda: invite(channel=channel, users=["U1", "U2"])) == "already_in_channel"
    assert api_error(lambda: invite(channel=channel, users="U9")) == "user_not_found"
    assert api_error(lambda: invite(channel=channel, users="UBOT")) == "cant_invite_self"
    outside = users.add_channel("secret", with_bot=False)
    assert api_error(lambda: invite(channel=outside.id, users="U1")) == "not_in_channel"
    client.conversations_kick(channel=channel, user="U2")
    assert client.conversations_members(channel=channel)["members"] == ["U1", "UBOT"]
    client.conversations_archive(channel=channel)
    assert api_error(lambda: invite(channel=channel, users="U2")) == "is_archived"


def test_conversations_list_is_paginated_and_only_lists_joined_private_channels(
    fake_slack: FakeSlack, client: WebClient
) -> None:
    for index in range(5):
        fake_slack.add_channel(f"joined-{index}")
    fake_slack.add_channel("not-joined", with_bot=False)
    names, cursor = [], None
    while True:
        page = client.conversations_list(types="private_channel", limit=2, cursor=cursor)
        names += [c["name"] for c in page["channels"]]
        cursor = page["response_metadata"]["next_cursor"]
        if not cursor:
            break
    assert names == [f"joined-{index}" for index in range(5)]
    assert len(fake_slack.calls_to("conversations.list")) == 3


def test_post_message_rules(users: FakeSlack, client: WebClient) -> None:
    channel = client.conversations_create(name="pair", is_private=True)["channel"]["id"]
    first = client.chat_postMessage(channel=channel, text="hello", blocks=[section("hi")])
    second = client.chat_postMessage(channel=channel, text="again")
    assert float(second["ts"]) > float(first["ts"])
    assert [m.text for m in users.messages_in(channel)] == ["hello", "again"]
    assert users.messages_in(channel)[0].blocks == [section("hi")]
    post = client.chat_postMessage
    outside = users.add_channel("secret", with_bot=False)
    assert api_error(lambda: post(channel=outside.id, text="x")) == "not_in_channel"
    assert api_error(lambda: post(channel="C404", text="x")) == "channel_not_found"
    no_text = {"channel": channel}
    assert api_error(lambda: client.api_call("chat.postMessage", params=no_text)) == "no_text"
    assert api_error(lambda: post(channel=channel, text="x" * 40_001)) == "msg_too_long"
    too_many = [section(str(i)) for i in range(51)]
    assert api_error(lambda: post(channel=channel, text="x", blocks=too_many)) == "invalid_blocks"
    long_section = [section("x" * 3001)]
    assert api_error(lambda: post(channel=channel, text="x", blocks=long_section)) == (
        "invalid_blocks"
    )
    header = [{"type": "header", "text": {"type": "plain_text", "text": "x" * 151}}]
    assert api_error(lambda: post(channel=channel, text="x", blocks=header)) == "invalid_blocks"
    unknown = [{"type": "carousel"}]
    assert api_error(lambda: post(channel=channel, text="x", blocks=unknown)) == "invalid_blocks"


def test_post_to_user_id_goes_to_a_stable_dm(users: FakeSlack, client: WebClient) -> None:
    reply = client.chat_postMessage(channel="U1", text="welcome")
    dm = client.conversations_open(users="U1")["channel"]["id"]
    assert reply["channel"] == dm
    assert client.conversations_open(users=["U1"])["channel"]["id"] == dm
    assert [m.text for m in users.messages_in("U1")] == ["welcome"]
    assert api_error(lambda: client.conversations_open(users="U404")) == "user_not_found"


def test_json_body_is_accepted(users: FakeSlack, client: WebClient) -> None:
    body = {"channel": "U1", "text": "json", "blocks": [section("b")], "metadata": {"a": 1}}
    client.api_call("chat.postMessage", json=body)
    message = users.messages_in("U1")[0]
    assert (message.blocks, message.metadata) == ([section("b")], {"a": 1})


def test_update_delete_ephemeral_and_reactions(users: FakeSlack, client: WebClient) -> None:
    channel = users.add_channel("pair", members={"U1"})
    ts = client.chat_postMessage(channel=channel.id, text="v1")["ts"]
    client.chat_update(channel=channel.id, ts=ts, text="v2")
    assert users.messages_in(channel.id)[0].text == "v2"
    theirs = users.add_message(channel.id, "U1", "mine")
    update = client.chat_update
    assert api_error(lambda: update(channel=channel.id, ts=theirs.ts, text="x")) == (
        "cant_update_message"
    )
    assert api_error(lambda: update(channel=channel.id, ts="1.000001", text="x")) == (
        "message_not_found"
    )
    client.reactions_add(channel=channel.id, timestamp=ts, name="tada")
    assert users.messages_in(channel.id)[0].reactions == ["tada"]
    client.chat_delete(channel=channel.id, ts=ts)
    assert [m.text for m in users.messages_in(channel.id)] == ["mine"]
    client.chat_postEphemeral(channel=channel.id, user="U1", text="psst")
    assert users.ephemerals[0].text == "psst"
    ephemeral = client.chat_postEphemeral
    assert api_error(lambda: ephemeral(channel=channel.id, user="U2", text="x")) == (
        "user_not_in_channel"
    )
    ephemeral(channel="U2", user="U2", text="dm")


def test_users_info_locale_lookup_and_list(users: FakeSlack, client: WebClient) -> None:
    plain = client.users_info(user="U1")["user"]
    assert "locale" not in plain
    assert plain["tz"] == "Europe/Stockholm"
    assert plain["tz_offset"] in (3600, 7200)
    assert client.users_info(user="U1", include_locale=True)["user"]["locale"] == "sv-SE"
    assert client.users_info(user="U3")["user"]["deleted"] is True
    assert api_error(lambda: client.users_info(user="U404")) == "user_not_found"
    assert client.users_lookupByEmail(email="bo@example.org")["user"]["id"] == "U2"
    lookup = client.users_lookupByEmail
    assert api_error(lambda: lookup(email="nobody@example.org")) == "users_not_found"
    first = client.users_list(limit=2)
    rest = client.users_list(limit=2, cursor=first["response_metadata"]["next_cursor"])
    ids = [u["id"] for u in first["members"] + rest["members"]]
    assert ids == ["UBOT", "U1", "U2", "U3"]
    assert rest["response_metadata"]["next_cursor"] == ""


def test_modal_validation(fake_slack: FakeSlack, client: WebClient) -> None:
    trigger = fake_slack.new_trigger_id("U1")
    with pytest.raises(SlackApiError) as caught:
        client.views_open(trigger_id=trigger, view=modal("x" * 25))
    assert caught.value.response["error"] == "invalid_arguments"
    assert "/view/title" in caught.value.response["response_metadata"]["messages"][0]
    view = client.views_open(trigger_id=trigger, view=modal(callback_id="signup"))["view"]
    assert view["id"].startswith("V")
    assert fake_slack.views[view["id"]]["user"] == "U1"
    assert fake_slack.views[view["id"]]["view"]["callback_id"] == "signup"
    trigger = fake_slack.new_trigger_id()
    for bad in (
        modal(submit={"type": "plain_text", "text": "s" * 25}),
        modal(private_metadata="m" * 3001),
        modal(callback_id="c" * 256),
        modal(blocks=[section("x")] * 101),
        {**modal(), "type": "home"},
    ):
        assert api_error(lambda bad=bad: client.views_open(trigger_id=trigger, view=bad)) == (
            "invalid_arguments"
        )


def test_trigger_ids_are_single_use_and_expire() -> None:
    with FakeSlack() as fake:  # Slack's 3 s: a loaded machine cannot make it expire first
        client = WebClient(token=fake.bot_token, base_url=fake.api_url)
        trigger = fake.new_trigger_id()
        client.views_open(trigger_id=trigger, view=modal())
        assert api_error(lambda: client.views_open(trigger_id=trigger, view=modal())) == (
            "exchanged_trigger_id"
        )
    with FakeSlack(trigger_ttl=0.2) as fake:
        client = WebClient(token=fake.bot_token, base_url=fake.api_url)
        stale = fake.new_trigger_id()
        time.sleep(0.25)
        assert api_error(lambda: client.views_open(trigger_id=stale, view=modal())) == (
            "expired_trigger_id"
        )
        assert api_error(lambda: client.views_open(trigger_id="1.2.3", view=modal())) == (
            "invalid_trigger_id"
        )


def test_views_push_update_and_publish(users: FakeSlack, client: WebClient) -> None:
    root = client.views_open(trigger_id=users.new_trigger_id("U1"), view=modal())["view"]
    for _ in range(2):
        client.views_push(trigger_id=users.new_trigger_id("U1"), view=modal("Next"))
    assert len(users.views[root["id"]]["stack"]) == 3
    push = client.views_push
    assert api_error(lambda: push(trigger_id=users.new_trigger_id("U1"), view=modal())) == (
        "push_limit_reached"
    )
    updated = client.views_update(view_id=root["id"], hash=root["hash"], view=modal("New"))
    assert users.views[root["id"]]["view"]["title"]["text"] == "New"
    update = client.views_update
    stale_hash = root["hash"] + "x"
    assert api_error(lambda: update(view_id=root["id"], hash=stale_hash, view=modal())) == (
        "hash_conflict"
    )
    assert api_error(lambda: update(view_id="V404", view=modal())) == "not_found"
    assert updated["view"]["id"] == root["id"]
    home = {"type": "home", "blocks": [section("Welcome")]}
    client.views_publish(user_id="U1", view=home)
    assert users.home_views["U1"]["blocks"] == [section("Welcome")]
    too_big = {"type": "home", "blocks": [section("x")] * 101}
    publish = client.views_publish
    assert api_error(lambda: publish(user_id="U1", view=too_big)) == "invalid_arguments"


def test_files_upload_v2_is_recorded(users: FakeSlack, client: WebClient) -> None:
    channel = users.add_channel("pair")
    reply = client.files_upload_v2(
        channel=channel.id,
        content="name,score\nada,3\n",
        filename="report.csv",
        title="Report",
        initial_comment="Here it is",
    )
    uploaded = users.files[reply["file"]["id"]]
    assert (uploaded.title, uploaded.name) == ("Report", "report.csv")
    assert uploaded.content == b"name,score\nada,3\n"
    assert (uploaded.channel_id, uploaded.initial_comment) == (channel.id, "Here it is")
    assert users.messages_in(channel.id)[0].files == [uploaded.id]


def test_429_with_retry_after_is_honoured_by_the_retry_handler(fake_slack: FakeSlack) -> None:
    client = WebClient(
        token=fake_slack.bot_token,
        base_url=fake_slack.api_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)],
    )
    fake_slack.inject("auth.test", status=429, retry_after=1)
    assert client.auth_test()["ok"]
    first, second = fake_slack.calls_to("auth.test")
    assert (first.status, first.response["error"], second.status) == (429, "ratelimited", 200)
    assert second.at - first.at >= 1.0


def test_server_error_and_error_injection(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.inject("auth.test", status=500)
    fake_slack.inject("users.info", error="fatal_error", times=2)
    with pytest.raises(SlackApiError) as caught:
        client.auth_test()
    assert caught.value.response.status_code == 500
    assert client.auth_test()["ok"]
    assert api_error(lambda: client.users_info(user="UBOT")) == "fatal_error"
    assert api_error(lambda: client.users_info(user="UBOT")) == "fatal_error"
    assert client.users_info(user="UBOT")["ok"]
    assert [c.status for c in fake_slack.calls_to("auth.test")] == [500, 200]
    fake_slack.inject("auth.test", status=503)
    fake_slack.clear_faults()
    assert client.auth_test()["ok"]


def test_slow_answer(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.inject("auth.test", delay=0.3)
    started = time.monotonic()
    assert client.auth_test()["ok"]
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    client.auth_test()
    assert time.monotonic() - started < 0.3


def test_sliding_window_rate_limit(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.rate_limit("chat.postMessage", 3, window=0.5)
    for _ in range(3):
        client.chat_postMessage(channel="UBOT", text="x")
    with pytest.raises(SlackApiError) as caught:
        client.chat_postMessage(channel="UBOT", text="x")
    assert caught.value.response.status_code == 429
    assert caught.value.response.headers["Retry-After"] == "1"
    time.sleep(0.5)
    client.chat_postMessage(channel="UBOT", text="x")
    statuses = [c.status for c in fake_slack.calls_to("chat.postMessage")]
    assert statuses == [200, 200, 200, 429, 200]


def test_response_url_records_posts(fake_slack: FakeSlack) -> None:
    url = fake_slack.new_response_url()
    assert url.startswith(fake_slack.base_url + "/response/")
    assert post_json(url, {"text": "done", "replace_original": True}) == (200, "ok")
    assert post_json(url, {"text": "x", "blocks": [section("b")] * 51}) == (400, "invalid_blocks")
    assert post_json(url, {"text": "x" * 40_001}) == (400, "msg_too_long")
    assert post_json(url, {"response_type": "ephemeral"}) == (400, "no_text")
    assert post_json(fake_slack.base_url + "/response/unknown", {"text": "x"})[0] == 404
    token = url.rsplit("/", 1)[1]
    first = fake_slack.responses[0]
    assert (first["token"], first["body"]["text"], first["status"]) == (token, "done", 200)
    assert len(fake_slack.responses) == 5


class _Recorder(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.seen.append((dict(self.headers), body))  # type: ignore[attr-defined]
        answer = json.dumps({"response_action": "clear"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def app_server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def driver(users: FakeSlack, app_server: ThreadingHTTPServer) -> SlackDriver:
    url = f"http://127.0.0.1:{app_server.server_address[1]}/slack/events"
    return SlackDriver(users, url, SECRET)


def _last(app_server: ThreadingHTTPServer) -> tuple[dict[str, str], bytes]:
    return app_server.seen[-1]  # type: ignore[attr-defined]


def _payload(body: bytes) -> dict[str, Any]:
    return json.loads(parse_qs(body.decode())["payload"][0])


def test_driver_signs_like_slack(driver: SlackDriver, app_server: ThreadingHTTPServer) -> None:
    verifier = SignatureVerifier(SECRET)
    reply = driver.command("U1", "signup now")
    assert (reply.status, reply.json) == (200, {"response_action": "clear"})
    headers, body = _last(app_server)
    assert verifier.is_valid_request(body, headers)
    assert not SignatureVerifier("other-secret").is_valid_request(body, headers)
    fields = {k: v[0] for k, v in parse_qs(body.decode()).items()}
    assert fields["command"] == "/mentor"
    assert fields["text"] == "signup now"
    assert fields["user_name"] == "ada"
    assert fields["trigger_id"] == driver.last_trigger_id
    assert fields["response_url"] == driver.last_response_url
    driver.raw(body, content_type="application/x-www-form-urlencoded", timestamp=time.time() - 600)
    stale_headers, stale_body = _last(app_server)
    assert not verifier.is_valid_request(stale_body, stale_headers)


def test_driver_trigger_opens_a_modal(driver: SlackDriver, client: WebClient) -> None:
    driver.command("U1", "")
    client.views_open(trigger_id=driver.last_trigger_id, view=modal(callback_id="signup"))
    record = next(iter(driver.fake.views.values()))
    assert record["user"] == "U1"


def test_driver_interactions_and_events(
    driver: SlackDriver, client: WebClient, app_server: ThreadingHTTPServer
) -> None:
    ts = client.chat_postMessage(channel="U1", text="pick")["ts"]
    driver.block_action("U1", "choose", value="7", message_ts=ts)
    payload = _payload(_last(app_server)[1])
    assert payload["type"] == "block_actions"
    assert payload["actions"][0]["value"] == "7"
    assert payload["container"]["message_ts"] == ts
    assert payload["message"]["text"] == "pick"
    assert payload["response_url"] == driver.last_response_url

    view = client.views_open(trigger_id=driver.fake.new_trigger_id("U1"), view=modal())["view"]
    driver.block_action(
        "U1", "pick", view=view, selected_option=select_value("a")["selected_option"]
    )
    payload = _payload(_last(app_server)[1])
    assert payload["view"]["id"] == view["id"]
    assert "response_url" not in payload

    client.views_open(
        trigger_id=driver.fake.new_trigger_id("U1"),
        view=modal(callback_id="signup", private_metadata="p1"),
    )
    values = state_values({"goal": "learn", "area.pick": select_value("data")})
    reply = driver.view_submission("U1", callback_id="signup", values=values)
    assert reply.json == {"response_action": "clear"}
    submitted = _payload(_last(app_server)[1])["view"]
    assert submitted["private_metadata"] == "p1"
    assert submitted["state"]["values"]["goal"]["goal"]["value"] == "learn"
    assert submitted["state"]["values"]["area"]["pick"]["selected_option"]["value"] == "data"

    driver.event(
        {"type": "app_home_opened", "user": "U1"},
        event_id="Ev1",
        retry_num=1,
        retry_reason="http_timeout",
    )
    headers, body = _last(app_server)
    assert SignatureVerifier(SECRET).is_valid_request(body, headers)
    assert (headers["X-Slack-Retry-Num"], headers["X-Slack-Retry-Reason"]) == ("1", "http_timeout")
    envelope = json.loads(body)
    assert (envelope["type"], envelope["event_id"], envelope["event"]["user"]) == (
        "event_callback",
        "Ev1",
        "U1",
    )
    driver.url_verification("abc")
    assert json.loads(_last(app_server)[1])["challenge"] == "abc"


def test_standalone_runs_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    users_file = tmp_path / "users.json"
    users_file.write_text(json.dumps([{"user_id": "U7", "name": "seven"}]))
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakeslack", "--users", str(users_file)],
        cwd=Path(__file__).resolve().parent.parent,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        api_url = process.stdout.readline().strip().partition("=")[2]
        token = process.stdout.readline().strip().partition("=")[2]
        client = WebClient(token=token, base_url=api_url)
        assert client.users_info(user="U7")["user"]["name"] == "seven"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) == 0
    finally:
        process.kill()
        process.wait()


def test_concurrent_posts_get_unique_increasing_timestamps(
    fake_slack: FakeSlack, client: WebClient
) -> None:
    threads = [
        threading.Thread(target=client.chat_postMessage, kwargs={"channel": "UBOT", "text": "x"})
        for _ in range(20)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stamps = [m.ts for m in fake_slack.messages_in("UBOT")]
    assert len(set(stamps)) == 20
    assert stamps == sorted(stamps, key=float)


class _BoltHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        headers = {key: [value] for key, value in self.headers.items()}
        app: App = self.server.app  # type: ignore[attr-defined]
        response = app.dispatch(BoltRequest(body=body, headers=headers))
        self.send_response(response.status)
        for name, values in response.headers.items():
            for value in values:
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(response.body.encode())

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _mentor_app(fake: FakeSlack) -> App:
    client = WebClient(token=fake.bot_token, base_url=fake.api_url)
    app = App(signing_secret=SECRET, client=client, process_before_response=True)

    @app.command("/mentor")
    def open_signup(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        client.views_open(trigger_id=body["trigger_id"], view=modal(callback_id="signup"))

    @app.view("signup")
    def submit_signup(ack: Ack, view: dict[str, Any]) -> None:
        goal = view["state"]["values"]["goal"]["goal"]["value"]
        if len(goal) < 3:
            ack(response_action="errors", errors={"goal": "Too short"})
        else:
            ack()

    @app.event("app_home_opened")
    def show_home(event: dict[str, Any], client: WebClient) -> None:
        client.views_publish(user_id=event["user"], view={"type": "home", "blocks": []})

    return app


def test_end_to_end_with_a_bolt_app(users: FakeSlack) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BoltHandler)
    server.app = _mentor_app(users)  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        driver = SlackDriver(users, f"http://127.0.0.1:{server.server_address[1]}/", SECRET)
        assert driver.command("U1", "").status == 200
        assert [r["user"] for r in users.views.values()] == ["U1"]
        short = driver.view_submission(
            "U1", callback_id="signup", values=state_values({"goal": "x"})
        )
        assert short.json == {"response_action": "errors", "errors": {"goal": "Too short"}}
        fine = driver.view_submission(
            "U1", callback_id="signup", values=state_values({"goal": "xyz"})
        )
        assert (fine.status, fine.json) == (200, None)
        assert driver.event({"type": "app_home_opened", "user": "U1"}).status == 200
        assert users.home_views["U1"]["type"] == "home"
        forged = driver.raw(
            b"payload=%7B%7D",
            content_type="application/x-www-form-urlencoded",
            signature="v0=" + "0" * 64,
        )
        assert forged.status == 401
    finally:
        server.shutdown()
        server.server_close()


def raw_exchange(fake: FakeSlack, request: bytes) -> bytes:
    host, port = urlsplit(fake.base_url).hostname, urlsplit(fake.base_url).port
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_the_fake_reads_requests_itself_and_refuses_what_it_cannot_read(
    fake_slack: FakeSlack,
) -> None:
    body = b"channel=C1&text=hi"
    fine = raw_exchange(
        fake_slack,
        b"POST /api/auth.test HTTP/1.1\r\nhost: x\r\nAUTHORIZATION: Bearer "
        + fake_slack.bot_token.encode()
        + b"\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\nConnection: close\r\n\r\n"
        + body,
    )
    assert fine.startswith(b"HTTP/1.1 200 ")
    assert json.loads(fine.partition(b"\r\n\r\n")[2])["ok"] is True
    for broken in (
        b"POST /api/auth.test\r\n\r\n",
        b"POST /api/auth.test HTTP/1.1\r\nno colon\r\n\r\n",
    ):
        assert raw_exchange(fake_slack, broken).startswith(b"HTTP/1.1 400 ")
