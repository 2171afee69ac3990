"""Records kept by the fake Slack server."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Call:
    """One Web API request received by the fake, with the answer it got."""

    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    at: float


@dataclass
class Channel:
    """A conversation: channel, private channel, DM or group DM."""

    id: str
    name: str
    is_private: bool
    is_archived: bool
    members: set[str]
    creator: str
    created: int
    is_im: bool = False
    is_mpim: bool = False

    def to_dict(self, bot_user_id: str) -> dict[str, Any]:
        """Render the conversation the way the Web API returns it."""
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "name_normalized": self.name,
            "is_channel": not (self.is_im or self.is_mpim) and not self.is_private,
            "is_group": self.is_private and not (self.is_im or self.is_mpim),
            "is_im": self.is_im,
            "is_mpim": self.is_mpim,
            "is_private": self.is_private,
            "is_archived": self.is_archived,
            "is_general": False,
            "created": self.created,
            "creator": self.creator,
            "is_member": bot_user_id in self.members,
            "num_members": len(self.members),
        }
        if self.is_im:
            data["user"] = next((m for m in sorted(self.members) if m != bot_user_id), bot_user_id)
        return data


@dataclass
class Message:
    """A message posted to a conversation."""

    channel: str
    ts: str
    user: str
    text: str
    blocks: list[dict[str, Any]] | None
    thread_ts: str | None
    metadata: dict[str, Any] | None
    files: list[str] = field(default_factory=list)
    reactions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Render the message the way the Web API returns it."""
        data: dict[str, Any] = {"type": "message", "user": self.user, "text": self.text}
        data["ts"] = self.ts
        if self.blocks is not None:
            data["blocks"] = self.blocks
        if self.thread_ts:
            data["thread_ts"] = self.thread_ts
        if self.metadata is not None:
            data["metadata"] = self.metadata
        return data


@dataclass
class Ephemeral:
    """An ephemeral message shown to one user in a conversation."""

    channel: str
    user: str
    text: str
    blocks: list[dict[str, Any]] | None
    ts: str


@dataclass
class UploadedFile:
    """A file uploaded through the files.getUploadURLExternal flow."""

    id: str
    name: str  # the filename given to files.getUploadURLExternal
    length: int  # the size announced there; the bytes posted must match it
    title: str | None = None
    content: bytes | None = None
    channel_id: str | None = None
    initial_comment: str | None = None
    thread_ts: str | None = None
    alt_txt: str | None = None
    completed: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Render the file the way the Web API returns it."""
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title or self.name,
            "size": len(self.content or b""),
            "channels": [self.channel_id] if self.channel_id else [],
        }


@dataclass
class Fault:
    """A fault to answer the next calls of a method with."""

    status: int | None
    error: str | None
    retry_after: int | None
    delay: float
    remaining: int


class SlackError(Exception):
    """An API error answered as {"ok": false, "error": ...}."""

    def __init__(self, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.error = error
        self.extra = extra

    def to_dict(self) -> dict[str, Any]:
        """Render the error response body."""
        return {"ok": False, "error": self.error, **self.extra}
