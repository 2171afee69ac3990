"""Confidentiality over every surface a coordinator sees: `/mentor status`, the survey results,
the export (CSV, chart, report), the App Home dashboard and the bot's direct messages to them.
Nothing a pair wrote reaches them; survey words never stand beside a name; and a group under
the threshold shows nothing at all."""

from __future__ import annotations

import io
import json

import pypdf

from tests.integration.conftest import COORDINATOR, RunningBot
from tests.integration.test_agreement import GOALS, launch, pair_of, write_agreement
from tests.integration.test_home import open_home
from tests.integration.test_surveys import MENTEES, MENTORS, answer, open_midway

NOTE = "My manager and I disagree about the reorganisation"
SAID = ("Meetings at lunch would suit us better", "Clearer goals", "Nothing to change")
PEOPLE = [*MENTEES, *MENTORS]
NAMES = [f"{role} {n}" for role in ("Mentor", "Mentee") for n in range(3)]


def coordinator_surfaces(bot: RunningBot) -> dict[str, str]:
    """Everything the coordinator can read, by where it is shown, as text."""
    shown = {}
    for line in ("status", "program list", "survey results", "export"):
        bot.driver.command(COORDINATOR, line)
        shown[f"/mentor {line}"] = json.dumps(bot.answer_to(bot.driver.last_response_url))
    bot.settle()
    shown["App Home"] = json.dumps(open_home(bot, COORDINATOR)["blocks"], ensure_ascii=False)
    for message in bot.fake.messages_in(COORDINATOR):
        shown[f"DM {message.ts}"] = message.text + json.dumps(message.blocks or [])
    for file in bot.fake.files_in(COORDINATOR):
        shown[f"file {file.name} {file.id}"] = _readable(file.name, file.content)
    return shown


def _readable(name: str, content: bytes) -> str:
    if name.endswith(".pdf"):
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages)
    if name.endswith(".csv"):
        return content.decode("utf-8-sig")
    return ""  # a chart is pixels: tests/views/test_charts.py checks what it draws


def set_up(bot: RunningBot) -> None:
    launch(bot, 3)
    rel, channel, _ = pair_of(bot, "UE000")
    write_agreement(bot, "UE000", rel, channel)
    bot.driver.command("UE000", f"log {NOTE}", channel_id=channel)
    bot.answer_to(bot.driver.last_response_url)
    open_midway(bot)


def test_no_coordinator_surface_shows_what_a_pair_wrote_or_names_beside_answers(
    bot: RunningBot,
) -> None:
    set_up(bot)
    for user_id, score, words in zip(("UE000", "UE001", "UR000"), "453", SAID, strict=True):
        assert answer(bot, user_id, score, words).status == 200
    surfaces = coordinator_surfaces(bot)
    assert {"file survey-results.csv", "file final-report.pdf"} <= {
        " ".join(key.split()[:2]) for key in surfaces
    }
    for where, text in surfaces.items():
        assert GOALS not in text and NOTE not in text, where
        if any(words in text for words in SAID):  # answers are shown here: nobody is named
            for person in PEOPLE + NAMES:
                assert person not in text, f"{person} beside the answers in {where}"
    answered = [where for where, text in surfaces.items() if all(w in text for w in SAID)]
    assert "/mentor survey results" in answered
    assert any(where.startswith("file survey-results.csv") for where in answered)
    assert any(where.startswith("file final-report.pdf") for where in answered)


def test_under_the_threshold_no_surface_shows_the_answers_or_their_mean(bot: RunningBot) -> None:
    set_up(bot)
    for user_id, score, words in zip(("UE000", "UR000"), "15", SAID[:2], strict=True):
        assert answer(bot, user_id, score, words).status == 200
    for where, text in coordinator_surfaces(bot).items():
        for words in SAID:
            assert words not in text, where
        for mean in ("mean *", "3.0", "3,0"):  # (1 + 5) / 2, in any language's writing
            assert mean not in text, where
