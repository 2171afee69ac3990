"""What the services need from the outside world, as Protocols."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock, in UTC. Only handlers, jobs and the CLI hold one."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class Meter(Protocol):
    """What the services count and time for operations (bot/metrics.py serves it on
    /metrics). The meter holds the stopwatch: services read no clock of their own."""

    def pass_timer(self) -> AbstractContextManager[object]: ...

    def planner_timer(self) -> AbstractContextManager[object]: ...

    def send_failed(self, *, kind: str, outcome: str) -> None: ...


class NoMeter:
    """A Meter that keeps nothing: for runs nobody scrapes (`mentorbot dispatch`, tests)."""

    def pass_timer(self) -> AbstractContextManager[object]:
        return nullcontext()

    def planner_timer(self) -> AbstractContextManager[object]:
        return nullcontext()

    def send_failed(self, *, kind: str, outcome: str) -> None:
        """Nothing kept."""


@dataclass(frozen=True)
class SlackProfile:
    user_id: str
    name: str
    email: str | None
    tz: str | None
    locale: str | None
    deleted: bool
    is_bot: bool


class SlackGateway(Protocol):
    """The Slack Web API calls the services make; failures raise bot.domain.errors.SlackError."""

    def profile(self, user_id: str) -> SlackProfile: ...

    def lookup_by_email(self, email: str) -> SlackProfile | None: ...

    def deactivated(self, user_ids: set[str]) -> set[str]: ...

    def post_message(
        self, channel: str, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> str: ...

    def open_dm(self, user_id: str) -> str: ...

    def update_message(
        self, channel: str, ts: str, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> None: ...

    def create_private_channel(self, name: str) -> str: ...

    def own_channel(self, name: str) -> str | None: ...

    def invite(self, channel: str, user_id: str) -> None: ...

    def archive(self, channel: str) -> None: ...

    def upload_file(
        self, channel: str, filename: str, content: bytes, title: str, comment: str = ""
    ) -> str: ...

    def publish_home(self, user_id: str, view: dict[str, Any]) -> None: ...
