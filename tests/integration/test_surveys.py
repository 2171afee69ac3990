"""Surveys over HTTP: the coordinator opens one, people answer in a form of their own, are
reminded, and the coordinator sees results without names, nothing for too small a group."""

from __future__ import annotations

from sqlalchemy import select, text

from storage.models import OutboxMessage, SurveyAnswer, SurveyInvitation
from tests.fakeslack.driver import text_value
from tests.integration.conftest import COORDINATOR, RunningBot, opened_view
from tests.integration.forms import radio, values
from tests.integration.test_agreement import launch, pair_of
from tests.integration.test_rhythm import buttons, travel

MENTEES = ["UE000", "UE001", "UE002"]
MENTORS = ["UR000", "UR001", "UR002"]


def open_midway(bot: RunningBot) -> None:
    bot.driver.command(COORDINATOR, "survey midway")
    preview = bot.answer_to(bot.driver.last_response_url)
    assert "3 mentors and 3 mentees" in str(preview["blocks"])
    button = next(e for b in preview["blocks"] if b["type"] == "actions" for e in b["elements"])
    bot.driver.block_action(COORDINATOR, "survey_open", value=button["value"], channel_id="C0")
    bot.wait_for(lambda: any("is open" in str(r["body"]) for r in bot.fake.responses))
    bot.settle()


def invitation(bot: RunningBot, user_id: str):
    found = [m for m in bot.fake.messages_in(user_id) if "survey_answer" in buttons(m)]
    assert found, f"{user_id} was not asked"
    return found[-1]


def press(bot: RunningBot, user_id: str) -> None:
    asked = invitation(bot, user_id)
    value = buttons(asked)["survey_answer"]["value"]
    bot.driver.block_action(user_id, "survey_answer", value=value, channel_id=user_id)


def answer(bot: RunningBot, user_id: str, score: str, words: str | None = None, **extra):
    press(bot, user_id)
    view = opened_view(bot, "survey_modal")
    fields = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        key = block["block_id"]
        if block["element"]["type"] == "radio_buttons":
            fields[key] = radio(score)
        else:
            fields[key] = text_value(words if key == "change" else None)
    fields.update(extra)
    return bot.driver.view_submission(
        user_id,
        callback_id="survey_modal",
        values=values(fields),
        private_metadata=view["private_metadata"],
    )


def test_a_survey_is_asked_answered_reminded_and_closed(bot: RunningBot) -> None:
    launch(bot, 3)
    open_midway(bot)
    for user_id in MENTEES + MENTORS:
        assert "without your name" in str(invitation(bot, user_id).blocks)
        assert "midway status" in invitation(bot, user_id).text
    # A tampered score and a missing answer are refused in the form; nothing is stored
    bad = answer(bot, "UE000", "7")
    assert bad.json["response_action"] == "errors"
    assert "1 to 5" in str(bad.json["errors"])
    assert answer(bot, "UE000", "4", "More time for each meeting").status == 200
    press(bot, "UE000")
    bot.wait_for(lambda: any("already answered" in str(r["body"]) for r in bot.fake.responses))
    assert answer(bot, "UE001", "5", "Clearer goals at the start").status == 200
    assert answer(bot, "UR000", "3", "Nothing, it works").status == 200
    bot.wait_for(lambda: any("Thank you" in m.text for m in bot.fake.messages_in("UE001")))
    # Someone who was not asked cannot answer
    bot.driver.block_action(COORDINATOR, "survey_answer", value="1", channel_id=COORDINATOR)
    bot.wait_for(lambda: any("not sent to you" in str(r["body"]) for r in bot.fake.responses))
    # Reminders go to those who have not answered, and only to them
    travel(bot, 8)
    reminded = {
        user
        for user in MENTEES + MENTORS
        if any("gentle reminder" in m.text for m in bot.fake.messages_in(user))
    }
    assert reminded == {"UE002", "UR001", "UR002"}
    assert all(
        len([m for m in bot.fake.messages_in(u) if "gentle reminder" in m.text]) == 2
        for u in reminded
    )
    # While it is open the status shows counts only
    bot.driver.command(COORDINATOR, "status")
    status = str(bot.answer_to(bot.driver.last_response_url))
    assert "3 of 6 answered" in status
    travel(bot, 7)
    closed = [m.text for m in bot.fake.messages_in(COORDINATOR) if "has closed" in m.text]
    assert closed and "3 of 6 answered" in closed[-1]
    _, channel, _ = pair_of(bot, "UE000")
    assert any("feedback" in m.text for m in bot.fake.messages_in(channel))
    press(bot, "UR001")
    bot.wait_for(lambda: any("has closed" in str(r["body"]) for r in bot.fake.responses))
    # The results: 3 answers make a group, but the split by role is hidden (1 mentor)
    bot.driver.command(COORDINATOR, "survey results")
    results = str(bot.answer_to(bot.driver.last_response_url))
    assert "3 of 6 answered (50%)" in results
    assert "mean *4.0*" in results and "one of the roles has too few answers" in results
    for words in ("More time for each meeting", "Clearer goals at the start", "Nothing, it works"):
        assert words in results
    for name in ("Mentee 0", "Mentee 1", "Mentor 0", "UE000", "UE001", "UR000"):
        assert name not in results
    bot.settle()
    chart = bot.wait_for(lambda: bot.fake.files_in(COORDINATOR))
    assert chart[-1].name.endswith(".png")
    # The export: CSV, chart and report in the coordinator's DM, no names in the CSV
    bot.driver.command(COORDINATOR, "export")
    assert "on its way" in str(bot.answer_to(bot.driver.last_response_url))
    bot.settle()
    names = [f.name for f in bot.fake.files_in(COORDINATOR)]
    assert {"survey-results.csv", "final-report.pdf"} <= set(names)
    csv = next(f for f in bot.fake.files_in(COORDINATOR) if f.name.endswith(".csv"))
    content = csv.content.decode("utf-8-sig")
    assert "Clearer goals at the start" in content
    for name in ("Mentee", "Mentor 0", "UE0", "UR0"):
        assert name not in content


