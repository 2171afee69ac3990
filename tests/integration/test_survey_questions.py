"""A coordinator adds, rewords and removes survey questions over HTTP; others, tampered
payloads and an open survey change nothing."""

from datetime import date, timedelta

from bot.texts import Texts
from bot.views import ids
from bot.views.common import plain
from storage.models import Program, Survey
from tests.fakeslack.driver import text_value
from tests.integration.conftest import COORDINATOR, RunningBot, opened_view
from tests.integration.forms import radio, values
from tests.integration.test_programs import create_program


def stored(bot: RunningBot, program_id: int = 1) -> dict:
    with bot.runtime.db.unit_of_work() as uow:
        return dict(uow.session.get(Program, program_id).survey_questions or {})


def listed(bot: RunningBot, user_id: str = COORDINATOR, line: str = "survey questions midway"):
    bot.driver.command(user_id, line)
    return bot.answer_to(bot.driver.last_response_url)


def press(bot: RunningBot, user_id: str, action_id: str, value: str) -> dict:
    """A button on the list; the bot's answer to it, through the button's response URL."""
    reply = bot.driver.block_action(user_id, action_id, value=value, channel_id="C0GENERAL")
    assert reply.status == 200
    return bot.answer_to(bot.driver.last_response_url)


def reworded(bot: RunningBot, user_id: str, target: str, language: str, text: str) -> dict:
    """The errors a reword form for `target` gets (its metadata as it was sent, or forged)."""
    reply = bot.driver.view_submission(
        user_id,
        callback_id=ids.SURVEY_REWORD_MODAL,
        values=values({f"question_{language}": text_value(text)}),
        private_metadata=target,
    )
    assert reply.json is not None and reply.json["response_action"] == "errors", reply.body
    return reply.json["errors"]


def last_dm(bot: RunningBot, before: int) -> str:
    found = bot.wait_for(lambda: bot.fake.messages_in(COORDINATOR)[before:])
    return str(found[-1].blocks)  # type: ignore[index]


def test_a_coordinator_adds_rewords_and_removes_questions(bot: RunningBot) -> None:
    create_program(bot)  # a Danish program
    answer = listed(bot)
    assert "*1.* Our collaboration works well." in str(answer["blocks"])

    bot.driver.block_action(COORDINATOR, ids.SURVEY_QUESTION_ADD, value="1:midway")
    view = opened_view(bot, ids.SURVEY_QUESTION_MODAL)
    required = [b["block_id"] for b in view["blocks"] if b["type"] == "input" and not b["optional"]]
    assert "question_da" in required and "question_en" not in required
    before = len(bot.fake.messages_in(COORDINATOR))
    form = {
        ids.QUESTION_TYPE: radio("likert"),
        ids.QUESTION_ROLES: radio("mentee"),
        "question_da": text_value("Jeg ved, hvad jeg vil lære."),
        "question_en": text_value("I know what I want to learn."),
    }
    reply = bot.driver.view_submission(
        COORDINATOR, callback_id=ids.SURVEY_QUESTION_MODAL, values=values(form)
    )
    assert reply.status == 200 and not reply.json, reply.body
    assert "*8.* I know what I want to learn." in last_dm(bot, before)

    bot.driver.block_action(COORDINATOR, ids.SURVEY_QUESTION_REWORD, value="1:midway:working")
    view = opened_view(bot, ids.SURVEY_REWORD_MODAL)
    changed = {"question_da": text_value("Vi arbejder godt sammen.")}
    reply = bot.driver.view_submission(
        COORDINATOR, callback_id=ids.SURVEY_REWORD_MODAL, values=values(changed)
    )
    assert reply.status == 200 and not reply.json, reply.body

    answer = press(bot, COORDINATOR, ids.SURVEY_QUESTION_REMOVE, "1:midway:meetings")
    assert answer["replace_original"] is True
    assert "We meet as often" not in str(answer["blocks"])

    midway = stored(bot)["midway"]
    assert [q["key"] for q in midway["questions"]][:2] == ["working", "goals_right"]
    assert midway["wordings"] == {
        "working": {"da": "Vi arbejder godt sammen."},
        "custom_1": {"da": "Jeg ved, hvad jeg vil lære.", "en": "I know what I want to learn."},
    }
    custom = {"key": "custom_1", "kind": "likert", "roles": ["mentee"], "required": True}
    assert midway["questions"][-1] == custom


