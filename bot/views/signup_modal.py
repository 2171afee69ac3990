"""The sign-up form: role, where you work, what you bring or seek, when you can meet."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    CheckboxesElement,
    PlainTextInputElement,
    RadioButtonsElement,
    SectionBlock,
    StaticSelectElement,
    UserSelectElement,
)
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.domain.enums import Role
from bot.domain.programs import parse_int
from bot.domain.signup import (
    CAPACITY,
    DEPARTMENT_LENGTH,
    EXPERIENCE,
    SPOKEN_LANGUAGES,
    TIMES_OF_DAY,
    TOPICS_LENGTH,
    WEEKDAYS,
    SignupDraft,
)
from bot.texts import Texts
from bot.views import ids
from bot.views.common import Message, escape
from bot.views.forms import (
    choices_of,
    field,
    options,
    selected,
    text_of,
    value_of,
    whole_number,
)


def signup_modal(
    texts: Texts,
    *,
    program_id: int,
    program_name: str,
    cross_company: bool,
    current: SignupDraft | None,
    timezone: str | None,
) -> View:
    """The form for one program, filled with the person's earlier sign-up if there is one."""
    draft = current or SignupDraft(role=None, department="", timezone=timezone)
    roles = options(texts, "role", tuple(Role))
    languages = options(texts, "spoken", SPOKEN_LANGUAGES)
    capacities = options(
        texts, "capacity", tuple(str(n) for n in range(CAPACITY[0], CAPACITY[1] + 1))
    )
    weekdays = options(texts, "weekday", WEEKDAYS)
    times = options(texts, "time_of_day", TIMES_OF_DAY)
    chosen_languages = [o for o in languages if o.value in draft.languages]
    chosen_days = [o for o in weekdays if o.value in draft.weekdays]
    intro = texts("signup.modal.intro", program=escape(program_name))
    blocks: list[Any] = [
        SectionBlock(text=MarkdownTextObject(text=intro)),
        field(
            texts,
            "role",
            RadioButtonsElement(
                action_id="role", options=roles, initial_option=selected(roles, draft.role)
            ),
        ),
        field(
            texts,
            "department",
            PlainTextInputElement(
                action_id="department",
                initial_value=draft.department or None,
                max_length=DEPARTMENT_LENGTH,
            ),
        ),
    ]
    if cross_company:
        blocks.append(
            field(
                texts,
                "organisation",
                PlainTextInputElement(
                    action_id="organisation",
                    initial_value=draft.organisation or None,
                    max_length=DEPARTMENT_LENGTH,
                ),
            )
        )
    blocks += [
        field(
            texts,
            "manager",
            UserSelectElement(action_id="manager", initial_user=draft.manager_user_id),
            optional=True,
            hint=texts("form.manager.hint"),
        ),
        field(
            texts,
            "experience",
            whole_number("experience", draft.experience_years, EXPERIENCE),
            optional=True,
        ),
        field(
            texts,
            "topics",
            PlainTextInputElement(
                action_id="topics",
                multiline=True,
                initial_value=draft.topics or None,
                max_length=TOPICS_LENGTH,
            ),
            hint=texts("form.topics.hint"),
        ),
        field(
            texts,
            "languages",
            CheckboxesElement(
                action_id="languages", options=languages, initial_options=chosen_languages or None
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
            "capacity",
            StaticSelectElement(
                action_id="capacity",
                options=capacities,
                initial_option=selected(capacities, str(draft.capacity or 1)),
            ),
            hint=texts("form.capacity.hint"),
        ),
        field(
            texts,
            "weekdays",
            CheckboxesElement(
                action_id="weekdays", options=weekdays, initial_options=chosen_days or None
            ),
            optional=True,
        ),
        field(
            texts,
            "time_of_day",
            RadioButtonsElement(
                action_id="time_of_day",
                options=times,
                initial_option=selected(times, draft.time_of_day),
            ),
            optional=True,
        ),
    ]
    return View(
        type="modal",
        callback_id=ids.SIGNUP_MODAL,
        private_metadata=str(program_id),
        title=PlainTextObject(text=texts("signup.modal.title")),
        submit=PlainTextObject(text=texts("form.save" if current else "form.sign_up")),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=blocks,
    )


def read_signup(state: dict[str, Any]) -> SignupDraft:
    """The sign-up a person submitted (unparsable numbers are flagged for the checks)."""
    raw_experience = value_of(state, "experience")
    experience = parse_int(raw_experience) if raw_experience else None
    return SignupDraft(
        role=value_of(state, "role"),
        department=text_of(state, "department"),
        organisation=text_of(state, "organisation"),
        manager_user_id=value_of(state, "manager"),
        experience_years=experience,
        experience_unparsable=bool(raw_experience) and experience is None,
        topics=text_of(state, "topics"),
        languages=choices_of(state, "languages"),
        timezone=text_of(state, "timezone") or None,
        capacity=parse_int(value_of(state, "capacity")),
        weekdays=choices_of(state, "weekdays"),
        time_of_day=value_of(state, "time_of_day") or "",
    )


def leave_question(texts: Texts, program_id: int, params: dict[str, object]) -> Message:
    """Leaving would end a pair: ask once more, with a button that carries it out."""
    question = texts("leave.confirm", program=escape(str(params["program"])))
    button = ButtonElement(
        text=PlainTextObject(text=texts("leave.confirm_button")),
        action_id=ids.LEAVE_CONFIRM,
        value=str(program_id),
        style="danger",
    )
    return Message(
        text=question,
        blocks=(
            SectionBlock(text=MarkdownTextObject(text=question)),
            ActionsBlock(elements=[button]),
        ),
    )
