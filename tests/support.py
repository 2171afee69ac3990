"""Helpers shared by the tests: a clock we move by hand, a recording Slack gateway."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.domain.errors import SlackError
from bot.ports import SlackProfile

SIGNING_SECRET = "test-signing-secret"


class ManualClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self.current

    def advance(self, **delta: float) -> datetime:
        with self._lock:
            self.current += timedelta(**delta)
            return self.current


@dataclass
class RecordingSlack:
    """A SlackGateway that records posts and uploads and fails on demand (for service tests)."""

    profiles: dict[str, SlackProfile] = field(default_factory=dict)
    posts: list[tuple[str, str]] = field(default_factory=list)
    uploads: list[tuple[str, str, bytes]] = field(default_factory=list)  # channel, name, bytes
    failures: list[SlackError] = field(default_factory=list)

    def profile(self, user_id: str) -> SlackProfile:
        if user_id not in self.profiles:
            raise SlackError("user_not_found", transient=False)
        return self.profiles[user_id]

    def post_message(
        self, channel: str, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> str:
        if self.failures:
            raise self.failures.pop(0)
        self.posts.append((channel, text))
        return f"{len(self.posts)}.000"

    def upload_file(
        self, channel: str, filename: str, content: bytes, title: str, comment: str = ""
    ) -> str:
        if self.failures:
            raise self.failures.pop(0)
        self.uploads.append((channel, filename, content))
        return f"F{len(self.uploads):08d}"


def profile(user_id: str, *, locale: str = "en-US", tz: str = "Europe/Copenhagen") -> SlackProfile:
    return SlackProfile(
        user_id=user_id,
        name=user_id.lower(),
        email=f"{user_id.lower()}@example.org",
        tz=tz,
        locale=locale,
        deleted=False,
        is_bot=False,
    )
