"""Coordinators set up programs through the modal; everyone else is refused."""

from sqlalchemy import func, select

from bot.texts import Texts
from storage.models import Program
from tests.fakeslack.driver import date_value, text_value
from tests.integration.conftest import COORDINATOR, RunningBot, opened_view
from tests.integration.forms import number, program_form


def programs_stored(bot: RunningBot) -> int:
    with bot.runtime.db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Program)) or 0


def create_program(bot: RunningBot, **changes) -> None:
    before = len(bot.fake.messages_in(COORDINATOR))
    bot.driver.command(COORDINATOR, "program new")
    opened_view(bot, "program_modal")
    reply = bot.driver.view_submission(
        COORDINATOR, callback_id="program_modal", values=program_form(**changes)
    )
    assert reply.status == 200 and not reply.json, reply.body
    bot.wait_for(  # the confirmation DM comes after the ack
        lambda: any("is created" in m.text for m in bot.fake.messages_in(COORDINATOR)[before:])
    )


def test_a_coordinator_creates_a_program_through_the_modal(bot: RunningBot) -> None:
    bot.driver.command(COORDINATOR, "program new")
    view = opened_view(bot, "program_modal")
    assert view["title"]["text"] == "New program"
    assert len(view["title"]["text"]) <= 24
    reply = bot.driver.view_submission(
        COORDINATOR, callback_id="program_modal", values=program_form()
    )
    assert reply.status == 200 and not reply.json
    assert programs_stored(bot) == 1
    confirmation = bot.wait_for(lambda: bot.fake.messages_in(COORDINATOR))[-1]
    assert "Ledere på tværs 2027" in confirmation.text and "open for sign-up" in confirmation.text
    bot.driver.command(COORDINATOR, "program list")
    listing = bot.answer_to(bot.driver.last_response_url)
    assert "Ledere på tværs 2027" in str(listing["blocks"])
    assert "1 February 2027" in str(listing["blocks"])


def test_bad_program_input_is_shown_under_each_field_and_nothing_is_stored(
    bot: RunningBot,
) -> None:
    bot.driver.command(COORDINATOR, "program new")
    opened_view(bot, "program_modal")
    bad = program_form(
        name=text_value(" "),
        starts_on=date_value("2026-12-01"),  # the test clock says 4 January 2027
        signup_deadline=date_value("31-02-2027"),
        months=number("twelve"),
        timezone=text_value("Copenhagen"),
    )
    reply = bot.driver.view_submission(COORDINATOR, callback_id="program_modal", values=bad)
    assert reply.json["response_action"] == "errors"
    errors = reply.json["errors"]
    assert set(errors) == {"name", "starts_on", "signup_deadline", "months", "timezone"}
    assert errors["starts_on"] == "The program can't start in the past."
    assert "Europe/Copenhagen" in errors["timezone"]
    assert programs_stored(bot) == 0


def test_a_deadline_after_the_start_is_refused(bot: RunningBot) -> None:
    bot.driver.command(COORDINATOR, "program new")
    opened_view(bot, "program_modal")
    late = program_form(signup_deadline=date_value("2027-02-02"))
    reply = bot.driver.view_submission(COORDINATOR, callback_id="program_modal", values=late)
    assert reply.json["errors"] == {
        "signup_deadline": "Sign-up has to close on or before the first day."
    }


def test_a_participant_is_refused_program_commands_and_a_forged_submission(
    bot: RunningBot,
) -> None:
    bot.driver.command("UEMMA", "program new")
    answer = bot.answer_to(bot.driver.last_response_url)
    assert "Only a program coordinator" in answer["text"]
    assert bot.fake.calls_to("views.open") == []
    forged = bot.driver.view_submission(
        "UEMMA", callback_id="program_modal", values=program_form(), view={"id": "V1"}
    )
    assert forged.json["response_action"] == "errors"
    assert programs_stored(bot) == 0


def test_editing_and_closing_a_program(bot: RunningBot) -> None:
    create_program(bot)
    bot.driver.command(COORDINATOR, "program edit")
    view = opened_view(bot, "program_modal")
    assert view["private_metadata"] == "1"
    reply = bot.driver.view_submission(
        COORDINATOR, view=view, values=program_form(name=text_value("Ledere 2027"))
    )
    assert not reply.json
    bot.driver.command(COORDINATOR, "program close 1")
    assert "is closed" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.driver.command(COORDINATOR, "program close 1")
    assert "already closed" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.driver.command(COORDINATOR, "program close 7")
    assert "no program with the number 7" in bot.answer_to(bot.driver.last_response_url)["text"]


def test_with_several_open_programs_the_bot_asks_which(bot: RunningBot) -> None:
    create_program(bot)
    create_program(bot, name=text_value("Second round"))
    bot.driver.command("UEMMA", "join")
    chooser = bot.answer_to(bot.driver.last_response_url)
    buttons = [
        e for block in chooser["blocks"] if block["type"] == "actions" for e in block["elements"]
    ]
    assert [b["text"]["text"] for b in buttons] == ["Ledere på tværs 2027", "Second round"]
    bot.driver.block_action(
        "UEMMA",
        buttons[1]["action_id"],
        value=buttons[1]["value"],
        channel_id="C0GENERAL",
        message_ts="1700000000.000100",
    )
    view = opened_view(bot, "signup_modal")
    assert view["private_metadata"] == "2"


def test_coordinators_add_and_remove_others(bot: RunningBot) -> None:
    bot.driver.command(COORDINATOR, "program coordinators add <@UANNA|anna>")
    assert "is now a coordinator" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.driver.command("UANNA", "program list")
    listing = bot.answer_to(bot.driver.last_response_url)["text"]
    assert listing == Texts("da")("program.list.empty")
    bot.driver.command("UANNA", "program coordinators remove <@UCOORD>")
    assert "MENTORBOT_COORDINATORS" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.driver.command(COORDINATOR, "program coordinators remove <@UANNA>")
    bot.answer_to(bot.driver.last_response_url)
    bot.driver.command("UANNA", "program list")
    assert "tovholder" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.driver.command(COORDINATOR, "program coordinators add anna")
    assert "a mention of the person" in bot.answer_to(bot.driver.last_response_url)["text"]
