"""The matching rulebook: the score and the hard rules of every mentee and mentor at once, with
numpy (a program of 2,000 x 2,000 is four million pairs, too many to score one by one). One
pair's explanation is read from the same arrays, so it always agrees with the matrices."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import numpy as np

from bot.domain.candidates import Candidate
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

Reasons = tuple[tuple[str, str], ...]  # (reason code, detail)


def score_matrix(mentors: Sequence[Candidate], mentees: Sequence[Candidate]) -> np.ndarray:
    """The score (0-100) of every mentee (rows) with every mentor (columns)."""
    return Problem(mentors, mentees).scores


def feasible_matrix(
    mentors: Sequence[Candidate], mentees: Sequence[Candidate], *, cross_company: bool
) -> np.ndarray:
    """1 where a mentee (row) and a mentor (column) break no hard rule, 0 where they break one."""
    return Problem(mentors, mentees, cross_company=cross_company).feasible


def cost_matrix(
    slots: Sequence[Candidate], mentees: Sequence[Candidate], *, cross_company: bool
) -> np.ndarray:
    """Mentee x slot costs (`Problem.costs`) for mentors repeated once per slot."""
    mentors = list(dict.fromkeys(slots))
    column = {mentor.id: index for index, mentor in enumerate(mentors)}
    problem = Problem(mentors, mentees, cross_company=cross_company)
    return problem.costs([column[slot.id] for slot in slots], range(len(mentees)))


class Problem:
    """Mentees (rows) and mentors (columns) as arrays coded once for both sides: every pair's
    score and hard rules as matrices (computed once; do not change them), and one pair's
    reasons read from the same arrays."""

    def __init__(
        self,
        mentors: Sequence[Candidate],
        mentees: Sequence[Candidate],
        *,
        cross_company: bool = False,
    ) -> None:
        self.codes = _Codes([*mentors, *mentees], cross_company)
        self.m, self.e = _Columns(mentors, self.codes), _Columns(mentees, self.codes)
        self.shape = shape = (len(mentees), len(mentors))
        self.again = _relation(shape, self.e.index, [c.past_partners for c in mentors])
        self.managed = _relation(shape, self.e.index, [c.managers for c in mentors])
        self.managed |= _relation(shape[::-1], self.m.index, [c.managers for c in mentees]).T

    @cached_property
    def scores(self) -> np.ndarray:
        """The score of every pair: the soft preferences, weighted (see `bot.domain.scoring`)."""
        m, e = self.m, self.e
        shared = (e.topics @ m.topics.T).astype(float)
        smaller = np.minimum(e.topic_counts[:, None], m.topic_counts[None, :])
        total = np.where(smaller > 0, TOPICS * shared / np.maximum(smaller, 1), 0.0)
        known = e.experience_known[:, None] & m.experience_known[None, :]
        gap = np.clip(m.experience[None, :] - e.experience[:, None], 0, 5)
        total += np.where(known, EXPERIENCE * gap / 5, EXPERIENCE / 2)
        total += HOURS * _overlap(m.offsets[None, :], e.offsets[:, None]) / WORKDAY_HOURS
        both = (e.weekdays[:, None] > 0) & (m.weekdays[None, :] > 0)
        common = _BITS[e.weekdays[:, None] & m.weekdays[None, :]]
        union = np.maximum(_BITS[e.weekdays[:, None] | m.weekdays[None, :]], 1)
        total += np.where(both, WEEKDAYS * common / union, WEEKDAYS / 2)
        same_time = (e.times[:, None] == m.times[None, :]) & (e.times[:, None] > 0)
        any_missing = (e.times[:, None] == 0) | (m.times[None, :] == 0)
        total += np.where(same_time, TIME_OF_DAY, np.where(any_missing, TIME_OF_DAY / 2, 0.0))
        total += np.where(self.again, 0.0, NEW_PAIR)
        return np.round(total, 3)

    @cached_property
    def broken(self) -> dict[str, np.ndarray]:
        """For each hard rule, True where a pair breaks it; in the order the rules are told."""
        m, e = self.m, self.e
        unit = "same_organisation" if self.codes.cross_company else "same_department"
        return {
            unit: (e.units[:, None] == m.units[None, :]) & (e.units[:, None] >= 0),
            "manager": self.managed,
            "same_person": e.person_ids[:, None] == m.person_ids[None, :],
            "no_language": (e.languages[:, None] & m.languages[None, :]) == 0,
        }

    @cached_property
    def feasible(self) -> np.ndarray:
        """1 where a pair breaks no hard rule, 0 where it breaks one."""
        broken = np.any(list(self.broken.values()), axis=0)
        return (~broken).astype(np.int8)

    def costs(self, slots: Sequence[int], rows: Sequence[int]) -> np.ndarray:
        """Costs of these mentee rows x mentor slots (a mentor's column once per slot): 100 less
        the score, or INFEASIBLE for a pair that breaks a hard rule. A mentor's later slots cost
        a little more, so the load is spread."""
        rows, slots = np.asarray(rows, dtype=int), np.asarray(slots, dtype=int)
        scores = self.scores[np.ix_(rows, slots)]  # a copy
        scores[self.feasible[np.ix_(rows, slots)] == 0] = -INFEASIBLE
        rank = np.zeros(len(slots))
        seen: dict[int, int] = {}
        for index, column in enumerate(slots.tolist()):
            rank[index] = seen.get(column, 0)
            seen[column] = seen.get(column, 0) + 1
        return 100 - scores + 0.5 * rank

    def assign(self, slots: Sequence[int], rows: Sequence[int]) -> list[tuple[int, int]]:
        """The best (row, column) cells for these mentee rows and mentor slots: the most
        feasible pairs and, among those, the lowest total cost (`costs`)."""
        from scipy.optimize import linear_sum_assignment  # only here, where matching runs

        cost = self.costs(slots, rows)
        if not cost.size:
            return []
        cells = zip(*linear_sum_assignment(cost), strict=True)
        return [(rows[r], slots[c]) for r, c in cells if cost[r, c] < INFEASIBLE / 2]

    def why_alone(self) -> list[str]:
        """Why each mentee would get no mentor: there are none, every mentor breaks the same
        hard rule, or (as some mentor would fit) no places are left."""
        if not self.shape[1]:
            return ["no_mentors"] * self.shape[0]
        fits = self.feasible.any(axis=1)
        everyone = {rule: where.all(axis=1) for rule, where in self.broken.items()}
        rules = [rule for rule in _ALONE_BECAUSE if rule in everyone]
        return [
            "no_capacity"
            if fits[row]
            else next((rule for rule in rules if everyone[rule][row]), "no_fitting_mentor")
            for row in range(self.shape[0])
        ]

    def reasons(self, row: int, col: int) -> Reasons:
        """Why this mentee and this mentor score as they do, each reason with its detail."""
        m, e = self.m, self.e
        found = []
        shared = np.flatnonzero(e.topics[row] * m.topics[col])[:3]
        if shared.size:  # in the mentee's own words
            words = [e.words[row][self.codes.stem_names[index]] for index in shared]
            found.append(("topics", ", ".join(words)))
        gap = int(m.experience[col] - e.experience[row])
        if e.experience_known[row] and m.experience_known[col] and gap > 0:
            found.append(("experience", str(gap)))
        hours = float(_overlap(m.offsets[col], e.offsets[row]))
        if hours < WORKDAY_HOURS:
            found.append(("hours", f"{hours:g}"))
        days = int(m.weekdays[col] & e.weekdays[row])
        if days:
            found.append(("weekdays", ",".join(_named(_DAY_BITS, days))))
        time = int(e.times[row])
        if time and time == m.times[col]:
            found.append(("time_of_day", _TIME_NAMES[time]))
        if self.again[row, col]:
            found.append(("again", ""))
        common = int(m.languages[col] & e.languages[row])
        found.append(("languages", ",".join(_named(self.codes.language_bits, common))))
        return tuple(found)


# A mentee's reason to be left alone when every mentor breaks the same rule, first first.
_ALONE_BECAUSE = ("same_department", "same_organisation", "no_language", "manager")
_BITS = np.array([bin(n).count("1") for n in range(32)])
_DAY_BITS = {"mon": 1, "tue": 2, "wed": 4, "thu": 8, "fri": 16}  # in week order
_TIMES = {"morning": 1, "midday": 2, "afternoon": 3}
_TIME_NAMES = {code: name for name, code in _TIMES.items()}


def _overlap(offsets: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Working hours in common, from UTC offsets in hours."""
    return np.maximum(0.0, WORKDAY_HOURS - np.abs(offsets - others))


def _named(bits: dict[str, int], mask: int) -> list[str]:
    return [name for name, bit in bits.items() if mask & bit]


def _relation(
    shape: tuple[int, int], index: dict[int, int], sets: Sequence[frozenset[int]]
) -> np.ndarray:
    """True at [index[p], i] where person p is in sets[i] (managers, past partners)."""
    related = np.zeros(shape, dtype=bool)
    for position, people in enumerate(sets):
        for person in people:
            if person in index:
                related[index[person], position] = True
    return related


class _Columns:
    """One side's attributes as numpy arrays, a row a person; codes are shared through `_Codes`.
    Person ids are unique on each side (one sign-up per person and program)."""

    def __init__(self, people: Sequence[Candidate], codes: _Codes) -> None:
        self.index = {c.person_id: i for i, c in enumerate(people)}
        self.person_ids = np.array([c.person_id for c in people], dtype=np.int64)
        units = [codes.unit_of(c) for c in people]
        self.units = np.array([codes.units.get(unit, -1) for unit in units], dtype=int)
        self.languages = np.array(
            [sum(codes.language_bits[code] for code in c.languages) for c in people],
            dtype=np.int64,
        )
        self.experience = np.array([c.experience or 0 for c in people], dtype=int)
        self.experience_known = np.array([c.experience is not None for c in people], dtype=bool)
        self.offsets = np.array([c.utc_offset for c in people], dtype=float)
        self.weekdays = np.array(
            [sum(_DAY_BITS.get(d, 0) for d in c.weekdays) for c in people], dtype=int
        )
        self.times = np.array([_TIMES.get(c.time_of_day, 0) for c in people], dtype=int)
        self.words = [topic_words(c.topics) for c in people]  # stem -> the word as written
        self.topic_counts = np.array([len(words) for words in self.words], dtype=int)
        self.topics = np.zeros((len(people), len(codes.stems)), dtype=np.float32)
        for row, words in enumerate(self.words):
            self.topics[row, [codes.stems[stem] for stem in words]] = 1


class _Codes:
    """Numbers for departments (or organisations), languages and topic stems of both sides."""

    def __init__(self, people: Sequence[Candidate], cross_company: bool) -> None:
        self.cross_company = cross_company
        units = {self.unit_of(c) for c in people} - {""}
        self.units = {unit: i for i, unit in enumerate(sorted(units))}
        languages = sorted({code for c in people for code in c.languages})
        self.language_bits = {code: 1 << i for i, code in enumerate(languages)}  # in ABC order
        self.stem_names = sorted({stem for c in people for stem in topic_words(c.topics)})
        self.stems = {stem: i for i, stem in enumerate(self.stem_names)}

    def unit_of(self, candidate: Candidate) -> str:
        unit = candidate.organisation if self.cross_company else candidate.department
        return unit.strip().casefold()
