"""How a relationship and a participant move from one state to the next, and which moves
are refused. Every status change in the program goes through these two functions."""

from __future__ import annotations

from bot.domain.enums import ParticipantStatus as P
from bot.domain.enums import RelationshipStatus as R
from bot.domain.errors import DomainError

# (move, state before) -> state after; a pair that is not in the table may not move so.
RELATIONSHIP_MOVES: dict[tuple[str, str], str] = {
    ("launch", R.PROPOSED): R.LAUNCHING,
    ("activate", R.LAUNCHING): R.ACTIVE,
    ("pause", R.ACTIVE): R.PAUSED,
    ("resume", R.PAUSED): R.ACTIVE,
    ("end", R.LAUNCHING): R.ENDED,
    ("end", R.ACTIVE): R.ENDED,
    ("end", R.PAUSED): R.ENDED,
    ("go_on", R.ACTIVE): R.ACTIVE,  # after the program's end, by itself
    ("go_on", R.PAUSED): R.PAUSED,
}
PARTICIPANT_MOVES: dict[tuple[str, str], str] = {
    ("match", P.SIGNED_UP): P.MATCHED,  # a pair of theirs is launching
    ("match", P.MATCHED): P.MATCHED,
    ("match", P.ACTIVE): P.ACTIVE,  # a mentor with room for one more keeps the pair they have
    ("activate", P.MATCHED): P.ACTIVE,
    ("activate", P.ACTIVE): P.ACTIVE,
    ("release", P.MATCHED): P.SIGNED_UP,  # their pair ended: they can be matched again
    ("release", P.ACTIVE): P.SIGNED_UP,
    ("release", P.SIGNED_UP): P.SIGNED_UP,
    ("rejoin", P.LEFT): P.SIGNED_UP,
    ("rejoin", P.SIGNED_UP): P.SIGNED_UP,
    ("leave", P.SIGNED_UP): P.LEFT,
    ("leave", P.ACTIVE): P.LEFT,
}


class IllegalMove(DomainError):
    """The move does not start from the current state: something changed in the meantime."""

    def __init__(self, thing: str, move: str, status: str) -> None:
        super().__init__("error.state_changed")
        self.thing, self.move, self.status = thing, move, status

    def __str__(self) -> str:
        return f"a {self.status} {self.thing} cannot {self.move}"


def relationship_after(status: str, move: str) -> str:
    """The relationship's state after `move`; IllegalMove when it may not move so."""
    return _after("relationship", RELATIONSHIP_MOVES, status, move)


def participant_after(status: str, move: str) -> str:
    """The participant's state after `move`; IllegalMove when it may not move so."""
    return _after("participant", PARTICIPANT_MOVES, status, move)


def _after(thing: str, moves: dict[tuple[str, str], str], status: str, move: str) -> str:
    after = moves.get((move, status))
    if after is None:
        raise IllegalMove(thing, move, status)
    return after