def test_a_participant_is_refused_and_changes_nothing(bot: RunningBot) -> None:
    create_program(bot)
    refusal = Texts("da")("error.coordinator_only", word="survey")  # Anna reads Danish
    assert listed(bot, "UANNA")["text"] == refusal
    answer = press(bot, "UANNA", ids.SURVEY_QUESTION_REMOVE, "1:midway:working")
    assert answer["text"] == refusal
    assert plain(refusal) in str(reworded(bot, "UANNA", "1:midway:working", "da", "Hej"))
    assert stored(bot) == {}


def test_tampered_payloads_get_a_clear_answer_and_change_nothing(bot: RunningBot) -> None:
    create_program(bot)
    with bot.runtime.db.unit_of_work() as uow:
        uow.session.add(
            Program(
                team_id="TOTHER",
                name="Elsewhere",
                starts_on=date(2027, 3, 1),
                language="en",
                timezone="Europe/London",
                country="GB",
                created_at=bot.clock.now(),
            )
        )
    answer = press(bot, COORDINATOR, ids.SURVEY_QUESTION_REMOVE, "1:midway:nope")
    assert "That question is not part of this survey." in str(answer["blocks"])
    answer = press(bot, COORDINATOR, ids.SURVEY_QUESTION_REMOVE, "2:midway:working")
    assert "There is no program with the number 2 here." in str(answer["blocks"])
    answer = press(bot, COORDINATOR, ids.SURVEY_QUESTION_ADD, "1:weekly")
    assert "There is no such kind of survey" in str(answer["blocks"])
    answer = press(bot, COORDINATOR, ids.SURVEY_QUESTION_REWORD, "garbage")
    assert "Nothing was changed." in str(answer["blocks"])

    bot.driver.block_action(COORDINATOR, ids.SURVEY_QUESTION_ADD, value="1:midway")
    opened_view(bot, ids.SURVEY_QUESTION_MODAL)
    form = {
        ids.QUESTION_TYPE: radio("essay"),
        ids.QUESTION_ROLES: radio("mentor"),
        "question_da": text_value("Hvad nu?"),
    }
    reply = bot.driver.view_submission(
        COORDINATOR, callback_id=ids.SURVEY_QUESTION_MODAL, values=values(form)
    )
    assert reply.json["response_action"] == "errors"
    assert "scale from 1 to 5" in str(reply.json["errors"])
    errors = reworded(bot, COORDINATOR, "1:midway:unknown", "en", "Hi")
    assert "That question is not part of this survey." in str(errors)
    assert stored(bot) == {} and stored(bot, 2) == {}


def test_questions_cannot_change_while_a_survey_of_that_kind_is_open(bot: RunningBot) -> None:
    create_program(bot)
    now = bot.clock.now()
    with bot.runtime.db.unit_of_work() as uow:
        uow.session.add(
            Survey(
                program_id=1,
                kind="midway",
                open_key="1:midway",
                questions={},
                opened_at=now,
                closes_at=now + timedelta(days=14),
            )
        )
    answer = listed(bot)
    assert "Midway status is running right now" in str(answer["blocks"])
    assert "survey_question_" not in str(answer["blocks"])  # no buttons
    answer = press(bot, COORDINATOR, ids.SURVEY_QUESTION_ADD, "1:midway")
    assert "running right now" in str(answer["blocks"])
    assert "running right now" in str(reworded(bot, COORDINATOR, "1:midway:working", "en", "New"))
    answer = press(bot, COORDINATOR, ids.SURVEY_QUESTION_REMOVE, "1:midway:working")
    assert "running right now" in str(answer["blocks"])
    assert stored(bot) == {}
    assert "Add a question" in str(listed(bot, line="survey questions final")["blocks"])
