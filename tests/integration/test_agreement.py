"""After launch: the agreement, kept between the two; and someone leaving a running pair."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlalchemy import select

from bot.domain.enums import ParticipantStatus, RelationshipStatus
from storage.models import Meeting, Participant, Relationship
from tests.fakeslack.driver import checkboxes_value, select_value, text_value
from tests.integration.conftest import COORDINATOR, RunningBot, opened_view
from tests.integration.forms import number, radio, values
from tests.integration.test_launch import sign_up
from tests.integration.test_programs import create_program

GOALS = "Lead my first budget round. We know it worked when the team signs off on time."


def launch(bot: RunningBot, pairs: int, **program: Any) -> None:
    """A program (the form's defaults, or these fields) with `pairs` pairs, launched."""
    create_program(bot, **program)
    sign_up(bot, pairs)
    bot.driver.command(COORDINATOR, "match")
    bot.answer_to(bot.driver.last_response_url)
    bot.driver.command(COORDINATOR, "launch")
    bot.answer_to(bot.driver.last_response_url)
    bot.settle()


def pair_of(bot: RunningBot, mentee: str) -> tuple[int, str, str]:
    """(relationship id, channel id, mentor) of the mentee's active pair."""
    for channel in bot.fake.channels.values():
        if mentee in channel.members and channel.name.startswith("mentor-"):
            mentor = next(u for u in channel.members if u.startswith("UR"))
            welcome = bot.fake.messages_in(channel.id)[0]
            button = next(
                e for b in welcome.blocks if b["type"] == "actions" for e in b["elements"]
            )
            return int(button["value"]), channel.id, mentor
    raise AssertionError("no channel")


def agreement_form(**changes) -> dict:
    fields = {
        "goals": text_value(GOALS),
        "help_wanted": text_value("Someone to think aloud with"),
        "cadence_weeks": select_value("3"),
        "minutes": number(60),
        "cancelling": text_value("Two working days' notice"),
        "agenda_by": radio("mentee"),
        "evaluation": text_value("Halfway and at the end"),
        "confidential": checkboxes_value(["yes"]),
    }
    fields.update(changes)
    return values(fields)


def write_agreement(bot: RunningBot, user_id: str, rel: int, channel: str, **changes) -> dict:
    bot.driver.block_action(
        user_id, "agreement_open", value=str(rel), channel_id=channel, message_ts="1.0"
    )
    view = opened_view(bot, "agreement_modal")
    return bot.driver.view_submission(user_id, view=view, values=agreement_form(**changes)).json


def coordinator_saw(bot: RunningBot, urls: list[str]) -> str:
    """Everything the coordinator was shown: answers to their commands and buttons, DMs."""
    seen = [str(bot.responses_for(url)) for url in urls]
    seen += [m.text + str(m.blocks) for m in bot.fake.messages_in(COORDINATOR)]
    return "\n".join(seen)


def test_an_agreement_written_by_one_confirmed_by_the_other_and_seen_by_nobody_else(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    launch(bot, 1)
    rel, channel, mentor = pair_of(bot, "UE000")
    assert write_agreement(bot, "UE000", rel, channel) is None
    posted = bot.wait_for(
        lambda: [m for m in bot.fake.messages_in(channel) if "written down your" in m.text]
    )[-1]
    assert "has written down your agreement" in posted.text
    assert GOALS.split(".")[0] in str(posted.blocks)
    bot.driver.block_action(
        "UE000", "agreement_confirm", value=str(rel), channel_id=channel, message_ts=posted.ts
    )
    assert "other one of you confirms" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.driver.block_action(
        mentor, "agreement_confirm", value=str(rel), channel_id=channel, message_ts=posted.ts
    )
    confirmed = bot.answer_to(bot.driver.last_response_url)
    assert confirmed["replace_original"] is True  # the draft became the agreement
    assert "confirmed by both" in confirmed["text"]
    assert not any(b["type"] == "actions" for b in confirmed["blocks"])  # no button left
    with bot.runtime.db.unit_of_work() as uow:
        assert uow.session.scalar(select(Relationship.cadence_weeks)) == 3
    # The coordinator sees that there is an agreement, never what it says.
    bot.driver.command(COORDINATOR, "status")
    urls = [bot.driver.last_response_url]
    status = str(bot.answer_to(bot.driver.last_response_url)["blocks"])
    assert "confirmed agreement: 1 of 1" in status
    bot.driver.command(COORDINATOR, "agreement")
    urls.append(bot.driver.last_response_url)
    assert "not in an active pair" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.driver.block_action(
        COORDINATOR, "agreement_open", value=str(rel), channel_id="D1", message_ts="1.0"
    )
    urls.append(bot.driver.last_response_url)
    assert "Only the two people" in bot.answer_to(bot.driver.last_response_url)["text"]
    assert "budget round" not in coordinator_saw(bot, urls)
    assert "budget round" not in caplog.text  # nor in any log line
    assert COORDINATOR not in bot.fake.channels[channel].members


def test_an_agreement_without_a_goal_or_the_promise_is_refused(bot: RunningBot) -> None:
    launch(bot, 1)
    rel, channel, _ = pair_of(bot, "UE000")
    before = len(bot.fake.messages_in(channel))
    answer = write_agreement(
        bot, "UE000", rel, channel, goals=text_value(""), confidential=checkboxes_value([])
    )
    assert set(answer["errors"]) == {"goals", "confidential"}
    bot.settle()
    assert len(bot.fake.messages_in(channel)) == before  # no draft posted


def test_the_reminder_comes_only_when_there_is_no_confirmed_agreement(bot: RunningBot) -> None:
    launch(bot, 2)
    rel, channel, mentor = pair_of(bot, "UE000")
    write_agreement(bot, "UE000", rel, channel)
    write_agreement(bot, mentor, rel, channel)  # the same text from the other one confirms
    other, other_channel, _ = pair_of(bot, "UE001")
    for _ in range(60):  # day by day until the second meeting; nobody answers "did you meet?"
        bot.clock.advance(days=1)
        bot.settle()
        second = second_meeting(bot, other)
        if second is not None and second <= bot.clock.now():
            break
    assert not any("not confirmed yet" in m.text for m in bot.fake.messages_in(channel))
    reminders = [m for m in bot.fake.messages_in(other_channel) if "not confirmed yet" in m.text]
    assert len(reminders) == 1
    with bot.runtime.db.unit_of_work() as uow:
        sent = uow.outbox.by_key(f"agreement-reminder:{other}")
        assert sent is not None and sent.sent_at is not None
    assert second is not None and sent.sent_at < second  # before the second meeting


def second_meeting(bot: RunningBot, relationship_id: int):
    """When the pair's second meeting starts, once it is planned."""
    with bot.runtime.db.unit_of_work() as uow:
        starts = uow.session.scalars(
            select(Meeting.starts_at)
            .where(Meeting.relationship_id == relationship_id)
            .order_by(Meeting.seq)
        ).all()
    return starts[1] if len(starts) > 1 else None


def test_someone_leaving_a_running_pair_ends_it_kindly_and_the_other_is_matched_again(
    bot: RunningBot,
) -> None:
    launch(bot, 3)
    with bot.runtime.db.unit_of_work() as uow:  # room for a second mentee
        for participant in uow.session.scalars(
            select(Participant).where(Participant.role == "mentor")
        ):
            participant.capacity = 2
    _, _, mentor = pair_of(bot, "UE000")
    bot.driver.command(mentor, "leave")
    question = bot.answer_to(bot.driver.last_response_url)
    assert "your pair ends" in question["text"]
    button = next(e for b in question["blocks"] if b["type"] == "actions" for e in b["elements"])
    bot.driver.block_action(
        mentor, button["action_id"], value=button["value"], channel_id="D1", message_ts="1.0"
    )
    bot.wait_for(lambda: any("left" in str(r["body"]) for r in bot.fake.responses))
    bot.settle()
    partner_dm = bot.fake.messages_in("UE000")[-1].text
    assert "has had to leave" in partner_dm
    told = bot.fake.messages_in(COORDINATOR)[-1].text
    assert "has ended" in told and "<@UE000> can be matched again" in told
    assert f"<@{mentor}>" not in told
    with bot.runtime.db.unit_of_work() as uow:
        statuses = dict(uow.session.execute(select(Relationship.id, Relationship.status)).all())
        assert sorted(statuses.values()) == [RelationshipStatus.ACTIVE] * 2 + [
            RelationshipStatus.ENDED
        ]
        left = uow.session.scalar(
            select(Participant.status)
            .where(Participant.role == "mentor")
            .order_by(Participant.status)
        )
        assert left in (ParticipantStatus.ACTIVE, ParticipantStatus.LEFT)
    bot.driver.command(COORDINATOR, "match")
    proposal = str(bot.answer_to(bot.driver.last_response_url)["blocks"])
    assert "pairs 1" in proposal and "<@UE000>" in proposal
    bot.driver.command(COORDINATOR, "launch")
    assert "has started (pairs: 1)" in bot.answer_to(bot.driver.last_response_url)["text"]
    bot.settle()
    channels = [c for c in bot.fake.channels.values() if "UE000" in c.members and not c.is_im]
    assert len(channels) == 2 and mentor not in channels[-1].members
