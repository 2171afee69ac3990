"""The Home tab's content: a participant's own pairs and sign-ups, and for a coordinator a
dashboard per program. A coordinator's part holds counts and names, never what a pair
wrote, said or answered."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain.cadence import add_months, phase
from bot.domain.enums import (
    MeetingStatus,
    ParticipantStatus,
    ProgramStatus,
    RelationshipStatus,
    Role,
)
from bot.ports import SlackGateway
from bot.records import HomeData, HomePair, HomeSignup, ProgramBoard
from bot.services.access import Access
from bot.services.deliveries import Step
from bot.services.health import pair_health, survey_lines
from bot.services.home_refresh import HOME_REFRESH
from bot.services.launches import launch_progress_of
from bot.services.people import People
from bot.services.programs import agreement_counts, program_info, program_of
from bot.services.rhythm import anchor_zone, cards, facts_of, rhythm_of
from storage.db import Database
from storage.models import Agreement, OutboxMessage, Participant, Program, Relationship
from storage.uow import UnitOfWork

_RUNNING = (RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED)
_WAITING = (ParticipantStatus.SIGNED_UP, ParticipantStatus.MATCHED)


class Home:
    """What the Home tab shows, and the one thing it does itself: send failed messages again."""

    def __init__(self, db: Database, access: Access, people: People) -> None:
        self.db = db
        self.access = access
        self.people = people

    def opened(self, *, team_id: str, user_id: str, now: datetime) -> HomeData:
        """The person opens their Home tab: what it shows, and from now on changes to their
        pairs (for a coordinator, to any pair of the workspace) redraw it."""
        with self.db.unit_of_work() as uow:
            data = self._of(uow, team_id, user_id, now)
            person = uow.people.get(team_id, user_id)
            if person is not None:
                person.home_opened_at = now
                person.home_board = data.is_coordinator
            return data

    def of(self, *, team_id: str, user_id: str, now: datetime) -> HomeData:
        """The person's Home: their pairs and sign-ups; a coordinator's programs besides."""
        with self.db.unit_of_work() as uow:
            return self._of(uow, team_id, user_id, now)

    def _of(self, uow: UnitOfWork, team_id: str, user_id: str, now: datetime) -> HomeData:
        person = uow.people.get(team_id, user_id)
        pairs: list[HomePair] = []
        signups: list[HomeSignup] = []
        mine: list[int] = []
        for participant, program in uow.participants.of_person(person.id) if person else []:
            mine.append(participant.id)
            if participant.status == ParticipantStatus.LEFT:
                continue
            running = uow.relationships.of_participant(participant.id, _RUNNING)
            pairs += [_pair(uow, self.people, rel, participant, program, now) for rel in running]
            if not running and participant.status in _WAITING:
                signups.append(_signup(participant, program))
        coordinator = self.access.is_coordinator(uow, team_id=team_id, user_id=user_id)
        return HomeData(
            tz=(person.tz if person else None) or "UTC",
            pairs=tuple(pairs),
            signups=tuple(signups),
            log_entries=uow.log.count_of(mine) if mine else 0,
            boards=_boards(uow, team_id, now) if coordinator else (),
            is_coordinator=coordinator,
        )

    def send_again(self, *, team_id: str, user_id: str, program_id: int, now: datetime) -> int:
        """The program's undelivered messages go out again; how many there were."""
        with self.db.unit_of_work() as uow:
            self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="status")
            program = program_of(uow, team_id, program_id)
            return uow.outbox.send_again(program.id, now)


