"""A person's sign-up: the fields, their rules, and which ones matching needs."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.enums import Role
from bot.domain.programs import is_timezone

# Languages a pair can share; the bot itself writes en, da and sv.
SPOKEN_LANGUAGES = ("en", "da", "sv", "no", "fi", "de")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
TIMES_OF_DAY = ("morning", "midday", "afternoon")
CAPACITY = (1, 3)
EXPERIENCE = (0, 60)
TOPICS_LENGTH = 1000
DEPARTMENT_LENGTH = 200


@dataclass(frozen=True)
class SignupDraft:
    """What a person (or a CSV row) says about themself, still unchecked."""

    role: str | None
    department: str
    organisation: str = ""
    manager_user_id: str | None = None
    experience_years: int | None = None
    experience_unparsable: bool = False
    topics: str = ""
    languages: tuple[str, ...] = ()
    timezone: str | None = None
    capacity: int | None = 1
    weekdays: tuple[str, ...] = ()
    time_of_day: str = ""


def check_signup(
    draft: SignupDraft, *, user_id: str, cross_company: bool, complete: bool = True
) -> dict[str, str]:
    """Field -> error key for every rule the sign-up breaks; empty when it is fine.

    `complete=False` (a CSV import) lets fields matching needs stay empty for now: the
    roster shows them as missing and the person can fill them in with `/mentor join`.
    """
    errors: dict[str, str] = {}
    if draft.role not in tuple(Role):
        errors["role"] = "signup.error.role"
    if complete and not draft.department.strip():
        errors["department"] = "signup.error.department_missing"
    elif len(draft.department) > DEPARTMENT_LENGTH:
        errors["department"] = "signup.error.department_long"
    if complete and cross_company and not draft.organisation.strip():
        errors["organisation"] = "signup.error.organisation_missing"
    if draft.manager_user_id and draft.manager_user_id == user_id:
        errors["manager"] = "signup.error.self_manager"
    if draft.experience_unparsable or (
        draft.experience_years is not None
        and not EXPERIENCE[0] <= draft.experience_years <= EXPERIENCE[1]
    ):
        errors["experience"] = "signup.error.experience"
    if complete and not draft.topics.strip():
        errors["topics"] = "signup.error.topics_missing"
    elif len(draft.topics) > TOPICS_LENGTH:
        errors["topics"] = "signup.error.topics_long"
    if complete and not draft.languages:
        errors["languages"] = "signup.error.languages_missing"
    elif any(code not in SPOKEN_LANGUAGES for code in draft.languages):
        errors["languages"] = "signup.error.languages_unknown"
    if draft.timezone is not None and not is_timezone(draft.timezone):
        errors["timezone"] = "error.timezone"
    if draft.role == Role.MENTOR and (
        draft.capacity is None or not CAPACITY[0] <= draft.capacity <= CAPACITY[1]
    ):
        errors["capacity"] = "signup.error.capacity"
    return errors


def missing_for_matching(
    *,
    role: str,
    department: str,
    organisation: str,
    topics: str,
    languages: str,
    cross_company: bool,
) -> list[str]:
    """The fields matching needs that a stored sign-up lacks (imports may leave gaps)."""
    missing = [
        name
        for name, value in (
            ("department", department),
            ("topics", topics),
            ("languages", languages),
        )
        if not value.strip()
    ]
    if cross_company and not organisation.strip():
        missing.append("organisation")
    if role not in tuple(Role):
        missing.append("role")
    return missing
