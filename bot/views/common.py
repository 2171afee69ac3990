"""Small building blocks shared by the view builders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from slack_sdk.models.blocks import Block, ButtonElement
from slack_sdk.models.blocks.basic_components import PlainTextObject


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


SECTION_TEXT = 3000  # Slack's limit for a section's text


def fit(text: str, limit: int = SECTION_TEXT) -> str:
    """Within a text limit, never cutting an escaped character in half."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if "&" in cut[-5:] and ";" not in cut[cut.rindex("&") :]:
        cut = cut[: cut.rindex("&")]
    return cut + "…"


def button(label: str, action_id: str, value: str, *, primary: bool = False) -> ButtonElement:
    """A button within Slack's 75 characters for its label."""
    return ButtonElement(
        text=PlainTextObject(text=label[:75]),
        action_id=action_id,
        value=value,
        style="primary" if primary else None,
    )
