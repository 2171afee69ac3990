import pytest

from bot.domain.enums import SurveyKind
from bot.domain.errors import DomainError
from bot.domain.surveys import (
    Question,
    QuestionSet,
    add_question,
    check_answers,
    default_questions,
    default_set,
    least_answers,
    questions_for,
    remove_question,
    reword,
    wording,
)
from bot.texts import CATALOGS

MIDWAY = default_questions(SurveyKind.MIDWAY)
WORKING = Question(
    key="working", kind="likert", roles=frozenset({"mentor", "mentee"}), required=True
)
CHANGE = Question(key="change", kind="text", roles=frozenset({"mentor", "mentee"}), required=False)
PREPARED = Question(key="prepared", kind="likert", roles=frozenset({"mentor"}), required=True)


# The default questions


@pytest.mark.parametrize("kind", list(SurveyKind))
def test_every_kind_asks_each_role_something_with_unique_keys(kind: SurveyKind) -> None:
    questions = default_questions(kind)
    assert len({question.key for question in questions}) == len(questions)
    assert questions_for(questions, "mentor") and questions_for(questions, "mentee")


def test_a_follow_up_is_short() -> None:
    assert 1 <= len(default_questions(SurveyKind.FOLLOW_UP)) <= 3


def test_the_kind_may_be_given_as_its_word() -> None:
    assert default_questions("final") == default_questions(SurveyKind.FINAL)


def test_likert_questions_are_required_and_texts_are_not() -> None:
    for kind in SurveyKind:
        for question in default_questions(kind):
            assert question.required == (question.kind == "likert"), question.key


def test_role_specific_questions_go_to_their_role_only() -> None:
    mentor_keys = {question.key for question in questions_for(MIDWAY, "mentor")}
    mentee_keys = {question.key for question in questions_for(MIDWAY, "mentee")}
    assert "prepared" in mentor_keys - mentee_keys
    assert "help" in mentee_keys - mentor_keys


def test_midway_and_final_share_keys_so_they_can_be_compared() -> None:
    final = {question.key for question in default_questions(SurveyKind.FINAL)}
    assert {"working", "meetings", "prepared", "help"} <= final & {q.key for q in MIDWAY}


def test_questions_for_keeps_the_order() -> None:
    assert questions_for(MIDWAY, "mentee") == tuple(q for q in MIDWAY if q.key != "prepared")


def test_questions_for_an_unknown_role_is_empty() -> None:
    assert questions_for(MIDWAY, "manager") == ()


@pytest.mark.parametrize("language", ["en", "da", "sv"])
def test_every_default_question_is_worded_in_the_catalogs(language: str) -> None:
    keys = {question.key for kind in SurveyKind for question in default_questions(kind)}
    assert {f"survey.q.{key}" for key in keys} <= set(CATALOGS[language])
    assert {"survey.likert.low", "survey.likert.high"} <= set(CATALOGS[language])


# Answers


def test_good_answers_pass() -> None:
    answers = {"working": "4", "meetings": "5", "goals_right": "3", "progress": "2", "help": "4"}
    assert check_answers(MIDWAY, "mentee", {**answers, "change": "Fewer cancellations"}) == {}


def test_an_optional_text_may_be_left_out_or_empty() -> None:
    assert check_answers((WORKING, CHANGE), "mentor", {"working": "3"}) == {}
    assert check_answers((WORKING, CHANGE), "mentor", {"working": "3", "change": "  "}) == {}


def test_surrounding_spaces_do_not_make_a_likert_value_wrong() -> None:
    assert check_answers((WORKING,), "mentor", {"working": " 5 "}) == {}


@pytest.mark.parametrize("value", ["7", "0", "-1", "abc", "3.5", "3.0", "1e0", "٣", "10"])
def test_a_tampered_likert_value_is_refused(value: str) -> None:
    assert check_answers((WORKING,), "mentor", {"working": value}) == {
        "working": "survey.error.likert"
    }


@pytest.mark.parametrize("value", ["", "   ", None])
def test_a_required_answer_left_empty_is_refused(value: str | None) -> None:
    assert check_answers((WORKING,), "mentor", {"working": value}) == {
        "working": "survey.error.required"
    }


def test_a_required_answer_left_out_is_refused() -> None:
    assert check_answers((WORKING, CHANGE), "mentor", {"change": "ok"}) == {
        "working": "survey.error.required"
    }


def test_a_question_that_does_not_exist_is_refused() -> None:
    errors = check_answers((WORKING,), "mentor", {"working": "3", "salary": "5"})
    assert errors == {"salary": "survey.error.unknown_question"}


def test_a_mentor_answering_a_mentee_question_is_refused() -> None:
    errors = check_answers(MIDWAY, "mentor", {"help": "5"})
    assert errors["help"] == "survey.error.unknown_question"


def test_a_mentee_is_not_required_to_answer_mentor_questions() -> None:
    assert "prepared" not in check_answers(MIDWAY, "mentee", {})


@pytest.mark.parametrize(("setting", "shown_from"), [(-1, 3), (1, 3), (3, 3), (5, 5)])
def test_no_group_under_three_answers_is_ever_shown(setting: int, shown_from: int) -> None:
    assert least_answers(setting) == shown_from


def test_a_long_text_is_refused() -> None:
    assert check_answers((CHANGE,), "mentee", {"change": "x" * 2000}) == {}
    assert check_answers((CHANGE,), "mentee", {"change": "x" * 2001}) == {
        "change": "survey.error.answer_long"
    }


# The coordinator's changes to the questions


def danish(kind: SurveyKind = SurveyKind.MIDWAY) -> QuestionSet:
    return default_set(kind, "da")


