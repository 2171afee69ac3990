"""Leaving a running program: the pair ends, the partner is told kindly, the coordinators
only that the pair ended and who can be matched again."""

from __future__ import annotations

from datetime import datetime

from bot.domain import refs
from bot.domain.enums import ParticipantStatus, ProgramStatus
from bot.domain.errors import ChooseProgram, DomainError
from bot.services.deliveries import notice_payload, queue_notice
from bot.services.pairs import BUSY, end_pair, user_ids
from storage.models import Participant, Program
from storage.uow import UnitOfWork


class ConfirmLeave(DomainError):
    """Leaving would end a running pair: the person must say so twice."""

    def __init__(self, program_id: int, program_name: str) -> None:
        super().__init__("leave.confirm", program=program_name)
        self.program_id = program_id


def current_signup(
    uow: UnitOfWork, team_id: str, user_id: str, program_id: int | None
) -> tuple[Participant, Program]:
    person = uow.people.get(team_id, user_id)
    signups = uow.participants.of_person(person.id) if person else []
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


def end_pairs_of(
    uow: UnitOfWork, program: Program, leaver: Participant, coordinators: list[str], now: datetime
) -> None:
    """End every running pair of the person who leaves, and tell the partners and coordinators."""
    for rel in uow.relationships.of_participant(leaver.id, BUSY):
        end_pair(uow, rel, now, leaver=leaver.id)
        users = user_ids(uow, rel)
        for member in rel.members:
            if member.participant_id == leaver.id:
                continue
            partner = users[member.role]
            ended = notice_payload("pair.ended.partner", program=program.name)
            _notify(uow, program, partner, f"pair-ended:{rel.id}:partner", ended, now)
            for coordinator in coordinators:
                payload = notice_payload(
                    "pair.ended.coordinator", program=program.name, user=refs.user(partner)
                )
                _notify(
                    uow, program, coordinator, f"pair-ended:{rel.id}:{coordinator}", payload, now
                )


def _notify(
    uow: UnitOfWork,
    program: Program,
    user_id: str,
    key: str,
    payload: dict[str, object],
    now: datetime,
) -> None:
    queue_notice(
        uow,
        dedupe_key=key,
        team_id=program.team_id,
        program_id=program.id,
        recipient=user_id,
        payload=payload,
        now=now,
    )
