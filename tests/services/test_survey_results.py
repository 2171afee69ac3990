import random

import pytest

from bot.domain.enums import SurveyKind
from bot.domain.surveys import default_questions
from bot.records import LikertResult
from bot.services.survey_results import aggregate

MIDWAY = {question.key: question for question in default_questions(SurveyKind.MIDWAY)}
QUESTIONS = (MIDWAY["working"], MIDWAY["change"], MIDWAY["prepared"])


def results(answers, *, questions=QUESTIONS, threshold=3, seed=1, kind="midway"):
    return aggregate(
        survey_id=7,
        kind=kind,
        program_name="Ledere på tværs",
        questions=questions,
        invited=20,
        answered=10,
        answers=answers,
        threshold=threshold,
        rng=random.Random(seed),
    )


def likert(role: str, *values: int, key: str = "working") -> list[tuple[str, str, str]]:
    return [(role, key, str(value)) for value in values]


# Results: the threshold


def test_two_answers_show_nothing() -> None:
    answers = [*likert("mentee", 4, 5), ("mentee", "change", "a"), ("mentor", "change", "b")]
    working, change, _ = results(answers).questions
    assert working.overall is None and working.by_role == ()
    assert change.texts == ()


@pytest.mark.parametrize("asked_for", [1, 2, -5])
def test_a_threshold_under_three_is_raised_to_three(asked_for: int) -> None:
    shown = results(likert("mentee", 4, 5), threshold=asked_for)
    assert shown.threshold == 3
    assert shown.questions[0].overall is None


def test_a_higher_threshold_is_kept() -> None:
    shown = results(likert("mentee", 1, 2, 3, 4), threshold=5)
    assert shown.threshold == 5
    assert shown.questions[0].overall is None


def test_three_answers_are_shown() -> None:
    overall = results(likert("mentee", 2, 4, 4)).questions[0].overall
    assert overall == LikertResult(count=3, distribution=(0, 1, 0, 2, 0), mean=3.33)


def test_a_role_with_two_answers_hides_the_split_but_not_the_overall() -> None:
    working = results(likert("mentee", 3, 4, 5) + likert("mentor", 1, 2)).questions[0]
    assert working.overall == LikertResult(count=5, distribution=(1, 1, 1, 1, 1), mean=3.0)
    assert working.by_role == ()


def test_the_split_is_shown_when_every_role_that_answered_reaches_it() -> None:
    working = results(likert("mentee", 3, 4, 5) + likert("mentor", 1, 1, 2)).questions[0]
    assert working.by_role == (
        ("mentor", LikertResult(count=3, distribution=(2, 1, 0, 0, 0), mean=1.33)),
        ("mentee", LikertResult(count=3, distribution=(0, 0, 1, 1, 1), mean=4.0)),
    )


def test_a_role_that_did_not_answer_does_not_hide_the_split() -> None:
    working = results(likert("mentee", 3, 4, 5)).questions[0]
    assert [role for role, _ in working.by_role] == ["mentee"]


def test_a_mentor_only_question_counts_mentors_only() -> None:
    prepared = results(likert("mentor", 5, 5, 4, key="prepared")).questions[2]
    assert prepared.overall is not None and prepared.overall.mean == 4.67


def test_means_are_rounded_to_two_decimals() -> None:
    overall = results(likert("mentee", 1, 1, 2, 2, 2, 5)).questions[0].overall
    assert overall is not None and overall.mean == 2.17


# Results: tampered or stray answers are not counted


@pytest.mark.parametrize(
    "stray",
    [("mentee", "working", "7"), ("mentee", "working", "abc"), ("mentee", "salary", "5"),
     ("mentee", "prepared", "5"), ("manager", "working", "5"), ("mentee", "working", " ")],
)  # fmt: skip
def test_a_stray_answer_does_not_lift_a_group_over_the_threshold(stray: tuple) -> None:
    shown = results([*likert("mentee", 4, 5), stray])
    assert all(question.overall is None for question in shown.questions)


# Results: free texts


def test_free_texts_are_stripped_and_empty_ones_dropped() -> None:
    texts = [" more time ", "  ", "less time", "the same"]
    answers = [("mentee", "change", text) for text in texts]
    assert sorted(results(answers).questions[1].texts) == ["less time", "more time", "the same"]


def test_empty_texts_do_not_count_towards_the_threshold() -> None:
    answers = [("mentee", "change", "a"), ("mentor", "change", ""), ("mentor", "change", "b")]
    assert results(answers).questions[1].texts == ()


def test_free_texts_are_not_in_the_order_they_came_in() -> None:
    arrived = [f"answer {number}" for number in range(8)]
    shown = results([("mentee", "change", text) for text in arrived], seed=3).questions[1].texts
    assert set(shown) == set(arrived)
    assert list(shown) != arrived
    assert list(shown) != sorted(arrived)


def test_the_order_of_free_texts_comes_from_the_rng() -> None:
    answers = [("mentee", "change", f"answer {number}") for number in range(8)]
    orders = {results(answers, seed=seed).questions[1].texts for seed in range(5)}
    assert len(orders) > 1


def test_a_text_question_has_no_likert_numbers() -> None:
    change = results([("mentee", "change", text) for text in "abc"]).questions[1]
    assert change.overall is None and change.by_role == () and change.kind == "text"


def test_the_survey_itself_is_described() -> None:
    shown = results([])
    assert (shown.survey_id, shown.kind, shown.program_name) == (7, "midway", "Ledere på tværs")
    assert (shown.invited, shown.answered, shown.response_rate) == (20, 10, 0.5)
    assert [question.key for question in shown.questions] == ["working", "change", "prepared"]


def test_the_kind_may_be_given_as_the_enum() -> None:
    shown = results([], kind=SurveyKind.FOLLOW_UP)
    assert shown.kind == "follow_up" and type(shown.kind) is str
