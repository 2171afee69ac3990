"""The words people type for days and times, per language (en, da, sv), and the shapes of
what they type, for `bot.domain.when`.

Every word is lower case and without a trailing dot: the shapes allow "tir." and "kl." where
they may stand. A phrase of several words ("i morgen") matches with any spaces between them.
"""

from __future__ import annotations

from typing import Any


def _numbered(*groups: str, first: int) -> dict[str, int]:
    """{word: n} where the words of the group at position n - first all mean n."""
    return {word: n for n, group in enumerate(groups, first) for word in group.split()}


def _units(*, day: str, week: str, month: str) -> dict[str, tuple[int, int]]:
    """{word: (days, months)} for the words of each unit."""
    units = {day: (1, 0), week: (7, 0), month: (0, 1)}
    return {word: value for words, value in units.items() for word in words.split()}


# Monday is 0, as in date.weekday(). Spellings without å, ø, ö are there for US keyboards.
WEEKDAYS: dict[str, dict[str, int]] = {
    "en": _numbered(
        "monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thur thurs",
        "friday fri", "saturday sat", "sunday sun", first=0,
    ),
    "da": _numbered(
        "mandag man", "tirsdag tir tirs", "onsdag ons", "torsdag tor tors", "fredag fre",
        "lørdag lør loerdag lordag", "søndag søn soendag sondag", first=0,
    ),
    "sv": _numbered(
        "måndag mån mandag", "tisdag tis", "onsdag ons", "torsdag tor tors", "fredag fre",
        "lördag lör lordag", "söndag sön sondag", first=0,
    ),
}  # fmt: skip

MONTHS: dict[str, dict[str, int]] = {
    "en": _numbered(
        "january jan", "february feb", "march mar", "april apr", "may", "june jun",
        "july jul", "august aug", "september sep sept", "october oct", "november nov",
        "december dec", first=1,
    ),
    "da": _numbered(
        "januar jan", "februar feb", "marts mar", "april apr", "maj", "juni jun",
        "juli jul", "august aug", "september sep sept", "oktober okt", "november nov",
        "december dec", first=1,
    ),
    "sv": _numbered(
        "januari jan", "februari feb", "mars mar", "april apr", "maj", "juni jun",
        "juli jul", "augusti aug", "september sep sept", "oktober okt", "november nov",
        "december dec", first=1,
    ),
}  # fmt: skip

# The counts in "in two weeks", "om en uge", "om tio dagar".
NUMBERS: dict[str, dict[str, int]] = {
    "en": _numbered(
        "a an one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        first=1,
    ),
    "da": _numbered(
        "en et én ét", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", first=1,
    ),
    "sv": _numbered(
        "en ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", first=1,
    ),
}  # fmt: skip

# The unit of "in N units", as (days, months).
UNITS: dict[str, dict[str, tuple[int, int]]] = {
    "en": _units(day="day days", week="week weeks", month="month months"),
    "da": _units(day="dag dage døgn", week="uge uger", month="måned måneder"),
    "sv": _units(day="dag dagar dygn", week="vecka veckor", month="månad månader"),
}

# Days from today.
DAYS_FROM_TODAY: dict[str, dict[str, int]] = {
    "en": {"today": 0, "tomorrow": 1, "day after tomorrow": 2, "the day after tomorrow": 2},
    "da": {"i dag": 0, "idag": 0, "i morgen": 1, "imorgen": 1, "i overmorgen": 2,
           "overmorgen": 2},
    "sv": {"i dag": 0, "idag": 0, "i morgon": 1, "imorgon": 1, "i övermorgon": 2,
           "övermorgon": 2},
}  # fmt: skip

# Small words, each table for one place in a phrase.
IN = {"en": {"in"}, "da": {"om"}, "sv": {"om"}}  # before a count: "om to uger"
NEXT = {"en": {"next", "this", "coming"}, "da": {"næste", "kommende"}, "sv": {"nästa", "kommande"}}
THE = {"en": {"the"}, "da": {"den", "d"}, "sv": {"den"}}  # before a day of the month
CLOCK = {"en": {"at", "@"}, "da": {"kl", "klokken"}, "sv": {"kl", "klockan"}}  # before a time
FROM = {"en": {"from"}, "da": {"fra"}, "sv": {"från"}}  # a range: "fra 14 til 15"
TO = {"en": {"to", "until", "till"}, "da": {"til"}, "sv": {"till"}}
NOISE = {"en": {"on", "the"}, "da": {"den", "d", "på", "om"}, "sv": {"den", "på", "om"}}

# The tables by the name the reader's patterns use: <WEEKDAYS>, <CLOCK>, ...
TABLES: dict[str, dict[str, dict[str, Any] | set[str]]] = {
    "WEEKDAYS": WEEKDAYS, "MONTHS": MONTHS, "NUMBERS": NUMBERS, "UNITS": UNITS,
    "DAYS_FROM_TODAY": DAYS_FROM_TODAY, "IN": IN, "NEXT": NEXT, "THE": THE, "CLOCK": CLOCK,
    "FROM": FROM, "TO": TO, "NOISE": NOISE,
}  # fmt: skip

_ORDINAL = r"(?:\.|st|nd|rd|th|:e|:a)"
_TIME = (
    r"(?:<CLOCK>\.?\s*)?(?P<h{n}>\d{{1,2}})(?:[.:](?P<m{n}>\d\d))?(?:\s*(?P<ap{n}>[ap]\.?m\.?))?"
)
_DAY = rf"(?P<d>\d{{1,2}}){_ORDINAL}?"
_MONTH, _YEAR = r"(?P<m><MONTHS>)\.?", r"(?:\s+(?P<y>\d{4}))?"
_COUNT = r"(?P<n><NUMBERS>|\d[\d-]{0,6})"  # "3-4" too, to refuse "om 3-4 dage"

# The shapes of what people type, each with the name of its reader in `when`, tried in this
# order at each word: the first whose reader takes the text there wins. <NAME> stands for
# any word of the table NAME in the person's languages.
SHAPES: tuple[tuple[str, str], ...] = (
    ("relative", r"(?P<w><DAYS_FROM_TODAY>)"),
    ("duration", rf"<IN>\s+{_COUNT}\s+(?P<unit>[^\W\d_]+)"),
    ("weekday", r"(?:<NEXT>\s+)?(?P<w><WEEKDAYS>)\.?"),
    ("date", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    ("date", r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:[/-](?P<y>\d{4}|\d{2}))?"),
    ("date", r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>\d{4}|\d{2})?)?"),
    ("date", r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})"),
    ("date", rf"(?:<THE>\.?\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}{_YEAR}"),
    ("date", rf"{_MONTH}\s+{_DAY}{_YEAR}"),
    ("day_of_month", rf"<THE>\.?\s+{_DAY}"),
    ("day_of_month", r"(?P<d>\d{1,2})(?:st|nd|rd|th|:e|:a)"),
    ("range", rf"(?:<FROM>\s+)?{_TIME.format(n=1)}(?:\s*-\s*|\s+<TO>\s+){_TIME.format(n=2)}"),
    ("time", rf"(?:<FROM>\s+)?{_TIME.format(n=1)}"),
    ("noise", r"<NOISE>\.?"),
)
