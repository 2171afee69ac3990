import sqlite3
import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, select, text
from sqlalchemy.exc import OperationalError

import storage.db
from bot.domain.enums import MeetingStatus, OutboxStatus
from storage.db import Conflict, Database
from storage.migrate import upgrade
from storage.models import Base, Meeting, OutboxMessage, Person, Program, Relationship
from storage.outbox import Queued


def test_migrations_from_empty_match_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    assert differences == []


def test_upgrading_twice_changes_nothing(db: Database) -> None:
    upgrade(db.engine)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_instants_come_back_as_aware_utc(db: Database) -> None:
    copenhagen = timezone(timedelta(hours=1))
    created = datetime(2027, 3, 1, 10, 0, tzinfo=copenhagen)
    with db.unit_of_work() as uow:
        uow.session.add(Person(team_id="T1", user_id="U1", created_at=created, updated_at=created))
    with db.unit_of_work() as uow:
        stored = uow.session.query(Person).one().created_at
    assert stored == created
    assert stored.utcoffset() == timedelta(0)
    assert stored.tzinfo is not None and stored.astimezone(UTC) == stored


def test_foreign_keys_are_enforced_and_a_failed_unit_of_work_leaves_nothing(db: Database) -> None:
    now = datetime(2027, 1, 1, tzinfo=UTC)
    with pytest.raises(Conflict), db.unit_of_work() as uow:
        uow.session.add(Person(team_id="T1", user_id="U9", created_at=now, updated_at=now))
        uow.session.flush()
        uow.session.add(
            Program(
                team_id="T1",
                name="x",
                starts_on=now.date(),
                language="en",
                timezone="UTC",
                country="DK",
                created_by_id=12345,
                created_at=now,
            )
        )
    with db.unit_of_work() as uow:
        assert uow.session.query(Person).count() == 0


def test_a_reading_sees_what_was_committed_and_does_not_wait_for_a_writer(db: Database) -> None:
    now = datetime(2027, 1, 1, tzinfo=UTC)
    with db.unit_of_work() as uow:
        uow.session.add(
            Person(team_id="T1", user_id="U1", name="old", created_at=now, updated_at=now)
        )
    writing, done = threading.Event(), threading.Event()

    def writer() -> None:
        with db.unit_of_work() as uow:
            uow.session.query(Person).one().name = "new"
            uow.flush()
            writing.set()
            done.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert writing.wait(10)
        with db.reading() as uow:  # on SQLite a unit of work would wait here for the writer
            assert uow.session.query(Person).one().name == "old"
    finally:
        done.set()
        thread.join()
    with db.reading() as uow:
        assert uow.session.query(Person).one().name == "new"


def test_a_reading_refuses_to_write(db: Database) -> None:
    now = datetime(2027, 1, 1, tzinfo=UTC)
    with pytest.raises(RuntimeError, match="read-only"), db.reading() as uow:
        uow.session.add(Person(team_id="T1", user_id="U1", created_at=now, updated_at=now))
        uow.flush()
    with db.reading() as uow:
        assert uow.session.query(Person).count() == 0


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive"), db.unit_of_work() as uow:
        naive = datetime(2027, 1, 1)
        uow.session.add(Person(team_id="T1", user_id="U1", created_at=naive, updated_at=naive))


def test_one_process_at_a_time_holds_an_exclusive_job(database_url: str) -> None:
    first, second = Database(database_url), Database(database_url)
    try:
        with first.exclusive("job") as mine:
            assert mine
            with second.exclusive("job") as theirs:
                assert theirs == first.is_sqlite  # SQLite runs one process; PostgreSQL locks
        with second.exclusive("job") as theirs:
            assert theirs  # released when the holder is done
    finally:
        first.dispose()
        second.dispose()


