"""Matching for a program: propose the best pairs, let the coordinator change them."""

from __future__ import annotations

from datetime import datetime

from bot.domain import refs
from bot.domain.candidates import Candidate
from bot.domain.enums import ProgramStatus, RelationshipStatus, Role
from bot.domain.errors import DomainError, ValidationFailed
from bot.domain.matching import Pair, blockers, match, score, unmatched
from bot.records import PairView, ProposalView, UnmatchedView
from bot.services.access import Access
from bot.services.matching_pool import Pool
from bot.services.programs import Programs, program_of
from storage.db import Database
from storage.models import Program, Relationship, RelationshipMember
from storage.relationships import RelationshipRepository
from storage.uow import UnitOfWork


class Matching:
    """The coordinator's proposal: made by the matching rules, changed by hand, never shown
    to participants before launch."""

    def __init__(self, db: Database, programs: Programs, access: Access) -> None:
        self.db = db
        self.programs = programs
        self.access = access

    def propose(
        self, *, team_id: str, user_id: str, program_id: int, now: datetime
    ) -> ProposalView:
        """Match everyone anew; pairs the coordinator set by hand stay as they are."""
        with self.db.unit_of_work() as uow:
            program = self._open_program(uow, team_id, user_id, program_id)
            pool = Pool(uow, program)
            relationships = uow.relationships
            relationships.drop_proposed(program.id, keep_fixed=True)
            fixed = []  # pairs set by hand stay while both people are still in the program
            for rel in relationships.of_program(program.id, (RelationshipStatus.PROPOSED,)):
                pair = _members(rel)
                if pair and pair[0] in pool.by_id and pair[1] in pool.by_id:
                    fixed.append(pair)
                else:
                    uow.relationships.delete(rel)
            uow.flush()
            proposal = match(
                pool.mentors, pool.mentees, cross_company=program.cross_company, fixed=fixed
            )
            for pair in proposal.pairs:
                if not pair.fixed:
                    _add_pair(relationships, program, pair, now)
            return _view(uow, program, pool)

    def change(
        self,
        *,
        team_id: str,
        user_id: str,
        program_id: int,
        change: str,
        mentee: str,
        other: str | None,
        now: datetime,
    ) -> ProposalView:
        """One change from the coordinator's form: assign, swap or unassign."""
        who = {"team_id": team_id, "user_id": user_id, "program_id": program_id}
        if change == "unassign":
            return self.unassign(**who, mentee=mentee)
        if not other:
            raise ValidationFailed({"other": "match.error.other_missing"})
        if change == "swap":
            return self.swap(**who, mentee=mentee, other=other, now=now)
        return self.assign(**who, mentee=mentee, mentor=other, now=now)

    def assign(
        self,
        *,
        team_id: str,
        user_id: str,
        program_id: int,
        mentee: str,
        mentor: str,
        now: datetime,
    ) -> ProposalView:
        """Give a mentee this mentor by hand (the mentee's earlier pair is undone)."""
        with self.db.unit_of_work() as uow:
            program = self._open_program(uow, team_id, user_id, program_id)
            pool = Pool(uow, program)
            mentee_c, mentor_c = pool.mentee(mentee), pool.mentor(mentor)
            _check_fits(mentor_c, mentee_c, program, pool)
            relationships = uow.relationships
            _undo_pair_of(relationships, mentee_c.id)
            taken = relationships.of_participant(mentor_c.id, (RelationshipStatus.PROPOSED,))
            if len(taken) >= mentor_c.capacity:
                raise DomainError("match.error.full", mentor=refs.user(mentor))
            _add_pair(relationships, program, _by_hand(mentor_c, mentee_c), now)
            return _view(uow, program, pool)

    def unassign(self, *, team_id: str, user_id: str, program_id: int, mentee: str) -> ProposalView:
        """Take a mentee out of the proposal."""
        with self.db.unit_of_work() as uow:
            program = self._open_program(uow, team_id, user_id, program_id)
            pool = Pool(uow, program)
            if not _undo_pair_of(uow.relationships, pool.mentee(mentee).id):
                raise DomainError("match.error.not_paired", user=refs.user(mentee))
            return _view(uow, program, pool)

    def swap(
        self,
        *,
        team_id: str,
        user_id: str,
        program_id: int,
        mentee: str,
        other: str,
        now: datetime,
    ) -> ProposalView:
        """Two mentees exchange mentors."""
        with self.db.unit_of_work() as uow:
            program = self._open_program(uow, team_id, user_id, program_id)
            pool = Pool(uow, program)
            first, second = pool.mentee(mentee), pool.mentee(other)
            relationships = uow.relationships
            mentors = [
                _mentor_of(relationships, c.id, user)
                for c, user in ((first, mentee), (second, other))
            ]
            new_pairs = [(pool.by_id[mentors[1]], first), (pool.by_id[mentors[0]], second)]
            for mentor_c, mentee_c in new_pairs:
                _check_fits(mentor_c, mentee_c, program, pool)
            for candidate in (first, second):
                _undo_pair_of(relationships, candidate.id)
            for mentor_c, mentee_c in new_pairs:
                _add_pair(relationships, program, _by_hand(mentor_c, mentee_c), now)
            return _view(uow, program, pool)

    def _open_program(
        self, uow: UnitOfWork, team_id: str, user_id: str, program_id: int
    ) -> Program:
        """A program whose (remaining) people can still be matched, for a coordinator."""
        self.access.require_coordinator(uow, team_id=team_id, user_id=user_id, word="match")
        program = program_of(uow, team_id, program_id)
        if program.status == ProgramStatus.CLOSED:
            raise DomainError("program.error.closed", name=program.name)
        return program


