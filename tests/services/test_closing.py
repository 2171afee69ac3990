"""The program's end: each running or paused pair is asked once whether it goes on by itself;
going on keeps it, "done" or silence past the grace days ends it, and the coordinator sees
counts only."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, insert

from bot.domain.enums import OutboxStatus, ParticipantStatus, RelationshipStatus, Role
from bot.domain.errors import DomainError
from bot.services.access import Access
from bot.services.closing import QUESTION, Closing, ClosingQuestion, closing_counts
from bot.services.failures import FailureNotices
from bot.services.outbox import Outbox
from bot.services.people import People
from bot.services.planner import Planner
from bot.views.closing import closing_question
from storage.db import Database
from storage.models import (
    OutboxMessage,
    Participant,
    Person,
    Program,
    Relationship,
    RelationshipMember,
)
from tests.support import RecordingSlack

CREATED = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
LAST_DAY = date(2027, 4, 30)  # a three-month program from 1 February
# 07:00 UTC on 1 May is 09:00 in Copenhagen: the morning after the program's last day
DAY_AFTER = datetime(2027, 5, 1, 7, 0, tzinfo=UTC)
TEAM = "T1"


def fill(db: Database, statuses: list[str], *, starts_on: date = date(2027, 2, 1)) -> None:
    """One three-month program with a pair in each of these states; pair n is UR<n> & UE<n>."""
    stamps = {"created_at": CREATED, "updated_at": CREATED}
    with db.unit_of_work() as uow:
        uow.session.execute(
            insert(Program),
            [
                {
                    "id": 1,
                    "team_id": TEAM,
                    "name": "Leaders 2027",
                    "status": "running",
                    "starts_on": starts_on,
                    "months": 3,
                    "language": "en",
                    "timezone": "Europe/Copenhagen",
                    "country": "DK",
                    "created_at": CREATED,
                }
            ],
        )
        for n, status in enumerate(statuses, start=1):
            uow.session.add(
                Relationship(
                    id=n,
                    program_id=1,
                    status=status,
                    channel_id=f"C{n}",
                    rhythm_over=True,
                    created_at=CREATED,
                    launched_at=CREATED,
                )
            )
            for offset, role in ((0, Role.MENTOR), (1, Role.MENTEE)):
                person = 2 * n - 1 + offset
                user = f"{'UR' if role == Role.MENTOR else 'UE'}{n}"
                uow.session.add(Person(id=person, team_id=TEAM, user_id=user, **stamps))
                uow.session.flush()
                uow.session.add(
                    Participant(
                        id=person,
                        program_id=1,
                        person_id=person,
                        role=role,
                        status=ParticipantStatus.ACTIVE,
                        joined_at=CREATED,
                        updated_at=CREATED,
                    )
                )
                uow.session.flush()
                uow.session.add(
                    RelationshipMember(relationship_id=n, participant_id=person, role=role)
                )


@pytest.fixture
def slack() -> RecordingSlack:
    return RecordingSlack()


@pytest.fixture
def people(db: Database, slack: RecordingSlack) -> People:
    return People(db, slack, Access(frozenset({"UC"})), default_language="en")


@pytest.fixture
def outbox(db: Database, slack: RecordingSlack, people: People) -> Outbox:
    step = ClosingQuestion(db, people, closing_question)
    return Outbox(db, slack, {QUESTION: step}, FailureNotices(Access(frozenset())))


def refused(key: str):
    return pytest.raises(DomainError, match=f"^{re.escape(key)}$")


def pair(db: Database, rel_id: int) -> Relationship:
    with db.unit_of_work() as uow:
        return uow.relationships.get(rel_id)


def queued(db: Database, kind: str) -> list[OutboxMessage]:
    with db.unit_of_work() as uow:
        rows = uow.session.query(OutboxMessage).filter(OutboxMessage.kind == kind)
        return list(rows.order_by(OutboxMessage.id))


def asked(db: Database, outbox: Outbox, statuses: list[str]) -> Planner:
    """The pairs, their program over, asked in the morning after its last day."""
    fill(db, statuses)
    planner = Planner(db)
    planner.plan(now=DAY_AFTER)
    outbox.dispatch(now=DAY_AFTER)
    return planner


def test_nothing_is_asked_on_the_program_s_last_day(db: Database) -> None:
    fill(db, [RelationshipStatus.ACTIVE])
    report = Planner(db).plan(now=datetime(2027, 4, 30, 21, 59, tzinfo=UTC))  # 23:59 there
    assert report.worked == 0 and not queued(db, QUESTION)


def test_running_and_paused_pairs_are_asked_once_in_the_morning_after_the_last_day(
    db: Database, outbox: Outbox, slack: RecordingSlack
) -> None:
    statuses = [RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED, RelationshipStatus.ENDED]
    fill(db, statuses)
    planner = Planner(db)
    midnight = datetime(2027, 4, 30, 22, 5, tzinfo=UTC)  # five past midnight in Copenhagen
    assert planner.plan(now=midnight).worked == 2
    questions = queued(db, QUESTION)
    assert [q.recipient for q in questions] == ["C1", "C2"]
    assert {q.due_at for q in questions} == {DAY_AFTER}  # not in the night
    assert planner.plan(now=midnight + timedelta(hours=1)).worked == 0
    outbox.dispatch(now=DAY_AFTER)
    assert [channel for channel, _ in slack.posts] == ["C1", "C2"]
    assert "keep meeting on your own" in slack.posts[0][1]
    assert pair(db, 1).closing_asked_at == DAY_AFTER
    assert planner.plan(now=DAY_AFTER).worked == 0
    assert len(queued(db, QUESTION)) == 2


def test_going_on_keeps_the_pair_and_the_planner_leaves_it_be(
    db: Database, outbox: Outbox, people: People
) -> None:
    planner = asked(db, outbox, [RelationshipStatus.ACTIVE])
    closing = Closing(db, people)
    answer = closing.answer(
        team_id=TEAM, user_id="UE1", relationship_id=1, goes_on=True, now=DAY_AFTER
    )
    assert (answer.user_id, answer.goes_on, answer.language) == ("UE1", True, "en")
    kept = pair(db, 1)
    assert kept.status == RelationshipStatus.ACTIVE and kept.goes_on and kept.ended_at is None
    with refused("closing.error.answered"):
        closing.answer(team_id=TEAM, user_id="UR1", relationship_id=1, goes_on=False, now=DAY_AFTER)
    assert planner.plan(now=DAY_AFTER + timedelta(days=60)).worked == 0
    assert pair(db, 1).status == RelationshipStatus.ACTIVE
    assert not queued(db, "pair.farewell")


def test_done_ends_the_pair_with_a_farewell_and_no_text_for_anyone_else(
    db: Database, outbox: Outbox, people: People
) -> None:
    asked(db, outbox, [RelationshipStatus.PAUSED])
    Closing(db, people).answer(
        team_id=TEAM, user_id="UR1", relationship_id=1, goes_on=False, now=DAY_AFTER
    )
    ended = pair(db, 1)
    assert ended.status == RelationshipStatus.ENDED and ended.end_reason == "program_ended"
    assert [m.recipient for m in queued(db, "pair.farewell")] == ["C1"]
    assert not queued(db, "notice")  # nobody is told anything else, coordinators neither
    with db.unit_of_work() as uow:
        statuses = {p.status for p in uow.session.query(Participant)}
    assert statuses == {ParticipantStatus.SIGNED_UP}


def test_only_the_pair_answers_and_only_once_it_was_asked(
    db: Database, outbox: Outbox, people: People
) -> None:
    fill(db, [RelationshipStatus.ACTIVE, RelationshipStatus.ACTIVE])
    closing = Closing(db, people)
    with refused("closing.error.not_over"):
        closing.answer(team_id=TEAM, user_id="UE1", relationship_id=1, goes_on=True, now=CREATED)
    Planner(db).plan(now=DAY_AFTER)
    with refused("pair.error.not_member"):
        closing.answer(team_id=TEAM, user_id="UE2", relationship_id=1, goes_on=False, now=DAY_AFTER)
    assert pair(db, 1).status == RelationshipStatus.ACTIVE


def test_no_answer_ends_the_pair_when_the_grace_days_are_over(db: Database, outbox: Outbox) -> None:
    planner = asked(db, outbox, [RelationshipStatus.ACTIVE])
    assert planner.plan(now=DAY_AFTER + timedelta(days=14) - timedelta(minutes=1)).worked == 0
    assert pair(db, 1).status == RelationshipStatus.ACTIVE
    assert planner.plan(now=DAY_AFTER + timedelta(days=14)).worked == 1
    ended = pair(db, 1)
    assert ended.status == RelationshipStatus.ENDED and ended.end_reason == "program_ended"
    assert len(queued(db, "pair.farewell")) == 1
    assert planner.plan(now=DAY_AFTER + timedelta(days=15)).pairs == 0


def test_the_grace_days_count_from_when_the_question_was_posted(
    db: Database, outbox: Outbox
) -> None:
    fill(db, [RelationshipStatus.ACTIVE])
    planner = Planner(db)
    planner.plan(now=DAY_AFTER)
    late = DAY_AFTER + timedelta(days=3)  # Slack was down for three days
    outbox.dispatch(now=late)
    assert queued(db, QUESTION)[0].status == OutboxStatus.SENT
    assert planner.plan(now=DAY_AFTER + timedelta(days=15)).worked == 0
    assert planner.plan(now=late + timedelta(days=14)).worked == 1


def test_the_coordinator_sees_how_many_go_on_finished_or_have_not_answered(
    db: Database, outbox: Outbox, people: People
) -> None:
    states = [RelationshipStatus.ACTIVE] * 3 + [RelationshipStatus.ENDED]
    asked(db, outbox, states)
    closing = Closing(db, people)
    closing.answer(team_id=TEAM, user_id="UE1", relationship_id=1, goes_on=True, now=DAY_AFTER)
    closing.answer(team_id=TEAM, user_id="UE2", relationship_id=2, goes_on=False, now=DAY_AFTER)
    with db.unit_of_work() as uow:
        program = uow.programs.by_id(1)
        counts = closing_counts(uow, program, DAY_AFTER)
        before = closing_counts(uow, program, datetime(2027, 4, 30, 12, tzinfo=UTC))
    assert (counts.going_on, counts.finished, counts.waiting) == (1, 1, 1)  # pair 4 ended early
    assert before is None


def test_waiting_pairs_and_pairs_whose_end_has_not_come_cost_the_pass_nothing(
    db: Database, outbox: Outbox, people: People
) -> None:
    fill(db, [RelationshipStatus.ACTIVE] * 3)
    planner, statements = Planner(db), []
    event.listen(db.engine, "before_cursor_execute", lambda *_: statements.append(1))
    assert planner.plan(now=DAY_AFTER - timedelta(days=1)).worked == 0
    before_the_end, statements[:] = len(statements), []
    planner.plan(now=DAY_AFTER)
    outbox.dispatch(now=DAY_AFTER)
    Closing(db, people).answer(
        team_id=TEAM, user_id="UE1", relationship_id=1, goes_on=True, now=DAY_AFTER
    )
    statements[:] = []
    assert planner.plan(now=DAY_AFTER + timedelta(days=2)).worked == 0
    assert len(statements) == before_the_end <= 3  # the pairs' query (and the planner's lock)
