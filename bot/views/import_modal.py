"""The import form: a coordinator pastes a CSV of sign-ups."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import PlainTextInputElement, SectionBlock
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.domain.signup_csv import COLUMNS
from bot.texts import Texts
from bot.views import ids
from bot.views.common import escape
from bot.views.forms import field, value_of

# Slack's limit for a plain-text input; larger files go through `mentorbot import`.
PASTE_LIMIT = 3000


def import_modal(texts: Texts, *, program_id: int, program_name: str) -> View:
    intro = texts("import.modal.intro", program=escape(program_name), columns=";".join(COLUMNS))
    return View(
        type="modal",
        callback_id=ids.IMPORT_MODAL,
        private_metadata=str(program_id),
        title=PlainTextObject(text=texts("import.modal.title")),
        submit=PlainTextObject(text=texts("form.import")),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=[
            SectionBlock(text=MarkdownTextObject(text=intro)),
            field(
                texts,
                ids.IMPORT_TEXT,
                PlainTextInputElement(
                    action_id=ids.IMPORT_TEXT, multiline=True, max_length=PASTE_LIMIT
                ),
            ),
        ],
    )


def read_import(state: dict[str, Any]) -> str:
    return value_of(state, ids.IMPORT_TEXT) or ""
