"""A program's survey questions as the coordinator edits them: the list with its buttons,
the form for a new question and the form for new wordings, and their readers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    PlainTextInputElement,
    RadioButtonsElement,
    SectionBlock,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.domain import refs
from bot.domain.language import LANGUAGES
from bot.domain.surveys import BOTH, QUESTION_KINDS, WORDING_LENGTH
from bot.records import SurveyQuestionLine, SurveyQuestionList
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, escape
from bot.views.forms import field, options, text_of, value_of

ROLE_CHOICES = ("both", "mentor", "mentee")
KEY_LENGTH = 40  # question keys are short words or "custom_<n>": a longer one is tampered with


@dataclass(frozen=True)
class QuestionTarget:
    """What a button or a form is about: a program's survey of one kind, maybe one question."""

    program_id: int
    kind: str
    key: str = ""


def target_value(program_id: int, kind: str, key: str = "") -> str:
    return ":".join(str(part) for part in (program_id, kind, key) if part != "")


def read_target(value: str | None) -> QuestionTarget | None:
    """The target a button or form carries; None when it was tampered with."""
    parts = (value or "").split(":")
    if len(parts) not in (2, 3) or not all(0 < len(part) <= KEY_LENGTH for part in parts[1:]):
        return None
    program = refs.whole_numbers(parts[0], 1)
    return None if program is None else QuestionTarget(program[0], *parts[1:])


def wording_field(language: str) -> str:
    return f"{ids.QUESTION_WORDING}{language}"


def question_list(texts: Texts, listing: SurveyQuestionList, *, lead: str | None = None) -> Message:
    """The questions in order, each with its wording, scale or text, and who is asked; while
    they may change, a button to add one and, per question, buttons to reword or remove it."""
    survey = texts(f"survey_questions.kind.{listing.kind}")
    title = texts("survey_questions.title", survey=survey, program=escape(listing.program_name))
    blocks: list[Block] = [_section(lead)] if lead else []
    blocks.append(_section(title))
    note = texts(listing.refusal or "survey_questions.editable", survey=survey)
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=note)]))
    editable = listing.refusal is None
    for number, line in enumerate(listing.questions, start=1):
        meta = texts(
            "survey_questions.meta",
            type=texts(f"survey_questions.type.{line.kind}"),
            asked=texts(f"survey_questions.asked.{_asked(line)}"),
        )
        blocks.append(_section(f"*{number}.* {shown_wording(texts, line)}\n_{meta}_"))
        if editable:
            blocks.append(_line_buttons(texts, listing, line, number))
    if editable and len(listing.questions) < listing.most:
        value = target_value(listing.program_id, listing.kind)
        add = _button(
            texts, "survey_questions.add", ids.SURVEY_QUESTION_ADD, value, style="primary"
        )
        blocks.append(ActionsBlock(elements=[add]))
    elif editable:
        full = texts("survey_questions.full", limit=listing.most)
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=full)]))
    return Message(text=lead or title, blocks=tuple(blocks))


def shown_wording(texts: Texts, line: SurveyQuestionLine) -> str:
    """The wording this reader sees: the coordinator's own, else the catalog's."""
    return escape(line.wording) if line.wording else texts(f"survey.q.{line.key}")


def new_question_modal(texts: Texts, listing: SurveyQuestionList) -> View:
    """How it is answered, who is asked, and the wording: the program's language required."""
    type_choice = RadioButtonsElement(
        action_id=ids.QUESTION_TYPE,
        options=options(texts, "survey_questions.answer", QUESTION_KINDS),
    )
    roles_choice = RadioButtonsElement(
        action_id=ids.QUESTION_ROLES,
        options=options(texts, "survey_questions.roles", ROLE_CHOICES),
    )
    blocks: list[Block] = [
        _intro(texts, listing),
        field(texts, ids.QUESTION_TYPE, type_choice, hint=texts("survey_questions.hint.type")),
        field(texts, ids.QUESTION_ROLES, roles_choice),
        *_wording_fields(texts, listing, {}),
    ]
    return _modal(texts, ids.SURVEY_QUESTION_MODAL, "survey_questions.add.title", listing, blocks)


