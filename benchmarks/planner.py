"""Benchmark: a planner pass over N running pairs that have nothing to do.

    .venv/bin/python -m benchmarks.planner                     # 5,000 pairs on SQLite
    .venv/bin/python -m benchmarks.planner --database-url postgresql://postgres@127.0.0.1:5432/test

Every pair is ACTIVE with its channel and one PLANNED meeting in the future whose prompts are
queued (`prompted == sequence`), inserted in bulk through the storage models. With a
PostgreSQL URL the run creates a scratch database on that server and drops it afterwards.
The target: a pass in under 1 s, in a number of SQL statements that does not grow with the
pairs (the same count on a tenth of them). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, text
from sqlalchemy.engine import make_url

from bot.config import database_url as normalise_url
from bot.domain.enums import (
    MeetingStatus,
    ParticipantStatus,
    ProgramStatus,
    RelationshipStatus,
    Role,
)
from bot.services.planner import Planner, PlanReport
from storage.db import Database
from storage.migrate import upgrade
from storage.models import (
    Meeting,
    Participant,
    Person,
    Program,
    Relationship,
    RelationshipMember,
)

NOW = datetime(2027, 6, 1, 7, 0, tzinfo=UTC)
CREATED = NOW - timedelta(days=120)
STAMPS = {"created_at": CREATED, "updated_at": CREATED}
TEAM, PAIRS_A_PROGRAM = "T0001", 500


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database-url", help="a PostgreSQL server to run on instead of SQLite")
    args = parser.parse_args()
    with scratch_database(args.database_url) as db:
        started = time.perf_counter()
        fill(db, args.pairs)
        filled = time.perf_counter() - started
        unanalysed = measure(db, 1)[0][0] if not db.is_sqlite else None
        analyse(db)
        seconds, statements, report = measure(db, args.runs)
    with scratch_database(args.database_url) as db:
        fill(db, args.pairs // 10)
        analyse(db)
        _, small, _ = measure(db, 1)
    print(f"a planner pass over {args.pairs} running pairs with nothing to do ({db.engine.name})")
    print(f"  rows inserted in bulk in {filled:.1f} s")
    print(
        f"  {args.runs} runs: min {min(seconds) * 1000:.0f} ms, "
        f"median {statistics.median(seconds) * 1000:.0f} ms "
        f"(pairs {report.pairs}, with work {report.worked})"
    )
    if unanalysed is not None:
        print(f"  before ANALYZE (fresh tables, no statistics): {unanalysed * 1000:.0f} ms")
    print(f"  SQL statements a pass: {statements} ({small} on {args.pairs // 10} pairs)")
    fast = "met" if min(seconds) < 1 else "NOT met"
    constant = "constant" if statements == small else "GROWS with the pairs"
    print(f"  target under 1 s: {fast}; statements {constant}")


@contextmanager
def scratch_database(server: str | None) -> Iterator[Database]:
    """A migrated, empty database: a SQLite file, or a new database on the PostgreSQL server
    (dropped at the end)."""
    if server is None:
        with tempfile.TemporaryDirectory() as folder:
            db = Database(f"sqlite:///{Path(folder) / 'planner.db'}")
            upgrade(db.engine)
            yield db
            db.dispose()
        return
    url = make_url(normalise_url(server))
    name = f"mentorbot_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = Database(url.set(database=name).render_as_string(hide_password=False))
        upgrade(db.engine)
        yield db
        db.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def analyse(db: Database) -> None:
    """PostgreSQL's table statistics, as autovacuum gathers them soon after a bulk load (the
    bot never runs ANALYZE on SQLite, so neither does the benchmark)."""
    if db.is_sqlite:
        return
    with db.engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()


def measure(db: Database, runs: int) -> tuple[list[float], int, PlanReport]:
    """The seconds of each pass, and the most SQL statements one pass issued."""
    planner, counted = Planner(db), count_statements(db.engine)
    seconds, statements = [], []
    for _ in range(runs):
        counted["n"] = 0
        started = time.perf_counter()
        report = planner.plan(now=NOW)
        seconds.append(time.perf_counter() - started)
        statements.append(counted["n"])
    return seconds, max(statements), report


def count_statements(engine: Engine) -> dict[str, int]:
    """A running count of the statements sent, SQLite's BEGINs included (they go to the
    driver directly, past the cursor events; PostgreSQL's driver sends its own, uncounted)."""
    counted = {"n": 0}

    def count(*_: Any) -> None:
        counted["n"] += 1

    event.listen(engine, "before_cursor_execute", count)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "begin", count)
    return counted


def fill(db: Database, pairs: int) -> None:
    """Programs of up to 500 pairs; each pair active, with its channel and one planned meeting
    some days ahead whose prompts are queued."""
    rows: dict[type, list[dict[str, Any]]] = {
        model: []
        for model in (Program, Person, Participant, Relationship, RelationshipMember, Meeting)
    }
    for n in range(pairs):
        program_id = n // PAIRS_A_PROGRAM + 1
        if n % PAIRS_A_PROGRAM == 0:
            rows[Program].append(program_row(program_id))
        rows[Relationship].append(relationship_row(n + 1, program_id))
        for person_id, role in ((2 * n + 1, Role.MENTOR), (2 * n + 2, Role.MENTEE)):
            rows[Person].append(
                {"id": person_id, "team_id": TEAM, "user_id": f"U{person_id:07d}"} | STAMPS
            )
            rows[Participant].append(
                {
                    "id": person_id,
                    "program_id": program_id,
                    "person_id": person_id,
                    "role": role,
                    "status": ParticipantStatus.ACTIVE,
                    "joined_at": CREATED,
                    "updated_at": CREATED,
                }
            )
            rows[RelationshipMember].append(
                {"relationship_id": n + 1, "participant_id": person_id, "role": role}
            )
        rows[Meeting].append(meeting_row(n + 1))
    with db.unit_of_work() as uow:
        for model, values in rows.items():
            if values:
                uow.session.execute(insert(model), values)


def program_row(program_id: int) -> dict[str, Any]:
    return {
        "id": program_id,
        "team_id": TEAM,
        "name": f"Program {program_id}",
        "status": ProgramStatus.RUNNING,
        "starts_on": date(2027, 2, 1),
        "language": "en",
        "timezone": "Europe/Copenhagen",
        "country": "DK",
        "created_at": CREATED,
    }


def relationship_row(relationship_id: int, program_id: int) -> dict[str, Any]:
    return {
        "id": relationship_id,
        "program_id": program_id,
        "status": RelationshipStatus.ACTIVE,
        "channel_id": f"C{relationship_id:07d}",
        "created_at": CREATED,
        "launched_at": CREATED,
    }


def meeting_row(relationship_id: int) -> dict[str, Any]:
    starts_at = NOW.replace(hour=8) + timedelta(days=3 + relationship_id % 30)
    return {
        "relationship_id": relationship_id,
        "seq": 1,
        "starts_at": starts_at,
        "duration_minutes": 90,
        "status": MeetingStatus.PLANNED,
        "sequence": 0,
        "prompted": 0,
    } | STAMPS


if __name__ == "__main__":
    main()
