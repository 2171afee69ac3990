"""One person as matching sees them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    """One person as matching sees them; ids are participant ids, people are person ids."""

    id: int
    person_id: int
    department: str
    organisation: str = ""
    managers: frozenset[int] = frozenset()  # person ids up the line, as far as known
    languages: frozenset[str] = frozenset()
    topics: str = ""
    experience: int | None = None
    utc_offset: float = 0.0  # hours
    weekdays: frozenset[str] = frozenset()
    time_of_day: str = ""
    capacity: int = 1
    past_partners: frozenset[int] = frozenset()  # person ids from earlier programs