def test_a_write_lock_not_had_in_time_is_sqlalchemys_error(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage.db, "SQLITE_BUSY_TIMEOUT_MS", 100)  # a tenth of a second
    db = Database(f"sqlite:///{tmp_path / 'locked.db'}")
    upgrade(db.engine)
    holder = sqlite3.connect(tmp_path / "locked.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process writing
    try:
        with pytest.raises(OperationalError, match="locked"), db.unit_of_work() as uow:
            uow.session.execute(text("SELECT 1"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.dispose()


def test_a_meeting_updated_by_statement_is_stored_and_left_clean(db: Database) -> None:
    now = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    held = datetime(2027, 3, 2, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    with db.unit_of_work() as uow:
        uow.session.add(a_program(now))
        uow.session.add(Relationship(id=1, program_id=1, created_at=now))
        uow.session.flush()
        meeting = uow.meetings.add(
            Meeting(
                relationship_id=1,
                seq=1,
                starts_at=now,
                duration_minutes=60,
                created_at=now,
                updated_at=now,
            )
        )
        meeting_id = meeting.id
    with db.unit_of_work() as uow:
        meeting = uow.meetings.find(meeting_id)
        assert meeting is not None
        uow.meetings.update(meeting, status=MeetingStatus.HELD, held_at=held, updated_at=held)
        assert (meeting.status, meeting.held_at) == (MeetingStatus.HELD, held)
        assert not uow.session.dirty  # nothing left for the commit to flush
    with db.unit_of_work() as uow:
        stored = uow.meetings.find(meeting_id)
        assert stored is not None
        assert (stored.status, stored.held_at, stored.updated_at) == (
            MeetingStatus.HELD,
            held,
            held,
        )
        assert stored.held_at is not None and stored.held_at.utcoffset() == timedelta(0)


def test_a_pair_updated_by_statement_changes_the_stored_row_and_the_object_held(
    db: Database,
) -> None:
    now = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    with db.unit_of_work() as uow:
        uow.session.add(a_program(now))
        uow.session.add(Relationship(id=1, program_id=1, status="paused", created_at=now))
    with db.unit_of_work() as uow:
        held = uow.session.get(Relationship, 1)
        assert held is not None
        uow.relationships.update(1, status="active", paused_until=None, rhythm_over=True)
        assert (held.status, held.rhythm_over) == ("active", True)
        assert not uow.session.dirty
        uow.relationships.update(2, status="ended")  # no such pair: nothing changes
    with db.unit_of_work() as uow:
        stored = uow.session.get(Relationship, 1)
        assert stored is not None and (stored.status, stored.rhythm_over) == ("active", True)


def test_a_meeting_planned_comes_back_as_its_stored_row(db: Database) -> None:
    now = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    starts = datetime(2027, 3, 8, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    with db.unit_of_work() as uow:
        uow.session.add_all([a_program(now), Relationship(id=1, program_id=1, created_at=now)])
        stamps = {"created_at": now, "updated_at": now}
        planned = uow.meetings.plan(
            relationship_id=1, seq=1, starts_at=starts, duration_minutes=75, **stamps
        )
        assert (planned.status, planned.sequence, planned.prompted) == ("planned", 0, -1)
        assert planned.starts_at == starts and planned.ends_at == starts + timedelta(minutes=75)
        assert not any(isinstance(row, Meeting) for row in uow.session.identity_map.values())
        assert uow.meetings.row(planned.id, lock=True) == planned
        assert uow.meetings.history(1) == [planned]
    with db.unit_of_work() as uow:
        assert uow.meetings.get(planned.id).duration_minutes == 75


def test_a_meeting_added_comes_back_as_stored_and_held_by_the_unit_of_work(db: Database) -> None:
    now = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    starts = datetime(2027, 3, 8, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    with db.unit_of_work() as uow:
        uow.session.add(a_program(now))
        relationship = Relationship(id=1, program_id=1, created_at=now)
        uow.session.add(relationship)  # not flushed: the meeting's insert flushes it first
        meeting = uow.meetings.add(
            Meeting(relationship_id=1, seq=1, starts_at=starts, created_at=now, updated_at=now)
        )
        assert meeting.id is not None and uow.meetings.find(meeting.id) is meeting
        assert (meeting.status, meeting.duration_minutes, meeting.sequence) == (
            MeetingStatus.PLANNED,
            90,
            0,
        )
        assert (meeting.fits, meeting.closing, meeting.held_at) == (True, False, None)
        assert meeting not in uow.session.dirty and meeting not in uow.session.new
        meeting.confirmed_at = now  # changed afterwards, as any row read: flushed at the end
        meeting_id = meeting.id
    with db.unit_of_work() as uow:
        stored = uow.meetings.find(meeting_id)
        assert stored is not None
        assert (stored.starts_at, stored.confirmed_at) == (starts, now)
        assert [m.id for m in uow.meetings.of_relationship(1)] == [meeting_id]


def test_statements_commit_on_their_kept_connection_and_a_failed_block_writes_nothing(
    db: Database,
) -> None:
    now = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    with db.unit_of_work() as uow:
        uow.outbox.add_many([Queued(f"k{n}", "T1", "x", "C1", {}, now) for n in (1, 2)], now)
        first, second = sorted(m.id for m in uow.session.scalars(select(OutboxMessage)))
    taken: list[int] = []  # connections taken from the pool
    event.listen(db.engine.pool, "checkout", lambda *_: taken.append(1))
    with db.statements() as statements:
        statements.outbox.mark_sent(first, {"ts": "1.1"}, now)
    with pytest.raises(RuntimeError), db.statements() as statements:
        statements.outbox.mark_sent(second, {"ts": "2.2"}, now)
        raise RuntimeError("the block failed after its statement")
    with db.statements() as statements:  # a connection to work on all the same
        statements.outbox.mark_sent(first, {"ts": "1.1"}, now)
    # On SQLite the first connection served the second block, which closed it on failing;
    # on PostgreSQL each block takes its own from the pool (its pre-ping checks it).
    assert len(taken) == (2 if db.is_sqlite else 3)
    with db.reading() as uow:
        stored = {m.id: m for m in uow.session.scalars(select(OutboxMessage))}
    assert (stored[first].status, stored[first].attempts) == (OutboxStatus.SENT, 2)
    assert (stored[second].status, stored[second].result) == (OutboxStatus.PENDING, None)


def a_program(now: datetime) -> Program:
    """Program 1, for the pairs and meetings a test stores."""
    return Program(
        id=1,
        team_id="T1",
        name="p",
        starts_on=now.date(),
        language="en",
        timezone="UTC",
        country="DK",
        created_at=now,
    )
