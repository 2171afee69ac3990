"""The weights of a pair's score, and the words of a topic text that count."""

from __future__ import annotations

import re

# Score parts; they add up to at most 100.
TOPICS, EXPERIENCE, HOURS, WEEKDAYS, TIME_OF_DAY, NEW_PAIR = 40.0, 15.0, 15.0, 10.0, 5.0, 15.0
WORKDAY_HOURS = 8
INFEASIBLE = 1e6  # the cost of a pair that breaks a hard rule
STOP = frozenset(  # common words that say nothing about a topic (en, da, sv)
    (
        "with that this have from what want work more about into also være ikke eller gerne "
        "mere blive arbejde kunne også inom vill arbeta från skulle andra"
    ).split()
)


def topic_words(topics: str) -> dict[str, str]:
    """The words of a topic text that say something, by their stem (the word cut to a common
    length): the first word written with each stem."""
    words: dict[str, str] = {}
    for word in re.findall(r"[^\W\d_]+", topics.lower()):
        if len(word) >= 4 and word not in STOP:
            words.setdefault(word[:6], word)
    return words
