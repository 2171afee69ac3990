"""Settings from the environment (and `.env`); real environment variables win."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

LANGUAGES = ("en", "da", "sv")
DEFAULT_API_URL = "https://slack.com/api/"


class SettingsError(Exception):
    """A setting is missing or malformed; the message names it and says where to set it."""


@dataclass(frozen=True)
class Settings:
    bot_token: str
    signing_secret: str | None
    app_token: str | None
    api_url: str
    database_url: str
    coordinators: frozenset[str]
    language: str
    timezone: str
    port: int

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)


def from_env(env: Mapping[str, str] | None = None, *, require_slack: bool = True) -> Settings:
    """Read and check every setting; raise SettingsError with one clear line on the first fault."""
    env = os.environ if env is None else env
    bot_token = env.get("SLACK_BOT_TOKEN", "").strip()
    if require_slack and not bot_token:
        raise SettingsError(
            _missing("SLACK_BOT_TOKEN", "the bot token (xoxb-...)")
            + "; no Slack app yet? `mentorbot demo` shows the bot without one"
        )
    _check_kind("SLACK_BOT_TOKEN", bot_token, "a bot token", "xoxb-")
    app_token = env.get("SLACK_APP_TOKEN", "").strip()
    _check_kind("SLACK_APP_TOKEN", app_token, "an app-level token", "xapp-")
    return Settings(
        bot_token=bot_token,
        signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip() or None,
        app_token=app_token or None,
        api_url=_api_url(env.get("SLACK_API_URL", "").strip() or DEFAULT_API_URL),
        database_url=database_url(env.get("DATABASE_URL", "").strip() or "sqlite:///mentorbot.db"),
        coordinators=frozenset(
            part.strip()
            for part in env.get("MENTORBOT_COORDINATORS", "").split(",")
            if part.strip()
        ),
        language=_language(env.get("MENTORBOT_LANGUAGE", "").strip() or "en"),
        timezone=_timezone(env.get("MENTORBOT_TIMEZONE", "").strip() or "Europe/Copenhagen"),
        port=_port(env.get("PORT", "").strip() or "3000"),
    )


def database_url(raw: str) -> str:
    """Check a SQLAlchemy URL and pick the psycopg 3 driver for plain PostgreSQL URLs."""
    try:
        url = make_url(raw)
    except ArgumentError:
        raise SettingsError(
            f"DATABASE_URL is not a database URL: {raw!r} "
            "(e.g. sqlite:///mentorbot.db or postgresql://user@host/db)"
        ) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise SettingsError(
            f"DATABASE_URL must point at SQLite or PostgreSQL, not {url.get_backend_name()!r}"
        )
    return url.render_as_string(hide_password=False)


_WHERE = "copy the token from your Slack app's settings (see the README, Setting up the Slack app)"


def _missing(name: str, what: str) -> str:
    return f"{name} is not set: put {what} in the environment or in .env (see .env.example)"


def _check_kind(name: str, token: str, kind: str, prefix: str) -> None:
    if token == prefix:  # .env.example's placeholder, not filled in
        raise SettingsError(
            f"{name} is still the placeholder '{prefix}' from .env.example: {_WHERE}"
        )
    if token and not token.startswith(prefix):
        raise SettingsError(
            f"{name} must be {kind} starting with '{prefix}'; set it in the environment or in .env"
        )


def _api_url(raw: str) -> str:
    if not raw.startswith(("http://", "https://")):
        raise SettingsError(f"SLACK_API_URL must start with http:// or https://, not {raw!r}")
    return raw if raw.endswith("/") else raw + "/"


def _language(raw: str) -> str:
    if raw not in LANGUAGES:
        raise SettingsError(f"MENTORBOT_LANGUAGE must be one of en, da, sv, not {raw!r}")
    return raw


def _timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(
            f"MENTORBOT_TIMEZONE is not a known time zone: {raw!r} (e.g. Europe/Stockholm)"
        ) from None
    return raw


def _port(raw: str) -> int:
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise SettingsError(f"PORT must be a number between 1 and 65535, not {raw!r}")
    return int(raw)
