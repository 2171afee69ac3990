"""Queries about relationships (pairs, later groups) and their members."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from bot.domain.enums import RelationshipStatus
from storage.lookup import by_id, by_id_statement, one_by_id, update_row
from storage.models import Participant, Program, Relationship, RelationshipMember

# A pair with its members in one read: half the cost of reading the members after it. The
# joins are unnested: SQLite builds `a LEFT JOIN (b JOIN c)` for every member of every pair
# before it picks the pair's own.
_WITH_MEMBERS = by_id_statement(Relationship).options(
    joinedload(Relationship.members)
    .joinedload(RelationshipMember.participant, innerjoin="unnested")
    .joinedload(Participant.person, innerjoin="unnested")
)


class RelationshipRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, relationship: Relationship) -> Relationship:
        self.session.add(relationship)
        self.session.flush()
        return relationship

    def get(self, relationship_id: int) -> Relationship:
        return one_by_id(self.session, Relationship, relationship_id, _WITH_MEMBERS)

    def update(self, relationship_id: int, **values: Any) -> None:
        """Change these columns of a stored pair at once (see `update_row`), for a use case
        that reads the pair as plain rows."""
        update_row(self.session, Relationship, relationship_id, values)

    def find(self, relationship_id: int | None) -> Relationship | None:
        if not relationship_id:
            return None
        return by_id(self.session, Relationship, relationship_id, _WITH_MEMBERS)

    def by_channel(self, channel_id: str) -> Relationship | None:
        return self.session.scalar(
            select(Relationship).where(Relationship.channel_id == channel_id)
        )

    def delete(self, relationship: Relationship) -> None:
        self.session.delete(relationship)
        self.session.flush()

    def of_program(
        self, program_id: int, statuses: tuple[str, ...] | None = None
    ) -> list[Relationship]:
        query = (
            select(Relationship)
            .where(Relationship.program_id == program_id)
            .options(
                selectinload(Relationship.members).selectinload(RelationshipMember.participant)
            )
            .order_by(Relationship.id)
        )
        if statuses:
            query = query.where(Relationship.status.in_(statuses))
        return list(self.session.scalars(query))

    def outcomes(self, program_id: int) -> list[tuple[str, bool, str | None, int]]:
        """(status, goes on, end reason, how many pairs) of the program's pairs: counts only."""
        rows = self.session.execute(
            select(
                Relationship.status,
                Relationship.goes_on,
                Relationship.end_reason,
                func.count(Relationship.id),
            )
            .where(Relationship.program_id == program_id)
            .group_by(Relationship.status, Relationship.goes_on, Relationship.end_reason)
        )
        return [(status, bool(goes_on), reason, count) for status, goes_on, reason, count in rows]

    def drop_proposed(self, program_id: int, *, keep_fixed: bool) -> None:
        """Forget the proposal (the pairs a coordinator fixed by hand stay when asked)."""
        proposed = select(Relationship.id).where(
            Relationship.program_id == program_id,
            Relationship.status == RelationshipStatus.PROPOSED,
        )
        if keep_fixed:
            proposed = proposed.where(Relationship.fixed.is_(False))
        ids = list(self.session.scalars(proposed))
        if ids:
            self.session.execute(
                delete(RelationshipMember).where(RelationshipMember.relationship_id.in_(ids))
            )
            self.session.execute(delete(Relationship).where(Relationship.id.in_(ids)))
            self.session.expire_all()

    def of_participant(self, participant_id: int, statuses: tuple[str, ...]) -> list[Relationship]:
        return list(
            self.session.scalars(
                select(Relationship)
                .join(RelationshipMember)
                .where(
                    RelationshipMember.participant_id == participant_id,
                    Relationship.status.in_(statuses),
                )
            )
        )

    def past_partners(self, team_id: str, program_id: int) -> dict[int, set[int]]:
        """Person id -> the person ids they were paired with in this workspace's other programs."""
        me, other = aliased(RelationshipMember), aliased(RelationshipMember)
        mine, theirs = aliased(Participant), aliased(Participant)
        rows = self.session.execute(
            select(mine.person_id, theirs.person_id)
            .select_from(me)
            .join(
                other,
                (other.relationship_id == me.relationship_id)
                & (other.participant_id != me.participant_id),
            )
            .join(mine, mine.id == me.participant_id)
            .join(theirs, theirs.id == other.participant_id)
            .join(Relationship, Relationship.id == me.relationship_id)
            .join(Program, Program.id == Relationship.program_id)
            .where(
                Program.team_id == team_id,
                Program.id != program_id,
                Relationship.status != RelationshipStatus.PROPOSED,
            )
        )
        partners: dict[int, set[int]] = defaultdict(set)
        for person, partner in rows:
            partners[person].add(partner)
        return partners

    def managers(self, team_id: str) -> dict[int, int]:
        """Person id -> their manager's person id, as the newest sign-up says."""
        rows = self.session.execute(
            select(Participant.person_id, Participant.manager_id)
            .join(Program, Program.id == Participant.program_id)
            .where(Program.team_id == team_id, Participant.manager_id.is_not(None))
            .order_by(Participant.updated_at)
        )
        return {person: manager for person, manager in rows}
