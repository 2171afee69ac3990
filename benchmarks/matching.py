"""Benchmark: matching 2,000 mentees and 2,000 mentors, and the same problem in networkx.

    .venv/bin/python -m benchmarks.matching                  # networkx on 400 x 400
    .venv/bin/python -m benchmarks.matching --networkx full  # networkx on 2,000 x 2,000 (hours)

Prints figures; asserts nothing. The target: under 2 s for 2,000 x 2,000 on the development
machine (2 cores), and the same total score as networkx's max_weight_matching.
"""

from __future__ import annotations

import argparse
import random
import resource
import time

import networkx as nx
import numpy as np

from bot.domain.candidates import Candidate
from bot.domain.matching import match
from bot.domain.matrices import cost_matrix
from bot.domain.scoring import INFEASIBLE

WORDS = (
    "leadership change finance budgets strategy communication conflict coaching projects "
    "digital health school culture planning innovation hiring feedback negotiation"
).split()
DEPARTMENTS = [f"Department {n}" for n in range(12)]


def population(mentors: int, mentees: int, *, max_capacity: int, seed: int) -> tuple[list, list]:
    """People with departments, languages, managers (some mentors manage mentees), topics."""
    rng = random.Random(seed)

    def person(pid: int, capacity: int, managers: frozenset[int] = frozenset()) -> Candidate:
        return Candidate(
            id=pid,
            person_id=pid,
            department=rng.choice(DEPARTMENTS),
            managers=managers,
            languages=frozenset(rng.sample(["da", "sv", "en"], rng.randint(1, 2))),
            topics=" ".join(rng.sample(WORDS, 4)),
            experience=rng.randint(0, 30),
            utc_offset=rng.choice([0, 1, 1, 1, 2]),
            weekdays=frozenset(rng.sample(["mon", "tue", "wed", "thu", "fri"], 2)),
            time_of_day=rng.choice(["morning", "midday", "afternoon", ""]),
            capacity=capacity,
        )

    mentor_list = [person(i, rng.randint(1, max_capacity)) for i in range(mentors)]
    mentee_list = []
    for i in range(mentees):
        boss = rng.randrange(mentors)  # a mentor may be this mentee's manager
        mentee_list.append(person(100_000 + i, 1, frozenset({boss}) if i % 3 == 0 else frozenset()))
    return mentor_list, mentee_list


def with_networkx(mentors: list[Candidate], mentees: list[Candidate]) -> tuple[float, float, int]:
    """The same problem (mentee x mentor slot, same weights) with max_weight_matching."""
    slots = [m for m in mentors for _ in range(m.capacity)]
    cost = cost_matrix(slots, mentees, cross_company=False)
    graph = nx.Graph()
    rows, cols = np.nonzero(cost < INFEASIBLE / 2)
    graph.add_weighted_edges_from(
        (("mentee", int(r)), ("slot", int(c)), float(100 - cost[r, c]))
        for r, c in zip(rows, cols, strict=True)
    )
    started = time.perf_counter()
    matching = nx.max_weight_matching(graph, maxcardinality=True)
    elapsed = time.perf_counter() - started
    total = sum(graph[a][b]["weight"] for a, b in matching)
    return elapsed, total, len(matching)


def scipy_total(mentors: list[Candidate], mentees: list[Candidate]) -> tuple[float, float, int]:
    started = time.perf_counter()
    proposal = match(mentors, mentees)
    elapsed = time.perf_counter() - started
    # The objective both solvers maximise: the scores less the small load-spreading penalty.
    counts: dict[int, int] = {}
    total = 0.0
    for pair in proposal.pairs:
        total += pair.score - 0.5 * counts.get(pair.mentor, 0)
        counts[pair.mentor] = counts.get(pair.mentor, 0) + 1
    return elapsed, total, len(proposal.pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentors", type=int, default=2000)
    parser.add_argument("--mentees", type=int, default=2000)
    parser.add_argument("--max-capacity", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--networkx", default="400", help="'full', 'none' or a size N (N x N)")
    args = parser.parse_args()

    mentors, mentees = population(
        args.mentors, args.mentees, max_capacity=args.max_capacity, seed=args.seed
    )
    runs = [scipy_total(mentors, mentees) for _ in range(3)]
    best = min(run[0] for run in runs)
    _, total, pairs = runs[0]
    slots = sum(m.capacity for m in mentors)
    print(f"matching {len(mentees)} mentees x {len(mentors)} mentors ({slots} slots)")
    print(
        f"  scipy linear_sum_assignment: best of 3 {best:.3f} s, {pairs} pairs, "
        f"objective {total:.3f}, peak memory {peak_mb():.0f} MB"
    )
    print(f"  target under 2 s: {'met' if best < 2 else 'NOT met'}")
    if args.networkx == "none":
        return
    if args.networkx != "full":
        size = int(args.networkx)
        mentors, mentees = population(size, size, max_capacity=args.max_capacity, seed=args.seed)
        best, total, pairs = min(scipy_total(mentors, mentees) for _ in range(3))
        print(f"same generator at {size} x {size}: scipy {best:.3f} s, objective {total:.3f}")
    nx_time, nx_total, nx_pairs = with_networkx(mentors, mentees)
    same = abs(nx_total - total) < 1e-6 * max(1.0, abs(total)) and nx_pairs == pairs
    print(
        f"  networkx max_weight_matching: {nx_time:.2f} s, {nx_pairs} pairs, "
        f"objective {nx_total:.3f}"
    )
    print(
        f"  same total score: {'yes' if same else 'NO'}; speed ratio networkx/scipy "
        f"{nx_time / best:.0f}x"
    )


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
