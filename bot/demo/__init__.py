"""`mentorbot demo`: a whole program simulated without Slack and without tokens, printed as
what each person saw and when. The bot's real services run on a temporary SQLite database;
DemoSlack stands in for Slack behind the services' gateway port; time is travelled."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TextIO

from bot.config import from_env
from bot.demo.cast import COORDINATOR, PLACES, Person, cast
from bot.demo.clock import DemoClock
from bot.demo.render import city
from bot.demo.slack import DemoSlack
from bot.demo.stage import Stage
from bot.demo.story import SIGNUP_AT, Story
from bot.demo.transcript import Transcript
from bot.main import build_services
from bot.ports import NoMeter
from bot.texts import Texts
from storage.db import Database
from storage.migrate import upgrade


def run(out: TextIO, *, language: str = "en", pairs: int = 3, months: int = 12) -> None:
    """Tell a program of `pairs` pairs over `months` months, in `language`, to `out`."""
    texts = Texts(language)
    place = PLACES[language]
    coordinator, people = cast(language, pairs)
    everyone = {person.user_id: person for person in (coordinator, *people)}
    clock = DemoClock(SIGNUP_AT)
    slack = DemoSlack(clock.now)
    for person in everyone.values():
        slack.add_person(person.user_id, person.name, person.zone, texts("demo.locale"))
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'demo.db'}"
        db = Database(url)
        upgrade(db.engine)
        settings = from_env(
            {
                "DATABASE_URL": url,
                "MENTORBOT_COORDINATORS": COORDINATOR,
                "MENTORBOT_LANGUAGE": language,
                "MENTORBOT_TIMEZONE": place.zone,
            },
            require_slack=False,
        )
        services = build_services(settings, db, slack, clock, NoMeter())
        transcript = Transcript(out, texts, slack, everyone, place.zone)
        _introduce(transcript, texts, coordinator, people, pairs, months)
        stage = Stage(services, slack, clock, transcript, coordinator, people, language=language)
        story = Story(
            stage,
            months=months,
            program_name=texts("demo.program"),
            country=place.country,
        )
        story.tell()
        transcript.heading("")
        transcript.heading(texts("demo.end", messages=len(slack.posted)))
        db.dispose()


def _introduce(
    transcript: Transcript,
    texts: Texts,
    coordinator: Person,
    people: list[Person],
    pairs: int,
    months: int,
) -> None:
    title = "demo.title.one" if pairs == 1 else "demo.title"
    transcript.heading(texts(title, pairs=pairs, months=months))
    transcript.heading(texts("demo.lead", city=city(coordinator.zone, texts)))
    transcript.heading("")
    transcript.heading(texts("demo.cast"))
    for person in (coordinator, *people):
        role = texts(f"demo.role.{person.role}")
        where = f", {person.department}" if person.department else ""
        transcript.heading(f"  {person.name}: {role}{where} ({city(person.zone, texts)})")
