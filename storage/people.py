"""Queries about people and their sign-ups."""

from __future__ import annotations

from sqlalchemy import bindparam, select, true
from sqlalchemy.orm import Session

from storage.lookup import by_id, flushed, one_by_id
from storage.models import Participant, Person, Program

# Asked on every change to a pair: built once (see storage/outbox.py's _MARK_SENT).
_BY_USER = select(Person).where(
    Person.team_id == bindparam("team_id"), Person.user_id == bindparam("user_id")
)
_OF_USERS = select(Person).where(
    Person.team_id == bindparam("team_id"),
    Person.user_id.in_(bindparam("user_ids", expanding=True)),
)
_PERSON = Person.__table__
# On the table: plain user ids, read whenever a pair changes (the Home tabs to draw again).
_WATCHING_BOARDS = select(_PERSON.c.user_id).where(
    _PERSON.c.team_id == bindparam("team_id"), _PERSON.c.home_board == true()
)


class PersonRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, team_id: str, user_id: str) -> Person | None:
        return self.session.scalar(_BY_USER, {"team_id": team_id, "user_id": user_id})

    def by_id(self, person_id: int) -> Person:
        return one_by_id(self.session, Person, person_id)

    def of_users(self, team_id: str, user_ids: set[str]) -> dict[str, Person]:
        """User id -> person, for those of these people the bot knows, in one query."""
        if not user_ids:
            return {}
        params = {"team_id": team_id, "user_ids": list(user_ids)}
        return {person.user_id: person for person in self.session.scalars(_OF_USERS, params)}

    def by_ids(self, person_ids: set[int]) -> dict[int, Person]:
        if not person_ids:
            return {}
        found = self.session.scalars(select(Person).where(Person.id.in_(person_ids)))
        return {person.id: person for person in found}

    def find(self, person_id: int | None) -> Person | None:
        return by_id(self.session, Person, person_id) if person_id is not None else None

    def add(self, person: Person) -> Person:
        self.session.add(person)
        self.session.flush()
        return person

    def watching_boards(self, team_id: str) -> list[str]:
        """The user ids of those whose Home tab, once opened, shows a coordinator's dashboard.
        What this unit of work changed is flushed first."""
        params = {"team_id": team_id}
        return list(flushed(self.session).scalars(_WATCHING_BOARDS, params))

    def coordinators(self, team_id: str) -> list[Person]:
        return list(
            self.session.scalars(
                select(Person).where(Person.team_id == team_id, Person.is_coordinator.is_(True))
            )
        )

    def latest_program_language(self, person_id: int) -> str | None:
        """The default language of the newest program the person signed up for."""
        return self.session.scalar(
            select(Program.language)
            .join(Participant, Participant.program_id == Program.id)
            .where(Participant.person_id == person_id)
            .order_by(Program.created_at.desc())
            .limit(1)
        )