def reword_modal(texts: Texts, listing: SurveyQuestionList, line: SurveyQuestionLine) -> View:
    """The wording in each language, filled in with what readers of it see now."""
    prefill = {
        lang: line.own.get(lang) or (Texts(lang)(f"survey.q.{line.key}") if line.default else "")
        for lang in LANGUAGES
    }
    blocks: list[Block] = [_intro(texts, listing), *_wording_fields(texts, listing, prefill)]
    if line.default:
        hint = texts("survey_questions.hint.default")
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=hint)]))
    return _modal(
        texts, ids.SURVEY_REWORD_MODAL, "survey_questions.reword.title", listing, blocks, line.key
    )


def read_new_question(state: dict[str, Any]) -> tuple[str, tuple[str, ...], dict[str, str]]:
    """(answered how, who is asked, wording by language) as the form holds them."""
    roles = value_of(state, ids.QUESTION_ROLES) or ""
    asked = tuple(sorted(BOTH)) if roles == "both" else (roles,) if roles else ()
    wordings = {lang: text_of(state, wording_field(lang)) for lang in LANGUAGES}
    return value_of(state, ids.QUESTION_TYPE) or "", asked, wordings


def read_rewording(view: dict[str, Any]) -> dict[str, str]:
    """The wordings the coordinator changed; one left as it was filled in is not stored, so a
    default question keeps following the catalog in that language."""
    state = view.get("state", {}).get("values", {})
    filled = {
        block.get("block_id"): (block.get("element") or {}).get("initial_value") or ""
        for block in view.get("blocks", [])
        if block.get("type") == "input"
    }
    changed = {}
    for lang in LANGUAGES:
        text = text_of(state, wording_field(lang))
        if text and text != filled.get(wording_field(lang), "").strip():
            changed[lang] = text
    return changed


def _wording_fields(
    texts: Texts, listing: SurveyQuestionList, prefill: dict[str, str]
) -> list[Block]:
    """One field per language, the program's first and required."""
    ordered = sorted(LANGUAGES, key=lambda lang: lang != listing.language)
    return [
        field(
            texts,
            wording_field(lang),
            PlainTextInputElement(
                action_id=wording_field(lang),
                multiline=True,
                max_length=WORDING_LENGTH,
                initial_value=prefill.get(lang) or None,
            ),
            optional=lang != listing.language,
            hint=texts("survey_questions.hint.required") if lang == listing.language else None,
        )
        for lang in ordered
    ]


def _modal(
    texts: Texts,
    callback_id: str,
    title: str,
    listing: SurveyQuestionList,
    blocks: list[Block],
    key: str = "",
) -> View:
    return View(
        type="modal",
        callback_id=callback_id,
        private_metadata=target_value(listing.program_id, listing.kind, key),
        title=PlainTextObject(text=texts(title)),
        submit=PlainTextObject(text=texts("form.save")),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=blocks,
    )


def _intro(texts: Texts, listing: SurveyQuestionList) -> SectionBlock:
    survey = texts(f"survey_questions.kind.{listing.kind}")
    program = escape(listing.program_name)
    return _section(texts("survey_questions.modal.intro", survey=survey, program=program))


def _line_buttons(
    texts: Texts, listing: SurveyQuestionList, line: SurveyQuestionLine, number: int
) -> ActionsBlock:
    confirm = ConfirmObject(
        title=PlainTextObject(text=texts("survey_questions.remove.title")),
        text=MarkdownTextObject(text=texts("survey_questions.remove.text", number=number)),
        confirm=PlainTextObject(text=texts("survey_questions.remove.yes")),
        deny=PlainTextObject(text=texts("form.cancel")),
    )
    value = target_value(listing.program_id, listing.kind, line.key)
    return ActionsBlock(
        elements=[
            _button(texts, "survey_questions.reword", ids.SURVEY_QUESTION_REWORD, value),
            _button(
                texts,
                "survey_questions.remove",
                ids.SURVEY_QUESTION_REMOVE,
                value,
                style="danger",
                confirm=confirm,
            ),
        ]
    )


def _button(texts: Texts, label: str, action_id: str, value: str, **extra: Any) -> ButtonElement:
    return ButtonElement(
        text=PlainTextObject(text=texts(label)), action_id=action_id, value=value, **extra
    )


def _asked(line: SurveyQuestionLine) -> str:
    return "both" if line.roles == BOTH else next(iter(line.roles))


def _section(text: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=text))
