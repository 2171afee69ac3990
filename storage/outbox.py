"""The outbox table's SQL: add once per dedupe key, claim due rows, record outcomes."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from bot.domain.enums import OutboxStatus
from storage.models import OutboxMessage

# Built once, not per message: building an UPDATE costs SQLAlchemy more than running it (what
# it caches is the compiled form). The values are bound when it runs. On the table, not the
# class: the unit of work that records a send holds no outbox rows to keep in step.
_MARK_SENT = (
    update(OutboxMessage.__table__)
    .where(OutboxMessage.id == bindparam("message_id"))
    .values(
        status=OutboxStatus.SENT,
        attempts=OutboxMessage.attempts + 1,
        sent_at=bindparam("sent_at"),
        result=bindparam("result"),
        claimed_until=None,
    )
)

# One key per execution: with `dedupe_key IN (...) AND status = ...` SQLite's planner (it has
# no statistics) walks the status index through every pending message instead of taking each
# key from the unique index.
_CANCEL = (
    update(OutboxMessage.__table__)
    .where(
        OutboxMessage.dedupe_key == bindparam("key"),
        OutboxMessage.status == OutboxStatus.PENDING,
    )
    .values(status=OutboxStatus.CANCELLED)
)


def _due(now: Any) -> ColumnElement[bool]:
    """Sendable now: pending and its time has come, or claimed by a dispatcher whose lease
    ran out."""
    return or_(
        and_(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.next_attempt_at <= now),
        and_(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.claimed_until <= now),
    )


# The dispatcher's lanes ask these many times a pass: built once (see _MARK_SENT).
_DUE_NOW = _due(bindparam("now"))
_OF_KINDS = OutboxMessage.kind.in_(bindparam("kinds", expanding=True))
_CLAIM = {
    of_kinds: select(OutboxMessage)
    .where(_DUE_NOW, *([_OF_KINDS] if of_kinds else []))
    .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
    .limit(bindparam("limit"))
    .with_for_update(skip_locked=True)
    for of_kinds in (True, False)
}
_WAITING = select(OutboxMessage.recipient).where(
    OutboxMessage.kind == bindparam("kind"),
    OutboxMessage.recipient.in_(bindparam("recipients", expanding=True)),
    OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING)),
)
_LEASE = (
    update(OutboxMessage.__table__)
    .where(OutboxMessage.id.in_(bindparam("ids", expanding=True)))
    .values(status=OutboxStatus.SENDING, claimed_until=bindparam("until"))
)


@functools.cache
def _due_among(groups: tuple[tuple[str, ...], ...]) -> Any:
    """The statement `due_among` runs, built once for each set of lanes (a process has one)."""
    return select(*(exists().where(_DUE_NOW, OutboxMessage.kind.in_(kinds)) for kinds in groups))


def _add_statement(insert: Any) -> Any:
    return insert(OutboxMessage.__table__).on_conflict_do_nothing(index_elements=["dedupe_key"])


# Built once per dialect (see _MARK_SENT); the rows are bound when it runs.
_ADD = {"postgresql": _add_statement(pg_insert), "sqlite": _add_statement(sqlite_insert)}


@dataclass(frozen=True)
class Queued:
    """A message to add to the outbox."""

    dedupe_key: str
    team_id: str
    kind: str
    recipient: str
    payload: dict[str, Any]
    due_at: datetime
    program_id: int | None = None
    max_attempts: int = 6


class OutboxStatements:
    """The outbox's writes on a bare connection (see `Database.statements`)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def mark_sent(self, message_id: int, result: dict[str, Any], now: datetime) -> None:
        """The message went out: one statement, nothing read first."""
        params = {"message_id": message_id, "sent_at": now, "result": result}
        self.connection.execute(_MARK_SENT, params)


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        *,
        dedupe_key: str,
        team_id: str,
        kind: str,
        recipient: str,
        payload: dict[str, Any],
        due_at: datetime,
        now: datetime,
        program_id: int | None = None,
        max_attempts: int = 6,
    ) -> bool:
        """Insert the message unless one with the same dedupe key exists; True if inserted."""
        queued = Queued(
            dedupe_key, team_id, kind, recipient, payload, due_at, program_id, max_attempts
        )
        statement = self._add().returning(OutboxMessage.id)
        return self._connection().execute(statement, _rows([queued], now)[0]).first() is not None

    def add_many(self, messages: list[Queued], now: datetime) -> None:
        """Insert these messages, each unless its dedupe key exists."""
        if messages:
            self._connection().execute(self._add(), _rows(messages, now))

    def _connection(self) -> Connection:
        """The unit of work's connection, for the statements about outbox rows: they skip
        the session's autoflush and its handling of a statement, which cost more than the
        statements. Nothing they read or write is held changed by the session: it holds
        outbox rows only when they are claimed (`sending`) or a failure is being recorded,
        and these statements add rows, cancel pending ones, or read which recipients wait."""
        return self.session.connection()

    def _add(self) -> Any:
        return _ADD[self.session.get_bind().dialect.name]

    def claim_due(
        self, *, now: datetime, until: datetime, limit: int, kinds: list[str] | None = None
    ) -> list[OutboxMessage]:
        """Mark up to `limit` due rows as being sent until `until`; other dispatchers skip them."""
        params: dict[str, Any] = {"now": now, "limit": limit}
        if kinds is not None:
            params["kinds"] = kinds
        rows = list(self.session.scalars(_CLAIM[kinds is not None], params))
        if rows:
            self.session.execute(_LEASE, {"ids": [row.id for row in rows], "until": until})
        for row in rows:  # as the statement above left them, with nothing left to flush
            set_committed_value(row, "status", OutboxStatus.SENDING)
            set_committed_value(row, "claimed_until", until)
        return rows

    def due_among(self, groups: list[list[str]], now: datetime) -> list[bool]:
        """For each group of kinds, whether a dispatcher would claim any message of them at
        `now`: one statement, each group's answer the first due row found."""
        if not groups:
            return []
        statement = _due_among(tuple(tuple(kinds) for kinds in groups))
        row = self.session.execute(statement, {"now": now}).one()
        return [bool(due) for due in row]

    def backlog(self, now: datetime) -> dict[str, tuple[int, int]]:
        """Messages not sent yet by status (pending, sending): how many, and how many of them
        a dispatcher would claim at `now`. One statement, read through the due index."""
        due = func.sum(case((_due(now), 1), else_=0))
        rows = self.session.execute(
            select(OutboxMessage.status, func.count(), due)
            .where(OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING)))
            .group_by(OutboxMessage.status)
        )
        return {status: (count, int(due or 0)) for status, count, due in rows}

    def next_due(self) -> datetime | None:
        """When the earliest message not sent yet becomes sendable."""
        return self.session.scalar(
            select(func.min(OutboxMessage.next_attempt_at)).where(
                OutboxMessage.status == OutboxStatus.PENDING
            )
        )

    def release_claims(self) -> int:
        """Claims held by a dead process become pending again."""
        result = self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.SENDING)
            .values(status=OutboxStatus.PENDING, claimed_until=None)
        )
        return result.rowcount

    def release(self, message_ids: list[int]) -> None:
        """Our claims on these messages end: they are due again at once."""
        self.session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id.in_(message_ids),
                OutboxMessage.status == OutboxStatus.SENDING,
            )
            .values(status=OutboxStatus.PENDING, claimed_until=None)
        )

    def mark_sent(self, message_id: int, result: dict[str, Any], now: datetime) -> None:
        """The message went out: one statement, nothing read first."""
        OutboxStatements(self._connection()).mark_sent(message_id, result, now)

    def get(self, message_id: int) -> OutboxMessage:
        return self.session.get_one(OutboxMessage, message_id)

    def waiting(self, kind: str, recipients: set[str]) -> set[str]:
        """Which of these recipients have a message of this kind not sent yet."""
        if not recipients:
            return set()
        params = {"kind": kind, "recipients": list(recipients)}
        return set(self._connection().scalars(_WAITING, params))

    def by_key(self, dedupe_key: str) -> OutboxMessage | None:
        return self.session.scalar(
            select(OutboxMessage).where(OutboxMessage.dedupe_key == dedupe_key)
        )

    def cancel(self, dedupe_keys: list[str]) -> int:
        """Cancel messages not sent yet, e.g. the prompts of a meeting that moved."""
        if not dedupe_keys:
            return 0
        keys = [{"key": key} for key in dedupe_keys]
        return self._connection().execute(_CANCEL, keys).rowcount

    def failed_counts(self, program_ids: list[int]) -> dict[int, int]:
        """How many messages of each program failed for good."""
        if not program_ids:
            return {}
        rows = self.session.execute(
            select(OutboxMessage.program_id, func.count())
            .where(
                OutboxMessage.program_id.in_(program_ids),
                OutboxMessage.status == OutboxStatus.FAILED,
            )
            .group_by(OutboxMessage.program_id)
        )
        return {program_id: count for program_id, count in rows}

    def send_again(self, program_id: int, now: datetime) -> int:
        """The program's failed messages are due again, with all their attempts ahead."""
        result = self.session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.program_id == program_id,
                OutboxMessage.status == OutboxStatus.FAILED,
            )
            .values(status=OutboxStatus.PENDING, attempts=0, next_attempt_at=now)
        )
        return result.rowcount


def _rows(messages: list[Queued], now: datetime) -> list[dict[str, Any]]:
    return [
        {
            "dedupe_key": message.dedupe_key,
            "team_id": message.team_id,
            "program_id": message.program_id,
            "kind": message.kind,
            "recipient": message.recipient,
            "payload": message.payload,
            "due_at": message.due_at,
            "next_attempt_at": message.due_at,
            "status": OutboxStatus.PENDING,
            "attempts": 0,
            "max_attempts": message.max_attempts,
            "created_at": now,
        }
        for message in messages
    ]
