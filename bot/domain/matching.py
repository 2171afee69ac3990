"""Matching: the rules that make a pair possible, the score that makes it good, and the
assignment that is best for the whole program at once (not first come, first served).

The rules and the scores are written once, as matrices in `bot.domain.matrices`; one pair is
read from the same arrays."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bot.domain.candidates import Candidate
from bot.domain.enums import Role


@dataclass(frozen=True)
class Pair:
    mentor: int
    mentee: int
    score: float
    reasons: tuple[tuple[str, str], ...]  # (reason code, detail)
    fixed: bool = False


@dataclass(frozen=True)
class Unmatched:
    id: int
    role: str
    reason: str


@dataclass(frozen=True)
class Proposal:
    pairs: tuple[Pair, ...]
    unmatched: tuple[Unmatched, ...]

    @property
    def total(self) -> float:
        return round(sum(pair.score for pair in self.pairs), 6)


def blockers(mentor: Candidate, mentee: Candidate, *, cross_company: bool) -> list[str]:
    """The hard rules this pair would break (empty when the pair is possible)."""
    broken = _problem([mentor], [mentee], cross_company).broken
    return [rule for rule, where in broken.items() if where[0, 0]]


def score(mentor: Candidate, mentee: Candidate) -> tuple[float, tuple[tuple[str, str], ...]]:
    """How good the pair is (0-100) and why, for the soft preferences."""
    problem = _problem([mentor], [mentee])
    return float(problem.scores[0, 0]), problem.reasons(0, 0)


def match(
    mentors: Sequence[Candidate],
    mentees: Sequence[Candidate],
    *,
    cross_company: bool = False,
    fixed: Sequence[tuple[int, int]] = (),
) -> Proposal:
    """The assignment with the most possible pairs and, among those, the highest total score.

    Mentor capacity expands to slots; `fixed` (mentor id, mentee id) pairs are kept as given.
    The same input always gives the same result.
    """
    mentors = sorted(mentors, key=lambda c: c.id)
    mentees = sorted(mentees, key=lambda c: c.id)
    problem = _problem(mentors, mentees, cross_company)
    column = {c.id: index for index, c in enumerate(mentors)}
    row = {c.id: index for index, c in enumerate(mentees)}
    by_hand = [(row[mentee], column[mentor]) for mentor, mentee in fixed]
    used = Counter(col for _, col in by_hand)
    free = sorted(set(range(len(mentees))) - {r for r, _ in by_hand})
    slots = [col for col, m in enumerate(mentors) for _ in range(max(m.capacity - used[col], 0))]
    pairs = []
    for index, (r, col) in enumerate([*by_hand, *problem.assign(slots, free)]):
        is_fixed = index < len(by_hand)
        reasons = (("fixed", ""),) if is_fixed else ()
        reasons += problem.reasons(r, col)
        value = float(problem.scores[r, col])
        pairs.append(Pair(mentors[col].id, mentees[r].id, value, reasons, fixed=is_fixed))
    pairs.sort(key=lambda p: (p.mentor, p.mentee))
    ids = [(pair.mentor, pair.mentee) for pair in pairs]
    return Proposal(tuple(pairs), unmatched(mentors, mentees, ids, cross_company=cross_company))


def unmatched(
    mentors: Sequence[Candidate],
    mentees: Sequence[Candidate],
    pairs: Collection[tuple[int, int]],
    *,
    cross_company: bool,
) -> tuple[Unmatched, ...]:
    """Who has no pair in `pairs` (mentor id, mentee id), mentees first, and why."""
    paired_mentors = {mentor for mentor, _ in pairs}
    paired_mentees = {mentee for _, mentee in pairs}
    alone = [c for c in mentees if c.id not in paired_mentees]
    reasons = _problem(mentors, alone, cross_company).why_alone()
    found = [Unmatched(c.id, Role.MENTEE, why) for c, why in zip(alone, reasons, strict=True)]
    found += [
        Unmatched(c.id, Role.MENTOR, "not_needed") for c in mentors if c.id not in paired_mentors
    ]
    return tuple(found)


def _problem(
    mentors: Sequence[Candidate], mentees: Sequence[Candidate], cross_company: bool = False
):
    """The pairs as arrays, a `bot.domain.matrices.Problem`. numpy and scipy are imported only
    when matching runs, so that the commands that never match start fast."""
    from bot.domain.matrices import Problem

    return Problem(mentors, mentees, cross_company=cross_company)
