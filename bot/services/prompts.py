"""The prompts around one version of a meeting, by their dedupe keys in the outbox."""

from __future__ import annotations

from storage.meetings import MeetingFacts
from storage.models import Meeting
from storage.uow import UnitOfWork

PROMPTS = ("proposal", "invite", "prep", "checkin", "reminder")


def prompt_key(meeting: Meeting | MeetingFacts, kind: str, sequence: int | None = None) -> str:
    """The dedupe key of one prompt of one version of a meeting."""
    return f"meeting:{meeting.id}:{meeting.sequence if sequence is None else sequence}:{kind}"


def cancel_prompts(uow: UnitOfWork, meeting: Meeting | MeetingFacts) -> None:
    """The prompts of the meeting's current version that are not sent yet are not sent."""
    uow.outbox.cancel([prompt_key(meeting, kind) for kind in PROMPTS])
