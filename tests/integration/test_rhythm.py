"""The rhythm over HTTP: meetings proposed, prepared, checked in on, moved, skipped and paused,
and each person's log book, read by its owner alone."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.domain.enums import MeetingStatus
from storage.models import Meeting, OutboxMessage
from tests.fakeslack.driver import text_value
from tests.integration.conftest import COORDINATOR, RunningBot, opened_view
from tests.integration.forms import values
from tests.integration.test_agreement import launch, pair_of

HOME = ZoneInfo("Europe/Copenhagen")


def buttons(message) -> dict[str, dict]:
    """Action id -> button, of one posted message."""
    return {
        e["action_id"]: e
        for b in message.blocks or []
        if b["type"] == "actions"
        for e in b["elements"]
    }


def channel_texts(bot: RunningBot, channel: str) -> list[str]:
    return [m.text for m in bot.fake.messages_in(channel)]


def travel(bot: RunningBot, days: int) -> None:
    """Day by day, as a cron-run `mentorbot dispatch` would see it."""
    for _ in range(days):
        bot.clock.advance(days=1)
        bot.settle()


def meetings(bot: RunningBot) -> list[Meeting]:
    with bot.runtime.db.unit_of_work() as uow:
        return list(uow.session.scalars(select(Meeting).order_by(Meeting.starts_at)))


def last_with(bot: RunningBot, channel: str, action_id: str):
    found = [m for m in bot.fake.messages_in(channel) if action_id in buttons(m)]
    assert found, f"no message with {action_id}"
    return found[-1]


def test_a_pair_gets_its_first_meeting_proposed_prepared_and_checked_in_on(bot: RunningBot) -> None:
    launch(bot, 1)
    _, channel, mentor = pair_of(bot, "UE000")
    proposal = last_with(bot, channel, "meeting_confirm")
    assert "<!date^" in str(proposal.blocks) and "meeting no. 1" in str(proposal.blocks)
    first = meetings(bot)[0]
    assert (
        date(2027, 2, 1) <= first.starts_at.date() <= date(2027, 2, 8)
    )  # the program's first week
    bot.driver.command("UE000", "next", channel_id=channel)
    assert "<!date^" in bot.answer_to(bot.driver.last_response_url)["text"]
    days = (first.starts_at - bot.clock.now()).days
    travel(bot, days - 1)
    assert any("coming up" in t or "prepare" in t.lower() for t in channel_texts(bot, channel))
    travel(bot, 3)
    question = last_with(bot, channel, "checkin_yes")
    yes = buttons(question)["checkin_yes"]
    bot.driver.block_action(
        "UE000", "checkin_yes", value=yes["value"], channel_id=channel, message_ts=question.ts
    )
    bot.settle()
    assert meetings(bot)[0].status == MeetingStatus.HELD
    assert len([m for m in meetings(bot) if m.status == MeetingStatus.PLANNED]) == 1
    # The reflection: in a form of one's own, kept in one's own log book
    held = bot.wait_for(lambda: [r for r in bot.fake.responses if "reflect_open" in str(r["body"])])
    reflect = next(
        e for b in held[-1]["body"]["blocks"] if b["type"] == "actions" for e in b["elements"]
    )
    bot.driver.block_action(
        "UE000", "reflect_open", value=reflect["value"], channel_id=channel, message_ts=question.ts
    )
    view = opened_view(bot, "reflect_modal")
    keys = [b["block_id"] for b in view["blocks"] if b["type"] == "input"]
    assert keys == ["useful", "more", "next"]
    answer = {
        "useful": text_value("Talking through the budget round"),
        "more": text_value(None),
        "next": text_value("Delegation"),
    }
    reply = bot.driver.view_submission(
        "UE000",
        callback_id="reflect_modal",
        values=values(answer),
        private_metadata=view["private_metadata"],
    )
    assert reply.status == 200 and not reply.json
    again = bot.driver.view_submission(
        "UE000",
        callback_id="reflect_modal",
        values=values(answer),
        private_metadata=view["private_metadata"],
    )
    assert "already written" in str(again.json)
    bot.driver.command("UE000", "log")
    mine = str(bot.answer_to(bot.driver.last_response_url))
    assert "Talking through the budget round" in mine
    bot.driver.command(mentor, "log")
    assert "Talking through the budget round" not in str(
        bot.answer_to(bot.driver.last_response_url)
    )
    bot.driver.command(COORDINATOR, "log")
    assert "Talking through the budget round" not in str(
        bot.answer_to(bot.driver.last_response_url)
    )


def test_moving_a_meeting_asks_the_partner_and_refuses_the_old_buttons(bot: RunningBot) -> None:
    launch(bot, 1)
    _, channel, mentor = pair_of(bot, "UE000")
    old = last_with(bot, channel, "meeting_confirm")
    before = meetings(bot)[0]
    bot.driver.command("UE000", "reschedule blabla", channel_id=channel)
    assert "nothing was changed" in bot.answer_to(bot.driver.last_response_url)["text"]
    target = (before.starts_at + timedelta(days=2)).strftime("%d.%m.")
    bot.driver.command("UE000", f"reschedule {target} kl 13", channel_id=channel)
    understood = bot.answer_to(bot.driver.last_response_url)
    assert "I read that as" in understood["text"] and "13:00" in understood["text"]
    confirm = next(e for b in understood["blocks"] if b["type"] == "actions" for e in b["elements"])
    bot.driver.block_action(
        "UE000", "move_confirm", value=confirm["value"], channel_id=channel, message_ts="1.0"
    )
    asked = bot.wait_for(
        lambda: [m for m in bot.fake.messages_in(channel) if "move_accept" in buttons(m)]
    )[-1]
    accept = buttons(asked)["move_accept"]
    bot.driver.block_action(
        "UE000", "move_accept", value=accept["value"], channel_id=channel, message_ts=asked.ts
    )
    assert bot.wait_for(
        lambda: any("proposed this time yourself" in str(r["body"]) for r in bot.fake.responses)
    )
    bot.driver.block_action(
        mentor, "move_accept", value=accept["value"], channel_id=channel, message_ts=asked.ts
    )
    bot.settle()
    after = meetings(bot)[0]
    assert after.sequence == 1 and after.starts_at != before.starts_at
    local = after.starts_at.astimezone(HOME)
    assert (local.hour, local.minute) == (13, 0)
    with bot.runtime.db.unit_of_work() as uow:
        cancelled = uow.session.scalars(
            select(OutboxMessage.dedupe_key).where(OutboxMessage.status == "cancelled")
        ).all()
    assert f"meeting:{after.id}:0:checkin" in cancelled
    stale = buttons(old)["meeting_confirm"]
    bot.driver.block_action(
        mentor, "meeting_confirm", value=stale["value"], channel_id=channel, message_ts=old.ts
    )
    assert bot.wait_for(lambda: any("has been moved" in str(r["body"]) for r in bot.fake.responses))


def test_someone_outside_the_pair_cannot_press_its_buttons(bot: RunningBot) -> None:
    launch(bot, 2)
    _, channel, _ = pair_of(bot, "UE000")
    proposal = last_with(bot, channel, "meeting_skip")
    skip = buttons(proposal)["meeting_skip"]
    bot.driver.block_action(
        "UE001", "meeting_skip", value=skip["value"], channel_id=channel, message_ts=proposal.ts
    )
    assert bot.wait_for(
        lambda: any("Only the two people" in str(r["body"]) for r in bot.fake.responses)
    )
    assert meetings(bot)[0].status == MeetingStatus.PLANNED


def test_skip_pause_and_resume_replan_the_rest(bot: RunningBot) -> None:
    launch(bot, 1)
    _, channel, _ = pair_of(bot, "UE000")
    first = meetings(bot)[0]
    bot.driver.command("UE000", "skip", channel_id=channel)
    assert "is skipped" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.settle()
    planned = [m for m in meetings(bot) if m.status == MeetingStatus.PLANNED]
    assert len(planned) == 1 and planned[0].starts_at - first.starts_at >= timedelta(days=14)
    bot.driver.command("UE000", "pause until 2030-01-01", channel_id=channel)
    assert "after the program ends" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.driver.command("UE000", "pause", channel_id=channel)
    assert "paused" in bot.answer_to(bot.driver.last_response_url)["text"]
    assert not [m for m in meetings(bot) if m.status == MeetingStatus.PLANNED]
    travel(bot, 3)
    assert not [m for m in meetings(bot) if m.status == MeetingStatus.PLANNED]
    bot.driver.command("UE000", "resume", channel_id=channel)
    assert "Welcome back" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.settle()
    assert len([m for m in meetings(bot) if m.status == MeetingStatus.PLANNED]) == 1


def test_the_programs_days_off_are_never_meeting_days(bot: RunningBot) -> None:
    from tests.integration.test_launch import sign_up
    from tests.integration.test_programs import create_program

    create_program(bot, days_off=text_value("2027-02-01 - 2027-02-12"))
    sign_up(bot, 1)
    bot.driver.command(COORDINATOR, "match")
    bot.answer_to(bot.driver.last_response_url)
    bot.driver.command(COORDINATOR, "launch")
    bot.answer_to(bot.driver.last_response_url)
    bot.settle()
    assert meetings(bot)[0].starts_at.date() >= date(2027, 2, 15)


def test_the_picker_moves_a_meeting_after_checking_the_time(bot: RunningBot) -> None:
    from tests.fakeslack.driver import checkboxes_value, date_value

    launch(bot, 1)
    _, channel, _ = pair_of(bot, "UE000")
    first = meetings(bot)[0]
    bot.driver.command("UE000", "reschedule", channel_id=channel)
    view = opened_view(bot, "reschedule_modal")
    day = (first.starts_at + timedelta(days=1)).date().isoformat()

    def submit(time: str, anyway: list[str]):
        fields = {
            "day": date_value(day),
            "start": {"type": "timepicker", "selected_time": time},
            "minutes": {"type": "number_input", "value": "60"},
            "anyway": checkboxes_value(anyway),
        }
        return bot.driver.view_submission(
            "UE000",
            callback_id="reschedule_modal",
            values=values(fields),
            private_metadata=view["private_metadata"],
        )

    late = submit("19:30", [])
    assert late.json["response_action"] == "errors" and "start" in late.json["errors"]
    assert meetings(bot)[0].proposed_starts_at is None
    ok = submit("13:30", [])
    assert ok.status == 200 and not ok.json
    asked = bot.wait_for(
        lambda: [m for m in bot.fake.messages_in(channel) if "move_accept" in buttons(m)]
    )
    assert "would like to move" in asked[-1].text
    proposed = meetings(bot)[0].proposed_starts_at
    assert proposed is not None and proposed.astimezone(HOME).strftime("%H:%M") == "13:30"
