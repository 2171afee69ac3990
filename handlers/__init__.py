"""Bolt listeners. `register` lists them all."""

from __future__ import annotations

from slack_bolt import App

from bot.views.ids import MENTOR_COMMAND
from handlers import commands, errors, events


def register(app: App) -> None:
    """Attach every listener to the app."""
    app.command(MENTOR_COMMAND)(commands.handle_mentor_command)
    app.event("app_home_opened")(events.handle_app_home_opened)
    app.event("member_left_channel")(events.handle_member_left_channel)
    app.event("app_uninstalled")(events.handle_app_uninstalled)
    app.event("tokens_revoked")(events.handle_tokens_revoked)
    app.error(errors.handle_error)
