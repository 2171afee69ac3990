"""Matching: the rules that make a pair possible, the score that makes it good, and the
assignment that is best for the whole program at once (not first come, first served)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

# Score parts; they add up to at most 100.
TOPICS, EXPERIENCE, HOURS, WEEKDAYS, TIME_OF_DAY, NEW_PAIR = 40.0, 15.0, 15.0, 10.0, 5.0, 15.0
WORKDAY_HOURS = 8
INFEASIBLE = 1e6  # the cost of a pair that breaks a hard rule
_STOP = frozenset(  # common words that say nothing about a topic (en, da, sv)
    (
        "with that this have from what want work more about into also være ikke eller gerne "
        "mere blive arbejde kunne også inom vill arbeta från skulle andra"
    ).split()
)


@dataclass(frozen=True)
class Candidate:
    """One person as matching sees them; ids are participant ids, people are person ids."""

    id: int
    person_id: int
    department: str
    organisation: str = ""
    managers: frozenset[int] = frozenset()  # person ids up the line, as far as known
    languages: frozenset[str] = frozenset()
    topics: str = ""
    experience: int | None = None
    utc_offset: float = 0.0  # hours
    weekdays: frozenset[str] = frozenset()
    time_of_day: str = ""
    capacity: int = 1
    past_partners: frozenset[int] = frozenset()  # person ids from earlier programs


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


def cost_matrix(
    slots: Sequence[Candidate], mentees: Sequence[Candidate], *, cross_company: bool
) -> np.ndarray:
    """Mentee x slot costs: 100 - score, or INFEASIBLE for a pair that breaks a hard rule.

    Computed for all pairs at once with numpy (a program of 2,000 x 2,000 is four million
    pairs); a mentor's later slots cost a little more, so the load is spread.
    """
    mentors = list(dict.fromkeys(slots))
    if not mentors or not mentees:
        return np.zeros((len(mentees), len(slots)))
    scores = score_matrix(mentors, mentees)
    scores[feasible_matrix(mentors, mentees, cross_company=cross_company) == 0] = -INFEASIBLE
    column = {mentor.id: index for index, mentor in enumerate(mentors)}
    picks = [column[slot.id] for slot in slots]
    rank = np.zeros(len(slots))
    seen: dict[int, int] = {}
    for index, slot in enumerate(slots):
        rank[index] = seen.get(slot.id, 0)
        seen[slot.id] = seen.get(slot.id, 0) + 1
    return 100 - scores[:, picks] + 0.5 * rank


def score_matrix(mentors: Sequence[Candidate], mentees: Sequence[Candidate]) -> np.ndarray:
    """`score` for every mentee (rows) and mentor (columns), vectorised."""
    m, e = _columns(mentors, mentees)
    shared = (e.topics @ m.topics.T).astype(float)
    smaller = np.minimum(e.topic_counts[:, None], m.topic_counts[None, :])
    total = np.where(smaller > 0, TOPICS * shared / np.maximum(smaller, 1), 0.0)
    known = e.experience_known[:, None] & m.experience_known[None, :]
    gap = np.clip(m.experience[None, :] - e.experience[:, None], 0, 5)
    total += np.where(known, EXPERIENCE * gap / 5, EXPERIENCE / 2)
    overlap = np.maximum(0.0, WORKDAY_HOURS - np.abs(m.offsets[None, :] - e.offsets[:, None]))
    total += HOURS * overlap / WORKDAY_HOURS
    both = (e.weekdays[:, None] > 0) & (m.weekdays[None, :] > 0)
    common = _BITS[e.weekdays[:, None] & m.weekdays[None, :]]
    union = np.maximum(_BITS[e.weekdays[:, None] | m.weekdays[None, :]], 1)
    total += np.where(both, WEEKDAYS * common / union, WEEKDAYS / 2)
    same_time = (e.times[:, None] == m.times[None, :]) & (e.times[:, None] > 0)
    any_missing = (e.times[:, None] == 0) | (m.times[None, :] == 0)
    total += np.where(same_time, TIME_OF_DAY, np.where(any_missing, TIME_OF_DAY / 2, 0.0))
    total += NEW_PAIR
    for col, mentor in enumerate(mentors):
        for row in (e.index[p] for p in mentor.past_partners if p in e.index):
            total[row, col] -= NEW_PAIR
    return np.round(total, 3)


def feasible_matrix(
    mentors: Sequence[Candidate], mentees: Sequence[Candidate], *, cross_company: bool
) -> np.ndarray:
    """1 where `blockers` finds nothing, 0 where a pair breaks a hard rule; vectorised."""
    m, e = _columns(mentors, mentees, cross_company)
    same = (e.units[:, None] == m.units[None, :]) & (e.units[:, None] >= 0)
    speaks = (e.languages[:, None] & m.languages[None, :]) != 0
    feasible = (~same & speaks).astype(np.int8)
    for col, mentor in enumerate(mentors):
        for row in (e.index[p] for p in mentor.managers if p in e.index):
            feasible[row, col] = 0
        if mentor.person_id in e.index:
            feasible[e.index[mentor.person_id], col] = 0
    for row, mentee in enumerate(mentees):
        for col in (m.index[p] for p in mentee.managers if p in m.index):
            feasible[row, col] = 0
    return feasible


_BITS = np.array([bin(n).count("1") for n in range(32)])
_DAY_BITS = {"mon": 1, "tue": 2, "wed": 4, "thu": 8, "fri": 16}
_TIMES = {"morning": 1, "midday": 2, "afternoon": 3}


class _Columns:
    """The candidates' attributes as numpy arrays; codes are shared through `_Codes`."""

    def __init__(self, people: Sequence[Candidate], codes: _Codes) -> None:
        self.index = {c.person_id: i for i, c in enumerate(people)}
        units = [codes.unit_of(c) for c in people]
        self.units = np.array([codes.units.get(unit, -1) for unit in units])
        self.languages = np.array(
            [sum(1 << codes.languages[code] for code in c.languages) for c in people],
            dtype=np.int64,
        )
        self.experience = np.array([c.experience or 0 for c in people])
        self.experience_known = np.array([c.experience is not None for c in people])
        self.offsets = np.array([c.utc_offset for c in people], dtype=float)
        self.weekdays = np.array([sum(_DAY_BITS.get(d, 0) for d in c.weekdays) for c in people])
        self.times = np.array([_TIMES.get(c.time_of_day, 0) for c in people])
        stems = [_stems(c.topics) for c in people]
        self.topic_counts = np.array([len(words) for words in stems])
        self.topics = np.zeros((len(people), len(codes.stems)), dtype=np.float32)
        for row, words in enumerate(stems):
            self.topics[row, [codes.stems[word] for word in words]] = 1


