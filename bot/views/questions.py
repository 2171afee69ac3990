"""The questions each person answers for themself, in a form: before a meeting (the
preparation) and after it (the reflection). The answers go to their own log book."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import ContextBlock, InputBlock, PlainTextInputElement, SectionBlock
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.domain.enums import LogKind, Role
from bot.texts import Texts
from bot.views import ids
from bot.views.common import escape
from bot.views.forms import text_of

ANSWER_LENGTH = 2000
QUESTIONS = {
    (LogKind.PREP, Role.MENTEE): ("remember", "goal", "went"),
    (LogKind.PREP, Role.MENTOR): ("remember", "listen"),
    (LogKind.REFLECTION, Role.MENTEE): ("useful", "more", "next"),
    (LogKind.REFLECTION, Role.MENTOR): ("energy", "learning", "self"),
}


FIRST = {  # preparing the first meeting: nothing to look back on yet
    (LogKind.PREP, Role.MENTEE): ("hopes", "first_topics"),
    (LogKind.PREP, Role.MENTOR): ("share", "listen"),
}


def questions_for(
    kind: str, role: str, *, closing: bool, sessions: bool, first: bool = False
) -> tuple[str, ...]:
    """The question keys one person answers; the first meeting's preparation looks ahead,
    the closing meeting adds the goals, the six-session shape its action task."""
    if first and (kind, role) in FIRST:
        return FIRST[(kind, role)]
    found = QUESTIONS[(kind, role)]
    if sessions and role == Role.MENTEE:
        found = ("task_went", *found) if kind == LogKind.PREP else (*found, "task")
    if closing:
        found = (*found, "results") if kind == LogKind.REFLECTION else (*found, "goals")
    return found


def questions_modal(
    texts: Texts, *, kind: str, questions: tuple[str, ...], metadata: str, task: str | None = None
) -> View:
    """The form with one multi-line answer per question; all answers are optional."""
    blocks: list[Any] = [SectionBlock(text=MarkdownTextObject(text=texts(f"{kind}.lead")))]
    if task:
        blocks.append(
            SectionBlock(text=MarkdownTextObject(text=texts("prep.task_was", task=escape(task))))
        )
    for key in questions:
        element = PlainTextInputElement(action_id=key, multiline=True, max_length=ANSWER_LENGTH)

        blocks.append(
            InputBlock(
                block_id=key,
                label=PlainTextObject(text=texts(f"question.{key}")[:2000]),
                element=element,
                optional=True,
            )
        )
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=texts("questions.private"))]))
    return View(
        type="modal",
        callback_id=ids.PREP_MODAL if kind == LogKind.PREP else ids.REFLECT_MODAL,
        private_metadata=metadata,
        title=PlainTextObject(text=texts(f"{kind}.title")[:24]),
        submit=PlainTextObject(text=texts("form.save")),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=blocks,
    )


def read_answers(state: dict[str, Any]) -> dict[str, str]:
    """The answers given, by question key; empty ones are left out."""
    return {key: text_of(state, key) for key in state if text_of(state, key)}
