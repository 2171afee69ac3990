"""The App Home tab over HTTP: what a participant and a coordinator see, the buttons on it,
and that the coordinator's dashboard never shows what a pair wrote."""

from __future__ import annotations

import json

from sqlalchemy import select

from storage.models import OutboxMessage
from tests.integration.conftest import COORDINATOR, RunningBot
from tests.integration.test_agreement import GOALS, launch, pair_of, write_agreement
from tests.integration.test_launch import sign_up
from tests.integration.test_programs import create_program


def open_home(bot: RunningBot, user_id: str) -> dict:
    """Open the Home tab as Slack does, and return the view the bot published."""
    before = bot.fake.home_views.get(user_id)
    bot.driver.event({"type": "app_home_opened", "user": user_id, "tab": "home"})
    return bot.wait_for(lambda: _newer(bot, user_id, before))  # type: ignore[return-value]


def _newer(bot: RunningBot, user_id: str, before: dict | None) -> dict | None:
    """The tab, once published anew (each publish gets a new hash)."""
    current = bot.fake.home_views.get(user_id)
    if current is None or (before is not None and current["hash"] == before["hash"]):
        return None
    return current


def home_text(view: dict) -> str:
    return json.dumps(view["blocks"], ensure_ascii=False)


def elements(view: dict) -> list[dict]:
    """Every button and select on the tab, top to bottom."""
    found = []
    for block in view["blocks"]:
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            if element.get("action_id"):
                found.append(element)
    return found


def home_buttons(view: dict) -> dict[str, dict]:
    """Action id -> the first element with it."""
    found: dict[str, dict] = {}
    for element in elements(view):
        found.setdefault(element["action_id"], element)
    return found


def run_button(view: dict, line: str) -> str:
    """The action id of the button that runs this `/mentor` line."""
    return next(
        e["action_id"]
        for e in elements(view)
        if e["action_id"].startswith("home_run_") and e["value"] == line
    )


def press(bot: RunningBot, user_id: str, view: dict, action_id: str, **extra) -> None:
    element = home_buttons(view)[action_id]
    bot.driver.block_action(user_id, action_id, value=element.get("value"), view=view, **extra)


def test_someone_new_sees_how_to_join_and_the_help(bot: RunningBot) -> None:
    view = open_home(bot, "UEMMA")
    text = home_text(view)
    assert view["type"] == "home"
    assert "/mentor join" in text and "Your commands" in text
    assert "Coordinator" not in text


def test_a_mentee_sees_partner_next_meeting_agreement_and_log_book(bot: RunningBot) -> None:
    launch(bot, 1)
    rel, channel, mentor = pair_of(bot, "UE000")
    view = open_home(bot, "UE000")
    text = home_text(view)
    assert f"<@{mentor}>" in text and f"<#{channel}>" in text
    assert "you are the mentee" in text and "<!date^" in text
    assert "not written your agreement" in text
    controls = home_buttons(view)
    assert {"meeting_reschedule", "meeting_skip", "agreement_open", "log_write", "log_page"} <= set(
        controls
    )
    assert controls["agreement_open"]["value"] == str(rel)
    assert len(view["blocks"]) <= 100


def test_skip_on_the_home_tab_answers_in_the_dm_and_redraws_the_tab(bot: RunningBot) -> None:
    launch(bot, 1)
    _, channel, _ = pair_of(bot, "UE000")
    view = open_home(bot, "UE000")
    first = home_text(view)
    press(bot, "UE000", view, "meeting_skip")
    bot.wait_for(lambda: _dm_texts(bot, "UE000"))
    bot.settle()
    bot.wait_for(lambda: home_text(bot.fake.home_views["UE000"]) != first)
    assert any("skip" in t.lower() for t in (m.text for m in bot.fake.messages_in(channel)))


def _dm_texts(bot: RunningBot, user_id: str) -> list[str]:
    """What the bot wrote in its direct messages with this person."""
    return [m.text for m in bot.fake.messages_in(user_id)]


def test_the_language_picked_on_the_tab_redraws_it_in_that_language(bot: RunningBot) -> None:
    view = open_home(bot, "UEMMA")
    choice = {"value": "sv", "text": {"type": "plain_text", "text": "Svenska"}}
    press(bot, "UEMMA", view, "home_language", selected_option=choice)
    swedish = bot.wait_for(
        lambda: "Språk" in home_text(bot.fake.home_views["UEMMA"]) and bot.fake.home_views["UEMMA"]
    )
    assert "Your commands" not in home_text(swedish)  # type: ignore[arg-type]
    bot.driver.command("UEMMA", "help")
    assert "Dina kommandon" in json.dumps(bot.answer_to(bot.driver.last_response_url))


