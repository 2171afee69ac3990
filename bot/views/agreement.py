"""The agreement form, and the agreement as the pair sees it in their channel."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    CheckboxesElement,
    ContextBlock,
    PlainTextInputElement,
    RadioButtonsElement,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.domain.agreement import AGENDA_BY, CADENCE_WEEKS, TEXT_LENGTH, AgreementDraft
from bot.domain.programs import MEETING_MINUTES, parse_int
from bot.records import AgreementView
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, escape
from bot.views.forms import choices_of, field, options, selected, text_of, value_of, whole_number


def agreement_modal(texts: Texts, agreement: AgreementView) -> View:
    """The form, filled with the agreement as it stands."""
    draft = agreement.draft
    cadences = options(texts, "cadence", tuple(str(w) for w in CADENCE_WEEKS))
    agenda = options(texts, "agenda_by", AGENDA_BY)
    promise = options(texts, "form.confidential", ("yes",))

    def text(name: str, *, optional: bool = True, hint: bool = False) -> Any:
        value = getattr(draft, name) if draft else None
        element = PlainTextInputElement(
            action_id=name, multiline=True, initial_value=value or None, max_length=TEXT_LENGTH
        )
        return field(
            texts,
            name,
            element,
            optional=optional,
            hint=texts(f"form.{name}.hint") if hint else None,
        )

    blocks = [
        text("goals", optional=False, hint=True),
        text("help_wanted"),
        field(
            texts,
            "cadence_weeks",
            StaticSelectElement(
                action_id="cadence_weeks",
                options=cadences,
                initial_option=selected(cadences, str(draft.cadence_weeks) if draft else "0"),
            ),
        ),
        field(
            texts,
            "minutes",
            whole_number(
                "minutes", draft.minutes if draft else agreement.default_minutes, MEETING_MINUTES
            ),
        ),
        text("cancelling", hint=True),
        field(
            texts,
            "agenda_by",
            RadioButtonsElement(
                action_id="agenda_by",
                options=agenda,
                initial_option=selected(agenda, draft.agenda_by if draft else "mentee"),
            ),
        ),
        text("evaluation"),
        field(
            texts,
            "confidential",
            CheckboxesElement(
                action_id="confidential",
                options=promise,
                initial_options=promise if draft and draft.confidential else None,
            ),
        ),
    ]
    return View(
        type="modal",
        callback_id=ids.AGREEMENT_MODAL,
        private_metadata=str(agreement.relationship_id),
        title=PlainTextObject(text=texts("agreement.modal.title")),
        submit=PlainTextObject(text=texts("form.save")),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=blocks,
    )


def read_agreement(state: dict[str, Any]) -> AgreementDraft:
    return AgreementDraft(
        goals=text_of(state, "goals"),
        help_wanted=text_of(state, "help_wanted"),
        cadence_weeks=parse_int(value_of(state, "cadence_weeks")),
        minutes=parse_int(value_of(state, "minutes")),
        cancelling=text_of(state, "cancelling"),
        agenda_by=value_of(state, "agenda_by") or "",
        evaluation=text_of(state, "evaluation"),
        confidential="yes" in choices_of(state, "confidential"),
    )


def agreement_message(texts: Texts, agreement: AgreementView) -> Message:
    """The agreement in the pair's channel: the text, and who still has to confirm it."""
    draft = agreement.draft
    assert draft is not None
    if agreement.confirmed:
        status = texts(
            "agreement.confirmed", mentor=f"<@{agreement.mentor}>", mentee=f"<@{agreement.mentee}>"
        )
    else:
        author = agreement.drafted_by or agreement.mentee
        status = texts(
            "agreement.drafted", author=f"<@{author}>", other=f"<@{agreement.other_than(author)}>"
        )
    rows = [
        ("goals", draft.goals),
        ("help_wanted", draft.help_wanted),
        ("cadence_weeks", texts(f"cadence.{draft.cadence_weeks}")),
        ("minutes", str(draft.minutes)),
        ("cancelling", draft.cancelling),
        ("agenda_by", texts(f"agenda_by.{draft.agenda_by}")),
        ("evaluation", draft.evaluation),
    ]
    body = "\n".join(f"*{texts(f'form.{name}')}*\n{escape(value)}" for name, value in rows if value)
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=status)),
        SectionBlock(text=MarkdownTextObject(text=body[:3000])),
    ]
    if not agreement.confirmed:
        value = str(agreement.relationship_id)
        blocks.append(
            ActionsBlock(
                elements=[
                    ButtonElement(
                        text=PlainTextObject(text=texts("agreement.confirm_button")),
                        action_id=ids.AGREEMENT_CONFIRM,
                        value=value,
                        style="primary",
                    ),
                    ButtonElement(
                        text=PlainTextObject(text=texts("agreement.edit_button")),
                        action_id=ids.AGREEMENT_OPEN,
                        value=value,
                    ),
                ]
            )
        )
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=texts("agreement.private"))]))
    return Message(text=status, blocks=tuple(blocks))


def agreement_reminder(texts: Texts, agreement: AgreementView) -> str:
    """A nudge in the pair's channel to write the agreement before the second meeting."""
    mentor, mentee = f"<@{agreement.mentor}>", f"<@{agreement.mentee}>"
    return texts("agreement.reminder", mentor=mentor, mentee=mentee)
