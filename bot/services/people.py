"""People: who is asking, which language they read, whether they coordinate."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.domain import language
from bot.domain.errors import DomainError, SlackError
from bot.ports import SlackGateway, SlackProfile
from storage.db import Database
from storage.models import Person
from storage.people import PersonRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Who:
    team_id: str
    user_id: str
    language: str
    is_coordinator: bool


class People:
    """Knows people by their Slack ids; fetches a profile once, on first contact."""

    def __init__(
        self,
        db: Database,
        slack: SlackGateway,
        *,
        default_language: str,
        coordinators: frozenset[str],
    ) -> None:
        self.db = db
        self.slack = slack
        self.default_language = default_language
        self.bootstrap_coordinators = coordinators

    def identify(self, *, team_id: str, user_id: str, now: datetime) -> Who:
        """Who is asking; the first time, their Slack profile (time zone, locale) is stored."""
        with self.db.unit_of_work() as session:
            person = PersonRepository(session).get(team_id, user_id)
            if person is not None:
                return self._who(session, person)
        try:
            profile = self.slack.profile(user_id)
        except SlackError as error:
            log.warning("users.info failed for a new person: %s", error.code)
            return Who(
                team_id, user_id, self.default_language, user_id in self.bootstrap_coordinators
            )
        return self._remember(team_id, profile, now)

    def set_language(self, *, team_id: str, user_id: str, choice: str, now: datetime) -> Who:
        """Store the person's own language choice, which wins over every default."""
        choice = choice.strip().lower()
        if choice not in language.LANGUAGES:
            raise DomainError("language.unknown", given=choice)
        self.identify(team_id=team_id, user_id=user_id, now=now)
        with self.db.unit_of_work() as session:
            person = PersonRepository(session).get(team_id, user_id)
            if person is None:  # Slack did not answer: remember the choice all the same
                person = PersonRepository(session).add(_new_person(team_id, user_id, now))
            person.language = choice
            person.updated_at = now
            return self._who(session, person)

    def language_of(self, session: Session, person: Person) -> str:
        """The language this person reads, inside an open unit of work."""
        return language.choose(
            chosen=person.language,
            locale=person.locale,
            program=PersonRepository(session).latest_program_language(person.id),
            default=self.default_language,
        )

    def _remember(self, team_id: str, profile: SlackProfile, now: datetime) -> Who:
        try:
            with self.db.unit_of_work() as session:
                person = _new_person(team_id, profile.user_id, now)
                person.name, person.email = profile.name, profile.email
                person.tz, person.locale = profile.tz, profile.locale
                person.deleted = profile.deleted
                PersonRepository(session).add(person)
                return self._who(session, person)
        except IntegrityError:  # a parallel request stored them first
            with self.db.unit_of_work() as session:
                stored = PersonRepository(session).get(team_id, profile.user_id)
                assert stored is not None
                return self._who(session, stored)

    def _who(self, session: Session, person: Person) -> Who:
        return Who(
            team_id=person.team_id,
            user_id=person.user_id,
            language=self.language_of(session, person),
            is_coordinator=person.is_coordinator or person.user_id in self.bootstrap_coordinators,
        )


def _new_person(team_id: str, user_id: str, now: datetime) -> Person:
    return Person(team_id=team_id, user_id=user_id, name="", created_at=now, updated_at=now)
