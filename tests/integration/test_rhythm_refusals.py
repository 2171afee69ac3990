"""What people get wrong with meetings, answered politely, with nothing changed; and what
happens when nobody answers."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.domain.enums import MeetingStatus
from tests.integration.conftest import RunningBot
from tests.integration.test_agreement import launch, pair_of
from tests.integration.test_rhythm import buttons, last_with, meetings, travel

HOME = ZoneInfo("Europe/Copenhagen")


def answer(bot: RunningBot, user: str, line: str, channel: str) -> str:
    bot.driver.command(user, line, channel_id=channel)
    return bot.answer_to(bot.driver.last_response_url)["text"]


def test_moving_to_the_past_or_without_a_pair_or_meeting_changes_nothing(bot: RunningBot) -> None:
    assert "not in an active pair" in answer(bot, "UEMMA", "reschedule tomorrow 10:00", "C1")
    launch(bot, 1)
    _, channel, _ = pair_of(bot, "UE000")
    before = meetings(bot)[0]
    yesterday = (bot.clock.now() - timedelta(days=1)).astimezone(HOME).strftime("%Y-%m-%d")
    assert "already passed" in answer(bot, "UE000", f"reschedule {yesterday} 10:00", channel)
    assert "nothing was changed" in answer(bot, "UE000", "reschedule mañana por la tarde", channel)
    partly = answer(bot, "UE000", "reschedule tirsdag blabla", channel)
    assert "only understood part" in partly and "blabla" in partly
    assert meetings(bot)[0].starts_at == before.starts_at and meetings(bot)[0].sequence == 0
    answer(bot, "UE000", "pause", channel)
    assert "paused" in answer(bot, "UE000", "next", channel)
    assert "paused" in answer(bot, "UE000", "reschedule tomorrow 10", channel)


def test_a_time_outside_working_hours_asks_before_it_moves(bot: RunningBot) -> None:
    launch(bot, 1)
    _, channel, _ = pair_of(bot, "UE000")
    day = (meetings(bot)[0].starts_at + timedelta(days=1)).astimezone(HOME).strftime("%Y-%m-%d")
    bot.driver.command("UE000", f"reschedule {day} 20:00", channel_id=channel)
    shown = bot.answer_to(bot.driver.last_response_url)
    assert "outside" in str(shown["blocks"]) and "<@UR000>" in str(shown["blocks"])
    assert meetings(bot)[0].sequence == 0  # nothing moved before the confirmation


def test_nobody_answering_gets_one_reminder_and_the_rhythm_goes_on(bot: RunningBot) -> None:
    launch(bot, 1)
    _, channel, _ = pair_of(bot, "UE000")
    first = meetings(bot)[0]
    travel(bot, (first.starts_at - bot.clock.now()).days + 12)
    texts = [m.text for m in bot.fake.messages_in(channel)]
    assert sum("just checking" in t for t in texts) == 1
    assert meetings(bot)[0].status == MeetingStatus.UNCONFIRMED
    planned = [m for m in meetings(bot) if m.status == MeetingStatus.PLANNED]
    assert len(planned) == 1 and planned[0].starts_at > first.starts_at


def test_no_and_then_a_check_in_pressed_twice(bot: RunningBot) -> None:
    launch(bot, 1)
    _, channel, mentor = pair_of(bot, "UE000")
    first = meetings(bot)[0]
    travel(bot, (first.starts_at - bot.clock.now()).days + 2)
    question = last_with(bot, channel, "checkin_no")
    no = buttons(question)["checkin_no"]
    bot.driver.block_action(
        "UE000", "checkin_no", value=no["value"], channel_id=channel, message_ts=question.ts
    )
    bot.wait_for(lambda: any("reschedule" in str(r["body"]) for r in bot.fake.responses))
    bot.driver.block_action(
        mentor, "checkin_yes", value=no["value"], channel_id=channel, message_ts=question.ts
    )
    assert bot.wait_for(
        lambda: any("already been settled" in str(r["body"]) for r in bot.fake.responses)
    )
    assert meetings(bot)[0].status == MeetingStatus.SKIPPED


def test_a_moved_meeting_gets_an_updated_invite_with_the_same_uid(bot: RunningBot) -> None:
    from icalendar import Calendar

    launch(bot, 1)
    _, channel, mentor = pair_of(bot, "UE000")
    meeting = meetings(bot)[0]
    services, team = bot.runtime.services, bot.fake.team_id
    new = meeting.starts_at + timedelta(days=1)
    services.meetings.propose_move(
        team_id=team,
        user_id="UE000",
        meeting=f"{meeting.id}:0",
        starts_at=new,
        minutes=60,
        now=bot.clock.now(),
    )
    services.meetings.accept_move(
        team_id=team, user_id=mentor, meeting=f"{meeting.id}:0", now=bot.clock.now()
    )
    bot.settle()
    files = bot.fake.files_in(channel)
    assert len(files) == 2
    first, second = (Calendar.from_ical(f.content).walk("VEVENT")[0] for f in files)
    assert str(first["UID"]) == str(second["UID"])
    assert (int(first["SEQUENCE"]), int(second["SEQUENCE"])) == (0, 1)
    assert second.decoded("DTSTART").astimezone(ZoneInfo("UTC")) == new


def test_words_not_understood_are_shown_but_cannot_ping_anyone(bot: RunningBot) -> None:
    launch(bot, 1)
    _, channel, _ = pair_of(bot, "UE000")
    shown = answer(bot, "UE000", "reschedule <!channel> please", channel)
    assert "<!channel>" not in shown and "&lt;!channel&gt;" in shown
    paused = answer(bot, "UE000", "pause until <!here>", channel)
    assert "<!here>" not in paused and "&lt;!here&gt;" in paused
