"""A Slack for the demo, inside the process: it keeps the people, the channels and every
message the services send, in the order they were sent, and answers like the Web API."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.domain.errors import SlackError
from bot.ports import SlackProfile

BOT_USER = "UBOT"


@dataclass
class Posted:
    """One thing a person could see appear: a message, a changed message, a file."""

    at: datetime
    channel: str
    text: str
    blocks: list[dict[str, Any]]
    ts: str
    file: str | None = None  # a file's name, when one was shared
    size: int = 0
    changed: bool = False

    def buttons(self) -> dict[str, str]:
        """The buttons under it, action_id -> value."""
        return {element["action_id"]: element.get("value", "") for element in self._buttons()}

    def label(self, action_id: str) -> str:
        """What the button with this action id says."""
        found = (e["text"]["text"] for e in self._buttons() if e["action_id"] == action_id)
        return next(found, action_id)

    def _buttons(self) -> Iterator[dict[str, Any]]:
        for block in self.blocks:
            elements = block.get("elements", []) if block.get("type") == "actions" else []
            accessory = block.get("accessory")
            for element in (*elements, *([accessory] if accessory else [])):
                if element.get("type") == "button":
                    yield element


@dataclass
class Channel:
    id: str
    name: str
    members: list[str] = field(default_factory=list)
    archived: bool = False
    direct: bool = False


class DemoSlack:
    """The SlackGateway the demo's services talk to; time comes from the demo's clock."""

    def __init__(self, now: Callable[[], datetime]) -> None:
        self._now = now
        self.people: dict[str, SlackProfile] = {}
        self.channels: dict[str, Channel] = {}
        self.posted: list[Posted] = []
        self._count = 0

    def add_person(self, user_id: str, name: str, tz: str, locale: str) -> None:
        email = f"{name.split()[0].lower()}@example.org"
        self.people[user_id] = SlackProfile(user_id, name, email, tz, locale, False, False)

    # The gateway port

    def profile(self, user_id: str) -> SlackProfile:
        if user_id not in self.people:
            raise SlackError("user_not_found", transient=False)
        return self.people[user_id]

    def lookup_by_email(self, email: str) -> SlackProfile | None:
        return next((p for p in self.people.values() if p.email == email), None)

    def deactivated(self, user_ids: set[str]) -> set[str]:
        return {user for user in user_ids if user not in self.people}

    def post_message(
        self, channel: str, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> str:
        target = self._channel(channel)
        ts = self._next_ts()
        self.posted.append(Posted(self._now(), target.id, text, list(blocks or []), ts))
        return ts

    def open_dm(self, user_id: str) -> str:
        self.profile(user_id)
        return self._dm(user_id).id

    def update_message(
        self, channel: str, ts: str, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> None:
        self.posted.append(
            Posted(
                self._now(), self._channel(channel).id, text, list(blocks or []), ts, changed=True
            )
        )

    def create_private_channel(self, name: str) -> str:
        if any(c.name == name for c in self.channels.values()):
            raise SlackError("name_taken", transient=False)
        channel = Channel(f"C{len(self.channels) + 1:04d}", name, [BOT_USER])
        self.channels[channel.id] = channel
        return channel.id

    def own_channel(self, name: str) -> str | None:
        return next(
            (c.id for c in self.channels.values() if c.name == name and not c.archived), None
        )

    def invite(self, channel: str, user_id: str) -> None:
        members = self._channel(channel).members
        if user_id not in members:
            members.append(user_id)

    def archive(self, channel: str) -> None:
        self._channel(channel).archived = True

    def upload_file(
        self, channel: str, filename: str, content: bytes, title: str, comment: str = ""
    ) -> str:
        target = self._channel(channel)
        self.posted.append(
            Posted(
                self._now(),
                target.id,
                comment or title,
                [],
                self._next_ts(),
                filename,
                len(content),
            )
        )
        return f"F{len(self.posted):06d}"

    def publish_home(self, user_id: str, view: dict[str, Any]) -> None:
        self.profile(user_id)  # the demo's people do not open their Home tab

    # For the transcript

    def readers(self, channel: str) -> list[str]:
        """Who sees what is posted in a channel: its members, the bot aside."""
        return [user for user in self.channels[channel].members if user != BOT_USER]

    def is_direct(self, channel: str) -> bool:
        return self.channels[channel].direct

    def _channel(self, channel: str) -> Channel:
        if channel.startswith("U"):  # chat.postMessage to a user id lands in their DM
            return self._dm(channel)
        if channel not in self.channels:
            raise SlackError("channel_not_found", transient=False)
        if self.channels[channel].archived:
            raise SlackError("is_archived", transient=False)
        return self.channels[channel]

    def _dm(self, user_id: str) -> Channel:
        key = f"D{user_id}"
        if key not in self.channels:
            self.channels[key] = Channel(key, "", [BOT_USER, user_id], direct=True)
        return self.channels[key]

    def _next_ts(self) -> str:
        self._count += 1
        return f"{self._now().timestamp():.0f}.{self._count:06d}"
