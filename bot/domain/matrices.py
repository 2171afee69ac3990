"""The score and the hard rules for every mentee and mentor at once, with numpy: a program of
2,000 x 2,000 is four million pairs, too many to score one by one."""

from __future__ import annotations

from collections.abc import Sequence

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
    topic_stems,
)


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
        stems = [topic_stems(c.topics) for c in people]
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
        stems = sorted({stem for c in people for stem in topic_stems(c.topics)})
        self.stems = {stem: i for i, stem in enumerate(stems)}

    def unit_of(self, candidate: Candidate) -> str:
        unit = candidate.organisation if self.cross_company else candidate.department
        return unit.strip().casefold()


def _columns(
    mentors: Sequence[Candidate], mentees: Sequence[Candidate], cross_company: bool = False
) -> tuple[_Columns, _Columns]:
    codes = _Codes([*mentors, *mentees], cross_company)
    return _Columns(mentors, codes), _Columns(mentees, codes)
