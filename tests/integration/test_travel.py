"""Thirteen months, day by day, for two pairs in different time zones: the rhythm keeps its
gaps, its working days and hours in both zones, and prompts every meeting before and after."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from sqlalchemy import select

from bot.domain.enums import MeetingStatus
from bot.domain.signup import SignupDraft
from bot.services.meetings import YES
from storage.models import Meeting
from tests.integration.conftest import COORDINATOR, RunningBot
from tests.integration.test_programs import create_program

# mentee zone, mentor zone: the mentee's zone is where a meeting keeps its wall-clock time
PAIRS = {
    ("UE1", "Europe/Stockholm", "sv"): ("UR1", "Europe/Copenhagen", "sv"),
    ("UE2", "Europe/Copenhagen", "en"): ("UR2", "America/New_York", "en"),
}
DANISH = holidays.country_holidays("DK", years=range(2027, 2029))
PROGRAM_START, PROGRAM_END = date(2027, 2, 1), date(2028, 1, 31)


def set_up(bot: RunningBot) -> dict[str, str]:
    create_program(bot)
    zones = {}
    for index, (mentee, mentor) in enumerate(PAIRS.items()):
        for role, (user, zone, language) in (("mentee", mentee), ("mentor", mentor)):
            bot.fake.add_user(user, real_name=f"{role} {index}", tz=zone, locale="en-GB")
            draft = SignupDraft(
                role=role,
                department=f"{role} department {index}",
                topics="leadership",
                languages=(language,),
                capacity=1,
            )
            services = bot.runtime.services
            services.signups.submit(
                team_id=bot.fake.team_id,
                user_id=user,
                program_id=1,
                draft=draft,
                now=bot.clock.now(),
            )
            zones[user] = zone
    bot.driver.command(COORDINATOR, "match")
    bot.answer_to(bot.driver.last_response_url)
    bot.driver.command(COORDINATOR, "launch")
    bot.answer_to(bot.driver.last_response_url)
    bot.settle()
    return zones


def answer_check_ins(bot: RunningBot) -> None:
    """The mentee says yes to every "did you meet?" that has been asked."""
    with bot.runtime.db.unit_of_work() as uow:
        due = uow.session.scalars(
            select(Meeting).where(Meeting.status == MeetingStatus.PLANNED)
        ).all()
        asked = [(m.id, m.sequence, m.relationship_id) for m in due if m.ends_at <= bot.clock.now()]
    for meeting_id, sequence, _ in asked:
        mentee = _mentee_of(bot, meeting_id)
        bot.runtime.services.meetings.checkin(
            team_id=bot.fake.team_id,
            user_id=mentee,
            meeting=f"{meeting_id}:{sequence}",
            answer=YES,
            now=bot.clock.now(),
        )


def _mentee_of(bot: RunningBot, meeting_id: int) -> str:
    with bot.runtime.db.unit_of_work() as uow:
        meeting = uow.meetings.get(meeting_id)
        rel = uow.relationships.get(meeting.relationship_id)
        member = next(m for m in rel.members if m.role == "mentee")
        return uow.people.by_id(member.participant.person_id).user_id


@pytest.mark.slow
def test_thirteen_months_day_by_day_keep_the_rhythm_in_both_zones(bot: RunningBot) -> None:
    zones = set_up(bot)
    start = bot.clock.now()
    for day in range(395):
        bot.clock.current = start.replace(hour=7) + timedelta(days=day + 1)
        bot.settle()
        answer_check_ins(bot)  # they answer what they were asked
        if day % 30 == 0:  # a second pass at the same instant sends nothing new
            before = len(bot.fake.messages)
            bot.runtime.services.passes.run(now=bot.clock.now())
            assert len(bot.fake.messages) == before
    with bot.runtime.db.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(Meeting).order_by(Meeting.relationship_id, Meeting.starts_at)
        ).all()
        by_pair: dict[int, list[Meeting]] = {}
        for meeting in rows:
            by_pair.setdefault(meeting.relationship_id, []).append(meeting)
        members = {
            rel_id: [
                uow.people.by_id(m.participant.person_id).user_id
                for m in uow.relationships.get(rel_id).members
            ]
            for rel_id in by_pair
        }
    for rel_id, meetings in by_pair.items():
        held = [m for m in meetings if m.status == MeetingStatus.HELD]
        assert len(held) >= 8, [m.starts_at for m in meetings]
        for meeting in held:
            assert_working_time(meeting, [zones[user] for user in members[rel_id]])
            assert_prompted(bot, meeting)
        assert_rhythm(held)
        mentee_zone = zones[next(u for u in members[rel_id] if u.startswith("UE"))]
        clock = {m.starts_at.astimezone(ZoneInfo(mentee_zone)).time() for m in held}
        assert len(clock) == 1, [  # the same wall-clock time through both DST changes
            (m.starts_at.astimezone(ZoneInfo(mentee_zone)), m.seq, m.prompted) for m in held
        ]


def assert_working_time(meeting: Meeting, zones: list[str]) -> None:
    """A working day and a start between 09:00 and 16:00 in each person's own zone; never a
    Danish public holiday, 24 or 31 December."""
    for zone in zones:
        local = meeting.starts_at.astimezone(ZoneInfo(zone))
        assert local.weekday() < 5, (zone, local)
        assert 9 * 60 <= local.hour * 60 + local.minute <= 16 * 60, (zone, local)
    day = meeting.starts_at.astimezone(ZoneInfo("Europe/Copenhagen")).date()
    assert day not in DANISH and (day.month, day.day) not in ((12, 24), (12, 31)), day


def assert_rhythm(held: list[Meeting]) -> None:
    """Closer in the first three months, every 35-42 days after (a day either side for a
    moved slot), the first in the program's first week, the closing one in its last month."""
    gaps = [(b.starts_at - a.starts_at).days for a, b in itertools.pairwise(held)]
    steps = list(zip(held, held[1:], gaps, strict=False))
    early = [gap for a, _, gap in steps if a.starts_at.date() < date(2027, 4, 25)]
    later = [
        gap for a, b, gap in steps if a.starts_at.date() >= date(2027, 5, 15) and not b.closing
    ]
    assert early and max(early) < 35, gaps
    assert later and all(34 <= gap <= 43 for gap in later), gaps
    assert held[0].starts_at.date() <= PROGRAM_START + timedelta(days=7), held[0].starts_at
    assert held[-1].closing and held[-1].starts_at.date() >= PROGRAM_END - timedelta(days=31)


def assert_prompted(bot: RunningBot, meeting: Meeting) -> None:
    """The proposal, the preparation before it and "did you meet?" after it, each posted."""
    stamp = f"<!date^{int(meeting.starts_at.timestamp())}^"
    posts = [m for m in bot.fake.messages if stamp in str(m.blocks)]
    kinds = {
        element["action_id"]
        for post in posts
        for block in post.blocks or []
        if block["type"] == "actions"
        for element in block["elements"]
    }
    assert {"meeting_confirm", "prep_open", "checkin_yes"} <= kinds, (meeting.starts_at, kinds)
