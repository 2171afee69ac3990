"""Sign-ups from CSV: through the Slack modal and through `mentorbot import`, twice."""

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from storage.models import Participant
from tests.fakeslack.driver import text_value
from tests.integration.conftest import COORDINATOR, RunningBot, opened_view
from tests.integration.forms import values
from tests.integration.test_programs import create_program

HEADER = "email;role;department;manager_email;experience;topics;languages;capacity"
DEPARTMENTS = ("Sundhed", "Teknik", "Skole", "Kultur")


def add_people(bot: RunningBot, count: int = 20) -> list[str]:
    lines = []
    for n in range(count):
        email = f"person{n:02d}@kommune.dk"
        bot.fake.add_user(f"UP{n:02d}", real_name=f"Person {n}", email=email, locale="da-DK")
        role = "mentor" if n % 2 == 0 else "mentee"
        topics = "" if n == 19 else f"Emne {n}"
        lines.append(f"{email};{role};{DEPARTMENTS[n % 4]};;{n};{topics};dansk,engelsk;{1 + n % 3}")
    return [HEADER, *lines]


def stored(bot: RunningBot) -> list[Participant]:
    with bot.runtime.db.unit_of_work() as uow:
        return list(uow.session.scalars(select(Participant)))


def import_through_slack(bot: RunningBot, text: str) -> dict | None:
    before = len(bot.fake.messages_in(COORDINATOR))
    bot.driver.command(COORDINATOR, "program import")
    view = opened_view(bot, "import_modal")
    reply = bot.driver.view_submission(
        COORDINATOR, view=view, values=values({"csv": text_value(text)})
    )
    if reply.json:
        return reply.json
    bot.wait_for(lambda: len(bot.fake.messages_in(COORDINATOR)) > before)
    return None


def last_dm(bot: RunningBot, user_id: str = COORDINATOR) -> str:
    return bot.fake.messages_in(user_id)[-1].text


def test_twenty_people_from_slack_and_the_same_file_again_changes_nothing(bot: RunningBot) -> None:
    create_program(bot)
    text = "\n".join(add_people(bot))
    assert import_through_slack(bot, text) is None
    assert "new 20, updated 0, unchanged 0, not imported 0" in last_dm(bot)
    assert len(stored(bot)) == 20
    welcomed = bot.wait_for(lambda: bot.fake.messages_in("UP07"))
    assert "Velkommen" in welcomed[0].text
    assert import_through_slack(bot, text) is None
    assert "new 0, updated 0, unchanged 20, not imported 0" in last_dm(bot)
    assert len(bot.fake.messages_in("UP07")) == 1  # welcomed once


def test_the_roster_counts_roles_departments_capacity_and_gaps(bot: RunningBot) -> None:
    create_program(bot)
    import_through_slack(bot, "\n".join(add_people(bot)))
    bot.driver.command(COORDINATOR, "status")
    roster = str(bot.answer_to(bot.driver.last_response_url)["blocks"])
    assert "Mentors: 10 · Mentees: 10" in roster
    capacity = sum(1 + n % 3 for n in range(0, 20, 2))
    assert f"can take in all: {capacity}" in roster
    assert "Sundhed: 5 / 0" in roster and "Teknik: 0 / 5" in roster
    assert "<@UP19> (Mentee): What you want to work on" in roster


def test_a_wrong_header_is_refused_in_the_form(bot: RunningBot) -> None:
    create_program(bot)
    answer = import_through_slack(bot, "mail,rolle\nx@y.dk,mentor\n")
    assert answer["response_action"] == "errors"
    assert "Missing: email, role" in answer["errors"]["csv"]
    assert stored(bot) == []


def test_broken_and_unknown_lines_are_rejected_with_reasons_and_the_rest_imported(
    bot: RunningBot,
) -> None:
    create_program(bot)
    header, *lines = add_people(bot, 5)
    lines = [
        *lines[:3],
        "nobody@kommune.dk;mentee;Skole;;2;Emne;da;",
        "person00@kommune.dk;mentor;Skole;;2;Emne;da;1",  # twice in the file
        "person03@kommune.dk;mentee;Skole;person03@kommune.dk;2;Emne;da;",  # own manager
        "person04@kommune.dk;mentor;Skole;;2;Emne;da;7",
        "broken line",
        "x@kommune.dk;chef;Skole;;;;;",
    ]
    import_through_slack(bot, "\n".join([header, *lines]))
    report = last_dm(bot)
    assert "new 3," in report and "not imported 6" in report
    report_blocks = str(bot.fake.messages_in(COORDINATOR)[-1].blocks)
    assert "Line 5 (nobody@kommune.dk)" in report_blocks
    assert "appears more than once" in report_blocks
    assert "own manager" in report_blocks
    assert "1, 2 or 3 mentees" in report_blocks
    assert "same number of columns" in report_blocks
    assert "Choose mentor or mentee" in report_blocks
    assert len(stored(bot)) == 3


def test_the_command_line_imports_an_excel_file_and_a_second_run_changes_nothing(
    bot: RunningBot, tmp_path: Path
) -> None:
    create_program(bot)
    data = ("\ufeff" + "\r\n".join(add_people(bot)) + "\r\n").encode("utf-8")
    (tmp_path / "signups.csv").write_bytes(data)
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": bot.fake.bot_token,
        "SLACK_API_URL": bot.fake.api_url,
        "DATABASE_URL": bot.runtime.settings.database_url,
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", "import", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            cwd=tmp_path,
        )

    first = run("signups.csv", "--program", "1")
    assert first.returncode == 0, first.stderr
    assert "new 20, updated 0, unchanged 0, not imported 0" in first.stdout
    second = run("signups.csv")
    assert "new 0, updated 0, unchanged 20" in second.stdout
    (tmp_path / "bad.csv").write_text("name,mail\nx,y\n")
    for args, named in (
        (("bad.csv",), "header"),
        (("missing.csv",), "cannot read"),
        (("signups.csv", "--program", "9"), "no program with the number 9"),
    ):
        refused = run(*args)
        assert refused.returncode == 2, refused.stdout
        assert named in refused.stderr and "Traceback" not in refused.stderr


def test_empty_cells_keep_what_people_entered_themselves(bot: RunningBot) -> None:
    create_program(bot)
    header, first, *_ = add_people(bot, 1)
    import_through_slack(bot, f"{header}\n{first}")
    import_through_slack(bot, f"{header}\nperson00@kommune.dk;mentor;;;;;;")
    (participant,) = stored(bot)
    assert (participant.department, participant.topics) == ("Sundhed", "Emne 0")
    assert "unchanged 1" in last_dm(bot)
