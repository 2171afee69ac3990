"""Matching over random problems: a pair read alone agrees with the matrices, the hard rules
are the ones the README states, and `match` finds the most possible pairs and, among those,
the best total, within the mentors' places and around the pairs set by hand."""

import random
from collections import Counter

import networkx as nx

from bot.domain.candidates import Candidate
from bot.domain.matching import Proposal, blockers, match, score
from bot.domain.matrices import cost_matrix, feasible_matrix, score_matrix

PROBLEMS = 400
DEPARTMENTS = ["Teknik", "teknik ", "Sundhed", " SUNDHED", "Skole", ""]
ORGANISATIONS = ["Kommune A", "kommune a", "Region B", ""]
WORDS = (
    "Leadership leaders finance finances change coaching budgets health planning strategy "
    "with want ai 2027 økonomi"
).split()
DAYS = ["mon", "tue", "wed", "thu", "fri"]
ALONE_BECAUSE = ("same_department", "same_organisation", "no_language", "manager")
Pair = tuple[int, int]  # (mentor id, mentee id)


def hard_rules(mentor: Candidate, mentee: Candidate, *, cross_company: bool) -> list[str]:
    """The hard rules as the README states them, for one pair: what the matrices must say."""

    def same(a: str, b: str) -> bool:
        return a.strip().casefold() == b.strip().casefold() != ""

    unit = "organisation" if cross_company else "department"
    broken = {
        f"same_{unit}": same(getattr(mentor, unit), getattr(mentee, unit)),
        "manager": mentor.person_id in mentee.managers or mentee.person_id in mentor.managers,
        "same_person": mentor.person_id == mentee.person_id,
        "no_language": not mentor.languages & mentee.languages,
    }
    return [rule for rule, is_broken in broken.items() if is_broken]


def random_problem(seed: int) -> tuple[list[Candidate], list[Candidate], bool, list[Pair]]:
    """Mentors, mentees, cross_company and pairs set by hand (mentor id, mentee id)."""
    rng = random.Random(seed)
    sizes = [rng.randint(1, most) if rng.random() < 0.92 else 0 for most in (5, 7)]
    people = rng.sample(range(1, 100), sum(sizes) + 3)  # the last three are not in the program
    if all(sizes) and rng.random() < 0.2:
        people[sizes[0]] = people[0]  # the same person on both sides
    boss = {person: rng.choice([None, None, *people]) for person in people}

    def candidate(index: int, *, capacity: int) -> Candidate:
        line = [boss[people[index]]]
        line.append(boss.get(line[0]))  # the manager's manager
        return Candidate(
            id=1000 + index,
            person_id=people[index],
            department=rng.choice(DEPARTMENTS),
            organisation=rng.choice(ORGANISATIONS),
            managers=frozenset(line) - {None, people[index]},
            languages=frozenset(rng.sample(["da", "en", "sv"], rng.choice([0, 1, 2, 2, 2]))),
            topics=" ".join(rng.sample(WORDS, rng.randint(0, 4))),
            experience=rng.choice([None, 0, 2, 5, 15]),
            utc_offset=rng.choice([0.0, 1.0, 2.0, -5.0, 5.5]),
            weekdays=frozenset(rng.sample(DAYS, rng.randint(0, 3))),
            time_of_day=rng.choice(["", "morning", "midday", "afternoon"]),
            capacity=capacity,
            past_partners=frozenset(rng.sample(people, rng.randint(0, 2))),
        )

    mentors = [candidate(i, capacity=rng.randint(1, 3)) for i in range(sizes[0])]
    mentees = [candidate(i, capacity=1) for i in range(sizes[0], sum(sizes))]
    cross_company = rng.random() < 0.5
    return mentors, mentees, cross_company, by_hand(rng, mentors, mentees, cross_company)


def by_hand(
    rng: random.Random, mentors: list[Candidate], mentees: list[Candidate], cross_company: bool
) -> list[Pair]:
    """Some possible pairs within the mentors' places, as a coordinator would set them."""
    places = Counter({mentor.id: mentor.capacity for mentor in mentors})
    fixed = []
    for mentee in (c for c in mentees if mentors and rng.random() < 0.2):
        mentor = rng.choice(mentors)
        if places[mentor.id] and not hard_rules(mentor, mentee, cross_company=cross_company):
            fixed.append((mentor.id, mentee.id))
            places[mentor.id] -= 1
    return fixed


