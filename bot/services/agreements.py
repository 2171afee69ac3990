"""The pair's agreement: one writes it, the other confirms it; nobody else reads it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.domain.agreement import AgreementDraft, check_agreement
from bot.domain.enums import RelationshipStatus, Role
from bot.domain.errors import DomainError, ValidationFailed
from bot.ports import SlackGateway
from bot.records import AgreementView
from bot.services.deliveries import Step
from bot.services.home_refresh import refresh_pair
from bot.services.pairs import my_pair
from storage.cards import PairFacts
from storage.db import Database
from storage.models import Agreement, OutboxMessage, Person, Relationship
from storage.uow import UnitOfWork

DRAFTED, CONFIRMED, UNCHANGED = "drafted", "confirmed", "unchanged"


class Agreements:
    """Agreements of the pairs a person belongs to; every call checks that they belong."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def find(
        self, *, team_id: str, user_id: str, relationship_id: int | None, channel_id: str = ""
    ) -> AgreementView:
        """The agreement of one of the person's pairs: the one named, or this channel's."""
        with self.db.unit_of_work() as uow:
            rel = _relationship_of(uow, team_id, user_id, relationship_id, channel_id)
            return _view(uow, rel)

    def write(
        self,
        *,
        team_id: str,
        user_id: str,
        relationship_id: int,
        draft: AgreementDraft,
        now: datetime,
    ) -> tuple[str, AgreementView]:
        """Save the agreement as written; the same text from the other one confirms it."""
        errors = check_agreement(draft)
        if errors:
            raise ValidationFailed(errors)
        with self.db.unit_of_work() as uow:
            rel = _relationship_of(uow, team_id, user_id, relationship_id)
            me = uow.people.get(team_id, user_id)
            assert me is not None
            stored = uow.agreements.of_relationship(rel.id)
            outcome = _apply(uow, rel, stored, me, draft.as_content(), now)
            refresh_pair(uow, rel, now)
            return outcome, _view(uow, rel)

    def confirm(
        self, *, team_id: str, user_id: str, relationship_id: int, now: datetime
    ) -> AgreementView:
        """The second person agrees to the text the first one wrote."""
        with self.db.unit_of_work() as uow:
            rel = _relationship_of(uow, team_id, user_id, relationship_id)
            me = uow.people.get(team_id, user_id)
            stored = uow.agreements.of_relationship(rel.id)
            if stored is None or me is None:
                raise DomainError("agreement.error.none")
            if stored.confirmed_at is not None:
                raise DomainError("agreement.error.already_confirmed")
            if stored.drafted_by_id == me.id:
                raise DomainError("agreement.error.own_draft")
            _confirm(rel, stored, me, now)
            refresh_pair(uow, rel, now)
            return _view(uow, rel)


def queue_reminder(uow: UnitOfWork, pair: PairFacts, due_at: datetime, now: datetime) -> None:
    """Remind the pair about the agreement before their second meeting, unless it is done."""
    uow.outbox.add(
        dedupe_key=f"agreement-reminder:{pair.id}",
        team_id=pair.program.team_id,
        program_id=pair.program.id,
        kind="pair.agreement_reminder",
        recipient=pair.channel_id or "-",
        payload={"relationship": pair.id},
        due_at=due_at,
        now=now,
    )


# Draws the reminder in the pair's language: (language, agreement) -> text
ReminderRenderer = Callable[[str, AgreementView], str]


class AgreementReminder(Step):
    """The reminder; it says nothing if the agreement was confirmed in the meantime."""

    kind = "pair.agreement_reminder"
    lane = "chat.postMessage"

    def __init__(
        self,
        db: Database,
        language_of: Callable[[UnitOfWork, Relationship], str],
        render: ReminderRenderer,
    ) -> None:
        self.db = db
        self.language_of = language_of
        self.render = render

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, str] | None:
        with self.db.reading() as uow:
            rel = uow.relationships.get(message.payload["relationship"])
            stored = uow.agreements.of_relationship(rel.id)
            done = stored is not None and stored.confirmed_at is not None
            if done or rel.status != RelationshipStatus.ACTIVE or not rel.channel_id:
                return None
            view = _view(uow, rel)
            language = self.language_of(uow, rel)
        return view.channel_id, self.render(language, view)

    def send(self, slack: SlackGateway, prepared: tuple[str, str] | None) -> dict[str, Any]:
        if prepared is None:
            return {"skipped": "agreement confirmed"}
        channel, text = prepared
        return {"channel": channel, "ts": slack.post_message(channel, text)}


def _apply(
    uow: UnitOfWork,
    rel: Relationship,
    stored: Agreement | None,
    me: Person,
    content: dict[str, Any],
    now: datetime,
) -> str:
    if stored is None:
        uow.agreements.add(
            Agreement(
                relationship_id=rel.id,
                content=content,
                drafted_by_id=me.id,
                created_at=now,
                updated_at=now,
            )
        )
        return DRAFTED
    if stored.content == content:
        if stored.confirmed_at is None and stored.drafted_by_id != me.id:
            _confirm(rel, stored, me, now)
            return CONFIRMED
        return UNCHANGED
    stored.content = content
    stored.drafted_by_id = me.id
    stored.confirmed_by_id = None
    stored.confirmed_at = None
    stored.version += 1
    stored.updated_at = now
    return DRAFTED


def _confirm(rel: Relationship, stored: Agreement, me: Person, now: datetime) -> None:
    stored.confirmed_by_id = me.id
    stored.confirmed_at = now
    stored.updated_at = now
    rel.cadence_weeks = AgreementDraft.from_content(stored.content).cadence_weeks


def _relationship_of(
    uow: UnitOfWork,
    team_id: str,
    user_id: str,
    relationship_id: int | None,
    channel_id: str = "",
) -> Relationship:
    """One of the person's active pairs; anyone else is refused, coordinators too."""
    return my_pair(
        uow,
        team_id,
        user_id,
        relationship_id=relationship_id,
        channel_id=channel_id,
        errors="agreement",
    )


def _view(uow: UnitOfWork, rel: Relationship) -> AgreementView:
    users = {m.role: uow.people.by_id(m.participant.person_id).user_id for m in rel.members}
    stored = uow.agreements.of_relationship(rel.id)
    drafter: Person | None = uow.people.find(stored.drafted_by_id) if stored else None
    return AgreementView(
        relationship_id=rel.id,
        channel_id=rel.channel_id or "",
        mentor=users[Role.MENTOR],
        mentee=users[Role.MENTEE],
        draft=AgreementDraft.from_content(stored.content) if stored else None,
        drafted_by=drafter.user_id if drafter else None,
        confirmed=bool(stored and stored.confirmed_at),
        default_minutes=uow.programs.by_id(rel.program_id).meeting_minutes,
    )
