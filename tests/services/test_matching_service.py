from datetime import date

import pytest

from bot.domain.errors import DomainError
from bot.domain.programs import ProgramDraft
from bot.domain.signup import SignupDraft
from bot.services.access import Access
from bot.services.matching import Matching
from bot.services.people import People
from bot.services.programs import Programs
from bot.services.signups import Signups
from storage.db import Database
from tests.support import ManualClock, RecordingSlack, profile

COORDINATOR = "UC"
PEOPLE = {  # user: (role, department)
    "UR1": ("mentor", "A"),
    "UR2": ("mentor", "B"),
    "UE1": ("mentee", "C"),
    "UE2": ("mentee", "A"),
    "UE3": ("mentee", "B"),
}


@pytest.fixture
def matching(db: Database) -> Matching:
    clock = ManualClock()
    slack = RecordingSlack(profiles={user: profile(user) for user in PEOPLE})
    access = Access(frozenset({COORDINATOR}))
    people = People(db, slack, access, default_language="en")
    programs = Programs(db, access, default_language="en", default_timezone="Europe/Copenhagen")
    draft = ProgramDraft(
        name="P",
        starts_on=date(2027, 3, 1),
        months=12,
        shape="standard",
        language="en",
        timezone="Europe/Copenhagen",
        country="DK",
        signup_deadline=None,
        meeting_minutes=90,
    )
    programs.create(team_id="T1", user_id=COORDINATOR, draft=draft, now=clock.now())
    signups = Signups(db, people, programs)
    for user, (role, department) in PEOPLE.items():
        signups.submit(
            team_id="T1",
            user_id=user,
            program_id=1,
            now=clock.now(),
            draft=SignupDraft(role=role, department=department, topics="x", languages=("en",)),
        )
    return Matching(db, programs, access)


def pairs(view) -> set[tuple[str, str]]:
    return {(p.mentor, p.mentee) for p in view.pairs}


def test_a_pair_set_by_hand_stays_when_matching_runs_again(matching: Matching) -> None:
    now = ManualClock().now()
    first = matching.propose(team_id="T1", user_id=COORDINATOR, program_id=1, now=now)
    for pair in first.pairs:
        matching.unassign(team_id="T1", user_id=COORDINATOR, program_id=1, mentee=pair.mentee)
    matching.assign(
        team_id="T1", user_id=COORDINATOR, program_id=1, mentee="UE3", mentor="UR1", now=now
    )
    again = matching.propose(team_id="T1", user_id=COORDINATOR, program_id=1, now=now)
    assert ("UR1", "UE3") in pairs(again)
    assert [p.fixed for p in again.pairs if p.mentee == "UE3"] == [True]
    assert len(again.pairs) == 2
    assert {u.user_id for u in again.unmatched} == {
        next(m for m in ("UE1", "UE2") if m not in {p.mentee for p in again.pairs})
    }


def test_hand_changes_keep_the_rules(matching: Matching) -> None:
    now = ManualClock().now()
    proposal = matching.propose(team_id="T1", user_id=COORDINATOR, program_id=1, now=now)
    with pytest.raises(DomainError) as same:
        matching.assign(
            team_id="T1", user_id=COORDINATOR, program_id=1, mentee="UE2", mentor="UR1", now=now
        )
    assert same.value.key == "match.blocked.same_department"
    with pytest.raises(DomainError) as role:
        matching.assign(
            team_id="T1", user_id=COORDINATOR, program_id=1, mentee="UR2", mentor="UR1", now=now
        )
    assert role.value.key == "match.error.not_mentee"
    paired = proposal.pairs[0].mentee
    matching.unassign(team_id="T1", user_id=COORDINATOR, program_id=1, mentee=paired)
    with pytest.raises(DomainError) as twice:
        matching.unassign(team_id="T1", user_id=COORDINATOR, program_id=1, mentee=paired)
    assert twice.value.key == "match.error.not_paired"


def test_only_a_coordinator_may_match(matching: Matching) -> None:
    now = ManualClock().now()
    with pytest.raises(DomainError) as refused:
        matching.propose(team_id="T1", user_id="UE1", program_id=1, now=now)
    assert refused.value.key == "error.coordinator_only"
