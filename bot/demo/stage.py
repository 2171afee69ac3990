"""What every act of the demo shares: the services and the Slack they post to, the clock and
its agenda, the narrator, the people and their pairs, and what has been shown already."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.demo.cast import Person
from bot.demo.clock import Agenda, DemoClock
from bot.demo.slack import DemoSlack
from bot.demo.transcript import Transcript
from bot.domain.enums import Role
from bot.domain.errors import DomainError
from bot.services import Services
from bot.texts import Texts
from bot.views.messages import notice
from bot.views.refs import refusal

TEAM = "T0DEMO"


class Stage:
    """The world every act sees and changes: one for the whole story."""

    def __init__(
        self,
        services: Services,
        slack: DemoSlack,
        clock: DemoClock,
        transcript: Transcript,
        coordinator: Person,
        people: list[Person],
        *,
        language: str,
    ) -> None:
        self.services, self.slack, self.clock, self.out = services, slack, clock, transcript
        self.agenda = Agenda(clock)
        self.coordinator = coordinator
        self.people = {person.user_id: person for person in people}
        self.language = language
        self.texts = Texts(language)
        self.handled: set[tuple[str | None, str]] = set()
        self.pairs: dict[str, tuple[str, str]] = {}  # channel -> (mentor, mentee)
        self.program_id = 0

    def plan(self, at: datetime, act: Callable[[], None]) -> None:
        self.agenda.plan(at, act)

    def remember_pair(self, channel: str) -> None:
        if channel in self.pairs:
            return
        readers = self.slack.readers(channel)
        mentor = next((u for u in readers if self.people[u].role == Role.MENTOR), None)
        mentee = next((u for u in readers if self.people[u].role == Role.MENTEE), None)
        if mentor and mentee:
            self.pairs[channel] = (mentor, mentee)

    def types(self, person: Person, command: str) -> None:
        self.out.act(self.clock.now(), "demo.types", name=person.name, command=command)

    def presses(self, person: Person, label: str) -> None:
        self.out.act(self.clock.now(), "demo.presses", name=person.name, button=label)

    def refused(self, user: str, error: DomainError) -> None:
        """The refusal the person sees when what they pressed no longer applies."""
        self.out.private(user, notice(refusal(self.texts, error)).as_kwargs())

    def again(self, what: str) -> bool:
        """Whether this has been shown before (and from now on it has)."""
        return not self.first(what)

    def first(self, what: str) -> bool:
        first = (None, what) not in self.handled
        self.handled.add((None, what))
        return first
