"""People: who is asking, which language they read, whether they coordinate."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain import language, refs
from bot.domain.errors import DomainError, SlackError
from bot.ports import SlackGateway, SlackProfile
from bot.services.access import Access
from storage.db import Conflict, Database
from storage.models import Person
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Who:
    team_id: str
    user_id: str
    language: str
    is_coordinator: bool
    tz: str = "UTC"  # their Slack time zone

    @property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")


class People:
    """Knows people by their Slack ids; fetches a profile once, on first contact."""

    def __init__(
        self, db: Database, slack: SlackGateway, access: Access, *, default_language: str
    ) -> None:
        self.db = db
        self.slack = slack
        self.access = access
        self.default_language = default_language

    def identify(self, *, team_id: str, user_id: str, now: datetime) -> Who:
        """Who is asking; the first time, their Slack profile (time zone, locale) is stored."""
        with self.db.reading() as uow:
            person = uow.people.get(team_id, user_id)
            if person is not None:
                return self._who(uow, person)
        try:
            profile = self.slack.profile(user_id)
        except SlackError as error:
            log.warning("users.info failed for a new person: %s", error.code)
            coordinator = user_id in self.access.bootstrap
            return Who(team_id, user_id, self.default_language, coordinator)
        return self._remember(team_id, profile, now)

    def set_language(self, *, team_id: str, user_id: str, choice: str, now: datetime) -> Who:
        """Store the person's own language choice, which wins over every default."""
        choice = choice.strip().lower()
        if choice not in language.LANGUAGES:
            raise DomainError("language.unknown", given=choice)
        self.identify(team_id=team_id, user_id=user_id, now=now)
        with self.db.unit_of_work() as uow:
            person = uow.people.get(team_id, user_id)
            if person is None:  # Slack did not answer: remember the choice all the same
                person = uow.people.add(_new_person(team_id, user_id, now))
            person.language = choice
            person.updated_at = now
            return self._who(uow, person)

    def language_of(self, uow: UnitOfWork, person: Person, *, program: str | None = None) -> str:
        """The language this person reads, inside an open unit of work; `program` is the
        language of the program the message is about (else their newest program's)."""
        program = program or uow.people.latest_program_language(person.id)
        return self.language_for(chosen=person.language, locale=person.locale, program=program)

    def language_for(self, *, chosen: str | None, locale: str | None, program: str | None) -> str:
        """The language of someone who chose `chosen`, has Slack in `locale`, and is in a
        program in `program`: as `language_of`, from the values themselves."""
        return language.choose(
            chosen=chosen, locale=locale, program=program, default=self.default_language
        )

    def add_coordinator(self, *, team_id: str, user_id: str, target_id: str, now: datetime) -> None:
        """Make someone a coordinator of this workspace's programs."""
        self._require_coordinator(team_id, user_id, now)
        profile = self._profile_of(target_id)
        with self.db.unit_of_work() as uow:
            person = remember(uow, team_id, profile, now)
            if person.is_coordinator or target_id in self.access.bootstrap:
                raise DomainError("coordinators.error.already", user=refs.user(target_id))
            person.is_coordinator = True

    def remove_coordinator(
        self, *, team_id: str, user_id: str, target_id: str, now: datetime
    ) -> None:
        """Take the coordinator role away; those named in the settings keep it."""
        self._require_coordinator(team_id, user_id, now)
        if target_id in self.access.bootstrap:
            raise DomainError("coordinators.error.from_settings", user=refs.user(target_id))
        with self.db.unit_of_work() as uow:
            person = uow.people.get(team_id, target_id)
            if person is None or not person.is_coordinator:
                raise DomainError("coordinators.error.not_one", user=refs.user(target_id))
            others = [p for p in uow.people.coordinators(team_id) if p.user_id != target_id]
            if not others and not self.access.bootstrap:
                raise DomainError("coordinators.error.last")
            person.is_coordinator = False
            person.updated_at = now

    def coordinator_ids(self, *, team_id: str) -> list[str]:
        """Everyone who coordinates in this workspace: from the settings and added since."""
        with self.db.unit_of_work() as uow:
            return self.access.coordinator_ids(uow, team_id=team_id)

    def _require_coordinator(self, team_id: str, user_id: str, now: datetime) -> None:
        self.identify(team_id=team_id, user_id=user_id, now=now)
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(
                uow, team_id=team_id, user_id=user_id, word="program coordinators"
            )

    def _profile_of(self, user_id: str) -> SlackProfile:
        try:
            profile = self.slack.profile(user_id)
        except SlackError as error:
            raise DomainError("error.user_unknown", user=refs.user(user_id)) from error
        if profile.deleted or profile.is_bot:
            raise DomainError("error.user_unavailable", user=refs.user(user_id))
        return profile

    def _remember(self, team_id: str, profile: SlackProfile, now: datetime) -> Who:
        try:
            with self.db.unit_of_work() as uow:
                return self._who(uow, remember(uow, team_id, profile, now))
        except Conflict:  # a parallel request stored them first
            with self.db.unit_of_work() as uow:
                stored = uow.people.get(team_id, profile.user_id)
                assert stored is not None
                return self._who(uow, stored)

    def _who(self, uow: UnitOfWork, person: Person) -> Who:
        return Who(
            team_id=person.team_id,
            user_id=person.user_id,
            language=self.language_of(uow, person),
            is_coordinator=person.is_coordinator or person.user_id in self.access.bootstrap,
            tz=person.tz or "UTC",
        )


def remember(uow: UnitOfWork, team_id: str, profile: SlackProfile, now: datetime) -> Person:
    """Store or refresh a person from their Slack profile, inside an open unit of work."""
    person = uow.people.get(team_id, profile.user_id) or uow.people.add(
        _new_person(team_id, profile.user_id, now)
    )
    person.name, person.email = profile.name, profile.email
    person.tz, person.locale = profile.tz, profile.locale
    person.deleted = profile.deleted
    person.updated_at = now
    return person


def _new_person(team_id: str, user_id: str, now: datetime) -> Person:
    return Person(team_id=team_id, user_id=user_id, name="", created_at=now, updated_at=now)
