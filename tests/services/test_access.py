"""Every use case that needs the coordinator role checks it itself, whoever calls it."""

from datetime import date

import pytest

from bot.domain.errors import DomainError
from bot.domain.programs import ProgramDraft
from tests.support import ManualClock

DRAFT = ProgramDraft(
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


def refused(call) -> None:
    with pytest.raises(DomainError) as error:
        call()
    assert error.value.key == "error.coordinator_only"


def test_a_participant_can_do_none_of_the_coordinators_use_cases(services) -> None:
    now = ManualClock().now()
    program = services.programs.save(
        team_id="T1", user_id="UC", program_id=None, draft=DRAFT, now=now
    )
    who = {"team_id": "T1", "user_id": "UE1"}
    refused(lambda: services.programs.save(**who, program_id=None, draft=DRAFT, now=now))
    refused(lambda: services.programs.save(**who, program_id=program.id, draft=DRAFT, now=now))
    refused(lambda: services.programs.close(**who, program_id=program.id, now=now))
    refused(lambda: services.programs.roster(**who, program_id=program.id))
    refused(lambda: services.programs.draft_of(**who, program_id=program.id))
    refused(lambda: services.matching.propose(**who, program_id=program.id, now=now))
    refused(lambda: services.launches.start(**who, program_id=program.id, now=now))
    refused(lambda: services.imports.read(**who, text="email;role"))
    refused(lambda: services.imports.run(**who, program_id=program.id, rows=[], now=now))
    assert services.programs.get(team_id="T1", program_id=program.id).status == "open"
