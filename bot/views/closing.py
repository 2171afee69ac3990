"""The program's end in the pair's channel: the question whether the pair goes on by itself,
the answer both members see, and the counts the coordinator sees."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import ActionsBlock, ButtonElement, SectionBlock
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject

from bot.records import ClosingAnswer, ClosingAsk, ClosingCounts
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, escape


def closing_question(ask: ClosingAsk) -> tuple[str, list[dict[str, Any]]]:
    """The day after the program's last day: thanks, and will you go on by yourselves?"""
    texts = Texts(ask.language)
    value = str(ask.relationship_id)
    buttons = [
        ButtonElement(
            text=PlainTextObject(text=texts("closing.go_on")),
            action_id=ids.CLOSING_GO_ON,
            value=value,
            style="primary",
        ),
        ButtonElement(
            text=PlainTextObject(text=texts("closing.done")),
            action_id=ids.CLOSING_DONE,
            value=value,
        ),
    ]
    blocks = [
        SectionBlock(
            text=MarkdownTextObject(
                text=texts("closing.question", program=escape(ask.program_name))
            )
        ),
        SectionBlock(
            text=MarkdownTextObject(text=texts("closing.question.ask", days=ask.grace_days))
        ),
        ActionsBlock(elements=buttons),
    ]
    return texts("closing.notification"), [block.to_dict() for block in blocks]


def closing_answered(answer: ClosingAnswer) -> Message:
    """The question, answered: who said what, in place of the buttons."""
    texts = Texts(answer.language)
    user = f"<@{answer.user_id}>"
    if answer.goes_on:
        lines = [texts("closing.answered_go_on", user=user), texts("closing.going_on")]
    else:
        lines = [texts("closing.answered_done", user=user)]
    return Message(
        text=lines[0], blocks=tuple(SectionBlock(text=MarkdownTextObject(text=t)) for t in lines)
    )


def closing_counts_text(texts: Texts, counts: ClosingCounts) -> str:
    """For the coordinator: how the pairs answered, in counts only."""
    return "\n".join(
        (
            texts("closing.status.title"),
            texts(
                "closing.status.counts",
                going_on=counts.going_on,
                finished=counts.finished,
                waiting=counts.waiting,
            ),
        )
    )
