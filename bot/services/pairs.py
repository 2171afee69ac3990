"""What every use case about a running pair needs: its people, its language, and the one
way a pair ends (whoever ends it, the books stay the same)."""

from __future__ import annotations

from datetime import datetime

from bot.domain.enums import MeetingStatus, RelationshipStatus, Role
from bot.domain.errors import DomainError
from bot.records import PairPeople
from bot.services.home_refresh import refresh_pair
from bot.services.people import People
from bot.services.prompts import cancel_prompts
from storage.cards import PairFacts
from storage.models import Relationship
from storage.uow import UnitOfWork

BUSY = (RelationshipStatus.LAUNCHING, RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED)


def end_pair(
    uow: UnitOfWork, rel: Relationship, now: datetime, *, leaver: int | None = None
) -> None:
    """End the relationship: its planned meeting is called off, its people can be matched
    again (the `leaver` participant leaves instead), and a launch no longer waits for a
    pair that never started."""
    before = rel.end(now)
    call_off_planned(uow, rel, now)
    refresh_pair(uow, rel, now)
    for member in rel.members:
        others = uow.relationships.of_participant(member.participant_id, BUSY)
        if member.participant_id != leaver and not others:
            member.participant.move("release", now)
    if before == RelationshipStatus.LAUNCHING:
        launch = uow.launches.of_program(rel.program_id)
        if launch is not None:
            launch.pairs -= 1
            launch.reported = -1


def call_off_planned(uow: UnitOfWork, rel: Relationship, now: datetime) -> None:
    """The pair's planned meeting is called off, and its prompts are not sent either."""
    planned = uow.meetings.planned_of(rel.id)
    if planned is not None:
        planned.status, planned.updated_at = MeetingStatus.CANCELLED, now
        cancel_prompts(uow, planned)


def my_pair(
    uow: UnitOfWork,
    team_id: str,
    user_id: str,
    *,
    relationship_id: int | None = None,
    channel_id: str = "",
    statuses: tuple[str, ...] = (RelationshipStatus.ACTIVE,),
    errors: str = "pair",
) -> Relationship:
    """One of the person's own pairs: the one named, else this channel's, else their only one.
    Anyone else is refused, coordinators too; `errors` is the prefix of the refusals' keys."""
    if relationship_id is not None:  # a button about one pair: is it theirs, and running?
        named = uow.relationships.find(relationship_id)
        if named is None or named.status not in statuses or not _member(named, team_id, user_id):
            raise DomainError(f"{errors}.error.not_member")
        return named
    person = uow.people.get(team_id, user_id)
    mine = []
    if person is not None:
        for participant, _ in uow.participants.of_person(person.id):
            mine += uow.relationships.of_participant(participant.id, statuses)
    if len(mine) > 1:
        mine = [rel for rel in mine if rel.channel_id == channel_id]
        if not mine:
            raise DomainError(f"{errors}.error.which")
    if not mine:
        raise DomainError(f"{errors}.error.no_pair")
    return mine[0]


def is_member(pair: PairFacts, team_id: str, user_id: str) -> bool:
    """Whether the person belongs to the pair, read as plain rows (as `my_pair` checks it)."""
    return any(m.team_id == team_id and m.user_id == user_id for m in pair.members)


def _member(rel: Relationship, team_id: str, user_id: str) -> bool:
    return any(
        m.participant.person.team_id == team_id and m.participant.person.user_id == user_id
        for m in rel.members
    )


def user_ids(uow: UnitOfWork, rel: Relationship) -> dict[str, str]:
    """Role -> Slack user id of the pair's members."""
    return {m.role: m.participant.person.user_id for m in rel.members}


def pair_language(uow: UnitOfWork, people: People, rel: Relationship) -> str:
    """The language both members read, else the program's."""
    program = uow.programs.by_id(rel.program_id)
    persons = [m.participant.person for m in rel.members]
    return common_language(people, [(p.language, p.locale) for p in persons], program.language)


def common_language(
    people: People, members: list[tuple[str | None, str | None]], program: str
) -> str:
    """The language every member reads (each given as their own choice and Slack locale),
    else the program's."""
    languages = {
        people.language_for(chosen=chosen, locale=locale, program=program)
        for chosen, locale in members
    }
    return languages.pop() if len(languages) == 1 else program


def pair_people(uow: UnitOfWork, people: People, rel: Relationship) -> PairPeople:
    """What a message to the pair shows about it."""
    program = uow.programs.by_id(rel.program_id)
    members = {m.role: m.participant for m in rel.members}
    users = user_ids(uow, rel)
    return PairPeople(
        relationship_id=rel.id,
        program_name=program.name,
        shape=program.shape,
        meeting_minutes=program.meeting_minutes,
        mentor=users[Role.MENTOR],
        mentee=users[Role.MENTEE],
        mentor_department=members[Role.MENTOR].department,
        mentee_department=members[Role.MENTEE].department,
        language=pair_language(uow, people, rel),
    )
