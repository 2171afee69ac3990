"""Filled-in modal states, as Slack sends them in a view_submission."""

from __future__ import annotations

from typing import Any

from tests.fakeslack.driver import checkboxes_value, date_value, select_value, text_value


def number(value: str | int | None) -> dict[str, Any]:
    return {"type": "number_input", "value": None if value is None else str(value)}


def radio(value: str | None) -> dict[str, Any]:
    option = {"text": {"type": "plain_text", "text": value}, "value": value} if value else None
    return {"type": "radio_buttons", "selected_option": option}


def user(user_id: str | None) -> dict[str, Any]:
    return {"type": "users_select", "selected_user": user_id}


def values(fields: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """view.state.values: each block id holds one element of the same id."""
    return {name: {name: state} for name, state in fields.items()}


def program_form(**changes: Any) -> dict[str, dict[str, Any]]:
    fields = {
        "name": text_value("Ledere på tværs 2027"),
        "starts_on": date_value("2027-02-01"),
        "months": number(12),
        "shape": radio("standard"),
        "language": select_value("da"),
        "timezone": text_value("Europe/Copenhagen"),
        "country": select_value("DK"),
        "signup_deadline": date_value("2027-01-25"),
        "meeting_minutes": number(90),
        "cross_company": checkboxes_value([]),
    }
    fields.update(changes)
    return values(fields)


def signup_form(role: str = "mentee", **changes: Any) -> dict[str, dict[str, Any]]:
    fields = {
        "role": radio(role),
        "department": text_value("Teknik og Miljø"),
        "manager": user(None),
        "experience": number(5),
        "topics": text_value("Leading a team through change"),
        "languages": checkboxes_value(["da", "en"]),
        "timezone": text_value("Europe/Copenhagen"),
        "capacity": select_value("2" if role == "mentor" else "1"),
        "weekdays": checkboxes_value(["tue", "thu"]),
        "time_of_day": radio("morning"),
    }
    fields.update(changes)
    return values(fields)
