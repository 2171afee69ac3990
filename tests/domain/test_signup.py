from dataclasses import replace

import pytest

from bot.domain.signup import SignupDraft, check_signup, missing_for_matching

GOOD = SignupDraft(
    role="mentee",
    department="Sundhed og Omsorg",
    manager_user_id="UBOSS",
    experience_years=4,
    topics="Lead my first team",
    languages=("da", "en"),
    timezone="Europe/Copenhagen",
    capacity=1,
)


def test_a_good_signup_passes() -> None:
    assert check_signup(GOOD, user_id="UME", cross_company=False) == {}


@pytest.mark.parametrize(
    ("change", "field", "key"),
    [
        ({"role": None}, "role", "signup.error.role"),
        ({"department": ""}, "department", "signup.error.department_missing"),
        ({"manager_user_id": "UME"}, "manager", "signup.error.self_manager"),
        ({"experience_years": 61}, "experience", "signup.error.experience"),
        ({"experience_unparsable": True, "experience_years": None}, "experience",
         "signup.error.experience"),
        ({"topics": " "}, "topics", "signup.error.topics_missing"),
        ({"topics": "x" * 1001}, "topics", "signup.error.topics_long"),
        ({"languages": ()}, "languages", "signup.error.languages_missing"),
        ({"languages": ("da", "xx")}, "languages", "signup.error.languages_unknown"),
        ({"timezone": "Mars/Base"}, "timezone", "error.timezone"),
        ({"role": "mentor", "capacity": 4}, "capacity", "signup.error.capacity"),
        ({"role": "mentor", "capacity": 0}, "capacity", "signup.error.capacity"),
        ({"role": "mentor", "capacity": None}, "capacity", "signup.error.capacity"),
    ],
)  # fmt: skip
def test_each_rule_names_its_field(change: dict, field: str, key: str) -> None:
    assert check_signup(replace(GOOD, **change), user_id="UME", cross_company=False) == {field: key}


def test_a_mentees_capacity_does_not_matter() -> None:
    assert check_signup(replace(GOOD, capacity=9), user_id="UME", cross_company=False) == {}


def test_cross_company_programs_need_the_organisation() -> None:
    errors = check_signup(GOOD, user_id="UME", cross_company=True)
    assert errors == {"organisation": "signup.error.organisation_missing"}


def test_an_import_may_leave_gaps_that_the_roster_shows() -> None:
    gappy = replace(GOOD, department="", topics="", languages=())
    assert check_signup(gappy, user_id="UME", cross_company=False, complete=False) == {}
    assert missing_for_matching(
        role="mentee",
        department="",
        organisation="",
        topics="",
        languages="",
        cross_company=True,
    ) == ["department", "topics", "languages", "organisation"]
