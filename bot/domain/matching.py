"""Matching: the rules that make a pair possible, the score that makes it good, and the
assignment that is best for the whole program at once (not first come, first served)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from scipy.optimize import linear_sum_assignment

from bot.domain.candidates import Candidate
from bot.domain.matrices import cost_matrix
from bot.domain.scoring import (
    EXPERIENCE,
    HOURS,
    INFEASIBLE,
    NEW_PAIR,
    TIME_OF_DAY,
    TOPICS,
    WEEKDAYS,
    WORKDAY_HOURS,
    topic_words,
)


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


@dataclass
class _Prepared:
    candidate: Candidate
    stems: frozenset[str] = field(default_factory=frozenset)
    words: dict[str, str] = field(default_factory=dict)  # stem -> the word as written


def blockers(mentor: Candidate, mentee: Candidate, *, cross_company: bool) -> list[str]:
    """The hard rules this pair would break (empty when the pair is possible)."""
    found = []
    if cross_company:
        if _same(mentor.organisation, mentee.organisation):
            found.append("same_organisation")
    elif _same(mentor.department, mentee.department):
        found.append("same_department")
    if mentor.person_id in mentee.managers or mentee.person_id in mentor.managers:
        found.append("manager")
    if mentor.person_id == mentee.person_id:
        found.append("same_person")
    if not mentor.languages & mentee.languages:
        found.append("no_language")
    return found


def score(mentor: Candidate, mentee: Candidate) -> tuple[float, tuple[tuple[str, str], ...]]:
    """How good the pair is (0-100) and why, for the soft preferences."""
    return _score(_prepare(mentor), _prepare(mentee))


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
    by_id = {c.id: c for c in [*mentors, *mentees]}
    fixed_pairs = [_fixed_pair(by_id[m], by_id[e]) for m, e in fixed]
    taken = {pair.mentee for pair in fixed_pairs}
    used = {m.id: sum(1 for p in fixed_pairs if p.mentor == m.id) for m in mentors}
    free = [e for e in mentees if e.id not in taken]
    slots = [m for m in mentors for _ in range(max(m.capacity - used[m.id], 0))]
    cost = cost_matrix(slots, free, cross_company=cross_company)
    pairs = list(fixed_pairs)
    if cost.size:
        rows, cols = linear_sum_assignment(cost)
        for row, col in zip(rows, cols, strict=True):
            if cost[row, col] < INFEASIBLE / 2:
                value, why = score(slots[col], free[row])
                pairs.append(Pair(slots[col].id, free[row].id, value, why))
    pairs.sort(key=lambda p: (p.mentor, p.mentee))
    return Proposal(tuple(pairs), _unmatched(mentors, mentees, pairs, cross_company))


def _fixed_pair(mentor: Candidate, mentee: Candidate) -> Pair:
    value, why = score(mentor, mentee)
    return Pair(mentor.id, mentee.id, value, (("fixed", ""), *why), fixed=True)


def _unmatched(
    mentors: Sequence[Candidate],
    mentees: Sequence[Candidate],
    pairs: Sequence[Pair],
    cross_company: bool,
) -> tuple[Unmatched, ...]:
    paired_mentees = {p.mentee for p in pairs}
    paired_mentors = {p.mentor for p in pairs}
    found = [
        Unmatched(mentee.id, "mentee", why_unmatched(mentee, mentors, cross_company))
        for mentee in mentees
        if mentee.id not in paired_mentees
    ]
    found += [
        Unmatched(m.id, "mentor", "not_needed") for m in mentors if m.id not in paired_mentors
    ]
    return tuple(found)


def why_unmatched(mentee: Candidate, mentors: Sequence[Candidate], cross_company: bool) -> str:
    """Why a mentee got no mentor: the hard rule every mentor breaks, or no places left."""
    every = [set(blockers(m, mentee, cross_company=cross_company)) for m in mentors]
    if not mentors:
        return "no_mentors"
    if any(not rules for rules in every):
        return "no_capacity"
    for rule in ("same_department", "same_organisation", "no_language", "manager"):
        if all(rule in rules for rules in every):
            return rule
    return "no_fitting_mentor"


def _score(mentor: _Prepared, mentee: _Prepared) -> tuple[float, tuple[tuple[str, str], ...]]:
    a, b = mentor.candidate, mentee.candidate
    reasons: list[tuple[str, str]] = []
    total = 0.0
    shared = sorted(mentor.stems & mentee.stems)
    if mentor.stems and mentee.stems:
        total += TOPICS * len(shared) / min(len(mentor.stems), len(mentee.stems))
    if shared:
        reasons.append(("topics", ", ".join(mentee.words[stem] for stem in shared[:3])))
    if a.experience is not None and b.experience is not None:
        gap = a.experience - b.experience
        total += EXPERIENCE * min(max(gap, 0), 5) / 5
        if gap > 0:
            reasons.append(("experience", str(gap)))
    else:
        total += EXPERIENCE / 2
    overlap = max(0.0, WORKDAY_HOURS - abs(a.utc_offset - b.utc_offset))
    total += HOURS * overlap / WORKDAY_HOURS
    if overlap < WORKDAY_HOURS:
        reasons.append(("hours", f"{overlap:g}"))
    if a.weekdays and b.weekdays:
        days = a.weekdays & b.weekdays
        total += WEEKDAYS * len(days) / len(a.weekdays | b.weekdays)
        if days:
            reasons.append(("weekdays", ",".join(_in_week_order(days))))
    else:
        total += WEEKDAYS / 2
    if a.time_of_day and a.time_of_day == b.time_of_day:
        total += TIME_OF_DAY
        reasons.append(("time_of_day", a.time_of_day))
    elif not a.time_of_day or not b.time_of_day:
        total += TIME_OF_DAY / 2
    if b.person_id in a.past_partners:
        reasons.append(("again", ""))
    else:
        total += NEW_PAIR
    reasons.append(("languages", ",".join(sorted(a.languages & b.languages))))
    return round(total, 3), tuple(reasons)


def _prepare(candidate: Candidate) -> _Prepared:
    words: dict[str, str] = {}
    for word in topic_words(candidate.topics):
        words.setdefault(word[:6], word)
    return _Prepared(candidate, frozenset(words), words)


def _same(a: str, b: str) -> bool:
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def _in_week_order(days: frozenset[str]) -> list[str]:
    order = ("mon", "tue", "wed", "thu", "fri")
    return [day for day in order if day in days]
