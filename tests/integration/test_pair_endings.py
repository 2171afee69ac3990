"""A pair ended early, a member who left its channel, and what the coordinator sees of the
pairs' rhythm: categories, counts and names, never what anyone wrote."""

from __future__ import annotations

from sqlalchemy import select

from bot.domain.enums import RelationshipStatus
from storage.models import Relationship
from tests.fakeslack.driver import select_value
from tests.integration.conftest import COORDINATOR, RunningBot, opened_view
from tests.integration.forms import values
from tests.integration.test_agreement import launch, pair_of
from tests.integration.test_rhythm import travel


def status(bot: RunningBot) -> str:
    bot.driver.command(COORDINATOR, "status")
    return str(bot.answer_to(bot.driver.last_response_url))


def test_ending_early_archives_the_channel_and_tells_the_coordinator_only_the_category(
    bot: RunningBot,
) -> None:
    launch(bot, 1)
    rel, channel, mentor = pair_of(bot, "UE000")
    bot.runtime.services.logbook.note(
        team_id=bot.fake.team_id, user_id="UE000", text="my private worry", now=bot.clock.now()
    )
    bot.driver.command("UE000", "end", channel_id=channel)
    view = opened_view(bot, "end_modal")
    refused = bot.driver.view_submission(
        "UE000",
        callback_id="end_modal",
        values=values({"reason": select_value("made-up")}),
        private_metadata=view["private_metadata"],
    )
    assert refused.json["response_action"] == "errors"
    reply = bot.driver.view_submission(
        "UE000",
        callback_id="end_modal",
        values=values({"reason": select_value("no_time")}),
        private_metadata=view["private_metadata"],
    )
    assert reply.status == 200 and not reply.json
    bot.settle()
    assert bot.fake.channels[channel].is_archived
    assert "has ended your mentoring relationship" in bot.fake.messages_in(mentor)[-1].text
    told = bot.fake.messages_in(COORDINATOR)[-1].text
    assert "No time for it right now" in told and "my private worry" not in told
    with bot.runtime.db.unit_of_work() as uow:
        ended = uow.session.scalar(select(Relationship).where(Relationship.id == rel))
        assert ended.status == RelationshipStatus.ENDED and ended.end_reason == "no_time"
    assert "my private worry" not in status(bot)


def test_leaving_the_channel_asks_once_and_brings_back_in_one_click(bot: RunningBot) -> None:
    launch(bot, 1)
    rel, channel, _ = pair_of(bot, "UE000")
    bot.fake.channels[channel].members.discard("UE000")
    event = {"type": "member_left_channel", "user": "UE000", "channel": channel}
    bot.driver.event(event, event_id="EvLEFT1")
    bot.driver.event(event, event_id="EvLEFT1", retry_num=1, retry_reason="http_timeout")
    question = bot.wait_for(
        lambda: [m for m in bot.fake.messages_in("UE000") if "Did you mean to" in m.text]
    )
    bot.settle()
    assert len([m for m in bot.fake.messages_in("UE000") if "Did you mean to" in m.text]) == 1
    back = next(e for b in question[0].blocks if b["type"] == "actions" for e in b["elements"])
    bot.driver.block_action(
        "UE000", back["action_id"], value=back["value"], channel_id="D1", message_ts=question[0].ts
    )
    bot.wait_for(lambda: "UE000" in bot.fake.channels[channel].members)
    assert str(rel) == back["value"]


def test_someone_else_leaving_another_channel_is_not_asked(bot: RunningBot) -> None:
    launch(bot, 1)
    bot.driver.event({"type": "member_left_channel", "user": "UEMMA", "channel": "C0GENERAL"})
    bot.settle()
    assert not [m for m in bot.fake.messages_in("UEMMA") if "Did you mean to" in m.text]


def test_status_shows_the_rhythm_in_counts_and_names(bot: RunningBot) -> None:
    launch(bot, 2)
    assert "Meetings held: 0 of 0" in status(bot)
    assert "not yet confirmed a meeting" in status(bot)
    travel(bot, 90)
    shown = status(bot)
    assert "have not met for longer than planned" in shown
    assert "<@UR000> &amp; <@UE000>" in shown or "<@UR000> & <@UE000>" in shown
