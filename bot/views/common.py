"""Small building blocks shared by the view builders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from slack_sdk.models.blocks import Block


@dataclass(frozen=True)
class Message:
    """A message for Slack: the notification text and the blocks drawn."""

    text: str
    blocks: tuple[Block, ...] = ()

    def as_kwargs(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": [block.to_dict() for block in self.blocks]}


def escape(text: str) -> str:
    """Escape a person's own words for Slack mrkdwn, so they cannot ping or link."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain(text: str) -> str:
    """Slack mrkdwn as plain text, for the terminal: no *bold*, no `code` marks."""
    return text.replace("*", "").replace("`", "").replace("&lt;", "<").replace("&gt;", ">")
