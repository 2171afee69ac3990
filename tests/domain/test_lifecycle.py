import pytest

from bot.domain.enums import ParticipantStatus as P
from bot.domain.enums import RelationshipStatus as R
from bot.domain.lifecycle import (
    PARTICIPANT_MOVES,
    RELATIONSHIP_MOVES,
    IllegalMove,
    participant_after,
    relationship_after,
)


def test_a_pair_goes_from_proposal_to_its_end() -> None:
    status = R.PROPOSED
    for move in ("launch", "activate", "pause", "resume", "end"):
        status = relationship_after(status, move)
    assert status == R.ENDED


@pytest.mark.parametrize("status", list(R))
@pytest.mark.parametrize("move", sorted({move for move, _ in RELATIONSHIP_MOVES}))
def test_every_move_not_in_the_table_is_refused(status: str, move: str) -> None:
    if (move, status) in RELATIONSHIP_MOVES:
        assert relationship_after(status, move) == RELATIONSHIP_MOVES[(move, status)]
    else:
        with pytest.raises(IllegalMove) as refused:
            relationship_after(status, move)
        assert refused.value.key == "error.state_changed"


def test_an_ended_pair_stays_ended() -> None:
    for move in ("launch", "activate", "pause", "resume", "end"):
        with pytest.raises(IllegalMove):
            relationship_after(R.ENDED, move)


def test_a_mentor_with_a_running_pair_stays_active_while_a_second_launches() -> None:
    assert participant_after(P.ACTIVE, "match") == P.ACTIVE
    assert participant_after(P.SIGNED_UP, "match") == P.MATCHED


def test_someone_matched_for_a_launch_cannot_leave_and_someone_gone_cannot_be_matched() -> None:
    with pytest.raises(IllegalMove):
        participant_after(P.MATCHED, "leave")
    with pytest.raises(IllegalMove):
        participant_after(P.LEFT, "match")
    assert ("rejoin", P.LEFT) in PARTICIPANT_MOVES
