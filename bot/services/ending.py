"""Ending a relationship early with `/mentor end`: the pair ends, the channel gets a kind last
message and is archived, the partner is told, and the coordinators learn only the category
of the reason (never a text)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.domain import refs
from bot.domain.enums import RelationshipStatus
from bot.domain.errors import DomainError
from bot.ports import SlackGateway
from bot.services.access import Access
from bot.services.deliveries import Step, notice_payload, queue_notice
from bot.services.pairs import end_pair, my_pair, user_ids
from storage.db import Database
from storage.models import OutboxMessage, Program, Relationship
from storage.uow import UnitOfWork

REASONS = ("goals_reached", "no_time", "not_a_match", "changed_job", "other")
PROGRAM_ENDED = "program_ended"  # the program is over and the pair did not go on by itself
_OPEN = (RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED)


class Endings:
    """Ends pairs when one of them asks."""

    def __init__(self, db: Database, access: Access) -> None:
        self.db = db
        self.access = access

    def pair_of(self, *, team_id: str, user_id: str, channel_id: str) -> int:
        """The pair `/mentor end` is about (the form is opened for it)."""
        with self.db.unit_of_work() as uow:
            return my_pair(uow, team_id, user_id, channel_id=channel_id, statuses=_OPEN).id

    def end(
        self, *, team_id: str, user_id: str, relationship_id: int, reason: str, now: datetime
    ) -> str:
        """End the pair; returns the program's name."""
        if reason not in REASONS:
            raise DomainError("end.error.reason")
        with self.db.unit_of_work() as uow:
            rel = my_pair(uow, team_id, user_id, relationship_id=relationship_id, statuses=_OPEN)
            program = uow.programs.by_id(rel.program_id)
            end_pair(uow, rel, now)
            rel.end_reason = reason
            users = user_ids(uow, rel)
            for partner in (u for u in users.values() if u != user_id):
                payload = notice_payload(
                    "end.partner", user=refs.user(user_id), program=program.name
                )
                _notice(
                    uow,
                    program.team_id,
                    program.id,
                    partner,
                    f"pair-end:{rel.id}:{partner}",
                    payload,
                    now,
                )
            for coordinator in self.access.coordinator_ids(uow, team_id=program.team_id):
                payload = notice_payload(
                    "end.coordinator",
                    program=program.name,
                    users=refs.users(sorted(users.values())),
                    reason=refs.text(f"end.reason.{reason}"),
                )
                _notice(
                    uow,
                    program.team_id,
                    program.id,
                    coordinator,
                    f"pair-end:{rel.id}:{coordinator}",
                    payload,
                    now,
                )
            queue_farewell(uow, rel, program, now)
            return program.name


def queue_farewell(uow: UnitOfWork, rel: Relationship, program: Program, now: datetime) -> None:
    """The kind last message in an ended pair's channel; its archiving follows it."""
    if rel.channel_id:
        _queue(uow, rel.id, program.team_id, program.id, rel.channel_id, "pair.farewell", now)


class FarewellStep(Step):
    """The kind last message in an ended pair's channel; the archiving follows."""

    kind = "pair.farewell"
    lane = "chat.postMessage"

    def __init__(self, db: Database, language_of: Any, render: Any) -> None:
        self.db = db
        self.language_of = language_of  # (uow, relationship) -> language
        self.render = render  # language -> text

    def prepare(self, message: OutboxMessage, now: datetime) -> tuple[str, str]:
        with self.db.reading() as uow:
            rel = uow.relationships.get(message.payload["relationship"])
            return rel.channel_id or "", self.render(self.language_of(uow, rel))

    def send(self, slack: SlackGateway, prepared: tuple[str, str]) -> dict[str, Any]:
        channel, text = prepared
        return {"channel": channel, "ts": slack.post_message(channel, text)}

    def after(
        self, uow: UnitOfWork, message: OutboxMessage, result: dict[str, Any], now: datetime
    ) -> None:
        rel_id = message.payload["relationship"]
        _queue(
            uow, rel_id, message.team_id, message.program_id, message.recipient, "pair.archive", now
        )


class ArchiveStep(Step):
    """Archive an ended pair's channel (its name stays taken, as Slack keeps it)."""

    kind = "pair.archive"
    lane = "conversations.archive"

    def prepare(self, message: OutboxMessage, now: datetime) -> str:
        return message.recipient

    def send(self, slack: SlackGateway, prepared: str) -> dict[str, Any]:
        slack.archive(prepared)
        return {"channel": prepared}


def _queue(
    uow: UnitOfWork,
    rel_id: int,
    team_id: str,
    program_id: int | None,
    channel: str,
    kind: str,
    now: datetime,
) -> None:
    uow.outbox.add(
        dedupe_key=f"{kind}:{rel_id}",
        team_id=team_id,
        program_id=program_id,
        kind=kind,
        recipient=channel,
        payload={"relationship": rel_id},
        due_at=now,
        now=now,
    )


def _notice(
    uow: UnitOfWork,
    team_id: str,
    program_id: int,
    user_id: str,
    key: str,
    payload: dict,
    now: datetime,
) -> None:
    queue_notice(
        uow,
        dedupe_key=key,
        team_id=team_id,
        program_id=program_id,
        recipient=user_id,
        payload=payload,
        now=now,
    )