def test_the_coordinator_dashboard_counts_and_names_without_what_pairs_wrote(
    bot: RunningBot,
) -> None:
    launch(bot, 2)
    rel, channel, _ = pair_of(bot, "UE000")
    write_agreement(bot, "UE000", rel, channel)
    bot.driver.command("UE000", "log A private thought about my manager", channel_id=channel)
    bot.answer_to(bot.driver.last_response_url)
    view = open_home(bot, COORDINATOR)
    text = home_text(view)
    assert "Coordinator" in text and "month 1 of 12" in text.replace("running, ", "")
    assert "pairs running: 2" in text
    assert GOALS not in text and "private thought" not in text and "manager" not in text
    assert len(view["blocks"]) <= 100
    runs = {e["value"] for e in elements(view) if e["action_id"].startswith("home_run_")}
    assert {"program new", "program list", "survey midway 1", "export 1"} <= runs


def test_a_dashboard_button_runs_its_command_and_answers_in_the_dm(bot: RunningBot) -> None:
    create_program(bot)
    view = open_home(bot, COORDINATOR)
    status = run_button(view, "status 1")
    bot.driver.block_action(COORDINATOR, status, value="status 1", view=view)
    bot.wait_for(lambda: any("Sign-ups" in t for t in _dm_texts(bot, COORDINATOR)))


def test_a_tampered_run_button_is_refused_like_typing_it(bot: RunningBot) -> None:
    create_program(bot)
    view = open_home(bot, "UEMMA")
    bot.driver.block_action("UEMMA", "home_run_0", value="status 1", view=view)
    bot.wait_for(lambda: any("coordinator" in t.lower() for t in _dm_texts(bot, "UEMMA")))


def test_failed_deliveries_are_shown_and_sent_again(bot: RunningBot) -> None:
    create_program(bot)
    sign_up(bot, 1)
    bot.driver.command(COORDINATOR, "match")
    bot.answer_to(bot.driver.last_response_url)
    bot.fake.inject("conversations.create", error="restricted_action")  # refused for good
    bot.driver.command(COORDINATOR, "launch")
    bot.answer_to(bot.driver.last_response_url)
    bot.settle()
    assert not [c for c in bot.fake.channels.values() if c.name.startswith("mentor-")]
    view = open_home(bot, COORDINATOR)
    assert "could not be delivered: 1" in home_text(view)
    press(bot, COORDINATOR, view, "home_send_again")
    bot.wait_for(lambda: any("send 1 " in t for t in _dm_texts(bot, COORDINATOR)))
    bot.settle()
    assert [c for c in bot.fake.channels.values() if c.name.startswith("mentor-")]
    assert "could not be delivered" not in home_text(open_home(bot, COORDINATOR))


def test_only_a_coordinator_may_send_again(bot: RunningBot) -> None:
    create_program(bot)
    view = open_home(bot, "UEMMA")
    bot.driver.block_action("UEMMA", "home_send_again", value="1", view=view)
    bot.wait_for(lambda: any("coordinator" in t for t in _dm_texts(bot, "UEMMA")))


def test_a_change_by_the_partner_redraws_the_tab_of_who_has_opened_it(bot: RunningBot) -> None:
    launch(bot, 1)
    rel, channel, mentor = pair_of(bot, "UE000")
    before = open_home(bot, "UE000")
    assert "not written your agreement" in home_text(before)
    assert mentor not in bot.fake.home_views  # the mentor never opened the tab
    write_agreement(bot, mentor, rel, channel)
    bot.settle()
    after = bot.wait_for(lambda: _newer(bot, "UE000", before))
    assert "not written your agreement" not in home_text(after)
    assert len(after["blocks"]) <= 100
    assert mentor not in bot.fake.home_views  # nobody is drawn a tab they never opened


def test_a_tab_slack_refuses_to_draw_is_left_as_it_was_and_no_one_is_told(
    bot: RunningBot,
) -> None:
    launch(bot, 1)
    rel, channel, mentor = pair_of(bot, "UE000")
    before = open_home(bot, "UE000")
    bot.fake.inject("views.publish", error="invalid_arguments", times=5)
    write_agreement(bot, mentor, rel, channel)
    bot.settle()
    assert bot.fake.faults_left("views.publish") < 5  # it was tried, and refused
    assert bot.fake.home_views["UE000"]["hash"] == before["hash"]
    told = [m.text for m in bot.fake.messages_in(COORDINATOR) if "could not" in m.text]
    assert told == []
    with bot.runtime.db.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "home.refresh")
        )
        assert [row.status for row in rows] == ["failed"]  # failed, kept, and not told


def test_a_coordinators_dashboard_is_redrawn_when_a_pair_changes(bot: RunningBot) -> None:
    launch(bot, 1)
    rel, channel, mentor = pair_of(bot, "UE000")
    before = open_home(bot, COORDINATOR)
    write_agreement(bot, mentor, rel, channel)
    bot.settle()
    after = bot.wait_for(lambda: _newer(bot, COORDINATOR, before))
    assert after["hash"] != before["hash"]
    assert GOALS not in home_text(after)  # counts and names, never what the pair wrote
