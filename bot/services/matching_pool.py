"""The people of a program as matching sees them: candidates with their managers up the line,
earlier partners, time zone and the places mentors have left."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from zoneinfo import ZoneInfo

from bot.domain import refs
from bot.domain.candidates import Candidate
from bot.domain.enums import ParticipantStatus, RelationshipStatus, Role
from bot.domain.errors import DomainError
from storage.models import Participant, Person, Program
from storage.uow import UnitOfWork

MANAGER_LEVELS = 5
MATCHABLE = (ParticipantStatus.SIGNED_UP, ParticipantStatus.MATCHED)
BUSY = (RelationshipStatus.ACTIVE, RelationshipStatus.LAUNCHING)  # pairs that use up a place


class Pool:
    """The program's matchable people as candidates, by participant id and by Slack id."""

    def __init__(self, uow: UnitOfWork, program: Program) -> None:
        relationships = uow.relationships
        # In a running program: who is without a pair, and mentors with a place left.
        signed_up = [
            (participant, person)
            for participant, person in uow.participants.active_in(program.id)
            if participant.status in MATCHABLE
            or (participant.role == Role.MENTOR and participant.status == ParticipantStatus.ACTIVE)
        ]
        managers = relationships.managers(program.team_id)
        partners = relationships.past_partners(program.team_id, program.id)
        noon = datetime.combine(program.starts_on, time(12))
        self.by_id: dict[int, Candidate] = {}
        self.roles: dict[int, str] = {}
        self.users: dict[int, str] = {}
        self.departments: dict[int, str] = {}
        self.ids: dict[str, int] = {}
        for participant, person in signed_up:
            candidate = _candidate(participant, person, managers, partners, program, noon)
            taken = len(relationships.of_participant(participant.id, BUSY))
            if taken >= candidate.capacity:
                continue
            candidate = replace(candidate, capacity=candidate.capacity - taken)
            self.by_id[participant.id] = candidate
            self.roles[participant.id] = participant.role
            self.users[participant.id] = person.user_id
            self.departments[participant.id] = participant.department
            self.ids[person.user_id] = participant.id
        self.mentors = [c for i, c in self.by_id.items() if self.roles[i] == Role.MENTOR]
        self.mentees = [c for i, c in self.by_id.items() if self.roles[i] == Role.MENTEE]

    def mentee(self, user_id: str) -> Candidate:
        return self._of(user_id, Role.MENTEE, "match.error.not_mentee")

    def mentor(self, user_id: str) -> Candidate:
        return self._of(user_id, Role.MENTOR, "match.error.not_mentor")

    def _of(self, user_id: str, role: str, key: str) -> Candidate:
        participant_id = self.ids.get(user_id)
        if participant_id is None or self.roles[participant_id] != role:
            raise DomainError(key, user=refs.user(user_id))
        return self.by_id[participant_id]


def _candidate(
    participant: Participant,
    person: Person,
    managers: dict[int, int],
    partners: dict[int, set[int]],
    program: Program,
    noon: datetime,
) -> Candidate:
    chain: list[int] = []
    boss = participant.manager_id
    while boss is not None and boss not in chain and len(chain) < MANAGER_LEVELS:
        chain.append(boss)
        boss = managers.get(boss)
    zone = participant.timezone or person.tz or program.timezone
    try:
        offset = ZoneInfo(zone).utcoffset(noon)
    except (KeyError, ValueError):
        offset = ZoneInfo(program.timezone).utcoffset(noon)
    return Candidate(
        id=participant.id,
        person_id=person.id,
        department=participant.department,
        organisation=participant.organisation,
        managers=frozenset(chain),
        languages=frozenset(code for code in participant.languages.split(",") if code),
        topics=participant.topics,
        experience=participant.experience_years,
        utc_offset=offset.total_seconds() / 3600 if offset else 0.0,
        weekdays=frozenset(day for day in participant.weekdays.split(",") if day),
        time_of_day=participant.time_of_day,
        capacity=participant.capacity if participant.role == Role.MENTOR else 1,
        past_partners=frozenset(partners.get(person.id, ())),
    )
