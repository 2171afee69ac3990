"""Plays Slack towards the app under test: slash commands, interactions and events, as signed
HTTP requests or as Socket Mode envelopes."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import secrets
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

from tests.fakeslack.server import FakeSlack
from tests.fakeslack.socket_mode import Ack

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
# Interactions whose ack may carry an answer (response_action, options) in Socket Mode.
ANSWERED_INTERACTIONS = frozenset({"view_submission", "block_suggestion"})
Answer = TypeVar("Answer")


@dataclass
class Reply:
    """The app's HTTP answer to one request from the driver."""

    status: int
    body: str
    json: dict[str, Any] | None
    elapsed: float


def sign(signing_secret: str, timestamp: str, body: bytes) -> str:
    """Compute Slack's v0 request signature."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(signing_secret.encode(), base, hashlib.sha256).hexdigest()


def text_value(value: str | None) -> dict[str, Any]:
    """State of a plain_text_input element."""
    return {"type": "plain_text_input", "value": value}


def select_value(value: str, text: str | None = None) -> dict[str, Any]:
    """State of a static_select element with one option chosen."""
    return {"type": "static_select", "selected_option": _option(value, text)}


def multi_select_value(values: list[str]) -> dict[str, Any]:
    """State of a multi_static_select element."""
    return {"type": "multi_static_select", "selected_options": [_option(v) for v in values]}


def checkboxes_value(values: list[str]) -> dict[str, Any]:
    """State of a checkboxes element."""
    return {"type": "checkboxes", "selected_options": [_option(v) for v in values]}


def date_value(date: str | None) -> dict[str, Any]:
    """State of a datepicker element (date as YYYY-MM-DD)."""
    return {"type": "datepicker", "selected_date": date}


def users_value(user_ids: list[str]) -> dict[str, Any]:
    """State of a multi_users_select element."""
    return {"type": "multi_users_select", "selected_users": list(user_ids)}


def state_values(fields: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Build view.state.values from {"block_id" or "block_id.action_id": value or element state}.

    A str becomes a plain_text_input, a list a multi_static_select, a dict is used as it is.
    Without ".action_id" the action id equals the block id.
    """
    values: dict[str, dict[str, Any]] = {}
    for key, value in fields.items():
        block_id, _, action_id = key.partition(".")
        values.setdefault(block_id, {})[action_id or block_id] = _element_state(value)
    return values


