"""The log book as its owner sees it, a page at a time, and the form for a new entry."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    PlainTextInputElement,
    SectionBlock,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.records import LogLine, LogPage
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, button, escape, fit
from bot.views.forms import field


def log_page(texts: Texts, page: LogPage) -> Message:
    """Newest first; each entry with a button to share it with the partner."""
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=texts("log.title")))]
    if not page.lines:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=texts("log.empty"))))
    for line in page.lines:
        blocks.append(DividerBlock())
        blocks += entry_blocks(texts, line, page.tz, share=not line.shared)
        if line.shared:
            blocks.append(ContextBlock(elements=[MarkdownTextObject(text=texts("log.shared"))]))
    buttons = [button(texts("log.write"), ids.LOG_WRITE, "write", primary=True)]
    if page.page > 0:
        buttons.append(button(texts("log.newer"), ids.LOG_PAGE, str(page.page - 1)))
    if page.page + 1 < page.pages:
        buttons.append(button(texts("log.older"), ids.LOG_PAGE, str(page.page + 1)))
    blocks.append(ActionsBlock(elements=buttons))
    footer = texts("log.private", page=page.page + 1, pages=page.pages)
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=footer)]))
    return Message(text=texts("log.title"), blocks=tuple(blocks))


def entry_blocks(texts: Texts, line: LogLine, tz: str, *, share: bool) -> list[Block]:
    """One entry: its kind and day, then each answer under its question, a section each
    (an answer is at most 2,000 characters, a section 3,000)."""
    day = texts.weekday_date(line.created_at.astimezone(ZoneInfo(tz)).date())
    head = f"*{texts(f'log.kind.{line.kind}')}*, {day}"
    blocks: list[Block] = [
        SectionBlock(
            text=MarkdownTextObject(text=head),
            accessory=_share_button(texts, line) if share else None,
        )
    ]
    for key, answer in line.answers:
        question = "" if key == "note" else f"_{texts(f'question.{key}')}_\n"
        blocks.append(SectionBlock(text=MarkdownTextObject(text=fit(question + escape(answer)))))
    return blocks


def shared_entry(texts: Texts, line: LogLine, user_id: str, tz: str) -> Message:
    """In the pair's channel: one entry its owner chose to show their partner."""
    text = texts("log.shared_by", user=f"<@{user_id}>")
    lead = SectionBlock(text=MarkdownTextObject(text=text))
    return Message(text=text, blocks=(lead, *entry_blocks(texts, line, tz, share=False)))


def log_modal(texts: Texts) -> View:
    element = PlainTextInputElement(action_id=ids.LOG_TEXT, multiline=True, max_length=3000)
    return View(
        type="modal",
        callback_id=ids.LOG_MODAL,
        title=PlainTextObject(text=texts("log.modal.title")[:24]),
        submit=PlainTextObject(text=texts("form.save")),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=[
            field(texts, ids.LOG_TEXT, element),
            ContextBlock(elements=[MarkdownTextObject(text=texts("questions.private"))]),
        ],
    )


def _share_button(texts: Texts, line: LogLine) -> ButtonElement:
    return button(texts("log.share"), ids.LOG_SHARE, str(line.entry_id))