def test_results_are_hidden_under_the_threshold_and_a_second_survey_is_refused(
    bot: RunningBot,
) -> None:
    launch(bot, 3)
    open_midway(bot)
    assert answer(bot, "UE000", "2", "Only mine").status == 200
    assert answer(bot, "UE001", "4").status == 200
    bot.driver.command(COORDINATOR, "survey midway")
    assert "already open" in str(bot.answer_to(bot.driver.last_response_url))
    bot.driver.command(COORDINATOR, "survey results")
    results = str(bot.answer_to(bot.driver.last_response_url))
    assert "Too few answers to show" in results and "Only mine" not in results
    assert "mean" not in results
    bot.driver.command("UE000", "survey results")
    assert "only for coordinators" in str(bot.answer_to(bot.driver.last_response_url)).lower() or (
        "coordinator" in str(bot.answer_to(bot.driver.last_response_url)).lower()
    )


def test_the_stored_rows_cannot_be_relinked_to_the_people(bot: RunningBot) -> None:
    launch(bot, 3)
    open_midway(bot)
    order = ["UR002", "UE001", "UR000", "UE002", "UE000", "UR001"]
    for n, user_id in enumerate(order):
        assert answer(bot, user_id, str(1 + n % 5), f"answer number {n}").status == 200
    db = bot.runtime.db
    with db.unit_of_work() as uow:
        session = uow.session
        # No column says when anyone answered, nor when an answer was stored
        assert {c.name for c in SurveyAnswer.__table__.columns} == {
            "id",
            "survey_id",
            "role",
            "question",
            "value",
        }
        assert "answered_at" not in {c.name for c in SurveyInvitation.__table__.columns}
        # The answers' ids are random, not in the order people answered
        texts = [
            v
            for v in session.scalars(
                select(SurveyAnswer.value)
                .where(SurveyAnswer.question == "change")
                .order_by(SurveyAnswer.id)
            )
        ]
        assert sorted(texts) == sorted(f"answer number {n}" for n in range(6))
        assert texts != [f"answer number {n}" for n in range(6)]
        # Where the database keeps the invitations says nothing of who answered when
        physical = "ctid" if not db.is_sqlite else "rowid"
        stored = [
            row[0]
            for row in session.execute(
                text(f"SELECT id FROM survey_invitation ORDER BY {physical}")
            )
        ]
        assert stored == sorted(stored)
        # No message left in the outbox at the moment of an answer
        keys = list(session.scalars(select(OutboxMessage.dedupe_key)))
        assert not any("answer" in key for key in keys)


def test_tampered_and_empty_answers_are_refused_and_nothing_is_stored(bot: RunningBot) -> None:
    launch(bot, 3)
    open_midway(bot)
    unknown = answer(bot, "UE000", "4", sneaky=text_value("not a question"))
    assert "not part of this survey" in str(unknown.json)
    press(bot, "UE000")
    view = opened_view(bot, "survey_modal")
    empty = bot.driver.view_submission(
        "UE000",
        callback_id="survey_modal",
        values=values({}),
        private_metadata=view["private_metadata"],
    )
    assert "Please answer this question" in str(empty.json)
    other = bot.driver.view_submission(
        "UE000", callback_id="survey_modal", values=values({}), private_metadata="999"
    )
    assert "not sent to you" in str(other.json)
    for value in ("999:midway", "1:everything", "x"):
        bot.driver.block_action(COORDINATOR, "survey_open", value=value, channel_id="C0")
    bot.wait_for(
        lambda: any("no program with the number 999" in str(r["body"]) for r in bot.fake.responses)
    )
    bot.wait_for(lambda: any("no survey called" in str(r["body"]) for r in bot.fake.responses))
    bot.driver.command(COORDINATOR, "survey everything")
    assert "no survey called" in str(bot.answer_to(bot.driver.last_response_url))
    with bot.runtime.db.unit_of_work() as uow:
        assert uow.session.scalars(select(SurveyAnswer)).first() is None