def _members(relationship: Relationship) -> tuple[int, int] | None:
    by_role = {member.role: member.participant_id for member in relationship.members}
    if Role.MENTOR in by_role and Role.MENTEE in by_role:
        return by_role[Role.MENTOR], by_role[Role.MENTEE]
    return None


def _check_fits(mentor: Candidate, mentee: Candidate, program: Program, pool: Pool) -> None:
    broken = blockers(mentor, mentee, cross_company=program.cross_company)
    if broken:
        raise DomainError(
            f"match.blocked.{broken[0]}",
            mentor=refs.user(pool.users[mentor.id]),
            mentee=refs.user(pool.users[mentee.id]),
        )


def _mentor_of(relationships: RelationshipRepository, mentee_id: int, user_id: str) -> int:
    for rel in relationships.of_participant(mentee_id, (RelationshipStatus.PROPOSED,)):
        pair = _members(rel)
        if pair:
            return pair[0]
    raise DomainError("match.error.not_paired", user=refs.user(user_id))


def _undo_pair_of(relationships: RelationshipRepository, mentee_id: int) -> bool:
    undone = False
    for rel in relationships.of_participant(mentee_id, (RelationshipStatus.PROPOSED,)):
        relationships.delete(rel)
        undone = True
    return undone


def _by_hand(mentor: Candidate, mentee: Candidate) -> Pair:
    """A pair the coordinator set, with its score and reasons."""
    value, reasons = score(mentor, mentee)
    return Pair(mentor.id, mentee.id, value, reasons, fixed=True)


def _add_pair(
    relationships: RelationshipRepository, program: Program, pair: Pair, now: datetime
) -> None:
    relationships.add(
        Relationship(
            program_id=program.id,
            status=RelationshipStatus.PROPOSED,
            fixed=pair.fixed,
            score=pair.score,
            reasons={"reasons": [list(reason) for reason in pair.reasons]},
            created_at=now,
            members=[
                RelationshipMember(participant_id=pair.mentor, role=Role.MENTOR),
                RelationshipMember(participant_id=pair.mentee, role=Role.MENTEE),
            ],
        )
    )


def _view(uow: UnitOfWork, program: Program, pool: Pool) -> ProposalView:
    uow.flush()
    pairs, ids = [], []
    for rel in uow.relationships.of_program(program.id, (RelationshipStatus.PROPOSED,)):
        members = _members(rel)
        if members is None or not all(member in pool.users for member in members):
            continue  # someone withdrew since: the pair is gone at the next match
        mentor, mentee = members
        ids.append(members)
        pairs.append(
            PairView(
                relationship_id=rel.id,
                mentor=pool.users[mentor],
                mentee=pool.users[mentee],
                mentor_department=pool.departments[mentor],
                mentee_department=pool.departments[mentee],
                score=rel.score or 0.0,
                reasons=tuple(
                    (code, detail) for code, detail in (rel.reasons or {}).get("reasons", [])
                ),
                fixed=rel.fixed,
            )
        )
    left = unmatched(pool.mentors, pool.mentees, ids, cross_company=program.cross_company)
    views = tuple(UnmatchedView(pool.users[u.id], u.role, u.reason) for u in left)
    return ProposalView(program.id, program.name, tuple(pairs), views)
