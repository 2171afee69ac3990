"""The coordinator's survey questions: kept per program and kind, frozen once a survey uses them."""

from datetime import timedelta

import pytest

from bot.domain.errors import DomainError
from storage.models import Program, Survey
from tests.services.test_access import DRAFT
from tests.support import ManualClock

NOW = ManualClock().now()


@pytest.fixture
def program_id(services) -> int:
    return services.programs.save(
        team_id="T1", user_id="UC", program_id=None, draft=DRAFT, now=NOW
    ).id


def where(program_id: int, kind: str = "midway", language: str = "en") -> dict:
    return {
        "team_id": "T1",
        "user_id": "UC",
        "program_id": program_id,
        "kind": kind,
        "language": language,
    }


def open_survey(services, program_id: int, kind: str, *, still_open: bool = True) -> None:
    with services.programs.db.unit_of_work() as uow:
        uow.session.add(
            Survey(
                program_id=program_id,
                kind=kind,
                open_key=f"{program_id}:{kind}" if still_open else None,
                questions={},
                opened_at=NOW,
                closes_at=NOW + timedelta(days=14),
                closed_at=None if still_open else NOW,
            )
        )


def refused(call, key: str) -> None:
    with pytest.raises(DomainError) as error:
        call()
    assert error.value.key == key


def test_a_program_starts_with_the_default_questions(services, program_id) -> None:
    listing = services.survey_questions.questions(**where(program_id))
    assert [line.key for line in listing.questions][:2] == ["working", "meetings"]
    assert all(line.default and line.wording is None for line in listing.questions)
    assert listing.refusal is None and listing.most == 15 and listing.language == "en"


def test_added_reworded_and_removed_questions_are_kept_per_kind(services, program_id) -> None:
    questions = services.survey_questions
    added = questions.add(
        **where(program_id),
        question_kind="text",
        roles=("mentee",),
        wordings={"en": "What surprised you?", "da": "Hvad overraskede dig?", "sv": " "},
    )
    assert added.questions[-1].key == "custom_1" and added.questions[-1].roles == {"mentee"}
    questions.reword(**where(program_id), key="working", wordings={"da": "Det går godt."})
    questions.remove(**where(program_id), key="meetings")
    danish = questions.questions(**{**where(program_id), "language": "da"})
    by_key = {line.key: line for line in danish.questions}
    assert "meetings" not in by_key
    assert by_key["working"].wording == "Det går godt." and by_key["working"].default
    assert by_key["custom_1"].wording == "Hvad overraskede dig?"
    swedish = questions.questions(**{**where(program_id), "language": "sv"})
    assert swedish.questions[-1].wording == "What surprised you?"  # the program's language
    assert "sv" not in swedish.questions[-1].own
    final = questions.questions(**where(program_id, "final"))
    assert all(line.default for line in final.questions)
    with services.programs.db.unit_of_work() as uow:
        assert set(uow.session.get(Program, program_id).survey_questions) == {"midway"}


def test_domain_refusals_store_nothing(services, program_id) -> None:
    questions = services.survey_questions
    add = {"question_kind": "likert", "roles": ("mentor",), "wordings": {"da": "Kun dansk"}}
    refused(lambda: questions.add(**where(program_id), **add), "survey.error.wording_missing")
    refused(
        lambda: questions.reword(**where(program_id), key="nope", wordings={"en": "x"}),
        "survey.error.unknown_question",
    )
    refused(lambda: questions.remove(**where(program_id), key="x"), "survey.error.unknown_question")
    refused(
        lambda: questions.questions(**where(program_id, "weekly")), "survey_questions.error.kind"
    )
    assert questions.questions(**where(program_id)).questions[-1].key == "change"


def test_only_a_coordinator_of_this_workspace_may_see_or_change_them(services, program_id) -> None:
    questions = services.survey_questions
    participant = {**where(program_id), "user_id": "UE1"}
    refused(lambda: questions.questions(**participant), "error.coordinator_only")
    refused(lambda: questions.remove(**participant, key="working"), "error.coordinator_only")
    other_team = {**where(program_id), "team_id": "T2"}
    refused(lambda: questions.questions(**other_team), "program.error.not_found")


def test_an_open_survey_freezes_its_kind_and_leaves_the_others(services, program_id) -> None:
    questions = services.survey_questions
    open_survey(services, program_id, "midway")
    listing = questions.questions(**where(program_id))
    assert listing.refusal == "survey_questions.error.open"
    refused(
        lambda: questions.reword(**where(program_id), key="working", wordings={"en": "New"}),
        "survey_questions.error.open",
    )
    questions.remove(**where(program_id, "final"), key="value")
    assert "value" not in [
        q.key for q in questions.questions(**where(program_id, "final")).questions
    ]


def test_midway_and_final_run_once_but_follow_ups_again(services, program_id) -> None:
    questions = services.survey_questions
    open_survey(services, program_id, "midway", still_open=False)
    open_survey(services, program_id, "follow_up", still_open=False)
    assert questions.questions(**where(program_id)).refusal == "survey_questions.error.asked"
    refused(
        lambda: questions.remove(**where(program_id), key="working"), "survey_questions.error.asked"
    )
    follow_up = questions.remove(**where(program_id, "follow_up"), key="meetings")
    assert follow_up.refusal is None and [q.key for q in follow_up.questions] == [
        "working",
        "change",
    ]