def refused(change, *args) -> str:
    with pytest.raises(DomainError) as refusal:
        change(*args)
    return refusal.value.key


def test_a_program_starts_with_the_defaults_and_no_wordings_of_its_own() -> None:
    questions = danish()
    assert questions.questions == MIDWAY and questions.wordings == {}
    assert wording(questions, "working", "da") is None


def test_an_added_question_comes_last_with_a_new_key() -> None:
    changed = add_question(
        danish(), "likert", ["mentee"], {"da": " Jeg har tid nok til forløbet. "}
    )
    added = changed.questions[-1]
    assert added == Question(
        key="custom_1", kind="likert", roles=frozenset({"mentee"}), required=True
    )
    assert changed.questions[:-1] == MIDWAY
    assert wording(changed, "custom_1", "da") == "Jeg har tid nok til forløbet."


def test_an_added_text_question_is_optional() -> None:
    changed = add_question(danish(), "text", ["mentor", "mentee"], {"da": "Hvad mangler du?"})
    assert changed.questions[-1].required is False


def test_a_removed_questions_key_is_never_used_again() -> None:
    once = add_question(danish(), "likert", ["mentor"], {"da": "Første"})
    again = add_question(remove_question(once, "custom_1"), "likert", ["mentor"], {"da": "Anden"})
    assert again.questions[-1].key == "custom_2"
    assert "custom_1" not in again.wordings


def test_a_reader_in_another_language_gets_their_wording_or_the_programs() -> None:
    changed = add_question(danish(), "text", ["mentee"], {"da": "Hvad nu?", "sv": "Vad nu?"})
    assert wording(changed, "custom_1", "sv") == "Vad nu?"
    assert wording(changed, "custom_1", "en") == "Hvad nu?"


def test_a_reworded_question_is_read_in_the_new_words() -> None:
    changed = reword(danish(), "working", "da", "Vi har et godt samarbejde.")
    assert wording(changed, "working", "da") == "Vi har et godt samarbejde."
    assert wording(changed, "meetings", "da") is None
    assert changed.questions == MIDWAY


def test_rewording_one_language_keeps_the_others() -> None:
    changed = reword(reword(danish(), "working", "da", "Godt"), "working", "sv", "Bra")
    assert changed.wordings == {"working": {"da": "Godt", "sv": "Bra"}}


def test_changes_leave_the_original_set_as_it_was() -> None:
    original = danish()
    reword(original, "working", "da", "Godt")
    add_question(original, "text", ["mentee"], {"da": "Hvad nu?"})
    assert original == danish()


def test_a_removed_question_takes_its_wordings_with_it() -> None:
    changed = remove_question(reword(danish(), "progress", "da", "Fremskridt"), "progress")
    assert "progress" not in {question.key for question in changed.questions}
    assert changed.wordings == {}


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (("scale", ["mentee"], {"da": "Hvad?"}), "survey.error.question_kind"),
        (("text", [], {"da": "Hvad?"}), "survey.error.roles"),
        (("text", ["manager"], {"da": "Hvad?"}), "survey.error.roles"),
        (("text", ["mentee"], {"en": "What?"}), "survey.error.wording_missing"),
        (("text", ["mentee"], {"da": "   "}), "survey.error.wording_empty"),
        (("text", ["mentee"], {"da": "x" * 301}), "survey.error.wording_long"),
        (("text", ["mentee"], {"da": "Hvad?", "de": "Was?"}), "survey.error.wording_language"),
    ],
)  # fmt: skip
def test_adding_refuses_illegal_questions(args: tuple, key: str) -> None:
    assert refused(add_question, danish(), *args) == key


def test_a_wording_of_300_characters_is_fine() -> None:
    assert add_question(danish(), "text", ["mentee"], {"da": "x" * 300}).questions[-1].key


def test_a_follow_up_has_at_most_three_questions() -> None:
    with pytest.raises(DomainError) as refusal:
        add_question(danish(SurveyKind.FOLLOW_UP), "text", ["mentee"], {"da": "Mere?"})
    assert (refusal.value.key, refusal.value.params) == ("survey.error.too_many", {"limit": 3})


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (("salary", "da", "Løn?"), "survey.error.unknown_question"),
        (("working", "da", ""), "survey.error.wording_empty"),
        (("working", "da", "x" * 301), "survey.error.wording_long"),
        (("working", "fi", "Hyvä"), "survey.error.wording_language"),
    ],
)  # fmt: skip
def test_rewording_refuses_illegal_changes(args: tuple, key: str) -> None:
    assert refused(reword, danish(), *args) == key


def test_removing_an_unknown_question_is_refused() -> None:
    assert refused(remove_question, danish(), "salary") == "survey.error.unknown_question"


def test_the_last_question_cannot_be_removed() -> None:
    last = QuestionSet(kind=SurveyKind.FOLLOW_UP, language="da", questions=(WORKING,))
    assert refused(remove_question, last, "working") == "survey.error.last_question"


def test_a_role_keeps_at_least_one_question() -> None:
    two = QuestionSet(kind=SurveyKind.MIDWAY, language="sv", questions=(WORKING, PREPARED))
    assert refused(remove_question, two, "working") == "survey.error.last_question"
    assert remove_question(two, "prepared").questions == (WORKING,)


def test_every_refusal_is_worded_in_the_catalogs() -> None:
    keys = {
        "survey.error.question_kind", "survey.error.roles", "survey.error.too_many",
        "survey.error.wording_missing", "survey.error.wording_empty", "survey.error.wording_long",
        "survey.error.wording_language", "survey.error.unknown_question",
        "survey.error.last_question", "survey.error.likert", "survey.error.required",
        "survey.error.answer_long",
    }  # fmt: skip
    for catalog in CATALOGS.values():
        assert keys <= set(catalog)
