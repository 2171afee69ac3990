"""`mentorbot demo`: a whole program, run by the real services against the demo's own Slack,
told as what each person saw; from the installed package, without tokens or tests/."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.demo import run
from bot.demo.cast import PLACES
from bot.texts import Texts

ROOT = Path(__file__).resolve().parent.parent
RESCHEDULED = {
    "en": "Tuesday 9 February 2027, 14:00-15:30",
    "da": "tirsdag den 9. februar 2027, 14:00-15:30",
    "sv": "tisdag den 9 februari 2027, 14:00-15:30",
}


@pytest.fixture(scope="module", params=["en", "da", "sv"])
def told(request: pytest.FixtureRequest) -> tuple[str, str]:
    out = io.StringIO()
    run(out, language=request.param, pairs=3, months=12)
    return request.param, out.getvalue()


def test_the_program_is_told_from_sign_up_to_the_archive(told: tuple[str, str]) -> None:
    language, text = told
    texts = Texts(language)
    for key in ("meeting.confirm", "prep.button", "checkin.yes", "reflect.button",
                "survey.answer", "closing.go_on"):  # fmt: skip
        assert f"[{texts(key)}]" in text, key
    assert f"reschedule {texts('demo.reschedule_words')}`" in text
    assert RESCHEDULED[language] in text  # what the bot understood, then the meeting moved
    assert "final-report.pdf" in text and "survey-results.png" in text
    assert text.count(texts("demo.archived", channel="x").split("x")[1]) == 2  # two of three


def test_every_slack_token_is_drawn_for_its_reader(told: tuple[str, str]) -> None:
    _, text = told
    assert not re.search(r"<@U|<!date|<#C|\*\w", text)
    assert "Traceback" not in text
    # the pair with a colleague abroad sees both zones; everyone else their own
    abroad = {"en": "New York", "da": "Nuuk", "sv": "Helsingfors"}[told[0]]
    assert re.search(rf"\d\d:\d\d-\d\d:\d\d \(\d\d:\d\d-\d\d:\d\d {abroad}\)", text)


def test_the_coordinator_never_sees_a_reflection_or_the_agreement(told: tuple[str, str]) -> None:
    language, text = told
    texts = Texts(language)
    private = [texts(f"demo.answer.reflection.{role}.{n}") for role in ("mentor", "mentee")
               for n in (0, 1)] + [texts("demo.answer.goals")]  # fmt: skip
    coordinator = PLACES[language].coordinator
    for box in _boxes(text):
        if coordinator in box[0] and "#" not in box[0]:
            assert not any(answer in line for line in box for answer in private), box[0]


def test_the_demo_runs_from_the_installed_command_without_tokens(tmp_path: Path) -> None:
    command = Path(sys.executable).with_name("mentorbot")
    env = {key: value for key, value in os.environ.items() if not key.startswith("SLACK_")}
    done = subprocess.run(
        [str(command), "demo", "--pairs", "1", "--months", "3"],
        cwd=tmp_path,  # not the checkout: nothing from tests/ can be imported
        env={**env, "PYTHONPATH": ""},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("mentorbot demo: a mentoring program of 1 pair over 3 months")
    assert done.stderr == ""


def test_sizes_out_of_range_are_refused_in_one_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "demo", "--pairs", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "a whole number from 1 to 10: '0'" in done.stderr


def _boxes(text: str) -> list[list[str]]:
    """Each thing shown, as its label line and the lines inside it."""
    boxes: list[list[str]] = []
    for line in text.splitlines():
        if line.lstrip().startswith("│") and boxes:
            boxes[-1].append(line)
        else:
            boxes.append([line])
    return boxes
