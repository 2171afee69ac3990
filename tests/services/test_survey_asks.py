"""The survey's invitations and reminders: a batch of them is read in the statements of one,
and each says nothing once its person has answered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from bot.domain.enums import RelationshipStatus, SurveyKind
from bot.records import SurveyInvite
from bot.services.access import Access
from bot.services.people import People
from bot.services.survey_steps import SurveyAsk
from bot.services.surveys import open_survey
from storage.db import Database
from storage.models import OutboxMessage, SurveyInvitation
from tests.services.test_closing import fill
from tests.support import RecordingSlack

OPENED = datetime(2027, 3, 15, 8, 0, tzinfo=UTC)
PAIRS = 6


def drawn(language: str, invite: SurveyInvite) -> tuple[str, list]:
    return f"{language}:{invite.kind}:{invite.program_name}", []


@pytest.fixture
def asks(db: Database) -> tuple[SurveyAsk, list[OutboxMessage]]:
    """A midway survey opened for six pairs; its twelve invitations, as a dispatcher claims
    them."""
    fill(db, [RelationshipStatus.ACTIVE] * PAIRS)
    with db.unit_of_work() as uow:
        open_survey(uow, uow.programs.by_id(1), SurveyKind.MIDWAY, OPENED, opened_by=None)
    with db.unit_of_work() as uow:
        claimed = uow.outbox.claim_due(
            now=OPENED, until=OPENED + timedelta(minutes=10), limit=100, kinds=["survey.invite"]
        )
    people = People(db, RecordingSlack(), Access(frozenset()), default_language="en")
    return SurveyAsk("survey.invite", db, people, drawn), claimed


def test_a_batch_of_invitations_is_read_in_the_statements_of_one(
    db: Database, asks: tuple[SurveyAsk, list[OutboxMessage]]
) -> None:
    step, claimed = asks
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    counts = []
    for batch in (claimed[:1], claimed):
        statements.clear()
        prepared = step.prepare_many(batch, OPENED)
        counts.append(len(statements))
        assert [p[1] for p in prepared if p] == ["en:midway:Leaders 2027"] * len(batch)
    assert len(claimed) == 2 * PAIRS
    assert counts[0] == counts[1]


def test_an_invitation_says_nothing_once_its_person_has_answered(
    db: Database, asks: tuple[SurveyAsk, list[OutboxMessage]]
) -> None:
    step, claimed = asks
    answered = claimed[0].payload["invitation"]
    with db.unit_of_work() as uow:
        uow.session.get_one(SurveyInvitation, answered).answered = True
    prepared = step.prepare_many(claimed, OPENED)
    assert prepared[0] is None and all(prepared[1:])
