"""People join through the modal: in their language, once, and with every refusal explained."""

from sqlalchemy import select

from bot.domain.enums import ParticipantStatus
from storage.models import Participant
from tests.fakeslack.driver import select_value, text_value
from tests.integration.conftest import COORDINATOR, RunningBot, opened_view
from tests.integration.forms import number, signup_form, user
from tests.integration.test_programs import create_program

PEOPLE = [  # user id, locale, role
    ("UM01", "da-DK", "mentor"), ("UM02", "sv-SE", "mentor"), ("UM03", "en-GB", "mentor"),
    ("UM04", "da-DK", "mentor"), ("UM05", "sv-SE", "mentor"),
    ("UE01", "da-DK", "mentee"), ("UE02", "sv-SE", "mentee"), ("UE03", "en-US", "mentee"),
    ("UE04", "da-DK", "mentee"), ("UE05", "en-GB", "mentee"),
]  # fmt: skip


def participants(bot: RunningBot) -> list[Participant]:
    with bot.runtime.db.unit_of_work() as uow:
        return list(uow.session.scalars(select(Participant).order_by(Participant.id)))


def join(bot: RunningBot, user_id: str, **form) -> dict | None:
    bot.driver.command(user_id, "join")
    view = opened_view(bot, "signup_modal")
    reply = bot.driver.view_submission(user_id, view=view, values=signup_form(**form))
    assert reply.status == 200
    return reply.json


def test_ten_people_join_and_each_is_welcomed_in_their_language(bot: RunningBot) -> None:
    create_program(bot)
    for user_id, locale, role in PEOPLE:
        bot.fake.add_user(user_id, real_name=user_id, locale=locale)
        assert join(bot, user_id, role=role, department=text_value(f"Dept {user_id[-1]}")) is None
    stored = participants(bot)
    assert len(stored) == 10
    assert sum(p.role == "mentor" for p in stored) == 5
    welcomes = {
        user_id: bot.wait_for(lambda u=user_id: bot.fake.messages_in(u)) for user_id, *_ in PEOPLE
    }
    assert "Velkommen" in welcomes["UM01"][0].text
    assert "Välkommen" in welcomes["UM02"][0].text
    assert "Welcome" in welcomes["UE03"][0].text
    assert "1 February 2027" in welcomes["UE03"][0].text
    assert "Business+" in welcomes["UE03"][0].text  # the honest word about exports
    assert all(len(messages) == 1 for messages in welcomes.values())


def test_joining_twice_updates_the_signup_and_does_not_welcome_again(bot: RunningBot) -> None:
    create_program(bot)
    join(bot, "UEMMA")
    bot.driver.command("UEMMA", "join")
    view = opened_view(bot, "signup_modal")
    department = next(b for b in view["blocks"] if b.get("block_id") == "department")
    assert department["element"]["initial_value"] == "Teknik og Miljø"
    reply = bot.driver.view_submission(
        "UEMMA", view=view, values=signup_form(department=text_value("Børn og Unge"))
    )
    assert not reply.json
    (stored,) = participants(bot)
    assert stored.department == "Børn og Unge"
    texts = [
        m.text
        for m in bot.wait_for(
            lambda: len(bot.fake.messages_in("UEMMA")) >= 2 and bot.fake.messages_in("UEMMA")
        )
    ]
    assert sum("Welcome" in text for text in texts) == 1
    assert any("is updated" in text for text in texts)


def test_bad_signups_are_explained_under_each_field_and_nothing_is_stored(bot: RunningBot) -> None:
    create_program(bot)
    bot.driver.command("UANNA", "join")
    view = opened_view(bot, "signup_modal")
    assert view["title"]["text"] == "Tilmeld dig" or len(view["title"]["text"]) <= 24
    bad = signup_form(
        role="mentor",
        manager=user("UANNA"),
        capacity=select_value("5"),
        experience=number("many"),
        topics=text_value(""),
        timezone=text_value("Aarhus"),
    )
    reply = bot.driver.view_submission("UANNA", view=view, values=bad)
    errors = reply.json["errors"]
    assert set(errors) == {"manager", "capacity", "experience", "topics", "timezone"}
    assert "din egen leder" in errors["manager"]
    assert participants(bot) == []


def test_a_program_closed_while_the_form_was_open_refuses_the_signup(bot: RunningBot) -> None:
    create_program(bot)
    bot.driver.command("UEMMA", "join")
    view = opened_view(bot, "signup_modal")
    bot.driver.command(COORDINATOR, "program close")
    bot.answer_to(bot.driver.last_response_url)
    reply = bot.driver.view_submission("UEMMA", view=view, values=signup_form())
    assert "no longer open" in reply.json["errors"]["role"]
    assert participants(bot) == []
    bot.driver.command("UEMMA", "join")
    assert "no program open" in bot.answer_to(bot.driver.last_response_url)["text"]


def test_after_the_deadline_nobody_can_join(bot: RunningBot) -> None:
    create_program(bot)
    bot.clock.advance(days=30)  # past 25 January 2027
    bot.driver.command("UEMMA", "join")
    assert "has closed" in bot.answer_to(bot.driver.last_response_url)["text"]


def test_leaving_before_matching(bot: RunningBot) -> None:
    create_program(bot)
    join(bot, "UEMMA")
    bot.driver.command("UEMMA", "leave")
    assert "withdrawn" in bot.answer_to(bot.driver.last_response_url)["text"]
    assert participants(bot)[0].status == ParticipantStatus.LEFT
    bot.driver.command("UEMMA", "leave")
    assert "not signed up" in bot.answer_to(bot.driver.last_response_url)["text"]


def test_the_announcement_needs_the_bot_in_the_channel_and_its_button_opens_the_form(
    bot: RunningBot,
) -> None:
    create_program(bot)
    bot.driver.command(COORDINATOR, "program announce", channel_id="C0GENERAL")
    assert "Invite me first" in bot.answer_to(bot.driver.last_response_url)["text"]
    channel = bot.fake.add_channel("mentoring", members=[COORDINATOR], is_private=False)
    bot.driver.command(COORDINATOR, "program announce", channel_id=channel.id)
    post = bot.wait_for(lambda: bot.fake.messages_in(channel.id))[0]
    assert "Ledere på tværs 2027" in post.text
    button = next(e for b in post.blocks if b["type"] == "actions" for e in b["elements"])
    bot.driver.block_action(
        "USVEN",
        button["action_id"],
        value=button["value"],
        channel_id=channel.id,
        message_ts=post.ts,
    )
    view = opened_view(bot, "signup_modal")
    assert view["private_metadata"] == "1"
