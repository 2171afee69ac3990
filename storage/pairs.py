"""Queries about what belongs to a pair (its agreement) and to a program's launch."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from storage.lookup import flushed
from storage.models import Agreement, Launch

_OF_RELATIONSHIP = select(Agreement).where(Agreement.relationship_id == bindparam("id"))
_AGREEMENT = Agreement.__table__
_CONFIRMED_CONTENT = select(_AGREEMENT.c.content).where(
    _AGREEMENT.c.relationship_id == bindparam("id"), _AGREEMENT.c.confirmed_at.is_not(None)
)


class AgreementRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def of_relationship(self, relationship_id: int) -> Agreement | None:
        return self.session.scalar(_OF_RELATIONSHIP, {"id": relationship_id})

    def confirmed_content(self, relationship_id: int) -> dict[str, Any] | None:
        """What the pair's confirmed agreement says, as plain values (None before it is
        confirmed): for the planner, which reads its rhythm and meeting length each time it
        plans a meeting. What this unit of work changed is flushed first."""
        found = flushed(self.session).scalar(_CONFIRMED_CONTENT, {"id": relationship_id})
        return cast(dict[str, Any] | None, found)

    def add(self, agreement: Agreement) -> Agreement:
        self.session.add(agreement)
        self.session.flush()
        return agreement

    def confirmed_count(self, relationship_ids: list[int]) -> int:
        """How many of these pairs have a confirmed agreement (never what it says)."""
        if not relationship_ids:
            return 0
        return (
            self.session.scalar(
                select(func.count())
                .select_from(Agreement)
                .where(
                    Agreement.relationship_id.in_(relationship_ids),
                    Agreement.confirmed_at.is_not(None),
                )
            )
            or 0
        )


class LaunchRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, launch_id: int) -> Launch:
        return self.session.get_one(Launch, launch_id)

    def of_program(self, program_id: int) -> Launch | None:
        return self.session.scalar(select(Launch).where(Launch.program_id == program_id))

    def add(self, launch: Launch) -> Launch:
        self.session.add(launch)
        self.session.flush()
        return launch

    def unfinished(self) -> list[Launch]:
        return list(
            self.session.scalars(
                select(Launch).where(Launch.finished_at.is_(None)).order_by(Launch.id)
            )
        )
