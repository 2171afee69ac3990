from bot.domain.surveys import BOTH, MENTEE, WORDING_LENGTH
from bot.records import SurveyQuestionLine, SurveyQuestionList
from bot.texts import Texts
from bot.views import ids
from bot.views.survey_questions import (
    QuestionTarget,
    new_question_modal,
    question_list,
    read_new_question,
    read_rewording,
    read_target,
    reword_modal,
)
from tests.fakeslack.validate import MAX_MESSAGE_BLOCKS, block_problems, view_problems

DEFAULT = SurveyQuestionLine(
    key="working", kind="likert", roles=BOTH, default=True, wording=None, own={}
)
CUSTOM = SurveyQuestionLine(
    key="custom_1",
    kind="text",
    roles=MENTEE,
    default=False,
    wording="Hvad <overraskede> dig?",
    own={"da": "Hvad <overraskede> dig?"},
)


def listing(questions=(DEFAULT, CUSTOM), refusal=None, language="da") -> SurveyQuestionList:
    return SurveyQuestionList(
        program_id=7,
        program_name="Ledere & co",
        kind="follow_up",
        language=language,
        questions=tuple(questions),
        most=15,
        refusal=refusal,
    )


def action_ids(blocks: list[dict]) -> list[str]:
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def test_the_list_numbers_each_question_and_says_how_and_whom_it_asks() -> None:
    message = question_list(Texts("en"), listing()).as_kwargs()
    text = str(message["blocks"])
    assert "*1.* Our collaboration works well." in text
    assert "*2.* Hvad &lt;overraskede&gt; dig?" in text
    assert "Scale 1–5 · asked of mentors and mentees" in text
    assert "Free text · asked of mentees" in text and "Ledere &amp; co" in text
    assert action_ids(message["blocks"]) == [
        ids.SURVEY_QUESTION_REWORD,
        ids.SURVEY_QUESTION_REMOVE,
        ids.SURVEY_QUESTION_REWORD,
        ids.SURVEY_QUESTION_REMOVE,
        ids.SURVEY_QUESTION_ADD,
    ]
    first = next(e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert read_target(first["value"]) == QuestionTarget(7, "follow_up", "working")


def test_the_longest_list_stays_within_slacks_limits_in_every_language() -> None:
    long = "&" * WORDING_LENGTH
    lines = [
        SurveyQuestionLine(
            key=f"custom_{n}", kind="text", roles=BOTH, default=False, wording=long, own={}
        )
        for n in range(15)
    ]
    for language in ("en", "da", "sv"):
        blocks = question_list(Texts(language), listing(lines), lead="Done").as_kwargs()["blocks"]
        assert block_problems(blocks, "/blocks", MAX_MESSAGE_BLOCKS) == []
        assert ids.SURVEY_QUESTION_ADD not in action_ids(blocks)  # full: no room for another


def test_a_frozen_list_says_why_and_has_no_buttons() -> None:
    message = question_list(Texts("da"), listing(refusal="survey_questions.error.open"))
    blocks = message.as_kwargs()["blocks"]
    assert action_ids(blocks) == []
    assert "Opfølgning kører lige nu" in str(blocks)


def test_the_new_question_form_requires_the_programs_language_only() -> None:
    for language in ("en", "da", "sv"):
        view = new_question_modal(Texts(language), listing(language="sv")).to_dict()
        assert view_problems(view, "modal") == []
        inputs = [b for b in view["blocks"] if b["type"] == "input"]
        required = [b["block_id"] for b in inputs if not b.get("optional")]
        assert required == [ids.QUESTION_TYPE, ids.QUESTION_ROLES, "question_sv"]
        assert view["private_metadata"] == "7:follow_up"


def test_the_new_question_is_read_from_the_form() -> None:
    state = {
        ids.QUESTION_TYPE: {ids.QUESTION_TYPE: _radio("likert")},
        ids.QUESTION_ROLES: {ids.QUESTION_ROLES: _radio("both")},
        "question_da": {"question_da": {"type": "plain_text_input", "value": " Godt? "}},
        "question_en": {"question_en": {"type": "plain_text_input", "value": None}},
    }
    assert read_new_question(state) == (
        "likert",
        ("mentee", "mentor"),
        {"en": "", "da": "Godt?", "sv": ""},
    )


def test_rewording_a_default_question_starts_from_the_catalog_and_keeps_what_is_unchanged() -> None:
    view = reword_modal(Texts("en"), listing(), DEFAULT).to_dict()
    assert view_problems(view, "modal") == []
    filled = {
        b["block_id"]: b["element"].get("initial_value") for b in view["blocks"] if "element" in b
    }
    assert filled == {
        "question_da": "Vores samarbejde fungerer godt.",
        "question_en": "Our collaboration works well.",
        "question_sv": Texts("sv")("survey.q.working"),
    }
    view["state"] = {
        "values": {
            name: {name: {"type": "plain_text_input", "value": value}}
            for name, value in {**filled, "question_en": "We work well together."}.items()
        }
    }
    assert read_rewording(view) == {"en": "We work well together."}
    assert view["private_metadata"] == "7:follow_up:working"


def test_rewording_a_custom_question_fills_in_only_its_own_wordings() -> None:
    view = reword_modal(Texts("en"), listing(), CUSTOM).to_dict()
    filled = {
        b["block_id"]: b["element"].get("initial_value") for b in view["blocks"] if "element" in b
    }
    assert filled == {
        "question_da": "Hvad <overraskede> dig?",
        "question_en": None,
        "question_sv": None,
    }


def test_a_tampered_target_is_not_read() -> None:
    for value in ("", "7", "x:midway", "7:midway:a:b", "99999999999:midway", f"7:{'k' * 41}"):
        assert read_target(value) is None
    assert read_target("7:midway") == QuestionTarget(7, "midway")


def _radio(value: str) -> dict:
    return {"type": "radio_buttons", "selected_option": {"value": value}}
