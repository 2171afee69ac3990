"""Unexpected failures: the person is told politely, Slack gets no 500, nothing half-written."""

import pytest

from tests.integration.conftest import RunningBot, opened_view
from tests.integration.forms import signup_form
from tests.integration.test_programs import create_program


def test_a_failing_form_submission_is_answered_in_the_form(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_program(bot)
    bot.driver.command("UEMMA", "join")
    view = opened_view(bot, "signup_modal")

    def broken(**_: object) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(bot.runtime.services.signups, "submit", broken)
    reply = bot.driver.view_submission("UEMMA", view=view, values=signup_form())
    assert reply.status == 200
    assert "database went away" not in reply.body
    assert "nothing was changed" in reply.json["errors"]["role"]


def test_a_failing_command_is_answered_in_the_persons_language(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_: object) -> None:
        raise RuntimeError("boom")

    bot.driver.command("UANNA", "help")  # Anna is known now, in Danish
    bot.answer_to(bot.driver.last_response_url)
    monkeypatch.setattr(bot.runtime.services.programs, "list", broken)
    monkeypatch.setattr(bot.runtime.services.programs, "pick", broken)
    reply = bot.driver.command("UANNA", "join")
    assert reply.status == 200
    assert "gik noget galt" in bot.answer_to(bot.driver.last_response_url)["text"]
