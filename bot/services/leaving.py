"""Leaving a running program: the pair ends, the partner is told kindly, the coordinators
only that the pair ended and who can be matched again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.domain.enums import ParticipantStatus, ProgramStatus, RelationshipStatus
from bot.domain.errors import ChooseProgram, DomainError
from bot.services.deliveries import notice_payload
from storage.models import Participant, Person, Program
from storage.outbox import OutboxRepository
from storage.people import PersonRepository
from storage.programs import ParticipantRepository
from storage.relationships import RelationshipRepository


class ConfirmLeave(DomainError):
    """Leaving would end a running pair: the person must say so twice."""

    def __init__(self, program_id: int, program_name: str) -> None:
        super().__init__("leave.confirm", program=program_name)
        self.program_id = program_id


def current_signup(
    session: Session, team_id: str, user_id: str, program_id: int | None
) -> tuple[Participant, Program]:
    person = PersonRepository(session).get(team_id, user_id)
    signups = ParticipantRepository(session).of_person(person.id) if person else []
    current = [
        (participant, program)
        for participant, program in signups
        if participant.status != ParticipantStatus.LEFT
        and program.status != ProgramStatus.CLOSED
        and program_id in (None, program.id)
    ]
    if not current:
        raise DomainError("leave.error.not_signed_up")
    if len(current) > 1:
        raise ChooseProgram([program.id for _, program in current])
    return current[0]


def end_pairs(
    session: Session,
    program: Program,
    leaver: Participant,
    coordinators: list[str],
    now: datetime,
) -> None:
    outbox = OutboxRepository(session)
    busy = (RelationshipStatus.ACTIVE, RelationshipStatus.LAUNCHING)
    for rel in RelationshipRepository(session).of_participant(leaver.id, busy):
        rel.status = RelationshipStatus.ENDED
        rel.ended_at = now
        for member in rel.members:
            if member.participant_id == leaver.id:
                continue
            partner = member.participant
            partner.status = ParticipantStatus.SIGNED_UP  # can be matched again
            partner_user = session.get_one(Person, partner.person_id).user_id
            _notify(outbox, program, partner_user, f"pair-ended:{rel.id}:partner",
                    notice_payload("pair.ended.partner", program=program.name), now)  # fmt: skip
            for coordinator in coordinators:
                payload = notice_payload(
                    "pair.ended.coordinator", program=program.name, user=f"<@{partner_user}>"
                )
                _notify(outbox, program, coordinator, f"pair-ended:{rel.id}:{coordinator}",
                        payload, now)  # fmt: skip


def _notify(
    outbox: OutboxRepository,
    program: Program,
    user_id: str,
    key: str,
    payload: dict[str, object],
    now: datetime,
) -> None:
    outbox.add(dedupe_key=key, team_id=program.team_id, program_id=program.id, kind="notice",
               recipient=user_id, payload=payload, due_at=now, now=now)  # fmt: skip
