"""In-memory state of the fake workspace, and helpers for tests to arrange and inspect it."""

from __future__ import annotations

import itertools
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from tests.fakeslack.models import (
    Call,
    Channel,
    Ephemeral,
    Message,
    SlackError,
    UploadedFile,
)


@dataclass
class Trigger:
    """A trigger id handed to the app with an interaction."""

    created: float
    user_id: str | None
    used: bool = False


class Workspace:
    """Users, conversations, messages, views and files of one fake Slack workspace."""

    def __init__(
        self,
        *,
        team_id: str = "T0001",
        bot_token: str = "xoxb-fake-token",
        app_token: str = "xapp-1-A0001-fake-token",
        bot_user_id: str = "UBOT",
        bot_id: str = "B0001",
        trigger_ttl: float = 3.0,
    ) -> None:
        self.lock = threading.RLock()
        self.team_id = team_id
        self.team_name = "Fake Workspace"
        self.bot_token = bot_token
        self.app_token = app_token
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.app_id = "A0001"
        self.trigger_ttl = trigger_ttl
        self.base_url = ""
        self.users: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, Channel] = {}
        self.messages: list[Message] = []
        self.ephemerals: list[Ephemeral] = []
        self.views: dict[str, dict[str, Any]] = {}
        self.home_views: dict[str, dict[str, Any]] = {}
        self.files: dict[str, UploadedFile] = {}
        self.responses: list[dict[str, Any]] = []
        self.calls: list[Call] = []
        self._uploads: dict[str, UploadedFile] = {}
        self._triggers: dict[str, Trigger] = {}
        self._response_urls: dict[str, int] = {}
        self._dms: dict[frozenset[str], str] = {}
        self._ids = itertools.count(1)
        self._last_ts_us = 0
        self.add_user(bot_user_id, name="mentorbot", real_name="Mentorbot", is_bot=True)

    def add_user(
        self,
        user_id: str,
        *,
        name: str | None = None,
        real_name: str | None = None,
        email: str | None = None,
        tz: str = "Europe/Copenhagen",
        locale: str = "en-US",
        deleted: bool = False,
        is_bot: bool = False,
    ) -> dict[str, Any]:
        """Add (or replace) a workspace member and return its users.info record."""
        name = name or user_id.lower()
        real_name = real_name or name
        profile: dict[str, Any] = {
            "real_name": real_name,
            "display_name": name,
            "team": self.team_id,
        }
        if email:
            profile["email"] = email
        if is_bot:
            profile["bot_id"] = self.bot_id
        user = {
            "id": user_id,
            "team_id": self.team_id,
            "name": name,
            "deleted": deleted,
            "real_name": real_name,
            **_tz_fields(tz),
            "is_admin": False,
            "is_owner": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "updated": int(time.time()),
            "profile": profile,
            "locale": locale,
        }
        with self.lock:
            self.users[user_id] = user
        return user

    def add_channel(
        self,
        name: str,
        *,
        members: Iterable[str] = (),
        is_private: bool = True,
        is_archived: bool = False,
        with_bot: bool = True,
        creator: str | None = None,
    ) -> Channel:
        """Create a conversation directly, without going through the API."""
        member_set = set(members) | ({self.bot_user_id} if with_bot else set())
        with self.lock:
            channel = Channel(
                id=self.new_id("C"),
                name=name,
                is_private=is_private,
                is_archived=is_archived,
                members=member_set,
                creator=creator or self.bot_user_id,
                created=int(time.time()),
            )
            self.channels[channel.id] = channel
        return channel

    def add_message(self, channel: str, user: str, text: str, **fields: Any) -> Message:
        """Record a message posted by someone (for example a user) in a conversation."""
        with self.lock:
            message = Message(
                channel=self.resolve_channel_id(channel),
                ts=self.next_ts(),
                user=user,
                text=text,
                blocks=fields.get("blocks"),
                thread_ts=fields.get("thread_ts"),
                metadata=fields.get("metadata"),
            )
            self.messages.append(message)
        return message

    def channel_by_name(self, name: str) -> Channel | None:
        """Return the named channel (archived ones included), or None."""
        with self.lock:
            return next((c for c in self.channels.values() if c.name == name), None)

    def messages_in(self, channel: str) -> list[Message]:
        """Messages in a conversation; a user id means the bot's DM with that user."""
        with self.lock:
            channel_id = self._dms.get(frozenset({channel}), channel)
            return [m for m in self.messages if m.channel == channel_id]

    def files_in(self, channel: str) -> list[UploadedFile]:
        """Files shared in a conversation (completed uploads), oldest first."""
        with self.lock:
            channel_id = self._dms.get(frozenset({channel}), channel)
            return [f for f in self.files.values() if f.channel_id == channel_id]

    def calls_to(self, method: str) -> list[Call]:
        """Recorded calls of one Web API method (or "upload": posts to upload URLs), oldest
        first."""
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def reset_calls(self) -> None:
        """Forget the recorded calls."""
        with self.lock:
            self.calls.clear()

    def new_trigger_id(self, user_id: str | None = None) -> str:
        """Issue a trigger id, valid once and for trigger_ttl seconds."""
        trigger_id = f"{next(self._ids)}.{int(time.time())}.{secrets.token_hex(16)}"
        with self.lock:
            self._triggers[trigger_id] = Trigger(created=time.monotonic(), user_id=user_id)
        return trigger_id

    def new_response_url(self) -> str:
        """Issue a response_url on this server that records what is posted to it."""
        token = secrets.token_urlsafe(12)
        with self.lock:
            self._response_urls[token] = 0
        return f"{self.base_url}/response/{token}"

    def new_id(self, prefix: str) -> str:
        """Return a fresh Slack-style id with the given prefix."""
        return f"{prefix}{next(self._ids):08d}"

    def next_ts(self) -> str:
        """Return a unique message timestamp, increasing over time."""
        with self.lock:
            self._last_ts_us = max(time.time_ns() // 1000, self._last_ts_us + 1)
            seconds, micros = divmod(self._last_ts_us, 1_000_000)
        return f"{seconds}.{micros:06d}"

    def resolve_channel_id(self, target: str) -> str:
        """Map a user id to the bot's DM with that user; other ids are returned unchanged."""
        if target in self.users:
            return self.open_dm([target]).id
        return target

    def open_dm(self, user_ids: list[str]) -> Channel:
        """Return the DM (or group DM) between the bot and these users, creating it once."""
        key = frozenset(user_ids)
        with self.lock:
            existing = self._dms.get(key)
            if existing:
                return self.channels[existing]
            single = len(key) == 1
            channel = Channel(
                id=self.new_id("D" if single else "G"),
                name="" if single else "mpdm-" + "--".join(sorted(key)) + "-1",
                is_private=True,
                is_archived=False,
                members=set(key) | {self.bot_user_id},
                creator=self.bot_user_id,
                created=int(time.time()),
                is_im=single,
                is_mpim=not single,
            )
            self.channels[channel.id] = channel
            self._dms[key] = channel.id
        return channel

    def use_trigger(self, trigger_id: str | None, *, consume: bool) -> Trigger:
        """Check a trigger id as views.open does, and mark it used when consume is set."""
        if not trigger_id:
            message = "[ERROR] missing required field: trigger_id [json-pointer:/trigger_id]"
            raise SlackError("invalid_arguments", response_metadata={"messages": [message]})
        trigger = self._triggers.get(trigger_id)
        if trigger is None:
            raise SlackError("invalid_trigger_id")
        if trigger.used:
            raise SlackError("exchanged_trigger_id")
        if time.monotonic() - trigger.created > self.trigger_ttl:
            raise SlackError("expired_trigger_id")
        trigger.used = trigger.used or consume
        return trigger

    def receive_response(self, token: str, body: Any, error: str | None) -> tuple[int, str]:
        """Record a post to a response_url; return the HTTP status and text to answer."""
        with self.lock:
            uses = self._response_urls.get(token)
            if uses is None:
                error, status = "expired_url", 404
            elif uses >= 5:
                error, status = "used_url", 404
            else:
                self._response_urls[token] = uses + 1
                status = 400 if error else 200
            self.responses.append({"token": token, "body": body, "status": status, "error": error})
        return status, error or "ok"

    def receive_upload(self, file_id: str, content: bytes) -> str | None:
        """Store the bytes posted to an upload URL; the reason when they are refused: an
        unknown or completed upload, or not the length announced for it."""
        with self.lock:
            upload = self._uploads.get(file_id)
            if upload is None or upload.completed:
                return "file_not_found"
            if len(content) != upload.length:
                return "length_mismatch"
            upload.content = content
        return None


def _tz_fields(tz: str) -> dict[str, Any]:
    now = datetime.now(UTC).astimezone(ZoneInfo(tz))
    offset = now.utcoffset()
    return {
        "tz": tz,
        "tz_label": now.tzname() or tz,
        "tz_offset": int(offset.total_seconds()) if offset else 0,
    }
