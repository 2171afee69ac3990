"""The program's end over HTTP: each pair is asked whether it goes on by itself; one goes on,
one is done, one never answers and is closed after the grace days. The coordinator sees counts,
never a word the pairs wrote."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.domain.enums import RelationshipStatus
from storage.models import OutboxMessage, Relationship
from tests.integration.conftest import COORDINATOR, RunningBot
from tests.integration.forms import number
from tests.integration.test_agreement import launch, pair_of
from tests.integration.test_pair_endings import status
from tests.integration.test_rhythm import buttons, channel_texts, last_with, travel

HOME = ZoneInfo("Europe/Copenhagen")
LAST_DAY = datetime(2027, 4, 30, 12, 0, tzinfo=HOME)  # a three-month program from 1 February


def press(bot: RunningBot, user: str, channel: str, action_id: str) -> list[dict]:
    """Press a button of the closing question in the channel; the bot's answers to it."""
    question = last_with(bot, channel, action_id)
    button = buttons(question)[action_id]
    bot.driver.block_action(
        user, action_id, value=button["value"], channel_id=channel, message_ts=question.ts
    )
    url = bot.driver.last_response_url
    return bot.wait_for(lambda: bot.responses_for(url))  # type: ignore[return-value]


def pairs(bot: RunningBot) -> dict[int, tuple[str, bool, str | None]]:
    with bot.runtime.db.unit_of_work() as uow:
        return {
            rel.id: (rel.status, rel.goes_on, rel.end_reason)
            for rel in uow.session.scalars(select(Relationship))
        }


def snapshot(bot: RunningBot) -> tuple[int, int, dict]:
    """What a pass could change: outbox rows, posted messages, the pairs."""
    with bot.runtime.db.unit_of_work() as uow:
        rows = uow.session.scalar(select(func.count(OutboxMessage.id)))
    return rows, len(bot.fake.messages), pairs(bot)


def test_at_the_end_pairs_go_on_finish_or_are_closed_after_the_grace_days(
    bot: RunningBot,
) -> None:
    launch(bot, 3, months=number(3))
    (go_on, c1, _), (done, c2, mentor2), (silent, c3, _) = (
        pair_of(bot, f"UE00{n}") for n in range(3)
    )
    travel(bot, (LAST_DAY.date() - bot.clock.now().date()).days)
    assert not [t for t in channel_texts(bot, c1) if "keep meeting on your own" in t]
    told_coordinator = len(bot.fake.messages_in(COORDINATOR))
    travel(bot, 1)  # the morning after the last day
    for channel in (c1, c2, c3):
        question = last_with(bot, channel, "closing_go_on")
        assert "has come to an end" in str(question.blocks) and "14 days" in str(question.blocks)
    before = snapshot(bot)
    bot.settle()  # a second pass at the same instant changes nothing
    assert snapshot(bot) == before

    refused = press(bot, "UE000", c2, "closing_done")  # not their pair
    assert "Only the two people" in str(refused) and not refused[0].get("replace_original")
    assert pairs(bot)[done][0] == RelationshipStatus.ACTIVE

    answered = press(bot, "UE000", c1, "closing_go_on")
    assert answered[0]["replace_original"] and "<@UE000> answered" in str(answered)
    assert "closing_go_on" not in str(answered)  # the buttons are gone, for both of them
    answered = press(bot, mentor2, c2, "closing_done")
    assert f"<@{mentor2}> answered: we're done" in str(answered)
    bot.settle()
    assert bot.fake.channels[c2].is_archived and not bot.fake.channels[c1].is_archived
    assert "will now be archived" in channel_texts(bot, c2)[-1]
    assert "Going on by themselves: 1 · Finished: 1 · Not answered yet: 1" in status(bot)

    travel(bot, 13)
    assert not bot.fake.channels[c3].is_archived
    travel(bot, 1)  # the grace days are over
    assert bot.fake.channels[c3].is_archived
    assert "will now be archived" in channel_texts(bot, c3)[-1]
    assert not bot.fake.channels[c1].is_archived
    ended = (RelationshipStatus.ENDED, False, "program_ended")
    assert pairs(bot) == {
        go_on: (RelationshipStatus.ACTIVE, True, None),
        done: ended,
        silent: ended,
    }
    shown = status(bot)
    assert "Going on by themselves: 1 · Finished: 2 · Not answered yet: 0" in shown
    # nothing about the pairs' answers was sent to them (the surveys' closing notices aside)
    about_pairs = [
        m for m in bot.fake.messages_in(COORDINATOR)[told_coordinator:] if "survey" not in m.text
    ]
    assert about_pairs == []
    before = snapshot(bot)
    travel(bot, 30)  # the pair that goes on is left in peace
    assert snapshot(bot) == before
    assert "UE000" not in status(bot)  # nor counted among the quiet pairs: it is on its own
