"""Benchmark: a 12-month program of N pairs, travelled day by day through `mentorbot dispatch`.

    .venv/bin/python -m benchmarks.year              # 500 pairs
    .venv/bin/python -m benchmarks.year --pairs 50

The program, its sign-ups and its launch go through the services against the fake Slack (no
rate limits; served from a process of its own, as Slack answers from elsewhere), on SQLite in
a temporary file. Then, for each day of 13 months: one pass
(`services.passes.run`, the planner and the dispatcher) at 07:00 UTC, after which every mentee
says yes to each "did you meet?" asked. The target: the 13 months in under 60 s on the
development machine (2 cores). Prints figures, the bot's CPU for each check-in, message
prepared and message sent among them; asserts nothing. `--days` travels fewer days, to
compare two versions of the code on the same machine within minutes.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select

from benchmarks import machine
from benchmarks.launch import prepare
from benchmarks.planner import count_statements
from benchmarks.slack_process import SlackProcess
from bot.domain.enums import MeetingStatus, Role
from bot.main import Runtime
from bot.services.meetings import YES
from storage.db import Database
from storage.models import Meeting, Participant, Person, RelationshipMember

LAUNCHED_AT = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
STARTS_ON, DAYS = date(2027, 2, 1), 395  # the program's 12 months, and one more


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=500)
    parser.add_argument("--days", type=int, default=DAYS, help="days travelled (395)")
    args = parser.parse_args()
    with SlackProcess() as fake, tempfile.TemporaryDirectory() as folder:
        started = time.monotonic()
        database = f"sqlite:///{Path(folder) / 'year.db'}"
        runtime, program_id = prepare(
            fake, args.pairs, database, now=LAUNCHED_AT, starts_on=STARTS_ON
        )
        services = runtime.services
        services.launches.start(
            team_id=fake.team_id, user_id="UCOORD", program_id=program_id, now=LAUNCHED_AT
        )
        services.passes.run(now=LAUNCHED_AT)
        set_up = time.monotonic() - started
        launched = fake.counts()
        spent = time_parts(runtime)
        statements = count_statements(runtime.db.engine)
        cpu_before = time.process_time()
        days = travel(runtime, fake.team_id, args.days)
        total = time.monotonic() - started
        cpu = time.process_time() - cpu_before
        report(args.pairs, runtime.db, fake, launched, set_up, total - set_up, cpu, days, spent)
        print(f"  SQL statements in the {span(days)}: {statements['n']:,}")
        used = resource.getrusage(resource.RUSAGE_SELF)
        cpu = used.ru_utime + used.ru_stime
        print(
            f"  total wall time {total:.1f} s (the bot's CPU {cpu:.1f} s); "
            f"peak RSS {peak_mb():.0f} MB"
        )
        print(f"  {machine.describe()}")
        runtime.db.dispose()


def travel(runtime: Runtime, team_id: str, days: int) -> list[float]:
    """Each day: the pass at 07:00 UTC, then the mentees answer what they were asked."""
    services, seconds = runtime.services, []
    for day in range(1, days + 1):
        now = LAUNCHED_AT.replace(hour=7) + timedelta(days=day)
        started = time.monotonic()
        services.passes.run(now=now)
        for meeting, mentee in asked(runtime.db, now):
            services.meetings.checkin(
                team_id=team_id, user_id=mentee, meeting=meeting, answer=YES, now=now
            )
        seconds.append(time.monotonic() - started)
    return seconds


def asked(db: Database, now: datetime) -> list[tuple[str, str]]:
    """("meeting id:sequence", mentee's user id) of every planned meeting over by `now`: its
    "did you meet?" has been posted. One query."""
    mentee = and_(
        RelationshipMember.relationship_id == Meeting.relationship_id,
        RelationshipMember.role == Role.MENTEE,
    )
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(
                Meeting.id,
                Meeting.sequence,
                Meeting.starts_at,
                Meeting.duration_minutes,
                Person.user_id,
            )
            .join(RelationshipMember, mentee)
            .join(Participant, Participant.id == RelationshipMember.participant_id)
            .join(Person, Person.id == Participant.person_id)
            .where(Meeting.status == MeetingStatus.PLANNED, Meeting.starts_at <= now)
            .order_by(Meeting.id)
        ).all()
    return [
        (f"{meeting_id}:{sequence}", user)
        for meeting_id, sequence, starts_at, minutes, user in rows
        if starts_at + timedelta(minutes=minutes) <= now
    ]


def time_parts(runtime: Runtime) -> Counter[str]:
    """Seconds spent in the planner and in the dispatcher, added up as the passes run; and
    the CPU of the thread doing it ("cpu:" names) with how many items it was for ("n:")."""
    spent: Counter[str] = Counter()
    services = runtime.services

    def timed(
        name: str, call: Callable[..., Any], items: Callable[..., int] = lambda *_: 1
    ) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return call(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started
                spent[f"cpu:{name}"] += time.thread_time() - cpu
                spent[f"n:{name}"] += items(*args)

        return run

    sending = services.outbox.sending
    services.planner.plan = timed("planner", services.planner.plan)  # type: ignore[method-assign]
    services.outbox.dispatch = timed("dispatch", services.outbox.dispatch)  # type: ignore[method-assign]
    services.meetings.checkin = timed("check-in", services.meetings.checkin)  # type: ignore[method-assign]
    sending.prepare = timed("prepare", sending.prepare, lambda batch, _: len(batch))  # type: ignore[method-assign]
    sending.send = timed("send", sending.send)  # type: ignore[method-assign]
    for name in ("post_message", "upload_file"):
        setattr(sending.slack, name, timed("slack", getattr(sending.slack, name)))
    return spent


def report(
    pairs: int,
    db: Database,
    fake: SlackProcess,
    launched: tuple[int, int],
    set_up: float,
    travelled: float,
    cpu: float,  # the bot's CPU in the days travelled
    days: list[float],
    spent: Counter[str],
) -> None:
    with db.unit_of_work() as uow:
        query = select(Meeting.status, func.count()).group_by(Meeting.status)
        statuses: dict[str, int] = {status: n for status, n in uow.session.execute(query)}
    planned = sum(statuses.values())
    print(f"a 12-month program of {pairs} pairs, {len(days)} days, one pass a day at 07:00 UTC")
    print(f"  set-up (program, {2 * pairs} sign-ups, matching, launch): {set_up:.1f} s")
    print(
        f"  {span(days)}: {travelled:.1f} s (the bot's CPU {cpu:.1f} s); a day median "
        f"{statistics.median(days) * 1000:.0f} ms, max {max(days) * 1000:.0f} ms"
    )
    print(
        f"  meetings planned {planned}, held {statuses.get(MeetingStatus.HELD, 0)} "
        f"({', '.join(f'{s} {n}' for s, n in sorted(statuses.items()))})"
    )
    messages, files = fake.counts()
    print(
        f"  posted in the {span(days)}: {messages - launched[0]} messages, "
        f"{files - launched[1]} files (the launch: {launched[0]} messages)"
    )
    rest = travelled - spent["planner"] - spent["dispatch"]
    print(
        f"  planner {spent['planner']:.1f} s, dispatch {spent['dispatch']:.1f} s "
        f"(of which waiting for the fake Slack's answers {spent['slack']:.1f} s, summed over "
        f"the lanes), check-ins and the rest {rest:.1f} s"
    )

    def each(name: str) -> str:
        return f"{spent[f'cpu:{name}'] / max(spent[f'n:{name}'], 1) * 1000:.2f} ms"

    print(
        f"  the bot's CPU an item: a check-in {each('check-in')}, preparing a message "
        f"{each('prepare')}, sending one {each('send')} (a Slack call {each('slack')}; "
        f"{spent['n:send']:.0f} sends)"
    )
    verdict = "met" if travelled < 60 and len(days) == DAYS else "NOT met"
    of = "" if pairs == 500 else " (the target is for 500 pairs)"
    print(f"  target: the 13 months under 60 s: {verdict}{of}")


def span(days: list[float]) -> str:
    return "13 months" if len(days) == DAYS else f"{len(days)} days"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
