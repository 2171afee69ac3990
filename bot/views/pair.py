"""What a pair sees in its own channel."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    SectionBlock,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject

from bot.records import PairPeople
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, escape


def welcome_message(texts: Texts, pair: PairPeople) -> tuple[str, list[dict[str, Any]]]:
    """The first message in a pair's channel: who is who, the rules, and what comes next."""
    mentor, mentee = f"<@{pair.mentor}>", f"<@{pair.mentee}>"
    intro = texts(
        "welcome.intro",
        mentor=mentor,
        mentee=mentee,
        mentor_department=escape(pair.mentor_department) or "-",
        mentee_department=escape(pair.mentee_department) or "-",
        program=escape(pair.program_name),
    )
    rhythm = texts(f"welcome.rhythm_{pair.shape}", minutes=pair.meeting_minutes)
    sections = [
        intro,
        texts("welcome.roles", mentor=mentor, mentee=mentee),
        texts("welcome.confidentiality"),
        texts("welcome.agenda"),
        rhythm,
        texts("welcome.agreement"),
    ]
    blocks = [HeaderBlock(text=PlainTextObject(text=texts("welcome.title")[:150]))]
    for index, text in enumerate(sections):
        if index:
            blocks.append(DividerBlock())
        blocks.append(SectionBlock(text=MarkdownTextObject(text=text)))
    button = ButtonElement(
        text=PlainTextObject(text=texts("welcome.agreement_button")),
        action_id=ids.AGREEMENT_OPEN,
        value=str(pair.relationship_id),
        style="primary",
    )
    blocks.append(ActionsBlock(elements=[button]))
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=texts("welcome.footer"))]))
    text = texts("welcome.notification", mentor=mentor, mentee=mentee)
    return text, [block.to_dict() for block in blocks]


def left_channel_question(texts: Texts, relationship_id: int, channel_id: str) -> Message:
    """To someone who left their pair's channel: was it meant? Back in one click."""
    text = texts("left.question", channel=f"<#{channel_id}>")
    buttons = [
        ButtonElement(
            text=PlainTextObject(text=texts("left.come_back")),
            action_id=ids.REJOIN_CHANNEL,
            value=str(relationship_id),
            style="primary",
        ),
        ButtonElement(
            text=PlainTextObject(text=texts("left.leave")), action_id=ids.LEAVE_PROGRAM, value=""
        ),
    ]
    return Message(
        text=text,
        blocks=(SectionBlock(text=MarkdownTextObject(text=text)), ActionsBlock(elements=buttons)),
    )