def _element_state(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        return multi_select_value(value)
    return text_value(None if value is None else str(value))


def _option(value: str, text: str | None = None) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": text or value, "emoji": True}, "value": value}


class _Driver(Generic[Answer]):
    """Builds the slash commands, interactions and events Slack sends; a subclass delivers
    them (over HTTP or Socket Mode) and returns what the app answered."""

    def __init__(
        self,
        fake: FakeSlack,
        *,
        api_app_id: str = "A0001",
        team_domain: str = "fake-workspace",
        verification_token: str = "legacy-verification-token",
        timeout: float = 10.0,
    ) -> None:
        self.fake = fake
        self.api_app_id = api_app_id
        self.team_domain = team_domain
        self.verification_token = verification_token
        self.timeout = timeout
        self.last_trigger_id: str | None = None
        self.last_response_url: str | None = None

    def command(
        self,
        user_id: str,
        text: str,
        *,
        command: str = "/mentor",
        channel_id: str = "C0GENERAL",
        team_id: str | None = None,
        user_name: str | None = None,
    ) -> Answer:
        """Send a slash command invocation."""
        fields = {
            "token": self.verification_token,
            "team_id": team_id or self.fake.team_id,
            "team_domain": self.team_domain,
            "channel_id": channel_id,
            "channel_name": self._channel_name(channel_id),
            "user_id": user_id,
            "user_name": user_name or self._user_name(user_id),
            "command": command,
            "text": text,
            "api_app_id": self.api_app_id,
            "is_enterprise_install": "false",
            "response_url": self._new_response_url(),
            "trigger_id": self._new_trigger_id(user_id),
        }
        return self._deliver_command(fields)

    def block_action(
        self,
        user_id: str,
        action_id: str,
        *,
        value: str | None = None,
        block_id: str = "b",
        channel_id: str | None = None,
        message_ts: str | None = None,
        view: dict[str, Any] | None = None,
        selected_option: dict[str, Any] | None = None,
    ) -> Answer:
        """Send a block_actions interaction, from a message or from a view."""
        action = self._action(action_id, block_id, value, selected_option)
        payload = self._interaction("block_actions", user_id)
        payload["actions"] = [action]
        if view is not None:
            payload["view"] = view
            payload["container"] = {"type": "view", "view_id": view.get("id")}
            payload["state"] = view.get("state", {"values": {}})
        elif channel_id or message_ts:
            payload.update(self._message_context(channel_id, message_ts))
        return self._deliver_interaction(payload)

    def view_submission(
        self,
        user_id: str,
        view: dict[str, Any] | None = None,
        *,
        callback_id: str | None = None,
        values: dict[str, dict[str, Any]] | None = None,
        private_metadata: str | None = None,
        view_id: str | None = None,
    ) -> Answer:
        """Submit a modal; the app's response_action, if any, is in the answer (reply.json
        over HTTP, ack.payload over Socket Mode)."""
        payload = self._interaction("view_submission", user_id)
        payload["view"] = self._submitted_view(
            user_id, view, callback_id, values, private_metadata, view_id
        )
        payload["response_urls"] = []
        return self._deliver_interaction(payload)

    def view_closed(
        self,
        user_id: str,
        view: dict[str, Any] | None = None,
        *,
        callback_id: str | None = None,
        private_metadata: str | None = None,
        view_id: str | None = None,
        is_cleared: bool = False,
    ) -> Answer:
        """Tell the app that a user closed a modal (sent when notify_on_close is set)."""
        payload = self._interaction("view_closed", user_id)
        payload.pop("trigger_id")
        payload["view"] = self._submitted_view(
            user_id, view, callback_id, None, private_metadata, view_id
        )
        payload["is_cleared"] = is_cleared
        return self._deliver_interaction(payload)

    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        retry_num: int | None = None,
        retry_reason: str | None = None,
    ) -> Answer:
        """Deliver an Events API event_callback, optionally as a retry."""
        event = {"event_ts": self.fake.next_ts(), **event}
        envelope = {
            "token": self.verification_token,
            "team_id": self.fake.team_id,
            "api_app_id": self.api_app_id,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{secrets.token_hex(5).upper()}",
            "event_time": int(time.time()),
            "authorizations": [self._authorization()],
            "is_ext_shared_channel": False,
        }
        return self._deliver_event(envelope, retry_num, retry_reason)

    def _deliver_command(self, fields: dict[str, str]) -> Answer:
        raise NotImplementedError

    def _deliver_interaction(self, payload: dict[str, Any]) -> Answer:
        raise NotImplementedError

    def _deliver_event(
        self, body: dict[str, Any], retry_num: int | None, retry_reason: str | None
    ) -> Answer:
        raise NotImplementedError

    def _interaction(self, kind: str, user_id: str) -> dict[str, Any]:
        return {
            "type": kind,
            "user": {
                "id": user_id,
                "username": self._user_name(user_id),
                "name": self._user_name(user_id),
                "team_id": self.fake.team_id,
            },
            "api_app_id": self.api_app_id,
            "token": self.verification_token,
            "team": {"id": self.fake.team_id, "domain": self.team_domain},
            "enterprise": None,
            "is_enterprise_install": False,
            "trigger_id": self._new_trigger_id(user_id),
        }

    def _action(
        self,
        action_id: str,
        block_id: str,
        value: str | None,
        selected_option: dict[str, Any] | None,
    ) -> dict[str, Any]:
        action: dict[str, Any] = {
            "action_id": action_id,
            "block_id": block_id,
            "type": "static_select" if selected_option else "button",
            "action_ts": self.fake.next_ts(),
        }
        if value is not None:
            action["value"] = value
        if selected_option is not None:
            action["selected_option"] = selected_option
        return action

    def _message_context(self, channel_id: str | None, message_ts: str | None) -> dict[str, Any]:
        channel = channel_id or ""
        message = self._find_message(channel, message_ts)
        channel = channel or (message["channel"] if message else "")
        return {
            "container": {
                "type": "message",
                "message_ts": message_ts,
                "channel_id": channel,
                "is_ephemeral": False,
            },
            "channel": {"id": channel, "name": self._channel_name(channel)},
            "message": message or {"type": "message", "ts": message_ts},
            "state": {"values": {}},
            "response_url": self._new_response_url(),
        }

    def _find_message(self, channel_id: str, ts: str | None) -> dict[str, Any] | None:
        with self.fake.lock:
            for message in self.fake.messages:
                if message.ts == ts and (not channel_id or message.channel == channel_id):
                    return {**message.to_dict(), "channel": message.channel}
        return None

    def _submitted_view(
        self,
        user_id: str,
        view: dict[str, Any] | None,
        callback_id: str | None,
        values: dict[str, dict[str, Any]] | None,
        private_metadata: str | None,
        view_id: str | None,
    ) -> dict[str, Any]:
        base = copy.deepcopy(view) if view else self._open_view(user_id, callback_id, view_id)
        base.setdefault("id", view_id or self.fake.new_id("V"))
        base.setdefault("type", "modal")
        base.setdefault("team_id", self.fake.team_id)
        base.setdefault("app_id", self.api_app_id)
        if callback_id is not None:
            base["callback_id"] = callback_id
        if private_metadata is not None:
            base["private_metadata"] = private_metadata
        base.setdefault("callback_id", "")
        base.setdefault("private_metadata", "")
        if values is not None or "state" not in base:
            base["state"] = {"values": values or {}}
        return base

    def _open_view(
        self, user_id: str, callback_id: str | None, view_id: str | None
    ) -> dict[str, Any]:
        with self.fake.lock:
            records = list(self.fake.views.values())
        for record in reversed(records):
            stored = record["view"]
            if view_id and stored["id"] == view_id:
                return copy.deepcopy(stored)
            if not view_id and callback_id and stored.get("callback_id") == callback_id:
                return copy.deepcopy(stored)
        return {}

    def _authorization(self) -> dict[str, Any]:
        return {
            "enterprise_id": None,
            "team_id": self.fake.team_id,
            "user_id": self.fake.bot_user_id,
            "is_bot": True,
            "is_enterprise_install": False,
        }

    def _new_trigger_id(self, user_id: str) -> str:
        self.last_trigger_id = self.fake.new_trigger_id(user_id)
        return self.last_trigger_id

    def _new_response_url(self) -> str:
        self.last_response_url = self.fake.new_response_url()
        return self.last_response_url

    def _user_name(self, user_id: str) -> str:
        user = self.fake.users.get(user_id)
        return user["name"] if user else user_id.lower()

    def _channel_name(self, channel_id: str) -> str:
        channel = self.fake.channels.get(channel_id)
        if channel is None:
            return "general" if channel_id == "C0GENERAL" else channel_id.lower()
        return "directmessage" if channel.is_im else channel.name