def test_a_pair_read_alone_agrees_with_the_matrices_and_the_rules() -> None:
    for seed in range(PROBLEMS):
        mentors, mentees, cross_company, _ = random_problem(seed)
        scores = score_matrix(mentors, mentees)
        feasible = feasible_matrix(mentors, mentees, cross_company=cross_company)
        for row, mentee in enumerate(mentees):
            for col, mentor in enumerate(mentors):
                broken = blockers(mentor, mentee, cross_company=cross_company)
                assert broken == hard_rules(mentor, mentee, cross_company=cross_company), seed
                assert (feasible[row, col] == 1) == (not broken), seed
                assert score(mentor, mentee)[0] == scores[row, col], seed
                assert 0 <= scores[row, col] <= 100, seed


def test_match_finds_the_most_pairs_and_the_best_total_around_the_fixed_ones() -> None:
    for seed in range(PROBLEMS):
        mentors, mentees, cross_company, fixed = random_problem(seed)
        proposal = match(mentors, mentees, cross_company=cross_company, fixed=fixed)
        by_id = {c.id: c for c in [*mentors, *mentees]}
        pairs = [(p.mentor, p.mentee) for p in proposal.pairs]
        assert {(p.mentor, p.mentee) for p in proposal.pairs if p.fixed} == set(fixed), seed
        assert len({mentee for _, mentee in pairs}) == len(pairs), seed
        taken = Counter(mentor for mentor, _ in pairs)
        assert all(taken[m.id] <= m.capacity for m in mentors), seed
        scores = score_matrix(mentors, mentees)
        row = {c.id: index for index, c in enumerate(mentees)}
        col = {c.id: index for index, c in enumerate(mentors)}
        for pair in proposal.pairs:
            mentor, mentee = by_id[pair.mentor], by_id[pair.mentee]
            assert not hard_rules(mentor, mentee, cross_company=cross_company), seed
            assert pair.score == scores[row[pair.mentee], col[pair.mentor]], seed
            by_coordinator = (("fixed", ""),) if pair.fixed else ()
            assert pair.reasons == by_coordinator + score(mentor, mentee)[1], seed
        best_count, best_total = best_possible(mentors, mentees, cross_company, fixed)
        assert len(pairs) == len(fixed) + best_count, seed
        assert abs(objective(proposal) - best_total) < 1e-6, seed


def test_everyone_left_out_is_told_why() -> None:
    for seed in range(PROBLEMS):
        mentors, mentees, cross_company, fixed = random_problem(seed)
        proposal = match(mentors, mentees, cross_company=cross_company, fixed=fixed)
        paired = {p.mentor for p in proposal.pairs} | {p.mentee for p in proposal.pairs}
        reasons = {u.id: u.reason for u in proposal.unmatched}
        assert set(reasons) == {c.id for c in [*mentors, *mentees]} - paired, seed
        for mentee in (c for c in mentees if c.id in reasons):
            every = [hard_rules(m, mentee, cross_company=cross_company) for m in mentors]
            assert reasons[mentee.id] == expected_reason(every), seed
        assert all(reasons[m.id] == "not_needed" for m in mentors if m.id in reasons), seed


def expected_reason(every: list[list[str]]) -> str:
    if not every:
        return "no_mentors"
    if any(not broken for broken in every):
        return "no_capacity"
    common = [rule for rule in ALONE_BECAUSE if all(rule in broken for broken in every)]
    return common[0] if common else "no_fitting_mentor"


def best_possible(
    mentors: list[Candidate], mentees: list[Candidate], cross_company: bool, fixed: list[Pair]
) -> tuple[int, float]:
    """networkx on the mentees and the mentors' places that `fixed` leaves: the most pairs
    that break no hard rule, and the best total of the costs `match` minimises."""
    used = Counter(mentor for mentor, _ in fixed)
    slots = [m for m in mentors for _ in range(m.capacity - used[m.id])]
    free = [c for c in mentees if c.id not in {mentee for _, mentee in fixed}]
    cost = cost_matrix(slots, free, cross_company=cross_company)
    graph = nx.Graph()
    graph.add_nodes_from(("mentee", row) for row in range(len(free)))
    for row, mentee in enumerate(free):
        for index, slot in enumerate(slots):
            if not hard_rules(slot, mentee, cross_company=cross_company):
                graph.add_edge(("mentee", row), ("slot", index), weight=200 - cost[row, index])
    count = len(nx.bipartite.maximum_matching(graph, top_nodes=list(graph)[: len(free)])) // 2
    best = nx.max_weight_matching(graph, maxcardinality=True)
    return count, sum(graph.edges[edge]["weight"] - 100 for edge in best)


def objective(proposal: Proposal) -> float:
    """What `match` maximises for the pairs it chose: scores less the load-spreading cost of
    a mentor's second and later places."""
    rank: Counter = Counter()
    total = 0.0
    for pair in (p for p in proposal.pairs if not p.fixed):
        total += pair.score - 0.5 * rank[pair.mentor]
        rank[pair.mentor] += 1
    return total
