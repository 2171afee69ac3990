"""Ephemeral answers to `/mentor`: help and short notices."""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.models.blocks import Block, ContextBlock, DividerBlock, SectionBlock
from slack_sdk.models.blocks.basic_components import MarkdownTextObject

from bot.texts import Texts
from bot.views.common import Message


def help_message(
    texts: Texts,
    *,
    participant_commands: Sequence[str],
    coordinator_commands: Sequence[str],
    is_coordinator: bool,
    lead: str | None = None,
) -> Message:
    """The overview of commands; coordinators also see theirs. `lead` says what went wrong."""
    blocks: list[Block] = []
    if lead:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=lead)))
        blocks.append(DividerBlock())
    blocks.append(SectionBlock(text=MarkdownTextObject(text=texts("help.title"))))
    blocks.append(_command_list(texts, texts("help.participant"), participant_commands))
    if is_coordinator and coordinator_commands:
        blocks.append(_command_list(texts, texts("help.coordinator"), coordinator_commands))
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=texts("help.footer"))]))
    return Message(text=lead or texts("help.title"), blocks=tuple(blocks))


def notice(text: str) -> Message:
    """A one-paragraph answer."""
    return Message(text=text, blocks=(SectionBlock(text=MarkdownTextObject(text=text)),))


def _command_list(texts: Texts, heading: str, commands: Sequence[str]) -> SectionBlock:
    lines = [heading]
    for word in commands:  # one command word may stand for several lines of usage
        lines += [f"• {line}" for line in texts(f"cmd.{word}").splitlines()]
    return SectionBlock(text=MarkdownTextObject(text="\n".join(lines)))