class SlackDriver(_Driver[Reply]):
    """Sends correctly signed requests to a Slack app's HTTP endpoint, as Slack does."""

    def __init__(
        self,
        fake: FakeSlack,
        bot_url: str,
        signing_secret: str,
        **options: Any,
    ) -> None:
        super().__init__(fake, **options)
        self.bot_url = bot_url
        self.signing_secret = signing_secret

    def url_verification(self, challenge: str) -> Reply:
        """Send the Events API URL verification handshake."""
        body = {
            "token": self.verification_token,
            "challenge": challenge,
            "type": "url_verification",
        }
        return self.raw(json.dumps(body).encode(), content_type=JSON)

    def raw(
        self,
        body: bytes,
        *,
        content_type: str,
        timestamp: str | float | None = None,
        signature: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        """POST a body, signed unless a (bad or stale) timestamp/signature is given."""
        stamp = str(int(time.time() if timestamp is None else timestamp))
        all_headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature or sign(self.signing_secret, stamp, body),
            "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
            **(headers or {}),
        }
        request = urllib.request.Request(
            self.bot_url, data=body, headers=all_headers, method="POST"
        )
        return self._open(request)

    def _open(self, request: urllib.request.Request) -> Reply:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        text = raw.decode("utf-8", "replace")
        return Reply(status, text, _parse_json(text), time.monotonic() - started)

    def _deliver_command(self, fields: dict[str, str]) -> Reply:
        return self.raw(urlencode(fields).encode(), content_type=FORM)

    def _deliver_interaction(self, payload: dict[str, Any]) -> Reply:
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.raw(body, content_type=FORM)

    def _deliver_event(
        self, body: dict[str, Any], retry_num: int | None, retry_reason: str | None
    ) -> Reply:
        headers = {}
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
        if retry_reason is not None:
            headers["X-Slack-Retry-Reason"] = retry_reason
        return self.raw(json.dumps(body).encode(), content_type=JSON, headers=headers)


class SocketDriver(_Driver[Ack]):
    """Sends envelopes over the app's Socket Mode connection to the fake, as Slack does, and
    returns each one's ack."""

    def _deliver_command(self, fields: dict[str, str]) -> Ack:
        return self._deliver("slash_commands", fields, accepts_response_payload=True)

    def _deliver_interaction(self, payload: dict[str, Any]) -> Ack:
        accepts = payload["type"] in ANSWERED_INTERACTIONS
        return self._deliver("interactive", payload, accepts_response_payload=accepts)

    def _deliver_event(
        self, body: dict[str, Any], retry_num: int | None, retry_reason: str | None
    ) -> Ack:
        return self._deliver(
            "events_api",
            body,
            accepts_response_payload=False,
            retry_attempt=retry_num or 0,
            retry_reason=retry_reason or "",
        )

    def _deliver(self, kind: str, payload: dict[str, Any], **fields: Any) -> Ack:
        socket_mode = self.fake.socket_mode
        envelope_id = socket_mode.deliver(kind, payload, timeout=self.timeout, **fields)
        return socket_mode.wait_for_ack(envelope_id, self.timeout)


def _parse_json(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
