"""The App Home tab."""

from __future__ import annotations

from slack_sdk.models.views import View

from bot.views.common import Message


def home_view(overview: Message) -> View:
    """The Home tab: for now the same overview as `/mentor help`."""
    return View(type="home", blocks=list(overview.blocks))
