from dataclasses import replace

from bot.domain.candidates import Candidate
from bot.domain.matching import blockers, match, score


def person(pid: int, department: str, **fields) -> Candidate:
    defaults = {"languages": frozenset({"da"}), "topics": "", "experience": None}
    return Candidate(id=pid, person_id=100 + pid, department=department, **(defaults | fields))


def test_hard_rules() -> None:
    mentor = person(1, "Teknik", managers=frozenset())
    mentee = person(2, "Sundhed", managers=frozenset({101}))
    assert blockers(mentor, mentee, cross_company=False) == ["manager"]
    colleague = replace(mentee, department="teknik ", managers=frozenset())
    assert blockers(mentor, colleague, cross_company=False) == ["same_department"]
    swede = replace(mentee, managers=frozenset(), languages=frozenset({"sv"}))
    assert blockers(mentor, swede, cross_company=False) == ["no_language"]
    cross = replace(mentee, managers=frozenset(), department="Teknik", organisation="B")
    assert blockers(replace(mentor, organisation="A"), cross, cross_company=True) == []


def test_the_score_explains_itself() -> None:
    mentor = person(
        1,
        "A",
        topics="Leadership and change management",
        experience=15,
        weekdays=frozenset({"tue", "thu"}),
        time_of_day="morning",
    )
    mentee = person(
        2,
        "B",
        topics="I want to grow my leadership",
        experience=3,
        weekdays=frozenset({"thu"}),
        time_of_day="morning",
    )
    value, reasons = score(mentor, mentee)
    codes = dict(reasons)
    assert codes["topics"] == "leadership"  # the mentee's own word
    assert codes["experience"] == "12"
    assert codes["weekdays"] == "thu"
    assert 0 < value <= 100
    again = replace(mentor, past_partners=frozenset({102}))
    assert score(again, mentee)[0] == value - 15


def test_the_global_optimum_beats_first_come_first_served() -> None:
    # Greedy would give mentee 1 the mentor it likes most (A) and leave mentee 2 with nobody.
    a = person(1, "X", topics="finance budgets")
    b = person(2, "Y", topics="finance")
    mentee1 = person(3, "Z", topics="finance budgets")
    mentee2 = person(4, "Y", topics="finance budgets")  # same department as mentor b
    proposal = match([a, b], [mentee1, mentee2])
    assert {(p.mentor, p.mentee) for p in proposal.pairs} == {(1, 4), (2, 3)}
    assert proposal.unmatched == ()


def test_capacity_expands_to_slots_and_the_load_is_spread() -> None:
    mentor = person(1, "X", capacity=2)
    other = person(2, "X")
    mentees = [person(3, "Y"), person(4, "Y")]
    proposal = match([mentor, other], mentees)
    assert sorted(p.mentor for p in proposal.pairs) == [1, 2]
    alone = match([mentor], mentees)
    assert [p.mentor for p in alone.pairs] == [1, 1]


def test_unmatched_people_get_a_reason() -> None:
    mentor = person(1, "Skole")
    mentees = [
        person(2, "Skole"),
        person(3, "Teknik", languages=frozenset({"sv"})),
        person(4, "Teknik"),
        person(5, "Kultur"),
    ]
    proposal = match([mentor], mentees)
    reasons = {u.id: u.reason for u in proposal.unmatched}
    assert reasons[2] == "same_department"
    assert reasons[3] == "no_language"
    assert len(proposal.pairs) == 1
    assert reasons[5 if proposal.pairs[0].mentee == 4 else 4] == "no_capacity"
    assert [u.reason for u in match([], mentees[:1]).unmatched] == ["no_mentors"]
    idle = match([mentor, person(9, "Y")], [])
    assert {u.reason for u in idle.unmatched} == {"not_needed"}


def test_fixed_pairs_are_kept_and_the_rest_is_matched_around_them() -> None:
    a, b = person(1, "X"), person(2, "X")
    m1, m2 = person(3, "Y", topics="finance"), person(4, "Y")
    proposal = match([a, replace(b, topics="finance")], [m1, m2], fixed=[(1, 3)])
    assert {(p.mentor, p.mentee, p.fixed) for p in proposal.pairs} == {(1, 3, True), (2, 4, False)}


def test_the_same_input_gives_the_same_result() -> None:
    mentors = [person(i, f"D{i % 3}", capacity=1 + i % 2) for i in range(1, 30)]
    mentees = [person(i, f"D{i % 4}") for i in range(100, 150)]
    first = match(mentors, mentees)
    assert match(list(reversed(mentors)), list(reversed(mentees))) == first