def _pair(
    uow: UnitOfWork,
    people: People,
    rel: Relationship,
    participant: Participant,
    program: Program,
    now: datetime,
) -> HomePair:
    partner = next(m.participant for m in rel.members if m.participant_id != participant.id)
    meetings = uow.meetings.of_relationship(rel.id)
    agreement = uow.agreements.of_relationship(rel.id)
    planned = uow.meetings.planned_of(rel.id)
    pair = facts_of(uow, rel.id)
    today = now.astimezone(ZoneInfo(anchor_zone(pair))).date()
    return HomePair(
        relationship_id=rel.id,
        program_name=program.name,
        role=participant.role,
        partner=partner.person.user_id,
        partner_department=partner.department,
        partner_topics=partner.topics,
        channel_id=rel.channel_id or "",
        phase=phase(
            rhythm_of(rel, program),
            today,
            agreement_confirmed=bool(agreement and agreement.confirmed_at),
            second_meeting_held=sum(1 for m in meetings if m.status == MeetingStatus.HELD) >= 2,
        ),
        agreement=_agreement_state(agreement),
        paused_until=rel.paused_until if rel.status == RelationshipStatus.PAUSED else None,
        next_meeting=(
            cards(uow, people, [planned], now=now, pairs={pair.id: pair})[0]
            if planned is not None
            else None
        ),
    )


def _agreement_state(agreement: Agreement | None) -> str:
    if agreement is None:
        return "none"
    return "confirmed" if agreement.confirmed_at else "draft"


def _signup(participant: Participant, program: Program) -> HomeSignup:
    return HomeSignup(
        program_id=program.id,
        program_name=program.name,
        role=participant.role,
        status=participant.status,
        starts_on=program.starts_on,
    )


def _boards(uow: UnitOfWork, team_id: str, now: datetime) -> tuple[ProgramBoard, ...]:
    """The workspace's open and running programs, newest first."""
    programs = uow.programs.of_team(team_id, statuses=(ProgramStatus.OPEN, ProgramStatus.RUNNING))
    failed = uow.outbox.failed_counts([program.id for program in programs])
    return tuple(_board(uow, program, failed.get(program.id, 0), now) for program in programs)


def _board(uow: UnitOfWork, program: Program, failed: int, now: datetime) -> ProgramBoard:
    statuses = Counter(rel.status for rel in uow.relationships.of_program(program.id))
    roles = Counter(participant.role for participant, _ in uow.participants.active_in(program.id))
    running = program.status == ProgramStatus.RUNNING
    launch = uow.launches.of_program(program.id)
    return ProgramBoard(
        program=program_info(program, mentors=roles[Role.MENTOR], mentees=roles[Role.MENTEE]),
        month=_month(program, now) if running else None,
        pairs=statuses[RelationshipStatus.ACTIVE] + statuses[RelationshipStatus.PAUSED],
        proposed=statuses[RelationshipStatus.PROPOSED],
        agreements=agreement_counts(uow, program),
        health=pair_health(uow, program, now) if running else None,
        surveys=survey_lines(uow, program),
        launch=launch_progress_of(uow, launch)
        if launch is not None and launch.finished_at is None
        else None,
        failed=failed,
    )


def _month(program: Program, now: datetime) -> int:
    """The how-manieth month of the program it is today (1 to its length)."""
    today = now.astimezone(ZoneInfo(program.timezone)).date()
    month = 1
    while month < program.months and add_months(program.starts_on, month) <= today:
        month += 1
    return month


# Draws a Home tab in one language: (language, data) -> the view, as Slack takes it
HomeRenderer = Callable[[str, HomeData], dict[str, Any]]


@dataclass(frozen=True)
class PreparedHome:
    user_id: str
    view: dict[str, Any]


class HomeRefresh(Step):
    """A Home tab drawn anew after a change, as things stand when it is sent. If Slack
    refuses it for good, the message fails like any other, but nobody is told: the tab
    keeps its last version, and its next opening redraws it."""

    kind = HOME_REFRESH
    lane = "views.publish"
    told_when_failed = False  # a tab not redrawn keeps its last version; opening redraws it

    def __init__(self, home: Home, people: People, draw: HomeRenderer) -> None:
        self.home = home
        self.people = people
        self.draw = draw

    def prepare(self, message: OutboxMessage, now: datetime) -> PreparedHome:
        who = self.people.identify(team_id=message.team_id, user_id=message.recipient, now=now)
        data = self.home.of(team_id=message.team_id, user_id=message.recipient, now=now)
        return PreparedHome(message.recipient, self.draw(who.language, data))

    def send(self, slack: SlackGateway, prepared: PreparedHome) -> dict[str, Any]:
        slack.publish_home(prepared.user_id, prepared.view)
        return {}
