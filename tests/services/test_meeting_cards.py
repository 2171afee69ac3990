"""A meeting's card: what its prompts show about the pair, read as plain rows in the same few
statements for one meeting or a batch of them, and as this unit of work has changed it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, insert

from bot.domain.enums import MeetingStatus, ParticipantStatus, RelationshipStatus, Role
from bot.services.access import Access
from bot.services.meeting_steps import current
from bot.services.meetings import NO, YES, Meetings
from bot.services.people import People
from bot.services.rhythm import card, cards
from storage.db import Database
from storage.models import (
    Agreement,
    Meeting,
    OutboxMessage,
    Participant,
    Person,
    Program,
    Relationship,
    RelationshipMember,
)
from tests.support import RecordingSlack

CREATED = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
NOW = datetime(2027, 3, 1, 7, 0, tzinfo=UTC)
STAMPS = {"created_at": CREATED, "updated_at": CREATED}
PAIRS = 12


@pytest.fixture
def people(db: Database) -> People:
    return People(db, RecordingSlack(), Access(frozenset()), default_language="en")


@pytest.fixture
def filled(db: Database) -> Database:
    """Pairs 1..12 of one program: pair n is UR<n> & UE<n>, the mentee in New York, with two
    meetings held and one planned; the odd pairs have confirmed their agreement and read
    Danish."""
    rows: dict[type, list[dict]] = {model: [] for model in (Person, Participant, Relationship)}
    members, meetings, agreements = [], [], []
    for n in range(1, PAIRS + 1):
        rows[Relationship].append(
            {
                "id": n,
                "program_id": 1,
                "status": RelationshipStatus.ACTIVE,
                "channel_id": f"C{n}",
                "created_at": CREATED,
                "launched_at": CREATED,
            }
        )
        for offset, role, prefix in ((0, Role.MENTOR, "UR"), (1, Role.MENTEE, "UE")):
            person = 2 * n - 1 + offset
            danish = {"language": "da"} if n % 2 else {}
            rows[Person].append(
                {"id": person, "team_id": "T1", "user_id": f"{prefix}{n}"} | danish | STAMPS
            )
            zone = {"timezone": "America/New_York"} if role == Role.MENTEE else {}
            rows[Participant].append(
                {
                    "id": person,
                    "program_id": 1,
                    "person_id": person,
                    "role": role,
                    "status": ParticipantStatus.ACTIVE,
                    "joined_at": CREATED,
                    "updated_at": CREATED,
                }
                | zone
            )
            members.append({"relationship_id": n, "participant_id": person, "role": role})
        for seq, (days, status) in enumerate(
            ((-30, MeetingStatus.HELD), (-10, MeetingStatus.HELD), (5, MeetingStatus.PLANNED)),
            start=1,
        ):
            meetings.append(
                {
                    "relationship_id": n,
                    "seq": seq,
                    "starts_at": NOW + timedelta(days=days),
                    "duration_minutes": 90,
                    "status": status,
                }
                | STAMPS
            )
        if n % 2:
            agreements.append(
                {"relationship_id": n, "content": {"goals": "private"}, "drafted_by_id": 2 * n}
                | {"confirmed_at": CREATED}
                | STAMPS
            )
    with db.unit_of_work() as uow:
        program = {"id": 1, "team_id": "T1", "name": "Leaders 2027", "created_at": CREATED}
        where = {"language": "en", "timezone": "Europe/Copenhagen", "country": "DK"}
        uow.session.execute(
            insert(Program), [program | where | {"starts_on": date(2027, 2, 1), "months": 12}]
        )
        for model, values in rows.items():
            uow.session.execute(insert(model), values)
        uow.session.execute(insert(RelationshipMember), members)
        uow.session.execute(insert(Meeting), meetings)
        uow.session.execute(insert(Agreement), agreements)
    return db


def planned(uow) -> list[Meeting]:
    found = [uow.meetings.planned_of(n) for n in range(1, PAIRS + 1)]
    return [meeting for meeting in found if meeting is not None]


def test_a_card_shows_the_pair_as_it_is(filled: Database, people: People) -> None:
    with filled.unit_of_work() as uow:
        first, second = cards(uow, people, planned(uow)[:2], now=NOW)
    assert (first.mentor, first.mentee, first.channel_id) == ("UR1", "UE1", "C1")
    assert first.number == 3 and first.tz == "America/New_York"  # the mentee's zone
    assert (first.language, second.language) == ("da", "en")
    assert first.phase == "learning"  # the agreement confirmed and the second meeting held
    assert second.phase == "establishment"  # no agreement yet
    assert (first.program_name, first.minutes, first.status) == ("Leaders 2027", 90, "planned")


def test_the_cards_of_a_batch_cost_the_statements_of_one(filled: Database, people: People) -> None:
    statements: list[str] = []
    event.listen(filled.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    counts, read = [], []
    for how_many in (1, PAIRS):
        with filled.reading() as uow:
            meetings = planned(uow)[:how_many]
            statements.clear()
            shown = cards(uow, people, meetings, now=NOW)
            counts.append(len(statements))
            read += statements
        assert len(shown) == how_many
    assert counts[0] == counts[1] <= 2
    assert not any("content" in statement for statement in read)  # never the text


def test_a_batch_of_prompts_reads_its_meetings_and_pairs_once(
    filled: Database, people: People
) -> None:
    with filled.reading() as uow:
        versions = [(m.id, m.sequence) for m in planned(uow)]
    messages = [
        OutboxMessage(kind="meeting.prep", payload={"meeting": meeting, "sequence": sequence})
        for meeting, sequence in versions
    ]
    messages[1].payload = {"meeting": versions[1][0], "sequence": versions[1][1] + 1}  # moved
    statements: list[str] = []
    event.listen(filled.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    counts = []
    for batch in (messages[:1], messages):
        statements.clear()
        shown = current(filled, people, batch, NOW)
        counts.append(len(statements))
    assert counts[0] == counts[1] <= 3
    assert shown[1] is None  # a prompt about a version that moved says nothing
    assert [card.mentee for card in shown if card] == [
        f"UE{n}" for n in range(1, PAIRS + 1) if n != 2
    ]


def test_a_card_counts_what_this_unit_of_work_changed(filled: Database, people: People) -> None:
    with filled.unit_of_work() as uow:
        meeting = planned(uow)[0]
        nxt = uow.meetings.add(
            Meeting(
                relationship_id=meeting.relationship_id,
                seq=4,
                starts_at=meeting.starts_at + timedelta(days=40),
                duration_minutes=90,
                **STAMPS,
            )
        )
        meeting.status, meeting.held_at = MeetingStatus.HELD, meeting.starts_at  # not flushed
        assert card(uow, people, nxt, now=NOW).number == 4


@pytest.mark.parametrize("answer", [YES, NO])
def test_the_card_a_check_in_answers_with_is_the_meeting_as_stored(
    filled: Database, people: People, answer: str
) -> None:
    """The check-in draws its card from the pair it read before settling the meeting; it is
    the card a fresh read draws. Pair 1 has held one meeting and skipped one: the second held
    ends its establishment."""
    with filled.unit_of_work() as uow:
        uow.meetings.of_relationship(1)[0].status = MeetingStatus.SKIPPED
    with filled.reading() as uow:
        meeting = planned(uow)[0]
        version, later = f"{meeting.id}:{meeting.sequence}", meeting.ends_at + timedelta(hours=1)
    shown = Meetings(filled, people).checkin(
        team_id="T1", user_id="UE1", meeting=version, answer=answer, now=later
    )
    with filled.reading() as uow:
        assert uow.meetings.planned_of(meeting.relationship_id) is not None  # the next one
        assert shown == card(uow, people, uow.meetings.get(meeting.id), now=later)
    held = answer == YES
    assert shown.status == (MeetingStatus.HELD if held else MeetingStatus.SKIPPED)
    assert shown.phase == ("learning" if held else "establishment")
