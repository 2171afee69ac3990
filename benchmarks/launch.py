"""Benchmark: launching N pairs against the fake Slack with Slack's rate limits on.

    .venv/bin/python -m benchmarks.launch                        # 60 pairs, Slack's real window
    .venv/bin/python -m benchmarks.launch --pairs 100 --window 60

conversations.create allows about 20 calls a minute, so opening N channels takes at least
(ceil(N / 20) - 1) minutes however the bot is written. The target: the whole launch (channels,
invites, welcomes) within 1.05x of that. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from benchmarks.slack_process import SlackProcess
from bot.config import from_env
from bot.domain.programs import ProgramDraft
from bot.domain.signup import SignupDraft
from bot.main import build
from storage.migrate import upgrade
from tests.fakeslack import FakeSlack

CREATE_PER_WINDOW, INVITE_PER_WINDOW = 20, 50


def prepare(
    fake: FakeSlack | SlackProcess,
    pairs: int,
    database: str,
    *,
    now: datetime | None = None,
    starts_on: date | None = None,
):
    """A program of `pairs` proposed pairs, signed up through the services as of `now`; by
    default it starts a year from today."""
    settings = from_env(
        {
            "SLACK_BOT_TOKEN": fake.bot_token,
            "SLACK_API_URL": fake.api_url,
            "DATABASE_URL": database,
            "MENTORBOT_COORDINATORS": "UCOORD",
        }
    )
    runtime = build(settings)
    upgrade(runtime.db.engine)
    now = now or datetime.now(UTC)
    services, team = runtime.services, fake.team_id
    fake.add_user("UCOORD", real_name="Coordinator")
    draft = ProgramDraft(
        name="Benchmark",
        starts_on=starts_on or now.date().replace(year=now.year + 1),
        months=12,
        shape="standard",
        language="en",
        timezone="Europe/Copenhagen",
        country="DK",
        signup_deadline=None,
        meeting_minutes=90,
    )
    program = services.programs.create(team_id=team, user_id="UCOORD", draft=draft, now=now)
    for n in range(pairs):
        for role, prefix, department in (("mentor", "UR", "A"), ("mentee", "UE", "B")):
            user = f"{prefix}{n:04d}"
            fake.add_user(user, real_name=f"{role} {n}")
            services.signups.submit(
                team_id=team,
                user_id=user,
                program_id=program.id,
                now=now,
                draft=SignupDraft(
                    role=role,
                    department=department,
                    topics="leadership",
                    languages=("en",),
                    capacity=1,
                ),
            )
    services.matching.propose(team_id=team, user_id="UCOORD", program_id=program.id, now=now)
    return runtime, program.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=60)
    parser.add_argument("--window", type=float, default=60.0, help="rate-limit window, seconds")
    args = parser.parse_args()
    with FakeSlack() as fake, tempfile.TemporaryDirectory() as folder:
        runtime, program_id = prepare(fake, args.pairs, f"sqlite:///{Path(folder) / 'b.db'}")
        services = runtime.services
        fake.rate_limit("conversations.create", CREATE_PER_WINDOW, window=args.window)
        fake.rate_limit("conversations.invite", INVITE_PER_WINDOW, window=args.window)
        fake.reset_calls()
        started = time.monotonic()
        services.launches.start(
            team_id=fake.team_id, user_id="UCOORD", program_id=program_id, now=datetime.now(UTC)
        )
        report = services.outbox.dispatch(now=datetime.now(UTC))
        elapsed = time.monotonic() - started
        channels = [c for c in fake.channels.values() if c.name.startswith("mentor-")]
        welcomes = {m.channel for m in fake.messages if m.channel in {c.id for c in channels}}
        limited = sum(1 for call in fake.calls if call.status == 429)
        floor = (math.ceil(args.pairs / CREATE_PER_WINDOW) - 1) * args.window
        print(
            f"launch of {args.pairs} pairs, conversations.create limited to "
            f"{CREATE_PER_WINDOW} per {args.window:g} s"
        )
        print(
            f"  channels {len(channels)}, welcomes {len(welcomes)}, sent {report.sent}, "
            f"failed {report.failed}, answered 429: {limited}"
        )
        print(f"  elapsed {elapsed:.1f} s; the create limit alone imposes {floor:.1f} s")
        if floor:
            ratio = elapsed / floor
            verdict = "met" if ratio <= 1.05 else "NOT met"
            print(f"  ratio {ratio:.3f} (target 1.05: {verdict})")
        runtime.db.dispose()


if __name__ == "__main__":
    main()
