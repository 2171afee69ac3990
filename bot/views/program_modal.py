"""The program form: create or edit a program's frame."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    CheckboxesElement,
    PlainTextInputElement,
    RadioButtonsElement,
    StaticSelectElement,
)
from slack_sdk.models.blocks.basic_components import PlainTextObject
from slack_sdk.models.views import View

from bot.domain.enums import ProgramShape
from bot.domain.language import LANGUAGES
from bot.domain.programs import (
    COUNTRIES,
    MEETING_MINUTES,
    MONTHS,
    NAME_LENGTH,
    ProgramDraft,
    days_off_text,
    parse_date,
    parse_days_off,
    parse_int,
)
from bot.texts import Texts
from bot.views import ids
from bot.views.forms import (
    choices_of,
    date_picker,
    field,
    options,
    selected,
    text_of,
    value_of,
    whole_number,
)


def program_modal(texts: Texts, draft: ProgramDraft, *, program_id: int | None = None) -> View:
    """The form, filled with `draft`; `program_id` set means editing that program."""
    shapes = options(texts, "shape", tuple(ProgramShape))
    languages = options(texts, "language.name", LANGUAGES)
    countries = options(texts, "country", COUNTRIES)
    cross = options(texts, "form.cross_company", ("yes",))
    blocks = [
        field(
            texts,
            "name",
            PlainTextInputElement(
                action_id="name", initial_value=draft.name or None, max_length=NAME_LENGTH
            ),
        ),
        field(
            texts,
            "starts_on",
            date_picker("starts_on", draft.starts_on),
        ),
        field(
            texts,
            "months",
            whole_number("months", draft.months or 12, MONTHS),
        ),
        field(
            texts,
            "shape",
            RadioButtonsElement(
                action_id="shape", options=shapes, initial_option=selected(shapes, draft.shape)
            ),
        ),
        field(
            texts,
            "language",
            StaticSelectElement(
                action_id="language",
                options=languages,
                initial_option=selected(languages, draft.language),
            ),
        ),
        field(
            texts,
            "timezone",
            PlainTextInputElement(action_id="timezone", initial_value=draft.timezone or None),
            hint=texts("form.timezone.hint"),
        ),
        field(
            texts,
            "country",
            StaticSelectElement(
                action_id="country",
                options=countries,
                initial_option=selected(countries, draft.country),
            ),
        ),
        field(
            texts,
            "signup_deadline",
            date_picker("signup_deadline", draft.signup_deadline),
            optional=True,
        ),
        field(
            texts,
            "meeting_minutes",
            whole_number("meeting_minutes", draft.meeting_minutes or 90, MEETING_MINUTES),
        ),
        field(
            texts,
            "days_off",
            PlainTextInputElement(
                action_id="days_off",
                multiline=True,
                initial_value=days_off_text(draft.days_off) or None,
                max_length=2000,
            ),
            optional=True,
            hint=texts("form.days_off.hint"),
        ),
        field(
            texts,
            "cross_company",
            CheckboxesElement(
                action_id="cross_company",
                options=cross,
                initial_options=cross if draft.cross_company else None,
            ),
            optional=True,
        ),
    ]
    title = "program.modal.edit" if program_id else "program.modal.new"
    return View(
        type="modal",
        callback_id=ids.PROGRAM_MODAL,
        private_metadata=str(program_id or ""),
        title=PlainTextObject(text=texts(title)),
        submit=PlainTextObject(text=texts("form.save" if program_id else "form.create")),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=blocks,
    )


def read_program(state: dict[str, Any]) -> ProgramDraft:
    """The draft a coordinator submitted (unparsable values become None, for the checks)."""
    return ProgramDraft(
        name=text_of(state, "name"),
        starts_on=parse_date(value_of(state, "starts_on")),
        months=parse_int(value_of(state, "months")),
        shape=value_of(state, "shape") or "",
        language=value_of(state, "language") or "",
        timezone=text_of(state, "timezone"),
        country=value_of(state, "country") or "",
        signup_deadline=parse_date(value_of(state, "signup_deadline")),
        meeting_minutes=parse_int(value_of(state, "meeting_minutes")),
        cross_company="yes" in choices_of(state, "cross_company"),
        days_off=parse_days_off(text_of(state, "days_off")) or (),
        unparsable=("days_off",) * (parse_days_off(text_of(state, "days_off")) is None)
        + tuple(
            name
            for name, parse in (
                ("starts_on", parse_date),
                ("signup_deadline", parse_date),
                ("months", parse_int),
                ("meeting_minutes", parse_int),
            )
            if value_of(state, name) and parse(value_of(state, name)) is None
        ),
    )
