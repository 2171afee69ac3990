"""The demo's people: an organisation in each language, its coordinator and its colleagues,
one of them in another time zone."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.enums import Role

COORDINATOR = "UCOORD"


@dataclass(frozen=True)
class Person:
    user_id: str
    name: str
    role: str
    department: str
    zone: str

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Place:
    """Where the program runs: its zone and country, the colleague abroad's zone."""

    zone: str
    country: str
    abroad: str
    coordinator: str
    mentors: tuple[str, ...]
    mentees: tuple[str, ...]
    departments: tuple[str, ...]


PLACES = {
    "en": Place(
        zone="Europe/Copenhagen",
        country="DK",
        abroad="America/New_York",
        coordinator="Karen Lund",
        mentors=("Olivia Bennett", "Peter Holm", "Grace Miller", "Daniel Kerr", "Hannah Wood"),
        mentees=("Jonas Madsen", "Sara Nielsen", "Ali Haddad", "Emma Clarke", "Liam Walsh"),
        departments=("Finance", "IT", "People & Culture", "Operations", "Sales", "Legal"),
    ),
    "da": Place(
        zone="Europe/Copenhagen",
        country="DK",
        abroad="America/Nuuk",
        coordinator="Mette Kjær",
        mentors=("Lars Kristensen", "Hanne Poulsen", "Niels Berg", "Birgit Holm", "Jens Dahl"),
        mentees=("Sofie Jensen", "Ahmad Rahimi", "Camilla Møller", "Mads Lund", "Ida Friis"),
        departments=("Økonomi", "IT", "HR", "Borgerservice", "Teknik og Miljø", "Jura"),
    ),
    "sv": Place(
        zone="Europe/Stockholm",
        country="SE",
        abroad="Europe/Helsinki",
        coordinator="Eva Lindqvist",
        mentors=("Mikael Virtanen", "Anna Sjöberg", "Per Nyström", "Karin Ek", "Lena Holm"),
        mentees=("Elin Andersson", "Omar Said", "Johanna Berg", "Erik Wallin", "Maja Lund"),
        departments=("Ekonomi", "IT", "HR", "Socialtjänsten", "Stadsbyggnad", "Juridik"),
    ),
}


def cast(language: str, pairs: int) -> tuple[Person, list[Person]]:
    """The coordinator and 2 x `pairs` colleagues; the first mentor works abroad. Mentor and
    mentee n come from different departments, so that matching has a choice to make."""
    place = PLACES[language]
    coordinator = Person(COORDINATOR, place.coordinator, "coordinator", "", place.zone)
    people = []
    for n in range(pairs):
        for role, names, offset in (
            (Role.MENTOR, place.mentors, 0),
            (Role.MENTEE, place.mentees, 3),
        ):
            name = names[n % len(names)]
            if n >= len(names):
                name = f"{name} {n // len(names) + 1}"
            zone = place.abroad if (role == Role.MENTOR and n == 0) else place.zone
            department = place.departments[(n + offset) % len(place.departments)]
            prefix = "UR" if role == Role.MENTOR else "UE"
            people.append(Person(f"{prefix}{n:03d}", name, str(role), department, zone))
    return coordinator, people
