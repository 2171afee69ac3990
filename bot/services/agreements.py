"""The pair's agreement: one writes it, the other confirms it; nobody else reads it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from bot.domain.agreement import AgreementDraft, check_agreement
from bot.domain.enums import RelationshipStatus, Role
from bot.domain.errors import DomainError, ValidationFailed
from bot.ports import SlackGateway
from bot.services.deliveries import Step
from bot.texts import Texts
from storage.db import Database
from storage.models import Agreement, OutboxMessage, Person, Program, Relationship
from storage.outbox import OutboxRepository
from storage.people import PersonRepository
from storage.programs import ParticipantRepository
from storage.relationships import RelationshipRepository

# Before the second meeting (the rhythm plans the meetings; about three weeks in).
REMINDER_AFTER = timedelta(days=21)

DRAFTED, CONFIRMED, UNCHANGED = "drafted", "confirmed", "unchanged"


@dataclass(frozen=True)
class AgreementView:
    relationship_id: int
    channel_id: str
    mentor: str
    mentee: str
    draft: AgreementDraft | None
    drafted_by: str | None
    confirmed: bool
    default_minutes: int

    def other_than(self, user_id: str) -> str:
        return self.mentee if user_id == self.mentor else self.mentor


class Agreements:
    """Agreements of the pairs a person belongs to; every call checks that they belong."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def find(
        self, *, team_id: str, user_id: str, relationship_id: int | None, channel_id: str = ""
    ) -> AgreementView:
        """The agreement of one of the person's pairs: the one named, or this channel's."""
        with self.db.unit_of_work() as session:
            rel = _relationship_of(session, team_id, user_id, relationship_id, channel_id)
            return _view(session, rel)

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
        with self.db.unit_of_work() as session:
            rel = _relationship_of(session, team_id, user_id, relationship_id)
            me = PersonRepository(session).get(team_id, user_id)
            assert me is not None
            stored = session.query(Agreement).filter_by(relationship_id=rel.id).one_or_none()
            outcome = _apply(session, rel, stored, me, draft.as_content(), now)
            return outcome, _view(session, rel)

    def confirm(
        self, *, team_id: str, user_id: str, relationship_id: int, now: datetime
    ) -> AgreementView:
        """The second person agrees to the text the first one wrote."""
        with self.db.unit_of_work() as session:
            rel = _relationship_of(session, team_id, user_id, relationship_id)
            me = PersonRepository(session).get(team_id, user_id)
            stored = session.query(Agreement).filter_by(relationship_id=rel.id).one_or_none()
            if stored is None or me is None:
                raise DomainError("agreement.error.none")
            if stored.confirmed_at is not None:
                raise DomainError("agreement.error.already_confirmed")
            if stored.drafted_by_id == me.id:
                raise DomainError("agreement.error.own_draft")
            _confirm(rel, stored, me, now)
            return _view(session, rel)


def queue_reminder(session: Session, rel: Relationship, program: Program, now: datetime) -> None:
    """Remind the pair about the agreement before their second meeting, unless it is done."""
    OutboxRepository(session).add(
        dedupe_key=f"agreement-reminder:{rel.id}", team_id=program.team_id,
        program_id=program.id, kind="pair.agreement_reminder", recipient=rel.channel_id or "-",
        payload={"relationship": rel.id}, due_at=now + REMINDER_AFTER, now=now,
    )  # fmt: skip


class AgreementReminder(Step):
    """The reminder; it says nothing if the agreement was confirmed in the meantime."""

    kind = "pair.agreement_reminder"
    lane = "chat.postMessage"

    def __init__(self, db: Database, language_of: Any) -> None:
        self.db = db
        self.language_of = language_of  # (session, relationship) -> language

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, str] | None:
        with self.db.unit_of_work() as session:
            rel = session.get_one(Relationship, message.payload["relationship"])
            done = session.query(Agreement).filter(
                Agreement.relationship_id == rel.id, Agreement.confirmed_at.is_not(None)
            ).first()  # fmt: skip
            if done or rel.status != RelationshipStatus.ACTIVE or not rel.channel_id:
                return None
            view = _view(session, rel)
            texts = Texts(self.language_of(session, rel))
        text = texts("agreement.reminder", mentor=f"<@{view.mentor}>", mentee=f"<@{view.mentee}>")
        return view.channel_id, text

    def send(self, slack: SlackGateway, prepared: tuple[str, str] | None) -> dict[str, Any]:
        if prepared is None:
            return {"skipped": "agreement confirmed"}
        channel, text = prepared
        return {"channel": channel, "ts": slack.post_message(channel, text)}


def _apply(
    session: Session,
    rel: Relationship,
    stored: Agreement | None,
    me: Person,
    content: dict[str, Any],
    now: datetime,
) -> str:
    if stored is None:
        session.add(Agreement(relationship_id=rel.id, content=content, drafted_by_id=me.id,
                              created_at=now, updated_at=now))  # fmt: skip
        session.flush()
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
    session: Session,
    team_id: str,
    user_id: str,
    relationship_id: int | None,
    channel_id: str = "",
) -> Relationship:
    """One of the person's active pairs; anyone else is refused, coordinators too."""
    person = PersonRepository(session).get(team_id, user_id)
    mine = []
    if person is not None:
        for participant_id in _participant_ids(session, person.id):
            mine += RelationshipRepository(session).of_participant(
                participant_id, (RelationshipStatus.ACTIVE,)
            )
    if relationship_id is not None:
        mine = [rel for rel in mine if rel.id == relationship_id]
        if not mine:
            raise DomainError("agreement.error.not_member")
    elif len(mine) > 1:
        mine = [rel for rel in mine if rel.channel_id == channel_id]
        if not mine:
            raise DomainError("agreement.error.which")
    if not mine:
        raise DomainError("agreement.error.no_pair")
    return mine[0]


def _participant_ids(session: Session, person_id: int) -> list[int]:
    return [p.id for p, _ in ParticipantRepository(session).of_person(person_id)]


def _view(session: Session, rel: Relationship) -> AgreementView:
    users = {m.role: session.get_one(Person, m.participant.person_id).user_id for m in rel.members}
    stored = session.query(Agreement).filter_by(relationship_id=rel.id).one_or_none()
    drafter = session.get(Person, stored.drafted_by_id) if stored else None
    program = session.get_one(Program, rel.program_id)
    return AgreementView(
        relationship_id=rel.id, channel_id=rel.channel_id or "", mentor=users[Role.MENTOR],
        mentee=users[Role.MENTEE],
        draft=AgreementDraft.from_content(stored.content) if stored else None,
        drafted_by=drafter.user_id if drafter else None,
        confirmed=bool(stored and stored.confirmed_at), default_minutes=program.meeting_minutes,
    )  # fmt: skip
