"""Reading the values a person entered in a modal, whatever kind of element holds them."""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_sdk.models.blocks import DatePickerElement, InputBlock, NumberInputElement
from slack_sdk.models.blocks.basic_components import Option, PlainTextObject

from bot.texts import Texts


def value_of(state: dict[str, Any], field: str) -> Any:
    """The raw value of one input block (block id and action id are both `field`)."""
    element = state.get(field, {}).get(field, {})
    kind = element.get("type")
    if kind in ("plain_text_input", "number_input"):
        return element.get("value")
    if kind == "datepicker":
        return element.get("selected_date")
    if kind == "timepicker":
        return element.get("selected_time")
    if kind in ("static_select", "radio_buttons"):
        option = element.get("selected_option") or {}
        return option.get("value")
    if kind in ("checkboxes", "multi_static_select"):
        return [option["value"] for option in element.get("selected_options") or []]
    if kind == "users_select":
        return element.get("selected_user")
    return None


def text_of(state: dict[str, Any], field: str) -> str:
    return (value_of(state, field) or "").strip()


def choices_of(state: dict[str, Any], field: str) -> tuple[str, ...]:
    return tuple(value_of(state, field) or ())


def options(texts: Texts, prefix: str, values: tuple[str, ...]) -> list[Option]:
    """Options whose labels are catalog texts `<prefix>.<value>`."""
    return [
        Option(value=value, text=PlainTextObject(text=texts(f"{prefix}.{value}")))
        for value in values
    ]


def selected(choices: list[Option], value: str | None) -> Option | None:
    return next((option for option in choices if option.value == value), None)


def whole_number(name: str, value: int | None, bounds: tuple[int, int]) -> NumberInputElement:
    """A number input for a whole number within bounds (Slack checks them too)."""
    return NumberInputElement(
        action_id=name,
        is_decimal_allowed=False,
        initial_value=None if value is None else str(value),
        min_value=str(bounds[0]),
        max_value=str(bounds[1]),
    )


def date_picker(name: str, value: date | None) -> DatePickerElement:
    return DatePickerElement(action_id=name, initial_date=value.isoformat() if value else None)


def field(
    texts: Texts, name: str, element: Any, *, optional: bool = False, hint: str | None = None
) -> InputBlock:
    """An input block labelled from the catalog (`form.<name>`)."""
    return InputBlock(
        block_id=name,
        label=PlainTextObject(text=texts(f"form.{name}")),
        element=element,
        optional=optional,
        hint=PlainTextObject(text=hint) if hint else None,
    )


def errors_for(texts: Texts, errors: dict[str, str], known: tuple[str, ...]) -> dict[str, str]:
    """`response_action: errors` content: each field's message in the person's language."""
    return {name if name in known else known[0]: texts(key) for name, key in errors.items()}
