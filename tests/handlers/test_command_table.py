"""The one table of `/mentor` subcommands: every word of the grammar, who may use it."""

from bot.domain.commands import Audience
from handlers.commands import COMMANDS

PARTICIPANT_WORDS = (
    "help join next reschedule skip met pause resume agreement log language leave end mydata forget"
).split()
COORDINATOR_WORDS = "program match launch survey status export".split()


def test_every_word_of_the_grammar_is_declared_once() -> None:
    assert sorted(COMMANDS) == sorted(PARTICIPANT_WORDS + COORDINATOR_WORDS)


def test_coordinator_words_are_for_coordinators_only() -> None:
    assert {word for word, c in COMMANDS.items() if c.audience == Audience.COORDINATOR} == set(
        COORDINATOR_WORDS
    )


def test_pair_words_are_for_pair_members() -> None:
    assert COMMANDS["reschedule"].audience == Audience.PAIR
    assert COMMANDS["agreement"].audience == Audience.PAIR
    assert COMMANDS["help"].audience == Audience.EVERYONE
    assert "frobnicate" not in COMMANDS
