"""Ending a pair early: the form (a reason as a category, never a text) and the farewell."""

from __future__ import annotations

from slack_sdk.models.blocks import RadioButtonsElement, SectionBlock
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.texts import Texts
from bot.views import ids
from bot.views.forms import field, options


def end_modal(texts: Texts, relationship_id: int, reasons: tuple[str, ...]) -> View:
    choices = options(texts, "end.reason", reasons)
    return View(
        type="modal",
        callback_id=ids.END_MODAL,
        private_metadata=str(relationship_id),
        title=PlainTextObject(text=texts("end.title")[:24]),
        submit=PlainTextObject(text=texts("end.submit")[:24]),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=[
            SectionBlock(text=MarkdownTextObject(text=texts("end.lead"))),
            field(
                texts,
                ids.END_REASON,
                RadioButtonsElement(action_id=ids.END_REASON, options=choices),
            ),
        ],
    )


def farewell(texts: Texts) -> str:
    """The last message in an ended pair's channel, before it is archived."""
    return texts("end.farewell")