class _Codes:
    """Numbers for departments (or organisations), languages and topic stems of both sides."""

    def __init__(self, people: Sequence[Candidate], cross_company: bool) -> None:
        self.cross_company = cross_company
        units = {self.unit_of(c) for c in people} - {""}
        self.units = {unit: i for i, unit in enumerate(sorted(units))}
        languages = sorted({code for c in people for code in c.languages})
        self.languages = {code: i for i, code in enumerate(languages)}
        stems = sorted({stem for c in people for stem in _stems(c.topics)})
        self.stems = {stem: i for i, stem in enumerate(stems)}

    def unit_of(self, candidate: Candidate) -> str:
        unit = candidate.organisation if self.cross_company else candidate.department
        return unit.strip().casefold()


def _columns(
    mentors: Sequence[Candidate], mentees: Sequence[Candidate], cross_company: bool = False
) -> tuple[_Columns, _Columns]:
    codes = _Codes([*mentors, *mentees], cross_company)
    return _Columns(mentors, codes), _Columns(mentees, codes)


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
    for word in _words(candidate.topics):
        words.setdefault(word[:6], word)
    return _Prepared(candidate, frozenset(words), words)


def _words(topics: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", topics.lower()) if len(w) >= 4 and w not in _STOP]


def _stems(topics: str) -> frozenset[str]:
    """The words of a topic text that say something, cut to a common stem."""
    return frozenset(word[:6] for word in _words(topics))


def _same(a: str, b: str) -> bool:
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def _in_week_order(days: frozenset[str]) -> list[str]:
    order = ("mon", "tue", "wed", "thu", "fri")
    return [day for day in order if day in days]
