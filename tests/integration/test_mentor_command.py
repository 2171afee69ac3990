"""`/mentor` over HTTP: signed requests in, answers through the response URL."""

from urllib.parse import urlencode

from sqlalchemy import func, select

from storage.models import Person
from tests.integration.conftest import COORDINATOR, RunningBot


def text_of(answer: dict) -> str:
    return (
        answer["text"]
        + "\n"
        + "\n".join(block["text"]["text"] for block in answer.get("blocks", []) if "text" in block)
    )


def test_help_is_acked_within_three_seconds_and_answered_ephemerally(bot: RunningBot) -> None:
    reply = bot.driver.command("UEMMA", "help")
    assert reply.status == 200
    assert reply.elapsed < 3
    answer = bot.answer_to(bot.driver.last_response_url)
    assert answer.get("response_type", "ephemeral") == "ephemeral"
    assert "mentorbot" in text_of(answer)
    assert "/mentor language" in text_of(answer)


def test_an_unknown_subcommand_says_what_was_wrong_and_shows_help(bot: RunningBot) -> None:
    bot.driver.command("UEMMA", "frobnicate now")
    answer = text_of(bot.answer_to(bot.driver.last_response_url))
    assert "I don't know the command `frobnicate`" in answer
    assert "/mentor help" in answer


def test_user_input_cannot_ping_anyone(bot: RunningBot) -> None:
    bot.driver.command("UEMMA", "<!channel>")
    answer = text_of(bot.answer_to(bot.driver.last_response_url))
    assert "<!channel>" not in answer and "&lt;!channel&gt;" in answer


def test_help_is_in_the_persons_slack_language(bot: RunningBot) -> None:
    bot.driver.command("UANNA", "")
    assert "Dine kommandoer" in text_of(bot.answer_to(bot.driver.last_response_url))
    bot.driver.command("USVEN", "help")
    assert "Dina kommandon" in text_of(bot.answer_to(bot.driver.last_response_url))


def test_own_language_choice_wins_from_then_on(bot: RunningBot) -> None:
    bot.driver.command("UANNA", "language sv")
    assert "på svenska" in text_of(bot.answer_to(bot.driver.last_response_url))
    bot.driver.command("UANNA", "help")
    assert "Dina kommandon" in text_of(bot.answer_to(bot.driver.last_response_url))


def test_an_unknown_language_is_explained_in_the_persons_language(bot: RunningBot) -> None:
    bot.driver.command("UANNA", "language klingon")
    assert "Jeg kan ikke skrive på `klingon`" in text_of(
        bot.answer_to(bot.driver.last_response_url)
    )


def test_a_participant_is_refused_a_coordinator_command(bot: RunningBot) -> None:
    bot.driver.command("UEMMA", "match")
    assert "Only a program coordinator" in text_of(bot.answer_to(bot.driver.last_response_url))


def test_a_coordinator_is_told_when_a_command_is_not_there_yet(bot: RunningBot) -> None:
    bot.driver.command(COORDINATOR, "mydata")
    assert "not available yet" in text_of(bot.answer_to(bot.driver.last_response_url))


def test_a_bad_signature_is_refused_and_changes_nothing(bot: RunningBot) -> None:
    body = urlencode(
        {
            "command": "/mentor",
            "text": "language da",
            "user_id": "UEMMA",
            "team_id": "T0001",
            "response_url": bot.fake.new_response_url(),
            "trigger_id": "1.2.3",
        }
    ).encode()
    form = "application/x-www-form-urlencoded"
    assert bot.driver.raw(body, content_type=form, signature="v0=" + "0" * 64).status == 401
    stale = bot.driver.raw(body, content_type=form, timestamp=1_600_000_000)
    assert stale.status == 401
    with bot.runtime.db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 0
    assert bot.fake.responses == []


def test_healthz_answers_while_the_database_answers(bot: RunningBot) -> None:
    import json
    import urllib.request

    with urllib.request.urlopen(f"{bot.url}/healthz", timeout=5) as response:
        assert response.status == 200
        assert json.load(response) == {"status": "ok"}


def test_the_home_tab_shows_the_overview(bot: RunningBot) -> None:
    reply = bot.driver.event({"type": "app_home_opened", "user": "USVEN", "tab": "home"})
    assert reply.status == 200
    bot.wait_for(lambda: bot.fake.home_views.get("USVEN"))
    blocks = bot.fake.home_views["USVEN"]["blocks"]
    assert any("Dina kommandon" in block.get("text", {}).get("text", "") for block in blocks)
